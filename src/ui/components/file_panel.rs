//! A file the reader asked for, shown in the widget: where the page's sandbox forbids
//! downloads (AMP's iframe), "Download" opens the file here instead, to copy or to save.

use crate::i18n::{t, Lang, Msg};
use crate::ui::state::{Action, FileBody, FileView};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilePanelProps {
    pub file: FileView,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[component(FilePanel)]
pub fn file_panel(p: &FilePanelProps) -> Html {
    let close = p.dispatch.reform(|_: MouseEvent| Action::CloseFile);
    html! {
        <section class="upm-file" data-file-panel="" aria-labelledby="upm-file-title">
            <div class="upm-file__head">
                <h3 id="upm-file-title" class="upm-file__title">{ &p.file.name }</h3>
                <button type="button" class="upm-close" aria-label={t(p.lang, Msg::Close)} onclick={close}>
                    <span aria-hidden="true">{ "×" }</span>
                </button>
            </div>
            <p class="upm-muted">{ t(p.lang, Msg::FileShownHere) }</p>
            { match &p.file.body {
                FileBody::Text(text) => html! { <pre class="upm-file__text" tabindex="0">{ text }</pre> },
                FileBody::Image(url) => html! { <img class="upm-file__image" src={url.clone()} alt={p.file.name.clone()} /> },
            } }
        </section>
    }
}
