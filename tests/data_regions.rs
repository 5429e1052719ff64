//! data/regions.geojson: the 27 regions, their names, label points, areas and shared borders.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use geo::{BooleanOps, Contains, Point};
use ukraine_peace_map::data::region::{parse_regions, ISO_CODES};
use ukraine_peace_map::geo::area::polygons_km2;

#[test]
fn has_the_27_official_regions_once_each() {
    let regions = parse_regions(&read("data/regions.geojson")).unwrap();
    assert_eq!(regions.len(), 27);
    let mut codes: Vec<&str> = regions.iter().map(|r| r.iso()).collect();
    codes.sort();
    let mut official = ISO_CODES.to_vec();
    official.sort();
    assert_eq!(codes, official);
    for (code, kind) in [("UA-43", "autonomous-republic"), ("UA-40", "city"), ("UA-30", "city"), ("UA-14", "oblast")] {
        assert_eq!(regions.iter().find(|r| r.iso() == code).unwrap().info.kind.as_str(), kind);
    }
}

#[test]
fn names_in_english_and_ukrainian() {
    for r in parse_regions(&read("data/regions.geojson")).unwrap() {
        assert!(r.info.name_en.is_ascii() && r.info.name_en.len() > 3, "{}: {}", r.iso(), r.info.name_en);
        assert!(
            r.info.name_uk.chars().any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap())),
            "{}: {}",
            r.iso(),
            r.info.name_uk
        );
    }
    let regions = parse_regions(&read("data/regions.geojson")).unwrap();
    let kyiv = regions.iter().find(|r| r.iso() == "UA-30").unwrap();
    assert_eq!((kyiv.info.name_en, kyiv.info.name_uk), ("Kyiv", "Київ"));
}

#[test]
fn every_label_point_is_inside_its_region() {
    for r in parse_regions(&read("data/regions.geojson")).unwrap() {
        let shape = to_geo(&r.polygons);
        assert!(shape.contains(&Point::new(r.label[0], r.label[1])), "{} label {:?} is outside", r.iso(), r.label);
    }
}

#[test]
fn total_area_matches_natural_earth_within_half_a_percent() {
    let regions = parse_regions(&read("data/regions.geojson")).unwrap();
    let total: f64 = regions.iter().map(|r| km2(&to_geo(&r.polygons))).sum();
    // 599,095 km²: the same Natural Earth outline, measured by the reference (figures.json).
    assert!((total - 599_095.0).abs() / 599_095.0 < 0.005, "total {total:.0} km²");
    let stated: f64 = serde_json::from_str::<serde_json::Value>(&read("data/regions.geojson")).unwrap()
        ["total_area_km2"]
        .as_f64()
        .unwrap();
    assert!((stated - total).abs() < 1.0, "total_area_km2 {stated} vs measured {total}");
}

/// Shared borders stay shared after simplification: no overlaps, no gaps.
#[test]
fn neighbours_have_no_gaps_or_overlaps() {
    let regions = parse_regions(&read("data/regions.geojson")).unwrap();
    let shapes: Vec<_> = regions.iter().map(|r| to_geo(&r.polygons)).collect();
    let sum: f64 = shapes.iter().map(km2).sum();
    let union = shapes.iter().fold(geo::MultiPolygon::new(vec![]), |acc, s| acc.union(s));
    let union_km2 = km2(&union);
    // Overlaps would make the sum exceed the union. Tolerance: 1 km² in 599,000.
    assert!((sum - union_km2).abs() < 1.0, "sum of regions {sum:.2} km² vs their union {union_km2:.2} km²");
    // Gaps would show up as holes in the union: Ukraine's outline has none. (The
    // boolean-operation library may leave zero-area slivers; a real gap has area.)
    let gaps: Vec<f64> = union
        .0
        .iter()
        .flat_map(|p| p.interiors().iter().map(|r| polygons_km2(&[vec![r.0.iter().map(|c| [c.x, c.y]).collect()]])))
        .filter(|a| *a > 0.001)
        .collect();
    assert!(gaps.is_empty(), "gaps between neighbours (km²): {gaps:?}");
    // The mainland (all regions but islands) is one piece.
    let biggest = union.0.iter().map(|p| km2(&geo::MultiPolygon::new(vec![p.clone()]))).fold(0.0, f64::max);
    assert!(biggest > 0.99 * union_km2, "the regions fall apart: largest piece {biggest:.0} of {union_km2:.0} km²");
}

#[test]
fn rings_follow_rfc_7946_winding() {
    for r in parse_regions(&read("data/regions.geojson")).unwrap() {
        for poly in &r.polygons {
            for (i, ring) in poly.iter().enumerate() {
                let a = ukraine_peace_map::geo::area::ring_area_planar(ring);
                assert!((i == 0) == (a > 0.0), "{}: ring {i} winds the wrong way", r.iso());
            }
        }
    }
}
