//! Options of the widget page, from its URL query (the embed snippet's `data-*`
//! attributes become the same query parameters; see www/embed.js).

use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn parse(s: &str) -> Option<Theme> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
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
    /// A stop's date, `YYYY-MM-DD` (or an editor's `asof`).
    Date(String),
}

impl DateChoice {
    pub fn parse(s: &str) -> Option<DateChoice> {
        let s = s.trim();
        match s {
            "" => None,
            "latest" => Some(DateChoice::Latest),
            _ => Some(DateChoice::Date(s.chars().take(40).collect())),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    pub lang: Lang,
    pub theme: Theme,
    /// Region whose popup opens on load (`region=UA-43`).
    pub region: Option<String>,
    /// The date shown (`date=2022-08-31` or `date=latest`); the default date when absent.
    pub date: Option<DateChoice>,
    /// An editor's GeoJSON of occupied territory, and the date it describes.
    pub occupied: Option<String>,
    pub asof: Option<String>,
    /// An editor's terms file in our schema.
    pub terms: Option<String>,
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
                "occupied" => o.occupied = nonempty(),
                "asof" => o.asof = nonempty().map(|s| s.chars().take(40).collect()),
                "terms" => o.terms = nonempty(),
                "embed" => o.embed = v == "1" || v == "true",
                "id" => o.id = nonempty().map(|s| s.chars().take(64).collect()),
                "childId" => o.pym_child_id = nonempty().map(|s| s.chars().take(64).collect()),
                _ => {}
            }
        }
        o
    }
}

/// A host may set our documented custom properties (`--upm-font`, `--upm-bg`, ...) to
/// plain values: colours, lengths, font lists. No `url(...)`, no escapes, no
/// semicolons or braces, so a value cannot load anything or break out of its property.
pub fn is_theme_var(name: &str, value: &str) -> bool {
    let name_ok = name.len() <= 40
        && name.strip_prefix("--upm-").is_some_and(|n| {
            !n.is_empty() && n.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        });
    let value_ok = !value.is_empty()
        && value.len() <= 200
        && !value.to_ascii_lowercase().contains("url(")
        // Letters of any script (font names), digits and a few separators; the check is on
        // ASCII plus "not ASCII", which spares the widget Unicode's letter tables.
        && value.chars().all(|c| c.is_ascii_alphanumeric() || (!c.is_ascii() && !c.is_control()) || " #%.,-_()'\"/+".contains(c));
    name_ok && value_ok
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
        assert_eq!(o.occupied.as_deref(), Some("https://x.org/a.geojson"));
        assert!(o.embed);
        assert_eq!(o.id.as_deref(), Some("w1"));
        assert_eq!(o.date, Some(DateChoice::Date("2022-08-31".into())));
        assert_eq!(Options::from_query("date=latest").date, Some(DateChoice::Latest));
    }

    #[test]
    fn theme_vars_are_plain_values_of_our_properties() {
        assert!(is_theme_var("--upm-font", "Georgia, \"Times New Roman\", serif"));
        assert!(is_theme_var("--upm-occupied-2022", "#c70000"));
        assert!(is_theme_var("--upm-bg", "rgb(250, 250, 245)"));
        assert!(!is_theme_var("--other", "red"));
        assert!(!is_theme_var("--upm-bg", "url(https://evil.example/x.png)"));
        assert!(!is_theme_var("--upm-bg", "red; } body { display: none"));
        assert!(!is_theme_var("--upm-bg", "\\75rl(x)"));
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
    fn ignores_garbage() {
        let o = Options::from_query("lang=xx&theme=&%zz=1&region=&&=");
        assert_eq!(o, Options::default());
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%E2%9C%93"), "✓");
    }
}
