//! The SVG map: neighbours, the 27 regions (focusable, clickable), the occupied
//! layers over them, and highlight outlines for hover, selection and focus.

use super::frame::MapFrame;
use super::keyboard::{neighbour, Direction};
use super::shared::Shared;
use super::state::{Action, Hover};
use super::status::region_label;
use super::view::View;
use crate::data::shares::Shares;
use crate::data::{Dataset, LayerId};
use crate::i18n::{t, Lang, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub data: Shared<Dataset>,
    pub frame: Shared<MapFrame>,
    pub shares: Shared<Shares>,
    pub lang: Lang,
    pub view: View,
    pub selected: Option<String>,
    pub hover: Option<String>,
    pub focus: Option<String>,
    pub tab_stop: String,
    /// An editor's layer: clip it to Ukraine's outline.
    pub external: bool,
    pub stage: NodeRef,
    pub svg: NodeRef,
    pub dispatch: Callback<Action>,
}

#[component(Map)]
pub fn map(p: &MapProps) -> Html {
    let frame = &p.frame;
    let layers = frame.layers.iter().map(|(id, d)| {
        let clip = (p.external && *id == LayerId::Occupied2022).then_some("url(#upm-clip-ukraine)");
        html! { <path class={classes!("upm-layer", format!("upm-layer--{}", id.as_str()))} data-layer={id.as_str()} d={d.clone()} clip-path={clip} /> }
    });
    // An editor's file that only gives the total area: every layer shows only inside it.
    let extent_clip = frame.extent.as_ref().map(|_| "url(#upm-clip-extent)");
    let outline = |iso: &Option<String>, class: &'static str| {
        iso.as_ref().and_then(|iso| frame.region(iso)).map(|r| html! { <path class={class} d={r.d.clone()} /> })
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
                if p.external {
                    <clipPath id="upm-clip-ukraine"><path d={frame.outline.clone()} /></clipPath>
                }
                if let Some(d) = &frame.extent {
                    <clipPath id="upm-clip-extent"><path d={d.clone()} /></clipPath>
                }
            </defs>
            <rect class="upm-sea" width={frame.width.to_string()} height={frame.height.to_string()} />
            <g class="upm-viewport" transform={p.view.transform()}>
                <g class="upm-context" aria-hidden="true">
                    { for frame.countries.iter().map(|(iso, d)| html! { <path key={iso.clone()} class="upm-country" d={d.clone()} /> }) }
                </g>
                <Regions
                    data={p.data.clone()}
                    frame={p.frame.clone()}
                    shares={p.shares.clone()}
                    lang={p.lang}
                    tab_stop={p.tab_stop.clone()}
                    stage={p.stage.clone()}
                    svg={p.svg.clone()}
                    dispatch={p.dispatch.clone()}
                />
                <g class="upm-layers" aria-hidden="true" clip-path={extent_clip}>{ for layers }</g>
                <g class="upm-outlines" aria-hidden="true">
                    { outline(&p.selected, "upm-outline upm-outline--selected") }
                    { outline(&p.hover, "upm-outline upm-outline--hover") }
                    { outline(&p.focus, "upm-outline upm-outline--focus") }
                </g>
            </g>
        </svg>
    }
}

#[derive(Properties, PartialEq)]
struct RegionsProps {
    data: Shared<Dataset>,
    frame: Shared<MapFrame>,
    shares: Shared<Shares>,
    lang: Lang,
    tab_stop: String,
    stage: NodeRef,
    svg: NodeRef,
    dispatch: Callback<Action>,
}

/// The 27 focusable, clickable regions. A component of its own so that hovering,
/// selecting and focusing (which only redraw outlines) never rebuild these paths.
#[component(Regions)]
fn regions(p: &RegionsProps) -> Html {
    let regions = p.frame.regions.iter().map(|shape| {
        let iso = shape.iso.clone();
        let name = p.data.region(&iso).map(|r| r.name(p.lang).to_string()).unwrap_or_default();
        let label = region_label(p.lang, &name, &iso, &p.shares);
        let on_click = {
            let (dispatch, iso) = (p.dispatch.clone(), iso.clone());
            Callback::from(move |_: MouseEvent| dispatch.emit(Action::Select(iso.clone())))
        };
        let on_key = {
            let (dispatch, iso, frame, svg) = (p.dispatch.clone(), iso.clone(), p.frame.clone(), p.svg.clone());
            Callback::from(move |e: KeyboardEvent| {
                let key = e.key();
                if key == "Enter" || key == " " || key == "Spacebar" {
                    e.prevent_default();
                    dispatch.emit(Action::Select(iso.clone()));
                } else if let Some(dir) = Direction::from_key(&key) {
                    e.prevent_default();
                    if let Some(next) = neighbour(&frame, &iso, dir) {
                        focus_region(&svg, next);
                    }
                }
            })
        };
        let on_focus = {
            let (dispatch, iso) = (p.dispatch.clone(), iso.clone());
            Callback::from(move |_: FocusEvent| dispatch.emit(Action::Focus(Some(iso.clone()))))
        };
        let on_blur = {
            let dispatch = p.dispatch.clone();
            Callback::from(move |_: FocusEvent| dispatch.emit(Action::Focus(None)))
        };
        let on_move = {
            let (dispatch, iso, stage) = (p.dispatch.clone(), iso.clone(), p.stage.clone());
            Callback::from(move |e: PointerEvent| {
                // Touch has no hover: a tap opens the popup directly.
                if e.pointer_type() == "touch" {
                    return;
                }
                if let Some(at) = stage_fraction(&stage, e.client_x() as f64, e.client_y() as f64) {
                    dispatch.emit(Action::Hover(Some(Hover { iso: iso.clone(), at })));
                }
            })
        };
        let on_leave = {
            let dispatch = p.dispatch.clone();
            Callback::from(move |_: PointerEvent| dispatch.emit(Action::Hover(None)))
        };
        let occupied = p.shares.region(&iso).is_some_and(|r| r.occupied_pct() >= 0.05);
        html! {
            <path
                key={iso.clone()}
                class={classes!("upm-region", occupied.then_some("upm-region--occupied"))}
                data-iso={iso.clone()}
                d={shape.d.clone()}
                role="button"
                aria-label={label}
                aria-haspopup="dialog"
                tabindex={if p.tab_stop == iso { "0" } else { "-1" }}
                onclick={on_click}
                onkeydown={on_key}
                onfocus={on_focus}
                onblur={on_blur}
                onpointermove={on_move}
                onpointerleave={on_leave}
            />
        }
    });
    html! { <g class="upm-regions">{ for regions }</g> }
}

/// Where a pointer is over the stage, as fractions (0..1) of its width and height.
fn stage_fraction(stage: &NodeRef, x: f64, y: f64) -> Option<[f64; 2]> {
    let el = stage.cast::<web_sys::Element>()?;
    let r = el.get_bounding_client_rect();
    (r.width() > 0.0 && r.height() > 0.0).then(|| [(x - r.left()) / r.width(), (y - r.top()) / r.height()])
}

/// Moves keyboard focus to a region's path.
pub fn focus_region(svg: &NodeRef, iso: &str) {
    let Some(svg) = svg.cast::<web_sys::Element>() else { return };
    if let Ok(Some(el)) = svg.query_selector(&format!("[data-iso=\"{iso}\"]")) {
        use wasm_bindgen::JsCast;
        if let Ok(el) = el.dyn_into::<web_sys::SvgElement>() {
            let _ = el.focus();
        }
    }
}
