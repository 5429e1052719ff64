//! Wiring the widget to the browser once it has mounted: the page's options, the
//! editor's files, the host page (height, theme) and zoom gestures.

use crate::host::Options;
use crate::ui::state::Action;
use yew::{Callback, NodeRef};

/// Keeps listeners and observers alive; dropping it disconnects them.
#[derive(Default)]
pub struct Wiring {
    _parts: Vec<Box<dyn std::any::Any>>,
}

#[cfg(target_arch = "wasm32")]
pub fn connect(options: &Options, root: &NodeRef, stage: &NodeRef, dispatch: Callback<Action>) -> Wiring {
    use crate::host::messages;
    let mut parts: Vec<Box<dyn std::any::Any>> = Vec::new();
    if let Some(el) = root.cast::<web_sys::Element>() {
        // Inside any frame (embed.js, a plain iframe, pym.js, AMP), the parent window may
        // set the theme. Listen first: embed.js sends it once it hears our first height.
        let d = dispatch.clone();
        if let Some(l) = messages::listen_for_theme(el.clone(), move |t| d.emit(Action::SetTheme(t))) {
            parts.push(Box::new(l));
        }
        if options.reports_height() {
            if let Some(r) = messages::report_height(&el, options) {
                parts.push(Box::new(r));
            }
            // As tall as the widget, the frame has no viewport of its own: follow the part
            // of it the reader sees, where the region card opens on a phone.
            if let Some(stage_el) = stage.cast::<web_sys::Element>() {
                if let Some(band) = super::visible_band::watch(&el, &stage_el) {
                    parts.push(Box::new(band));
                }
            }
        }
    }
    if let Some(el) = stage.cast::<web_sys::Element>() {
        parts.push(Box::new(super::gestures::attach(&el, dispatch.clone())));
        if let Some(map) = el.query_selector(".upm-map").ok().flatten() {
            if let Some(w) = super::map_width::follow(&map, dispatch.clone()) {
                parts.push(Box::new(w));
            }
        }
    }
    load_editor_files(options, dispatch);
    Wiring { _parts: parts }
}

/// Asks the worker for the files an editor points the widget at (`occupied=`, `terms=`):
/// each arrives ready to show, or as an alert naming the file while the widget keeps its
/// embedded data; an address that is not `http(s):` is never asked for, only told. Ready
/// once every one has been answered (each within its deadline: `worker_client`).
#[cfg(target_arch = "wasm32")]
fn load_editor_files(options: &Options, dispatch: Callback<Action>) {
    use super::worker_client::{read_occupied, read_terms};
    use crate::data::DataError;
    use crate::i18n::Msg;
    use crate::ui::state::Alert;
    let title = |name: &str| if name == "terms" { Msg::ErrorTermsTitle } else { Msg::ErrorOccupiedTitle };
    for (name, scheme) in &options.refused {
        let error = DataError::NotWebAddress { scheme: scheme.clone() };
        dispatch.emit(Action::Alert(Alert::for_file(title(name), error, &format!("{scheme}:…"))));
    }
    let occupied = options.occupied.clone();
    let asof = options.asof.as_ref().map(ToString::to_string).unwrap_or_default();
    let terms = options.terms.clone();
    yew::platform::spawn_local(async move {
        if let Some(url) = occupied {
            dispatch.emit(match read_occupied(url.as_str(), &asof).await {
                Ok((stop, next_change)) => Action::InsertStop { stop, next_change },
                Err(e) => Action::Alert(Alert::for_file(Msg::ErrorOccupiedTitle, e, url.as_str())),
            });
        }
        if let Some(url) = terms {
            dispatch.emit(match read_terms(url.as_str()).await {
                Ok((terms, proposals)) => Action::UseTerms(terms, proposals),
                Err(e) => Action::Alert(Alert::for_file(Msg::ErrorTermsTitle, e, url.as_str())),
            });
        }
        dispatch.emit(Action::Ready);
    });
}

/// Outside the browser (server-side rendering, native tests) there is nothing to wire.
#[cfg(not(target_arch = "wasm32"))]
pub fn connect(_: &Options, _: &NodeRef, _: &NodeRef, dispatch: Callback<Action>) -> Wiring {
    dispatch.emit(Action::Ready);
    Wiring::default()
}

/// What the reader can download (see `download`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Png,
    Svg,
    Csv,
    Geojson,
}

impl Kind {
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Png => "png",
            Kind::Svg => "svg",
            Kind::Csv => "csv",
            Kind::Geojson => "geojson",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Kind::Png => "image/png",
            Kind::Svg => "image/svg+xml",
            Kind::Csv => "text/csv;charset=utf-8",
            Kind::Geojson => "application/geo+json",
        }
    }
}

/// The reader's downloads (see `download`); nothing outside the browser.
#[cfg(target_arch = "wasm32")]
pub use super::download::download;

#[cfg(not(target_arch = "wasm32"))]
pub fn download(_: Kind, _: &NodeRef, _: &crate::ui::state::WidgetState, _: &Callback<Action>) {}
