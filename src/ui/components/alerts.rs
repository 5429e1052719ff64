//! Problems the reader is told about (`role="alert"`), in the reader's language, each
//! saying what was wrong and that the map fell back to its built-in data.

use crate::i18n::{describe_error, t, Lang, Msg};
use crate::ui::state::Alert;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AlertsProps {
    pub alerts: Vec<Alert>,
    pub lang: Lang,
}

#[component(Alerts)]
pub fn alerts(p: &AlertsProps) -> Html {
    html! {
        <div class="upm-alerts">
            { for p.alerts.iter().map(|a| html! {
                <div class="upm-alert" role="alert">
                    <strong>{ t(p.lang, a.title) }</strong>
                    { format!(": {}", describe_error(&a.error, p.lang)) }
                    if let Some(url) = &a.url { <span class="upm-alert__url">{ format!(" ({url})") }</span> }
                    { ". " }{ t(p.lang, Msg::FallbackNote) }
                </div>
            }) }
        </div>
    }
}
