//! The widget's worker: the work only some readers need, in its own WebAssembly, loaded
//! on first use and run off the main thread. It reads the files an editor points the
//! widget at (fetch, parse, validate, measure, draw: a 4 MB file never blocks the page),
//! and makes the downloads (the picture of the map, the CSV, the GeoJSON).
//!
//! The widget and the worker exchange `{id, bytes}` messages whose bytes are one
//! `scene::protocol` [`Request`] or [`Reply`] (`ui::browser::worker_client` is the other
//! end). Dates travel by value: a download names its date, and an editor's date comes
//! with its stop, so a worker that restarted answers as well as the first.
//!
//! Before any request, the worker says `{ready: true}`; its loader (written by
//! tools/prerender) says `{failed: "…"}` when the WebAssembly cannot start.

pub mod fetch;

use crate::data::occupation::parse_external;
use crate::data::shares::Measurer;
use crate::data::terms::parse_editors_terms;
use crate::data::{DataError, Dataset, Occupation};
use crate::scene::poster::{poster_svg, Layout, Palette, Spec};
use crate::scene::protocol::{Download, DownloadKind, Reply, Request};
use crate::scene::{export, MapFrame, Stop, Stops};
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
        let data = crate::bundled::dataset()?;
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
            let data = e.data();
            let id = Reflect::get(&data, &"id".into()).unwrap_or(JsValue::UNDEFINED);
            let bytes = Reflect::get(&data, &"bytes".into()).ok().and_then(|b| b.dyn_into::<Uint8Array>().ok());
            let request = bytes.ok_or_else(|| DataError::WrongShape("worker message: no bytes".into()));
            let reply = match request.and_then(|b| Request::decode(&b.to_vec())) {
                Ok(request) => handle(request, &state).await.unwrap_or_else(Reply::Failed),
                Err(e) => Reply::Failed(e),
            };
            let message = Object::new();
            let _ = Reflect::set(&message, &"id".into(), &id);
            let _ = Reflect::set(&message, &"bytes".into(), &Uint8Array::from(reply.encode().as_slice()));
            let _ = scope.post_message(&message);
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before the WebAssembly was ready would have been lost: say when it is.
    let ready = Object::new();
    let _ = Reflect::set(&ready, &"ready".into(), &true.into());
    let _ = scope.post_message(&ready);
}

async fn handle(request: Request, state: &Rc<RefCell<Option<State>>>) -> Result<Reply, DataError> {
    if state.borrow().is_none() {
        *state.borrow_mut() = Some(State::new()?);
    }
    match request {
        Request::Occupied { url, asof } => {
            let body = fetch::fetch_text(&url).await?;
            let mut guard = state.borrow_mut();
            let s = guard.as_mut().ok_or(DataError::Empty)?;
            let base = s.data.timeline.default_stop();
            let occupation = parse_external(&body, &url, &asof, base)?;
            s.ensure_measured();
            let measurer = s.measurer.as_ref().ok_or(DataError::Empty)?;
            let (stops, at) = s.stops.with(&occupation, measurer, &s.frame.projection)?;
            let reply = Reply::Stop {
                stop: stops.list[at].to_send(),
                next_change: stops.list.get(at + 1).and_then(|next| next.change.clone()),
            };
            match s.stops.placement(&occupation.as_of) {
                crate::scene::timeline::Placement::Replace(_) => s.occupations[at] = Rc::new(occupation),
                crate::scene::timeline::Placement::Insert(_) => s.occupations.insert(at, Rc::new(occupation)),
            }
            s.stops = stops;
            Ok(reply)
        }
        Request::Terms { url } => {
            let (terms, proposals) = parse_editors_terms(&fetch::fetch_text(&url).await?)?;
            // The editor's plans join ours here too, for the downloads of one of them.
            if let Some(s) = state.borrow_mut().as_mut() {
                s.data.proposals = s.data.proposals.joined(&proposals);
            }
            Ok(Reply::Terms(terms, proposals))
        }
        Request::Download(download) => {
            let guard = state.borrow();
            let s = guard.as_ref().ok_or(DataError::Empty)?;
            make(download, s)
        }
    }
}

/// A download of the date it names: ours from the worker's own timeline, an editor's from
/// the stop that came with the request.
fn make(download: Download, s: &State) -> Result<Reply, DataError> {
    let Download { kind, date, proposal, editors_stop, picture } = download;
    // The plan drawn, by id: one the worker does not have is drawn by neither.
    let plan = s.data.proposals.find(&proposal).map(|i| &s.data.proposals.list[i]);
    let ours = s.stops.find(&date).filter(|i| !s.stops.list[*i].is_external());
    let stop: &Stop = match (&editors_stop, ours) {
        (Some(stop), _) if stop.as_of == date => stop,
        (None, Some(i)) => &s.stops.list[i],
        _ => return Err(DataError::WrongShape(format!("no date {date} to download"))),
    };
    match kind {
        DownloadKind::Csv => Ok(Reply::Text { text: Some(export::regions_csv(&s.data.geography, stop, plan)), date }),
        // No GeoJSON for an editor's file: not ours to publish.
        DownloadKind::Geojson => {
            let text = ours.and_then(|i| export::layers_geojson(stop, &s.occupations[i], &s.data.geography, plan));
            Ok(Reply::Text { text, date })
        }
        DownloadKind::Picture => {
            let p = picture.ok_or_else(|| DataError::WrongShape("a picture without its spec".into()))?;
            let palette = Palette::from_tokens(|name| p.tokens.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()));
            let spec = Spec {
                geography: &s.data.geography,
                terms: &s.data.terms,
                frame: &s.frame,
                stop,
                previous: p.previous.as_deref(),
                proposal: plan,
                past: p.past,
                lang: p.lang,
                palette: &palette,
                width: p.width.max(1.0),
                view: Some(p.view),
                layout: Layout::Full,
            };
            let poster = poster_svg(&spec);
            Ok(Reply::Picture { date, svg: poster.svg, width: poster.width, height: poster.height })
        }
    }
}
