//! data/proposals.json: every plan reads, says what it is and rests on its sources, and
//! its figures (measured from the shares the widget ships) agree with an independent
//! computation on the geometry itself: each region cut by the occupied layers with the
//! `geo` crate, its geodesic area in km².
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use geo::BooleanOps;
use ukraine_peace_map::data::occupation::parse_occupation;
use ukraine_peace_map::data::proposals::{parse_proposals, Part, Place, ProvisionKind};
use ukraine_peace_map::data::region::parse_regions;
use ukraine_peace_map::data::shares::Measurer;
use ukraine_peace_map::data::timeline::STOPS;

#[test]
fn the_plans_read_and_each_rests_on_its_sources() {
    let proposals = parse_proposals(&read("data/proposals.json")).unwrap();
    let ids: Vec<&str> = proposals.list.iter().map(|p| p.id.as_str()).collect();
    for id in ["april-2025", "28-points", "20-points"] {
        assert!(ids.contains(&id), "{id} is missing");
    }
    for p in &proposals.list {
        assert!(!p.sources.is_empty(), "{}: no source", p.id);
        for s in &p.sources {
            assert!(!s.passages.is_empty(), "{} / {}: no passage", p.id, s.id);
        }
        for v in &p.provisions {
            // Reported speech: the plan's text is told as its sources', never as fact.
            let en = &v.text.en;
            assert!(
                ["said", "reported", "would", "listed", "quoted"].iter().any(|w| en.contains(w)),
                "{}: '{en}' is not told as reported",
                p.id
            );
            assert!(!v.text.uk.contains('\''), "{}: Ukrainian with a straight apostrophe", p.id);
        }
    }
    // The article's proposal draws only what the article states: Crimea, and concessions
    // it does not locate.
    let april = &proposals.list[proposals.find("april-2025").unwrap()];
    let located: Vec<_> = april.provisions.iter().filter(|v| v.place != Place::NotLocated).collect();
    assert_eq!(located.len(), 1);
    assert_eq!(located[0].place, Place::Regions { isos: vec!["UA-43", "UA-40"], part: Part::Whole });
    assert!(april.provisions.iter().any(|v| v.place == Place::NotLocated));
}

/// Each plan on each of our dates: the km² of every kind, from the widget's shares, within
/// 1% (or 30 km²) of the same rule computed on the polygons; and the parts of a region
/// add up to it.
#[test]
fn the_figures_agree_with_the_geometry() {
    let proposals = parse_proposals(&read("data/proposals.json")).unwrap();
    let regions = parse_regions(&read("data/regions.geojson")).unwrap();
    let measurer = Measurer::new(&regions);
    // 2022-03-22: our line crosses the edge of Dnipropetrovsk oblast by a sliver (12 km²).
    for date in ["2025-04-25", "2025-11-20", "2026-08-22", "2022-08-31", "2022-03-22"] {
        assert!(STOPS.contains(&date));
        let occupation = parse_occupation(&read(&format!("data/occupied/{date}.geojson"))).unwrap();
        let shares = measurer.measure(&occupation).shares;
        let occupied =
            occupation.layers.iter().fold(geo::MultiPolygon::new(vec![]), |acc, l| acc.union(&to_geo(&l.polygons)));
        let part_km2 = |iso: &str, part: Part| {
            let region = to_geo(&regions.iter().find(|r| r.iso() == iso).unwrap().polygons);
            match part {
                Part::Whole => km2(&region),
                // The rule as the downloads state it: a region whose occupied part is
                // under 0.05% of it counts as not occupied.
                Part::Occupied | Part::Held => {
                    let inside = km2(&region.intersection(&occupied));
                    let inside = if inside < km2(&region) * 0.05 / 100.0 { 0.0 } else { inside };
                    if part == Part::Occupied {
                        inside
                    } else {
                        km2(&region) - inside
                    }
                }
            }
        };
        for p in &proposals.list {
            let ours = p.km2_by_kind(&shares);
            for kind in ProvisionKind::ALL {
                let theirs: f64 = p
                    .provisions
                    .iter()
                    .filter(|v| v.kind == kind)
                    .map(|v| match &v.place {
                        Place::NotLocated => 0.0,
                        Place::Regions { isos, part } => isos.iter().map(|iso| part_km2(iso, *part)).sum(),
                    })
                    .sum();
                let ours = ours[kind.index()];
                let allowed = (theirs * 0.01).max(30.0);
                eprintln!("{date} {} {}: ours {ours:.0} km², geometry {theirs:.0} km²", p.id, kind.as_str());
                assert!(
                    (ours - theirs).abs() <= allowed,
                    "{date} {} {}: {ours:.0} vs {theirs:.0}",
                    p.id,
                    kind.as_str()
                );
            }
        }
        for r in &shares.regions {
            let sum = Part::Occupied.km2(&shares, r.iso) + Part::Held.km2(&shares, r.iso);
            assert!((sum - Part::Whole.km2(&shares, r.iso)).abs() < 1e-6, "{date} {}: parts add up", r.iso);
        }
    }
}
