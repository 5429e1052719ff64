//! The legend: each layer with its km² and share of Ukraine on the date shown, measured
//! from the geometry at load time, the total, what changed since the previous date, the
//! date and the sources.

use crate::data::{LayerId, Origin};
use crate::i18n::format::fixed;
use crate::i18n::{self, t, Lang, Msg};
use crate::scene::Stop;
use crate::ui::shared::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub stop: Shared<Stop>,
    /// The previous date, which the change rows count from.
    pub previous: Option<String>,
    pub lang: Lang,
}

/// An area and its share of Ukraine as the legends write them, each figure exact in its
/// hook (`data-km2`, `data-share-pct`) and rounded on screen.
pub fn figure(lang: Lang, km2: f64, pct: f64) -> Html {
    html! {
        <span class="upm-figure">
            <span data-km2={fixed(km2, 1)}>{ i18n::area_km2(lang, km2) }</span>
            { " · " }
            <span data-share-pct={fixed(pct, 3)}>{ i18n::percent(lang, pct, 1) }</span>
        </span>
    }
}

#[component(Legend)]
pub fn legend(p: &LegendProps) -> Html {
    let lang = p.lang;
    let shares = &p.stop.shares;
    let origin = &p.stop.origin;
    let figure = |km2: f64, pct: f64| figure(lang, km2, pct);
    let change_row = |kind: &'static str, name: String, km2: f64| {
        let sign = if kind == "gained" { "+" } else { "−" };
        // Measured without the changes under CHANGE_NOISE_KM2 (data::shares): 0 is no change.
        let shown = km2;
        html! {
            <li class="upm-legend__row" data-legend-layer={kind}>
                <svg class="upm-swatch" viewBox="0 0 20 14" aria-hidden="true">
                    <rect class={classes!("upm-swatch__ground", format!("upm-swatch__ground--{kind}"))} width="20" height="14" />
                    <rect class={classes!("upm-change", format!("upm-change--{kind}"))} width="20" height="14" />
                </svg>
                <span class="upm-legend__name">{ name }</span>
                <span class="upm-figure">
                    <span data-km2={fixed(shown, 1)}>
                        { format!("{}{}", if shown > 0.0 { sign } else { "" }, i18n::area_km2(lang, shown)) }
                    </span>
                </span>
            </li>
        }
    };
    let rows = LayerId::ALL.iter().map(|id| {
        let km2 = shares.by_layer[id.index()];
        html! {
            <li class="upm-legend__row" data-legend-layer={id.as_str()}>
                <svg class="upm-swatch" viewBox="0 0 20 14" aria-hidden="true">
                    <rect class={classes!("upm-layer", format!("upm-layer--{}", id.as_str()))} width="20" height="14" />
                </svg>
                <span class="upm-legend__name">{ i18n::layer_name(lang, *id, p.stop.is_external()) }</span>
                { figure(km2, shares.layer_pct(*id)) }
            </li>
        }
    });
    let source_note = match origin {
        Origin::External { url } => {
            html! { <p class="upm-sources__data">{ format!("{}: {url}", t(lang, Msg::LayerExternal)) }</p> }
        }
        Origin::Embedded => html! {},
    };
    html! {
        <section class="upm-legend" data-legend="" aria-labelledby="upm-legend-title">
            <h3 id="upm-legend-title" class="upm-legend__title">
                { t(lang, Msg::LegendTitle) }
                <span class="upm-asof">{ i18n::as_of(lang, &p.stop.as_of) }</span>
            </h3>
            <ul class="upm-legend__rows">
                { for rows }
                <li class="upm-legend__row upm-legend__row--total" data-legend-layer="total">
                    <span class="upm-swatch" aria-hidden="true"></span>
                    <span class="upm-legend__name">{ t(lang, Msg::LegendTotal) }</span>
                    { figure(shares.occupied_km2(), shares.occupied_pct()) }
                </li>
            </ul>
            if let (Some(previous), Some(change)) = (&p.previous, &p.stop.change) {
                <ul class="upm-legend__rows upm-legend__rows--change">
                    { change_row("gained", i18n::gained_between(lang, previous, &p.stop.as_of), change.gained_km2) }
                    { change_row("regained", i18n::regained_between(lang, previous, &p.stop.as_of), change.regained_km2) }
                </ul>
                <p class="upm-legend__note" data-change-threshold="">{ i18n::change_threshold(lang) }</p>
            }
            <p class="upm-legend__note upm-legend__note--areas">{ t(lang, Msg::AreasRounded) }</p>
            <p class="upm-sources"><strong>{ t(lang, Msg::SourcesTitle) }{ ": " }</strong>{ t(lang, Msg::SourcesText) }</p>
            { source_note }
        </section>
    }
}
