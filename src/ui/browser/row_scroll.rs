//! A row of choices that scrolls sideways (the dates, the plans on a phone): the chosen one
//! is brought into view by moving the row itself, never with `scrollIntoView`, which would
//! also scroll the host page around the widget's frame.

use wasm_bindgen::JsCast;
use yew::NodeRef;

/// Centres the row's `[aria-checked="true"]` child in it, when the row scrolls at all.
pub fn show_chosen(row: &NodeRef) {
    let Some(row) = row.cast::<web_sys::HtmlElement>() else { return };
    if row.scroll_width() <= row.client_width() {
        return;
    }
    let chosen = row.query_selector("[aria-checked=\"true\"]").ok().flatten();
    let Some(chosen) = chosen.and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) else { return };
    // The row is positioned (styles.css), so offsetLeft counts from it.
    row.set_scroll_left(chosen.offset_left() - (row.client_width() - chosen.offset_width()) / 2);
}
