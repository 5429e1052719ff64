//! data/occupied/DATE.geojson: the three layers of every date, their areas and shares,
//! checked against the DeepStateMap references in ../shared (read at run time, skipped
//! with a message when absent): total share, overlap, each region, and the change
//! between dates.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use geo::BooleanOps;
use ukraine_peace_map::data::occupation::{parse_occupation, LayerId};
use ukraine_peace_map::data::region::parse_regions;
use ukraine_peace_map::data::regions_table::{by_ne_adm1_code, ANNEXED_2014, DONBAS};
use ukraine_peace_map::data::shares::measure;
use ukraine_peace_map::data::timeline::{DEFAULT_STOP, METHOD_CHECKS, PRE_INVASION, STOPS};

/// The dates ../shared has a reference for (2024-07-08 checks the method only).
const REFERENCE_DATES: [&str; 4] = ["2024-07-08", "2025-04-25", "2025-11-20", "2026-08-22"];

struct Fixture {
    date: String,
    regions: Vec<(String, geo::MultiPolygon<f64>)>,
    layers: Vec<(LayerId, geo::MultiPolygon<f64>)>,
    json: serde_json::Value,
}

fn path(date: &str) -> String {
    format!("data/occupied/{date}.geojson")
}

fn fixture(date: &str) -> Fixture {
    let regions = parse_regions(&read("data/regions.geojson")).unwrap();
    let occupation = parse_occupation(&read(&path(date))).unwrap();
    Fixture {
        date: date.to_string(),
        regions: regions.iter().map(|r| (r.iso().to_string(), to_geo(&r.polygons))).collect(),
        layers: occupation.layers.iter().map(|l| (l.id, to_geo(&l.polygons))).collect(),
        json: serde_json::from_str(&read(&path(date))).unwrap(),
    }
}

fn every_date() -> impl Iterator<Item = &'static str> {
    STOPS.into_iter().chain(METHOD_CHECKS)
}

