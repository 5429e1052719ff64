//! The embedded data (packed by build.rs into one binary) is exactly the committed files.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::read;
use ukraine_peace_map::data::context::parse_context;
use ukraine_peace_map::data::occupation::parse_occupation;
use ukraine_peace_map::data::region::parse_regions;
use ukraine_peace_map::data::terms::parse_terms;
use ukraine_peace_map::data::timeline::{parse_changes, DEFAULT_STOP, STOPS};

#[test]
fn packed_geometry_equals_the_geojson() {
    let embedded = ukraine_peace_map::embedded::dataset().unwrap();
    assert_eq!(embedded.geography.regions, parse_regions(&read("data/regions.geojson")).unwrap());
    assert_eq!(embedded.timeline.stops.len(), STOPS.len());
    for (stop, date) in embedded.timeline.stops.iter().zip(STOPS) {
        assert_eq!(*stop, parse_occupation(&read(&format!("data/occupied/{date}.geojson"))).unwrap(), "{date}");
    }
    assert_eq!(embedded.timeline.default_stop().as_of, DEFAULT_STOP);
    for (i, (change, date)) in embedded.timeline.changes.iter().zip(STOPS).enumerate() {
        match change {
            None => assert_eq!(i, 0, "{date}: only the first date has no change"),
            Some(c) => assert_eq!(*c, parse_changes(&read(&format!("data/changes/{date}.geojson"))).unwrap(), "{date}"),
        }
    }
    assert_eq!(embedded.geography.context, parse_context(&read("data/context.geojson")).unwrap());
    assert_eq!(embedded.terms, parse_terms(&read("data/terms.json")).unwrap());
}
