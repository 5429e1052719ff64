//! The map as a table (region, status, occupied km², terms) behind a "View as table"
//! button. Without JavaScript, `noscript.css` shows the table and hides the button.

use crate::data::shares::Shares;
use crate::data::{Geography, Terms};
use crate::scene::status::region_status;
use crate::ui::shared::Shared;
use crate::i18n::{self, t, Lang, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextAlternativeProps {
    pub geography: Shared<Geography>,
    pub terms: Shared<Terms>,
    pub shares: Shared<Shares>,
    pub lang: Lang,
}

#[component(TextAlternative)]
pub fn text_alternative(p: &TextAlternativeProps) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let lang = p.lang;
    let mut rows: Vec<_> = p.geography.regions.iter().filter_map(|r| Some((r, p.shares.region(r.iso())?))).collect();
    // Most occupied first, then alphabetically in the reader's language.
    rows.sort_by(|a, b| {
        b.1.occupied_pct().total_cmp(&a.1.occupied_pct()).then_with(|| a.0.name(lang).cmp(b.0.name(lang)))
    });
    html! {
        <div class="upm-table-block">
            <button type="button" class="upm-button upm-table-toggle" aria-expanded={(*open).to_string()} aria-controls="upm-table" onclick={toggle}>
                { t(lang, Msg::ViewAsTable) }
            </button>
            <div id="upm-table" class="upm-table-wrap" hidden={!*open}>
                <table class="upm-table" data-text-alternative="">
                    <caption>{ t(lang, Msg::TableCaption) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Msg::ColRegion) }</th>
                            <th scope="col">{ t(lang, Msg::ColStatus) }</th>
                            <th scope="col" class="upm-num">{ t(lang, Msg::ColOccupied) }</th>
                            <th scope="col">{ t(lang, Msg::ColTerms) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|(region, share)| {
                            let (specific, _) = p.terms.for_region(region.iso());
                            let names = specific.iter().map(|t| t.title.get(lang)).collect::<Vec<_>>().join("; ");
                            html! {
                                <tr key={region.iso()} data-iso-row={region.iso()}>
                                    <th scope="row">{ region.name(lang) }</th>
                                    <td>{ region_status(lang, region.iso(), &p.shares) }</td>
                                    <td class="upm-num">{
                                        if share.occupied_km2() < 0.5 { "–".to_string() }
                                        else { format!("{} {}", i18n::integer(lang, share.occupied_km2()), t(lang, Msg::Km2)) }
                                    }</td>
                                    <td>{ names }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}
