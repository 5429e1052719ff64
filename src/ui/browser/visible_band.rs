//! Which part of the widget the reader can see when it is embedded: an iframe as tall as
//! the widget (embed.js, pym.js, AMP) has no viewport of its own, so a card "fixed" to its
//! bottom would open hundreds of pixels below the screen. An IntersectionObserver on the
//! root reports the visible band even across origins; it is written on the root as
//! `--upm-band-top` (from the top of the map's stage) and `--upm-band-height`, with
//! `data-band`, and the phone card (styles.css) opens inside that band.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// Keeps the band up to date while alive.
pub struct Band {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for Band {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

pub fn watch(root: &Element, stage: &Element) -> Option<Band> {
    let (root_el, stage) = (root.clone().dyn_into::<HtmlElement>().ok()?, stage.clone());
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Some(entry) = entries.iter().last().and_then(|e| e.dyn_into::<IntersectionObserverEntry>().ok()) else {
            return;
        };
        let (seen, whole) = (entry.intersection_rect(), entry.bounding_client_rect());
        let stage_top = stage.get_bounding_client_rect().top() - whole.top();
        let style = root_el.style();
        if seen.height() <= 0.0 || entry.intersection_ratio() >= 0.999 {
            let _ = root_el.remove_attribute("data-band");
            return;
        }
        let top = seen.top() - whole.top() - stage_top;
        // crate::num, not `{}` of an f64: Rust's float formatting would add kilobytes.
        let px = |v: f64| format!("{}px", crate::i18n::format::fixed(v, 0));
        let _ = style.set_property("--upm-band-top", &px(top));
        let _ = style.set_property("--upm-band-height", &px(seen.height()));
        let _ = root_el.set_attribute("data-band", "");
    });
    let init = IntersectionObserverInit::new();
    let thresholds = js_sys::Array::new();
    for i in 0..=50 {
        thresholds.push(&(f64::from(i) / 50.0).into());
    }
    init.set_threshold(&thresholds);
    let observer = IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init).ok()?;
    observer.observe(root);
    Some(Band { observer, _callback: callback })
}
