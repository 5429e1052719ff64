//! Loads the files an editor points the widget at (`occupied=`, `terms=`). Each result
//! (the parsed file, or why it cannot be used and its URL) goes to its callback; the
//! widget keeps its embedded data when a file fails.

use super::fetch::fetch_text;
use super::Options;
use crate::data::occupation::parse_external;
use crate::data::terms::parse_terms;
use crate::data::{DataError, Occupation, Terms};

pub type Loaded<T> = Result<T, (DataError, String)>;

/// Starts the loads; `done` is called once every one has finished, well or not.
pub fn load(
    options: &Options,
    base: Occupation,
    on_occupation: impl Fn(Loaded<Occupation>) + 'static,
    on_terms: impl Fn(Loaded<Terms>) + 'static,
    done: impl FnOnce() + 'static,
) {
    let occupied = options.occupied.clone();
    let asof = options.asof.clone().unwrap_or_default();
    let terms = options.terms.clone();
    yew::platform::spawn_local(async move {
        if let Some(url) = occupied {
            let result = match fetch_text(&url).await {
                Ok(text) => parse_external(&text, &url, &asof, &base),
                Err(e) => Err(e),
            };
            on_occupation(result.map_err(|e| (e, url)));
        }
        if let Some(url) = terms {
            let result = match fetch_text(&url).await {
                Ok(text) => parse_terms(&text),
                Err(e) => Err(e),
            };
            on_terms(result.map_err(|e| (e, url)));
        }
        done();
    });
}
