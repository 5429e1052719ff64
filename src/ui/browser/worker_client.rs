//! The widget's end of its worker (`crate::worker`): started on first use (an editor's
//! file, or a download), so readers who need neither never download it. Requests are
//! queued until the worker says it is ready, and each is answered once.

use crate::data::DataError;
use js_sys::{Object, Promise, Reflect};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

/// The worker's loader: named by its content by tools/prerender, which writes the name on
/// the mount point (`data-worker`); Trunk's own name where the page was not prerendered.
fn loader() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("ukraine-peace-map"))
        .and_then(|host| host.get_attribute("data-worker"))
        .unwrap_or_else(|| "./upm-worker_loader.js".into())
}

type Reply = Box<dyn FnOnce(JsValue)>;

struct Client {
    worker: Worker,
    ready: Cell<bool>,
    queue: RefCell<Vec<JsValue>>,
    pending: RefCell<Vec<(u32, Reply)>>,
    next_id: Cell<u32>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static CLIENT: RefCell<Option<Rc<Client>>> = const { RefCell::new(None) };
}

fn client() -> Result<Rc<Client>, DataError> {
    if let Some(c) = CLIENT.with(|c| c.borrow().clone()) {
        return Ok(c);
    }
    let worker = Worker::new(&loader()).map_err(|e| DataError::Network(describe(&e)))?;
    let client = Rc::new_cyclic(|this: &std::rc::Weak<Client>| {
        let weak = this.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let Some(client) = weak.upgrade() else { return };
            let data = e.data();
            if Reflect::get(&data, &"ready".into()).ok().and_then(|r| r.as_bool()) == Some(true) {
                client.ready.set(true);
                for message in client.queue.borrow_mut().drain(..) {
                    let _ = client.worker.post_message(&message);
                }
                return;
            }
            let id = Reflect::get(&data, &"id".into()).ok().and_then(|i| i.as_f64()).unwrap_or(-1.0) as u32;
            let reply = {
                let mut pending = client.pending.borrow_mut();
                pending.iter().position(|(i, _)| *i == id).map(|at| pending.remove(at).1)
            };
            if let Some(reply) = reply {
                reply(data);
            }
        });
        // A worker that cannot start (its files missing, its WebAssembly refused) answers
        // every request with that error, so the widget says so and keeps its own data
        // instead of waiting for ever; the next request tries a new worker.
        let weak = this.clone();
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
            let Some(client) = weak.upgrade() else { return };
            CLIENT.with(|c| c.borrow_mut().take());
            client.worker.terminate();
            client.queue.borrow_mut().clear();
            let failed: Vec<(u32, Reply)> = client.pending.borrow_mut().drain(..).collect();
            for (_, reply) in failed {
                let answer = Object::new();
                let parts = js_sys::Array::of3(&11.into(), &"the widget's worker could not start".into(), &0.into());
                let _ = Reflect::set(&answer, &"error".into(), &parts);
                reply(answer.into());
            }
        });
        Client {
            worker: worker.clone(),
            ready: Cell::new(false),
            queue: RefCell::new(Vec::new()),
            pending: RefCell::new(Vec::new()),
            next_id: Cell::new(1),
            _on_message: on_message,
            _on_error: on_error,
        }
    });
    client.worker.set_onmessage(Some(client._on_message.as_ref().unchecked_ref()));
    client.worker.set_onerror(Some(client._on_error.as_ref().unchecked_ref()));
    CLIENT.with(|c| *c.borrow_mut() = Some(client.clone()));
    Ok(client)
}

fn describe(e: &JsValue) -> String {
    Reflect::get(e, &"message".into()).ok().and_then(|m| m.as_string()).unwrap_or_else(|| "worker failed".into())
}

/// Sends `message` (an object with `kind` and its fields) and waits for the answer: the
/// reply object, or the error the worker reported.
pub async fn ask(message: Object) -> Result<JsValue, DataError> {
    let client = client()?;
    let id = client.next_id.get();
    client.next_id.set(id + 1);
    let _ = Reflect::set(&message, &"id".into(), &id.into());
    let promise = Promise::new(&mut |resolve, _reject| {
        client.pending.borrow_mut().push((id, Box::new(move |reply| drop(resolve.call1(&JsValue::NULL, &reply)))));
    });
    if client.ready.get() {
        let _ = client.worker.post_message(&message);
    } else {
        client.queue.borrow_mut().push(message.into());
    }
    let reply = JsFuture::from(promise).await.map_err(|e| DataError::Network(describe(&e)))?;
    match Reflect::get(&reply, &"error".into()) {
        Ok(parts) if parts.is_object() => {
            let parts: js_sys::Array = parts.unchecked_into();
            let kind = parts.get(0).as_f64().unwrap_or(11.0) as u32;
            Err(DataError::from_parts(
                kind,
                parts.get(1).as_string().unwrap_or_default(),
                parts.get(2).as_f64().unwrap_or(0.0),
            ))
        }
        _ => Ok(reply),
    }
}

/// A request: `kind` and its fields.
pub fn message(kind: &str, fields: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    let _ = Reflect::set(&o, &"kind".into(), &kind.into());
    for (k, v) in fields {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o
}

/// A reply's field as bytes.
pub fn bytes(reply: &JsValue, key: &str) -> Vec<u8> {
    Reflect::get(reply, &key.into()).ok().map(|v| js_sys::Uint8Array::new(&v).to_vec()).unwrap_or_default()
}
