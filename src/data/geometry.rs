//! GeoJSON geometries to validated polygons.

use super::error::DataError;
use crate::geo::{Point, Polygon};
use geojson::{Geometry, Value};

/// Most vertices we accept in one file: ten times DeepStateMap's daily export, and far
/// more than a screen can show; beyond it the scanline measurement would stall.
pub const MAX_VERTICES: usize = 200_000;

/// A Polygon or MultiPolygon as polygons, checked for finite, in-range coordinates
/// and closed rings. `what` names the feature in messages.
pub fn polygons(geometry: Option<&Geometry>, what: &str) -> Result<Vec<Polygon>, DataError> {
    let geometry = geometry.ok_or_else(|| DataError::WrongGeometry(format!("{what} has no geometry")))?;
    let raw: Vec<&Vec<Vec<Vec<f64>>>> = match &geometry.value {
        Value::Polygon(p) => vec![p],
        Value::MultiPolygon(ps) => ps.iter().collect(),
        Value::GeometryCollection(_) => return Err(DataError::WrongGeometry(format!("{what}: GeometryCollection"))),
        other => return Err(DataError::WrongGeometry(format!("{what}: {}", other.type_name()))),
    };
    let mut count = 0;
    let mut out = Vec::with_capacity(raw.len());
    for poly in raw {
        let mut rings = Vec::with_capacity(poly.len());
        for ring in poly {
            count += ring.len();
            if count > MAX_VERTICES {
                return Err(DataError::WrongShape(format!("{what}: more than {MAX_VERTICES} vertices")));
            }
            rings.push(ring_of(ring, what)?);
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

fn ring_of(ring: &[Vec<f64>], what: &str) -> Result<Vec<Point>, DataError> {
    let mut pts = Vec::with_capacity(ring.len());
    for c in ring {
        let (x, y) = match c.as_slice() {
            [x, y, ..] => (*x, *y),
            _ => return Err(DataError::BadCoordinates(format!("{what}: a position with fewer than 2 numbers"))),
        };
        if !(x.is_finite() && y.is_finite() && (-180.0..=180.0).contains(&x) && (-90.0..=90.0).contains(&y)) {
            return Err(DataError::BadCoordinates(format!("{what}: [{x}, {y}]")));
        }
        pts.push([x, y]);
    }
    if pts.len() < 4 || pts.first() != pts.last() {
        return Err(DataError::UnclosedRing(format!("{what}: a ring of {} points", pts.len())));
    }
    Ok(pts)
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
}
