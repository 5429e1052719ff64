//! Pole of inaccessibility: the interior point farthest from a polygon's edges.
//!
//! This is where a label fits best, and unlike a centroid it is always inside the
//! region (a centroid of a crescent-shaped oblast can fall outside it). The method is
//! Mapbox's polylabel: a quadtree search over square cells, keeping the best cell found
//! and discarding cells that cannot beat it. Longitudes are scaled by cos(48.5°) so
//! "farthest" means roughly the same distance in every direction.

use crate::topology::Point;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

const LON_SCALE: f64 = 0.6626;

/// `rings[0]` is the exterior, the rest are holes; precision is in degrees of latitude.
pub fn pole_of_inaccessibility(rings: &[Vec<Point>], precision: f64) -> Point {
    let scaled: Vec<Vec<Point>> = rings.iter().map(|r| r.iter().map(|p| [p[0] * LON_SCALE, p[1]]).collect()).collect();
    let (mut min, mut max) = ([f64::MAX; 2], [f64::MIN; 2]);
    for p in &scaled[0] {
        for k in 0..2 {
            min[k] = min[k].min(p[k]);
            max[k] = max[k].max(p[k]);
        }
    }
    let size = (max[0] - min[0]).min(max[1] - min[1]);
    let mut best = Cell::new([(min[0] + max[0]) / 2.0, (min[1] + max[1]) / 2.0], 0.0, &scaled);
    if size <= 0.0 {
        return [best.center[0] / LON_SCALE, best.center[1]];
    }
    let mut queue = BinaryHeap::new();
    let h = size / 2.0;
    let mut x = min[0];
    while x < max[0] {
        let mut y = min[1];
        while y < max[1] {
            queue.push(Cell::new([x + h, y + h], h, &scaled));
            y += size;
        }
        x += size;
    }
    while let Some(cell) = queue.pop() {
        if cell.distance > best.distance {
            best = cell.clone();
        }
        if cell.max_possible - best.distance <= precision {
            continue;
        }
        let h = cell.half / 2.0;
        for (dx, dy) in [(-h, -h), (h, -h), (-h, h), (h, h)] {
            queue.push(Cell::new([cell.center[0] + dx, cell.center[1] + dy], h, &scaled));
        }
    }
    [best.center[0] / LON_SCALE, best.center[1]]
}

#[derive(Clone)]
struct Cell {
    center: Point,
    half: f64,
    distance: f64,
    max_possible: f64,
}

impl Cell {
    fn new(center: Point, half: f64, rings: &[Vec<Point>]) -> Cell {
        let distance = signed_distance(&center, rings);
        Cell { center, half, distance, max_possible: distance + half * std::f64::consts::SQRT_2 }
    }
}

impl PartialEq for Cell {
    fn eq(&self, other: &Self) -> bool {
        self.max_possible == other.max_possible
    }
}
impl Eq for Cell {}
impl PartialOrd for Cell {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Cell {
    fn cmp(&self, other: &Self) -> Ordering {
        self.max_possible.total_cmp(&other.max_possible)
    }
}

/// Distance to the nearest edge, negative outside the polygon (even–odd rule).
fn signed_distance(p: &Point, rings: &[Vec<Point>]) -> f64 {
    let mut inside = false;
    let mut best = f64::MAX;
    for ring in rings {
        for w in ring.windows(2) {
            let (a, b) = (w[0], w[1]);
            if (a[1] > p[1]) != (b[1] > p[1]) && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0] {
                inside = !inside;
            }
            best = best.min(segment_distance(p, &a, &b));
        }
    }
    if inside {
        best
    } else {
        -best
    }
}

fn segment_distance(p: &Point, a: &Point, b: &Point) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 { 0.0 } else { (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0) };
    ((a[0] + t * dx - p[0]).powi(2) + (a[1] + t * dy - p[1]).powi(2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn centre_of_a_square() {
        let sq = vec![[0.0, 0.0], [2.0, 0.0], [2.0, 2.0], [0.0, 2.0], [0.0, 0.0]];
        let p = pole_of_inaccessibility(&[sq], 0.001);
        assert!((p[1] - 1.0).abs() < 0.01, "{p:?}");
    }

    #[test]
    fn inside_a_c_shape_whose_centroid_is_outside() {
        let c = vec![[0., 0.], [3., 0.], [3., 1.], [1., 1.], [1., 2.], [3., 2.], [3., 3.], [0., 3.], [0., 0.]];
        let p = pole_of_inaccessibility(std::slice::from_ref(&c), 0.001);
        assert!(
            signed_distance(&[p[0] * LON_SCALE, p[1]], &[c.iter().map(|q| [q[0] * LON_SCALE, q[1]]).collect()]) > 0.0
        );
    }
}
