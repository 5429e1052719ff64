//! Which marked places fit on the map at the size and zoom shown, and on which side of its
//! dot each name goes (right, left, above or below, the first that fits): by rank, a place
//! is kept when its dot and name touch no name or dot already placed and none of the map's
//! other names (`obstacles`). A phone's map keeps at
//! most [`PHONE_MAX`] and writes the short names.
//!
//! On a phone, where the regions' names fill the south, the cities come first (Zaporizhzhia
//! and Kherson cities are held while most of their regions are not: a reader must see
//! that), and a region's name that would touch one gives way ([`layout`]).
//!
//! Everything here is in CSS pixels of the map as shown, so that the names keep their size
//! at any width and zoom; positions go back to frame units for the SVG.

use super::labels::{label_font, place_boxes, set_names, SetName, NARROW_MAP_PX};
use super::{MapFrame, View};
use crate::data::cities::{City, CityKind};
use crate::data::{Geography, Terms};
use crate::geo::Point;
use crate::lang::Lang;

/// A map narrower than this (CSS px) is a phone's.
pub const PHONE_WIDTH: f64 = 560.0;
/// On a map narrower than this, the cities' names come before the regions' ([`layout`]).
pub const CITIES_FIRST_WIDTH: f64 = 900.0;
/// How many places a phone's map marks at most.
pub const PHONE_MAX: usize = 6;
/// ...and a map between a phone's and a desktop's (a tablet, a narrow column).
pub const COMPACT_MAX: usize = 8;
/// The names' font size, CSS px (as `.upm-city text` in the stylesheet).
pub fn font_px(map_px: f64) -> f64 {
    if map_px < PHONE_WIDTH {
        10.0
    } else {
        11.0
    }
}
/// The least space between a region's name and another name, CSS px.
const NAME_GAP_PX: f64 = 2.0;
/// Dot radius and the gap between dot and name, CSS px.
pub const DOT_PX: f64 = 3.0;
pub const GAP_PX: f64 = 3.0;

/// Where a name goes from its dot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
    Above,
    Below,
}

impl Side {
    /// In the order they are tried.
    pub const ALL: [Side; 4] = [Side::Right, Side::Left, Side::Above, Side::Below];

    /// Where a name on this side is written from its dot (CSS px; the text centred on
    /// that point vertically) and its `text-anchor`: what the map and the picture draw
    /// inside the box [`name_box`] reserved.
    pub fn name_anchor(self, font: f64) -> (f64, f64, &'static str) {
        let d = DOT_PX + GAP_PX;
        match self {
            Side::Right => (d, 0.0, "start"),
            Side::Left => (-d, 0.0, "end"),
            Side::Above => (0.0, -d - font * 0.65, "middle"),
            Side::Below => (0.0, d + font * 0.65, "middle"),
        }
    }
}

/// A box in CSS px: left, top, right, bottom.
pub type Rect = [f64; 4];

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// A name's width at a font size, CSS px: about 0.6 em a glyph in bold (weight 600, the
/// cities' and Crimea's names) and less in the regions' regular italics. Measured in DejaVu
/// Sans at 10 px, the widest of the fonts the widget names (bold 0.60–0.72 em: "Odesa",
/// «Запоріжжя»; italic 0.55–0.65 em), so the estimate leans wide: a name dropped is better
/// than two that touch.
pub fn text_width(text: &str, font: f64, bold: bool) -> f64 {
    let em = if bold { 0.68 } else { 0.62 };
    text.chars().count() as f64 * font * em
}

/// Every name on the map: the places marked, and the regions' names written, each set and
/// placed (a region missing here gives way: Kyiv's, which its city's mark writes, or on a
/// phone one that would touch a city's name).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NameLayout {
    pub cities: Vec<Placed>,
    pub regions: Vec<(&'static str, SetName)>,
}

/// A map as the reader sees it: its frame, its zoom, its width on screen (CSS px) and its
/// language; all that placing a name depends on besides the names themselves.
#[derive(Clone, Copy, Debug)]
pub struct OnScreen<'a> {
    pub frame: &'a MapFrame,
    pub view: &'a View,
    pub map_px: f64,
    pub lang: Lang,
}

