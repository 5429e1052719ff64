//! Whether a ring crosses itself, in O(n log n) for any shape: Shamos–Hoey's sweep.
//!
//! An editor's ring can be a comb of long teeth or a spiral, where bucketing edges by
//! height is quadratic. The sweep visits vertices from left to right (then bottom to top,
//! which handles vertical edges as if the sweep line were turned an infinitesimal angle),
//! keeping the edges that cut the sweep line in their order along it; the first crossing
//! always occurs between two edges that were neighbours in that order at some point, so
//! only neighbours are tested.
//!
//! Coordinates are snapped to a grid of 1e-7° (about a centimetre) and every test is an
//! exact integer orientation (i64, or i128 when needed), so near-coincident points never get a
//! wrong answer from rounding, and the order the sweep keeps is always consistent. On that
//! grid: touching (a vertex on an edge, a shared vertex) is allowed; so are collinear edges
//! that overlap (a spike that doubles back), which enclose nothing and fill by the
//! even–odd rule like any touching; only a proper crossing (the interiors meeting at one
//! point, each edge passing to the other side) is refused.

use super::Point;
use std::cmp::Ordering;
use std::collections::BTreeSet;
use std::ops::Bound::{Excluded, Unbounded};

/// Grid steps per degree: 1e-7°, finer than any survey, coarser than rounding noise.
const STEPS_PER_DEGREE: f64 = 1e7;

type Snapped = [i64; 2];

fn snap(p: Point) -> Snapped {
    // Clamped to a turn and a half around the globe, so that differences never overflow:
    // checked positions are within ±180° already; NaN becomes 0 (`as` saturates).
    let grid = |v: f64| (super::clamp(v, -270.0, 270.0) * STEPS_PER_DEGREE).round() as i64;
    [grid(p[0]), grid(p[1])]
}

/// The sign of the turn p → q → r: 1 to the left, -1 to the right, 0 collinear (exact).
fn orient(p: Snapped, q: Snapped, r: Snapped) -> i32 {
    // Snapped coordinates are within ±2.7e9, so differences fit in i64; products of
    // differences under 2³¹ (edges shorter than 214°: all but absurd ones) fit too.
    let (a, b, c, d) = (q[0] - p[0], r[1] - p[1], q[1] - p[1], r[0] - p[0]);
    const SMALL: i64 = 1 << 31;
    if a.abs() < SMALL && b.abs() < SMALL && c.abs() < SMALL && d.abs() < SMALL {
        (a * b - c * d).signum() as i32
    } else {
        (i128::from(a) * i128::from(b) - i128::from(c) * i128::from(d)).signum() as i32
    }
}

/// Whether the interiors of a–b and c–d meet at one point, each passing to the other side.
fn properly_cross(a: Snapped, b: Snapped, c: Snapped, d: Snapped) -> bool {
    orient(c, d, a) * orient(c, d, b) < 0 && orient(a, b, c) * orient(a, b, d) < 0
}

/// An edge from its lower-left end (`from`, lexicographically smaller) to `to`; `index`
/// is the edge's place in the ring.
#[derive(Clone, Copy, Debug)]
struct Edge {
    from: Snapped,
    to: Snapped,
    index: usize,
}

impl Edge {
    fn crosses(&self, other: &Edge) -> bool {
        properly_cross(self.from, self.to, other.from, other.to)
    }
}

/// The order along the sweep line, for edges that both cut it and do not cross each other
/// before it (the sweep stops at the first crossing, so that always holds). It is decided
/// where the later-starting edge starts: which side of the other edge that start lies on,
/// or, when it lies on it, which side the edge leaves towards; collinear edges by index.
impl Ord for Edge {
    fn cmp(&self, other: &Edge) -> Ordering {
        if self.index == other.index {
            return Ordering::Equal;
        }
        let self_later = (self.from, self.index) > (other.from, other.index);
        let (later, earlier) = if self_later { (self, other) } else { (other, self) };
        let mut side = orient(earlier.from, earlier.to, later.from);
        if side == 0 {
            side = orient(earlier.from, earlier.to, later.to);
        }
        let later_vs_earlier = match side {
            1 => Ordering::Greater,
            -1 => Ordering::Less,
            _ => later.index.cmp(&earlier.index),
        };
        if self_later {
            later_vs_earlier
        } else {
            later_vs_earlier.reverse()
        }
    }
}

