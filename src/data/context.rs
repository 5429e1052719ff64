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
    let fc = feature_collection(text)?;
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
                ctx.countries.push(Country { polygons: polygons(f.geometry.as_ref(), &iso_a3)?, iso_a3 });
            }
        }
    }
    Ok(ctx)
}
