//! The key: a swatch and a short name for each layer drawn, and the total share. On a
//! phone, under the map, with a button that opens the full legends (figures, changes, the
//! plan's sources), which a phone folds away to keep the map and its key on one screen.
//! On a wide screen, `on_map`: over the map's top-left corner, where the eye is, while the
//! full legends stay open below (the stylesheet decides which shows, by width).

use crate::data::LayerId;
use crate::i18n::{self, t, Lang, Msg};
use crate::scene::Stop;
use crate::ui::shared::Shared;
use crate::ui::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeyProps {
    pub stop: Shared<Stop>,
    pub lang: Lang,
    /// The full legends are open (on a phone).
    pub open: bool,
    /// The copy over the map (wide screens): no button, and hidden from screen readers,
    /// which read the legend itself.
    #[prop_or_default]
    pub on_map: bool,
    pub dispatch: Callback<Action>,
}

#[component(Key)]
pub fn key(p: &KeyProps) -> Html {
    let (lang, shares) = (p.lang, &p.stop.shares);
    let items = LayerId::ALL.iter().filter(|id| shares.by_layer[id.index()] > 0.0).map(|id| {
        let name = match id {
            LayerId::Annexed2014 => Msg::KeyAnnexed,
            LayerId::Occupied2014 => Msg::KeyOccupied2014,
            LayerId::Occupied2022 => Msg::KeyOccupied2022,
        };
        html! {
            <li class="upm-key__item">
                <svg class="upm-swatch" viewBox="0 0 20 14" aria-hidden="true">
                    <rect class={classes!("upm-layer", format!("upm-layer--{}", id.as_str()))} width="20" height="14" />
                </svg>
                { t(lang, name) }
            </li>
        }
    });
    let total = format!("{}: {}", t(lang, Msg::KeyTotal), i18n::percent(lang, shares.occupied_pct(), 1));
    let list = html! {
        <ul class="upm-key__items">
            { for items }
            <li class="upm-key__item upm-key__total">{ total }</li>
        </ul>
    };
    if p.on_map {
        return html! { <div class="upm-key upm-key--map" aria-hidden="true">{ list }</div> };
    }
    let toggle = p.dispatch.reform(|_: MouseEvent| Action::ToggleDetails);
    html! {
        <div class="upm-key">
            { list }
            <button type="button" class="upm-button upm-key__more" aria-expanded={if p.open { "true" } else { "false" }} aria-controls="upm-details" onclick={toggle}>
                { t(lang, Msg::FiguresAndSources) }
            </button>
        </div>
    }
}
