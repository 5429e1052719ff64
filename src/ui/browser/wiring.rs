//! Wiring the widget to the browser once it has mounted: the page's options, the
//! editor's files, the host page (height, theme) and zoom gestures.

use crate::data::Occupation;
use crate::embed::Options;
use crate::ui::state::Action;
use yew::{Callback, NodeRef};

/// Keeps listeners and observers alive; dropping it disconnects them.
#[derive(Default)]
pub struct Wiring {
    _parts: Vec<Box<dyn std::any::Any>>,
}

#[cfg(target_arch = "wasm32")]
pub fn connect(
    options: &Options,
    base: Occupation,
    root: &NodeRef,
    stage: &NodeRef,
    dispatch: Callback<Action>,
) -> Wiring {
    use crate::embed::{editor_files, host};
    use crate::i18n::Msg;
    use crate::ui::state::Alert;
    let mut parts: Vec<Box<dyn std::any::Any>> = Vec::new();
    if let (true, Some(el)) = (options.reports_height(), root.cast::<web_sys::Element>()) {
        if options.embed {
            let d = dispatch.clone();
            // Listen first: embed.js sends the host's theme once it hears our first height.
            if let Some(l) = host::listen_for_theme(el.clone(), move |t| d.emit(Action::SetTheme(t))) {
                parts.push(Box::new(l));
            }
        }
        if let Some(r) = host::report_height(&el, options) {
            parts.push(Box::new(r));
        }
    }
    if let Some(el) = stage.cast::<web_sys::Element>() {
        parts.push(Box::new(super::gestures::attach(&el, dispatch.clone())));
    }
    let (d1, d2, d3) = (dispatch.clone(), dispatch.clone(), dispatch);
    editor_files::load(
        options,
        base,
        move |result| {
            d1.emit(match result {
                Ok(o) => Action::UseOccupation(o),
                Err((e, url)) => Action::Alert(Alert::for_file(Msg::ErrorOccupiedTitle, e, &url)),
            })
        },
        move |result| {
            d2.emit(match result {
                Ok(t) => Action::UseTerms(t),
                Err((e, url)) => Action::Alert(Alert::for_file(Msg::ErrorTermsTitle, e, &url)),
            })
        },
        move || d3.emit(Action::Ready),
    );
    Wiring { _parts: parts }
}

/// Outside the browser (server-side rendering, native tests) there is nothing to wire.
#[cfg(not(target_arch = "wasm32"))]
pub fn connect(_: &Options, _: Occupation, _: &NodeRef, _: &NodeRef, dispatch: Callback<Action>) -> Wiring {
    dispatch.emit(Action::Ready);
    Wiring::default()
}

/// The reader's downloads (see `download`); nothing outside the browser.
#[cfg(target_arch = "wasm32")]
pub use super::download::{download, Kind};

#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Png,
    Svg,
    Csv,
    Geojson,
}

#[cfg(not(target_arch = "wasm32"))]
pub fn download(_: Kind, _: &NodeRef, _: &crate::ui::state::WidgetState, _: &Callback<Action>) {}
