//! Downloads of what the reader sees, all drawn from one picture of the map
//! (`scene::poster`, with the colours of the theme shown and the zoom as shown):
//! the map as PNG (the picture drawn on a canvas at the map's on-screen width times the
//! device pixel ratio) or SVG, the regions as CSV and our layers as GeoJSON
//! (`scene::export`). Inside a sandbox that forbids downloads (AMP's iframe), the file
//! opens in the widget instead.

use crate::scene::export;
use crate::scene::poster::{poster_svg, Layout, Palette, Spec};
use crate::ui::state::{Action, FileBody, FileView, WidgetState};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, Element, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement};
use yew::{Callback, NodeRef};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Png,
    Svg,
    Csv,
    Geojson,
}

impl Kind {
    fn extension(self) -> &'static str {
        match self {
            Kind::Png => "png",
            Kind::Svg => "svg",
            Kind::Csv => "csv",
            Kind::Geojson => "geojson",
        }
    }

    fn mime(self) -> &'static str {
        match self {
            Kind::Png => "image/png",
            Kind::Svg => "image/svg+xml",
            Kind::Csv => "text/csv;charset=utf-8",
            Kind::Geojson => "application/geo+json",
        }
    }
}

pub fn download(kind: Kind, svg: &NodeRef, state: &WidgetState, dispatch: &Callback<Action>) {
    if let Err(e) = try_download(kind, svg, state, dispatch) {
        gloo::console::error!("download failed", e);
    }
}

fn file_name(state: &WidgetState, kind: Kind) -> String {
    let date: String = state.current().as_of.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    format!("ukraine-occupied-{date}.{}", kind.extension())
}

fn try_download(
    kind: Kind,
    svg_ref: &NodeRef,
    state: &WidgetState,
    dispatch: &Callback<Action>,
) -> Result<(), JsValue> {
    let name = file_name(state, kind);
    let deliver = |body: FileBody| -> Result<(), JsValue> {
        if state.sandboxed {
            dispatch.emit(Action::ShowFile(FileView { name: name.clone(), body }));
            return Ok(());
        }
        let href = match &body {
            FileBody::Image(data_url) => data_url.clone(),
            FileBody::Text(text) => blob_url(text, kind.mime())?,
        };
        click_link(&href, &name)
    };
    match kind {
        Kind::Csv => deliver(FileBody::Text(export::regions_csv(&state.geography, state.current()))),
        Kind::Geojson => match export::layers_geojson(state.current()) {
            Some(text) => deliver(FileBody::Text(text)),
            None => Ok(()),
        },
        Kind::Svg | Kind::Png => {
            let map: Element = svg_ref.cast().ok_or("no map")?;
            let poster = picture(state, &map)?;
            if kind == Kind::Svg {
                return deliver(FileBody::Text(poster.svg));
            }
            let (state, dispatch) = (state.clone(), dispatch.clone());
            draw_png(&poster, move |data_url| {
                let name = file_name(&state, Kind::Png);
                if state.sandboxed {
                    dispatch.emit(Action::ShowFile(FileView { name, body: FileBody::Image(data_url) }));
                    Ok(())
                } else {
                    click_link(&data_url, &name)
                }
            })
        }
    }
}

/// The picture of the map as shown: the theme's colours from the live widget, its width
/// on screen, its zoom.
fn picture(state: &WidgetState, map: &Element) -> Result<crate::scene::poster::Poster, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let root = map.closest("[data-map-root]")?.ok_or("no root")?;
    let css = window.get_computed_style(&root)?.ok_or("no style")?;
    let palette =
        Palette::from_tokens(|name| css.get_property_value(&format!("--{name}")).ok().map(|v| v.trim().to_string()));
    let previous = state.previous().map(|p| p.as_of.clone());
    let spec = Spec {
        geography: &state.geography,
        terms: &state.terms,
        frame: &state.frame,
        stop: state.current(),
        previous: previous.as_deref(),
        past: state.is_past(),
        lang: state.lang,
        palette: &palette,
        width: map.get_bounding_client_rect().width().round().max(1.0),
        view: Some(state.view),
        layout: Layout::Full,
    };
    Ok(poster_svg(&spec))
}

/// Draws the picture on a canvas at the device's pixel ratio and hands over the PNG.
fn draw_png(
    poster: &crate::scene::poster::Poster,
    done: impl FnOnce(String) -> Result<(), JsValue> + 'static,
) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let dpr = window.device_pixel_ratio().clamp(1.0, 3.0);
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width((poster.width * dpr).round() as u32);
    canvas.set_height((poster.height * dpr).round() as u32);
    let img = HtmlImageElement::new()?;
    let drawn = img.clone();
    let (w, h) = (poster.width, poster.height);
    let onload = Closure::once(move || {
        let result = (|| -> Result<(), JsValue> {
            let ctx: CanvasRenderingContext2d = canvas.get_context("2d")?.ok_or("no 2d context")?.dyn_into()?;
            ctx.scale(dpr, dpr)?;
            ctx.draw_image_with_html_image_element_and_dw_and_dh(&drawn, 0.0, 0.0, w, h)?;
            done(canvas.to_data_url_with_type("image/png")?)
        })();
        if let Err(e) = result {
            gloo::console::error!("drawing the image failed", e);
        }
    });
    img.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    img.set_src(&format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&poster.svg))
    ));
    Ok(())
}

fn blob_url(text: &str, mime: &str) -> Result<String, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    web_sys::Url::create_object_url_with_blob(&blob)
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
