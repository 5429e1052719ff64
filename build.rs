//! Packs `data/` into the binaries the widget is compiled with (`src/bundled.rs`): the
//! whole of it for the worker and the server, and the page's without the outlines.
//!
//! The committed files stay the reviewed source of truth. Here they are read with
//! upm-core's own JSON readers and checks, and written with its bundle encoder, so
//! the format is defined once (`upm_core::data::bundle`) and the widget parses no JSON
//! of its own data at start-up.
//!
//! `UPM_REGIONS` swaps the regions file (used by `make bench` for denser geometry).

use std::path::Path;
use upm_core::data::cities::parse_cities;
use upm_core::data::context::parse_context;
use upm_core::data::occupation::parse_occupation;
use upm_core::data::proposals::parse_proposals;
use upm_core::data::region::parse_regions;
use upm_core::data::shares::Measurer;
use upm_core::data::terms::parse_terms;
use upm_core::data::timeline::{parse_changes, DEFAULT_STOP, STOPS};
use upm_core::data::{bundle, DataError, Dataset, Geography, Timeline};
use upm_core::scene::MapFrame;

fn main() {
    println!("cargo:rerun-if-env-changed=UPM_REGIONS");
    let regions = std::env::var("UPM_REGIONS").unwrap_or_else(|_| "data/regions.geojson".into());
    let dataset = Dataset {
        geography: Geography {
            regions: load(&regions, parse_regions),
            context: {
                let mut context = load("data/context.geojson", parse_context);
                context.cities = load("data/cities.json", parse_cities);
                context
            },
            fit: None,
        },
        timeline: Timeline {
            stops: STOPS.iter().map(|date| load(&format!("data/occupied/{date}.geojson"), parse_occupation)).collect(),
            // What changed on each date since the one before (the first date has nothing before it).
            changes: STOPS
                .iter()
                .enumerate()
                .map(|(i, date)| (i > 0).then(|| load(&format!("data/changes/{date}.geojson"), parse_changes)))
                .collect(),
            default: STOPS.iter().position(|d| *d == DEFAULT_STOP).expect("the default date is a stop"),
            figures: Vec::new(),
        },
        terms: load("data/terms.json", parse_terms),
        proposals: load("data/proposals.json", parse_proposals),
    };
    // Our dates are measured here, once, so that the widget measures nothing at start-up.
    let mut dataset = dataset;
    dataset.timeline.figures = Measurer::new(&dataset.geography.regions).figures(&dataset.timeline);
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let bytes = bundle::encode(&dataset).unwrap_or_else(|e| panic!("packing data/: {e}"));
    std::fs::write(Path::new(&out).join("embedded.bin"), bytes).expect("write the bundle");
    // The page's: without the outlines that its server-rendered HTML already carries.
    let fit = MapFrame::new(&dataset.geography).fit();
    let bytes = bundle::encode_page(&dataset, fit).unwrap_or_else(|e| panic!("packing data/ for the page: {e}"));
    std::fs::write(Path::new(&out).join("embedded-page.bin"), bytes).expect("write the page's bundle");
}

/// Reads and parses one file of `data/`; any problem stops the build with its message.
fn load<T>(path: &str, parse: fn(&str) -> Result<T, DataError>) -> T {
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    parse(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}
