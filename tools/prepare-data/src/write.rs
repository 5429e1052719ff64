//! Writes GeoJSON the way reviewers and the browser bundle both like it: one feature
//! per line (small diffs), coordinates with at most three decimals (small files).

use crate::geometry::Rings;
use serde_json::{Map, Value};

/// A feature: its properties and its polygons, or a point.
pub enum Geometry<'a> {
    Polygons(&'a [Rings]),
    Point([f64; 2]),
}

pub fn feature_collection(meta: &[(&str, Value)], features: &[(Map<String, Value>, Geometry)]) -> String {
    let mut out = String::from("{\"type\":\"FeatureCollection\"");
    for (k, v) in meta {
        out.push_str(&format!(",{}:{}", Value::from(*k), v));
    }
    out.push_str(",\"features\":[\n");
    for (i, (props, geometry)) in features.iter().enumerate() {
        out.push_str("{\"type\":\"Feature\",\"properties\":");
        out.push_str(&Value::Object(props.clone()).to_string());
        out.push_str(",\"geometry\":");
        match geometry {
            Geometry::Point(p) => out.push_str(&format!("{{\"type\":\"Point\",\"coordinates\":{}}}", point(*p))),
            Geometry::Polygons(polys) => {
                out.push_str("{\"type\":\"MultiPolygon\",\"coordinates\":[");
                out.push_str(&join(polys.iter().map(|rings| {
                    format!("[{}]", join(rings.iter().map(|r| format!("[{}]", join(r.iter().map(|p| point(*p)))))))
                })));
                out.push_str("]}");
            }
        }
        out.push('}');
        out.push_str(if i + 1 < features.len() { ",\n" } else { "\n" });
    }
    out.push_str("]}\n");
    out
}

/// Shortest decimal text for a coordinate already rounded to 0.001.
pub fn number(x: f64) -> String {
    let s = format!("{x:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.into()
    }
}

fn point(p: [f64; 2]) -> String {
    format!("[{},{}]", number(p[0]), number(p[1]))
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(",")
}
