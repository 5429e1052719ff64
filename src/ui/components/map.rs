//! The SVG map: neighbours, the 27 regions (`regions`), the occupied layers over them,
//! and outlines for hover, selection and focus.

use super::path_attr;
use super::regions::Regions;
use crate::data::shares::Shares;
use crate::data::{Geography, LayerId};
use crate::i18n::{t, Lang, Msg};
use crate::scene::{LayerPaths, MapFrame, View};
use crate::ui::shared::Shared;
use crate::ui::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub geography: Shared<Geography>,
    pub frame: Shared<MapFrame>,
    pub layers: Shared<LayerPaths>,
    pub shares: Shared<Shares>,
    pub lang: Lang,
    pub view: View,
    pub selected: Option<&'static str>,
    pub hover: Option<&'static str>,
    pub focus: Option<&'static str>,
    pub tab_stop: &'static str,
    pub stage: NodeRef,
    pub svg: NodeRef,
    pub dispatch: Callback<Action>,
}

#[component(Map)]
pub fn map(p: &MapProps) -> Html {
    let frame = &p.frame;
    let clip_to_ukraine = p.layers.clip_to_ukraine;
    let layers = p.layers.layers.iter().map(|(id, d)| {
        let clip = (clip_to_ukraine && *id == LayerId::Occupied2022).then_some("url(#upm-clip-ukraine)");
        html! { <path class={classes!("upm-layer", format!("upm-layer--{}", id.as_str()))} data-layer={id.as_str()} d={path_attr(d)} clip-path={clip} /> }
    });
    // An editor's file that only gives the total area: every layer shows only inside it.
    let extent_clip = p.layers.extent.as_ref().map(|_| "url(#upm-clip-extent)");
    let outline = |iso: Option<&str>, class: &'static str| {
        iso.and_then(|iso| frame.region(iso)).map(|r| html! { <path class={class} d={path_attr(&r.d)} /> })
    };
    html! {
        <svg
            ref={p.svg.clone()}
            class="upm-map"
            viewBox={format!("0 0 {} {}", frame.width, frame.height)}
            role="group"
            aria-label={t(p.lang, Msg::MapLabel)}
            aria-describedby="upm-keyboard-hint"
        >
            <defs>
                <pattern id="upm-pattern-annexed" class="upm-pattern upm-pattern--annexed" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="7" height="7" />
                    <line x1="0" y1="0" x2="0" y2="7" />
                </pattern>
                <pattern id="upm-pattern-2014" class="upm-pattern upm-pattern--2014" width="6" height="6" patternUnits="userSpaceOnUse">
                    <rect width="6" height="6" />
                    <path d="M0 3h6M3 0v6" />
                </pattern>
                <pattern id="upm-pattern-2022" class="upm-pattern upm-pattern--2022" width="5" height="5" patternUnits="userSpaceOnUse">
                    <rect width="5" height="5" />
                    <circle cx="2.5" cy="2.5" r="0.9" />
                </pattern>
                if clip_to_ukraine {
                    <clipPath id="upm-clip-ukraine"><path d={path_attr(&frame.outline)} /></clipPath>
                }
                if let Some(d) = &p.layers.extent {
                    <clipPath id="upm-clip-extent"><path d={path_attr(d)} /></clipPath>
                }
            </defs>
            <rect class="upm-sea" width={frame.width.to_string()} height={frame.height.to_string()} />
            <g class="upm-viewport" transform={p.view.transform()}>
                <g class="upm-context" aria-hidden="true">
                    { for frame.countries.iter().map(|(iso, d)| html! { <path key={iso.clone()} class="upm-country" d={path_attr(d)} /> }) }
                </g>
                <Regions
                    geography={p.geography.clone()}
                    frame={p.frame.clone()}
                    shares={p.shares.clone()}
                    lang={p.lang}
                    tab_stop={p.tab_stop}
                    stage={p.stage.clone()}
                    svg={p.svg.clone()}
                    dispatch={p.dispatch.clone()}
                />
                <g class="upm-layers" aria-hidden="true" clip-path={extent_clip}>{ for layers }</g>
                <g class="upm-outlines" aria-hidden="true">
                    { outline(p.selected, "upm-outline upm-outline--selected") }
                    { outline(p.hover, "upm-outline upm-outline--hover") }
                    { outline(p.focus, "upm-outline upm-outline--focus") }
                </g>
            </g>
        </svg>
    }
}
