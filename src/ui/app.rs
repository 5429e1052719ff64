//! The widget: header, map stage (map, labels, tooltip, zoom, popup), legend, table,
//! and the wiring between them and the browser.

use super::alerts::Alerts;
use super::labels::Labels;
use super::legend::Legend;
use super::map::{focus_region, Map};
use super::popup::Popup;
use super::shared::Shared;
use super::state::{Action, WidgetState};
use super::status::region_status;
use super::text_alternative::TextAlternative;
use super::tooltip::Tooltip;
use super::zoom_controls::ZoomControls;
use crate::data::{Dataset, Origin};
use crate::embed::Options;
use crate::i18n::{self, t, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Options for the first render. When hydrating server-rendered HTML these are the
    /// defaults the server used, so the first render matches the HTML exactly...
    pub options: Options,
    /// ...and the page's real options are applied right after.
    #[prop_or_default]
    pub after_mount: Option<Options>,
}

#[component(App)]
pub fn app(p: &AppProps) -> Html {
    let data = use_memo((), |_| Dataset::embedded().map(Shared::new));
    match &*data {
        Ok(data) => {
            html! { <Widget data={data.clone()} options={p.options.clone()} after_mount={p.after_mount.clone()} /> }
        }
        Err(e) => html! {
            <div class="upm" data-map-root="" data-state="error" lang={p.options.lang.code()}>
                <div class="upm-alert" role="alert">
                    <strong>{ t(p.options.lang, Msg::ErrorEmbeddedTitle) }</strong>{ format!(": {}", e.describe(p.options.lang)) }
                </div>
            </div>
        },
    }
}

#[derive(Properties, PartialEq)]
struct WidgetProps {
    data: Shared<Dataset>,
    options: Options,
    after_mount: Option<Options>,
}

#[component(Widget)]
fn widget(p: &WidgetProps) -> Html {
    let state = use_reducer(|| WidgetState::new(p.data.clone(), &p.options));
    let stage = use_node_ref();
    let svg = use_node_ref();
    let popup = use_node_ref();
    let root = use_node_ref();
    // The current view, for gesture handlers that live longer than one render.
    let view_now = use_mut_ref(|| state.view);
    *view_now.borrow_mut() = state.view;
    // One callback for the widget's lifetime, so that props holding it compare equal.
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |a: Action, _| dispatcher.dispatch(a))
    };

    // Browser-only wiring: options, editor's data, host page, gestures.
    {
        let (dispatch, options, after, root, stage) =
            (dispatch.clone(), p.options.clone(), p.after_mount.clone(), root.clone(), stage.clone());
        let base = state.data.occupation.clone();
        let view = view_now.clone();
        use_effect_with((), move |_| {
            let options = after.unwrap_or(options);
            dispatch.emit(Action::ApplyOptions(options.clone()));
            // Ready once the editor's files (if any) have been loaded or refused.
            let wiring = super::browser::connect(&options, base, view, &root, &stage, dispatch.clone());
            move || drop(wiring)
        });
    }

    // While the popup is open: Escape and a click outside close it, focus returns to the region.
    {
        let (dispatch, svg, popup) = (dispatch.clone(), svg.clone(), popup.clone());
        use_effect_with(state.selected.clone(), move |selected| {
            let guard = selected.clone().map(|iso| super::dismiss::on_escape_or_outside(iso, popup, svg, dispatch));
            move || drop(guard)
        });
    }

    let lang = state.lang;
    let name_of = |iso: &str| state.data.region(iso).map(|r| r.name(lang).to_string()).unwrap_or_default();
    let tooltip = state
        .hover
        .as_ref()
        .map(|h| (h.iso.clone(), h.at))
        .or_else(|| state.focus.as_ref().filter(|_| state.selected.is_none()).and_then(|iso| {
            Some((iso.clone(), state.view.to_screen(state.frame.region(iso)?.label)))
        }))
        .map(|(iso, at)| html! { <Tooltip name={name_of(&iso)} status={region_status(lang, &iso, &state.shares)} {at} /> });
    let popup_html = state.selected.as_ref().map(|iso| {
        let on_close = {
            let (dispatch, svg, iso) = (dispatch.clone(), svg.clone(), iso.clone());
            Callback::from(move |_| {
                dispatch.emit(Action::Close);
                focus_region(&svg, &iso);
            })
        };
        let on_left = state.frame.region(iso).is_some_and(|r| state.view.to_screen(r.label)[0] > 0.5);
        html! {
            <Popup
                iso={iso.clone()}
                name={name_of(iso)}
                status={region_status(lang, iso, &state.shares)}
                data={state.data.clone()}
                {lang}
                {on_left}
                autofocus={state.focus_popup}
                {on_close}
                node={popup.clone()}
            />
        }
    });
    let download = {
        let (svg, state) = (svg.clone(), state.clone());
        Callback::from(move |_: MouseEvent| super::browser::download_image(&svg, &state))
    };
    let origin = state.data.occupation.origin.clone();
    html! {
        <div
            ref={root}
            class="upm"
            data-map-root=""
            data-state={if state.ready { "ready" } else { "loading" }}
            data-theme={state.theme.as_str()}
            lang={lang.code()}
        >
            <header class="upm-header">
                <h2 class="upm-headline">{ i18n::headline(lang, state.shares.occupied_pct()) }</h2>
                <p class="upm-sub">
                    <span class="upm-sub__asof">{ i18n::as_of(lang, &state.data.occupation.as_of) }</span>
                    { ". " }{ t(lang, Msg::Intro) }
                </p>
            </header>
            <Alerts alerts={state.alerts.clone()} {lang} />
            <ZoomControls view={state.view} frame={state.frame.clone()} {lang} dispatch={dispatch.clone()} />
            <div ref={stage.clone()} class="upm-stage">
                <Map
                    data={state.data.clone()}
                    frame={state.frame.clone()}
                    shares={state.shares.clone()}
                    {lang}
                    view={state.view}
                    selected={state.selected.clone()}
                    hover={state.hover.as_ref().map(|h| h.iso.clone())}
                    focus={state.focus.clone()}
                    tab_stop={state.tab_stop.clone()}
                    external={matches!(origin, Origin::External { .. })}
                    stage={stage.clone()}
                    svg={svg.clone()}
                    dispatch={dispatch.clone()}
                />
                <Labels data={state.data.clone()} frame={state.frame.clone()} view={state.view} {lang} />
                { tooltip.unwrap_or_default() }
                { popup_html.unwrap_or_default() }
            </div>
            <p id="upm-keyboard-hint" class="upm-hint">{ t(lang, Msg::KeyboardHint) }{ " " }{ t(lang, Msg::ZoomHint) }{ "." }</p>
            <Legend shares={state.shares.clone()} {lang} as_of={state.data.occupation.as_of.clone()} {origin} />
            <div class="upm-toolbar">
                <TextAlternative data={state.data.clone()} shares={state.shares.clone()} {lang} />
                <button type="button" class="upm-button upm-download" onclick={download}>{ t(lang, Msg::DownloadImage) }</button>
            </div>
            <p class="upm-visually-hidden" aria-live="polite">{ state.announcement.clone() }</p>
        </div>
    }
}
