//! A region as the widget draws and measures it: one of the 27, its label point and
//! its polygons.

use super::regions_table::{by_iso, RegionInfo};
use crate::geo::{Point, Polygon};
use crate::lang::Lang;

pub use super::regions_table::ISO_CODES;

#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    pub info: &'static RegionInfo,
    /// Pole of inaccessibility, computed by the data tool: always inside the region.
    pub label: Point,
    pub polygons: Vec<Polygon>,
}

impl Region {
    pub fn iso(&self) -> &'static str {
        self.info.iso
    }

    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.info.name_en,
            Lang::Uk => self.info.name_uk,
        }
    }

    /// The name written on the map, where space is short.
    pub fn short_name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.info.short_en,
            Lang::Uk => self.info.short_uk,
        }
    }
}

/// One of the 27 codes, or a data error naming the unknown one.
pub fn known(iso: &str) -> Result<&'static RegionInfo, super::DataError> {
    by_iso(iso).ok_or_else(|| super::DataError::UnknownRegion(iso.to_string()))
}

/// Parses `data/regions.geojson`: one feature per region, with `iso` and `label`.
#[cfg(feature = "json")]
pub fn parse_regions(text: &str) -> Result<Vec<Region>, super::DataError> {
    use super::geojson::{feature_collection, polygons, string_property};
    use super::DataError;
    let fc = feature_collection(text)?;
    let mut regions = Vec::with_capacity(fc.features.len());
    for (i, f) in fc.features.iter().enumerate() {
        let iso = string_property(f, "iso").ok_or_else(|| DataError::WrongShape(format!("feature {i} has no iso")))?;
        let info = known(iso)?;
        let label = f
            .property("label")
            .and_then(|v| Some([v.get(0)?.as_f64()?, v.get(1)?.as_f64()?]))
            .ok_or_else(|| DataError::WrongShape(format!("{iso} has no label point")))?;
        regions.push(Region { info, label, polygons: polygons(f.geometry.as_ref(), iso)? });
    }
    if regions.is_empty() {
        return Err(DataError::Empty);
    }
    Ok(regions)
}
