//! Options of the widget page, from its URL query (the embed snippet's `data-*`
//! attributes become the same query parameters; see www/embed.js).

use crate::date::AsOf;
use crate::i18n::Lang;
use upm_core::web_url::WebUrl;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn parse(s: &str) -> Option<Theme> {
        let name = s.trim().to_ascii_lowercase();
        Theme::ALL.into_iter().find(|t| t.as_str() == name)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Which date of the timeline to show (`date=`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateChoice {
    /// The newest stop, an editor's file included.
    Latest,
    /// A stop's date (or an editor's `asof` label).
    At(AsOf),
}

impl DateChoice {
    pub fn parse(s: &str) -> Option<DateChoice> {
        match s.trim() {
            "latest" => Some(DateChoice::Latest),
            other => AsOf::parse(other).map(DateChoice::At),
        }
    }
}

/// The options a snippet may set as `data-NAME` attributes: each is also a URL parameter
/// of the widget page. embed.js reads the same list (generated from this one).
pub const SNIPPET_OPTIONS: [&str; 11] =
    ["lang", "theme", "region", "date", "proposal", "occupied", "asof", "terms", "headline", "subtitle", "note"];
/// The options that are addresses: checked (`web_url`) here, and by embed.js.
pub const URL_OPTIONS: [&str; 2] = ["occupied", "terms"];
/// Parameters only the embedding sets (embed.js, a pym.js parent).
pub const EMBEDDING_PARAMETERS: [&str; 3] = ["embed", "id", "childId"];

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    pub lang: Lang,
    pub theme: Theme,
    /// Region whose popup opens on load (`region=UA-43`).
    pub region: Option<String>,
    /// The date shown (`date=2022-08-31` or `date=latest`); the default date when absent.
    pub date: Option<DateChoice>,
    /// The proposal whose territorial provisions are drawn (`proposal=28-points`): an id of
    /// letters, digits and hyphens; the default proposal when absent.
    pub proposal: Option<String>,
    /// An editor's own words (`headline=`, `subtitle=`, `note=`): plain text, shown as text
    /// (never as HTML), at most [`HEADLINE_CHARS`], [`SUBTITLE_CHARS`], [`NOTE_CHARS`].
    pub headline: Option<String>,
    pub subtitle: Option<String>,
    pub note: Option<String>,
    /// An editor's GeoJSON of occupied territory, and the date it describes.
    pub occupied: Option<WebUrl>,
    pub asof: Option<AsOf>,
    /// An editor's terms file in our schema.
    pub terms: Option<WebUrl>,
    /// Addresses refused for their scheme (`occupied=javascript:…`): (parameter, scheme),
    /// told to the reader, never fetched.
    pub refused: Vec<(&'static str, String)>,
    /// Inside the embed snippet's iframe: report height to the host page.
    pub embed: bool,
    /// The embed snippet's id for this widget, echoed in height messages.
    pub id: Option<String>,
    /// Inside a pym.js parent (NPR's responsive-iframe library): its `childId`. The
    /// parent's other parameters (`initialWidth`, `parentTitle`, `parentUrl`) are ignored.
    pub pym_child_id: Option<String>,
    /// Inside an AMP page's `amp-iframe` (`#amp=1`): report height the AMP way. Such an
    /// iframe is sandboxed, so downloads are opened in the widget instead.
    pub amp: bool,
}

impl Options {
    /// Reads the page's query (`?lang=uk&region=UA-43...`) and fragment (`#amp=1`);
    /// unknown or malformed values are ignored.
    pub fn from_location(query: &str, fragment: &str) -> Options {
        let mut o = Options::from_query(query);
        o.amp = fragment.trim_start_matches('#').split('&').any(|p| p == "amp=1");
        o
    }

    /// Whether the page reports its height to a parent page in any protocol.
    pub fn reports_height(&self) -> bool {
        self.embed || self.pym_child_id.is_some() || self.amp
    }

    /// Reads `?lang=uk&region=UA-43...`; unknown or malformed values are ignored.
    pub fn from_query(query: &str) -> Options {
        let mut o = Options::default();
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v = decode(v);
            let nonempty = || Some(v.clone()).filter(|s| !s.trim().is_empty());
            match decode(k).as_str() {
                "lang" => o.lang = Lang::parse(&v).unwrap_or(o.lang),
                "theme" => o.theme = Theme::parse(&v).unwrap_or(o.theme),
                "region" => o.region = nonempty().map(|s| s.trim().to_ascii_uppercase()),
                "date" => o.date = DateChoice::parse(&v),
                "proposal" => o.proposal = proposal_id(&v),
                "headline" => o.headline = editor_text(&v, HEADLINE_CHARS),
                "subtitle" => o.subtitle = editor_text(&v, SUBTITLE_CHARS),
                "note" => o.note = editor_text(&v, NOTE_CHARS),
                "occupied" => o.occupied = o.address("occupied", &v),
                "asof" => o.asof = AsOf::parse(&v),
                "terms" => o.terms = o.address("terms", &v),
                "embed" => o.embed = v == "1" || v == "true",
                "id" => o.id = nonempty().map(|s| s.chars().take(64).collect()),
                "childId" => o.pym_child_id = nonempty().map(|s| s.chars().take(64).collect()),
                _ => {}
            }
        }
        o
    }

    /// An address parameter, checked once here: `http(s):` or relative, or refused.
    fn address(&mut self, name: &'static str, value: &str) -> Option<WebUrl> {
        self.refused.retain(|(n, _)| *n != name);
        match WebUrl::parse(value) {
            Ok(url) => url,
            Err(other) => {
                self.refused.push((name, other.0));
                None
            }
        }
    }
}

/// The longest headline, subtitle and note an editor may set (characters).
pub const HEADLINE_CHARS: usize = 120;
pub const SUBTITLE_CHARS: usize = 240;
pub const NOTE_CHARS: usize = 400;

/// An editor's words as shown: control characters dropped, white space collapsed, at most
/// `max` characters (an ellipsis marks a cut); nothing left is no text.
fn editor_text(v: &str, max: usize) -> Option<String> {
    let words: Vec<&str> = v.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()).collect();
    let text = words.join(" ");
    if text.is_empty() {
        return None;
    }
    if text.chars().count() <= max {
        return Some(text);
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('…');
    Some(cut)
}

/// A proposal's id as `proposal=` may give it: trimmed, lower-case, at most 40 letters,
/// digits and hyphens (anything else names no proposal).
fn proposal_id(v: &str) -> Option<String> {
    let id = v.trim().to_ascii_lowercase();
    let ok = !id.is_empty() && id.len() <= 40 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    ok.then_some(id)
}

/// Percent-decoding of a query component (`+` is a space); invalid escapes stay as is.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"), 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_option() {
        let o = Options::from_query(
            "?lang=uk&theme=dark&region=ua-43&occupied=https%3A%2F%2Fx.org%2Fa.geojson&asof=2025-04-25&embed=1&id=w1&date=2022-08-31",
        );
        assert_eq!(o.lang, Lang::Uk);
        assert_eq!(o.theme, Theme::Dark);
        assert_eq!(o.region.as_deref(), Some("UA-43"));
        assert_eq!(o.occupied.as_ref().map(WebUrl::as_str), Some("https://x.org/a.geojson"));
        assert!(o.embed);
        assert_eq!(o.id.as_deref(), Some("w1"));
        assert_eq!(o.date, DateChoice::parse("2022-08-31"));
        assert!(matches!(o.date, Some(DateChoice::At(AsOf::Date(_)))));
        assert_eq!(Options::from_query("date=latest").date, Some(DateChoice::Latest));
    }

    #[test]
    fn pym_and_amp() {
        let o = Options::from_location("?initialWidth=375&childId=map-1&parentTitle=A&parentUrl=https%3A%2F%2Fx", "");
        assert_eq!(o.pym_child_id.as_deref(), Some("map-1"));
        assert!(o.reports_height() && !o.amp && !o.embed);
        let o = Options::from_location("?lang=uk", "#amp=1");
        assert!(o.amp && o.reports_height());
        assert!(!Options::from_location("", "#section").reports_height());
    }

    #[test]
    fn addresses_other_than_http_are_refused_and_said() {
        let o = Options::from_query("occupied=javascript%3Aalert(1)&terms=data%3Aapplication%2Fjson%2C%7B%7D");
        assert_eq!(o.occupied, None);
        assert_eq!(o.terms, None);
        assert_eq!(o.refused, vec![("occupied", "javascript".to_string()), ("terms", "data".to_string())]);
        let o = Options::from_query("occupied=a.geojson&asof=2025-11-20");
        assert_eq!(o.occupied.as_ref().map(WebUrl::as_str), Some("a.geojson"));
        assert_eq!(o.asof.as_ref().map(ToString::to_string).as_deref(), Some("2025-11-20"));
    }

    #[test]
    fn every_snippet_option_is_read() {
        for name in SNIPPET_OPTIONS {
            let value = match name {
                "lang" => "uk",
                "theme" => "dark",
                "region" => "UA-43",
                "date" | "asof" => "2025-04-25",
                "proposal" => "28-points",
                "headline" | "subtitle" | "note" => "Words",
                _ => "a.json",
            };
            assert_ne!(Options::from_query(&format!("{name}={value}")), Options::default(), "{name}");
        }
    }

    /// An editor's words are plain text, bounded, with no control characters.
    #[test]
    fn editors_words_are_plain_and_bounded() {
        let o = Options::from_query("headline=%3Cb%3EHi%3C%2Fb%3E%0A%20there&note=%20%20&subtitle=a%09b");
        assert_eq!(o.headline.as_deref(), Some("<b>Hi</b> there"), "kept as text; Yew escapes it");
        assert_eq!(o.note, None);
        assert_eq!(o.subtitle.as_deref(), Some("a b"));
        let long = "x".repeat(500);
        let o = Options::from_query(&format!("headline={long}&note={long}"));
        assert_eq!(o.headline.as_ref().map(|h| h.chars().count()), Some(HEADLINE_CHARS));
        assert!(o.headline.unwrap().ends_with('…'));
        assert_eq!(o.note.map(|n| n.chars().count()), Some(NOTE_CHARS));
    }

    #[test]
    fn ignores_garbage() {
        let o = Options::from_query("lang=xx&theme=&%zz=1&region=&&=");
        assert_eq!(o, Options::default());
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%E2%9C%93"), "✓");
    }
}
