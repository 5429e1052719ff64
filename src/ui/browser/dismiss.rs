//! Closing the popup with Escape or a click outside it (other than on a region, the
//! timeline or its chart); focus returns to the region.

use super::focus::focus_region;
use crate::ui::state::Action;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, Node};
use yew::{Callback, NodeRef};

pub struct Dismiss {
    _listeners: Vec<EventListener>,
}

pub fn on_escape_or_outside(
    iso: &'static str,
    popup: NodeRef,
    svg: NodeRef,
    dispatch: Callback<Action>,
) -> Option<Dismiss> {
    let document = web_sys::window()?.document()?;
    let (s, d) = (svg, dispatch.clone());
    let escape = EventListener::new(&document, "keydown", move |e| {
        if e.dyn_ref::<KeyboardEvent>().is_some_and(|k| k.key() == "Escape" || k.key() == "Esc") {
            d.emit(Action::Close);
            focus_region(&s, iso);
        }
    });
    let outside = EventListener::new(&document, "pointerdown", move |e| {
        let target = e.target().and_then(|t| t.dyn_into::<Node>().ok());
        let inside = |r: &NodeRef| r.get().zip(target.as_ref()).is_some_and(|(el, t)| el.contains(Some(t)));
        // A press on another region selects that one instead (its click handler runs next);
        // a press on the timeline or its chart changes the date, and the popup follows it.
        let keeps_popup = target
            .as_ref()
            .and_then(|t| t.dyn_ref::<web_sys::Element>())
            .and_then(|el| el.closest("[data-iso], [data-timeline], [data-timeline-chart]").ok().flatten())
            .is_some();
        if !inside(&popup) && !keeps_popup {
            dispatch.emit(Action::Close);
        }
    });
    Some(Dismiss { _listeners: vec![escape, outside] })
}
