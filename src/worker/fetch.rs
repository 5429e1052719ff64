//! Fetching an editor's file (in the worker), with a size cap and a time limit, so that a
//! huge file, a slow server or one that never answers ends in a clear message, not a hung
//! widget.

use crate::data::DataError;
use js_sys::{Reflect, Uint8Array};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, ReadableStreamDefaultReader, RequestCredentials, RequestInit, Response, WorkerGlobalScope,
};

/// 5 MB: sixty times DeepStateMap's daily export (77 KB), and well under what would
/// make a phone struggle.
pub const MAX_BYTES: usize = 5_000_000;
/// From the request to the last byte.
pub const TIMEOUT_SECONDS: u32 = 10;

pub async fn fetch_text(url: &str) -> Result<String, DataError> {
    let scope: WorkerGlobalScope =
        js_sys::global().dyn_into().map_err(|_| DataError::Network("not in a worker".into()))?;
    let controller = AbortController::new().map_err(|e| DataError::Network(js_text(&e)))?;
    let init = RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    init.set_credentials(RequestCredentials::Omit);
    let timed_out = Rc::new(Cell::new(false));
    let _timer = {
        let (flag, controller) = (timed_out.clone(), controller.clone());
        gloo::timers::callback::Timeout::new(TIMEOUT_SECONDS * 1000, move || {
            flag.set(true);
            controller.abort();
        })
    };
    let failed = |e: JsValue| {
        if timed_out.get() {
            DataError::Timeout { seconds: TIMEOUT_SECONDS }
        } else {
            DataError::Network(js_text(&e))
        }
    };
    let response: Response = JsFuture::from(scope.fetch_with_str_and_init(url, &init))
        .await
        .map_err(failed)?
        .dyn_into()
        .map_err(|_| DataError::Network("no response".into()))?;
    if !response.ok() {
        return Err(DataError::Http(response.status()));
    }
    let declared = response.headers().get("content-length").ok().flatten().and_then(|s| s.trim().parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BYTES) {
        controller.abort();
        return Err(DataError::TooLarge { limit_bytes: MAX_BYTES });
    }
    let body = response.body().ok_or(DataError::Empty)?;
    let reader: ReadableStreamDefaultReader =
        body.get_reader().dyn_into().map_err(|_| DataError::Network("unreadable body".into()))?;
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(failed)?;
        if Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true) {
            break;
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())
            .ok()
            .and_then(|v| v.dyn_into().ok())
            .ok_or_else(|| DataError::Network("unreadable body".into()))?;
        if bytes.len() + value.length() as usize > MAX_BYTES {
            controller.abort();
            return Err(DataError::TooLarge { limit_bytes: MAX_BYTES });
        }
        bytes.extend(value.to_vec());
    }
    String::from_utf8(bytes).map_err(|_| DataError::NotJson("the file is not UTF-8 text".into()))
}

/// A JavaScript error's message, e.g. "Failed to fetch".
fn js_text(e: &JsValue) -> String {
    Reflect::get(e, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "request failed".into())
}
