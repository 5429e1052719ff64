//! Downloads of what the reader sees, made by the worker (`crate::worker`) so that their
//! code is fetched only by readers who ask: the map as SVG or PNG, both from one picture
//! of the map (`scene::poster`, in the colours of the theme shown and the zoom as shown;
//! the PNG is that picture drawn here on a canvas at the map's on-screen width times the
//! device pixel ratio), the regions as CSV and our layers as GeoJSON (`scene::export`).
//! Inside a sandbox that forbids downloads (AMP's iframe), the file opens in the widget
//! instead.

use super::wiring::Kind;
use super::worker_client::make_download;
use crate::scene::poster::Palette;
use crate::scene::protocol::{Download, DownloadKind, PictureSpec, Reply};
use crate::ui::state::{Action, FileBody, FileView, WidgetState};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, Element, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement};
use yew::{Callback, NodeRef};

/// Asks the worker for the file and hands it over; a failure is told to the reader
/// (`Action::DownloadFailed`) and its detail logged for the developer.
pub fn download(kind: Kind, svg: &NodeRef, state: &WidgetState, dispatch: &Callback<Action>) {
    if state.download_failed {
        dispatch.emit(Action::DownloadFailed(false));
    }
    let request = match request(kind, svg, state) {
        Ok(request) => request,
        Err(e) => return failed(dispatch, e),
    };
    let (state, dispatch) = (state.clone(), dispatch.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let result = match make_download(request).await {
            Ok(reply) => deliver(kind, reply, &state, &dispatch),
            Err(e) => Err(JsValue::from_str(&e.to_string())),
        };
        if let Err(e) = result {
            failed(&dispatch, e);
        }
    });
}

fn failed(dispatch: &Callback<Action>, error: JsValue) {
    gloo::console::error!("download failed", error);
    dispatch.emit(Action::DownloadFailed(true));
}

fn file_name(state: &WidgetState, kind: Kind) -> String {
    let date: String = state.current().as_of.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    format!("ukraine-occupied-{date}.{}", kind.extension())
}

/// What the worker needs to make the file: the date shown, by value (with the stop
/// itself when it is an editor's: a worker started since may not have it) and, for the
/// picture, the theme's colours from the live widget, the map's width on screen and its
/// zoom.
fn request(kind: Kind, svg_ref: &NodeRef, state: &WidgetState) -> Result<Download, JsValue> {
    let current = state.current();
    let mut download = Download {
        kind: match kind {
            Kind::Csv => DownloadKind::Csv,
            Kind::Geojson => DownloadKind::Geojson,
            Kind::Png | Kind::Svg => DownloadKind::Picture,
        },
        date: current.as_of.clone(),
        proposal: state.proposals.list.get(state.proposal).map(|p| p.id.clone()).unwrap_or_default(),
        editors_stop: current.is_external().then(|| current.to_send()),
        picture: None,
    };
    if download.kind != DownloadKind::Picture {
        return Ok(download);
    }
    let map: Element = svg_ref.cast().ok_or("no map")?;
    let root = map.closest("[data-map-root]")?.ok_or("no root")?;
    let css = web_sys::window().ok_or("no window")?.get_computed_style(&root)?.ok_or("no style")?;
    let mut tokens = Vec::new();
    for name in Palette::TOKENS {
        tokens.push((name.to_string(), css.get_property_value(&format!("--{name}"))?.trim().to_string()));
    }
    download.picture = Some(PictureSpec {
        lang: state.lang,
        width: map.get_bounding_client_rect().width().round().max(1.0),
        view: state.view,
        past: state.is_past(),
        previous: state.previous().map(|p| p.as_of.clone()),
        tokens,
    });
    Ok(download)
}

/// Hands the worker's file to the reader: a download, or inside a sandbox that forbids
/// downloads, a panel in the widget.
fn deliver(kind: Kind, reply: Reply, state: &WidgetState, dispatch: &Callback<Action>) -> Result<(), JsValue> {
    let (name, sandboxed, show) = (file_name(state, kind), state.sandboxed, dispatch.clone());
    let give = move |body: FileBody| -> Result<(), JsValue> {
        if sandboxed {
            show.emit(Action::ShowFile(FileView { name: name.clone(), body }));
            return Ok(());
        }
        match &body {
            FileBody::Image(data_url) => click_link(data_url, &name),
            FileBody::Text(text) => {
                let href = blob_url(text, kind.mime())?;
                click_link(&href, &name)?;
                release_later(href);
                Ok(())
            }
        }
    };
    match (kind, reply) {
        // No GeoJSON for an editor's file: not ours to publish.
        (Kind::Csv | Kind::Geojson, Reply::Text { text, .. }) => text.map_or(Ok(()), |t| give(FileBody::Text(t))),
        (Kind::Svg, Reply::Picture { svg, .. }) => give(FileBody::Text(svg)),
        (Kind::Png, Reply::Picture { svg, width, height, .. }) => {
            draw_png(&svg, width, height, dispatch.clone(), move |data_url| give(FileBody::Image(data_url)))
        }
        _ => Err("the worker answered another request".into()),
    }
}

/// Draws the picture on a canvas at the device's pixel ratio and hands over the PNG; if
/// the picture cannot be drawn, the reader is told.
fn draw_png(
    svg: &str,
    w: f64,
    h: f64,
    dispatch: Callback<Action>,
    done: impl FnOnce(String) -> Result<(), JsValue> + 'static,
) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let dpr = crate::geo::clamp(window.device_pixel_ratio(), 1.0, 3.0);
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width((w * dpr).round() as u32);
    canvas.set_height((h * dpr).round() as u32);
    let img = HtmlImageElement::new()?;
    let drawn = img.clone();
    let on_error = dispatch.clone();
    let onerror = Closure::once(move || failed(&on_error, "the picture could not be decoded".into()));
    let onload = Closure::once(move || {
        let result = (|| -> Result<(), JsValue> {
            let ctx: CanvasRenderingContext2d = canvas.get_context("2d")?.ok_or("no 2d context")?.dyn_into()?;
            ctx.scale(dpr, dpr)?;
            ctx.draw_image_with_html_image_element_and_dw_and_dh(&drawn, 0.0, 0.0, w, h)?;
            done(canvas.to_data_url_with_type("image/png")?)
        })();
        if let Err(e) = result {
            failed(&dispatch, e);
        }
    });
    img.set_onload(Some(onload.as_ref().unchecked_ref()));
    img.set_onerror(Some(onerror.as_ref().unchecked_ref()));
    onload.forget();
    onerror.forget();
    img.set_src(&format!("data:image/svg+xml;charset=utf-8,{}", String::from(js_sys::encode_uri_component(svg))));
    Ok(())
}

fn blob_url(text: &str, mime: &str) -> Result<String, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    web_sys::Url::create_object_url_with_blob(&blob)
}

/// How long a file's blob URL stays valid after its link was clicked. The browser has the
/// file by then (FileSaver.js waits as long); until then the page holds the file's memory.
const RELEASE_AFTER_MS: u32 = 40_000;

/// Frees a downloaded file's memory once the browser has it (each download made a blob).
fn release_later(href: String) {
    gloo::timers::callback::Timeout::new(RELEASE_AFTER_MS, move || {
        let _ = web_sys::Url::revoke_object_url(&href);
    })
    .forget();
}

fn click_link(href: &str, name: &str) -> Result<(), JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let a: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(href);
    a.set_download(name);
    a.set_attribute("data-download", "")?;
    a.click();
    Ok(())
}
