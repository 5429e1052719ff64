//! The 27 regions: Natural Earth polygons, simplified along shared arcs, named,
//! labelled and measured.

use crate::geometry::{area_km2, tidy, Rings};
use crate::polylabel::pole_of_inaccessibility;
use crate::simplify::simplify;
use crate::topology::{Point, Topology};
use upm_core::data::geojson::{feature_collection, polygons, string_property};
use upm_core::data::regions_table::{by_ne_adm1_code, RegionInfo};

pub struct Region {
    pub name: &'static RegionInfo,
    pub polygons: Vec<Rings>,
    pub label: Point,
    pub area_km2: f64,
}

/// Parses Natural Earth's FeatureCollection into (adm1_code, polygons).
pub fn read_natural_earth(text: &str) -> Result<Vec<(String, Vec<Rings>)>, String> {
    let fc = feature_collection(text).map_err(|e| e.to_string())?;
    fc.features
        .iter()
        .map(|f| {
            let code = string_property(f, "adm1_code").ok_or("feature without adm1_code")?;
            Ok((code.to_string(), polygons(f.geometry.as_ref(), code).map_err(|e| e.to_string())?))
        })
        .collect()
}

/// Simplifies all regions together so that shared borders stay shared.
pub fn build(source: Vec<(String, Vec<Rings>)>, tolerance: f64) -> Result<(Vec<Region>, usize, usize), String> {
    // Flatten every ring, remembering where it belongs.
    let mut rings = Vec::new();
    let mut owner = Vec::new();
    for (f, (_, polygons)) in source.iter().enumerate() {
        for (p, poly) in polygons.iter().enumerate() {
            for r in poly {
                rings.push(r.clone());
                owner.push((f, p));
            }
        }
    }
    crate::snap::snap(&mut rings, 1e-9);
    let mut topo = Topology::build(&rings);
    let before = topo.vertex_count();
    for arc in &mut topo.arcs {
        *arc = simplify(arc, tolerance);
    }
    let after = topo.vertex_count();

    let mut regions = Vec::new();
    for (f, (code, polygons)) in source.iter().enumerate() {
        let name = by_ne_adm1_code(code).ok_or_else(|| format!("unknown Natural Earth region {code}"))?;
        let mut rebuilt: Vec<Rings> = vec![Vec::new(); polygons.len()];
        for (i, &(of, p)) in owner.iter().enumerate() {
            if of == f {
                rebuilt[p].push(topo.ring(i));
            }
        }
        // Islands smaller than ~0.5 km² vanish at this scale.
        let polygons = tidy(rebuilt, 5e-5);
        if polygons.is_empty() {
            return Err(format!("{} vanished during simplification", name.iso));
        }
        let largest = polygons
            .iter()
            .max_by(|a, b| area_km2(std::slice::from_ref(a)).total_cmp(&area_km2(std::slice::from_ref(b))))
            .cloned()
            .unwrap_or_default();
        let label = crate::geometry::round(pole_of_inaccessibility(&largest, 0.001));
        let area = area_km2(&polygons);
        regions.push(Region { name, polygons, label, area_km2: area });
    }
    regions.sort_by_key(|r| r.name.iso);
    Ok((regions, before, after))
}

/// Inserts `n - 1` evenly spaced points into every edge: only for the benchmark, to
/// measure the widget with more vertices than the source has.
pub fn densify(regions: &mut [Region], n: usize) {
    for r in regions {
        for ring in r.polygons.iter_mut().flatten() {
            let mut out = Vec::with_capacity(ring.len() * n);
            for w in ring.windows(2) {
                for k in 0..n {
                    let t = k as f64 / n as f64;
                    out.push([w[0][0] + (w[1][0] - w[0][0]) * t, w[0][1] + (w[1][1] - w[0][1]) * t]);
                }
            }
            out.push(ring[ring.len() - 1]);
            *ring = out;
        }
    }
}
