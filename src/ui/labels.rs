//! Place names over the map, in an SVG layer *without* a viewBox: positions are
//! percentages of the stage and font sizes are CSS pixels, so names stay readable at
//! any map width and zoom (text inside the map's own SVG would shrink on a 300 px
//! phone). Attributes, not inline styles, so a strict Content-Security-Policy holds.

use super::frame::MapFrame;
use super::shared::Shared;
use super::view::View;
use crate::data::Dataset;
use crate::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LabelsProps {
    pub data: Shared<Dataset>,
    pub frame: Shared<MapFrame>,
    pub view: View,
    pub lang: Lang,
}

/// Short map name: "Donetsk" rather than "Donetsk Oblast", "Крим" for the republic.
pub fn short_name(iso: &str, name: &str, lang: Lang) -> String {
    match (iso, lang) {
        ("UA-43", Lang::Uk) => "Крим".into(),
        _ => name.trim_end_matches(" Oblast").trim_end_matches(" область").to_string(),
    }
}

#[component(Labels)]
pub fn labels(p: &LabelsProps) -> Html {
    let pct = |v: f64| format!("{:.2}%", v * 100.0);
    let visible = |s: [f64; 2]| (0.0..=1.0).contains(&s[0]) && (0.0..=1.0).contains(&s[1]);
    // Kyiv, and the regions some term of the proposal names.
    let named: Vec<&str> = p
        .data
        .terms
        .terms
        .iter()
        .filter_map(|t| match &t.regions {
            crate::data::terms::Scope::Regions(list) => Some(list.iter().map(String::as_str).collect::<Vec<_>>()),
            _ => None,
        })
        .flatten()
        .chain(["UA-30"])
        .filter(|iso| *iso != "UA-40")
        .collect();
    let regions = p.data.regions.iter().filter(|r| named.contains(&r.iso.as_str())).filter_map(|r| {
        let at = p.view.to_screen(p.frame.region(&r.iso)?.label);
        let capital = r.iso == "UA-30";
        visible(at).then(|| html! {
            <text key={r.iso.clone()} class={classes!("upm-label", capital.then_some("upm-label--capital"))} x={pct(at[0])} y={pct(at[1])}>
                { short_name(&r.iso, r.name(p.lang), p.lang) }
            </text>
        })
    });
    let places = p.frame.places.iter().filter_map(|(kind, en, uk, at)| {
        let s = p.view.to_screen(*at);
        let name = if p.lang == Lang::Uk { uk } else { en };
        visible(s).then(|| html! { <text key={en.clone()} class={classes!("upm-label", format!("upm-label--{kind}"))} x={pct(s[0])} y={pct(s[1])}>{ name.clone() }</text> })
    });
    let kyiv = p.frame.region("UA-30").map(|r| p.view.to_screen(r.label)).filter(|s| visible(*s));
    html! {
        <svg class="upm-labels" aria-hidden="true" width="100%" height="100%">
            { for places }
            if let Some(k) = kyiv { <circle class="upm-capital-dot" cx={pct(k[0])} cy={pct(k[1])} r="3" /> }
            { for regions }
        </svg>
    }
}
