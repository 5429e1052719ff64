//! Polygons as rows of intervals, for measuring overlaps without clipping polygons.
//!
//! The widget must say how much of each region a layer covers, including for an
//! editor's file that was never cut to Ukraine's borders (DeepStateMap's polygon spills
//! into the sea and into Russia). Instead of a polygon-clipping library, each shape is
//! sampled on the same horizontal scanlines of the equal-area plane: on each line it
//! is a sorted list of x-intervals (even–odd rule). Intersection and difference are
//! then interval merges, and area is the sum of interval lengths times the line
//! spacing (midpoint rule: exact for straight edges except in the strips that contain
//! a vertex, so the error shrinks with the square of the spacing). This is robust to
//! self-intersections and other invalid input, which just fill by the even–odd rule.

use super::area::{equal_area_xy, AREA_FACTOR};
use super::{Point, Polygon};

/// Horizontal scanlines at y = y0 + (i + ½)·dy, i in 0..n, in the equal-area plane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Grid {
    pub y0: f64,
    pub dy: f64,
    pub n: usize,
}

impl Grid {
    /// `n` scanlines spanning latitudes `lat_min..lat_max`.
    pub fn spanning(lat_min: f64, lat_max: f64, n: usize) -> Grid {
        let y0 = equal_area_xy([0.0, lat_min])[1];
        let y1 = equal_area_xy([0.0, lat_max])[1];
        Grid { y0, dy: (y1 - y0) / n as f64, n }
    }

    /// Every `stride`-th line (`stride` odd, so the lines are some of this grid's, see
    /// [`Rows::coarser`]), over at least the same span.
    pub fn coarser(&self, stride: usize) -> Grid {
        debug_assert!(stride % 2 == 1, "an even stride puts lines between ours");
        Grid { y0: self.y0, dy: self.dy * stride as f64, n: self.n.div_ceil(stride) }
    }

    fn line_y(&self, i: usize) -> f64 {
        self.y0 + (i as f64 + 0.5) * self.dy
    }
}

/// One shape on a grid: rows `first..first + rows.len()`, each sorted and disjoint.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rows {
    first: usize,
    rows: Vec<Vec<(f64, f64)>>,
}

impl Rows {
    /// Samples polygons (lon/lat) on the grid with the even–odd rule. Costs time and
    /// memory in proportion to [`Rows::crossings`], which callers bound first.
    pub fn of(polygons: &[Polygon], grid: &Grid) -> Rows {
        let mut crossings: Vec<Vec<f64>> = Vec::new();
        let edges: Vec<_> = edges_on(polygons, grid).collect();
        let first = edges.iter().map(|e| e.2).min().unwrap_or(usize::MAX);
        if edges.is_empty() {
            return Rows::default();
        }
        let last = edges.iter().map(|e| e.3).max().unwrap_or(first);
        crossings.resize(last - first, Vec::new());
        for (a, b, lo, hi) in edges {
            let slope = (b[0] - a[0]) / (b[1] - a[1]);
            for i in lo..hi {
                crossings[i - first].push(a[0] + (grid.line_y(i) - a[1]) * slope);
            }
        }
        let rows = crossings
            .into_iter()
            .map(|mut xs| {
                xs.sort_by(f64::total_cmp);
                xs.chunks_exact(2).map(|c| (c[0], c[1])).filter(|(a, b)| b > a).collect()
            })
            .collect();
        Rows { first, rows }
    }

    /// How many times the polygons' edges cross the grid's lines: what sampling them
    /// costs, counted in O(edges) before anything is allocated.
    pub fn crossings(polygons: &[Polygon], grid: &Grid) -> usize {
        edges_on(polygons, grid).map(|(_, _, lo, hi)| hi - lo).sum()
    }

    /// The same shape on `grid.coarser(stride)`, whose lines are some of this grid's: every
    /// `stride`-th row, exactly as sampling the polygons again would give.
    pub fn coarser(&self, stride: usize) -> Rows {
        let offset = stride / 2;
        let from = self.first.saturating_sub(offset).div_ceil(stride);
        let rows: Vec<_> = (from..)
            .map(|j| j * stride + offset)
            .take_while(|&i| i < self.end())
            .map(|i| self.row(i).to_vec())
            .collect();
        Rows { first: from, rows }.trimmed()
    }

    fn row(&self, i: usize) -> &[(f64, f64)] {
        i.checked_sub(self.first).and_then(|j| self.rows.get(j)).map_or(&[], |r| r.as_slice())
    }

