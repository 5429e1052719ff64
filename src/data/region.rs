//! Ukraine's 27 regions as drawn and measured by the widget.

use super::error::DataError;
use super::geometry::polygons;
use crate::geo::{Point, Polygon};
use geojson::{FeatureCollection, GeoJson};

/// ISO 3166-2 codes of Ukraine's 24 oblasts, 2 cities with special status and Crimea.
pub const ISO_CODES: [&str; 27] = [
    "UA-05", "UA-07", "UA-09", "UA-12", "UA-14", "UA-18", "UA-21", "UA-23", "UA-26", "UA-30", "UA-32", "UA-35",
    "UA-40", "UA-43", "UA-46", "UA-48", "UA-51", "UA-53", "UA-56", "UA-59", "UA-61", "UA-63", "UA-65", "UA-68",
    "UA-71", "UA-74", "UA-77",
];

#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    pub iso: String,
    pub name_en: String,
    pub name_uk: String,
    /// `oblast`, `city` or `autonomous-republic`.
    pub kind: String,
    /// Pole of inaccessibility, computed by the data tool: always inside the region.
    pub label: Point,
    pub polygons: Vec<Polygon>,
}

impl Region {
    pub fn name(&self, lang: crate::i18n::Lang) -> &str {
        match lang {
            crate::i18n::Lang::En => &self.name_en,
            crate::i18n::Lang::Uk => &self.name_uk,
        }
    }
}

/// Parses `data/regions.geojson`.
pub fn parse_regions(text: &str) -> Result<Vec<Region>, DataError> {
    parse_regions_with(text, None)
}

/// Parses regions whose polygons come from the GeoJSON itself, or, for the embedded
/// data, from `packed` (see build.rs): one entry per feature, in order.
pub fn parse_regions_with(text: &str, packed: Option<Vec<Vec<Polygon>>>) -> Result<Vec<Region>, DataError> {
    let fc = feature_collection(text)?;
    let mut packed = packed.map(Vec::into_iter);
    let mut regions = Vec::with_capacity(fc.features.len());
    for (i, f) in fc.features.iter().enumerate() {
        let prop = |k: &str| f.property(k).and_then(|v| v.as_str()).map(str::to_string);
        let iso = prop("iso").ok_or_else(|| DataError::WrongShape(format!("feature {i} has no iso")))?;
        if !ISO_CODES.contains(&iso.as_str()) {
            return Err(DataError::UnknownRegion(iso));
        }
        let label = f
            .property("label")
            .and_then(|v| Some([v.get(0)?.as_f64()?, v.get(1)?.as_f64()?]))
            .ok_or_else(|| DataError::WrongShape(format!("{iso} has no label point")))?;
        regions.push(Region {
            name_en: prop("name_en").unwrap_or_else(|| iso.clone()),
            name_uk: prop("name_uk").unwrap_or_else(|| iso.clone()),
            kind: prop("kind").unwrap_or_default(),
            label,
            polygons: match packed.as_mut() {
                Some(p) => p.next().ok_or(DataError::Empty)?,
                None => polygons(f.geometry.as_ref(), &iso)?,
            },
            iso,
        });
    }
    if regions.is_empty() {
        return Err(DataError::Empty);
    }
    Ok(regions)
}

/// A GeoJSON text that must be a FeatureCollection.
pub fn feature_collection(text: &str) -> Result<FeatureCollection, DataError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| DataError::NotJson(e.to_string()))?;
    let kind = value.get("type").and_then(|t| t.as_str()).unwrap_or("no type").to_string();
    match GeoJson::from_json_value(value) {
        Ok(GeoJson::FeatureCollection(fc)) => Ok(fc),
        Ok(GeoJson::Feature(f)) => Ok(FeatureCollection { bbox: None, features: vec![f], foreign_members: None }),
        Ok(_) => Err(DataError::WrongShape(format!("a GeoJSON {kind}, not a FeatureCollection"))),
        Err(e) => Err(DataError::WrongShape(format!("not GeoJSON ({kind}): {e}"))),
    }
}
