//! Talking to the host page when embedded: our height out, theme changes in.
//!
//! Height goes to `window.parent` as `{type: "ukraine-peace-map:height", id, height}`
//! (a number is nothing secret, so any origin may read it; embed.js checks where it
//! came from). Theme messages are accepted only from the parent window itself.

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
    Some(HeightReporter { observer, _callback: callback })
}

/// Calls `on_theme` for `{type: "ukraine-peace-map:theme", theme}` from the parent.
pub fn listen_for_theme(on_theme: impl Fn(Theme) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    let parent: JsValue = window.parent().ok().flatten()?.into();
    Some(EventListener::new(&window, "message", move |e| {
        let Some(e) = e.dyn_ref::<MessageEvent>() else { return };
        let from_parent = e.source().is_some_and(|s| JsValue::from(s) == parent);
        let data = e.data();
        let field = |k: &str| Reflect::get(&data, &k.into()).ok().and_then(|v| v.as_string());
        if from_parent && field("type").as_deref() == Some(THEME_MESSAGE) {
            if let Some(theme) = field("theme").as_deref().and_then(Theme::parse) {
                on_theme(theme);
            }
        }
    }))
}
