//! Editorial rules that can be checked by a machine (data/README.md, "Editorial rules"):
//! Ukrainian text uses the typographic apostrophe, and the Ukrainian widget shows no
//! English beyond the verbatim quotes (marked `lang="en"`) and proper names.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::read;
use ukraine_peace_map::data::regions_table::REGIONS;
use ukraine_peace_map::data::DataError;
use ukraine_peace_map::embed::Options;
use ukraine_peace_map::i18n::{self, describe_error, t, Lang, Msg};
use ukraine_peace_map::ui::{App, AppProps};

fn render(options: Options) -> String {
    let props = AppProps { options, options_after_hydration: None };
    futures::executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).hydratable(true).render())
}

/// Every Ukrainian string the widget can show, with where it comes from.
fn ukrainian_strings() -> Vec<(String, String)> {
    let uk = Lang::Uk;
    let mut out: Vec<(String, String)> = Msg::ALL.iter().map(|m| (format!("{m:?}"), t(uk, *m).to_string())).collect();
    for r in &REGIONS {
        out.push((r.iso.to_string(), format!("{} / {}", r.name_uk, r.short_uk)));
    }
    for e in [DataError::Empty, DataError::NotJson("x".into()), DataError::TooLarge { limit_bytes: 5_000_000 }] {
        out.push((format!("{e:?}"), describe_error(&e, uk)));
    }
    out.push(("headline".into(), i18n::headline(uk, 18.6, false)));
    out.push(("headline, past".into(), i18n::headline(uk, 21.0, true)));
    out.push(("gained".into(), i18n::gained_between(uk, "2024-12-31", "2025-04-25")));
    out.push(("regained".into(), i18n::regained_between(uk, "2024-12-31", "2025-04-25")));
    out.push(("change threshold".into(), i18n::change_threshold(uk)));
    out.push(("region change".into(), i18n::region_change(uk, 1.4, 370.0, "2024-12-31")));
    out.push(("unknown date".into(), i18n::unknown_date(uk, "2020-01-01", &["2022-02-23"])));
    out.push(("chart".into(), i18n::chart_label(uk, &[("2022-02-23", 7.3)])));
    out.push(("as_of".into(), i18n::as_of(uk, "2025-04-25")));
    out.push(("status".into(), i18n::occupied_status(uk, 72.0, true, true)));
    out.push(("caption".into(), i18n::image_caption(uk).to_string()));
    out.push(("source".into(), i18n::source_suffix(uk, "2025", Some("джерела"))));
    fn walk(v: &serde_json::Value, at: &str, out: &mut Vec<(String, String)>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    match (k.as_str(), v) {
                        ("uk", serde_json::Value::String(s)) => out.push((at.to_string(), s.clone())),
                        _ => walk(v, &format!("{at}.{k}"), out),
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter().enumerate().for_each(|(i, v)| walk(v, &format!("{at}[{i}]"), out)),
            _ => {}
        }
    }
    walk(&serde_json::from_str(&read("data/terms.json")).unwrap(), "terms.json", &mut out);
    out
}

#[test]
fn ukrainian_text_uses_the_typographic_apostrophe() {
    let strings = ukrainian_strings();
    assert!(strings.len() > 80, "only {} strings found", strings.len());
    for (at, s) in strings {
        assert!(!s.contains('\''), "{at}: ASCII apostrophe in \"{s}\" (write ’)");
    }
}

/// The text a reader (or a screen reader) gets from rendered HTML: text nodes and
/// accessible names, without the verbatim quotes, which are English and marked so.
fn readable_text(html: &str) -> String {
    let mut html = html.to_string();
    while let Some(start) = html.find("<q ") {
        let end = html[start..].find("</q>").map(|i| start + i + 4).expect("closed <q>");
        assert!(html[start..end].contains("lang=\"en\""), "a quote without lang: {}", &html[start..end]);
        html.replace_range(start..end, " ");
    }
    let mut text = String::new();
    let mut rest = html.as_str();
    while let Some(i) = rest.find("aria-label=\"") {
        let value = &rest[i + 12..];
        text.push_str(&value[..value.find('"').unwrap()]);
        text.push(' ');
        rest = value;
    }
    let mut inside_tag = false;
    for c in html.chars() {
        match c {
            '<' => inside_tag = true,
            '>' => {
                inside_tag = false;
                text.push(' ');
            }
            c if !inside_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&gt;", ">").replace("&lt;", "<").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

#[test]
fn the_ukrainian_widget_shows_no_english() {
    // Proper names, keys and file formats that are the same in Ukrainian text.
    const ALLOWED: [&str; 12] =
        ["DailyChive", "com", "Natural", "Earth", "GeoNames", "CC", "BY", "Ctrl", "Enter", "CSV", "GeoJSON", "SVG"];
    for region in ["UA-23", "UA-43", "UA-63", "UA-14"] {
        let html = render(Options { lang: Lang::Uk, region: Some(region.into()), ..Options::default() });
        assert!(html.contains("role=\"dialog\""), "{region}: the popup is rendered");
        let text = readable_text(&html);
        for word in text.split(|c: char| c.is_whitespace() || ",.:;()«»“”—".contains(c)) {
            let latin = word.chars().filter(|c| c.is_ascii_alphabetic()).count();
            let allowed = ALLOWED.contains(&word);
            assert!(latin < 2 || allowed, "{region}: English in the Ukrainian widget: \"{word}\"");
        }
    }
}

#[test]
#[ignore = "prints the popups' text for a human read: cargo test --test editorial -- --ignored --nocapture"]
fn print_popups() {
    for lang in [Lang::En, Lang::Uk] {
        for region in ["UA-43", "UA-63"] {
            let html = render(Options { lang, region: Some(region.into()), ..Options::default() });
            let start = html.find("role=\"dialog\"").unwrap();
            let end = html[start..].find("</section></div>").map_or(html.len(), |i| start + i);
            println!(
                "--- {lang:?} {region}\n{}",
                readable_text(&html[start..end]).split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }
    }
}
