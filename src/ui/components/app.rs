//! The root component: decodes the embedded data once and shows the widget, or, if that
//! data is damaged, an alert instead of a blank space.

use super::widget::Widget;
use crate::host::Options;
use crate::i18n::{describe_error, t, Msg};
use crate::ui::state::Sources;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Options for the first render. When hydrating server-rendered HTML these are the
    /// defaults the server used, so the first render matches the HTML exactly...
    pub options: Options,
    /// ...and the page's real options, applied right after hydration.
    #[prop_or_default]
    pub options_after_hydration: Option<Options>,
}

#[component(App)]
pub fn app(p: &AppProps) -> Html {
    let sources = use_memo((), |_| crate::bundled::page_dataset().map(Sources::new));
    match &*sources {
        Ok(sources) => html! {
            <Widget sources={sources.clone()} options={p.options.clone()} options_after_hydration={p.options_after_hydration.clone()} />
        },
        Err(e) => html! {
            <div class="upm" data-map-root="" data-state="error" lang={p.options.lang.code()}>
                <div class="upm-alert" role="alert">
                    <strong>{ t(p.options.lang, Msg::ErrorEmbeddedTitle) }</strong>{ format!(": {}", describe_error(e, p.options.lang)) }
                </div>
            </div>
        },
    }
}
