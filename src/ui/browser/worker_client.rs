//! The widget's end of its worker (`crate::worker`): started on first use (an editor's
//! file, or a download), so readers who need neither never download it. Requests are
//! `scene::protocol` values; each is queued until the worker says it is ready, answered
//! once, and checked on arrival (its kind, and the date it names).
//!
//! Nothing the worker does can hold the widget: every request has a deadline. A request
//! past it fails with a timeout, and the worker is replaced (its work may never end: a
//! pathological file). A worker that cannot start (its files missing, its WebAssembly
//! refused by the page's policy) says so through its loader, or fails with an error
//! event; either way every request waiting on it fails at once, and the next request
//! starts a new worker.

use crate::data::proposals::Proposals;
use crate::data::shares::Change;
use crate::data::{DataError, Terms};
use crate::scene::protocol::{Download, Reply, Request};
use crate::scene::Stop;
use gloo::timers::callback::Timeout;
use js_sys::{Object, Promise, Reflect, Uint8Array};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

/// How long an editor's file may take, from the request to its answer: the worker's
/// start, the fetch (at most `worker::fetch::TIMEOUT_SECONDS`, 10 s) and reading,
/// checking and measuring it (at most about 2 s for any file within the limits).
pub const FILE_DEADLINE_SECONDS: u32 = 25;
/// How long a download may take, the worker's start included.
pub const DOWNLOAD_DEADLINE_SECONDS: u32 = 20;

/// The worker's loader: named by its content by tools/prerender, which writes the name on
/// the mount point (`data-worker`); Trunk's own name where the page was not prerendered.
fn loader() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("ukraine-peace-map"))
        .and_then(|host| host.get_attribute("data-worker"))
        .unwrap_or_else(|| "./upm-worker_loader.js".into())
}

type Answer = Box<dyn FnOnce(Result<Vec<u8>, DataError>)>;

struct Client {
    worker: Worker,
    ready: Cell<bool>,
    queue: RefCell<Vec<JsValue>>,
    pending: RefCell<Vec<(u32, Answer)>>,
    next_id: Cell<u32>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static CLIENT: RefCell<Option<Rc<Client>>> = const { RefCell::new(None) };
}

impl Client {
    /// Stops this worker for good: the next request starts another. Whatever was waiting
    /// on it fails with `error` (the request whose deadline passed, with its own).
    fn retire(&self, error: DataError) {
        CLIENT.with(|c| {
            let mut current = c.borrow_mut();
            if current.as_ref().is_some_and(|cur| std::ptr::eq(Rc::as_ptr(cur), self)) {
                current.take();
            }
        });
        self.worker.terminate();
        self.queue.borrow_mut().clear();
        let waiting: Vec<(u32, Answer)> = self.pending.borrow_mut().drain(..).collect();
        for (_, answer) in waiting {
            answer(Err(error.clone()));
        }
    }

    fn take(&self, id: u32) -> Option<Answer> {
        let mut pending = self.pending.borrow_mut();
        pending.iter().position(|(i, _)| *i == id).map(|at| pending.remove(at).1)
    }
}

