//! The widget's worker: the work only some readers need, in its own WebAssembly, loaded
//! on first use and run off the main thread. It reads the files an editor points the
//! widget at (fetch, parse, validate, measure, draw: a 4 MB file never blocks the page),
//! and makes the downloads (the picture of the map, the CSV, the GeoJSON). The widget and
//! the worker exchange plain messages (`ui::browser::worker_client` is the other end):
//!
//! - `{id, kind: "occupied", url, asof}` → `{id, stop: Uint8Array}` (`scene::wire`);
//! - `{id, kind: "terms", url}` → `{id, terms: Uint8Array}`;
//! - `{id, kind: "picture", stop, lang, width, view, past, previous, tokens}` →
//!   `{id, svg, width, height}`; `{id, kind: "csv" | "geojson", stop}` → `{id, text}`;
//! - any failure → `{id, error: [kind, text, number]}` (`DataError::to_parts`).
//!
//! It keeps its own copy of the timeline, with the editor's dates in the same places as
//! the widget's, so a stop's index means the same date on both sides.

pub mod fetch;

use crate::data::occupation::parse_external;
use crate::data::shares::Measurer;
use crate::data::terms::parse_terms;
use crate::data::{DataError, Dataset, Occupation};
use crate::i18n::Lang;
use crate::scene::poster::{poster_svg, Layout, Palette, Spec};
use crate::scene::{export, wire, MapFrame, Stops, View};
use js_sys::{Object, Reflect, Uint8Array};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Everything the worker keeps between messages.
struct State {
    data: Dataset,
    frame: MapFrame,
    /// Made on the first editor's file: downloads need only the figures packed at build time.
    measurer: Option<Measurer>,
    stops: Stops,
    /// The layers of each stop (for the GeoJSON of our dates), in the stops' order.
    occupations: Vec<Rc<Occupation>>,
}

impl State {
    fn new() -> Result<State, DataError> {
        let data = crate::embedded::dataset()?;
        let frame = MapFrame::new(&data.geography);
        let stops = Stops::new(&data.timeline, &frame.projection);
        let occupations = data.timeline.stops.iter().cloned().map(Rc::new).collect();
        Ok(State { data, frame, measurer: None, stops, occupations })
    }

    /// Our dates measured on the grid (their areas), which placing an editor's date among
    /// them needs; measured once. The widget has one `occupied=` file at most, so no
    /// editor's date is among them yet.
    fn ensure_measured(&mut self) {
        if self.measurer.is_none() {
            let measurer = Measurer::new(&self.data.geography.regions);
            self.stops = Stops::measured(&self.data.timeline, &measurer, &self.frame.projection);
            self.measurer = Some(measurer);
        }
    }
}

pub fn run() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let state: Rc<RefCell<Option<State>>> = Rc::new(RefCell::new(None));
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let (state, scope) = (state.clone(), reply_to.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let request = e.data();
            let id = field(&request, "id");
            let reply = match handle(&request, &state).await {
                Ok(reply) => reply,
                Err(error) => {
                    let (kind, text, number) = error.to_parts();
                    let reply = Object::new();
                    let parts = js_sys::Array::of3(&kind.into(), &text.into(), &number.into());
                    let _ = Reflect::set(&reply, &"error".into(), &parts);
                    reply
                }
            };
            let _ = Reflect::set(&reply, &"id".into(), &id);
            let _ = scope.post_message(&reply);
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before the WebAssembly was ready would have been lost: say when it is.
    let ready = Object::new();
    let _ = Reflect::set(&ready, &"ready".into(), &true.into());
    let _ = scope.post_message(&ready);
}

fn field(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn text(v: &JsValue, key: &str) -> String {
    field(v, key).as_string().unwrap_or_default()
}

fn number(v: &JsValue, key: &str) -> f64 {
    field(v, key).as_f64().unwrap_or(0.0)
}

fn bytes(b: &[u8]) -> JsValue {
    Uint8Array::from(b).into()
}

fn reply(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o
}

async fn handle(request: &JsValue, state: &Rc<RefCell<Option<State>>>) -> Result<Object, DataError> {
    if state.borrow().is_none() {
        *state.borrow_mut() = Some(State::new()?);
    }
    let kind = text(request, "kind");
    match kind.as_str() {
        "occupied" => {
            let url = text(request, "url");
            let body = fetch::fetch_text(&url).await?;
            let mut guard = state.borrow_mut();
            let s = guard.as_mut().ok_or(DataError::Empty)?;
            let base = s.data.timeline.default_stop();
            let occupation = parse_external(&body, &url, &text(request, "asof"), base)?;
            s.ensure_measured();
            let measurer = s.measurer.as_ref().ok_or(DataError::Empty)?;
            let (stops, at) = s.stops.with(&occupation, measurer, &s.frame.projection);
            let next_change = stops.list.get(at + 1).and_then(|next| next.change.clone());
            let encoded = wire::encode_stop(&stops.list[at], at, next_change.as_ref());
            s.occupations.insert(at, Rc::new(occupation));
            s.stops = stops;
            Ok(reply(&[("stop", bytes(&encoded))]))
        }
        "terms" => {
            let body = fetch::fetch_text(&text(request, "url")).await?;
            Ok(reply(&[("terms", bytes(&wire::encode_terms_bytes(&parse_terms(&body)?)))]))
        }
        "picture" | "csv" | "geojson" => {
            let guard = state.borrow();
            let s = guard.as_ref().ok_or(DataError::Empty)?;
            let index = number(request, "stop") as usize;
            let stop = s.stops.list.get(index).ok_or_else(|| DataError::WrongShape("no such date".into()))?;
            match kind.as_str() {
                "csv" => Ok(reply(&[("text", export::regions_csv(&s.data.geography, stop).into())])),
                "geojson" => {
                    let text = s.occupations.get(index).and_then(|o| export::layers_geojson(stop, o));
                    Ok(reply(&[("text", text.map(JsValue::from).unwrap_or(JsValue::NULL))]))
                }
                _ => {
                    let tokens = field(request, "tokens");
                    let palette = Palette::from_tokens(|name| field(&tokens, name).as_string());
                    let view = field(request, "view");
                    let view = view.is_object().then(|| View {
                        scale: number(&view, "scale"),
                        center: [number(&view, "x"), number(&view, "y")],
                        frame: [s.frame.width, s.frame.height],
                    });
                    let previous = Some(text(request, "previous")).filter(|p| !p.is_empty());
                    let spec = Spec {
                        geography: &s.data.geography,
                        terms: &s.data.terms,
                        frame: &s.frame,
                        stop,
                        previous: previous.as_deref(),
                        past: field(request, "past").as_bool().unwrap_or(false),
                        lang: Lang::parse(&text(request, "lang")).unwrap_or_default(),
                        palette: &palette,
                        width: number(request, "width").max(1.0),
                        view,
                        layout: Layout::Full,
                    };
                    let poster = poster_svg(&spec);
                    Ok(reply(&[
                        ("svg", poster.svg.into()),
                        ("width", poster.width.into()),
                        ("height", poster.height.into()),
                    ]))
                }
            }
        }
        other => Err(DataError::WrongShape(format!("worker: unknown request '{other}'"))),
    }
}
