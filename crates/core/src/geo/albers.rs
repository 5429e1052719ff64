//! Albers equal-area conic projection, fitted to a frame.
//!
//! Equal-area because the map's message is a share of territory: on this projection a
//! fifth of Ukraine also *looks* like a fifth. Standard parallels 46°N and 51°N
//! bracket the country (44.4°N–52.4°N), central meridian 31°E. Formulas on the sphere,
//! as in d3-geo's `conicEqualArea`.

use super::bounds::Bounds;
use super::Point;

#[derive(Clone, Debug, PartialEq)]
pub struct Albers {
    n: f64,
    c: f64,
    rho0: f64,
    lambda0: f64,
    /// Screen scale and translation, set by [`Albers::fit_width`].
    k: f64,
    tx: f64,
    ty: f64,
}

impl Albers {
    /// Parallels and origin in degrees.
    pub fn new(parallel1: f64, parallel2: f64, lon0: f64, lat0: f64) -> Albers {
        let (s1, s2) = (sin(parallel1.to_radians()), sin(parallel2.to_radians()));
        let n = (s1 + s2) / 2.0;
        let c = 1.0 + s1 * (2.0 * n - s1);
        let rho0 = (c - 2.0 * n * sin(lat0.to_radians())).sqrt() / n;
        Albers { n, c, rho0, lambda0: lon0.to_radians(), k: 1.0, tx: 0.0, ty: 0.0 }
    }

    /// The projection this widget uses for Ukraine.
    pub fn ukraine() -> Albers {
        Albers::new(46.0, 51.0, 31.0, 48.5)
    }

    /// Unscaled projected coordinates, y pointing north.
    fn raw(&self, p: Point) -> Point {
        let lambda = p[0].to_radians() - self.lambda0;
        let rho = (self.c - 2.0 * self.n * sin(p[1].to_radians())).max(0.0).sqrt() / self.n;
        let theta = lambda * self.n;
        [rho * sin(theta), self.rho0 - rho * cos(theta)]
    }

    /// Screen coordinates: x to the right, y down.
    pub fn project(&self, p: Point) -> Point {
        let [x, y] = self.raw(p);
        [self.tx + self.k * x, self.ty - self.k * y]
    }

    /// The screen scale and translation that [`Albers::fit_width`] set: with
    /// [`Albers::with_fit`], a frame fitted once (at build time) is the same frame again.
    pub fn fit(&self) -> [f64; 3] {
        [self.k, self.tx, self.ty]
    }

    /// This projection with a scale and translation taken from [`Albers::fit`].
    pub fn with_fit(self, [k, tx, ty]: [f64; 3]) -> Albers {
        Albers { k, tx, ty, ..self }
    }

    /// Scales the projection so that `points` span `width` minus `padding` on each
    /// side, and returns the height of the frame that then holds them.
    pub fn fit_width<'a>(&mut self, points: impl Iterator<Item = &'a Point>, width: f64, padding: f64) -> f64 {
        let mut b = Bounds::empty();
        for p in points {
            b.add(self.raw(*p));
        }
        let (w, h) = (b.max[0] - b.min[0], b.max[1] - b.min[1]);
        self.k = if w > 0.0 { (width - 2.0 * padding) / w } else { 1.0 };
        self.tx = padding - self.k * b.min[0];
        self.ty = padding + self.k * b.max[1];
        h * self.k + 2.0 * padding
    }
}

/// Terms of the sine's and cosine's Taylor series: (−1)ᵏ/(2k+1)! and (−1)ᵏ/(2k)!.
const TERMS: usize = 14;
const SIN_TERMS: [f64; TERMS] = series(1);
const COS_TERMS: [f64; TERMS] = series(0);

const fn series(first: u32) -> [f64; TERMS] {
    let (mut c, mut k) = ([0.0; TERMS], 0);
    let mut factorial = 1.0; // (2k + first)!
    while k < TERMS {
        let n = 2 * k as u32 + first;
        c[k] = if k % 2 == 0 { 1.0 / factorial } else { -1.0 / factorial };
        factorial *= ((n + 1) * (n + 2)) as f64;
        k += 1;
    }
    c
}

/// A series at `x` (in [−π, π]) by Horner's rule in x².
fn horner(terms: &[f64; TERMS], x: f64) -> f64 {
    let x2 = x * x;
    terms.iter().rev().fold(0.0, |sum, c| sum * x2 + c)
}

/// `x` moved by a turn into [−π, π] (from within ±3π).
fn fold(x: f64) -> f64 {
    use std::f64::consts::{PI, TAU};
    if x > PI {
        x - TAU
    } else if x < -PI {
        x + TAU
    } else {
        x
    }
}

/// Sine and cosine of the projection's angles (latitudes, and longitudes from the
/// central meridian times n < 1: all within ±3π) by their series, to 1e-14.
/// The standard library's first reduce any argument (libm's `rem_pio2`): about 8 KB
/// of the page's WebAssembly for angles this projection never meets.
fn sin(x: f64) -> f64 {
    let x = fold(x);
    x * horner(&SIN_TERMS, x)
}

fn cos(x: f64) -> f64 {
    horner(&COS_TERMS, fold(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_series_are_the_sine_and_cosine() {
        let mut worst: f64 = 0.0;
        for i in -6000..=6000 {
            let x = f64::from(i) * std::f64::consts::TAU / 6000.0;
            worst = worst.max((sin(x) - x.sin()).abs()).max((cos(x) - x.cos()).abs());
        }
        assert!(worst < 1e-14, "{worst:e}");
    }

    #[test]
    fn fitted_frame_holds_its_points() {
        let pts = [[22.1, 48.4], [40.2, 49.6], [33.5, 44.4], [30.5, 52.4]];
        let mut a = Albers::ukraine();
        let h = a.fit_width(pts.iter(), 1000.0, 10.0);
        for p in &pts {
            let [x, y] = a.project(*p);
            assert!((9.99..=990.01).contains(&x) && (9.99..=h - 9.99).contains(&y), "{p:?} -> {x},{y}");
        }
        // Ukraine is wider than tall: about 1.5 : 1.
        assert!(h > 550.0 && h < 750.0, "{h}");
    }

    #[test]
    fn north_is_up_and_east_is_right() {
        let a = Albers::ukraine();
        assert!(a.project([31.0, 50.0])[1] < a.project([31.0, 47.0])[1]);
        assert!(a.project([35.0, 48.0])[0] > a.project([25.0, 48.0])[0]);
    }
}
