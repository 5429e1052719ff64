//! The map as tables behind a "View as table" button: the regions on the date shown
//! (status, occupied km², terms), and every date of the timeline (total occupied, change,
//! and the share of each region that is occupied on any date).
//!
//! The tables are built when the reader opens them, not before: they are half of the
//! widget's elements, and hydrating them at start-up (and re-rendering them, hidden, on
//! every date) delayed the moment the map answers a tap. Readers without JavaScript get
//! the same [`Tables`], server-rendered by tools/prerender into a `<noscript>` after the
//! widget (`noscript.css` hides the button that needs the script).

use super::timeline::stop_name;
use crate::data::proposals::{Place, Proposals};
use crate::data::{Geography, Terms};
use crate::i18n::{self, t, Lang, Msg};
use crate::scene::status::region_status;
use crate::scene::{RegionStatus, Stops};
use crate::ui::shared::Shared;
use crate::ui::state::WidgetState;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct TextAlternativeProps {
    pub geography: Shared<Geography>,
    pub terms: Shared<Terms>,
    pub proposals: Shared<Proposals>,
    pub stops: Shared<Stops>,
    pub stop: usize,
    pub lang: Lang,
}

impl TextAlternativeProps {
    /// The tables of what a widget shows (its date, language and data).
    pub fn of(state: &WidgetState) -> TextAlternativeProps {
        TextAlternativeProps {
            geography: state.geography.clone(),
            terms: state.terms.clone(),
            proposals: state.proposals.clone(),
            stops: state.stops.clone(),
            stop: state.stop,
            lang: state.lang,
        }
    }
}

#[component(TextAlternative)]
pub fn text_alternative(p: &TextAlternativeProps) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <div class="upm-table-block">
            <button type="button" class="upm-button upm-table-toggle" aria-expanded={(*open).to_string()} aria-controls="upm-table" onclick={toggle}>
                { t(p.lang, Msg::ViewAsTable) }
            </button>
            <div id="upm-table" class="upm-table-wrap" hidden={!*open}>
                if *open {
                    <Tables ..p.clone() />
                }
            </div>
        </div>
    }
}

