//! The 27 regions: Natural Earth polygons, simplified along shared arcs, named,
//! labelled and measured.

use crate::geometry::{area_km2, tidy, Rings};
use crate::names::{by_adm1_code, RegionName};
use crate::polylabel::pole_of_inaccessibility;
use crate::simplify::simplify;
use crate::topology::{Point, Topology};
use serde_json::Value;

pub struct Region {
    pub name: &'static RegionName,
    pub polygons: Vec<Rings>,
    pub label: Point,
    pub area_km2: f64,
}

/// Parses Natural Earth's FeatureCollection into (adm1_code, polygons).
pub fn read_natural_earth(text: &str) -> Result<Vec<(String, Vec<Rings>)>, String> {
    let fc: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let features = fc["features"].as_array().ok_or("no features")?;
    features
        .iter()
        .map(|f| {
            let code = f["properties"]["adm1_code"].as_str().ok_or("feature without adm1_code")?.to_string();
            Ok((code, polygons_of(&f["geometry"])?))
        })
        .collect()
}

/// Polygon or MultiPolygon geometry as a list of polygons.
pub fn polygons_of(geometry: &Value) -> Result<Vec<Rings>, String> {
    let ring = |r: &Value| -> Result<Vec<Point>, String> {
        r.as_array()
            .ok_or("ring is not an array")?
            .iter()
            .map(|c| Ok([c[0].as_f64().ok_or("bad coordinate")?, c[1].as_f64().ok_or("bad coordinate")?]))
            .collect()
    };
    let polygon =
        |p: &Value| -> Result<Rings, String> { p.as_array().ok_or("bad polygon")?.iter().map(ring).collect() };
    let coords = &geometry["coordinates"];
    match geometry["type"].as_str() {
        Some("Polygon") => Ok(vec![polygon(coords)?]),
        Some("MultiPolygon") => coords.as_array().ok_or("bad multipolygon")?.iter().map(polygon).collect(),
        other => Err(format!("unsupported geometry {other:?}")),
    }
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
        let name = by_adm1_code(code).ok_or_else(|| format!("unknown Natural Earth region {code}"))?;
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
