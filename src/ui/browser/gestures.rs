//! Zoom gestures that never get in the way of reading the page: Ctrl/⌘ + wheel and
//! two-finger pinch zoom the map; a plain wheel and a one-finger swipe scroll the page
//! as usual (their events are never cancelled). Gestures only say where and how much
//! (fractions of the stage); the view itself lives in the widget's state.

use super::stage::{stage_delta, stage_fraction};
use crate::ui::state::Action;
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, TouchEvent, WheelEvent};
use yew::Callback;

/// Where the two fingers of a pinch were: their midpoint and their distance, in client pixels.
type Pinch = ([f64; 2], f64);

pub struct Gestures {
    _listeners: Vec<EventListener>,
}

pub fn attach(stage: &Element, dispatch: Callback<Action>) -> Gestures {
    let active = EventListenerOptions::enable_prevent_default();
    let mut listeners = Vec::new();

    let (el, d) = (stage.clone(), dispatch.clone());
    listeners.push(EventListener::new_with_options(stage, "wheel", active, move |e| {
        let Some(e) = e.dyn_ref::<WheelEvent>() else { return };
        if !(e.ctrl_key() || e.meta_key()) {
            return;
        }
        e.prevent_default();
        if let Some(at) = stage_fraction(&el, e.client_x() as f64, e.client_y() as f64) {
            let factor = crate::geo::clamp((-e.delta_y() * 0.002).exp(), 0.5, 2.0);
            d.emit(Action::ZoomAt { factor, at, pan: [0.0, 0.0] });
        }
    }));

    // Two fingers: distance change zooms, midpoint movement pans.
    let last: Rc<Cell<Option<Pinch>>> = Rc::new(Cell::new(None));
    let pinch = |e: &TouchEvent| -> Option<Pinch> {
        let t = e.touches();
        if t.length() != 2 {
            return None;
        }
        let (a, b) = (t.get(0)?, t.get(1)?);
        let (ax, ay, bx, by) = (a.client_x() as f64, a.client_y() as f64, b.client_x() as f64, b.client_y() as f64);
        Some(([(ax + bx) / 2.0, (ay + by) / 2.0], (ax - bx).hypot(ay - by)))
    };
    let l = last.clone();
    listeners.push(EventListener::new(stage, "touchstart", move |e| {
        if let Some(e) = e.dyn_ref::<TouchEvent>() {
            l.set(pinch(e));
        }
    }));
    let (el, d, l) = (stage.clone(), dispatch, last.clone());
    listeners.push(EventListener::new_with_options(stage, "touchmove", active, move |e| {
        let Some(e) = e.dyn_ref::<TouchEvent>() else { return };
        let Some((mid, dist)) = pinch(e) else { return };
        e.prevent_default();
        if let Some((pmid, pdist)) = l.replace(Some((mid, dist))) {
            let Some(at) = stage_fraction(&el, mid[0], mid[1]) else { return };
            let factor = if pdist > 0.0 { dist / pdist } else { 1.0 };
            let pan = stage_delta(&el, mid[0] - pmid[0], mid[1] - pmid[1]);
            d.emit(Action::ZoomAt { factor, at, pan });
        }
    }));
    listeners.push(EventListener::new(stage, "touchend", move |_| last.set(None)));
    Gestures { _listeners: listeners }
}
