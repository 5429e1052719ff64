//! The region dialog: name, status, the proposal's terms that concern the region, and
//! those for all of Ukraine, each with every party's position and its source.

use super::term_card::term_card;
use crate::data::proposals::{Place, Proposal, Proposals};
use crate::data::Terms;
use crate::i18n::{t, Lang, Msg};
use crate::ui::shared::Shared;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PopupProps {
    pub iso: &'static str,
    pub name: &'static str,
    pub status: String,
    /// The region's change since the previous date, when there is one.
    pub change: Option<String>,
    pub terms: Shared<Terms>,
    /// A plan other than the one the terms describe: its provisions for this region (and
    /// those it does not locate), each with its source.
    pub proposals: Shared<Proposals>,
    pub plan: Option<usize>,
    pub lang: Lang,
    /// The region sits in the right half of the map: open on the left.
    pub on_left: bool,
    /// Move focus to the close button once shown.
    pub autofocus: bool,
    pub on_close: Callback<()>,
    pub node: NodeRef,
}

#[component(Popup)]
pub fn popup(p: &PopupProps) -> Html {
    let close_ref = use_node_ref();
    {
        let close_ref = close_ref.clone();
        use_effect_with((p.iso, p.autofocus), move |(_, autofocus)| {
            if *autofocus {
                if let Some(b) = close_ref.cast::<web_sys::HtmlElement>() {
                    focus_next_frame(b);
                }
            }
        });
    }
    let terms = &*p.terms;
    let (specific, national) = terms.for_region(p.iso);
    let on_close = p.on_close.reform(|_: MouseEvent| ());
    let title_id = "upm-popup-title";
    html! {
        <div
            ref={p.node.clone()}
            class={classes!("upm-popup", if p.on_left { "upm-popup--left" } else { "upm-popup--right" })}
            role="dialog"
            aria-labelledby={title_id}
            data-region={p.iso}
        >
            <div class="upm-popup__head">
                <h2 id={title_id} class="upm-popup__title">{ p.name }</h2>
                <button ref={close_ref} type="button" class="upm-close" aria-label={t(p.lang, Msg::Close)} onclick={on_close}>
                    <span aria-hidden="true">{ "×" }</span>
                </button>
            </div>
            <p class="upm-popup__status">{ &p.status }</p>
            if let Some(change) = &p.change {
                <p class="upm-popup__change" data-change="">{ change }</p>
            }
            <section class="upm-popup__section">
                <h3>{ t(p.lang, Msg::SpecificTerms) }</h3>
                if specific.is_empty() {
                    <p class="upm-muted">{ t(p.lang, Msg::NoSpecificTerms) }</p>
                } else {
                    <ul class="upm-terms">{ for specific.iter().map(|term| term_card(term, terms, p.lang)) }</ul>
                }
            </section>
            if let Some(plan) = p.plan.and_then(|i| p.proposals.list.get(i)) {
                { plan_section(plan, p.iso, p.lang) }
            }
            // The items for all of Ukraine are the same in every region's card: one tap away,
            // so that a card opens short (its region's own items first) and the reader sees
            // each of them once, not down to Lviv.
            if !national.is_empty() {
                <details class="upm-popup__section upm-popup__national" data-national-terms="">
                    <summary><h3>{ format!("{} ({})", t(p.lang, Msg::NationalTerms), national.len()) }</h3></summary>
                    <ul class="upm-terms">{ for national.iter().map(|term| term_card(term, terms, p.lang)) }</ul>
                </details>
            }
        </div>
    }
}

/// What the chosen plan said about the region: each provision that names it or names no
/// region, in the plan's words, with the passage it rests on and its source.
fn plan_section(plan: &Proposal, iso: &str, lang: Lang) -> Html {
    let items = plan.provisions.iter().filter(|v| v.concerns(iso) || v.place == Place::NotLocated).map(|v| {
        let source = plan.source(&v.source);
        let label = source.map(|s| format!("{}{}", s.publisher, crate::i18n::dated(lang, &s.date))).unwrap_or_default();
        html! {
            <li class="upm-term" data-provision-item={v.kind.as_str()}>
                <p class="upm-term__title">
                    <span class={classes!("upm-badge", format!("upm-badge--{}", v.kind.as_str()))}>
                        { if v.place == Place::NotLocated { t(lang, Msg::NotLocated) } else { crate::i18n::provision_name(lang, v.kind) } }
                    </span>
                </p>
                <p class="upm-term__summary">{ v.text.get(lang).to_string() }</p>
                <p class="upm-term__source">
                    { label }{ ": " }<q lang={Lang::of_text(&v.quote).code()}>{ v.quote.clone() }</q>
                </p>
            </li>
        }
    });
    html! {
        <section class="upm-popup__section" data-plan-section={plan.id.clone()}>
            <h3>{ format!("{}: {}", plan.name.get(lang), t(lang, Msg::ProposalInRegion)) }</h3>
            <ul class="upm-terms">{ for items }</ul>
        </section>
    }
}

/// Focuses the close button at the start of the next frame, not inside the click: focusing
/// forces a style and layout pass, and done here it lands where the frame lays out anyway,
/// so the popup's layout is computed once instead of twice. No scrolling: the popup is
/// already where the reader looks.
fn focus_next_frame(button: web_sys::HtmlElement) {
    let focus = wasm_bindgen::closure::Closure::once_into_js(move || {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = button.focus_with_options(&options);
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(focus.unchecked_ref());
    }
}
