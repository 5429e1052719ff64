//! Zoom gestures that never get in the way of reading the page: Ctrl/⌘ + wheel and
//! two-finger pinch zoom the map; a plain wheel and a one-finger swipe scroll the page
//! as usual (their events are never cancelled).

use super::state::Action;
use super::view::View;
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, TouchEvent, WheelEvent};
use yew::Callback;

/// Where the two fingers of a pinch were: their midpoint and their distance.
type Pinch = ([f64; 2], f64);

pub struct Gestures {
    _listeners: Vec<EventListener>,
}

/// The frame point under a client position, for the current view.
fn frame_point(stage: &Element, view: &View, x: f64, y: f64) -> Option<[f64; 2]> {
    let r = stage.get_bounding_client_rect();
    if r.width() <= 0.0 || r.height() <= 0.0 {
        return None;
    }
    let (fx, fy) = ((x - r.left()) / r.width() * view.frame[0], (y - r.top()) / r.height() * view.frame[1]);
    Some([
        view.center[0] + (fx - view.frame[0] / 2.0) / view.scale,
        view.center[1] + (fy - view.frame[1] / 2.0) / view.scale,
    ])
}

pub fn attach(stage: &Element, view: Rc<RefCell<View>>, dispatch: Callback<Action>) -> Gestures {
    let active = EventListenerOptions::enable_prevent_default();
    let mut listeners = Vec::new();

    let (el, v, d) = (stage.clone(), view.clone(), dispatch.clone());
    listeners.push(EventListener::new_with_options(stage, "wheel", active, move |e| {
        let Some(e) = e.dyn_ref::<WheelEvent>() else { return };
        if !(e.ctrl_key() || e.meta_key()) {
            return;
        }
        e.prevent_default();
        let now = *v.borrow();
        if let Some(anchor) = frame_point(&el, &now, e.client_x() as f64, e.client_y() as f64) {
            let factor = (-e.delta_y() * 0.002).exp().clamp(0.5, 2.0);
            d.emit(Action::SetView(now.zoom_at(factor, anchor)));
        }
    }));

    // Two fingers: distance change zooms, midpoint movement pans.
    let last: Rc<RefCell<Option<Pinch>>> = Rc::new(RefCell::new(None));
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
            *l.borrow_mut() = pinch(e);
        }
    }));
    let (el, v, d, l) = (stage.clone(), view.clone(), dispatch.clone(), last.clone());
    listeners.push(EventListener::new_with_options(stage, "touchmove", active, move |e| {
        let Some(e) = e.dyn_ref::<TouchEvent>() else { return };
        let Some((mid, dist)) = pinch(e) else { return };
        e.prevent_default();
        let previous = l.borrow_mut().replace((mid, dist));
        if let Some((pmid, pdist)) = previous {
            let now = *v.borrow();
            let r = el.get_bounding_client_rect();
            let Some(anchor) = frame_point(&el, &now, mid[0], mid[1]) else { return };
            let zoomed = if pdist > 0.0 { now.zoom_at(dist / pdist, anchor) } else { now };
            let k = now.frame[0] / r.width().max(1.0);
            d.emit(Action::SetView(zoomed.pan((mid[0] - pmid[0]) * k, (mid[1] - pmid[1]) * k)));
        }
    }));
    let l = last;
    listeners.push(EventListener::new(stage, "touchend", move |_| *l.borrow_mut() = None));
    Gestures { _listeners: listeners }
}
