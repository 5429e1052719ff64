//! Neighbouring countries and seas, drawn lightly behind Ukraine for orientation.
//!
//! Natural Earth admin-0 outlines are clipped to a box around Ukraine, Ukraine's own
//! outline is cut out of them (so no neighbour peeks out under a region at the
//! coast), and they are simplified harder than the regions: they are only scenery.

use crate::geometry::{from_geo, tidy, to_geo, Rings};
use crate::regions::Region;
use crate::simplify::simplify;
use crate::topology::Point;
use geo::{BooleanOps, MultiPolygon};
use upm_core::data::geojson::{feature_collection, feature_id, polygons};

pub struct Country {
    pub iso_a3: &'static str,
    pub name_en: &'static str,
    pub name_uk: &'static str,
    pub polygons: Vec<Rings>,
}

/// A sea or country label: name and where to write it.
pub struct Label {
    pub kind: &'static str,
    pub name_en: &'static str,
    pub name_uk: &'static str,
    pub at: Point,
}

const NEIGHBOURS: [(&str, &str, &str); 9] = [
    ("POL", "Poland", "Польща"),
    ("SVK", "Slovakia", "Словаччина"),
    ("HUN", "Hungary", "Угорщина"),
    ("ROU", "Romania", "Румунія"),
    ("MDA", "Moldova", "Молдова"),
    ("BLR", "Belarus", "Білорусь"),
    ("RUS", "Russia", "Росія"),
    ("BGR", "Bulgaria", "Болгарія"),
    ("LTU", "Lithuania", "Литва"),
];

/// Wide enough to fill the map's frame at any aspect ratio it is drawn at.
pub const FRAME: [f64; 4] = [19.0, 42.0, 43.5, 55.0];

pub fn build(world_text: &str, regions: &[Region]) -> Result<(Vec<Country>, Vec<Label>), String> {
    let world = feature_collection(world_text).map_err(|e| e.to_string())?;
    let frame = to_geo(&[vec![vec![
        [FRAME[0], FRAME[1]],
        [FRAME[2], FRAME[1]],
        [FRAME[2], FRAME[3]],
        [FRAME[0], FRAME[3]],
        [FRAME[0], FRAME[1]],
    ]]]);
    let ukraine = regions.iter().fold(MultiPolygon::new(vec![]), |acc, r| acc.union(&to_geo(&r.polygons)));
    let mut countries = Vec::new();
    for (iso, en, uk) in NEIGHBOURS {
        let feature = world
            .features
            .iter()
            .find(|f| feature_id(f).as_deref() == Some(iso))
            .ok_or_else(|| format!("world.hires.json has no {iso}"))?;
        let outline = polygons(feature.geometry.as_ref(), iso).map_err(|e| e.to_string())?;
        let shape = to_geo(&outline).intersection(&frame).difference(&ukraine);
        let simplified: Vec<Rings> =
            from_geo(&shape).into_iter().map(|rings| rings.iter().map(|r| simplify(r, 0.03)).collect()).collect();
        let polygons = tidy(simplified, 0.002);
        if !polygons.is_empty() {
            countries.push(Country { iso_a3: iso, name_en: en, name_uk: uk, polygons });
        }
    }
    let labels = vec![
        Label { kind: "sea", name_en: "Black Sea", name_uk: "Чорне море", at: [31.2, 45.0] },
        Label { kind: "sea", name_en: "Sea of Azov", name_uk: "Азовське море", at: [36.6, 46.2] },
        Label { kind: "country", name_en: "Russia", name_uk: "Росія", at: [39.6, 51.4] },
        Label { kind: "country", name_en: "Belarus", name_uk: "Білорусь", at: [27.8, 52.7] },
        Label { kind: "country", name_en: "Poland", name_uk: "Польща", at: [22.4, 51.6] },
        Label { kind: "country", name_en: "Romania", name_uk: "Румунія", at: [25.0, 46.4] },
        Label { kind: "country", name_en: "Moldova", name_uk: "Молдова", at: [28.4, 47.2] },
    ];
    Ok((countries, labels))
}
