//! The chosen plan under the map: what it is, who published or presented it and when,
//! which line it is applied to, each provision drawn with its area in km² and share of
//! Ukraine on that line (measured shares, see `data::proposals`), the provisions the
//! sources do not locate, and the sources.

use crate::data::proposals::{Place, Proposals, ProvisionKind};
use crate::i18n::{self, t, Lang, Msg};
use crate::scene::Stop;
use crate::ui::shared::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProposalLegendProps {
    pub proposals: Shared<Proposals>,
    pub proposal: usize,
    pub stop: Shared<Stop>,
    pub lang: Lang,
}

#[component(ProposalLegend)]
pub fn proposal_legend(p: &ProposalLegendProps) -> Html {
    let Some(proposal) = p.proposals.list.get(p.proposal) else { return html! {} };
    let lang = p.lang;
    let shares = &p.stop.shares;
    let km2 = proposal.km2_by_kind(shares);
    let rows = ProvisionKind::ALL.iter().filter(|k| proposal.draws(**k)).map(|kind| {
        let area = km2[kind.index()];
        let pct = area / shares.ukraine_km2.max(1.0) * 100.0;
        html! {
            <li class="upm-legend__row" data-legend-provision={kind.as_str()}>
                <svg class="upm-swatch" viewBox="0 0 20 14" aria-hidden="true">
                    <rect class="upm-swatch__ground" width="20" height="14" />
                    <rect class={classes!("upm-swatch__plan", format!("upm-provision--{}", kind.as_str()))} width="20" height="14"
                        fill={format!("url(#upm-pattern-{}-key)", kind.as_str())} />
                </svg>
                <span class="upm-legend__name">{ i18n::provision_name(lang, *kind) }</span>
                { super::legend::figure(lang, area, pct) }
            </li>
        }
    });
    let not_located = proposal.provisions.iter().filter(|v| v.place == Place::NotLocated).map(|v| {
        html! {
            <li class="upm-plan-legend__unlocated" data-provision-unlocated={v.kind.as_str()}>
                <strong>{ t(lang, Msg::NotLocated) }{ ": " }</strong>{ v.text.get(lang).to_string() }
            </li>
        }
    });
    let sources = proposal.sources.iter().map(|s| {
        // A headline is verbatim, in its own language (screen readers pronounce it so).
        let title_lang = Lang::of_text(&s.title).code();
        let date = i18n::dated(lang, &s.date);
        let cite =
            html! { <>{ format!("{}, ", s.publisher) }<cite lang={title_lang}>{ s.title.clone() }</cite>{ date }</> };
        match &s.url {
            Some(url) => {
                html! { <li><a href={url.clone()} target="_blank" rel="noopener noreferrer">{ cite }</a></li> }
            }
            None => html! { <li>{ cite }</li> },
        }
    });
    html! {
        <section class="upm-legend upm-plan-legend" data-proposal-legend={proposal.id.clone()} aria-labelledby="upm-plan-legend-title">
            <h3 id="upm-plan-legend-title" class="upm-legend__title">
                { proposal.name.get(lang).to_string() }
                <span class="upm-asof">{ format!("{}; {}", i18n::proposal_kind(lang, proposal.kind), i18n::applied_to_line(lang, &p.stop.as_of)) }</span>
            </h3>
            <p class="upm-plan-legend__summary">{ proposal.summary.get(lang).to_string() }</p>
            <ul class="upm-legend__rows">{ for rows }</ul>
            if proposal.provisions.iter().any(|v| v.place == Place::NotLocated) {
                <ul class="upm-plan-legend__unlocated-list">{ for not_located }</ul>
            }
            <p class="upm-sources"><strong>{ t(lang, Msg::ProposalSources) }{ ": " }</strong></p>
            <ul class="upm-plan-legend__sources">{ for sources }</ul>
        </section>
    }
}
