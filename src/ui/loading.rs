//! Loads the files an editor points the widget at (`occupied=`, `terms=`). A file that
//! cannot be used leaves the embedded data in place and raises an alert saying why.

use super::state::{Action, Alert};
use crate::data::occupation::parse_external;
use crate::data::terms::parse_terms;
use crate::data::Occupation;
use crate::embed::fetch::fetch_text;
use crate::embed::Options;
use crate::i18n::Msg;
use yew::Callback;

/// Starts the loads; `done` is called once every one has finished, well or not.
pub fn load_editor_files(
    options: &Options,
    base: Occupation,
    dispatch: Callback<Action>,
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
            dispatch.emit(match result {
                Ok(o) => Action::UseOccupation(o),
                Err(e) => Action::Alert(Alert::for_file(Msg::ErrorOccupiedTitle, e, &url)),
            });
        }
        if let Some(url) = terms {
            let result = match fetch_text(&url).await {
                Ok(text) => parse_terms(&text),
                Err(e) => Err(e),
            };
            dispatch.emit(match result {
                Ok(t) => Action::UseTerms(t),
                Err(e) => Action::Alert(Alert::for_file(Msg::ErrorTermsTitle, e, &url)),
            });
        }
        done();
    });
}
