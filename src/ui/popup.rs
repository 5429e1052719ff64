//! The region dialog: name, status, the proposal's terms that concern the region, and
//! those for all of Ukraine, each with every party's position and its source.

use super::shared::Shared;
use crate::data::terms::{Term, Terms};
use crate::data::Dataset;
use crate::i18n::{self, t, Lang, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PopupProps {
    pub iso: String,
    pub name: String,
    pub status: String,
    pub data: Shared<Dataset>,
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
        use_effect_with((p.iso.clone(), p.autofocus), move |(_, autofocus)| {
            if *autofocus {
                if let Some(b) = close_ref.cast::<web_sys::HtmlElement>() {
                    // No scrolling: the popup is already where the reader looks.
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = b.focus_with_options(&options);
                }
            }
        });
    }
    let terms = &p.data.terms;
    let (specific, national) = terms.for_region(&p.iso);
    let on_close = {
        let cb = p.on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let title_id = "upm-popup-title";
    html! {
        <div
            ref={p.node.clone()}
            class={classes!("upm-popup", if p.on_left { "upm-popup--left" } else { "upm-popup--right" })}
            role="dialog"
            aria-labelledby={title_id}
            data-region={p.iso.clone()}
        >
            <div class="upm-popup__head">
                <h2 id={title_id} class="upm-popup__title">{ &p.name }</h2>
                <button ref={close_ref} type="button" class="upm-close" aria-label={t(p.lang, Msg::Close)} onclick={on_close}>
                    <span aria-hidden="true">{ "×" }</span>
                </button>
            </div>
            <p class="upm-popup__status">{ &p.status }</p>
            <section class="upm-popup__section">
                <h3>{ t(p.lang, Msg::SpecificTerms) }</h3>
                if specific.is_empty() {
                    <p class="upm-muted">{ t(p.lang, Msg::NoSpecificTerms) }</p>
                } else {
                    <ul class="upm-terms">{ for specific.iter().map(|term| term_card(term, terms, p.lang)) }</ul>
                }
            </section>
            if !national.is_empty() {
                <section class="upm-popup__section">
                    <h3>{ t(p.lang, Msg::NationalTerms) }</h3>
                    <ul class="upm-terms">{ for national.iter().map(|term| term_card(term, terms, p.lang)) }</ul>
                </section>
            }
        </div>
    }
}

/// One term: title, status, summary, positions and source. All text from data is
/// rendered as text (Yew escapes it); links are only `https:` (checked on load).
pub fn term_card(term: &Term, terms: &Terms, lang: Lang) -> Html {
    let status = match term.status.as_str() {
        "proposed" => t(lang, Msg::StatusProposed),
        "contested" => t(lang, Msg::StatusContested),
        "demanded" => t(lang, Msg::StatusDemanded),
        "delayed" => t(lang, Msg::StatusDelayed),
        other => other,
    };
    let s = &term.source;
    let who = s.attributed_to.as_ref().map(|a| format!(" ({a})")).unwrap_or_default();
    html! {
        <li class="upm-term" data-term={term.id.clone()}>
            <h4 class="upm-term__title">
                { term.title.get(lang) }
                <span class={classes!("upm-badge", format!("upm-badge--{}", term.status))}>{ status }</span>
            </h4>
            <p class="upm-term__summary">{ term.summary.get(lang) }</p>
            <dl class="upm-positions">
                { for term.positions.iter().map(|pos| html! {
                    <div class="upm-position" data-party={pos.party.clone()}>
                        <dt>{ terms.party_name(&pos.party, lang) }</dt>
                        <dd>{ pos.text.get(lang) }</dd>
                    </div>
                }) }
            </dl>
            <p class="upm-source">
                { t(lang, Msg::Source) }{ ": " }
                if let Some(url) = &s.url {
                    <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ &s.publication }</a>
                } else {
                    { &s.publication }
                }
                { format!(", {}{who}: ", i18n::date(lang, &s.date)) }
                <q lang={s.lang.clone()}>{ &s.quote }</q>
            </p>
        </li>
    }
}
