//! What makes polygons usable: finite, in-range coordinates, closed rings, rings that do
//! not cross themselves, and a bounded size.

use super::error::{DataError, Subject};
use crate::geo::crossing::first_crossing;
use crate::geo::{Point, Polygon};

/// Most vertices we accept in one file (all features together: `data::limits`; one
/// geometry of our own files too): ten times DeepStateMap's daily export, and far more
/// than a screen can show.
pub const MAX_VERTICES: usize = 200_000;

/// A longitude/latitude pair that is finite and in range.
pub fn check_position(p: Point, what: &str) -> Result<Point, DataError> {
    let [x, y] = p;
    if x.is_finite() && y.is_finite() && (-180.0..=180.0).contains(&x) && (-90.0..=90.0).contains(&y) {
        Ok(p)
    } else {
        Err(DataError::BadCoordinates { what: Subject::parse(what), at: format!("[{x}, {y}]") })
    }
}

/// A ring must close (last point = first) and have at least four points.
pub fn check_ring(points: Vec<Point>, what: &str) -> Result<Vec<Point>, DataError> {
    if points.len() < 4 || points.first() != points.last() {
        return Err(DataError::UnclosedRing { what: Subject::parse(what), points: points.len() });
    }
    Ok(points)
}

/// Every ring must be simple: no two edges may properly cross (touching is allowed; see
/// `geo::crossing`, a sweep that takes O(n log n) whatever the shape).
pub fn check_simple(polygons: &[Polygon], what: &str) -> Result<(), DataError> {
    for ring in polygons.iter().flatten() {
        if let Some(edge) = first_crossing(ring) {
            let at = ring[edge];
            let near = format!("[{:.3}, {:.3}]", at[0], at[1]);
            return Err(DataError::SelfIntersection { what: Subject::parse(what), near });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bow_tie_is_found() {
        let bow = vec![vec![[0.0, 0.0], [1.0, 1.0], [1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]];
        assert!(matches!(check_simple(&[bow], "t"), Err(DataError::SelfIntersection { .. })));
        let square = vec![vec![[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]];
        assert!(check_simple(&[square], "t").is_ok());
    }

    #[test]
    fn positions_and_rings() {
        assert!(check_position([f64::NAN, 1.0], "t").is_err());
        assert!(check_position([181.0, 1.0], "t").is_err());
        assert!(check_ring(vec![[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]], "t").is_err());
    }
}