/// The two tables (see the module comment): shown by the button, or without JavaScript.
#[component(Tables)]
pub fn tables(p: &TextAlternativeProps) -> Html {
    let lang = p.lang;
    let shares = &p.stops.list[p.stop].shares;
    let mut rows: Vec<_> = p.geography.regions.iter().filter_map(|r| Some((r, shares.region(r.iso())?))).collect();
    // Most occupied first, then alphabetically in the reader's language.
    crate::small_sort::sort_by(&mut rows, |a, b| {
        b.1.occupied_pct().total_cmp(&a.1.occupied_pct()).then_with(|| a.0.name(lang).cmp(b.0.name(lang)))
    });
    html! {
        <>
            <table class="upm-table" data-text-alternative="">
                <caption>{ t(lang, Msg::TableCaption) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, Msg::ColRegion) }</th>
                        <th scope="col">{ t(lang, Msg::ColStatus) }</th>
                        <th scope="col" class="upm-num">{ t(lang, Msg::ColOccupied) }</th>
                        <th scope="col">{ t(lang, Msg::ColTerms) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().map(|(region, share)| {
                        let (specific, _) = p.terms.for_region(region.iso());
                        let names = specific.iter().map(|t| t.title.get(lang)).collect::<Vec<_>>().join("; ");
                        html! {
                            <tr key={region.iso()} data-iso-row={region.iso()}>
                                <th scope="row">{ region.name(lang) }</th>
                                <td>{ region_status(lang, region.iso(), shares) }</td>
                                <td class="upm-num" data-km2={crate::i18n::format::fixed(share.occupied_km2(), 1)}>{
                                    if share.occupied_km2() < 0.5 { "–".to_string() }
                                    else { format!("{} {}", i18n::area(lang, share.occupied_km2()), t(lang, Msg::Km2)) }
                                }</td>
                                <td>{ names }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            { dates_table(p) }
            { proposals_table(p) }
        </>
    }
}

/// Dates × total share, change since the previous date, and each region occupied on any date.
fn dates_table(p: &TextAlternativeProps) -> Html {
    let lang = p.lang;
    let stops = &p.stops.list;
    let regions: Vec<_> = p
        .geography
        .regions
        .iter()
        .filter(|r| stops.iter().any(|s| s.shares.region(r.iso()).is_some_and(|x| RegionStatus::of(x).is_occupied())))
        .collect();
    // Wider than a phone: it scrolls on its own, and can be scrolled with the keyboard.
    html! {
        <div class="upm-table-scroll" tabindex="0" role="region" aria-label={t(lang, Msg::DatesCaption)}>
        <table class="upm-table upm-table--dates" data-dates-table="">
            <caption>{ t(lang, Msg::DatesCaption) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t(lang, Msg::ColDate) }</th>
                    <th scope="col" class="upm-num">{ t(lang, Msg::LegendTotal) }</th>
                    <th scope="col" class="upm-num">{ t(lang, Msg::ColChange) }</th>
                    { for regions.iter().map(|r| html! { <th scope="col" class="upm-num">{ r.short_name(lang) }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for stops.iter().enumerate().map(|(i, s)| {
                    let change = i.checked_sub(1).map(|j| {
                        let before = &stops[j].shares;
                        i18n::share_change(lang, s.shares.occupied_pct() - before.occupied_pct(), s.shares.occupied_km2() - before.occupied_km2())
                    });
                    html! {
                        <tr key={s.as_of.clone()} data-date-row={s.as_of.clone()} aria-current={(i == p.stop).then_some("true")}>
                            <th scope="row">{ stop_name(lang, &s.as_of, false) }</th>
                            <td class="upm-num">{ format!("{} {} · {}", i18n::area(lang, s.shares.occupied_km2()), t(lang, Msg::Km2), i18n::percent(lang, s.shares.occupied_pct(), 1)) }</td>
                            <td class="upm-num">{ change.unwrap_or_else(|| "–".into()) }</td>
                            { for regions.iter().map(|r| html! {
                                <td class="upm-num">{ s.shares.region(r.iso()).map(|x| i18n::share(lang, x.occupied_pct())).unwrap_or_default() }</td>
                            }) }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
        </div>
    }
}

/// Every plan's provisions, region by region, measured on the line of the date shown.
fn proposals_table(p: &TextAlternativeProps) -> Html {
    let lang = p.lang;
    let stop = &p.stops.list[p.stop];
    let shares = &stop.shares;
    let name_of = |iso: &str| p.geography.region(iso).map(|r| r.short_name(lang)).unwrap_or_default();
    let rows = p.proposals.list.iter().flat_map(|plan| {
        plan.provisions.iter().flat_map(move |v| {
            let kind = crate::i18n::provision_name(lang, v.kind);
            let cells: Vec<(String, Option<f64>)> = match &v.place {
                Place::NotLocated => vec![(t(lang, Msg::NotLocated).to_string(), None)],
                Place::Regions { isos, part } => {
                    isos.iter().map(|iso| (name_of(iso).to_string(), Some(part.km2(shares, iso)))).collect()
                }
            };
            cells.into_iter().map(move |(place, km2)| {
                html! {
                    <tr data-proposal-row={plan.id.clone()} data-provision={v.kind.as_str()}>
                        <th scope="row">{ plan.name.get(lang).to_string() }</th>
                        <td>{ kind }</td>
                        <td>{ place }</td>
                        <td class="upm-num">{ km2.map(|a| format!("{} {} · {}", i18n::area(lang, a), t(lang, Msg::Km2), i18n::percent(lang, a / shares.ukraine_km2.max(1.0) * 100.0, 1))).unwrap_or_else(|| "–".into()) }</td>
                    </tr>
                }
            })
        })
    });
    html! {
        <div class="upm-table-scroll" tabindex="0" role="region" aria-label={t(lang, Msg::ProposalsCaption)}>
        <table class="upm-table upm-table--plans" data-proposals-table="">
            <caption>{ format!("{} ({})", t(lang, Msg::ProposalsCaption), i18n::applied_to_line(lang, &stop.as_of)) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t(lang, Msg::ProposalsLabel) }</th>
                    <th scope="col">{ t(lang, Msg::ColProvision) }</th>
                    <th scope="col">{ t(lang, Msg::ColRegion) }</th>
                    <th scope="col" class="upm-num">{ t(lang, Msg::Km2) }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
        </div>
    }
}
