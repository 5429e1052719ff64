//! SVG path data for projected polygons.
//!
//! Points are rounded to 0.1 screen unit on a 1,000-unit-wide frame (a tenth of a
//! pixel at the widget's largest width, before zoom), then written as relative moves
//! between the *rounded* points, so rounding never accumulates and the text stays
//! short ("l3.1-.4" rather than "L412.3 187.9"). Points that move nothing by more than a
//! tenth are left out (see [`visible_points`]).

use super::albers::Albers;
use super::Polygon;
use crate::num::push_digits;

/// Path data for polygons under a projection (even–odd fill handles holes).
pub fn svg_path(polygons: &[Polygon], projection: &Albers) -> String {
    let mut d = String::new();
    let mut ring_points: Vec<(i64, i64)> = Vec::new();
    for ring in polygons.iter().flatten() {
        ring_points.clear();
        for p in ring.iter().take(ring.len().saturating_sub(1)) {
            let [x, y] = projection.project(*p);
            if !(x.is_finite() && y.is_finite()) {
                continue;
            }
            let q = ((x * 10.0).round() as i64, (y * 10.0).round() as i64);
            if ring_points.last() != Some(&q) {
                ring_points.push(q);
            }
        }
        let keep = visible_points(&ring_points);
        let mut last: Option<(i64, i64)> = None;
        let kept = ring_points.iter().zip(&keep).filter(|(_, k)| **k).map(|(q, _)| *q);
        for (written, q) in kept.enumerate() {
            match last {
                None => {
                    d.push('M');
                    push_pair(&mut d, q.0, q.1, false);
                }
                Some(prev) => {
                    if written == 1 {
                        d.push('l');
                    }
                    push_pair(&mut d, q.0 - prev.0, q.1 - prev.1, written > 1);
                }
            }
            last = Some(q);
        }
        if last.is_some() {
            d.push('z');
        }
    }
    d
}

/// The bounds (x0, y0, x1, y1) of path data [`svg_path`] wrote: rings of an absolute `M`
/// and relative `l` pairs. None for empty or foreign data (the reader of a region's width
/// on screen, `scene::labels`, then does without it).
pub fn path_bounds(d: &str) -> Option<[f64; 4]> {
    let (mut b, mut at, mut absolute) = ([f64::MAX, f64::MAX, f64::MIN, f64::MIN], [0.0, 0.0], true);
    let (mut pair, mut half) = ([0.0; 2], 0);
    let bytes = d.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'M' => (absolute, i) = (true, i + 1),
            b'l' => (absolute, i) = (false, i + 1),
            b'z' | b' ' => i += 1,
            b'-' | b'.' | b'0'..=b'9' => {
                // In tenths, as written (`push_tenths`): whole digits, then at most one.
                let negative = bytes[i] == b'-';
                i += usize::from(negative);
                let (mut tenths, mut fraction) = (0i64, None);
                while let Some(&c) = bytes.get(i) {
                    match (c, fraction) {
                        (b'0'..=b'9', None) => tenths = tenths.checked_mul(10)?.checked_add(i64::from(c - b'0'))?,
                        (b'0'..=b'9', Some(None)) => fraction = Some(Some(i64::from(c - b'0'))),
                        (b'.', None) => fraction = Some(None),
                        _ => break,
                    }
                    i += 1;
                }
                let t = tenths.checked_mul(10)? + fraction.flatten().unwrap_or(0);
                pair[half] = if negative { -t } else { t } as f64 / 10.0;
                half += 1;
                if half == 2 {
                    half = 0;
                    at = if absolute { pair } else { [at[0] + pair[0], at[1] + pair[1]] };
                    b = [b[0].min(at[0]), b[1].min(at[1]), b[2].max(at[0]), b[3].max(at[1])];
                }
            }
            _ => return None,
        }
    }
    (b[0] <= b[2] && half == 0).then_some(b)
}

/// Which of a ring's points (in tenths) change what is drawn: Douglas–Peucker with a
/// tolerance of one tenth, a tenth of a pixel at the widget's largest width. Our own
/// layers are simplified at build time and lose almost nothing here; an editor's file
/// (a densified export of 190,000 vertices) shrinks to what the screen can show, so the
/// widget's main thread never parses, stores or paints points nobody can see.
///
/// Douglas–Peucker is quadratic at worst (a spiral splits one point off at a time), so
/// the ring is simplified in runs of [`SIMPLIFY_RUN`] points: O(n · run) whatever the
/// shape, at the cost of keeping the ends of the runs (one point in 512).
fn visible_points(points: &[(i64, i64)]) -> Vec<bool> {
    let n = points.len();
    let mut keep = vec![n <= 3; n];
    if n <= 3 {
        return keep;
    }
    let mut start = 0;
    while start < n - 1 {
        let end = (start + SIMPLIFY_RUN).min(n - 1);
        keep_visible(points, start, end, &mut keep);
        start = end;
    }
    keep
}

/// Longest run of points that Douglas–Peucker sees at once.
const SIMPLIFY_RUN: usize = 512;

