//! Buttons to zoom in, out, back to all of Ukraine, and to Crimea and Donbas.

use crate::i18n::{t, Lang, Msg};
use crate::scene::{MapFrame, View};
use crate::ui::shared::Shared;
use crate::ui::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ZoomProps {
    pub view: View,
    pub frame: Shared<MapFrame>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
    /// The map is known to be under `NARROW_MAP_PX` wide: the presets give way, as on a
    /// phone's window, whatever the window's width (the names' layout counts on it).
    #[prop_or_default]
    pub narrow: bool,
}

#[component(ZoomControls)]
pub fn zoom_controls(p: &ZoomProps) -> Html {
    let button = |label: Msg, text: &'static str, class: &'static str, next: View| {
        let onclick = p.dispatch.reform(move |_: MouseEvent| Action::SetView(next));
        let name = t(p.lang, label);
        let shown = if text.is_empty() { name } else { text };
        html! {
            <button type="button" class={classes!("upm-button", class)} aria-label={name} title={name} {onclick}>{ shown }</button>
        }
    };
    let v = p.view;
    let whole = View::whole(p.frame.width, p.frame.height);
    html! {
        <div class={classes!("upm-zoom", (v.scale <= 1.0).then_some("upm-zoom--whole"), p.narrow.then_some("upm-zoom--narrow"))} role="toolbar" aria-label={t(p.lang, Msg::ZoomHint)}>
            { button(Msg::ZoomIn, "+", "upm-zoom__in", v.zoom(1.6)) }
            { button(Msg::ZoomOut, "−", "upm-zoom__out", v.zoom(1.0 / 1.6)) }
            { button(Msg::ZoomReset, "⤢", "upm-zoom__reset", whole) }
            { button(Msg::ZoomCrimea, "", "upm-zoom__crimea", whole.fit(&p.frame.crimea)) }
            { button(Msg::ZoomDonbas, "", "upm-zoom__donbas", whole.fit(&p.frame.donbas)) }
        </div>
    }
}
