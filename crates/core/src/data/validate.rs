//! What makes polygons usable: finite, in-range coordinates, closed rings, rings that do
//! not cross themselves, and a bounded size.

use super::error::DataError;
use crate::geo::{Point, Polygon};

/// Most vertices we accept in one file: ten times DeepStateMap's daily export, and far
/// more than a screen can show; beyond it the scanline measurement would stall.
pub const MAX_VERTICES: usize = 200_000;

/// A longitude/latitude pair that is finite and in range.
pub fn check_position(p: Point, what: &str) -> Result<Point, DataError> {
    let [x, y] = p;
    if x.is_finite() && y.is_finite() && (-180.0..=180.0).contains(&x) && (-90.0..=90.0).contains(&y) {
        Ok(p)
    } else {
        Err(DataError::BadCoordinates(format!("{what}: [{x}, {y}]")))
    }
}

/// A ring must close (last point = first) and have at least four points.
pub fn check_ring(points: Vec<Point>, what: &str) -> Result<Vec<Point>, DataError> {
    if points.len() < 4 || points.first() != points.last() {
        return Err(DataError::UnclosedRing(format!("{what}: a ring of {} points", points.len())));
    }
    Ok(points)
}

/// Every ring must be simple: no two non-adjacent edges may cross. Segments are
/// bucketed into horizontal bands so typical files are checked in near-linear time.
pub fn check_simple(polygons: &[Polygon], what: &str) -> Result<(), DataError> {
    for ring in polygons.iter().flatten() {
        if let Some(at) = first_self_crossing(ring) {
            return Err(DataError::SelfIntersection(format!("{what}, near [{:.3}, {:.3}]", at[0], at[1])));
        }
    }
    Ok(())
}

fn first_self_crossing(ring: &[Point]) -> Option<Point> {
    let n = ring.len().saturating_sub(1);
    if n < 4 {
        return None;
    }
    let (lo, hi) = ring.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p[1]), hi.max(p[1])));
    let bands = (n / 8).clamp(1, 4096);
    let h = ((hi - lo) / bands as f64).max(f64::MIN_POSITIVE);
    let band = |y: f64| (((y - lo) / h) as usize).min(bands - 1);
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bands];
    for i in 0..n {
        let (a, b) = (ring[i][1], ring[i + 1][1]);
        for bucket in &mut buckets[band(a.min(b))..=band(a.max(b))] {
            bucket.push(i);
        }
    }
    for bucket in &buckets {
        for (x, &i) in bucket.iter().enumerate() {
            for &j in &bucket[x + 1..] {
                let adjacent = j == i + 1 || i == j + 1 || (i == 0 && j == n - 1) || (j == 0 && i == n - 1);
                if !adjacent && segments_cross(ring[i], ring[i + 1], ring[j], ring[j + 1]) {
                    return Some(ring[i]);
                }
            }
        }
    }
    None
}

/// Proper crossing (the segments' interiors meet at one point); touching is allowed.
fn segments_cross(a: Point, b: Point, c: Point, d: Point) -> bool {
    let orient = |p: Point, q: Point, r: Point| (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
    let (d1, d2) = (orient(c, d, a), orient(c, d, b));
    let (d3, d4) = (orient(a, b, c), orient(a, b, d));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bow_tie_is_found() {
        let bow = vec![vec![[0.0, 0.0], [1.0, 1.0], [1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]];
        assert!(matches!(check_simple(&[bow], "t"), Err(DataError::SelfIntersection(_))));
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
