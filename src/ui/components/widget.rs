//! The widget: header, zoom bar, map stage (map, labels, tooltip, popup), legend, table,
//! and the wiring between them and the browser.

use super::alerts::Alerts;
use super::file_panel::FilePanel;
use super::key::Key;
use super::labels::Labels;
use super::legend::Legend;
use super::map::Map;
use super::popup::Popup;
use super::proposal_legend::ProposalLegend;
use super::proposal_picker::ProposalPicker;
use super::text_alternative::{TextAlternative, TextAlternativeProps};
use super::timeline::Timeline;
use super::timeline_chart::TimelineChart;
use super::tooltip::Tooltip;
use super::zoom_controls::ZoomControls;
use crate::host::Options;
use crate::i18n::{self, t, Msg};
use crate::scene::cities::OnScreen;
use crate::scene::labels::NARROW_MAP_PX;
use crate::scene::status::region_status;
use crate::ui::browser::focus::focus_region;
use crate::ui::browser::{dismiss, wiring};
use crate::ui::shared::Shared;
use crate::ui::state::{Action, Sources, WidgetState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub sources: Sources,
    pub options: Options,
    pub options_after_hydration: Option<Options>,
}

#[component(Widget)]
pub fn widget(p: &WidgetProps) -> Html {
    let state = use_reducer(|| WidgetState::new(&p.sources, &p.options));
    let stage = use_node_ref();
    let svg = use_node_ref();
    let popup = use_node_ref();
    let root = use_node_ref();
    // One callback for the widget's lifetime, so that props holding it compare equal.
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |a: Action, _| dispatcher.dispatch(a))
    };

    // Browser-only wiring: options, editor's data, host page, gestures.
    {
        let (dispatch, options, after, root, stage) =
            (dispatch.clone(), p.options.clone(), p.options_after_hydration.clone(), root.clone(), stage.clone());
        use_effect_with((), move |_| {
            let options = after.unwrap_or(options);
            dispatch.emit(Action::ApplyOptions(options.clone()));
            // Ready once the editor's files (if any) have been loaded or refused.
            let wiring = wiring::connect(&options, &root, &stage, dispatch.clone());
            // Listening now: the taps the boot script kept can be answered.
            #[cfg(target_arch = "wasm32")]
            crate::ui::browser::live::announce(&root);
            move || drop(wiring)
        });
    }

    // While the popup is open: Escape and a click outside close it, focus returns to the region.
    {
        let (dispatch, svg, popup) = (dispatch.clone(), svg.clone(), popup.clone());
        use_effect_with(state.selected, move |selected| {
            let guard = selected.map(|iso| dismiss::on_escape_or_outside(iso, popup, svg, dispatch));
            move || drop(guard)
        });
    }

    // Play: the next date every 1.6 s while playing (the reader started it).
    {
        let dispatch = dispatch.clone();
        use_effect_with(state.playing, move |&playing| {
            #[cfg(target_arch = "wasm32")]
            let timer =
                playing.then(|| gloo::timers::callback::Interval::new(1600, move || dispatch.emit(Action::PlayStep)));
            #[cfg(not(target_arch = "wasm32"))]
            let timer = (playing, dispatch);
            move || drop(timer)
        });
    }

    let lang = state.lang;
    let stop = Shared(state.stops.list[state.stop].clone());
    let previous = state.stop.checked_sub(1).map(|i| Shared(state.stops.list[i].clone()));
    let shares = &stop.shares;
    let name_of = |iso: &str| state.geography.region(iso).map(|r| r.name(lang)).unwrap_or_default();
    let tooltip = state
        .hover
        .as_ref()
        .map(|h| (h.iso, h.at))
        .or_else(|| {
            let iso = state.focus.filter(|_| state.selected.is_none())?;
            Some((iso, state.view.to_screen(state.frame.region(iso)?.label)))
        })
        .map(|(iso, at)| html! { <Tooltip name={name_of(iso)} status={region_status(lang, iso, shares)} {at} /> });
    let popup_html = state.selected.map(|iso| {
        let on_close = {
            let (dispatch, svg) = (dispatch.clone(), svg.clone());
            Callback::from(move |_| {
                dispatch.emit(Action::Close);
                focus_region(&svg, iso);
            })
        };
        // The default plan's words are the terms above; another plan adds its own section.
        let default_plan = state.proposals.find(crate::ui::state::DEFAULT_PROPOSAL);
        let plan = Some(state.proposal).filter(|i| Some(*i) != default_plan);
        let on_left = state.frame.region(iso).is_some_and(|r| state.view.to_screen(r.label)[0] > 0.5);
        let change = previous.as_ref().zip(stop.change.as_ref()).and_then(|(before, change)| {
            let (now, then) = (shares.region(iso)?, before.shares.region(iso)?);
            let (gained, regained) = change.region(iso)?;
            Some(i18n::region_change(lang, now.occupied_pct() - then.occupied_pct(), gained - regained, &before.as_of))
        });
        html! {
            <Popup
                {iso}
                name={name_of(iso)}
                status={region_status(lang, iso, shares)}
                {change}
                terms={state.terms.clone()}
                proposals={state.proposals.clone()}
                plan={plan}
                {lang}
                {on_left}
                autofocus={state.focus_popup}
                {on_close}
                node={popup.clone()}
            />
        }
    });
    // The cities' names and the regions' names that give way to them, once the map's
    // width is known (none in the server's HTML). Placed again only when the width, the
    // zoom, the language or the terms change: not on every hover or focus.
    let names = {
        let (geography, frame) = (state.geography.clone(), state.frame.clone());
        use_memo(
            (state.map_px.map(f64::to_bits), state.view, lang, state.terms.clone()),
            move |(px, view, lang, terms)| {
                px.map(|px| {
                    let on = OnScreen { frame: &frame, view, map_px: f64::from_bits(px), lang: *lang };
                    std::rc::Rc::new(crate::scene::cities::layout(&geography, terms, on))
                })
            },
        )
    };
    let names: Option<std::rc::Rc<crate::scene::cities::NameLayout>> = (*names).clone();
    let download = |kind: wiring::Kind| {
        let (svg, state, dispatch) = (svg.clone(), state.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| wiring::download(kind, &svg, &state, &dispatch))
    };
    html! {
        <div
            ref={root}
            class={classes!("upm", state.details_open.then_some("upm--details-open"))}
            data-map-root=""
            data-state={if state.ready { "ready" } else { "loading" }}
            data-theme={state.theme.as_str()}
            data-date={stop.as_of.clone()}
            data-proposal={state.proposals.list.get(state.proposal).map(|p| p.id.clone())}
            lang={lang.code()}
        >
            <header class="upm-header">
                // An editor's words replace ours; they are text, never HTML (Yew escapes them).
                <h1 class="upm-headline">{
                    state.editors_words.headline.clone().unwrap_or_else(|| i18n::headline(lang, shares.occupied_pct(), state.is_past()))
                }</h1>
                <p class="upm-sub">
                    <span class="upm-sub__asof">{ i18n::end_sentence(&i18n::as_of(lang, &stop.as_of)) }</span>
                    { " " }{ state.editors_words.subtitle.clone().unwrap_or_else(|| t(lang, Msg::Intro).to_string()) }
                </p>
            </header>
            <Alerts alerts={state.alerts.clone()} {lang} />
            <Timeline stops={state.stops.clone()} stop={state.stop} playing={state.playing} {lang} dispatch={dispatch.clone()} />
            <ProposalPicker proposals={state.proposals.clone()} proposal={state.proposal} {lang} dispatch={dispatch.clone()} />
            <div ref={stage.clone()} class="upm-stage">
                // Over the map's bottom-left corner (land outside Ukraine): no row of its own.
                <ZoomControls view={state.view} frame={state.frame.clone()} {lang} dispatch={dispatch.clone()} narrow={state.map_px.is_some_and(|px| px < NARROW_MAP_PX)} />
                // On a wide screen the key sits over the top-left corner (Poland, Belarus).
                <Key stop={stop.clone()} {lang} open={state.details_open} dispatch={dispatch.clone()} on_map={true} />
                <Map
                    geography={state.geography.clone()}
                    frame={state.frame.clone()}
                    stop={stop.clone()}
                    previous={previous.clone()}
                    proposals={state.proposals.clone()}
                    proposal={state.proposal}
                    {lang}
                    view={state.view}
                    map_px={state.map_px}
                    names={names.clone()}
                    selected={state.selected}
                    hover={state.hover.as_ref().map(|h| h.iso)}
                    focus={state.focus}
                    tab_stop={state.tab_stop}
                    stage={stage.clone()}
                    svg={svg.clone()}
                    dispatch={dispatch.clone()}
                />
                <Labels geography={state.geography.clone()} terms={state.terms.clone()} frame={state.frame.clone()} view={state.view} {lang} names={names.clone()} map_px={state.map_px} />
                { tooltip.unwrap_or_default() }
                { popup_html.unwrap_or_default() }
            </div>
            <super::map::KeyPatterns />
            <p id="upm-keyboard-hint" class="upm-hint">{ t(lang, Msg::KeyboardHint) }{ " " }{ t(lang, Msg::ZoomHint) }{ "." }</p>
            <Key stop={stop.clone()} {lang} open={state.details_open} dispatch={dispatch.clone()} />
            <div id="upm-details" class="upm-details">
                <Legend stop={stop.clone()} previous={previous.as_ref().map(|p| p.as_of.clone())} {lang} />
                <ProposalLegend proposals={state.proposals.clone()} proposal={state.proposal} stop={stop.clone()} {lang} />
            </div>
            if let Some(note) = &state.editors_words.note {
                <p class="upm-editor-note" data-editor-note="">{ note.clone() }</p>
            }
            <TimelineChart stops={state.stops.clone()} stop={state.stop} {lang} dispatch={dispatch.clone()} />
            <div class="upm-toolbar">
                <TextAlternative ..TextAlternativeProps::of(&state) />
                <button type="button" class="upm-button upm-download" onclick={download(wiring::Kind::Png)}>{ t(lang, Msg::DownloadImage) }</button>
                <details class="upm-data">
                    <summary class="upm-button">{ t(lang, Msg::GetTheData) }</summary>
                    <div class="upm-data__menu">
                        <button type="button" class="upm-button" data-get="csv" onclick={download(wiring::Kind::Csv)}>{ t(lang, Msg::DataCsv) }</button>
                        if !stop.is_external() {
                            <button type="button" class="upm-button" data-get="geojson" onclick={download(wiring::Kind::Geojson)}>{ t(lang, Msg::DataGeojson) }</button>
                        }
                        <button type="button" class="upm-button" data-get="svg" onclick={download(wiring::Kind::Svg)}>{ t(lang, Msg::MapSvg) }</button>
                    </div>
                </details>
            </div>
            if state.download_failed {
                <p class="upm-alert upm-alert--download" role="alert" data-alert="download">{ t(lang, Msg::ErrorDownload) }</p>
            }
            if let Some(file) = &state.file {
                <FilePanel file={file.clone()} {lang} dispatch={dispatch.clone()} />
            }
            <p class="upm-visually-hidden" aria-live="polite">{ state.announcement.clone() }</p>
        </div>
    }
}
