//! The size limits of an editor's file (docs/contract.md, section 4), counted over the
//! whole file: a file of many features each under a limit must not add up to more than
//! the worker can check, measure and draw in bounded time.

use super::error::{DataError, Limit};
use super::validate::MAX_VERTICES;
use geojson::{FeatureCollection, Value};

/// Most polygons in one file: DeepStateMap's export has a few hundred; ten thousand tiny
/// ones already draw as dust, and each costs its own rows on the measuring grid.
pub const MAX_POLYGONS: usize = 10_000;

/// Refuses a file with more vertices or polygons, all features together, than the limits.
pub fn check_file_size(fc: &FeatureCollection) -> Result<(), DataError> {
    let (mut vertices, mut polygons) = (0usize, 0usize);
    for f in &fc.features {
        let rings: Vec<&Vec<Vec<Vec<f64>>>> = match f.geometry.as_ref().map(|g| &g.value) {
            Some(Value::Polygon(p)) => vec![p],
            Some(Value::MultiPolygon(ps)) => ps.iter().collect(),
            _ => continue,
        };
        polygons += rings.len();
        vertices += rings.iter().flat_map(|p| p.iter()).map(Vec::len).sum::<usize>();
        if polygons > MAX_POLYGONS {
            return Err(DataError::TooComplex { limit: Limit::Polygons, count: MAX_POLYGONS });
        }
        if vertices > MAX_VERTICES {
            return Err(DataError::TooComplex { limit: Limit::Vertices, count: MAX_VERTICES });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::geojson::feature_collection;

    /// `features` features of `per_feature` polygons, each a ring of `ring` points.
    fn file(features: usize, per_feature: usize, ring: usize) -> String {
        let points = vec!["[30,48]"; ring].join(",");
        let polygon = format!("[[{points}]]");
        let multi = vec![polygon; per_feature].join(",");
        let feature = format!(
            r#"{{"type":"Feature","properties":{{}},"geometry":{{"type":"MultiPolygon","coordinates":[{multi}]}}}}"#
        );
        format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, vec![feature; features].join(","))
    }

    #[test]
    fn vertices_count_over_the_whole_file() {
        // Each feature under a limit, all of them together over it.
        let too_many = |features, per_feature, ring, what: Limit| {
            let fc = feature_collection(&file(features, per_feature, ring)).unwrap();
            matches!(check_file_size(&fc), Err(DataError::TooComplex { limit, .. }) if limit == what)
        };
        assert!(too_many(3, 1, 70_000, Limit::Vertices));
        assert!(too_many(10_001, 1, 4, Limit::Polygons));
        assert!(too_many(3, 4_000, 4, Limit::Polygons));
        assert!(!too_many(2, 1, 100_000, Limit::Vertices));
        assert!(!too_many(10_000, 1, 4, Limit::Polygons));
    }
}
