//! Place names over the map, in an SVG layer *without* a viewBox: positions are
//! percentages of the stage and font sizes are CSS pixels, so names stay readable at
//! any map width and zoom (text inside the map's own SVG would shrink on a 300 px
//! phone). Attributes, not inline styles, so a strict Content-Security-Policy holds.

use crate::data::{Geography, Terms};
use crate::i18n::format::fixed;
use crate::i18n::Lang;
use crate::scene::cities::NameLayout;
use crate::scene::labels::{anchor, is_capital, labelled_regions, map_name, Anchor, NARROW_MAP_PX};
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
    /// Once the map's width is known, the regions' names its layout writes, each set and
    /// placed (`scene::cities::layout`: kept on the map, in two lines where one would be
    /// wider than the region, moved to clear a city's name, or left out).
    #[prop_or_default]
    pub names: Option<Rc<NameLayout>>,
    /// The map's width on screen, CSS px, once known (the names' places are in CSS px).
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
    let map_h = |map_px: f64| map_px * p.frame.height / p.frame.width;
    let regions: Vec<Html> = match (&p.names, p.map_px) {
        // The server's HTML (no width yet): each name at its point, as `anchor` says.
        (None, _) | (_, None) => labelled_regions(&p.terms)
            .into_iter()
            .filter_map(|iso| {
                let (region, at) = (p.geography.region(iso)?, on_screen(iso)?);
                // "Kherson region", in lighter type: never read as the city (`map_name`).
                let oblast = region.info.kind == crate::data::regions_table::Kind::Oblast;
                let class = classes!(
                    "upm-label",
                    is_capital(iso).then_some("upm-label--capital"),
                    oblast.then_some("upm-label--region"),
                    anchor_class(at[0])
                );
                Some(
                    html! { <text key={iso} {class} x={pct(at[0])} y={pct(at[1])}>{ map_name(region, p.lang) }</text> },
                )
            })
            .collect(),
        // Once the width is known, the names the layout wrote, where it wrote them.
        (Some(names), Some(map_px)) => names
            .regions
            .iter()
            .filter(|(iso, _)| on_screen(iso).is_some())
            .map(|(iso, name)| {
                let x = pct(name.x / map_px);
                let lines = name.lines.iter().zip(name.line_steps()).map(|(line, dy)| {
                    html! {
                        <tspan x={x.clone()} dy={format!("{}px", fixed(dy, 1))}>{ line }</tspan>
                    }
                });
                let class = classes!("upm-label", (!name.bold).then_some("upm-label--region"));
                html! { <text key={*iso} {class} y={pct(name.y / map_h(map_px))}>{ for lines }</text> }
            })
            .collect(),
    };
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
    // Kyiv's dot until the cities layer marks the city (once the width is known).
    let capital = p
        .names
        .is_none()
        .then(|| p.frame.regions.iter().find(|r| is_capital(r.iso)))
        .flatten()
        .and_then(|r| on_screen(r.iso));
    html! {
        <svg class={classes!("upm-labels", narrow.then_some("upm-labels--narrow"))} aria-hidden="true" width="100%" height="100%">
            { for places }
            if let Some(k) = capital { <circle class="upm-capital-dot" cx={pct(k[0])} cy={pct(k[1])} r="3" /> }
            { for regions }
        </svg>
    }
}
