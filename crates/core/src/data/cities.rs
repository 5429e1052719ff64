//! The places marked on the map (`data/cities.json`): cities, so that a reader can tell
//! Zaporizhzhia city (held) from Zaporizhzhia region (mostly occupied), and the
//! Zaporizhzhia nuclear plant, which a term is about. Each is a GeoNames place, by id.

use crate::geo::Point;
use crate::lang::Lang;

/// The one schema this widget reads.
pub const SCHEMA: &str = "ukraine-peace-map/cities/1";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CityKind {
    City,
    /// Marked at its town (GeoNames has no record of the plant itself).
    NuclearPlant,
}

impl CityKind {
    pub const ALL: [CityKind; 2] = [CityKind::City, CityKind::NuclearPlant];

    pub fn as_str(self) -> &'static str {
        match self {
            CityKind::City => "city",
            CityKind::NuclearPlant => "nuclear-plant",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct City {
    pub geonames_id: u32,
    pub kind: CityKind,
    pub name_en: String,
    pub name_uk: String,
    /// What a small map writes.
    pub short_en: String,
    pub short_uk: String,
    /// 1 is placed first, so kept when names collide.
    pub rank: u8,
    /// Marked only when the map is zoomed at least this much (the front's towns: 2).
    pub min_scale: u8,
    pub at: Point,
}

impl City {
    pub fn name(&self, lang: Lang, short: bool) -> &str {
        match (lang, short) {
            (Lang::En, false) => &self.name_en,
            (Lang::En, true) => &self.short_en,
            (Lang::Uk, false) => &self.name_uk,
            (Lang::Uk, true) => &self.short_uk,
        }
    }
}

#[cfg(feature = "json")]
pub use self::json::parse_cities;

#[cfg(feature = "json")]
mod json {
    use super::*;
    use crate::data::DataError;
    use serde_json::Value;

    fn shape(expected: &str) -> DataError {
        DataError::WrongShape(format!("cities: {expected}"))
    }

    /// Parses and checks `data/cities.json`: the schema, unique ids and ranks, names in
    /// both languages, and places within Ukraine's bounding box.
    pub fn parse_cities(text: &str) -> Result<Vec<City>, DataError> {
        let v: Value = serde_json::from_str(text).map_err(|e| DataError::json(e.line(), e.column()))?;
        if v.get("schema").and_then(Value::as_str) != Some(SCHEMA) {
            return Err(shape(&format!("the schema {SCHEMA}")));
        }
        let places = v.get("places").and_then(Value::as_array).ok_or_else(|| shape("a list 'places'"))?;
        let mut out: Vec<City> = Vec::new();
        for p in places {
            let text = |k: &str| {
                p.get(k)
                    .and_then(Value::as_str)
                    .filter(|s| !s.trim().is_empty())
                    .map(str::to_string)
                    .ok_or_else(|| shape(&format!("a text '{k}'")))
            };
            let number = |k: &str| p.get(k).and_then(Value::as_u64).ok_or_else(|| shape(&format!("a number '{k}'")));
            let kind = text("kind")?;
            let kind = CityKind::ALL.into_iter().find(|k| k.as_str() == kind).ok_or_else(|| shape("a known 'kind'"))?;
            let at = p.get("at").and_then(Value::as_array).ok_or_else(|| shape("'at': [lon, lat]"))?;
            let at = [at.first().and_then(Value::as_f64), at.get(1).and_then(Value::as_f64)];
            let [Some(lon), Some(lat)] = at else { return Err(shape("'at': [lon, lat]")) };
            if !(22.0..=41.0).contains(&lon) || !(44.0..=53.0).contains(&lat) {
                return Err(shape("places in Ukraine"));
            }
            let city = City {
                geonames_id: u32::try_from(number("geonames_id")?).map_err(|_| shape("a GeoNames id"))?,
                kind,
                name_en: text("name_en")?,
                name_uk: text("name_uk")?,
                short_en: text("short_en")?,
                short_uk: text("short_uk")?,
                rank: u8::try_from(number("rank")?).map_err(|_| shape("a rank under 256"))?,
                min_scale: u8::try_from(p.get("min_scale").and_then(Value::as_u64).unwrap_or(1))
                    .map_err(|_| shape("a min_scale under 256"))?,
                at: [lon, lat],
            };
            if out.iter().any(|c| c.geonames_id == city.geonames_id || c.rank == city.rank) {
                return Err(shape("unique ids and ranks"));
            }
            out.push(city);
        }
        out.sort_by_key(|c| c.rank);
        Ok(out)
    }
}
