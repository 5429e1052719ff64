//! The three occupied layers, cut out of the (already simplified) regions along our
//! lines of contact, so that every layer edge that is not the front line *is* a
//! region border or coastline of the map.

use crate::geometry::{area_km2, from_geo, tidy, to_geo, Rings};
use crate::line_of_contact::Line;
use crate::regions::Region;
use geo::{BooleanOps, MultiPolygon};
use upm_core::data::regions_table::ANNEXED_2014;
use upm_core::data::LayerId;

#[derive(Clone)]
pub struct Layer {
    pub id: LayerId,
    pub polygons: Vec<Rings>,
    pub area_km2: f64,
    /// Occupied km² per region ISO code (regions with none are left out).
    pub by_region: Vec<(&'static str, f64)>,
}

/// The layers on the date of `front` (None: the eve of the full-scale invasion, when only
/// the 2014 layers existed).
pub fn build(
    regions: &[Region],
    lines: &[Line],
    pre_invasion: &str,
    front: Option<&str>,
) -> Result<Vec<Layer>, String> {
    let ring_of = |name: &str| -> Result<MultiPolygon<f64>, String> {
        let line = lines.iter().find(|l| l.name == name).ok_or_else(|| format!("data/lines/ has no line {name}"))?;
        Ok(to_geo(&[vec![line.ring.clone()]]))
    };
    let held_2014 = ring_of(pre_invasion)?;
    let held_now = match front {
        Some(front) => ring_of(front)?,
        None => MultiPolygon::new(vec![]),
    };

    let mut layers: Vec<Layer> =
        LayerId::ALL.map(|id| Layer { id, polygons: vec![], area_km2: 0.0, by_region: vec![] }).into();
    let mut pieces: Vec<Vec<MultiPolygon<f64>>> = vec![vec![], vec![], vec![]];
    for region in regions {
        let shape = to_geo(&region.polygons);
        let parts: [MultiPolygon<f64>; 3] = if ANNEXED_2014.contains(&region.name.iso) {
            [shape, MultiPolygon::new(vec![]), MultiPolygon::new(vec![])]
        } else {
            let since_2014 = shape.intersection(&held_2014);
            let since_2022 = shape.intersection(&held_now).difference(&held_2014);
            [MultiPolygon::new(vec![]), since_2014, since_2022]
        };
        for (i, part) in parts.into_iter().enumerate() {
            // Cuts leave slivers of floating-point noise along borders; 0.05 km² is far
            // below what the map can show.
            let polys = tidy(from_geo(&part), 5e-6);
            let km2 = area_km2(&polys);
            if km2 > 0.05 {
                layers[i].by_region.push((region.name.iso, km2));
                pieces[i].push(to_geo(&polys));
            }
        }
    }
    for (layer, parts) in layers.iter_mut().zip(pieces) {
        let merged = parts.into_iter().fold(MultiPolygon::new(vec![]), |acc, p| acc.union(&p));
        layer.polygons = tidy(from_geo(&merged), 5e-6);
        layer.area_km2 = area_km2(&layer.polygons);
    }
    Ok(layers)
}
