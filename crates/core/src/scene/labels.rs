//! Which regions the map names: Kyiv, the regions some term of the proposal names, and the
//! five regions Russia claims to have annexed (Crimea in 2014; Donetsk, Luhansk,
//! Zaporizhzhia and Kherson oblasts in September 2022), where the story is, whatever the
//! terms file says. Sevastopol's label would sit on Crimea's, so the pair is named once.

use super::cities::{text_width, OnScreen, Rect};
use crate::data::regions_table::{Kind, KYIV_CITY, REGIONS, SEVASTOPOL};
use crate::data::{Geography, Region, Terms};
use crate::lang::Lang;

/// The regions Russia claims to have annexed (Sevastopol aside: see above).
const CLAIMED_BY_RUSSIA: [&str; 5] = ["UA-43", "UA-14", "UA-09", "UA-23", "UA-65"];

/// In the order of the regions table (by ISO code), each once.
pub fn labelled_regions(terms: &Terms) -> Vec<&'static str> {
    let named: Vec<&str> = terms.named_regions().collect();
    REGIONS
        .iter()
        .map(|r| r.iso)
        .filter(|iso| {
            *iso == KYIV_CITY || (*iso != SEVASTOPOL && (named.contains(iso) || CLAIMED_BY_RUSSIA.contains(iso)))
        })
        .collect()
}

/// Kyiv is drawn as a capital (a dot and a heavier name).
pub fn is_capital(iso: &str) -> bool {
    iso == KYIV_CITY
}

/// A region's name on the map. An oblast's must not read as its city's ("Kherson" sat in
/// red 90 km from Kherson city, held by Ukraine): "Kherson region" (the Ukrainian short
/// name already says «обл.»).
pub fn map_name(region: &Region, lang: Lang) -> String {
    match (region.info.kind, lang) {
        (Kind::Oblast, Lang::En) => format!("{} region", region.short_name(lang)),
        _ => region.short_name(lang).to_string(),
    }
}

/// Where a name sits across its point: names near the left or right edge grow inwards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

pub fn anchor(x_fraction: f64) -> Anchor {
    if x_fraction > 0.86 {
        Anchor::End
    } else if x_fraction < 0.14 {
        Anchor::Start
    } else {
        Anchor::Middle
    }
}

/// The boxes (CSS px of a map `map_px` wide) of the names the labels layer writes next to
/// the cities layer, each with its region (None for a sea or a country): the regions'
/// (not Kyiv's: its city's mark names it), and on a map wide enough to show them, the
/// seas' and neighbours' (the stylesheet hides them on small screens).
pub fn label_boxes(geography: &Geography, terms: &Terms, on: OnScreen) -> Vec<(Option<&'static str>, Rect)> {
    let OnScreen { frame, view, map_px, lang } = on;
    let font = if map_px < 480.0 { 10.0 } else { 12.0 };
    let map_h = map_px * frame.height / frame.width;
    let boxed = |at: [f64; 2], text: &str, size: f64| {
        let (x, y) = (at[0] * map_px, at[1] * map_h);
        let w = text_width(text, size);
        let x0 = match anchor(at[0]) {
            Anchor::Start => x,
            Anchor::Middle => x - w / 2.0,
            Anchor::End => x - w,
        };
        [x0, y - size * 0.65, x0 + w, y + size * 0.65]
    };
    let mut out: Vec<(Option<&'static str>, Rect)> = labelled_regions(terms)
        .into_iter()
        .filter(|iso| !is_capital(iso))
        .filter_map(|iso| {
            let (region, shape) = (geography.region(iso)?, frame.region(iso)?);
            Some((Some(iso), boxed(view.to_screen(shape.label), &map_name(region, lang), font)))
        })
        .collect();
    if map_px >= 480.0 {
        out.extend(frame.places.iter().map(|p| (None, boxed(view.to_screen(p.at), p.name(lang), 12.0))));
    }
    out
}
