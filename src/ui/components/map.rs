//! The SVG map: neighbours and the 27 regions (the island: `regions`, `scene::island`),
//! the occupied layers of the date shown over them, what changed since the previous
//! date, and outlines for hover, selection and focus.
//!
//! The change layers of our dates were cut at build time and are plain paths. Next to an
//! editor's file, whose polygons were never cut, they are drawn with masks: "newly
//! occupied" is this date's occupied area wherever the previous date's is not, "no longer
//! occupied" the reverse (masks cost more to paint, so only there).

use super::cities::Cities;
use super::path_attr;
use super::provisions::{pattern_transform, provision_patterns, Provisions};
use super::regions::Regions;
use crate::data::proposals::Proposals;
use crate::data::{Geography, LayerId};
use crate::i18n::format::fixed;
use crate::i18n::{t, Lang, Msg};
use crate::scene::cities::NameLayout;
use crate::scene::timeline::ChangePaths;
use crate::scene::{LayerPaths, MapFrame, PathData, Stop, View};
use crate::ui::shared::Shared;
use crate::ui::state::Action;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub geography: Shared<Geography>,
    pub frame: Shared<MapFrame>,
    /// The date shown, and the one before it (for the change layers).
    pub stop: Shared<Stop>,
    pub previous: Option<Shared<Stop>>,
    /// The peace plans, and the one whose provisions are drawn over the line shown.
    pub proposals: Shared<Proposals>,
    pub proposal: usize,
    pub lang: Lang,
    pub view: View,
    /// The map's width on screen, once measured, and the cities' names placed for it.
    pub map_px: Option<f64>,
    pub names: Option<Rc<NameLayout>>,
    pub selected: Option<&'static str>,
    pub hover: Option<&'static str>,
    pub focus: Option<&'static str>,
    pub tab_stop: &'static str,
    pub stage: NodeRef,
    pub svg: NodeRef,
    pub dispatch: Callback<Action>,
}

/// The countries around Ukraine: part of the map's island (see `regions`). The server
/// writes them; the page adopts them and never touches them (its bundle has no outline
/// of theirs).
fn countries(frame: &MapFrame) -> Html {
    #[cfg(not(target_arch = "wasm32"))]
    let markup = AttrValue::from(crate::scene::island::countries_markup(frame));
    #[cfg(target_arch = "wasm32")]
    let markup = {
        let _ = frame;
        AttrValue::Static("")
    };
    Html::from_html_unchecked(markup)
}

/// The occupied layers' and the changes' patterns, each told apart by its shape as well
/// as its colour. `scale` as in [`pattern_transform`]; `suffix` ends each id: the map's
/// have none and follow the zoom, the keys' (`-key`, [`key_patterns`]) keep their size.
pub fn occupation_patterns(scale: f64, suffix: &'static str) -> Html {
    let tile = |rotate: Option<i32>| pattern_transform(rotate, scale);
    let id = |name: &str| format!("upm-pattern-{name}{suffix}");
    html! {
        <>
            <pattern id={id("annexed")} class="upm-pattern upm-pattern--annexed" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform={tile(Some(45))}>
                <rect width="7" height="7" />
                <line x1="0" y1="0" x2="0" y2="7" />
            </pattern>
            <pattern id={id("2014")} class="upm-pattern upm-pattern--2014" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform={tile(None)}>
                <rect width="6" height="6" />
                <path d="M0 3h6M3 0v6" />
            </pattern>
            <pattern id={id("2022")} class="upm-pattern upm-pattern--2022" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform={tile(None)}>
                <rect width="5" height="5" />
                <circle cx="2.5" cy="2.5" r="0.9" />
            </pattern>
            <pattern id={id("gained")} class="upm-pattern upm-pattern--gained" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform={tile(Some(-45))}>
                <line x1="0" y1="0" x2="0" y2="4" />
            </pattern>
            <pattern id={id("regained")} class="upm-pattern upm-pattern--regained" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform={tile(Some(45))}>
                <line x1="0" y1="0" x2="0" y2="4" />
            </pattern>
        </>
    }
}

/// The patterns of the keys and legends' swatches (`-key`): the map's own shrink with
/// the zoom to keep their size on screen, which in a 20 px swatch would only blur them.
/// Defined once, in an SVG of no size (patterns in a `display: none` one draw nothing);
/// a component, so that the widget's renders skip it.
#[component(KeyPatterns)]
pub fn key_patterns() -> Html {
    html! {
        <svg class="upm-key-patterns" width="0" height="0" aria-hidden="true" focusable="false">
            <defs>
                { occupation_patterns(1.0, "-key") }
                { provision_patterns(1.0, "-key") }
            </defs>
        </svg>
    }
}

/// Whether the layers on the map are still the ones the server drew into the page (the
/// date and plans it was hydrated with, in a page whose outlines came with its HTML).
/// While they are, their paths' outlines are left out of the virtual DOM, so that
/// hydration does not set those long attributes again; from the first change of date,
/// plan or plans (an editor's file may replace one of ours under its id) on they are
/// written as usual. On the server, and without its HTML, never.
#[hook]
fn use_server_drawn(frame: &MapFrame, stop: &Shared<Stop>, proposals: &Shared<Proposals>, proposal: usize) -> bool {
    let first = use_mut_ref(|| Some((stop.clone(), proposals.clone(), proposal)));
    let mut first = first.borrow_mut();
    if first.as_ref().is_some_and(|(s, ps, p)| s != stop || ps != proposals || *p != proposal) {
        *first = None;
    }
    cfg!(target_arch = "wasm32") && first.is_some() && !frame.outline.is_empty()
}

/// A path's outline, unless the server's is already there (see [`use_server_drawn`]).
pub fn outline_attr(d: &PathData, server_drawn: bool) -> Option<AttrValue> {
    (!server_drawn).then(|| path_attr(d))
}

