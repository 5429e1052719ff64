//! Douglas–Peucker simplification of one arc, in locally isotropic units.
//!
//! Degrees of longitude are shorter than degrees of latitude at Ukraine's latitude,
//! so longitudes are scaled by cos(48.5°) before measuring distances; the tolerance
//! is then "degrees of latitude" (0.01° ≈ 1.1 km) in every direction.

use crate::topology::Point;

const LON_SCALE: f64 = 0.6626; // cos(48.5°)

/// Simplifies an open polyline or, when first == last, a closed ring (kept closed).
pub fn simplify(arc: &[Point], tolerance: f64) -> Vec<Point> {
    if arc.len() <= 2 {
        return arc.to_vec();
    }
    if arc.first() == arc.last() {
        // A closed ring has no natural chord: split it at the point farthest from its
        // start and simplify the two halves, which keeps at least a triangle.
        let far = (1..arc.len() - 1)
            .max_by(|&a, &b| dist2(&arc[0], &arc[a]).total_cmp(&dist2(&arc[0], &arc[b])))
            .unwrap_or(1);
        let mut out = douglas_peucker(&arc[..=far], tolerance);
        out.pop();
        out.extend(douglas_peucker(&arc[far..], tolerance));
        if out.len() < 4 {
            return arc.to_vec();
        }
        return out;
    }
    douglas_peucker(arc, tolerance)
}

fn douglas_peucker(pts: &[Point], tolerance: f64) -> Vec<Point> {
    let mut keep = vec![false; pts.len()];
    keep[0] = true;
    keep[pts.len() - 1] = true;
    let mut stack = vec![(0, pts.len() - 1)];
    while let Some((a, b)) = stack.pop() {
        let mut best = (0.0, 0);
        for i in a + 1..b {
            let d = segment_distance2(&pts[i], &pts[a], &pts[b]);
            if d > best.0 {
                best = (d, i);
            }
        }
        if best.0 > tolerance * tolerance {
            keep[best.1] = true;
            stack.push((a, best.1));
            stack.push((best.1, b));
        }
    }
    pts.iter().zip(keep).filter(|(_, k)| *k).map(|(p, _)| *p).collect()
}

fn dist2(a: &Point, b: &Point) -> f64 {
    let dx = (a[0] - b[0]) * LON_SCALE;
    let dy = a[1] - b[1];
    dx * dx + dy * dy
}

fn segment_distance2(p: &Point, a: &Point, b: &Point) -> f64 {
    let (ax, ay) = (a[0] * LON_SCALE, a[1]);
    let (bx, by) = (b[0] * LON_SCALE, b[1]);
    let (px, py) = (p[0] * LON_SCALE, p[1]);
    let (dx, dy) = (bx - ax, by - ay);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 { 0.0 } else { (((px - ax) * dx + (py - ay) * dy) / len2).clamp(0.0, 1.0) };
    let (qx, qy) = (ax + t * dx - px, ay + t * dy - py);
    qx * qx + qy * qy
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_ends_and_drops_near_collinear_points() {
        let line = [[0.0, 0.0], [1.0, 0.001], [2.0, 0.0], [3.0, 1.0]];
        assert_eq!(simplify(&line, 0.01), vec![[0.0, 0.0], [2.0, 0.0], [3.0, 1.0]]);
    }

    #[test]
    fn closed_ring_stays_closed() {
        let ring = [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]];
        let s = simplify(&ring, 0.01);
        assert_eq!(s.first(), s.last());
        assert!(s.len() >= 4);
    }
}