/// The names on a map `map_px` wide: on a desktop at rest the cities fit around the
/// regions' names; on a smaller map or zoomed in, the cities first, then the regions'
/// names that do not touch them.
pub fn layout(geography: &Geography, terms: &Terms, on: OnScreen) -> NameLayout {
    let OnScreen { frame, view, map_px, .. } = on;
    let names = set_names(geography, terms, on);
    let mut fixed = place_boxes(on);
    fixed.push(zoom_bar(map_px, map_px * frame.height / frame.width));
    fixed.extend(map_key(map_px));
    let cities = &geography.context.cities;
    // Zoomed in, the reader looks for towns: the cities come first there too.
    if map_px >= CITIES_FIRST_WIDTH && view.scale < 1.5 {
        let obstacles: Vec<Rect> = fixed.iter().copied().chain(names.iter().map(|(_, n)| n.rect())).collect();
        return NameLayout { cities: place(cities, on, &obstacles), regions: names };
    }
    let (towns, sites): (Vec<City>, Vec<City>) = cities.iter().cloned().partition(|c| c.kind == CityKind::City);
    let mut placed = place(&towns, on, &fixed);
    let mut boxes = boxes_of(&placed, frame, map_px);
    // A region's name that touches a city's tries half a line lower, then higher, then a
    // whole line: still over its region (the regions named are large oblasts), rather than
    // not written.
    let line = label_font(map_px) * 1.2;
    let mut regions = Vec::new();
    for (iso, name) in names {
        let free = [0.0, line / 2.0, -line / 2.0, line, -line]
            .into_iter()
            .map(|dy| SetName { y: name.y + dy, ..name.clone() })
            .find(|moved| {
                // A little air between names: their widths are estimates (`text_width`).
                let r = moved.rect();
                let padded = [r[0] - NAME_GAP_PX, r[1] - NAME_GAP_PX, r[2] + NAME_GAP_PX, r[3] + NAME_GAP_PX];
                !boxes.iter().any(|c| overlaps(c, &padded))
            });
        if let Some(moved) = free {
            boxes.push(moved.rect());
            regions.push((iso, moved));
        }
    }
    // The plant last, where it fits among the names kept.
    placed.extend(place(&sites, on, &[fixed, boxes].concat()));
    NameLayout { cities: placed, regions }
}

/// Where the zoom bar lies over the map (its bottom-left corner, `.upm-zoom` in the
/// stylesheet): five buttons of 32 px, three under 480 px, one of 44 px on a phone.
fn zoom_bar(map_px: f64, map_h: f64) -> Rect {
    let width = if map_px < NARROW_MAP_PX { 120.0 } else { 290.0 };
    [0.0, map_h - 54.0, width, map_h]
}

/// Where the key lies over the map on a wide screen (`.upm-key--map`, from a 900 px
/// window: a map of about 870 px), its top-left corner.
fn map_key(map_px: f64) -> Option<Rect> {
    (map_px >= 870.0).then_some([0.0, 0.0, 200.0, 100.0])
}

/// The boxes of placed names and dots (CSS px), as [`place`] measured them.
fn boxes_of(placed: &[Placed], frame: &MapFrame, map_px: f64) -> Vec<Rect> {
    let font = font_px(map_px);
    placed
        .iter()
        .flat_map(|p| {
            let at = [p.at[0] / frame.width * map_px, p.at[1] / frame.height * map_px * frame.height / frame.width];
            [dot_box(at), name_box(at, p.side, &p.name, font)]
        })
        .collect()
}

/// The room a dot takes (CSS px), a pixel around it.
fn dot_box([x, y]: Point) -> Rect {
    let r = DOT_PX + 1.0;
    [x - r, y - r, x + r, y + r]
}

