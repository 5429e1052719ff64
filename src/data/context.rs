//! Neighbouring countries and sea names, drawn lightly behind the map.

use super::error::DataError;
use super::geometry::polygons;
use super::region::feature_collection;
use crate::geo::{Point, Polygon};
use geojson::Value;

#[derive(Clone, Debug, PartialEq)]
pub struct Country {
    pub iso_a3: String,
    pub polygons: Vec<Polygon>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlaceLabel {
    /// `sea-label` or `country-label`.
    pub kind: String,
    pub name_en: String,
    pub name_uk: String,
    pub at: Point,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Context {
    pub countries: Vec<Country>,
    pub labels: Vec<PlaceLabel>,
}

pub fn parse_context(text: &str) -> Result<Context, DataError> {
    parse_context_with(text, None)
}

/// As [`parse_context`], with the polygons from build.rs's packing when given.
pub fn parse_context_with(text: &str, packed: Option<Vec<Vec<Polygon>>>) -> Result<Context, DataError> {
    let fc = feature_collection(text)?;
    let mut packed = packed.map(Vec::into_iter);
    let mut ctx = Context::default();
    for f in &fc.features {
        let prop = |k: &str| f.property(k).and_then(|v| v.as_str()).unwrap_or_default().to_string();
        match f.geometry.as_ref().map(|g| &g.value) {
            Some(Value::Point(p)) if p.len() >= 2 => ctx.labels.push(PlaceLabel {
                kind: prop("kind"),
                name_en: prop("name_en"),
                name_uk: prop("name_uk"),
                at: [p[0], p[1]],
            }),
            _ => {
                let iso_a3 = prop("iso_a3");
                let polygons = match packed.as_mut() {
                    Some(p) => p.next().ok_or(DataError::Empty)?,
                    None => polygons(f.geometry.as_ref(), &iso_a3)?,
                };
                ctx.countries.push(Country { polygons, iso_a3 });
            }
        }
    }
    Ok(ctx)
}
