//! The hint under the pointer (or at the focused region): name and occupied share.
//! Screen readers get the same words from the region's accessible name instead.
//!
//! Its position is set through the CSSOM after render, not a `style` attribute, which
//! a strict Content-Security-Policy (`style-src 'self'`) would block.

use crate::i18n::format::fixed;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TooltipProps {
    pub name: String,
    pub status: String,
    /// Position as fractions of the stage.
    pub at: [f64; 2],
}

/// Puts the hint at `at` (fractions of the stage). Also called straight from the
/// regions' pointer listener while the pointer moves within one region, so that
/// following the pointer re-renders nothing.
pub fn place(el: &web_sys::HtmlElement, [x, y]: [f64; 2]) {
    let style = el.style();
    let _ = style.set_property("left", &format!("{}%", fixed(x * 100.0, 2)));
    let _ = style.set_property("top", &format!("{}%", fixed(y * 100.0, 2)));
    // Flip to the other side of the pointer near the right and bottom edges.
    let tx = if x > 0.6 { "calc(-100% - 12px)" } else { "12px" };
    let ty = if y > 0.7 { "calc(-100% - 12px)" } else { "12px" };
    let _ = style.set_property("transform", &format!("translate({tx}, {ty})"));
}

#[component(Tooltip)]
pub fn tooltip(p: &TooltipProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(p.at, move |at| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                place(&el, *at);
            }
        });
    }
    html! {
        <div ref={node} class="upm-tooltip" aria-hidden="true">
            <strong>{ &p.name }</strong>
            <span>{ &p.status }</span>
        </div>
    }
}
