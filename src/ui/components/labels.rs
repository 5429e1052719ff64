//! Place names over the map, in an SVG layer *without* a viewBox: positions are
//! percentages of the stage and font sizes are CSS pixels, so names stay readable at
//! any map width and zoom (text inside the map's own SVG would shrink on a 300 px
//! phone). Attributes, not inline styles, so a strict Content-Security-Policy holds.

use crate::data::{Geography, Terms};
use crate::i18n::format::fixed;
use crate::i18n::Lang;
use crate::scene::labels::{anchor, is_capital, labelled_regions, map_name, Anchor};
use crate::scene::{MapFrame, View};
use crate::ui::shared::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LabelsProps {
    pub geography: Shared<Geography>,
    pub terms: Shared<Terms>,
    pub frame: Shared<MapFrame>,
    pub view: View,
    pub lang: Lang,
    /// Regions whose names give way to the cities layer (`scene::cities::layout`): Kyiv,
    /// which its city's mark names, and on a phone those that would touch a city's name.
    #[prop_or_default]
    pub hidden: Vec<&'static str>,
}

#[component(Labels)]
pub fn labels(p: &LabelsProps) -> Html {
    let pct = |v: f64| format!("{}%", fixed(v * 100.0, 2));
    // Names near the left or right edge grow inwards, so that none is cut off.
    let anchor_class = |x: f64| match anchor(x) {
        Anchor::End => Some("upm-label--end"),
        Anchor::Start => Some("upm-label--start"),
        Anchor::Middle => None,
    };
    let visible = |s: [f64; 2]| (0.0..=1.0).contains(&s[0]) && (0.0..=1.0).contains(&s[1]);
    let on_screen = |iso: &str| p.frame.region(iso).map(|r| p.view.to_screen(r.label)).filter(|s| visible(*s));
    let regions = labelled_regions(&p.terms).into_iter().filter(|iso| !p.hidden.contains(iso)).filter_map(|iso| {
        let (region, at) = (p.geography.region(iso)?, on_screen(iso)?);
        let capital = is_capital(iso);
        // "Kherson region", in lighter type: never read as the city (`map_name`).
        let oblast = region.info.kind == crate::data::regions_table::Kind::Oblast;
        Some(html! {
            <text key={region.iso()} class={classes!("upm-label", capital.then_some("upm-label--capital"), oblast.then_some("upm-label--region"), anchor_class(at[0]))} x={pct(at[0])} y={pct(at[1])}>
                { map_name(region, p.lang) }
            </text>
        })
    });
    let places = p.frame.places.iter().filter_map(|place| {
        let s = p.view.to_screen(place.at);
        visible(s).then(|| html! {
            <text key={place.name_en.clone()} class={classes!("upm-label", format!("upm-label--{}", place.kind.as_str()), anchor_class(s[0]))} x={pct(s[0])} y={pct(s[1])}>{ place.name(p.lang) }</text>
        })
    });
    let capital = p
        .frame
        .regions
        .iter()
        .find(|r| is_capital(r.iso))
        .filter(|r| !p.hidden.contains(&r.iso))
        .and_then(|r| on_screen(r.iso));
    html! {
        <svg class="upm-labels" aria-hidden="true" width="100%" height="100%">
            { for places }
            if let Some(k) = capital { <circle class="upm-capital-dot" cx={pct(k[0])} cy={pct(k[1])} r="3" /> }
            { for regions }
        </svg>
    }
}
