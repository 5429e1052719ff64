//! Packs the map's geometry for the WebAssembly bundle.
//!
//! The committed `data/*.geojson` stay the reviewed source of truth. At compile time each
//! is split into a JSON *shell* (the features with their properties, polygon geometry
//! left out) and a binary of its polygons: coordinates in thousandths of a degree (the
//! precision the data tool rounds to), as zigzag-LEB128 deltas. That is 2.3 times
//! smaller than GeoJSON after gzip (about 15 KB less to download) and parses in a
//! fraction of the time. `src/data/packed.rs` reads it back; a test checks that the
//! result equals parsing the GeoJSON.
//!
//! `UPM_REGIONS` swaps the regions file (used by `make bench` for denser geometry).

use serde_json::Value;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-env-changed=UPM_REGIONS");
    let regions = std::env::var("UPM_REGIONS").unwrap_or_else(|_| "data/regions.geojson".into());
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (name, source) in
        [("regions", regions.as_str()), ("occupied", "data/occupied.geojson"), ("context", "data/context.geojson")]
    {
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read_to_string(source).unwrap_or_else(|e| panic!("cannot read {source}: {e}"));
        let (shell, packed) = pack(&text).unwrap_or_else(|e| panic!("{source}: {e}"));
        std::fs::write(Path::new(&out).join(format!("{name}.json")), shell).expect("write shell");
        std::fs::write(Path::new(&out).join(format!("{name}.bin")), packed).expect("write packed");
    }
}

fn pack(text: &str) -> Result<(String, Vec<u8>), String> {
    let mut fc: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let features = fc.get_mut("features").and_then(Value::as_array_mut).ok_or("no features")?;
    let mut out = Vec::new();
    let mut packed = 0;
    let mut body = Vec::new();
    for f in features.iter_mut() {
        let geometry = &mut f["geometry"];
        let polygons: Vec<Value> = match geometry["type"].as_str() {
            Some("Polygon") => vec![geometry["coordinates"].clone()],
            Some("MultiPolygon") => geometry["coordinates"].as_array().cloned().unwrap_or_default(),
            _ => continue,
        };
        *geometry = Value::Null;
        packed += 1;
        varint(&mut body, polygons.len() as u64);
        for polygon in &polygons {
            let rings = polygon.as_array().ok_or("polygon is not an array")?;
            varint(&mut body, rings.len() as u64);
            for ring in rings {
                let points = ring.as_array().ok_or("ring is not an array")?;
                varint(&mut body, points.len() as u64);
                let (mut px, mut py) = (0i64, 0i64);
                for p in points {
                    let (x, y) = (thousandths(&p[0])?, thousandths(&p[1])?);
                    zigzag(&mut body, x - px);
                    zigzag(&mut body, y - py);
                    (px, py) = (x, y);
                }
            }
        }
    }
    varint(&mut out, packed);
    out.extend(body);
    Ok((fc.to_string(), out))
}

fn thousandths(v: &Value) -> Result<i64, String> {
    let x = v.as_f64().ok_or("coordinate is not a number")? * 1000.0;
    if (x - x.round()).abs() > 1e-6 {
        return Err(format!("coordinate {v} is not rounded to 0.001°"));
    }
    Ok(x.round() as i64)
}

fn varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn zigzag(out: &mut Vec<u8>, n: i64) {
    varint(out, ((n << 1) ^ (n >> 63)) as u64);
}
