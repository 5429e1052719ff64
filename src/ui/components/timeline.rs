//! The timeline control: one button per date (a radio group: Tab reaches the chosen
//! date, arrow keys, Home and End move between dates), each labelled with its date and
//! the occupied share, and a Play button that steps through the dates when pressed.

use super::radio_keys::radio_keys;
use crate::date::Date;
use crate::i18n::{self, t, Lang, Msg};
use crate::scene::Stops;
use crate::ui::browser::motion::prefers_reduced_motion;
use crate::ui::shared::Shared;
use crate::ui::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub stops: Shared<Stops>,
    pub stop: usize,
    pub playing: bool,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// A stop's name on its button: its date, or "editor's file" when the editor gave none.
pub fn stop_name(lang: Lang, as_of: &str, short: bool) -> String {
    match (Date::parse(as_of).is_some(), short) {
        (true, true) => i18n::short_date(lang, as_of),
        (true, false) => i18n::date(lang, as_of),
        (false, _) if as_of.trim().is_empty() => t(lang, Msg::EditorStop).to_string(),
        (false, _) => as_of.to_string(),
    }
}

#[component(Timeline)]
pub fn timeline(p: &TimelineProps) -> Html {
    let lang = p.lang;
    let row = use_node_ref();
    {
        let row = row.clone();
        use_effect_with(p.stop, move |_| crate::ui::browser::row_scroll::show_chosen(&row));
    }
    let count = p.stops.list.len();
    let on_key = radio_keys(count, p.stop, "[data-timeline] [role=radio]", p.dispatch.reform(Action::ShowStop));
    let stops = p.stops.list.iter().enumerate().map(|(i, s)| {
        let chosen = i == p.stop;
        let share = i18n::percent(lang, s.shares.occupied_pct(), 1);
        // The name a reader hears is the text they see, in the same order (WCAG 2.5.3):
        // someone using speech input says "23 Feb 2022", not "23 February 2022".
        let (short, label) = (stop_name(lang, &s.as_of, true), format!("{} {share}", stop_name(lang, &s.as_of, true)));
        html! {
            <button
                type="button"
                role="radio"
                class={classes!("upm-stop", chosen.then_some("upm-stop--chosen"), s.is_external().then_some("upm-stop--editor"))}
                aria-checked={chosen.to_string()}
                aria-label={label}
                tabindex={if chosen { "0" } else { "-1" }}
                data-date={s.as_of.clone()}
                onclick={p.dispatch.reform(move |_: MouseEvent| Action::ShowStop(i))}
            >
                <span class="upm-stop__date">{ short }</span>
                <span class="upm-stop__share">{ share }</span>
            </button>
        }
    });
    let playing = p.playing;
    let on_play = p.dispatch.reform(move |_: MouseEvent| Action::Play(!playing && !prefers_reduced_motion()));
    html! {
        <div class="upm-timeline">
            <div ref={row} class="upm-timeline__stops" role="radiogroup" aria-label={t(lang, Msg::TimelineLabel)} data-timeline="" onkeydown={on_key}>
                { for stops }
            </div>
            <button type="button" class="upm-button upm-play" aria-pressed={playing.to_string()} onclick={on_play}>
                <span aria-hidden="true">{ if playing { "❚❚ " } else { "▶ " } }</span>
                <span class="upm-play__text">{ t(lang, if playing { Msg::Pause } else { Msg::Play }) }</span>
            </button>
        </div>
    }
}
