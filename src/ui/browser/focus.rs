//! Moving keyboard focus to a region's path.

use wasm_bindgen::JsCast;
use yew::NodeRef;

pub fn focus_region(svg: &NodeRef, iso: &str) {
    let Some(svg) = svg.cast::<web_sys::Element>() else { return };
    if let Ok(Some(el)) = svg.query_selector(&format!("[data-iso=\"{iso}\"]")) {
        if let Ok(el) = el.dyn_into::<web_sys::SvgElement>() {
            let _ = el.focus();
        }
    }
}