    fn end(&self) -> usize {
        self.first + self.rows.len()
    }

    /// Area in km².
    pub fn area_km2(&self, grid: &Grid) -> f64 {
        let len: f64 = self.rows.iter().flatten().map(|(a, b)| b - a).sum();
        len * grid.dy * AREA_FACTOR
    }

    /// Area of the intersection in km², without building it: a two-pointer walk over
    /// each pair of rows (this is the widget's hot path when it loads).
    pub fn overlap_km2(&self, other: &Rows, grid: &Grid) -> f64 {
        let (from, to) = (self.first.max(other.first), self.end().min(other.end()));
        let mut len = 0.0;
        for i in from..to.max(from) {
            let (a, b) = (self.row(i), other.row(i));
            let (mut x, mut y) = (0, 0);
            while x < a.len() && y < b.len() {
                let lo = a[x].0.max(b[y].0);
                let hi = a[x].1.min(b[y].1);
                if hi > lo {
                    len += hi - lo;
                }
                if a[x].1 < b[y].1 {
                    x += 1
                } else {
                    y += 1
                }
            }
        }
        len * grid.dy * AREA_FACTOR
    }

    pub fn intersection(&self, other: &Rows) -> Rows {
        self.combine(other, |a, b| a && b)
    }

    pub fn difference(&self, other: &Rows) -> Rows {
        self.combine(other, |a, b| a && !b)
    }

    pub fn union(&self, other: &Rows) -> Rows {
        self.combine(other, |a, b| a || b)
    }

    /// Row-by-row boolean combination of two interval lists (a sweep over endpoints).
    fn combine(&self, other: &Rows, keep: impl Fn(bool, bool) -> bool) -> Rows {
        let (from, to) = if self.rows.is_empty() {
            (other.first, other.end())
        } else if other.rows.is_empty() {
            (self.first, self.end())
        } else {
            (self.first.min(other.first), self.end().max(other.end()))
        };
        let rows: Vec<Vec<(f64, f64)>> = (from..to)
            .map(|i| match (self.row(i), other.row(i)) {
                // Most rows meet an empty one: copy, no sweep (`keep(false, false)` is never true).
                (a, []) => {
                    if keep(true, false) {
                        a.to_vec()
                    } else {
                        Vec::new()
                    }
                }
                ([], b) => {
                    if keep(false, true) {
                        b.to_vec()
                    } else {
                        Vec::new()
                    }
                }
                (a, b) => combine_row(a, b, &keep),
            })
            .collect();
        Rows { first: from, rows }.trimmed()
    }

    fn trimmed(mut self) -> Rows {
        while self.rows.last().is_some_and(|r| r.is_empty()) {
            self.rows.pop();
        }
        let lead = self.rows.iter().take_while(|r| r.is_empty()).count();
        if lead == self.rows.len() {
            return Rows::default();
        }
        self.rows.drain(..lead);
        self.first += lead;
        self
    }
}

/// Each edge of the polygons projected to the equal-area plane, ordered by y, with the
/// lines `lo..hi` it crosses (those with a.y <= line_y < b.y); edges that cross none are
/// left out.
fn edges_on<'a>(polygons: &'a [Polygon], grid: &'a Grid) -> impl Iterator<Item = (Point, Point, usize, usize)> + 'a {
    polygons.iter().flatten().flat_map(|ring| ring.windows(2)).filter_map(|w| {
        let (p, q) = (equal_area_xy(w[0]), equal_area_xy(w[1]));
        // Order each edge by y so that an edge shared by two shapes yields
        // bit-identical crossings whichever way the shapes walk it.
        let (a, b) = if p[1] <= q[1] { (p, q) } else { (q, p) };
        if a[1] == b[1] || !(a[0].is_finite() && a[1].is_finite() && b[0].is_finite() && b[1].is_finite()) {
            return None;
        }
        let lo = ((a[1] - grid.y0) / grid.dy - 0.5).ceil().max(0.0);
        let hi = ((b[1] - grid.y0) / grid.dy - 0.5).ceil().min(grid.n as f64);
        (lo < hi).then_some((a, b, lo as usize, hi as usize))
    })
}

