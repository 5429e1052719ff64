//! "Download image": the current map with its headline, legend and source line as a
//! PNG, for social media and print.
//!
//! The map SVG is copied with its computed colours written onto each element (the
//! copy has no access to our stylesheet), drawn onto a canvas at the map's on-screen
//! size times the device pixel ratio, and the text is drawn with the canvas API.

use crate::data::LayerId;
use crate::i18n::{self, t, Msg};
use crate::ui::components::legend::layer_name;
use crate::ui::state::WidgetState;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, Element, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement};
use yew::NodeRef;

/// Presentation properties that carry the map's look.
const STYLE_PROPS: [&str; 7] =
    ["fill", "stroke", "stroke-width", "opacity", "fill-opacity", "stroke-dasharray", "display"];

pub fn download_image(svg: &NodeRef, state: &WidgetState) {
    if let Err(e) = try_download(svg, state) {
        gloo::console::error!("download image failed", e);
    }
}

fn try_download(svg_ref: &NodeRef, state: &WidgetState) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let svg: Element = svg_ref.cast().ok_or("no map")?;
    let rect = svg.get_bounding_client_rect();
    let (w, h) = (rect.width().round().max(1.0), rect.height().round().max(1.0));
    let dpr = window.device_pixel_ratio().clamp(1.0, 3.0);

    // Copy the SVG with computed styles inlined.
    let copy: Element = svg.clone_node_with_deep(true)?.dyn_into()?;
    copy.set_attribute("xmlns", "http://www.w3.org/2000/svg")?;
    copy.set_attribute("width", &w.to_string())?;
    copy.set_attribute("height", &h.to_string())?;
    let live = svg.query_selector_all("*")?;
    let copied = copy.query_selector_all("*")?;
    for i in 0..live.length().min(copied.length()) {
        let (Some(a), Some(b)) = (live.item(i), copied.item(i)) else { continue };
        let (Ok(a), Ok(b)) = (a.dyn_into::<Element>(), b.dyn_into::<Element>()) else { continue };
        if let Ok(Some(style)) = window.get_computed_style(&a) {
            for prop in STYLE_PROPS {
                if let Ok(v) = style.get_property_value(prop) {
                    if !v.is_empty() {
                        let _ = b.set_attribute(prop, &v);
                    }
                }
            }
        }
    }
    let markup = web_sys::XmlSerializer::new()?.serialize_to_string(&copy)?;
    let url = format!("data:image/svg+xml;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&markup)));

    // Colours for the canvas text, from the live widget.
    let root = svg.closest("[data-map-root]")?.ok_or("no root")?;
    let css = window.get_computed_style(&root)?.ok_or("no style")?;
    let var = |name: &str, fallback: &str| {
        css.get_property_value(name)
            .ok()
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| fallback.to_string())
    };
    let (bg, fg, muted) = (var("--upm-bg", "#ffffff"), var("--upm-text", "#1a1a1a"), var("--upm-muted", "#555555"));
    let swatches: Vec<(String, String)> = LayerId::ALL
        .iter()
        .map(|id| {
            let colour = var(&format!("--upm-{}", id.as_str()), "#c0392b");
            let label = format!(
                "{}: {} {} ({})",
                layer_name(state.lang, *id, &state.current().origin),
                i18n::integer(state.lang, state.shares().by_layer[id.index()]),
                t(state.lang, Msg::Km2),
                i18n::percent(state.lang, state.shares().layer_pct(*id), 1)
            );
            (colour, label)
        })
        .collect();
    let headline = i18n::headline(state.lang, state.shares().occupied_pct(), state.is_past());
    let as_of = i18n::as_of(state.lang, &state.current().as_of);
    let sources = format!("{}: {}", t(state.lang, Msg::SourcesTitle), t(state.lang, Msg::SourcesText));
    let caption = i18n::image_caption(state.lang);
    let file = format!(
        "ukraine-occupied-{}.png",
        state.current().as_of.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect::<String>()
    );

    let header = 64.0;
    let footer = 28.0 + 24.0 * swatches.len() as f64 + 60.0;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width((w * dpr) as u32);
    canvas.set_height(((h + header + footer) * dpr) as u32);
    let img = HtmlImageElement::new()?;
    let (img2, doc2) = (img.clone(), document.clone());
    let onload = Closure::once(move || -> Result<(), JsValue> {
        let ctx: CanvasRenderingContext2d = canvas.get_context("2d")?.ok_or("no 2d context")?.dyn_into()?;
        ctx.scale(dpr, dpr)?;
        ctx.set_fill_style_str(&bg);
        ctx.fill_rect(0.0, 0.0, w, h + header + footer);
        ctx.set_fill_style_str(&fg);
        ctx.set_font("bold 20px system-ui, sans-serif");
        ctx.fill_text(&headline, 12.0, 30.0)?;
        ctx.set_fill_style_str(&muted);
        ctx.set_font("14px system-ui, sans-serif");
        ctx.fill_text(&as_of, 12.0, 52.0)?;
        ctx.draw_image_with_html_image_element_and_dw_and_dh(&img2, 0.0, header, w, h)?;
        let mut y = header + h + 28.0;
        ctx.set_font("14px system-ui, sans-serif");
        for (colour, label) in &swatches {
            ctx.set_fill_style_str(colour);
            ctx.fill_rect(12.0, y - 12.0, 18.0, 14.0);
            ctx.set_fill_style_str(&fg);
            ctx.fill_text(label, 38.0, y)?;
            y += 24.0;
        }
        ctx.set_fill_style_str(&muted);
        ctx.set_font("12px system-ui, sans-serif");
        ctx.fill_text(&sources, 12.0, y + 8.0)?;
        ctx.fill_text(caption, 12.0, y + 28.0)?;
        let data_url = canvas.to_data_url_with_type("image/png")?;
        let a: HtmlAnchorElement = doc2.create_element("a")?.dyn_into()?;
        a.set_href(&data_url);
        a.set_download(&file);
        a.set_attribute("data-download", "")?;
        a.click();
        Ok(())
    });
    img.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    img.set_src(&url);
    Ok(())
}
