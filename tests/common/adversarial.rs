//! Hostile but valid editor's files: shapes within the documented limits that are cheap to
//! write and were (or could be) expensive to check, measure or draw. Shared by
//! tests/bounds.rs (full size, timed) and tests/fuzz.rs (small sizes, against a brute force).

use std::fmt::Write;

/// A ring as lon/lat points, closed (last = first).
pub type Ring = Vec<[f64; 2]>;

/// Rings as a FeatureCollection of one MultiPolygon feature (DeepStateMap's shape).
pub fn one_feature(rings: &[Ring]) -> String {
    let mut s = String::from(
        r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":["#,
    );
    for (i, ring) in rings.iter().enumerate() {
        s.push_str(if i == 0 { "[" } else { ",[" });
        push_ring(&mut s, ring);
        s.push(']');
    }
    s.push_str("]}}]}");
    s
}

/// Each ring as a feature of its own (a Polygon).
pub fn feature_per_ring(rings: &[Ring]) -> String {
    let mut s = String::from(r#"{"type":"FeatureCollection","features":["#);
    for (i, ring) in rings.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push_str(r#"{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":["#);
        push_ring(&mut s, ring);
        s.push_str("]}}");
    }
    s.push_str("]}");
    s
}

fn push_ring(s: &mut String, ring: &Ring) {
    s.push('[');
    for (i, p) in ring.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        let _ = write!(s, "[{},{}]", p[0], p[1]);
    }
    s.push(']');
}

fn closed(mut ring: Ring) -> Ring {
    ring.push(ring[0]);
    ring
}

/// A comb: `teeth` long vertical teeth on a bar, 4 vertices a tooth, over eastern Ukraine.
/// With `crossing` one tooth leans over its neighbour (one proper crossing).
pub fn comb(teeth: usize, crossing: Option<usize>) -> Ring {
    let (x0, x1, y0, y1) = (31.0, 39.0, 46.0, 51.5);
    let w = (x1 - x0) / teeth as f64;
    let mut ring = vec![[x0, y0 - 0.2]];
    for i in 0..teeth {
        let x = x0 + i as f64 * w;
        let lean = if crossing == Some(i) { 1.5 * w } else { 0.0 };
        ring.push([x, y0]);
        ring.push([x + lean, y1]);
        ring.push([x + 0.5 * w + lean, y1]);
        ring.push([x + 0.5 * w, y0]);
    }
    ring.push([x1, y0 - 0.2]);
    closed(ring)
}

/// A square spiral band without crossings: about `4 * arms` vertices, arms one unit apart.
pub fn spiral(arms: usize) -> Ring {
    // The spiral's centre line turns left at every vertex; its arm lengths 1, 1, 2, 2, 3...
    // (in units of two) keep consecutive parallel arms two units apart.
    let dirs = [(1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.0, -1.0)];
    let mut line = vec![(0.0f64, 0.0f64)];
    for k in 0..arms {
        let (dx, dy) = dirs[k % 4];
        let len = 2.0 * (k / 2 + 1) as f64;
        let (x, y) = *line.last().unwrap();
        line.push((x + dx * len, y + dy * len));
    }
    // Its inner edge, half a unit to the left: a left turn from a to b moves by d·(b − a).
    let d = 0.5;
    let mut inner = vec![(0.0, d)];
    for k in 1..arms {
        let (a, b) = (dirs[(k - 1) % 4], dirs[k % 4]);
        inner.push((line[k].0 + d * (b.0 - a.0), line[k].1 + d * (b.1 - a.1)));
    }
    let last = dirs[(arms - 1) % 4];
    inner.push((line[arms].0 - d * last.1, line[arms].1 + d * last.0));
    let half = (arms / 2 + 1) as f64 * 2.0;
    let scale = 3.0 / half;
    // Rounded to 1e-6° (well under the gap of 3e-5°) to stay within the 5 MB limit.
    let micro = |v: f64| (v * 1e6).round() / 1e6;
    let to_geo = |(x, y): (f64, f64)| [micro(34.5 + x * scale), micro(48.5 + y * scale)];
    let ring: Ring = line.iter().copied().chain(inner.iter().rev().copied()).map(to_geo).collect();
    closed(ring)
}

/// `n` squares of about a kilometre, spread over Ukraine (one a feature).
pub fn tiny_squares(n: usize) -> Vec<Ring> {
    let side = (n as f64).sqrt().ceil() as usize;
    (0..n)
        .map(|i| {
            let (x, y) = (24.0 + 16.0 * (i % side) as f64 / side as f64, 45.0 + 7.0 * (i / side) as f64 / side as f64);
            let s = 0.01;
            closed(vec![[x, y], [x + s, y], [x + s, y + s], [x, y + s]])
        })
        .collect()
}

/// A zig-zag between the southern and northern edges of Ukraine's latitudes: every edge
/// crosses every scanline. About `2 * zigs` vertices.
pub fn zigzag(zigs: usize) -> Ring {
    let (x0, x1, y0, y1) = (23.0, 40.0, 44.0, 52.5);
    let w = (x1 - x0) / zigs as f64;
    let mut ring = vec![[x0, y0 - 0.1]];
    for i in 0..zigs {
        let x = x0 + i as f64 * w;
        ring.push([x, y0]);
        ring.push([x + 0.5 * w, y1]);
    }
    ring.push([x1, y0]);
    ring.push([x1, y0 - 0.1]);
    closed(ring)
}

/// Slivers: triangles whose vertices differ by 1e-9°, and quadrilaterals with a vertex
/// 1e-9° off the line of its neighbours, on either side (`n` rings).
pub fn slivers(n: usize) -> Vec<Ring> {
    (0..n)
        .map(|i| {
            let (x, y) = (25.0 + 14.0 * (i as f64 / n as f64), 46.0 + (i % 50) as f64 * 0.1);
            let e = if i % 2 == 0 { 1e-9 } else { -1e-9 };
            match i % 3 {
                0 => closed(vec![[x, y], [x + 1e-9, y + 0.05], [x + 2e-9, y]]),
                1 => closed(vec![[x, y], [x + 0.05, y + 0.05], [x + 0.1, y + 0.1 + e], [x + 0.05, y + 0.06]]),
                _ => closed(vec![[x, y], [x + 0.1, y], [x + 0.1, y + 1e-9], [x + 0.05, y + e], [x, y + 1e-9]]),
            }
        })
        .collect()
}

/// Whether any two non-adjacent edges of a ring properly cross, by trying every pair, in
/// exact arithmetic on the 1e-7° grid the checker uses (the reference for small rings).
pub fn crosses_brute_force(ring: &[[f64; 2]]) -> bool {
    let snap = |p: [f64; 2]| [(p[0] * 1e7).round() as i128, (p[1] * 1e7).round() as i128];
    let pts: Vec<[i128; 2]> = ring.iter().map(|p| snap(*p)).collect();
    let orient = |p: [i128; 2], q: [i128; 2], r: [i128; 2]| {
        ((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])).signum()
    };
    let n = pts.len().saturating_sub(1);
    for i in 0..n {
        for j in i + 1..n {
            let (a, b, c, d) = (pts[i], pts[i + 1], pts[j], pts[j + 1]);
            if orient(c, d, a) * orient(c, d, b) < 0 && orient(a, b, c) * orient(a, b, d) < 0 {
                return true;
            }
        }
    }
    false
}
