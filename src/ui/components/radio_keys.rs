//! The keyboard of a radio group of buttons (the dates, the plans): arrow keys move the
//! choice, wrapping around, Home and End go to the ends, and focus follows the choice
//! (roving tabindex). One routine for every such group.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A keydown listener for a group of `count` radios whose choice is `chosen`; `radios` is
/// the group's hook and radios (e.g. `"[data-timeline] [role=radio]"`): Yew delegates
/// events to the app's root, so the group is found by its hook, not as the target.
pub fn radio_keys(
    count: usize,
    chosen: usize,
    radios: &'static str,
    choose: Callback<usize>,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        if count == 0 {
            return;
        }
        let next = match e.key().as_str() {
            "ArrowRight" | "ArrowDown" => (chosen + 1) % count,
            "ArrowLeft" | "ArrowUp" => (chosen + count - 1) % count,
            "Home" => 0,
            "End" => count - 1,
            _ => return,
        };
        e.prevent_default();
        choose.emit(next);
        let root = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let button = root.and_then(|r| r.query_selector_all(radios).ok()?.item(next as u32));
        if let Some(b) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = b.focus();
        }
    })
}
