//! Makes nearly-equal vertices exactly equal before arcs are built.
//!
//! In Natural Earth's file most neighbours share bit-identical vertices, but six
//! borders (Kherson with Crimea, Zaporizhzhia and Dnipropetrovsk; Odesa with Vinnytsia
//! and Kirovohrad; Mykolaiv with Kirovohrad) repeat their vertices with a 1e-13°
//! floating-point difference. Without snapping, those borders would not be recognised
//! as shared, would be simplified twice, and would open gaps and overlaps.

use crate::topology::Point;
use std::collections::HashMap;

/// Replaces every vertex by the first vertex seen within `eps` degrees of it.
pub fn snap(rings: &mut [Vec<Point>], eps: f64) {
    let mut seen: HashMap<(i64, i64), Point> = HashMap::new();
    for ring in rings.iter_mut() {
        for p in ring.iter_mut() {
            let cell = ((p[0] / eps).round() as i64, (p[1] / eps).round() as i64);
            let found = (-1..=1)
                .flat_map(|dx| (-1..=1).map(move |dy| (cell.0 + dx, cell.1 + dy)))
                .filter_map(|c| seen.get(&c))
                .find(|q| (q[0] - p[0]).abs() <= eps && (q[1] - p[1]).abs() <= eps)
                .copied();
            match found {
                Some(q) => *p = q,
                None => {
                    seen.insert(cell, *p);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_float_noise_but_not_distinct_points() {
        let mut rings = vec![vec![[30.0, 48.0], [30.001, 48.0]], vec![[30.0 + 1e-13, 48.0 - 1e-13], [30.002, 48.0]]];
        snap(&mut rings, 1e-9);
        assert_eq!(rings[1][0], [30.0, 48.0]);
        assert_eq!(rings[1][1], [30.002, 48.0]);
    }
}
