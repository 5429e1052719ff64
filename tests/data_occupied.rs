//! data/occupied.geojson: the three layers, their areas and shares, checked against
//! the DeepStateMap reference in ../shared (read at run time, skipped when absent).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use geo::BooleanOps;
use ukraine_peace_map::data::occupation::{parse_occupation, LayerId};
use ukraine_peace_map::data::region::parse_regions;
use ukraine_peace_map::data::shares::measure;

struct Fixture {
    regions: Vec<(String, geo::MultiPolygon<f64>)>,
    layers: Vec<(LayerId, geo::MultiPolygon<f64>)>,
    json: serde_json::Value,
}

fn fixture() -> Fixture {
    let regions = parse_regions(&read("data/regions.geojson")).unwrap();
    let occupation = parse_occupation(&read("data/occupied.geojson")).unwrap();
    Fixture {
        regions: regions.iter().map(|r| (r.iso().to_string(), to_geo(&r.polygons))).collect(),
        layers: occupation.layers.iter().map(|l| (l.id, to_geo(&l.polygons))).collect(),
        json: serde_json::from_str(&read("data/occupied.geojson")).unwrap(),
    }
}

impl Fixture {
    fn ukraine_km2(&self) -> f64 {
        self.regions.iter().map(|(_, r)| km2(r)).sum()
    }
    fn layer(&self, id: LayerId) -> &geo::MultiPolygon<f64> {
        &self.layers.iter().find(|(l, _)| *l == id).unwrap().1
    }
    fn all(&self) -> geo::MultiPolygon<f64> {
        self.layers.iter().fold(geo::MultiPolygon::new(vec![]), |acc, (_, l)| acc.union(l))
    }
    fn region(&self, iso: &str) -> &geo::MultiPolygon<f64> {
        &self.regions.iter().find(|(i, _)| i == iso).unwrap().1
    }
    /// Occupied share of a region, in percent.
    fn share(&self, iso: &str) -> f64 {
        let r = self.region(iso);
        km2(&self.all().intersection(r)) / km2(r) * 100.0
    }
}

#[test]
fn three_layers_with_date_area_and_share() {
    let f = fixture();
    let ids: Vec<&str> =
        f.json["features"].as_array().unwrap().iter().map(|x| x["properties"]["layer"].as_str().unwrap()).collect();
    assert_eq!(ids, ["annexed-2014", "occupied-2014", "occupied-2022"]);
    let total = f.ukraine_km2();
    for feature in f.json["features"].as_array().unwrap() {
        let p = &feature["properties"];
        assert_eq!(p["as_of"], "2025-04-25");
        let id = LayerId::parse(p["layer"].as_str().unwrap()).unwrap();
        let measured = km2(f.layer(id));
        let stated = p["area_km2"].as_f64().unwrap();
        assert!((measured - stated).abs() < 1.0, "{id:?}: stated {stated} km², measured {measured:.1}");
        let share = p["share_pct"].as_f64().unwrap();
        assert!((share - measured / total * 100.0).abs() < 0.01, "{id:?}: share {share}");
    }
}

#[test]
fn layers_do_not_overlap_and_stay_inside_ukraine() {
    let f = fixture();
    let ukraine = f.regions.iter().fold(geo::MultiPolygon::new(vec![]), |acc, (_, r)| acc.union(r));
    for (i, (a, la)) in f.layers.iter().enumerate() {
        assert!(km2(&la.difference(&ukraine)) < 1.0, "{a:?} spills outside Ukraine");
        for (b, lb) in &f.layers[i + 1..] {
            assert!(km2(&la.intersection(lb)) < 1.0, "{a:?} overlaps {b:?}");
        }
    }
}

#[test]
fn total_share_is_within_one_point_of_the_reference() {
    let f = fixture();
    let share = km2(&f.all()) / f.ukraine_km2() * 100.0;
    // 18.52%: DeepStateMap 2025-04-25 measured on the same outline (the figure).
    let reference = reference_figures().map_or(18.522, |r| r["snapshots"]["2025-04-25"]["share_pct"].as_f64().unwrap());
    assert!((share - reference).abs() < 1.0, "occupied {share:.2}% vs reference {reference}%");
}

