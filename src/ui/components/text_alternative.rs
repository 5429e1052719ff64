//! The map as tables behind a "View as table" button: the regions on the date shown
//! (status, occupied km², terms), and every date of the timeline (total occupied, change,
//! and the share of each region that is occupied on any date).
//!
//! On a phone (the stylesheet, under 480 px) no table is wider than its column: the
//! regions' and the plans' rows stack into cards (explicit ARIA roles keep them tables for
//! screen readers, which lose a table whose cells are restyled), the regions neither
//! occupied nor named by a term fold into one row, and the dates' per-region columns give
//! way to one line per region under the table.
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
    // Each region with the terms that name it, and whether it is quiet: neither occupied
    // nor named by a term (one row for all of those on a phone).
    let rows: Vec<_> = rows
        .into_iter()
        .map(|(region, share)| {
            let (specific, _) = p.terms.for_region(region.iso());
            let quiet = !RegionStatus::of(share).is_occupied() && specific.is_empty();
            (region, share, specific, quiet)
        })
        .collect();
    let others: Vec<&str> = rows.iter().filter(|row| row.3).map(|(r, ..)| r.name(lang)).collect();
    html! {
        <>
            <table class="upm-table upm-table--stack" data-text-alternative="" role="table">
                <caption>{ t(lang, Msg::TableCaption) }</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        <th scope="col" role="columnheader">{ t(lang, Msg::ColRegion) }</th>
                        <th scope="col" role="columnheader">{ t(lang, Msg::ColStatus) }</th>
                        <th scope="col" role="columnheader" class="upm-num">{ t(lang, Msg::ColOccupied) }</th>
                        <th scope="col" role="columnheader">{ t(lang, Msg::ColTerms) }</th>
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    { for rows.iter().map(|(region, share, specific, quiet)| {
                        let names = specific.iter().map(|t| t.title.get(lang)).collect::<Vec<_>>().join("; ");
                        html! {
                            <tr key={region.iso()} data-iso-row={region.iso()} role="row" class={classes!(quiet.then_some("upm-row--quiet"))}>
                                <th scope="row" role="rowheader">{ region.name(lang) }</th>
                                <td role="cell">{ region_status(lang, region.iso(), shares) }</td>
                                <td role="cell" class="upm-num" data-km2={crate::i18n::format::fixed(share.occupied_km2(), 1)}>{
                                    if share.occupied_km2_shown() < 0.5 { "–".to_string() }
                                    else { i18n::area_km2(lang, share.occupied_km2_shown()) }
                                }</td>
                                <td role="cell">
                                    if !names.is_empty() {
                                        <span class="upm-cell-label" aria-hidden="true">{ t(lang, Msg::ColTerms) }{ ": " }</span>
                                    }
                                    { names }
                                </td>
                            </tr>
                        }
                    }) }
                    if !others.is_empty() {
                        <tr class="upm-row--others" role="row">
                            <td role="cell" colspan="4">
                                <strong>{ i18n::other_regions_not_occupied(lang, others.len()) }</strong>{ ": " }{ others.join(", ") }
                            </td>
                        </tr>
                    }
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
        <>
        <div class="upm-table-scroll" tabindex="0" role="region" aria-label={t(lang, Msg::DatesCaption)}>
        <table class="upm-table upm-table--dates" data-dates-table="">
            <caption>{ t(lang, Msg::DatesCaption) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t(lang, Msg::ColDate) }</th>
                    <th scope="col" class="upm-num">{ t(lang, Msg::LegendTotal) }</th>
                    <th scope="col" class="upm-num">{ t(lang, Msg::ColChange) }</th>
                    { for regions.iter().map(|r| html! { <th scope="col" class="upm-num upm-col-region">{ r.short_name(lang) }</th> }) }
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
                            <td class="upm-num">{ i18n::area_and_share(lang, s.shares.occupied_km2(), s.shares.occupied_pct()) }</td>
                            <td class="upm-num">{ change.unwrap_or_else(|| "–".into()) }</td>
                            { for regions.iter().map(|r| html! {
                                <td class="upm-num upm-col-region">{ s.shares.region(r.iso()).map(|x| i18n::share(lang, x.occupied_pct_shown())).unwrap_or_default() }</td>
                            }) }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
        </div>
        // On a phone, in place of the per-region columns: one line per region.
        <ul class="upm-dates-by-region">
            { for regions.iter().map(|r| {
                let shares: Vec<String> = stops.iter().filter_map(|s| {
                    let x = s.shares.region(r.iso())?;
                    Some(format!("{} {}", stop_name(lang, &s.as_of, true), i18n::share(lang, x.occupied_pct_shown())))
                }).collect();
                html! { <li><strong>{ r.name(lang) }</strong>{ ": " }{ shares.join(", ") }</li> }
            }) }
        </ul>
        </>
    }
}

/// Every plan's provisions, region by region, measured on the line of the date shown.
fn proposals_table(p: &TextAlternativeProps) -> Html {
    let lang = p.lang;
    let stop = &p.stops.list[p.stop];
    let shares = &stop.shares;
    let name_of = |iso: &str| p.geography.region(iso).map(|r| r.short_name(lang)).unwrap_or_default();
    let rows = p.proposals.list.iter().flat_map(|plan| {
        plan.provisions.iter().enumerate().flat_map(move |(k, v)| {
            let kind = crate::i18n::provision_name(lang, v.kind);
            let cells: Vec<(String, Option<f64>)> = match &v.place {
                Place::NotLocated => vec![(t(lang, Msg::NotLocated).to_string(), None)],
                Place::Regions { isos, part } => {
                    isos.iter().map(|iso| (name_of(iso).to_string(), Some(part.km2(shares, iso)))).collect()
                }
            };
            cells.into_iter().enumerate().map(move |(j, (place, km2))| {
                // On a phone the plan's name heads its first row only.
                let first = k == 0 && j == 0;
                html! {
                    <tr data-proposal-row={plan.id.clone()} data-provision={v.kind.as_str()} role="row" class={classes!((!first).then_some("upm-row--same-plan"))}>
                        <th scope="row" role="rowheader">{ plan.name.get(lang).to_string() }</th>
                        <td role="cell">{ kind }</td>
                        <td role="cell">{ place }</td>
                        <td role="cell" class="upm-num">{ km2.map(|a| i18n::area_and_share(lang, a, a / shares.ukraine_km2.max(1.0) * 100.0)).unwrap_or_else(|| "–".into()) }</td>
                    </tr>
                }
            })
        })
    });
    html! {
        <div class="upm-table-scroll" tabindex="0" role="region" aria-label={t(lang, Msg::ProposalsCaption)}>
        <table class="upm-table upm-table--plans upm-table--stack" data-proposals-table="" role="table">
            <caption>{ format!("{} ({})", t(lang, Msg::ProposalsCaption), i18n::applied_to_line(lang, &stop.as_of)) }</caption>
            <thead role="rowgroup">
                <tr role="row">
                    <th scope="col" role="columnheader">{ t(lang, Msg::ColPlan) }</th>
                    <th scope="col" role="columnheader">{ t(lang, Msg::ColProvision) }</th>
                    <th scope="col" role="columnheader">{ t(lang, Msg::ColRegion) }</th>
                    <th scope="col" role="columnheader" class="upm-num">{ t(lang, Msg::Km2) }</th>
                </tr>
            </thead>
            <tbody role="rowgroup">{ for rows }</tbody>
        </table>
        </div>
    }
}
