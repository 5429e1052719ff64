//! A peace plan's territorial provisions over the line shown: each provision is a rule
//! (a region whole, the part Russia occupies, or the part Ukraine holds), drawn from
//! paths the map already has: the region's outline, clipped by the date's occupied area
//! or masked by it. No polygon of a plan is stored, so a plan applies to the line of any
//! date. Each kind has its own pattern (`[data-provision="KIND"]`), told apart without
//! colour.

use super::map::outline_attr;
use crate::data::proposals::{Part, Place, Proposals, ProvisionKind};
use crate::i18n::format::fixed;
use crate::scene::{MapFrame, Stop};
use crate::ui::shared::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProvisionsProps {
    pub proposals: Shared<Proposals>,
    /// The plan drawn: an index into `proposals`.
    pub proposal: usize,
    pub frame: Shared<MapFrame>,
    pub stop: Shared<Stop>,
    /// The server's paths are still there: their outlines are not set again (`map`).
    pub server_drawn: bool,
}

/// A pattern tile's transform: its rotation, and `scale` (1 ÷ the zoom) so that hatching
/// keeps its size on screen when the map is zoomed. None at rest without a rotation.
pub fn pattern_transform(rotate: Option<i32>, scale: f64) -> Option<String> {
    let scaled = (scale != 1.0).then(|| format!("scale({})", fixed(scale, 4)));
    match (rotate.map(|r| format!("rotate({r})")), scaled) {
        (None, None) => None,
        (Some(r), None) => Some(r),
        (None, Some(s)) => Some(s),
        (Some(r), Some(s)) => Some(format!("{r} {s}")),
    }
}

/// The patterns of the five kinds: each line drawn twice, a light halo under a dark ink,
/// so that it shows on the occupied colours and on free land alike; the kinds differ by
/// direction and shape, not colour alone. `scale` as in [`pattern_transform`], `suffix`
/// as in `map::occupation_patterns` (the map's, and the swatches' `-key`).
pub fn provision_patterns(scale: f64, suffix: &'static str) -> Html {
    let pattern = |kind: ProvisionKind, size: u32, rotate: Option<i32>, shape: Html| {
        html! {
            <pattern
                id={format!("upm-pattern-{}{suffix}", kind.as_str())}
                class={classes!("upm-pattern", "upm-pattern--provision", format!("upm-pattern--{}", kind.as_str()))}
                width={size.to_string()}
                height={size.to_string()}
                patternUnits="userSpaceOnUse"
                patternTransform={pattern_transform(rotate, scale)}
            >
                <g class="upm-pattern__halo">{ shape.clone() }</g>
                <g class="upm-pattern__ink">{ shape }</g>
            </pattern>
        }
    };
    html! {
        <>
            { pattern(ProvisionKind::Recognised, 6, Some(-45), html! { <path d="M0 0V6" /> }) }
            { pattern(ProvisionKind::Frozen, 7, None, html! { <path d="M0 3.5H7" /> }) }
            { pattern(ProvisionKind::Withdrawal, 8, None, html! { <path d="M0 0L8 8M8 0L0 8" /> }) }
            { pattern(ProvisionKind::RussiaWithdraws, 7, None, html! { <path d="M3.5 0V7" /> }) }
            { pattern(ProvisionKind::Unresolved, 8, None, html! { <circle cx="4" cy="4" r="1.3" /> }) }
        </>
    }
}

#[component(Provisions)]
pub fn provisions(p: &ProvisionsProps) -> Html {
    let Some(proposal) = p.proposals.list.get(p.proposal) else { return html! {} };
    let frame = &p.frame;
    let paths = &p.stop.paths;
    let (w, h) = (fixed(frame.width, 0), fixed(frame.height, 0));
    let ukraine_clip = paths.clip_to_ukraine.then_some("url(#upm-clip-ukraine)");
    let uses = |part: Part| {
        proposal.provisions.iter().any(|v| matches!(&v.place, Place::Regions { part: q, .. } if *q == part))
    };
    let layers = ProvisionKind::ALL.iter().filter(|k| proposal.draws(**k)).map(|kind| {
        let shapes = proposal.provisions.iter().filter(|v| v.kind == *kind).flat_map(|v| match &v.place {
            Place::NotLocated => Vec::new(),
            Place::Regions { isos, part } => isos.iter().map(|iso| (*iso, *part)).collect(),
        });
        let shapes = shapes.filter_map(|(iso, part)| {
            let region = frame.region(iso)?;
            let (clip, mask) = match part {
                Part::Whole => (None, None),
                Part::Occupied => (Some("url(#upm-clip-occupied)"), None),
                Part::Held => (None, Some("url(#upm-mask-held)")),
            };
            Some(html! {
                <path d={outline_attr(&region.d, p.server_drawn)} data-region={iso} data-part={part.as_str()} clip-path={clip} mask={mask} />
            })
        });
        html! {
            <g class={classes!("upm-provision", format!("upm-provision--{}", kind.as_str()))} data-provision={kind.as_str()}>
                { for shapes }
            </g>
        }
    });
    html! {
        <g class="upm-provisions" aria-hidden="true" data-proposal={proposal.id.clone()}>
            <defs>
                if uses(Part::Occupied) {
                    <clipPath id="upm-clip-occupied">
                        <path d={outline_attr(&paths.area, p.server_drawn)} clip-path={ukraine_clip} />
                    </clipPath>
                }
                if uses(Part::Held) {
                    <mask id="upm-mask-held" maskUnits="userSpaceOnUse" x="0" y="0" width={w.clone()} height={h.clone()}>
                        <rect width={w} height={h} fill="white" />
                        <path d={outline_attr(&paths.area, p.server_drawn)} fill="black" stroke="black" stroke-width="0.6" clip-path={ukraine_clip} />
                    </mask>
                }
            </defs>
            { for layers }
        </g>
    }
}
