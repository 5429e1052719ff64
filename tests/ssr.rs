//! Server-side rendering (what tools/prerender puts into index.html): the map, legend,
//! headline and table are all there before any WebAssembly runs.
#![cfg(not(target_arch = "wasm32"))]

use ukraine_peace_map::data::timeline::{DEFAULT_STOP, STOPS};
use ukraine_peace_map::host::Options;
use ukraine_peace_map::ui::{App, AppProps};

fn render(options: Options) -> String {
    let props = AppProps { options, options_after_hydration: None };
    futures::executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).hydratable(true).render())
}

#[test]
fn the_html_has_the_whole_widget() {
    let html = render(Options::default());
    assert_eq!(html.matches("data-iso=\"").count(), 27);
    for layer in ["annexed-2014", "occupied-2014", "occupied-2022"] {
        assert!(html.contains(&format!("data-layer=\"{layer}\"")), "{layer}");
    }
    for hook in ["data-map-root", "data-state=\"loading\"", "data-legend", "upm-table-toggle", "Russia occupies about"]
    {
        assert!(html.contains(hook), "missing {hook}");
    }
    // The tables are built when the reader opens them (readers without JavaScript get
    // them from tools/prerender: see below), so hydration does not wait for them.
    assert!(!html.contains("data-text-alternative"), "the tables are in the widget's first render");
    // The timeline: one radio per date, the default date chosen and on the root.
    assert!(html.contains("data-timeline"), "no timeline control");
    assert!(html.contains("data-timeline-chart"), "no chart");
    // The radios: one per date, and one per peace plan (the plans control).
    let plans = ukraine_peace_map::bundled::dataset().unwrap().proposals.list.len();
    assert!(plans >= 3, "the plans control needs the plans");
    assert_eq!(html.matches("role=\"radio\"").count(), STOPS.len() + plans);
    assert!(
        html.contains(&format!("data-date=\"{DEFAULT_STOP}\" data-proposal=\"april-2025\" lang=")),
        "the root names the date and the plan shown"
    );
    assert_eq!(html.matches("aria-checked=\"true\"").count(), 2, "one date and one plan chosen");
}

/// What tools/prerender puts in the `<noscript>` after the widget: the regions on the
/// default date and every date of the timeline.
#[test]
fn the_tables_for_readers_without_javascript() {
    use ukraine_peace_map::ui::components::text_alternative::{Tables, TextAlternativeProps};
    use ukraine_peace_map::ui::state::{Sources, WidgetState};
    let state = WidgetState::new(&Sources::new(ukraine_peace_map::bundled::dataset().unwrap()), &Options::default());
    let html = futures::executor::block_on(
        yew::LocalServerRenderer::<Tables>::with_props(TextAlternativeProps::of(&state)).render(),
    );
    assert!(html.contains("data-text-alternative"));
    assert_eq!(html.matches("<tr data-iso-row").count(), 27);
    assert_eq!(html.matches("data-date-row=").count(), STOPS.len());
    assert_eq!(html.matches("aria-current=\"true\"").count(), 1, "the date shown is marked");
    assert!(html.find("data-iso-row=\"UA-43\"") < html.find("data-iso-row=\"UA-32\""), "most occupied first");
}

/// A strict Content-Security-Policy (`style-src 'self'`) ignores style attributes.
#[test]
fn no_inline_styles_or_scripts() {
    let html = render(Options::default());
    assert!(!html.contains(" style=\""), "inline style attribute in the rendered HTML");
    assert!(!html.contains("<script"), "inline script in the rendered HTML");
    // Any inline handler (`onclick=`, `onload=`, `onpointerdown=`...) would also need 'unsafe-inline'.
    let inline_handler = html.match_indices(" on").find(|(i, _)| {
        let rest = &html[i + 3..];
        let name: String = rest.chars().take_while(|c| c.is_ascii_lowercase()).collect();
        !name.is_empty() && rest[name.len()..].starts_with('=')
    });
    assert!(inline_handler.is_none(), "inline event handler at {:?}", inline_handler.map(|(i, _)| &html[i..i + 20]));
}

#[test]
fn ukrainian_rendering() {
    let html = render(Options { lang: ukraine_peace_map::i18n::Lang::Uk, ..Options::default() });
    assert!(html.contains("lang=\"uk\""));
    assert!(html.contains("Росія окупує близько"));
    assert!(html.contains("Донецька область"));
}