/// Douglas–Peucker over `points[first..=last]`, marking what it keeps (both ends too).
fn keep_visible(points: &[(i64, i64)], first: usize, last: usize, keep: &mut [bool]) {
    keep[first] = true;
    keep[last] = true;
    let mut stack = vec![(first, last)];
    while let Some((a, b)) = stack.pop() {
        let (pa, pb) = (points[a], points[b]);
        let (dx, dy) = ((pb.0 - pa.0) as f64, (pb.1 - pa.1) as f64);
        let length2 = dx * dx + dy * dy;
        let mut farthest = (0.0, a);
        for (i, p) in points.iter().enumerate().take(b).skip(a + 1) {
            let (px, py) = ((p.0 - pa.0) as f64, (p.1 - pa.1) as f64);
            // Squared distance to the segment a–b (to a itself when a = b).
            let d2 = if length2 == 0.0 {
                px * px + py * py
            } else {
                let cross = px * dy - py * dx;
                cross * cross / length2
            };
            if d2 > farthest.0 {
                farthest = (d2, i);
            }
        }
        if farthest.0 > 1.0 {
            keep[farthest.1] = true;
            stack.push((a, farthest.1));
            stack.push((farthest.1, b));
        }
    }
}

/// Appends a coordinate pair in tenths, with the separators SVG needs and no more.
fn push_pair(d: &mut String, x: i64, y: i64, separate: bool) {
    if separate && x >= 0 {
        d.push(' ');
    }
    push_tenths(d, x);
    if y >= 0 {
        d.push(' ');
    }
    push_tenths(d, y);
}

fn push_tenths(d: &mut String, t: i64) {
    if t < 0 {
        d.push('-');
    }
    let t = t.unsigned_abs();
    let (whole, frac) = (t / 10, t % 10);
    if whole > 0 || frac == 0 {
        push_digits(d, whole, 1);
    }
    if frac > 0 {
        d.push('.');
        d.push(char::from(b'0' + frac as u8));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_are_written_compactly() {
        let mut d = String::new();
        for t in [0, 5, -5, 10, 123, -123] {
            push_tenths(&mut d, t);
            d.push('|');
        }
        assert_eq!(d, "0|.5|-.5|1|12.3|-12.3|");
    }

    #[test]
    fn a_square_becomes_one_closed_relative_path() {
        let mut a = Albers::ukraine();
        let ring = vec![[30.0, 48.0], [31.0, 48.0], [31.0, 49.0], [30.0, 49.0], [30.0, 48.0]];
        a.fit_width(ring.iter(), 100.0, 0.0);
        let d = svg_path(&[vec![ring]], &a);
        assert!(d.starts_with('M') && d.ends_with('z') && d.matches('l').count() == 1, "{d}");
    }

    #[test]
    fn the_bounds_of_a_path_are_read_back_from_its_data() {
        let mut a = Albers::ukraine();
        let (square, island) = (
            vec![[30.0, 48.0], [31.0, 48.0], [31.0, 49.0], [30.0, 49.0], [30.0, 48.0]],
            vec![[33.0, 46.0], [33.5, 46.0], [33.5, 46.5], [33.0, 46.0]],
        );
        a.fit_width(square.iter().chain(&island), 300.0, 0.0);
        let d = svg_path(&[vec![square.clone()], vec![island.clone()]], &a);
        let projected: Vec<[f64; 2]> = square.iter().chain(&island).map(|p| a.project(*p)).collect();
        let want = [
            projected.iter().map(|p| p[0]).fold(f64::MAX, f64::min),
            projected.iter().map(|p| p[1]).fold(f64::MAX, f64::min),
            projected.iter().map(|p| p[0]).fold(f64::MIN, f64::max),
            projected.iter().map(|p| p[1]).fold(f64::MIN, f64::max),
        ];
        let got = path_bounds(&d).expect(&d);
        assert!(got.iter().zip(want).all(|(g, w)| (g - w).abs() <= 0.051), "{got:?} vs {want:?} from {d}");
        assert_eq!(path_bounds(""), None);
        assert_eq!(path_bounds("M1 2C3 4"), None, "foreign commands are not guessed at");
    }

    #[test]
    fn points_that_change_nothing_visible_are_left_out() {
        // A square's edges densified: only its corners remain.
        let mut ring = Vec::new();
        for (a, b) in [([0, 0], [100, 0]), ([100, 0], [100, 100]), ([100, 100], [0, 100]), ([0, 100], [0, 0])] {
            for k in 0..50 {
                ring.push((a[0] + (b[0] - a[0]) * k / 50, a[1] + (b[1] - a[1]) * k / 50));
            }
        }
        let keep = visible_points(&ring);
        let kept: Vec<_> = ring.iter().zip(&keep).filter(|(_, k)| **k).map(|(p, _)| *p).collect();
        // The corners, and the ring's last point (an end of the first chord, always kept).
        assert_eq!(kept, vec![(0, 0), (100, 0), (100, 100), (0, 100), (0, 2)]);
        // A bump of two tenths survives; one of half a tenth does not.
        let bump = |h| visible_points(&[(0, 0), (10, 0), (20, h), (30, 0), (40, 0), (40, 40)]);
        assert!(bump(2)[2]);
        assert!(!bump(0)[2]);
    }

    #[test]
    fn long_rings_are_simplified_in_runs() {
        // A straight line of 2,000 points keeps its ends and the ends of its runs only.
        let line: Vec<_> = (0..2000).map(|i| (i, 0)).collect();
        let kept: Vec<_> = visible_points(&line).iter().enumerate().filter(|(_, k)| **k).map(|(i, _)| i).collect();
        assert_eq!(kept, vec![0, 512, 1024, 1536, 1999]);
    }
}