#[component(Map)]
pub fn map(p: &MapProps) -> Html {
    let server_drawn = use_server_drawn(&p.frame, &p.stop, &p.proposals, p.proposal);
    let frame = &p.frame;
    let paths = &p.stop.paths;
    let before = p.previous.as_ref().map(|s| &s.paths);
    let clip_to_ukraine = paths.clip_to_ukraine || before.is_some_and(|b| b.clip_to_ukraine);
    let ukraine_clip = |on: bool| on.then_some("url(#upm-clip-ukraine)");
    let layers = paths.layers.iter().map(|(id, d)| {
        let clip = ukraine_clip(paths.clip_to_ukraine && *id == LayerId::Occupied2022);
        html! { <path class={classes!("upm-layer", format!("upm-layer--{}", id.as_str()))} data-layer={id.as_str()} d={outline_attr(d, server_drawn)} clip-path={clip} /> }
    });
    // An editor's file that only gives the total area: every layer shows only inside it.
    let extent_clip = paths.extent.as_ref().map(|_| "url(#upm-clip-extent)");
    // A mask that hides one date's occupied area (black) and shows the rest (white).
    let mask_without = |id: &'static str, area: &LayerPaths| {
        html! {
            <mask id={id} maskUnits="userSpaceOnUse" x="0" y="0" width={fixed(frame.width, 0)} height={fixed(frame.height, 0)}>
                <rect width={fixed(frame.width, 0)} height={fixed(frame.height, 0)} fill="white" />
                <path d={path_attr(&area.area)} fill="black" stroke="black" stroke-width="0.6" clip-path={ukraine_clip(area.clip_to_ukraine)} />
            </mask>
        }
    };
    // Our dates: the change cut at build time. Next to an editor's file: masks.
    let (cut_gained, cut_regained) = match &p.stop.change_paths {
        ChangePaths::Cut { gained, regained } => (gained.clone(), regained.clone()),
        _ => (None, None),
    };
    let masked = matches!(p.stop.change_paths, ChangePaths::Masked);
    let gained = before.filter(|_| masked && p.stop.gained_km2().is_some());
    let regained = before.filter(|_| masked && p.stop.regained_km2().is_some());
    let outline = |iso: Option<&str>, class: &'static str| {
        iso.and_then(|iso| frame.region(iso)).map(|r| html! { <path class={class} d={path_attr(&r.d)} /> })
    };
    // Hatching keeps its size on screen at any zoom: each tile shrinks as the map grows.
    let k = 1.0 / p.view.scale;
    html! {
        <svg
            ref={p.svg.clone()}
            class="upm-map"
            viewBox={format!("0 0 {} {}", fixed(frame.width, 0), fixed(frame.height, 0))}
            role="group"
            aria-label={t(p.lang, Msg::MapLabel)}
            aria-describedby="upm-keyboard-hint"
        >
            <defs>
                { occupation_patterns(k, "") }
                { provision_patterns(k, "") }
                if clip_to_ukraine {
                    <clipPath id="upm-clip-ukraine"><path d={path_attr(&frame.outline)} /></clipPath>
                }
                if let Some(d) = &paths.extent {
                    <clipPath id="upm-clip-extent"><path d={path_attr(d)} /></clipPath>
                }
                if let Some(before) = gained { { mask_without("upm-mask-before", before) } }
                if regained.is_some() { { mask_without("upm-mask-now", paths) } }
            </defs>
            <rect class="upm-sea" width={fixed(frame.width, 0)} height={fixed(frame.height, 0)} />
            <g class="upm-viewport" transform={p.view.transform()}>
                <g class="upm-context" aria-hidden="true">
                    { countries(frame) }
                </g>
                <Regions
                    geography={p.geography.clone()}
                    frame={p.frame.clone()}
                    stop={p.stop.clone()}
                    lang={p.lang}
                    tab_stop={p.tab_stop}
                    hover={p.hover}
                    stage={p.stage.clone()}
                    svg={p.svg.clone()}
                    dispatch={p.dispatch.clone()}
                />
                <g class="upm-layers" aria-hidden="true" clip-path={extent_clip}>
                    { for layers }
                    if gained.is_some() {
                        <path class="upm-change upm-change--gained" data-layer="gained" d={path_attr(&paths.area)} mask="url(#upm-mask-before)" clip-path={ukraine_clip(paths.clip_to_ukraine)} />
                    }
                    if let Some(d) = &cut_gained {
                        <path class="upm-change upm-change--gained" data-layer="gained" d={outline_attr(d, server_drawn)} />
                    }
                </g>
                if let Some(d) = &cut_regained {
                    <path class="upm-change upm-change--regained" data-layer="regained" aria-hidden="true" d={outline_attr(d, server_drawn)} />
                }
                if let Some(before) = regained {
                    <path class="upm-change upm-change--regained" data-layer="regained" aria-hidden="true" d={path_attr(&before.area)} mask="url(#upm-mask-now)" clip-path={ukraine_clip(before.clip_to_ukraine)} />
                }
                <Provisions proposals={p.proposals.clone()} proposal={p.proposal} frame={p.frame.clone()} stop={p.stop.clone()} {server_drawn} />
                <g class="upm-outlines" aria-hidden="true">
                    { outline(p.selected, "upm-outline upm-outline--selected") }
                    { outline(p.hover, "upm-outline upm-outline--hover") }
                    { outline(p.focus, "upm-outline upm-outline--focus") }
                </g>
            </g>
            // Outside the zoom transform: placed and sized in screen pixels.
            <Cities frame={p.frame.clone()} names={p.names.clone()} map_px={p.map_px} />
        </svg>
    }
}
