//! One term in the popup: title, status badge, summary, each party's position, and the
//! source with its verbatim quote. All text from data is rendered as text (Yew escapes
//! it); links are only `https:` (checked when the terms were read).

use crate::data::terms::{Term, Terms};
use crate::i18n::{self, status_label, t, Lang, Msg};
use yew::prelude::*;

pub fn term_card(term: &Term, terms: &Terms, lang: Lang) -> Html {
    let s = &term.source;
    let (open, close) = i18n::quote_marks(lang);
    // A reader of another language than the quote's also gets the editors' translation.
    let translation = s
        .translation
        .as_ref()
        .map(|tr| match lang {
            Lang::En => tr.en.as_str(),
            Lang::Uk => tr.uk.as_str(),
        })
        .filter(|tr| !tr.is_empty() && s.lang != lang.code());
    html! {
        <li class="upm-term" data-term={term.id.clone()}>
            <h4 class="upm-term__title">
                { term.title.get(lang) }
                <span class={classes!("upm-badge", format!("upm-badge--{}", term.status.as_str()))}>{ status_label(lang, term.status) }</span>
            </h4>
            <p class="upm-term__summary">{ term.summary.get(lang) }</p>
            if term.positions.is_empty() {
                <p class="upm-positions upm-muted">{ t(lang, Msg::NoPositions) }</p>
            } else {
                <dl class="upm-positions">
                    { for term.positions.iter().map(|pos| html! {
                        <div class="upm-position" data-party={pos.party.clone()}>
                            <dt>{ terms.party_name(&pos.party, lang) }</dt>
                            <dd>{ pos.text.get(lang) }</dd>
                        </div>
                    }) }
                </dl>
            }
            <p class="upm-source">
                { t(lang, Msg::Source) }{ ": " }
                if let Some(url) = &s.url {
                    <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ &s.publication }</a>
                } else {
                    { &s.publication }
                }
                { i18n::source_suffix(lang, &s.date, s.attributed_to.as_ref().map(|a| a.get(lang))) }
                // The marks are the reader's language's, not the quote's: the browser would
                // set an English quote in “ ” inside Ukrainian text (CSS: quotes: none).
                { open }<q lang={s.lang.clone()} class="upm-quote">{ &s.quote }</q>{ close }
                if let Some(translation) = translation {
                    { format!(" ({}: {open}{translation}{close})", t(lang, Msg::EditorsTranslation)) }
                }
            </p>
        </li>
    }
}
