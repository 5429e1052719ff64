//! Problems the reader is told about (`role="alert"`), in the reader's language, each
//! saying what was wrong and what the map shows instead: its built-in data, or the date
//! or plan it opens on.

use crate::i18n::{self, describe_error, t, Lang, Msg};
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
            { for p.alerts.iter().map(|a| match a {
                Alert::File { title, error, url } => html! {
                    <div class="upm-alert" role="alert">
                        <strong>{ t(p.lang, *title) }</strong>
                        { format!(": {}", describe_error(error, p.lang)) }
                        <span class="upm-alert__url">{ format!(" ({url})") }</span>
                        { ". " }{ t(p.lang, Msg::FallbackNote) }
                    </div>
                },
                Alert::UnknownDate { asked, available, shown } => {
                    let dates: Vec<&str> = available.iter().map(String::as_str).collect();
                    html! {
                        <div class="upm-alert" role="alert" data-alert="date">
                            <strong>{ t(p.lang, Msg::ErrorDateTitle) }</strong>
                            { format!(": {} {}", i18n::unknown_date(p.lang, asked, &dates), i18n::date_shown_instead(p.lang, shown)) }
                        </div>
                    }
                }
                Alert::UnknownProposal { asked, available, shown } => {
                    let ids: Vec<&str> = available.iter().map(String::as_str).collect();
                    html! {
                        <div class="upm-alert" role="alert" data-alert="proposal">
                            <strong>{ t(p.lang, Msg::ErrorProposalTitle) }</strong>
                            { format!(": {} {}", i18n::unknown_proposal(p.lang, asked, &ids), i18n::plan_shown_instead(p.lang, shown.get(p.lang))) }
                        </div>
                    }
                }
            }) }
        </div>
    }
}
