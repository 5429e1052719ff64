//! Reads `data/lines/*.csv`: each line of contact (one per file, named like the file) as
//! an ordered list of places.
//!
//! Columns: `line, place, oblast, offset, lon, lat, note`. A row names a GeoNames place
//! (`oblast` is its region's ISO code, or `RU`), optionally moved by `offset`
//! ("4km SE"), or the midpoint of two places (`Kherson / Oleshky`). The tool computes
//! the coordinates from the gazetteer and checks them against `lon, lat`; empty
//! coordinates are filled in, so a reviewer sees every number and where it came from.

use crate::gazetteer::{offset, Gazetteer};
use crate::topology::Point;
use std::path::Path;

pub struct Line {
    pub name: String,
    /// Closed ring: the line itself, then the closing points beyond the state border.
    pub ring: Vec<Point>,
}

#[derive(Clone)]
struct Row {
    line: String,
    place: String,
    oblast: String,
    offset: String,
    lon: String,
    lat: String,
    note: String,
}

/// Every line in a folder of CSV files, in file-name order; each file holds the one line
/// its name says (`front-2025-04-25.csv` holds `front-2025-04-25`).
pub fn read_dir(dir: &Path, gazetteer: &Gazetteer) -> Result<Vec<Line>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    files.sort();
    let mut lines = Vec::new();
    for file in files {
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let found = read(&file, gazetteer)?;
        if found.len() != 1 || found[0].name != stem {
            return Err(format!("{} must hold exactly one line, named {stem}", file.display()));
        }
        lines.extend(found);
    }
    Ok(lines)
}

/// Parses, resolves and (when coordinates were missing) rewrites one CSV file.
pub fn read(path: &Path, gazetteer: &Gazetteer) -> Result<Vec<Line>, String> {
    let mut reader = csv::Reader::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut rows = Vec::new();
    for rec in reader.records() {
        let rec = rec.map_err(|e| format!("{}: {e}", path.display()))?;
        let get = |i: usize| rec.get(i).unwrap_or("").trim().to_string();
        rows.push(Row {
            line: get(0),
            place: get(1),
            oblast: get(2),
            offset: get(3),
            lon: get(4),
            lat: get(5),
            note: get(6),
        });
    }
    let mut filled = false;
    let mut lines: Vec<Line> = Vec::new();
    for (n, row) in rows.iter_mut().enumerate() {
        let at = format!("{} row {} ({})", path.display(), n + 2, row.place);
        let p = resolve(row, gazetteer).map_err(|e| format!("{at}: {e}"))?;
        if row.lon.is_empty() || row.lat.is_empty() {
            row.lon = format!("{:.5}", p[0]);
            row.lat = format!("{:.5}", p[1]);
            filled = true;
        } else {
            let given: Point = [
                row.lon.parse().map_err(|_| format!("{at}: lon is not a number"))?,
                row.lat.parse().map_err(|_| format!("{at}: lat is not a number"))?,
            ];
            if (given[0] - p[0]).abs() > 1e-4 || (given[1] - p[1]).abs() > 1e-4 {
                return Err(format!("{at}: lon/lat {given:?} differ from the gazetteer's {p:?}"));
            }
        }
        let point = [row.lon.parse().unwrap_or(p[0]), row.lat.parse().unwrap_or(p[1])];
        match lines.last_mut() {
            Some(l) if l.name == row.line => l.ring.push(point),
            _ => lines.push(Line { name: row.line.clone(), ring: vec![point] }),
        }
    }
    for l in &mut lines {
        if l.ring.len() < 3 {
            return Err(format!("line {} has fewer than 3 points", l.name));
        }
        l.ring.push(l.ring[0]);
    }
    if filled {
        write(path, &rows)?;
    }
    Ok(lines)
}

/// The point a row stands for; several same-named places are told apart by lon/lat.
fn resolve(row: &Row, gazetteer: &Gazetteer) -> Result<Point, String> {
    let names: Vec<&str> = row.place.split(" / ").collect();
    let regions: Vec<&str> = row.oblast.split(" / ").collect();
    if names.len() != regions.len() || names.len() > 2 {
        return Err("place and oblast must both be one value or two separated by ' / '".into());
    }
    let mut ends = Vec::new();
    for (name, region) in names.iter().zip(&regions) {
        let found = gazetteer.find(name, region);
        if found.is_empty() {
            return Err(format!("'{name}' is not in GeoNames for {region}"));
        }
        ends.push(found);
    }
    let mut candidates: Vec<Point> = match ends.as_slice() {
        [a] => a.clone(),
        [a, b] => a.iter().flat_map(|p| b.iter().map(move |q| [(p[0] + q[0]) / 2.0, (p[1] + q[1]) / 2.0])).collect(),
        _ => unreachable!(),
    };
    if !row.offset.is_empty() {
        let (km, bearing) = row
            .offset
            .split_once("km ")
            .and_then(|(k, b)| Some((k.parse::<f64>().ok()?, b)))
            .ok_or("offset must look like '4km SE'")?;
        candidates = candidates
            .iter()
            .map(|p| offset(*p, km, bearing).ok_or("unknown compass bearing"))
            .collect::<Result<_, _>>()?;
    }
    if candidates.len() == 1 {
        return Ok(candidates[0]);
    }
    // Several places share the name: the row's lat (and lon, when given) picks one.
    let lat: f64 = row.lat.parse().map_err(|_| {
        format!("{} places match; give lat (or lon and lat) to choose: {candidates:?}", candidates.len())
    })?;
    let lon: Option<f64> = row.lon.parse().ok();
    let miss = |p: &Point| (p[1] - lat).abs() + lon.map_or(0.0, |x| (p[0] - x).abs());
    candidates.into_iter().min_by(|a, b| miss(a).total_cmp(&miss(b))).ok_or_else(|| "no candidate".to_string())
}

fn write(path: &Path, rows: &[Row]) -> Result<(), String> {
    let mut w = csv::Writer::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let err = |e: csv::Error| format!("{}: {e}", path.display());
    w.write_record(["line", "place", "oblast", "offset", "lon", "lat", "note"]).map_err(err)?;
    for r in rows {
        w.write_record([&r.line, &r.place, &r.oblast, &r.offset, &r.lon, &r.lat, &r.note]).map_err(err)?;
    }
    w.flush().map_err(|e| e.to_string())
}
