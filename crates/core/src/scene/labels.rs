//! Which regions the map names: Kyiv, the regions some term of the proposal names, and the
//! five regions Russia claims to have annexed (Crimea in 2014; Donetsk, Luhansk,
//! Zaporizhzhia and Kherson oblasts in September 2022), where the story is, whatever the
//! terms file says. Sevastopol's label would sit on Crimea's, so the pair is named once.

use super::cities::{text_width, OnScreen, Rect};
use super::frame::RegionShape;
use crate::data::regions_table::{Kind, KYIV_CITY, REGIONS, SEVASTOPOL};
use crate::data::{Geography, Region, Terms};
use crate::geo::path::path_bounds;
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

/// Where a name sits across its point while the map's width is not known (the server's
/// HTML; the seas' and neighbours' names): near the left or right edge it grows inwards.
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

/// Under this width (CSS px) a map is a phone's for its names: 10 px type, no seas' or
/// neighbours' names (`.upm-labels--narrow` in the stylesheet).
pub const NARROW_MAP_PX: f64 = 480.0;

/// The regions' names' font on a map `map_px` wide, CSS px (as `.upm-label`).
pub fn label_font(map_px: f64) -> f64 {
    if map_px < NARROW_MAP_PX {
        10.0
    } else {
        12.0
    }
}

/// How far from the map's edge a name stays, CSS px.
const EDGE_PX: f64 = 2.0;

/// A region's name as a map of known width writes it: its lines, their font (CSS px), and
/// the point (CSS px from the map's top left) the lines are centred on.
#[derive(Clone, Debug, PartialEq)]
pub struct SetName {
    pub lines: Vec<String>,
    pub font: f64,
    /// Set in bold (a city-like name: Crimea, Kyiv), not in the oblasts' regular italics.
    pub bold: bool,
    pub x: f64,
    pub y: f64,
}

impl SetName {
    /// The height of one line, CSS px.
    pub fn line_height(&self) -> f64 {
        self.font * 1.2
    }

    /// Each line's step down (CSS px, SVG's `dy`) from the name's point, the lines centred
    /// on it (`dominant-baseline: middle`): the first from the point, each next from the
    /// line before.
    pub fn line_steps(&self) -> impl Iterator<Item = f64> + '_ {
        let first = -(self.lines.len() as f64 - 1.0) / 2.0 * self.line_height();
        (0..self.lines.len()).map(move |i| if i == 0 { first } else { self.line_height() })
    }

    /// Its box, CSS px.
    pub fn rect(&self) -> Rect {
        let half_w = self.lines.iter().map(|l| text_width(l, self.font, self.bold)).fold(0.0, f64::max) / 2.0;
        let half_h = (self.lines.len() as f64 - 1.0) / 2.0 * self.line_height() + self.font * 0.65;
        [self.x - half_w, self.y - half_h, self.x + half_w, self.y + half_h]
    }
}

/// A region's name on a map of known width. In one line where that is no wider than the
/// region on screen, placed as [`anchor`] says (near an edge it grows inwards, so that the
/// cities' names keep their places around it); an oblast's name wider than its region in
/// two lines ("Luhansk" / "region"), centred on its point, so that it stays over the region
/// (in one line, "Luhansk region" lay half over Kharkiv oblast on a phone). Either is moved
/// in, where it must, to stay on the map.
pub fn set_name(region: &Region, shape: &RegionShape, on: OnScreen) -> SetName {
    let OnScreen { frame, view, map_px, lang } = on;
    let font = label_font(map_px);
    let name = map_name(region, lang);
    let on_screen = map_px / frame.width * view.scale;
    let region_px = path_bounds(&shape.d).map(|b| (b[2] - b[0]) * on_screen);
    let bold = region.info.kind != Kind::Oblast;
    let lines = match name.rsplit_once(' ') {
        Some((first, last)) if !bold && region_px.is_some_and(|w| text_width(&name, font, bold) > w) => {
            vec![first.to_string(), last.to_string()]
        }
        _ => vec![name],
    };
    let half = lines.iter().map(|l| text_width(l, font, bold)).fold(0.0, f64::max) / 2.0;
    let at = view.to_screen(shape.label);
    let x = match anchor(at[0]) {
        _ if lines.len() == 2 => at[0] * map_px,
        Anchor::Start => at[0] * map_px + half,
        Anchor::Middle => at[0] * map_px,
        Anchor::End => at[0] * map_px - half,
    };
    let x = x.min(map_px - EDGE_PX - half).max(EDGE_PX + half);
    SetName { lines, font, bold, x, y: at[1] * map_px * frame.height / frame.width }
}

/// The regions' names a map of known width writes (not Kyiv's: its city's mark names it),
/// each set for it ([`set_name`]), in the order of [`labelled_regions`].
pub fn set_names(geography: &Geography, terms: &Terms, on: OnScreen) -> Vec<(&'static str, SetName)> {
    labelled_regions(terms)
        .into_iter()
        .filter(|iso| !is_capital(iso))
        .filter_map(|iso| Some((iso, set_name(geography.region(iso)?, on.frame.region(iso)?, on))))
        .collect()
}

/// The boxes (CSS px) of the seas' and neighbours' names, on a map wide enough to show
/// them (the stylesheet hides them on a narrow one).
pub fn place_boxes(on: OnScreen) -> Vec<Rect> {
    let OnScreen { frame, view, map_px, lang } = on;
    if map_px < NARROW_MAP_PX {
        return Vec::new();
    }
    let (size, map_h) = (12.0, map_px * frame.height / frame.width);
    let boxed = |at: [f64; 2], text: &str| {
        let (x, y) = (at[0] * map_px, at[1] * map_h);
        // Bold's wider estimate: the seas' italics are narrower, the neighbours' capitals
        // wider but spaced (`.upm-label--country-label`).
        let w = text_width(text, size, true);
        let x0 = match anchor(at[0]) {
            Anchor::Start => x,
            Anchor::Middle => x - w / 2.0,
            Anchor::End => x - w,
        };
        [x0, y - size * 0.65, x0 + w, y + size * 0.65]
    };
    frame.places.iter().map(|p| boxed(view.to_screen(p.at), p.name(lang))).collect()
}
