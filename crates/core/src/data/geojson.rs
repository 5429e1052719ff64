//! Reading GeoJSON (feature `json`): a FeatureCollection, and its (Multi)Polygon
//! geometries as validated polygons.

use super::error::{DataError, Limit, Subject};
use super::validate::{check_position, check_ring, MAX_VERTICES};
use crate::geo::Polygon;
use geojson::{Feature, FeatureCollection, GeoJson, Geometry, Value};

/// A GeoJSON text that must be a FeatureCollection (a single Feature is taken as one).
pub fn feature_collection(text: &str) -> Result<FeatureCollection, DataError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| DataError::json(e.line(), e.column()))?;
    let kind: String = value.get("type").and_then(|t| t.as_str()).unwrap_or("").chars().take(40).collect();
    match GeoJson::from_json_value(value) {
        Ok(GeoJson::FeatureCollection(fc)) => Ok(fc),
        Ok(GeoJson::Feature(f)) => Ok(FeatureCollection { bbox: None, features: vec![f], foreign_members: None }),
        // The type found says enough; the GeoJSON parser's own message would be English.
        Ok(_) | Err(_) => Err(DataError::NotFeatureCollection { found: kind }),
    }
}

/// A feature's `id` as text (GeoJSON allows a string or a number).
pub fn feature_id(f: &Feature) -> Option<String> {
    match f.id.as_ref()? {
        geojson::feature::Id::String(s) => Some(s.clone()),
        geojson::feature::Id::Number(n) => Some(n.to_string()),
    }
}

pub fn string_property<'a>(f: &'a Feature, key: &str) -> Option<&'a str> {
    f.property(key).and_then(|v| v.as_str())
}

/// A Polygon or MultiPolygon as polygons, checked for finite, in-range coordinates and
/// closed rings. `what` names the feature in messages: a code, or `#N` for the Nth feature
/// (see [`Subject`]).
pub fn polygons(geometry: Option<&Geometry>, what: &str) -> Result<Vec<Polygon>, DataError> {
    let subject = || Subject::parse(what);
    let geometry = geometry.ok_or_else(|| DataError::WrongGeometry { what: subject(), found: String::new() })?;
    let raw: Vec<&Vec<Vec<Vec<f64>>>> = match &geometry.value {
        Value::Polygon(p) => vec![p],
        Value::MultiPolygon(ps) => ps.iter().collect(),
        other => return Err(DataError::WrongGeometry { what: subject(), found: other.type_name().to_string() }),
    };
    let mut count = 0;
    let mut out = Vec::with_capacity(raw.len());
    for poly in raw {
        let mut rings = Vec::with_capacity(poly.len());
        for ring in poly {
            count += ring.len();
            if count > MAX_VERTICES {
                return Err(DataError::TooComplex { limit: Limit::Vertices, count: MAX_VERTICES });
            }
            let points = ring
                .iter()
                .map(|c| match c.as_slice() {
                    [x, y, ..] => check_position([*x, *y], what),
                    _ => Err(DataError::BadCoordinates { what: subject(), at: String::new() }),
                })
                .collect::<Result<Vec<_>, _>>()?;
            rings.push(check_ring(points, what)?);
        }
        if !rings.is_empty() {
            out.push(rings);
        }
    }
    if out.is_empty() {
        return Err(DataError::Empty);
    }
    Ok(out)
}
