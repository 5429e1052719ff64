//! Talking to the host page when embedded: our height out, theme changes in.
//!
//! Height goes to `window.parent` as `{type: "ukraine-peace-map:height", id, height}`
//! (a number is nothing secret, so any origin may read it; embed.js checks where it
//! came from). Theme messages, `{type: "ukraine-peace-map:theme", theme, vars}`, are
//! accepted only from the parent window itself; `vars` sets the widget's documented
//! CSS custom properties (`--upm-*`, plain values only) so a newsroom can apply its
//! house style to an embedded widget.

use crate::embed::Theme;
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
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

pub fn report_height(root: &Element, id: Option<String>) -> Option<HeightReporter> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    let el = root.clone();
    let mut last = -1.0;
    let callback = Closure::<dyn FnMut()>::new(move || {
        let height = el.get_bounding_client_rect().height().ceil();
        if height != last {
            last = height;
            let msg = Object::new();
            let _ = Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = Reflect::set(&msg, &"id".into(), &id.clone().map(JsValue::from).unwrap_or(JsValue::NULL));
            let _ = Reflect::set(&msg, &"height".into(), &height.into());
            let _ = parent.post_message(&msg, "*");
        }
    });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(root);
    // Once now as well: a throttled off-screen iframe gets no resize callbacks until it
    // is scrolled into view, and the host page should not jump then.
    let _ = callback.as_ref().unchecked_ref::<js_sys::Function>().call0(&JsValue::NULL);
    Some(HeightReporter { observer, _callback: callback })
}

/// Calls `on_theme` for the parent's theme messages and applies their `vars` to `root`.
pub fn listen_for_theme(root: Element, on_theme: impl Fn(Theme) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    let parent: JsValue = window.parent().ok().flatten()?.into();
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
                if crate::embed::options::is_theme_var(&key, &value) {
                    let _ = el.style().set_property(&key, &value);
                }
            }
        }
    }))
}