impl PartialOrd for Edge {
    fn partial_cmp(&self, other: &Edge) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Edge {
    fn eq(&self, other: &Edge) -> bool {
        self.index == other.index
    }
}

impl Eq for Edge {}

/// The index of an edge of a closed ring (last point = first) that properly crosses
/// another, or None. Edges that shrink to a point on the grid are left out: a point
/// cannot cross anything.
pub fn first_crossing(ring: &[Point]) -> Option<usize> {
    let points: Vec<Snapped> = ring.iter().map(|p| snap(*p)).collect();
    let edges: Vec<Edge> = points
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w[0] != w[1])
        .map(|(index, w)| {
            let (from, to) = if w[0] < w[1] { (w[0], w[1]) } else { (w[1], w[0]) };
            Edge { from, to, index }
        })
        .collect();
    // At each point, edges that end leave before edges that start: sharing an end is
    // touching, and they are then never both in the sweep.
    let mut events: Vec<(Snapped, bool, usize)> = Vec::with_capacity(2 * edges.len());
    for (k, e) in edges.iter().enumerate() {
        events.push((e.from, true, k));
        events.push((e.to, false, k));
    }
    events.sort_unstable();
    let mut sweep: BTreeSet<Edge> = BTreeSet::new();
    let crossing = |a: &Edge, b: &Edge| a.crosses(b).then_some(a.index.min(b.index));
    for (_, starts, k) in events {
        let edge = edges[k];
        let below = sweep.range(..edge).next_back().copied();
        let above = sweep.range((Excluded(edge), Unbounded)).next().copied();
        if starts {
            for neighbour in below.iter().chain(above.iter()) {
                if let Some(at) = crossing(&edge, neighbour) {
                    return Some(at);
                }
            }
            sweep.insert(edge);
        } else {
            sweep.remove(&edge);
            if let (Some(b), Some(a)) = (below, above) {
                if let Some(at) = crossing(&b, &a) {
                    return Some(at);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn closed(mut ring: Vec<Point>) -> Vec<Point> {
        ring.push(ring[0]);
        ring
    }

    #[test]
    fn a_bow_tie_crosses_a_square_does_not() {
        assert!(first_crossing(&closed(vec![[0.0, 0.0], [1.0, 1.0], [1.0, 0.0], [0.0, 1.0]])).is_some());
        assert!(first_crossing(&closed(vec![[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])).is_none());
    }

    #[test]
    fn touching_is_allowed() {
        // A vertex on another edge, and two lobes sharing a vertex.
        assert!(first_crossing(&closed(vec![[0.0, 0.0], [2.0, 0.0], [2.0, 2.0], [1.0, 0.0], [0.0, 2.0]])).is_none());
        let eight = vec![[0.0, 0.0], [1.0, 1.0], [2.0, 0.0], [2.0, 2.0], [1.0, 1.0], [0.0, 2.0]];
        assert!(first_crossing(&closed(eight)).is_none());
    }

    #[test]
    fn collinear_overlapping_edges_are_touching() {
        // A spike that doubles back on itself along the bottom edge.
        let spike = vec![[0.0, 0.0], [3.0, 0.0], [1.0, 0.0], [2.0, 0.0], [2.0, 1.0], [0.0, 1.0]];
        assert!(first_crossing(&closed(spike)).is_none());
    }

    #[test]
    fn vertical_edges_cross_and_touch() {
        // A vertical edge crossing a horizontal one, and one ending on it.
        let cross = vec![[0.0, 0.0], [2.0, 0.0], [2.0, 2.0], [1.0, 2.0], [1.0, -1.0], [0.0, -1.0]];
        assert!(first_crossing(&closed(cross)).is_some());
        let touch = vec![[0.0, 0.0], [2.0, 0.0], [2.0, 2.0], [1.0, 2.0], [1.0, 0.0], [0.5, 1.0]];
        assert!(first_crossing(&closed(touch)).is_none());
    }

    #[test]
    fn below_the_grid_is_touching_and_never_panics() {
        // Crossing by 1e-9°: on the 1e-7° grid the two edges only touch.
        let tiny = vec![[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.5, -1e-9], [0.0, 1.0]];
        assert!(first_crossing(&closed(tiny)).is_none());
        let hostile = vec![[f64::NAN, 0.0], [f64::INFINITY, 1.0], [-1e308, 2.0], [0.0, f64::NAN]];
        let _ = first_crossing(&closed(hostile));
    }
}
