//! What changed between two consecutive dates: the area newly occupied and the area no
//! longer occupied, cut per region so each region's change is known, and drawn by the
//! widget as its own layers (`data/changes/DATE.geojson`).

use crate::geometry::{area_km2, from_geo, tidy, to_geo, Rings};
use crate::occupied::Layer;
use crate::regions::Region;
use geo::{BooleanOps, MultiPolygon};
use upm_core::data::shares::CHANGE_NOISE_KM2;

pub struct Part {
    pub polygons: Vec<Rings>,
    pub area_km2: f64,
    pub by_region: Vec<(&'static str, f64)>,
}

/// (newly occupied, no longer occupied) from the layers of `before` to those of `after`.
pub fn between(regions: &[Region], before: &[Layer], after: &[Layer]) -> (Part, Part) {
    let union =
        |layers: &[Layer]| layers.iter().fold(MultiPolygon::new(vec![]), |acc, l| acc.union(&to_geo(&l.polygons)));
    let (was, is) = (union(before), union(after));
    let mut gained = Part { polygons: vec![], area_km2: 0.0, by_region: vec![] };
    let mut regained = Part { polygons: vec![], area_km2: 0.0, by_region: vec![] };
    let mut pieces = (Vec::new(), Vec::new());
    for region in regions {
        let shape = to_geo(&region.polygons);
        let (was, is) = (shape.intersection(&was), shape.intersection(&is));
        for (part, piece, into) in
            [(&mut gained, is.difference(&was), &mut pieces.0), (&mut regained, was.difference(&is), &mut pieces.1)]
        {
            // A region's change under CHANGE_NOISE_KM2 is the difference between two
            // tracings, not a move of the front: not drawn (nor counted by the widget).
            let polys = tidy(from_geo(&piece), 5e-6);
            let km2 = area_km2(&polys);
            if km2 >= CHANGE_NOISE_KM2 {
                part.by_region.push((region.name.iso, km2));
                into.push(to_geo(&polys));
            }
        }
    }
    for (part, pieces) in [(&mut gained, pieces.0), (&mut regained, pieces.1)] {
        let merged = pieces.into_iter().fold(MultiPolygon::new(vec![]), |acc, p| acc.union(&p));
        part.polygons = tidy(from_geo(&merged), 5e-6);
        part.area_km2 = area_km2(&part.polygons);
    }
    (gained, regained)
}
