//! A small chart of the occupied share of Ukraine over the dates, drawn from the same
//! measurements as the map; clicking a point shows that date. The SVG has no viewBox:
//! x is in percent of its width and y in CSS pixels, so the text keeps its size on a
//! phone. Keyboard and screen-reader users get the same through the timeline control,
//! the chart's text alternative and the table of dates.

use crate::date::Date;
use crate::i18n::format::fixed;
use crate::i18n::{self, t, Lang, Msg};
use crate::scene::Stops;
use crate::ui::shared::Shared;
use crate::ui::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub stops: Shared<Stops>,
    pub stop: usize,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

const HEIGHT: f64 = 96.0;
const TOP: f64 = 8.0;
const BOTTOM: f64 = 22.0;
const LEFT_PCT: f64 = 7.0;
const RIGHT_PCT: f64 = 97.0;

/// Days since 1970-01-01 of a date of the timeline; `None` for an editor's label.
fn days(as_of: &str) -> Option<i64> {
    Date::parse(as_of).map(Date::days_since_epoch)
}

#[component(TimelineChart)]
pub fn timeline_chart(p: &ChartProps) -> Html {
    let lang = p.lang;
    let stops = &p.stops.list;
    let shares: Vec<f64> = stops.iter().map(|s| s.shares.occupied_pct()).collect();
    // From 0, so that the chart never exaggerates a change; up to the next 5%.
    let top = ((shares.iter().cloned().fold(0.0, f64::max) / 5.0).ceil() * 5.0).max(5.0);
    let y = |pct: f64| TOP + (1.0 - pct / top) * (HEIGHT - TOP - BOTTOM);
    let known: Vec<i64> = stops.iter().filter_map(|s| days(&s.as_of)).collect();
    let (first, last) = (known.iter().min().copied().unwrap_or(0), known.iter().max().copied().unwrap_or(1));
    let span = (last - first).max(1) as f64;
    // An editor's file without a date goes last.
    let x = |as_of: &str| match days(as_of) {
        Some(d) => LEFT_PCT + (RIGHT_PCT - LEFT_PCT) * (d - first) as f64 / span,
        None => RIGHT_PCT,
    };
    let points: Vec<(f64, f64)> = stops.iter().zip(&shares).map(|(s, pct)| (x(&s.as_of), y(*pct))).collect();
    let pc = |v: f64| format!("{}%", fixed(v, 2));
    let px = |v: f64| fixed(v, 1);
    let gridlines = (0..=(top as usize / 10)).map(|k| {
        let pct = k as f64 * 10.0;
        html! {
            <g class="upm-chart__grid">
                <line x1={pc(LEFT_PCT)} x2={pc(RIGHT_PCT)} y1={px(y(pct))} y2={px(y(pct))} />
                <text x={pc(LEFT_PCT - 1.0)} y={px(y(pct))} class="upm-chart__tick">{ i18n::percent(lang, pct, 0) }</text>
            </g>
        }
    });
    let segments = points.windows(2).map(|w| {
        html! { <line class="upm-chart__line" x1={pc(w[0].0)} y1={px(w[0].1)} x2={pc(w[1].0)} y2={px(w[1].1)} /> }
    });
    let years: Vec<i64> = stops.iter().filter_map(|s| Date::parse(&s.as_of)).map(|d| i64::from(d.year())).collect();
    let (y0, y1) = (years.iter().min().copied().unwrap_or(0), years.iter().max().copied().unwrap_or(0));
    let year_ticks = (y0..=y1).filter_map(|year| {
        let d = days(&format!("{year}-01-01"))?;
        (d >= first && d <= last).then(|| {
            let at = LEFT_PCT + (RIGHT_PCT - LEFT_PCT) * (d - first) as f64 / span;
            html! { <text class="upm-chart__year" x={pc(at)} y={px(HEIGHT - 6.0)}>{ year }</text> }
        })
    });
    let dots = points.iter().enumerate().map(|(i, (cx, cy))| {
        let chosen = i == p.stop;
        let onclick = p.dispatch.reform(move |_: MouseEvent| Action::ShowStop(i));
        html! {
            <g class={classes!("upm-chart__point", chosen.then_some("upm-chart__point--chosen"))} data-date={stops[i].as_of.clone()} {onclick}>
                <circle class="upm-chart__hit" cx={pc(*cx)} cy={px(*cy)} r="12" />
                <circle class="upm-chart__dot" cx={pc(*cx)} cy={px(*cy)} r={if chosen { "5" } else { "3.5" }} />
            </g>
        }
    });
    let label_points: Vec<(&str, f64)> = stops.iter().zip(&shares).map(|(s, pct)| (s.as_of.as_str(), *pct)).collect();
    html! {
        <figure class="upm-chart" data-timeline-chart="">
            <figcaption class="upm-chart__title">{ t(lang, Msg::ChartTitle) }</figcaption>
            <svg class="upm-chart__svg" role="img" aria-label={i18n::chart_label(lang, &label_points)} width="100%" height={px(HEIGHT)}>
                { for gridlines }
                { for year_ticks }
                { for segments }
                { for dots }
            </svg>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::days;

    #[test]
    fn days_since_the_epoch() {
        assert_eq!(days("2022-02-24"), Some(19_047));
        // Outside the years a map can show: a label, not a point on the axis.
        assert_eq!(days("1000-01-01"), None);
        assert_eq!(days("2024-03-01").unwrap() - days("2024-02-28").unwrap(), 2);
        assert_eq!(days("editor"), None);
    }
}