/// The room a name takes beside its dot at `[x, y]` (CSS px): the one shape [`place`]
/// tries and [`layout`] checks the regions' names against.
fn name_box([x, y]: Point, side: Side, name: &str, font: f64) -> Rect {
    let (w, h, d) = (text_width(name, font, true), font * 1.3, DOT_PX + GAP_PX);
    match side {
        Side::Right => [x + d, y - h / 2.0, x + d + w, y + h / 2.0],
        Side::Left => [x - d - w, y - h / 2.0, x - d, y + h / 2.0],
        Side::Above => [x - w / 2.0, y - d - h, x + w / 2.0, y - d],
        Side::Below => [x - w / 2.0, y + d, x + w / 2.0, y + d + h],
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub geonames_id: u32,
    pub kind: CityKind,
    pub name: String,
    /// The dot, in frame units (outside the zoom transform: `View` already applied).
    pub at: Point,
    /// Where the name goes (the first side where it fits).
    pub side: Side,
}

/// The places shown, in rank order.
pub fn place(cities: &[City], on: OnScreen, obstacles: &[Rect]) -> Vec<Placed> {
    let OnScreen { frame, view, map_px, lang } = on;
    let phone = map_px < PHONE_WIDTH;
    let font = font_px(map_px);
    let map_h = map_px * frame.height / frame.width;
    let mut taken: Vec<Rect> = obstacles.to_vec();
    let mut out = Vec::new();
    let limit = if phone {
        PHONE_MAX
    } else if map_px < CITIES_FIRST_WIDTH {
        COMPACT_MAX
    } else {
        cities.len()
    };
    // A phone marks cities only: the plant's name would take a city's room. The front's
    // towns wait for a zoom.
    let eligible = |c: &City| (!phone || c.kind == CityKind::City) && view.scale >= f64::from(c.min_scale);
    // Each place on screen (CSS px), projected once.
    let screen: Vec<Point> = cities
        .iter()
        .map(|c| {
            let s = view.to_screen(frame.projection.project(c.at));
            [s[0] * map_px, s[1] * map_h]
        })
        .collect();
    // No name covers the dot of a place that may still be marked after it.
    let dots: Vec<(u32, Rect)> = cities
        .iter()
        .zip(&screen)
        .filter(|(c, _)| eligible(c))
        .take(limit)
        .map(|(c, at)| (c.geonames_id, dot_box(*at)))
        .collect();
    for (city, &[x, y]) in cities.iter().zip(&screen) {
        if out.len() >= limit {
            break;
        }
        if !eligible(city) {
            continue;
        }
        let dot = dot_box([x, y]);
        if dot[0] < 0.0 || dot[1] < 0.0 || dot[2] > map_px || dot[3] > map_h {
            continue;
        }
        let name = city.name(lang, map_px < CITIES_FIRST_WIDTH).to_string();
        let fits = |b: &Rect| {
            b[0] >= 0.0
                && b[2] <= map_px
                && b[1] >= 0.0
                && b[3] <= map_h
                && !taken.iter().any(|t| overlaps(t, b))
                && !dots.iter().any(|(id, t)| *id != city.geonames_id && overlaps(t, b))
        };
        if taken.iter().any(|t| overlaps(t, &dot)) {
            continue;
        }
        let candidates = Side::ALL.map(|side| (side, name_box([x, y], side, &name, font)));
        let Some((side, label)) = candidates.into_iter().find(|(_, b)| fits(b)) else { continue };
        taken.push(dot);
        taken.push(label);
        out.push(Placed {
            geonames_id: city.geonames_id,
            kind: city.kind,
            name,
            at: [x / map_px * frame.width, y / map_h * frame.height],
            side,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn city(id: u32, rank: u8, at: Point, name: &str) -> City {
        City {
            geonames_id: id,
            kind: CityKind::City,
            name_en: name.into(),
            name_uk: name.into(),
            short_en: name.into(),
            short_uk: name.into(),
            rank,
            min_scale: 1,
            at,
        }
    }

    fn frame() -> MapFrame {
        use crate::data::{Context, Geography, Region};
        let info = crate::data::regions_table::by_iso("UA-30").unwrap();
        let square = vec![vec![vec![[22.0, 44.0], [40.0, 44.0], [40.0, 52.0], [22.0, 52.0], [22.0, 44.0]]]];
        let geography = Geography {
            fit: None,
            regions: vec![Region { info, label: [31.0, 48.0], polygons: square }],
            context: Context::default(),
        };
        MapFrame::new(&geography)
    }

    #[test]
    fn names_never_overlap_and_stay_on_the_map() {
        let frame = frame();
        let view = View::whole(frame.width, frame.height);
        // Three places a few km apart: at phone size only one fits; on a desktop more.
        let cities = vec![
            city(1, 1, [30.5, 48.0], "Alpha"),
            city(2, 2, [30.52, 48.01], "Bravo"),
            city(3, 3, [30.54, 48.0], "Charlie"),
            city(4, 4, [39.9, 48.0], "Far east edge"),
        ];
        for map_px in [320.0, 375.0, 900.0, 1200.0] {
            let placed = place(&cities, OnScreen { frame: &frame, view: &view, map_px, lang: Lang::En }, &[]);
            assert_eq!(placed[0].geonames_id, 1, "rank 1 first");
            // Each place's dot and name, in pairs: no box of one touches a box of another.
            let boxes = boxes_of(&placed, &frame, map_px);
            for (i, a) in boxes.iter().enumerate() {
                assert!(a[0] >= -0.01 && a[2] <= map_px + 0.01, "{map_px}: {:?} leaves the map", placed[i / 2].name);
                for b in &boxes[(i / 2 + 1) * 2..] {
                    assert!(!overlaps(a, b), "{map_px}: overlapping names");
                }
            }
            // The place at the right edge writes its name to the left of its dot.
            if let Some(p) = placed.iter().find(|p| p.geonames_id == 4) {
                assert_ne!(p.side, Side::Right);
            }
        }
    }

    #[test]
    fn obstacles_and_phone_limits_are_kept() {
        let frame = frame();
        let view = View::whole(frame.width, frame.height);
        let cities: Vec<City> = (0..12)
            .map(|i| city(i + 1, i as u8 + 1, [23.0 + 1.4 * f64::from(i), 45.0 + 0.5 * f64::from(i % 5)], "Town"))
            .collect();
        assert!(
            place(&cities, OnScreen { frame: &frame, view: &view, map_px: 375.0, lang: Lang::En }, &[]).len()
                <= PHONE_MAX
        );
        assert!(
            place(&cities, OnScreen { frame: &frame, view: &view, map_px: 1200.0, lang: Lang::En }, &[]).len()
                > PHONE_MAX
        );
        // A name over the whole map leaves no room.
        assert!(place(
            &cities,
            OnScreen { frame: &frame, view: &view, map_px: 1200.0, lang: Lang::En },
            &[[0.0, 0.0, 1200.0, 2000.0]]
        )
        .is_empty());
        // Zoomed in on the west, eastern places are off the map.
        let zoomed = View::whole(frame.width, frame.height).zoom_at(4.0, [0.0, frame.height / 2.0]);
        assert!(place(&cities, OnScreen { frame: &frame, view: &zoomed, map_px: 1200.0, lang: Lang::En }, &[])
            .iter()
            .all(|p| p.geonames_id <= 4));
    }
}
