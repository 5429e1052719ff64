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

#[component(Tooltip)]
pub fn tooltip(p: &TooltipProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(p.at, move |&[x, y]| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let style = el.style();
                let _ = style.set_property("left", &format!("{}%", fixed(x * 100.0, 2)));
                let _ = style.set_property("top", &format!("{}%", fixed(y * 100.0, 2)));
                // Flip to the other side of the pointer near the right and bottom edges.
                let tx = if x > 0.6 { "calc(-100% - 12px)" } else { "12px" };
                let ty = if y > 0.7 { "calc(-100% - 12px)" } else { "12px" };
                let _ = style.set_property("transform", &format!("translate({tx}, {ty})"));
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
