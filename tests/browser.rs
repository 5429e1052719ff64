//! Browser tests of the components (wasm-bindgen-test in headless Chromium):
//! `make test-browser`. They render the real widget into the test page and read the DOM.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;
use ukraine_peace_map::data::shares::measure;
use ukraine_peace_map::data::LayerId;
use ukraine_peace_map::host::Options;
use ukraine_peace_map::i18n::Lang;
use ukraine_peace_map::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn sleep(ms: u64) {
    yew::platform::time::sleep(Duration::from_millis(ms)).await;
}

/// Mounts the widget in a fresh element and waits until it says it is ready.
async fn mount(options: Options) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    yew::Renderer::<App>::with_root_and_props(host.clone(), AppProps { options, options_after_hydration: None })
        .render();
    for _ in 0..100 {
        if host.query_selector("[data-map-root][data-state=ready]").unwrap().is_some() {
            return host;
        }
        sleep(20).await;
    }
    panic!("the widget never became ready");
}

/// A click as a pointer makes it: it bubbles (the regions listen on their group).
fn click() -> web_sys::MouseEvent {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap()
}

fn count(host: &Element, selector: &str) -> u32 {
    host.query_selector_all(selector).unwrap().length()
}

fn text(host: &Element, selector: &str) -> String {
    host.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn renders_27_regions_and_three_layers() {
    let host = mount(Options::default()).await;
    assert_eq!(count(&host, "path[data-iso]"), 27);
    for layer in ["annexed-2014", "occupied-2014", "occupied-2022"] {
        assert_eq!(count(&host, &format!(".upm-map [data-layer=\"{layer}\"]")), 1, "{layer}");
    }
    // Every region has an accessible name with its status, and exactly one is a tab stop.
    let crimea = host.query_selector("[data-iso=\"UA-43\"]").unwrap().unwrap();
    assert_eq!(
        crimea.get_attribute("aria-label").unwrap(),
        "Autonomous Republic of Crimea: 100% occupied, annexed by Russia in 2014"
    );
    let kyiv = host.query_selector("[data-iso=\"UA-30\"]").unwrap().unwrap();
    assert_eq!(kyiv.get_attribute("aria-label").unwrap(), "Kyiv: not occupied (0%)");
    assert_eq!(count(&host, "[data-iso][tabindex=\"0\"]"), 1);
}

#[wasm_bindgen_test]
async fn clicking_zaporizhzhia_opens_its_terms() {
    let host = mount(Options::default()).await;
    host.query_selector("[data-iso=\"UA-23\"]").unwrap().unwrap().dispatch_event(&click()).unwrap();
    sleep(50).await;
    let dialog = host.query_selector("[role=dialog]").unwrap().expect("a dialog opens");
    let title_id = dialog.get_attribute("aria-labelledby").unwrap();
    assert_eq!(text(&host, &format!("#{title_id}")), "Zaporizhzhia Oblast");
    assert!(text(&host, "[role=dialog] .upm-popup__status").contains("% occupied"));
    // Territorial concessions name no region: listed once, for all of Ukraine.
    for id in ["znpp-us-oversight", "territorial-concessions", "ukraine-army", "sanctions"] {
        assert_eq!(count(&dialog, &format!("[data-term=\"{id}\"]")), 1, "{id}");
    }
    // Crimea recognition concerns Crimea and Sevastopol only.
    assert_eq!(count(&dialog, "[data-term=\"crimea-recognition\"]"), 0);
    // Each term shows its parties and its source.
    let znpp = dialog.query_selector("[data-term=\"znpp-us-oversight\"]").unwrap().unwrap();
    assert!(znpp.text_content().unwrap().contains("United States"));
    assert!(znpp.text_content().unwrap().contains("DailyChive.com (2025)"));
    // The close button closes it.
    let close: HtmlElement = dialog.query_selector(".upm-close").unwrap().unwrap().dyn_into().unwrap();
    close.click();
    sleep(50).await;
    assert_eq!(count(&host, "[role=dialog]"), 0);
}

#[wasm_bindgen_test]
async fn legend_numbers_equal_the_data() {
    let host = mount(Options::default()).await;
    let data = ukraine_peace_map::bundled::dataset().unwrap();
    let shares = measure(&data.geography.regions, data.timeline.default_stop());
    for id in LayerId::ALL {
        let row =
            host.query_selector(&format!("[data-legend] [data-legend-layer=\"{}\"]", id.as_str())).unwrap().unwrap();
        let km2: f64 =
            row.query_selector("[data-km2]").unwrap().unwrap().get_attribute("data-km2").unwrap().parse().unwrap();
        let pct: f64 = row
            .query_selector("[data-share-pct]")
            .unwrap()
            .unwrap()
            .get_attribute("data-share-pct")
            .unwrap()
            .parse()
            .unwrap();
        assert!((km2 - shares.by_layer[id.index()]).abs() < 0.1, "{id:?}: {km2}");
        assert!((pct - shares.layer_pct(id)).abs() < 0.001, "{id:?}: {pct}");
        // Shown rounded to what the method can tell; exact in data-km2 (checked above).
        assert!(row.text_content().unwrap().contains(&ukraine_peace_map::i18n::area(Lang::En, km2)));
    }
    let total = text(&host, "[data-legend] [data-legend-layer=total]");
    assert!(total.contains(&ukraine_peace_map::i18n::percent(Lang::En, shares.occupied_pct(), 1)), "{total}");
    assert_eq!(text(&host, ".upm-headline"), ukraine_peace_map::i18n::headline(Lang::En, shares.occupied_pct(), false));
}

#[wasm_bindgen_test]
async fn ukrainian_everywhere() {
    let host = mount(Options { lang: Lang::Uk, region: Some("UA-43".into()), ..Options::default() }).await;
    assert!(text(&host, ".upm-headline").starts_with("Росія окупує"));
    assert_eq!(host.query_selector("[data-map-root]").unwrap().unwrap().get_attribute("lang").as_deref(), Some("uk"));
    // region= opens the popup on load, in Ukrainian.
    assert_eq!(text(&host, "[role=dialog] h2"), "Автономна Республіка Крим");
    assert_eq!(count(&host, "[role=dialog] [data-term=\"crimea-recognition\"]"), 1);
    assert!(text(&host, "[data-term=\"crimea-recognition\"]").contains("Визнання російської юрисдикції над Кримом"));
}

#[wasm_bindgen_test]
async fn the_table_lists_every_region() {
    let host = mount(Options::default()).await;
    // Built when the reader opens it.
    assert_eq!(count(&host, "[data-text-alternative]"), 0);
    let toggle: HtmlElement = host.query_selector(".upm-table-toggle").unwrap().unwrap().dyn_into().unwrap();
    toggle.click();
    sleep(50).await;
    assert_eq!(count(&host, "[data-text-alternative] tbody tr[data-iso-row]"), 27);
    // And one row that sums up, on a phone, the regions neither occupied nor named by a term.
    assert_eq!(count(&host, "[data-text-alternative] tbody tr.upm-row--others"), 1);
    let first = text(&host, "[data-text-alternative] tbody tr:first-child");
    assert!(first.contains("annexed"), "most occupied first: {first}");
}

/// Kharkiv oblast is partly occupied and no item names it: its popup gives its share and
/// the items for all of Ukraine (territorial concessions among them: the report locates
/// them nowhere), none under "this region".
#[wasm_bindgen_test]
async fn kharkiv_shows_its_share_and_the_national_terms_only() {
    let host = mount(Options { region: Some("UA-63".into()), ..Options::default() }).await;
    let dialog = host.query_selector("[role=dialog]").unwrap().expect("region= opens the popup");
    assert!(text(&host, "[role=dialog] .upm-popup__status").contains("% occupied since 2022"));
    assert_eq!(count(&dialog, "[data-term=\"territorial-concessions\"]"), 1);
    assert_eq!(
        count(&dialog, "section.upm-popup__section:first-of-type [data-term]"),
        0,
        "no item names Kharkiv oblast"
    );
    // The items for all of Ukraine are folded, one tap away.
    assert_eq!(count(&dialog, "details[data-national-terms]:not([open]) [data-term]"), 6);
    for id in ["ukraine-army", "sanctions", "minerals-deal", "ceasefire-first", "direct-talks"] {
        assert_eq!(count(&dialog, &format!("[data-term=\"{id}\"]")), 1, "{id}");
    }
    assert!(dialog.text_content().unwrap().contains("citing people familiar with the matter"));
}
