//! Place names over the map, in an SVG layer *without* a viewBox: positions are
//! percentages of the stage and font sizes are CSS pixels, so names stay readable at
//! any map width and zoom (text inside the map's own SVG would shrink on a 300 px
//! phone). Attributes, not inline styles, so a strict Content-Security-Policy holds.

use crate::data::{Geography, Terms};
use crate::i18n::format::fixed;
use crate::i18n::Lang;
use crate::scene::cities::{NameLayout, OnScreen};
use crate::scene::labels::{anchor, is_capital, labelled_regions, map_name, set_name, Anchor, NARROW_MAP_PX};
use crate::scene::{MapFrame, View};
use crate::ui::shared::Shared;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LabelsProps {
    pub geography: Shared<Geography>,
    pub terms: Shared<Terms>,
    pub frame: Shared<MapFrame>,
    pub view: View,
    pub lang: Lang,
    /// Every name's place once the map's width is known (`scene::cities::layout`): the
    /// regions' names that give way to the cities' (Kyiv's, which its city's mark writes;
    /// on a phone, those that would touch a city's name) or move to clear them.
    #[prop_or_default]
    pub names: Option<Rc<NameLayout>>,
    /// The map's width on screen, CSS px, once known: the regions' names are then set for
    /// it (`scene::labels::set_name`: kept on the map, in two lines where one would be
    /// wider than the region).
    #[prop_or_default]
    pub map_px: Option<f64>,
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
    let hidden = |iso: &str| p.names.as_ref().is_some_and(|n| n.hidden_regions.contains(&iso));
    let regions = labelled_regions(&p.terms).into_iter().filter(|iso| !hidden(iso)).filter_map(|iso| {
        let (region, at) = (p.geography.region(iso)?, on_screen(iso)?);
        let capital = is_capital(iso);
        // "Kherson region", in lighter type: never read as the city (`map_name`).
        let oblast = region.info.kind == crate::data::regions_table::Kind::Oblast;
        let class = |anchor| classes!("upm-label", capital.then_some("upm-label--capital"), oblast.then_some("upm-label--region"), anchor);
        Some(match p.map_px.filter(|_| !capital) {
            None => html! {
                <text key={region.iso()} class={class(anchor_class(at[0]))} x={pct(at[0])} y={pct(at[1])}>{ map_name(region, p.lang) }</text>
            },
            Some(map_px) => {
                let shape = p.frame.region(iso)?;
                let name = set_name(region, shape, OnScreen { frame: &p.frame, view: &p.view, map_px, lang: p.lang });
                let x = pct(name.x / map_px);
                let shift = p.names.as_ref().map_or(0.0, |n| n.shift(iso));
                let lines = name.lines.iter().zip(name.line_steps(shift)).map(|(line, dy)| html! {
                    <tspan x={x.clone()} dy={format!("{}px", fixed(dy, 1))}>{ line }</tspan>
                });
                html! { <text key={region.iso()} class={class(None)} y={pct(at[1])}>{ for lines }</text> }
            }
        })
    });
    let places = p.frame.places.iter().filter_map(|place| {
        let s = p.view.to_screen(place.at);
        visible(s).then(|| html! {
            <text key={place.name_en.clone()} class={classes!("upm-label", format!("upm-label--{}", place.kind.as_str()), anchor_class(s[0]))} x={pct(s[0])} y={pct(s[1])}>{ place.name(p.lang) }</text>
        })
    });
    // The names' size follows the map's width once it is known, as their layout does, not
    // the window's (a window a little wider than the map would give 12 px names placed as
    // 10 px ones).
    let narrow = p.map_px.is_some_and(|px| px < NARROW_MAP_PX);
    let capital =
        p.frame.regions.iter().find(|r| is_capital(r.iso)).filter(|r| !hidden(r.iso)).and_then(|r| on_screen(r.iso));
    html! {
        <svg class={classes!("upm-labels", narrow.then_some("upm-labels--narrow"))} aria-hidden="true" width="100%" height="100%">
            { for places }
            if let Some(k) = capital { <circle class="upm-capital-dot" cx={pct(k[0])} cy={pct(k[1])} r="3" /> }
            { for regions }
        </svg>
    }
}
