//! The embedded data (packed by build.rs into one binary) is exactly the committed files.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::read;
use ukraine_peace_map::data::context::parse_context;
use ukraine_peace_map::data::occupation::parse_occupation;
use ukraine_peace_map::data::region::parse_regions;
use ukraine_peace_map::data::terms::parse_terms;

#[test]
fn packed_geometry_equals_the_geojson() {
    let embedded = ukraine_peace_map::embedded::dataset().unwrap();
    assert_eq!(embedded.geography.regions, parse_regions(&read("data/regions.geojson")).unwrap());
    assert_eq!(*embedded.timeline.default_stop(), parse_occupation(&read("data/occupied.geojson")).unwrap());
    assert_eq!(embedded.geography.context, parse_context(&read("data/context.geojson")).unwrap());
    assert_eq!(embedded.terms, parse_terms(&read("data/terms.json")).unwrap());
}
