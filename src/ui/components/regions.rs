//! The 27 focusable, clickable regions: the map's island (issue 22). Yew owns the
//! group and its listeners, not the paths: the server writes them into the HTML
//! (`scene::island`), hydration adopts them as they are (a raw node: no attribute set
//! again, no virtual node per path), and an effect then sets only what a date, the
//! language or the keyboard changed (`ui::browser::island`). Without the server's
//! HTML (the in-browser tests), the same effect creates the paths.
//!
//! One set of listeners on the group serves all 27 (the events bubble up from the
//! region under the pointer or with focus), instead of six closures per region.

use crate::data::regions_table::{by_iso, KYIV_CITY, SEVASTOPOL};
use crate::data::Geography;
use crate::i18n::Lang;
use crate::scene::island::region_marks;
use crate::scene::keyboard::{neighbour, Direction};
use crate::scene::{MapFrame, Stop};
use crate::ui::browser::focus::focus_region;
use crate::ui::browser::stage::stage_fraction;
use crate::ui::shared::Shared;
use crate::ui::state::{Action, Hover};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RegionsProps {
    pub geography: Shared<Geography>,
    pub frame: Shared<MapFrame>,
    /// The date shown: the accessible names give each region's share on it.
    pub stop: Shared<Stop>,
    pub lang: Lang,
    pub tab_stop: &'static str,
    /// The region under the pointer: moving within it only moves the hint.
    pub hover: Option<&'static str>,
    pub stage: NodeRef,
    pub svg: NodeRef,
    pub dispatch: Callback<Action>,
}

/// The region an event happened on: the nearest `[data-iso]` at or above its target.
fn region_of(e: &Event) -> Option<&'static str> {
    let el = e.target()?.dyn_into::<web_sys::Element>().ok()?.closest("[data-iso]").ok()??;
    by_iso(&el.get_attribute("data-iso")?).map(|r| r.iso)
}

/// A listener that dispatches the action `f` finds for an event, if any.
fn dispatch_if<E: 'static>(d: &Callback<Action>, f: impl Fn(E) -> Option<Action> + 'static) -> Callback<E> {
    let d = d.clone();
    Callback::from(move |e: E| {
        if let Some(action) = f(e) {
            d.emit(action);
        }
    })
}

/// How far from Kyiv city or Sevastopol (CSS px) a tap or click still means them: both
/// are a few pixels wide on a phone's map, inside the region around them.
const SMALL_REGION_REACH: f64 = 12.0;

/// The region a click or tap means: Kyiv city or Sevastopol when it lands within
/// [`SMALL_REGION_REACH`] of their outline, else the region under it.
fn meant_region(e: &MouseEvent) -> Option<&'static str> {
    let hit = region_of(e)?;
    let svg = e.target()?.dyn_into::<web_sys::Element>().ok()?.closest("svg").ok()??;
    let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
    let near = [KYIV_CITY, SEVASTOPOL].into_iter().filter(|iso| *iso != hit).find(|iso| {
        let Ok(Some(el)) = svg.query_selector(&format!("[data-iso=\"{iso}\"]")) else { return false };
        let r = el.get_bounding_client_rect();
        let dx = (r.left() - x).max(x - r.right()).max(0.0);
        let dy = (r.top() - y).max(y - r.bottom()).max(0.0);
        dx.hypot(dy) <= SMALL_REGION_REACH
    });
    Some(near.unwrap_or(hit))
}

#[component(Regions)]
pub fn regions(p: &RegionsProps) -> Html {
    let d = &p.dispatch;
    let on_click = dispatch_if(d, |e: MouseEvent| meant_region(&e).map(Action::Select));
    let on_focus = dispatch_if(d, |e: FocusEvent| region_of(&e).map(|iso| Action::Focus(Some(iso))));
    let on_blur = d.reform(|_: FocusEvent| Action::Focus(None));
    let on_leave = d.reform(|_: PointerEvent| Action::Hover(None));
    let on_move = {
        let (stage, hover) = (p.stage.clone(), p.hover);
        dispatch_if(d, move |e: PointerEvent| {
            // Touch has no hover: a tap opens the popup directly.
            if e.pointer_type() == "touch" {
                return None;
            }
            let stage = stage.cast::<web_sys::Element>()?;
            let at = stage_fraction(&stage, e.client_x() as f64, e.client_y() as f64)?;
            let iso = region_of(&e)?;
            if hover == Some(iso) {
                // Within the same region: the hint follows the pointer, nothing re-renders.
                let tip = stage.query_selector(".upm-tooltip").ok()??;
                super::tooltip::place(tip.dyn_ref()?, at);
                return None;
            }
            Some(Action::Hover(Some(Hover { iso, at })))
        })
    };
    let on_key = {
        let (dispatch, frame, svg) = (p.dispatch.clone(), p.frame.clone(), p.svg.clone());
        Callback::from(move |e: KeyboardEvent| {
            let Some(iso) = region_of(&e) else { return };
            let key = e.key();
            if key == "Enter" || key == " " || key == "Spacebar" {
                e.prevent_default();
                dispatch.emit(Action::Select(iso));
            } else if let Some(dir) = Direction::from_key(&key) {
                e.prevent_default();
                if let Some(next) = neighbour(&frame, iso, dir) {
                    focus_region(&svg, next);
                }
            }
        })
    };
    let group = use_node_ref();
    #[cfg(target_arch = "wasm32")]
    let paths = use_island_paths(p, &group);
    #[cfg(not(target_arch = "wasm32"))]
    let paths = island_paths(p, &group);
    html! {
        <g
            ref={group}
            class="upm-regions"
            onclick={on_click}
            onkeydown={on_key}
            onfocusin={on_focus}
            onfocusout={on_blur}
            onpointermove={on_move}
            onpointerleave={on_leave}
        >
            { paths }
        </g>
    }
}

/// On the server: the regions' paths, written once into the HTML.
#[cfg(not(target_arch = "wasm32"))]
fn island_paths(p: &RegionsProps, _group: &NodeRef) -> Html {
    let marks = region_marks(&p.frame, &p.geography, p.lang, &p.stop.shares, p.tab_stop);
    Html::from_html_unchecked(crate::scene::island::regions_markup(&p.frame, &marks).into())
}

/// In the browser: the server's paths, adopted as they are (a raw node whose text never
/// changes, so Yew never touches them again); their marks kept up to date by an effect.
#[cfg(target_arch = "wasm32")]
#[hook]
fn use_island_paths(p: &RegionsProps, group: &NodeRef) -> Html {
    let deps = (p.frame.clone(), p.geography.clone(), p.lang, p.stop.clone(), p.tab_stop);
    let group = group.clone();
    use_effect_with(deps, move |(frame, geography, lang, stop, tab_stop)| {
        if let Some(group) = group.cast::<web_sys::Element>() {
            let marks = region_marks(frame, geography, *lang, &stop.shares, tab_stop);
            crate::ui::browser::island::sync_regions(&group, frame, &marks);
        }
    });
    Html::from_html_unchecked(AttrValue::Static(""))
}
