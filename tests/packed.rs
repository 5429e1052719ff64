//! The embedded data (packed by build.rs) is exactly the committed GeoJSON.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::read;
use ukraine_peace_map::data::context::parse_context;
use ukraine_peace_map::data::occupation::parse_occupation;
use ukraine_peace_map::data::region::parse_regions;
use ukraine_peace_map::data::Dataset;

#[test]
fn packed_geometry_equals_the_geojson() {
    let embedded = Dataset::embedded().unwrap();
    assert_eq!(embedded.regions, parse_regions(&read("data/regions.geojson")).unwrap());
    assert_eq!(embedded.occupation, parse_occupation(&read("data/occupied.geojson")).unwrap());
    assert_eq!(embedded.context, parse_context(&read("data/context.geojson")).unwrap());
}
