//! Neighbouring countries and sea names, drawn lightly behind the map, and the places
//! marked on it (`cities`).

use super::cities::City;
use crate::geo::{Point, Polygon};

#[derive(Clone, Debug, PartialEq)]
pub struct Country {
    pub iso_a3: String,
    pub polygons: Vec<Polygon>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    Sea,
    Country,
}

impl PlaceKind {
    /// The data files' `kind` (and the label's CSS modifier).
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Sea => "sea-label",
            PlaceKind::Country => "country-label",
        }
    }

    pub fn parse(s: &str) -> Option<PlaceKind> {
        [PlaceKind::Sea, PlaceKind::Country].into_iter().find(|k| k.as_str() == s)
    }
}

/// A name written on the map at a point: a sea or a neighbouring country.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceLabel {
    pub kind: PlaceKind,
    pub name_en: String,
    pub name_uk: String,
    pub at: Point,
}

impl PlaceLabel {
    pub fn name(&self, lang: crate::lang::Lang) -> &str {
        match lang {
            crate::lang::Lang::En => &self.name_en,
            crate::lang::Lang::Uk => &self.name_uk,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Context {
    pub countries: Vec<Country>,
    pub labels: Vec<PlaceLabel>,
    /// From `data/cities.json` (see `cities::parse_cities`), by rank.
    pub cities: Vec<City>,
}

/// Parses `data/context.geojson`: country polygons and label points.
#[cfg(feature = "json")]
pub fn parse_context(text: &str) -> Result<Context, super::DataError> {
    use super::geojson::{feature_collection, polygons, string_property};
    use super::DataError;
    use geojson::Value;
    let fc = feature_collection(text)?;
    let mut ctx = Context::default();
    for f in &fc.features {
        let prop = |k: &str| string_property(f, k).unwrap_or_default().to_string();
        match f.geometry.as_ref().map(|g| &g.value) {
            Some(Value::Point(p)) if p.len() >= 2 => ctx.labels.push(PlaceLabel {
                kind: PlaceKind::parse(&prop("kind"))
                    .ok_or_else(|| DataError::WrongShape(format!("unknown label kind '{}'", prop("kind"))))?,
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