fn combine_row(a: &[(f64, f64)], b: &[(f64, f64)], keep: &impl Fn(bool, bool) -> bool) -> Vec<(f64, f64)> {
    let mut events: Vec<(f64, u8)> = Vec::with_capacity(2 * (a.len() + b.len()));
    for &(s, e) in a {
        events.push((s, 0));
        events.push((e, 0));
    }
    for &(s, e) in b {
        events.push((s, 1));
        events.push((e, 1));
    }
    events.sort_by(|x, y| x.0.total_cmp(&y.0));
    let (mut in_a, mut in_b) = (false, false);
    let mut out: Vec<(f64, f64)> = Vec::new();
    let mut start: Option<f64> = None;
    let mut i = 0;
    while i < events.len() {
        let x = events[i].0;
        // Apply every event at this x before deciding, so touching intervals merge.
        while i < events.len() && events[i].0 == x {
            if events[i].1 == 0 {
                in_a = !in_a
            } else {
                in_b = !in_b
            }
            i += 1;
        }
        match (keep(in_a, in_b), start) {
            (true, None) => start = Some(x),
            (false, Some(s)) => {
                if x > s {
                    out.push((s, x));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::area::polygons_km2;

    fn square(x0: f64, y0: f64, s: f64) -> Polygon {
        vec![vec![[x0, y0], [x0 + s, y0], [x0 + s, y0 + s], [x0, y0 + s], [x0, y0]]]
    }

    #[test]
    fn area_matches_exact_area() {
        let g = Grid::spanning(44.0, 53.0, 2048);
        let tri = vec![vec![[30.0, 45.0], [36.0, 46.5], [31.0, 52.0], [30.0, 45.0]]];
        let exact = polygons_km2(std::slice::from_ref(&tri));
        let sampled = Rows::of(&[tri], &g).area_km2(&g);
        assert!((sampled - exact).abs() / exact < 1e-4, "{sampled} vs {exact}");
    }

    #[test]
    fn overlap_of_two_squares() {
        let g = Grid::spanning(44.0, 53.0, 4096);
        let a = Rows::of(&[square(30.0, 46.0, 2.0)], &g);
        let b = Rows::of(&[square(31.0, 47.0, 2.0)], &g);
        let quarter = polygons_km2(&[square(31.0, 47.0, 1.0)]);
        let both = a.intersection(&b).area_km2(&g);
        assert!((both - quarter).abs() / quarter < 1e-3, "{both} vs {quarter}");
        assert!((a.overlap_km2(&b, &g) - both).abs() < 1e-6, "overlap_km2 agrees with intersection");
        let only_a = a.difference(&b).area_km2(&g);
        assert!((only_a + both - a.area_km2(&g)).abs() < 1e-6);
        assert!((a.union(&b).area_km2(&g) - (a.area_km2(&g) + b.area_km2(&g) - both)).abs() < 1e-6);
    }

    #[test]
    fn a_shape_fully_covers_itself() {
        let g = Grid::spanning(44.0, 53.0, 1024);
        let a = Rows::of(&[square(30.0, 46.0, 2.0)], &g);
        let mut reversed = square(30.0, 46.0, 2.0);
        reversed[0].reverse();
        let b = Rows::of(&[reversed], &g);
        assert_eq!(a.intersection(&b).area_km2(&g), a.area_km2(&g));
    }

    #[test]
    fn a_coarser_grid_keeps_every_stride_th_row() {
        let g = Grid::spanning(44.0, 53.0, 1000);
        let shapes = [square(30.0, 46.0, 2.0), vec![vec![[30.0, 44.0], [36.0, 46.5], [31.0, 53.0], [30.0, 44.0]]]];
        for shape in shapes {
            let fine = Rows::of(std::slice::from_ref(&shape), &g);
            for stride in [1, 3, 7, 99, 1001] {
                let coarse = g.coarser(stride);
                assert_eq!(fine.coarser(stride), Rows::of(std::slice::from_ref(&shape), &coarse), "stride {stride}");
            }
            assert_eq!(
                Rows::crossings(std::slice::from_ref(&shape), &g),
                fine.rows.iter().map(|r| 2 * r.len()).sum::<usize>()
            );
        }
    }

    #[test]
    fn hostile_coordinates_do_not_panic() {
        let g = Grid::spanning(44.0, 53.0, 64);
        let bad = vec![vec![[f64::NAN, 45.0], [1e308, -1e308], [30.0, f64::INFINITY], [30.0, 46.0]]];
        assert!(Rows::of(&[bad], &g).area_km2(&g).is_finite());
    }
}