fn client() -> Result<Rc<Client>, DataError> {
    if let Some(c) = CLIENT.with(|c| c.borrow().clone()) {
        return Ok(c);
    }
    let worker = Worker::new(&loader()).map_err(|_| DataError::WorkerFailed)?;
    let client = Rc::new_cyclic(|this: &std::rc::Weak<Client>| {
        let weak = this.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let Some(client) = weak.upgrade() else { return };
            let data = e.data();
            let field = |k: &str| Reflect::get(&data, &k.into()).ok();
            if field("ready").and_then(|r| r.as_bool()) == Some(true) {
                client.ready.set(true);
                for message in client.queue.borrow_mut().drain(..) {
                    let _ = client.worker.post_message(&message);
                }
            } else if field("failed").is_some_and(|f| !f.is_undefined()) {
                // The loader could not start the WebAssembly (see tools/prerender).
                gloo::console::error!("ukraine-peace-map: the worker could not start", field("failed"));
                client.retire(DataError::WorkerFailed);
            } else if let Some(id) = field("id").and_then(|i| i.as_f64()) {
                let bytes = field("bytes").and_then(|b| b.dyn_into::<Uint8Array>().ok()).map(|b| b.to_vec());
                if let Some(answer) = client.take(id as u32) {
                    answer(bytes.ok_or_else(|| DataError::WrongShape("worker message: no bytes".into())));
                }
            }
        });
        let weak = this.clone();
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
            if let Some(client) = weak.upgrade() {
                client.retire(DataError::WorkerFailed);
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

/// Sends a request and waits, at most `deadline_seconds`, for the reply that answers it:
/// a [`Reply`] other than `Failed`, or the error (the worker's, a timeout, a worker that
/// could not start, or an answer that does not fit the request).
/// A reply's bytes as they arrived, or why none did.
type Outcome = Result<Vec<u8>, DataError>;

async fn ask(request: Request, deadline_seconds: u32) -> Result<Reply, DataError> {
    let client = client()?;
    let id = client.next_id.get();
    client.next_id.set(id + 1);
    let message = Object::new();
    let _ = Reflect::set(&message, &"id".into(), &id.into());
    let _ = Reflect::set(&message, &"bytes".into(), &Uint8Array::from(request.encode().as_slice()));
    let outcome: Rc<RefCell<Option<Outcome>>> = Rc::new(RefCell::new(None));
    let promise = {
        let outcome = outcome.clone();
        Promise::new(&mut |resolve, _reject| {
            let outcome = outcome.clone();
            client.pending.borrow_mut().push((
                id,
                Box::new(move |result| {
                    *outcome.borrow_mut() = Some(result);
                    drop(resolve.call0(&JsValue::NULL));
                }),
            ));
        })
    };
    let deadline = {
        let weak = Rc::downgrade(&client);
        Timeout::new(deadline_seconds * 1000, move || {
            let Some(client) = weak.upgrade() else { return };
            if let Some(answer) = client.take(id) {
                answer(Err(DataError::Timeout { seconds: deadline_seconds }));
                // Its work may never end: a new worker for whatever comes next.
                client.retire(DataError::WorkerFailed);
            }
        })
    };
    if client.ready.get() {
        let _ = client.worker.post_message(&message);
    } else {
        client.queue.borrow_mut().push(message.into());
    }
    drop(client);
    let _ = JsFuture::from(promise).await;
    drop(deadline);
    let bytes = outcome.borrow_mut().take().unwrap_or(Err(DataError::WorkerFailed))?;
    match Reply::decode(&bytes)? {
        Reply::Failed(error) => Err(error),
        reply if reply.answers(&request) => Ok(reply),
        _ => Err(another_answer()),
    }
}

fn another_answer() -> DataError {
    DataError::WrongShape("worker message: an answer to another request".into())
}

/// An editor's file of occupied areas, read by the worker: its stop, and the change of
/// the stop after it.
pub async fn read_occupied(url: &str, asof: &str) -> Result<(Stop, Option<Change>), DataError> {
    let request = Request::Occupied { url: url.to_string(), asof: asof.to_string() };
    match ask(request, FILE_DEADLINE_SECONDS).await? {
        Reply::Stop { stop, next_change } => Ok((stop, next_change)),
        _ => Err(another_answer()),
    }
}

/// An editor's terms file, read by the worker, and the plans it carries (schema 2).
pub async fn read_terms(url: &str) -> Result<(Terms, Proposals), DataError> {
    match ask(Request::Terms { url: url.to_string() }, FILE_DEADLINE_SECONDS).await? {
        Reply::Terms(terms, proposals) => Ok((terms, proposals)),
        _ => Err(another_answer()),
    }
}

/// A download made by the worker: `Reply::Picture` or `Reply::Text`, of the date asked.
pub async fn make_download(download: Download) -> Result<Reply, DataError> {
    ask(Request::Download(download), DOWNLOAD_DEADLINE_SECONDS).await
}
