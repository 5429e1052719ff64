//! Helpers shared by the native tests: our data as `geo` shapes, and the team's
//! reference data in ../shared (read at run time, never copied into the project).
#![allow(dead_code)]

use geo::{Coord, GeodesicArea, LineString, MultiPolygon, Polygon};
use std::path::PathBuf;
use ukraine_peace_map::geo::Polygon as Rings;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// A file of ../shared, or None (with a message) when the folder is absent.
pub fn shared(rel: &str) -> Option<String> {
    let path = root().join("../shared").join(rel);
    match std::fs::read_to_string(&path) {
        Ok(s) => Some(s),
        Err(_) => {
            eprintln!("SKIPPED: reference file {} is absent (../shared is not checked out here)", path.display());
            None
        }
    }
}

pub fn to_geo(polygons: &[Rings]) -> MultiPolygon<f64> {
    let ls = |r: &Vec<[f64; 2]>| LineString::from(r.iter().map(|p| Coord { x: p[0], y: p[1] }).collect::<Vec<_>>());
    MultiPolygon::new(polygons.iter().map(|p| Polygon::new(ls(&p[0]), p[1..].iter().map(ls).collect())).collect())
}

pub fn km2(mp: &MultiPolygon<f64>) -> f64 {
    mp.geodesic_area_unsigned() / 1e6
}

/// The reference figures for 2025-04-25 (DeepStateMap measured on the same outline).
pub fn reference_figures() -> Option<serde_json::Value> {
    shared("data/occupied/figures.json").map(|s| serde_json::from_str(&s).expect("figures.json parses"))
}
