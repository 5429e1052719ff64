//! Talking to the host page when embedded: our height out, theme changes in.
//!
//! Height goes to `window.parent` in the protocol of whoever embedded us (a number is
//! nothing secret, so any origin may read it; the parent checks where it came from):
//! - our embed.js: `{type: "ukraine-peace-map:height", id, height}`;
//! - a pym.js parent (`childId` in the URL): the string
//!   `pymxPYMx<childId>xPYMxheightxPYMx<height>`, on every change and in answer to each
//!   `width` message of the parent; we send nothing else, so the parent never scrolls or
//!   navigates because of us;
//! - AMP's `amp-iframe` (`#amp=1`): `{sentinel: "amp", type: "embed-size", height}`.
//!
//! Theme messages, `{type: "ukraine-peace-map:theme", theme, vars}`, are accepted only
//! from the parent window itself; `vars` sets the widget's documented CSS custom
//! properties (`--upm-*`, plain values only) so a newsroom can apply its house style.

use crate::host::{Options, Theme};
use gloo::events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, MessageEvent, ResizeObserver};

pub const HEIGHT_MESSAGE: &str = "ukraine-peace-map:height";
pub const THEME_MESSAGE: &str = "ukraine-peace-map:theme";

/// Keeps reporting while alive.
pub struct HeightReporter {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
    _pym_width: Option<EventListener>,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The pym.js message prefix for a child: `pymxPYMx<childId>xPYMx`.
fn pym_prefix(child_id: &str) -> String {
    format!("pymxPYMx{child_id}xPYMx")
}

/// Sends the root's height to the parent in every protocol `options` asks for.
fn send_height(parent: &web_sys::Window, height: f64, options: &Options) {
    if options.embed {
        let msg = Object::new();
        let _ = Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = Reflect::set(&msg, &"id".into(), &options.id.clone().map(JsValue::from).unwrap_or(JsValue::NULL));
        let _ = Reflect::set(&msg, &"height".into(), &height.into());
        let _ = parent.post_message(&msg, "*");
    }
    if let Some(child) = &options.pym_child_id {
        let _ = parent.post_message(&format!("{}heightxPYMx{}", pym_prefix(child), height as u32).into(), "*");
    }
    if options.amp {
        let msg = Object::new();
        let _ = Reflect::set(&msg, &"sentinel".into(), &"amp".into());
        let _ = Reflect::set(&msg, &"type".into(), &"embed-size".into());
        let _ = Reflect::set(&msg, &"height".into(), &height.into());
        let _ = parent.post_message(&msg, "*");
    }
}

/// Reports the root's height whenever it changes (and once now), and to each pym.js
/// `width` message, while the returned value lives.
pub fn report_height(root: &Element, options: &Options) -> Option<HeightReporter> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    let height_of = {
        let el = root.clone();
        move || el.get_bounding_client_rect().height().ceil()
    };
    let mut last = -1.0;
    let callback = {
        let (parent, options, height_of) = (parent.clone(), options.clone(), height_of.clone());
        Closure::<dyn FnMut()>::new(move || {
            let height = height_of();
            if height != last {
                last = height;
                send_height(&parent, height, &options);
            }
        })
    };
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(root);
    // Once now as well: a throttled off-screen iframe gets no resize callbacks until it
    // is scrolled into view, and the host page should not jump then.
    let _ = callback.as_ref().unchecked_ref::<js_sys::Function>().call0(&JsValue::NULL);
    let pym_width = options.pym_child_id.as_ref().map(|child| {
        let width_message = format!("{}widthxPYMx", pym_prefix(child));
        let (options, parent_window) = (options.clone(), parent.clone());
        let parent: JsValue = parent.into();
        EventListener::new(&window, "message", move |e| {
            let Some(e) = e.dyn_ref::<MessageEvent>() else { return };
            let from_parent = e.source().is_some_and(|s| JsValue::from(s) == parent);
            if from_parent && e.data().as_string().is_some_and(|m| m.starts_with(&width_message)) {
                send_height(&parent_window, height_of(), &options);
            }
        })
    });
    Some(HeightReporter { observer, _callback: callback, _pym_width: pym_width })
}

/// Calls `on_theme` for the parent's theme messages and applies their `vars` to `root`.
/// Only inside a frame: a page that is not framed has no parent to listen to.
pub fn listen_for_theme(root: Element, on_theme: impl Fn(Theme) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    let parent: JsValue = window.parent().ok().flatten()?.into();
    if parent == JsValue::from(window.clone()) {
        return None;
    }
    Some(EventListener::new(&window, "message", move |e| {
        let Some(e) = e.dyn_ref::<MessageEvent>() else { return };
        let from_parent = e.source().is_some_and(|s| JsValue::from(s) == parent);
        let data = e.data();
        let field = |k: &str| Reflect::get(&data, &k.into()).ok();
        if !from_parent || field("type").and_then(|v| v.as_string()).as_deref() != Some(THEME_MESSAGE) {
            return;
        }
        if let Some(theme) = field("theme").and_then(|v| v.as_string()).as_deref().and_then(Theme::parse) {
            on_theme(theme);
        }
        if let (Some(vars), Some(el)) =
            (field("vars").filter(|v| v.is_object()), root.dyn_ref::<web_sys::HtmlElement>())
        {
            for key in Object::keys(vars.unchecked_ref::<Object>()).iter().filter_map(|k| k.as_string()) {
                let value =
                    Reflect::get(&vars, &key.as_str().into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
                if crate::host::theme_vars::is_theme_var(&key, &value) {
                    let _ = el.style().set_property(&key, &value);
                }
            }
        }
    }))
}
