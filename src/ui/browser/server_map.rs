//! The map the server drew into the page, adopted rather than shipped twice: the
//! regions' outlines arrive once, in the HTML, and the widget reads them from there
//! (the page's bundle has none: `bundled::page_dataset`).

use wasm_bindgen::JsCast;

/// Each region's path (`data-iso`, `d`) as the server-rendered map draws it; none on a
/// page without it (the map then shows the occupied layers over empty regions).
pub fn region_paths() -> Vec<(String, String)> {
    let Some(list) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(".upm-regions > path[data-iso][d]").ok())
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| {
            let el = list.item(i)?.dyn_into::<web_sys::Element>().ok()?;
            Some((el.get_attribute("data-iso")?, el.get_attribute("d")?))
        })
        .collect()
}