#[test]
fn each_region_is_within_five_points_of_the_reference() {
    let Some(reference) = reference_figures() else { return };
    let f = fixture();
    let per_region = &reference["snapshots"]["2025-04-25"]["per_region"];
    // Natural Earth codes of the figures file, to ours.
    let pairs = [
        ("Luhans'k", "UA-09"),
        ("Donets'k", "UA-14"),
        ("Zaporizhzhya", "UA-23"),
        ("Kherson", "UA-65"),
        ("Kharkiv", "UA-63"),
        ("Crimea", "UA-43"),
        ("Sevastopol", "UA-40"),
        ("Mykolayiv", "UA-48"),
        ("Dnipropetrovs'k", "UA-12"),
        ("Sumy", "UA-59"),
    ];
    for (name, iso) in pairs {
        let expected = per_region[name]["share_pct"].as_f64().unwrap();
        let ours = f.share(iso);
        eprintln!("{iso} {name}: ours {ours:.1}%, reference {expected:.1}%");
        assert!((ours - expected).abs() < 5.0, "{iso}: {ours:.1}% vs reference {expected:.1}%");
    }
}

#[test]
fn crimea_and_sevastopol_are_wholly_annexed_2014() {
    let f = fixture();
    for iso in ["UA-43", "UA-40"] {
        let r = f.region(iso);
        let covered = km2(&f.layer(LayerId::Annexed2014).intersection(r)) / km2(r);
        assert!(covered > 0.999, "{iso}: {:.3}% annexed", covered * 100.0);
    }
    // ...and nothing else is in that layer.
    let outside = f.layer(LayerId::Annexed2014).difference(&f.region("UA-43").union(f.region("UA-40")));
    assert!(km2(&outside) < 1.0);
}

#[test]
fn crimea_and_the_pre_2022_donbas_areas_are_about_seven_percent() {
    let f = fixture();
    let total = f.ukraine_km2();
    let since_2014 = km2(f.layer(LayerId::Annexed2014)) + km2(f.layer(LayerId::Occupied2014));
    let pct = since_2014 / total * 100.0;
    assert!((6.5..7.8).contains(&pct), "annexed + occupied since 2014: {pct:.2}%");
    // The 2014 line ran through Donetsk and Luhansk oblasts only.
    let donbas = f.region("UA-14").union(f.region("UA-09"));
    assert!(km2(&f.layer(LayerId::Occupied2014).difference(&donbas)) < 1.0);
}

/// Overlap with DeepStateMap's polygon for the same date, measured inside Ukraine.
#[test]
fn overlaps_the_reference_polygon_by_at_least_85_percent() {
    let Some(text) = shared("data/occupied/deepstatemap_data_20250425.geojson") else { return };
    let reference = parse_occupation_reference(&text);
    let f = fixture();
    let ukraine = f.regions.iter().fold(geo::MultiPolygon::new(vec![]), |acc, (_, r)| acc.union(r));
    let reference = reference.intersection(&ukraine);
    let ours = f.all();
    let iou = km2(&ours.intersection(&reference)) / km2(&ours.union(&reference));
    eprintln!("intersection over union with DeepStateMap 2025-04-25: {iou:.4}");
    assert!(iou >= 0.85, "IoU {iou:.3}");
}

fn parse_occupation_reference(text: &str) -> geo::MultiPolygon<f64> {
    let fc = ukraine_peace_map::data::geojson::feature_collection(text).unwrap();
    let mut all = Vec::new();
    for feature in &fc.features {
        all.extend(ukraine_peace_map::data::geojson::polygons(feature.geometry.as_ref(), "reference").unwrap());
    }
    to_geo(&all)
}

/// The widget measures shares at load time (scanlines on an equal-area plane); its
/// figures must agree with the geodesic ones computed by the data tool.
#[test]
fn the_widget_measures_what_the_data_tool_measured() {
    let regions = parse_regions(&read("data/regions.geojson")).unwrap();
    let occupation = parse_occupation(&read("data/occupied.geojson")).unwrap();
    let shares = measure(&regions, &occupation);
    let f = fixture();
    assert!(
        (shares.ukraine_km2 - f.ukraine_km2()).abs() / f.ukraine_km2() < 0.001,
        "{} vs {}",
        shares.ukraine_km2,
        f.ukraine_km2()
    );
    for id in LayerId::ALL {
        let geodesic = km2(f.layer(id));
        let widget = shares.by_layer[id.index()];
        assert!((widget - geodesic).abs() / geodesic < 0.002, "{id:?}: widget {widget:.0} vs geodesic {geodesic:.0}");
    }
    for r in &regions {
        let geodesic = km2(&to_geo(&r.polygons));
        let widget = shares.region(r.iso()).unwrap().area_km2;
        assert!(
            (widget - geodesic).abs() / geodesic < 0.005,
            "{}: widget {widget:.1} vs geodesic {geodesic:.1}",
            r.iso()
        );
    }
    assert_eq!(shares.region("UA-43").unwrap().occupied_pct().round(), 100.0);
}
