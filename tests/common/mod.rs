//! Helpers shared by the native tests: our data as `geo` shapes, and the team's
//! reference data in ../shared (read at run time, never copied into the project).
#![allow(dead_code)]

use geo::MultiPolygon;
use std::path::PathBuf;

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

pub fn to_geo(polygons: &[upm_core::geo::Polygon]) -> MultiPolygon<f64> {
    upm_core::geo::interop::to_geo(polygons)
}

pub fn km2(mp: &MultiPolygon<f64>) -> f64 {
    upm_core::geo::interop::geodesic_km2(mp)
}

/// The reference figures for 2025-04-25 (DeepStateMap measured on the same outline).
pub fn reference_figures() -> Option<serde_json::Value> {
    shared("data/occupied/figures.json").map(|s| serde_json::from_str(&s).expect("figures.json parses"))
}

pub mod adversarial;