impl Fixture {
    fn ukraine_km2(&self) -> f64 {
        self.regions.iter().map(|(_, r)| km2(r)).sum()
    }
    fn ukraine(&self) -> geo::MultiPolygon<f64> {
        self.regions.iter().fold(geo::MultiPolygon::new(vec![]), |acc, (_, r)| acc.union(r))
    }
    fn layer(&self, id: LayerId) -> geo::MultiPolygon<f64> {
        self.layers.iter().find(|(l, _)| *l == id).map_or_else(|| geo::MultiPolygon::new(vec![]), |l| l.1.clone())
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
    fn total_share(&self) -> f64 {
        km2(&self.all()) / self.ukraine_km2() * 100.0
    }
}

/// The reference polygon of a date, clipped to the same Natural Earth outline as ours.
fn reference_polygon(f: &Fixture) -> Option<geo::MultiPolygon<f64>> {
    let text = shared(&format!("data/occupied/deepstatemap_data_{}.geojson", f.date.replace('-', "")))?;
    let fc = ukraine_peace_map::data::geojson::feature_collection(&text).unwrap();
    let mut all = Vec::new();
    for feature in &fc.features {
        all.extend(ukraine_peace_map::data::geojson::polygons(feature.geometry.as_ref(), "reference").unwrap());
    }
    Some(to_geo(&all).intersection(&f.ukraine()))
}

/// The reference figures of a date (DeepStateMap measured on the same outline).
fn reference_snapshot(date: &str) -> Option<serde_json::Value> {
    reference_figures().map(|r| r["snapshots"][date].clone()).filter(|s| !s.is_null())
}

#[test]
fn every_date_has_its_layers_with_date_area_and_share() {
    for date in every_date() {
        let f = fixture(date);
        let ids: Vec<&str> =
            f.json["features"].as_array().unwrap().iter().map(|x| x["properties"]["layer"].as_str().unwrap()).collect();
        let expected: &[&str] = if date == PRE_INVASION {
            &["annexed-2014", "occupied-2014"]
        } else {
            &["annexed-2014", "occupied-2014", "occupied-2022"]
        };
        assert_eq!(ids, expected, "{date}");
        let total = f.ukraine_km2();
        for feature in f.json["features"].as_array().unwrap() {
            let p = &feature["properties"];
            assert_eq!(p["as_of"], date);
            let id = LayerId::parse(p["layer"].as_str().unwrap()).unwrap();
            assert_eq!(p["since"], id.since());
            let measured = km2(&f.layer(id));
            let stated = p["area_km2"].as_f64().unwrap();
            assert!((measured - stated).abs() < 1.0, "{date} {id:?}: stated {stated} km², measured {measured:.1}");
            let share = p["share_pct"].as_f64().unwrap();
            assert!((share - measured / total * 100.0).abs() < 0.01, "{date} {id:?}: share {share}");
        }
    }
}

#[test]
fn layers_do_not_overlap_and_stay_inside_ukraine() {
    for date in every_date() {
        let f = fixture(date);
        let ukraine = f.ukraine();
        for (i, (a, la)) in f.layers.iter().enumerate() {
            assert!(km2(&la.difference(&ukraine)) < 1.0, "{date}: {a:?} spills outside Ukraine");
            for (b, lb) in &f.layers[i + 1..] {
                assert!(km2(&la.intersection(lb)) < 1.0, "{date}: {a:?} overlaps {b:?}");
            }
        }
    }
}

#[test]
fn total_share_is_within_one_point_of_the_reference() {
    let f = fixture(DEFAULT_STOP);
    let share = f.total_share();
    // 18.52%: DeepStateMap 2025-04-25 measured on the same outline (the figure).
    let reference = reference_figures().map_or(18.522, |r| r["snapshots"]["2025-04-25"]["share_pct"].as_f64().unwrap());
    assert!((share - reference).abs() < 1.0, "occupied {share:.2}% vs reference {reference}%");
}

#[test]
fn each_region_is_within_five_points_of_the_reference() {
    let Some(reference) = reference_figures() else { return };
    let f = fixture(DEFAULT_STOP);
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

/// Every date with a reference: total share within 0.5 point, intersection over union at
/// least 0.93, every mainland region within 2 points.
#[test]
fn every_reference_date_matches_its_reference() {
    for date in REFERENCE_DATES {
        let Some(snapshot) = reference_snapshot(date) else { return };
        let f = fixture(date);
        let (ours, theirs) = (f.total_share(), snapshot["share_pct"].as_f64().unwrap());
        eprintln!("{date}: ours {ours:.3}%, reference {theirs:.3}%");
        assert!((ours - theirs).abs() <= 0.5, "{date}: total {ours:.3}% vs reference {theirs:.3}%");
        let reference = reference_polygon(&f).unwrap();
        let all = f.all();
        let iou = km2(&all.intersection(&reference)) / km2(&all.union(&reference));
        eprintln!("{date}: intersection over union {iou:.4}");
        assert!(iou >= 0.93, "{date}: IoU {iou:.3}");
        for (_, region) in snapshot["per_region"].as_object().unwrap() {
            let info = by_ne_adm1_code(region["adm1_code"].as_str().unwrap()).unwrap();
            if ANNEXED_2014.contains(&info.iso) {
                continue; // the reference's coastline differs; Crimea is ours whole by definition
            }
            let (ours, theirs) = (f.share(info.iso), region["share_pct"].as_f64().unwrap());
            if ours.abs() > 0.005 || theirs > 0.005 {
                eprintln!("{date} {}: ours {ours:.2}%, reference {theirs:.2}%", info.iso);
            }
            assert!((ours - theirs).abs() <= 2.0, "{date} {}: {ours:.2}% vs reference {theirs:.2}%", info.iso);
        }
    }
}

/// The change is the story: between consecutive reference dates, our change of the total
/// share is within 0.3 point of the reference's, goes the same way, and is never zero (a
/// line traced once and reused for the next date fails here).
#[test]
fn the_change_between_dates_follows_the_reference() {
    for pair in REFERENCE_DATES.windows(2) {
        let (Some(a), Some(b)) = (reference_snapshot(pair[0]), reference_snapshot(pair[1])) else { return };
        let theirs = b["share_pct"].as_f64().unwrap() - a["share_pct"].as_f64().unwrap();
        let ours = fixture(pair[1]).total_share() - fixture(pair[0]).total_share();
        eprintln!("{} → {}: ours {ours:+.3}, reference {theirs:+.3} points", pair[0], pair[1]);
        assert!((ours - theirs).abs() <= 0.3, "{pair:?}: change {ours:+.3} vs reference {theirs:+.3}");
        assert!(ours.abs() > 0.01, "{pair:?}: the same line for both dates");
        assert!(theirs.abs() < 0.1 || ours.signum() == theirs.signum(), "{pair:?}: the change goes the wrong way");
    }
}

/// Region by region, what changed between two consecutive dates that both have a reference:
/// our newly occupied (gained) and no longer occupied (regained) km² each agree with the
/// reference's (its polygon of the later date minus the earlier, clipped to the region) within
/// max(200 km², 30% of the reference's). Crimea and Sevastopol are ours whole by definition.
#[test]
fn each_regions_change_follows_the_reference() {
    let mut dates: Vec<&str> = every_date().collect();
    dates.sort();
    let pairs: Vec<(&str, &str)> = dates
        .windows(2)
        .filter(|p| REFERENCE_DATES.contains(&p[0]) && REFERENCE_DATES.contains(&p[1]))
        .map(|p| (p[0], p[1]))
        .collect();
    assert!(!pairs.is_empty(), "no two consecutive dates with a reference");
    for (a, b) in pairs {
        let (before, after) = (fixture(a), fixture(b));
        let (Some(ref_before), Some(ref_after)) = (reference_polygon(&before), reference_polygon(&after)) else {
            return;
        };
        let (was, is) = (before.all(), after.all());
        let ours = [("gained", is.difference(&was)), ("regained", was.difference(&is))];
        let theirs = [ref_after.difference(&ref_before), ref_before.difference(&ref_after)];
        let mut failures = Vec::new();
        for (iso, region) in &after.regions {
            if ANNEXED_2014.contains(&iso.as_str()) {
                continue;
            }
            for ((name, o), t) in ours.iter().zip(&theirs) {
                let (o, t) = (km2(&o.intersection(region)).max(0.0), km2(&t.intersection(region)).max(0.0));
                let allowed = (0.3 * t).max(200.0);
                if o >= 1.0 || t >= 1.0 {
                    eprintln!("{a} → {b} {iso} {name}: ours {o:.0} km², reference {t:.0} km² (allowed ±{allowed:.0})");
                }
                if (o - t).abs() > allowed {
                    failures.push(format!("{iso} {name}: ours {o:.0} km² vs reference {t:.0} km²"));
                }
            }
        }
        assert!(failures.is_empty(), "{a} → {b}: {}", failures.join("; "));
    }
}

/// Every date of the timeline has its own line: no two consecutive stops are the same.
#[test]
fn consecutive_stops_differ() {
    for pair in STOPS.windows(2) {
        assert_ne!(read(&path(pair[0])).replace(pair[0], ""), read(&path(pair[1])).replace(pair[1], ""), "{pair:?}");
    }
}

#[test]
fn crimea_and_sevastopol_are_wholly_annexed_2014() {
    for date in every_date() {
        let f = fixture(date);
        for iso in ANNEXED_2014 {
            let r = f.region(iso);
            let covered = km2(&f.layer(LayerId::Annexed2014).intersection(r)) / km2(r);
            assert!(covered > 0.999, "{date} {iso}: {:.3}% annexed", covered * 100.0);
        }
        // ...and nothing else is in that layer.
        let outside = f.layer(LayerId::Annexed2014).difference(&f.region("UA-43").union(f.region("UA-40")));
        assert!(km2(&outside) < 1.0, "{date}");
    }
}

#[test]
fn crimea_and_the_pre_2022_donbas_areas_are_about_seven_percent() {
    let before = fixture(PRE_INVASION);
    for date in every_date() {
        let f = fixture(date);
        let total = f.ukraine_km2();
        let since_2014 = km2(&f.layer(LayerId::Annexed2014)) + km2(&f.layer(LayerId::Occupied2014));
        let pct = since_2014 / total * 100.0;
        assert!((6.5..7.8).contains(&pct), "{date}: annexed + occupied since 2014: {pct:.2}%");
        // The 2014 line ran through Donetsk and Luhansk oblasts only...
        let donbas = f.region(DONBAS[0]).union(f.region(DONBAS[1]));
        assert!(km2(&f.layer(LayerId::Occupied2014).difference(&donbas)) < 1.0, "{date}");
        // ...and history is the same on every date.
        for id in [LayerId::Annexed2014, LayerId::Occupied2014] {
            let moved = f.layer(id).union(&before.layer(id)).difference(&f.layer(id).intersection(&before.layer(id)));
            assert!(km2(&moved) < 1.0, "{date} {id:?} differs from {PRE_INVASION}");
        }
    }
}

/// Overlap with DeepStateMap's polygon for the default date, measured inside Ukraine.
#[test]
fn overlaps_the_reference_polygon_by_at_least_85_percent() {
    let f = fixture(DEFAULT_STOP);
    let Some(reference) = reference_polygon(&f) else { return };
    let ours = f.all();
    let iou = km2(&ours.intersection(&reference)) / km2(&ours.union(&reference));
    eprintln!("intersection over union with DeepStateMap 2025-04-25: {iou:.4}");
    assert!(iou >= 0.85, "IoU {iou:.3}");
}

/// The widget measures shares at load time (scanlines on an equal-area plane); its
/// figures must agree with the geodesic ones computed by the data tool.
#[test]
fn the_widget_measures_what_the_data_tool_measured() {
    let regions = parse_regions(&read("data/regions.geojson")).unwrap();
    for date in every_date() {
        let occupation = parse_occupation(&read(&path(date))).unwrap();
        let shares = measure(&regions, &occupation);
        let f = fixture(date);
        assert!(
            (shares.ukraine_km2 - f.ukraine_km2()).abs() / f.ukraine_km2() < 0.001,
            "{} vs {}",
            shares.ukraine_km2,
            f.ukraine_km2()
        );
        for id in LayerId::ALL {
            let geodesic = km2(&f.layer(id));
            let widget = shares.by_layer[id.index()];
            if geodesic == 0.0 {
                assert_eq!(widget, 0.0, "{date} {id:?}: a layer the date does not have");
            } else {
                let off = (widget - geodesic).abs() / geodesic;
                assert!(off < 0.002, "{date} {id:?}: widget {widget:.0} vs geodesic {geodesic:.0}");
            }
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
}

/// data/changes/DATE.geojson: what changed since the previous date, as the data tool cut it,
/// equals the difference of the two dates' layers, and the widget measures the same.
#[test]
fn the_changes_are_the_difference_of_consecutive_dates() {
    use ukraine_peace_map::data::shares::Measurer;
    use ukraine_peace_map::data::timeline::parse_changes;
    let regions = parse_regions(&read("data/regions.geojson")).unwrap();
    let measurer = Measurer::new(&regions);
    for pair in STOPS.windows(2) {
        let (before, after) = (fixture(pair[0]), fixture(pair[1]));
        let change = parse_changes(&read(&format!("data/changes/{}.geojson", pair[1]))).unwrap();
        assert_eq!(change.since, pair[0]);
        let (was, is) = (before.all(), after.all());
        for (name, cut, exact) in [
            ("gained", &change.gained, km2(&is.difference(&was))),
            ("regained", &change.regained, km2(&was.difference(&is))),
        ] {
            let ours = km2(&to_geo(cut));
            // Slivers under 1 km² a region along shared lines are dropped as noise.
            assert!(
                (ours - exact).abs() <= 0.01 * exact + 30.0,
                "{pair:?} {name}: cut {ours:.0} km² vs {exact:.0} km²"
            );
        }
        let widget = measurer.change(
            &measurer.measure(&parse_occupation(&read(&path(pair[0]))).unwrap()).area,
            &measurer.measure(&parse_occupation(&read(&path(pair[1]))).unwrap()).area,
        );
        let gained = km2(&to_geo(&change.gained));
        assert!(
            (widget.gained_km2 - gained).abs() <= 0.01 * gained + 30.0,
            "{pair:?}: the widget measures {:.0} km² gained, the data {gained:.0}",
            widget.gained_km2
        );
    }
}
