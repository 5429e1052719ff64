//! For `make bench`: the page's embedded data (as build.rs packs it: without the
//! outlines the HTML carries) with every date of the timeline, and with the default date
//! only, so the benchmark can report what the timeline adds to the bundle.

use std::path::Path;
use upm_core::data::cities::parse_cities;
use upm_core::data::context::parse_context;
use upm_core::data::occupation::parse_occupation;
use upm_core::data::proposals::parse_proposals;
use upm_core::data::region::parse_regions;
use upm_core::data::shares::Measurer;
use upm_core::data::terms::parse_terms;
use upm_core::data::timeline::{parse_changes, DEFAULT_STOP, STOPS};
use upm_core::data::{bundle, Dataset, Geography, Timeline};
use upm_core::scene::MapFrame;

pub fn write(dir: &Path) -> Result<(), String> {
    let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"));
    let geography = Geography {
        fit: None,
        regions: parse_regions(&read("data/regions.geojson")?).map_err(|e| e.to_string())?,
        context: {
            let mut context = parse_context(&read("data/context.geojson")?).map_err(|e| e.to_string())?;
            context.cities = parse_cities(&read("data/cities.json")?).map_err(|e| e.to_string())?;
            context
        },
    };
    let terms = parse_terms(&read("data/terms.json")?).map_err(|e| e.to_string())?;
    let proposals = parse_proposals(&read("data/proposals.json")?).map_err(|e| e.to_string())?;
    let stop =
        |date: &str| parse_occupation(&read(&format!("data/occupied/{date}.geojson"))?).map_err(|e| e.to_string());
    let change = |date: &str| parse_changes(&read(&format!("data/changes/{date}.geojson"))?).map_err(|e| e.to_string());
    let all = Timeline {
        stops: STOPS.iter().map(|d| stop(d)).collect::<Result<_, _>>()?,
        changes: STOPS
            .iter()
            .enumerate()
            .map(|(i, d)| (i > 0).then(|| change(d)).transpose())
            .collect::<Result<_, _>>()?,
        default: STOPS.iter().position(|d| *d == DEFAULT_STOP).unwrap_or(0),
        figures: Vec::new(),
    };
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let measurer = Measurer::new(&geography.regions);
    for (name, mut timeline) in [("all-dates", all), ("default-date", Timeline::single(stop(DEFAULT_STOP)?))] {
        timeline.figures = measurer.figures(&timeline);
        let data =
            Dataset { geography: geography.clone(), timeline, terms: terms.clone(), proposals: proposals.clone() };
        let bytes = bundle::encode_page(&data, MapFrame::new(&data.geography).fit())?;
        std::fs::write(dir.join(format!("bundle-{name}.bin")), &bytes).map_err(|e| e.to_string())?;
        println!("bundle-{name}.bin: {} bytes", bytes.len());
    }
    Ok(())
}
