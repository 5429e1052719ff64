//! The legend: each layer with its km² and share of Ukraine, measured from the
//! geometry at load time, the total, the date and the sources.

use crate::ui::shared::Shared;
use crate::data::shares::Shares;
use crate::data::{LayerId, Origin};
use crate::i18n::{self, t, Lang, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub shares: Shared<Shares>,
    pub lang: Lang,
    pub as_of: String,
    pub origin: Origin,
}

pub fn layer_name(lang: Lang, id: LayerId, origin: &Origin) -> &'static str {
    match (id, origin) {
        (LayerId::Annexed2014, _) => t(lang, Msg::LayerAnnexed),
        (LayerId::Occupied2014, _) => t(lang, Msg::LayerOccupied2014),
        (LayerId::Occupied2022, Origin::External { .. }) => t(lang, Msg::LayerExternal),
        (LayerId::Occupied2022, Origin::Embedded) => t(lang, Msg::LayerOccupied2022),
    }
}

#[component(Legend)]
pub fn legend(p: &LegendProps) -> Html {
    let lang = p.lang;
    let figure = |km2: f64, pct: f64| {
        html! {
            <span class="upm-figure">
                <span data-km2={format!("{km2:.1}")}>{ format!("{} {}", i18n::integer(lang, km2), t(lang, Msg::Km2)) }</span>
                { " · " }
                <span data-share-pct={format!("{pct:.3}")}>{ i18n::percent(lang, pct, 1) }</span>
            </span>
        }
    };
    let rows = LayerId::ALL.iter().map(|id| {
        let km2 = p.shares.by_layer[id.index()];
        html! {
            <li class="upm-legend__row" data-legend-layer={id.as_str()}>
                <svg class="upm-swatch" viewBox="0 0 20 14" aria-hidden="true">
                    <rect class={classes!("upm-layer", format!("upm-layer--{}", id.as_str()))} width="20" height="14" />
                </svg>
                <span class="upm-legend__name">{ layer_name(lang, *id, &p.origin) }</span>
                { figure(km2, p.shares.layer_pct(*id)) }
            </li>
        }
    });
    let source_note = match &p.origin {
        Origin::External { url } => {
            html! { <p class="upm-sources__data">{ format!("{}: {url}", t(lang, Msg::LayerExternal)) }</p> }
        }
        Origin::Embedded => html! {},
    };
    html! {
        <section class="upm-legend" data-legend="" aria-labelledby="upm-legend-title">
            <h3 id="upm-legend-title" class="upm-legend__title">
                { t(lang, Msg::LegendTitle) }
                <span class="upm-asof">{ i18n::as_of(lang, &p.as_of) }</span>
            </h3>
            <ul class="upm-legend__rows">
                { for rows }
                <li class="upm-legend__row upm-legend__row--total" data-legend-layer="total">
                    <span class="upm-swatch" aria-hidden="true"></span>
                    <span class="upm-legend__name">{ t(lang, Msg::LegendTotal) }</span>
                    { figure(p.shares.occupied_km2(), p.shares.occupied_pct()) }
                </li>
            </ul>
            <p class="upm-sources"><strong>{ t(lang, Msg::SourcesTitle) }{ ": " }</strong>{ t(lang, Msg::SourcesText) }</p>
            { source_note }
        </section>
    }
}
