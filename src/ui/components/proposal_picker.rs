//! The proposal control beside the timeline: one button per peace plan (a radio group,
//! with the timeline's keyboard model: Tab reaches the chosen plan, arrow keys, Home and
//! End move between plans). Choosing a plan draws its territorial provisions over the
//! line of its own date.

use super::radio_keys::radio_keys;
use crate::data::proposals::Proposals;
use crate::i18n::{t, Lang, Msg};
use crate::ui::shared::Shared;
use crate::ui::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProposalPickerProps {
    pub proposals: Shared<Proposals>,
    pub proposal: usize,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[component(ProposalPicker)]
pub fn proposal_picker(p: &ProposalPickerProps) -> Html {
    let lang = p.lang;
    let count = p.proposals.list.len();
    let row = use_node_ref();
    {
        let row = row.clone();
        use_effect_with(p.proposal, move |_| crate::ui::browser::row_scroll::show_chosen(&row));
    }
    if count < 2 {
        return html! {};
    }
    let on_key =
        radio_keys(count, p.proposal, "[data-proposals] [role=radio]", p.dispatch.reform(Action::ShowProposal));
    let buttons = p.proposals.list.iter().enumerate().map(|(i, proposal)| {
        let chosen = i == p.proposal;
        html! {
            <button
                type="button"
                role="radio"
                class={classes!("upm-plan", chosen.then_some("upm-plan--chosen"))}
                aria-checked={chosen.to_string()}
                tabindex={if chosen { "0" } else { "-1" }}
                data-proposal={proposal.id.clone()}
                onclick={p.dispatch.reform(move |_: MouseEvent| Action::ShowProposal(i))}
            >
                { proposal.name.get(lang).to_string() }
            </button>
        }
    });
    html! {
        <div ref={row} class="upm-plans" role="radiogroup" aria-label={t(lang, Msg::ProposalsLabel)} data-proposals="" onkeydown={on_key}>
            <span class="upm-plans__label" aria-hidden="true">{ t(lang, Msg::ProposalsLabel) }</span>
            { for buttons }
        </div>
    }
}
