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
        let (s1, s2) = (parallel1.to_radians().sin(), parallel2.to_radians().sin());
        let n = (s1 + s2) / 2.0;
        let c = 1.0 + s1 * (2.0 * n - s1);
        let rho0 = (c - 2.0 * n * lat0.to_radians().sin()).sqrt() / n;
        Albers { n, c, rho0, lambda0: lon0.to_radians(), k: 1.0, tx: 0.0, ty: 0.0 }
    }

    /// The projection this widget uses for Ukraine.
    pub fn ukraine() -> Albers {
        Albers::new(46.0, 51.0, 31.0, 48.5)
    }

    /// Unscaled projected coordinates, y pointing north.
    fn raw(&self, p: Point) -> Point {
        let lambda = p[0].to_radians() - self.lambda0;
        let rho = (self.c - 2.0 * self.n * p[1].to_radians().sin()).max(0.0).sqrt() / self.n;
        let theta = lambda * self.n;
        [rho * theta.sin(), self.rho0 - rho * theta.cos()]
    }

    /// Screen coordinates: x to the right, y down.
    pub fn project(&self, p: Point) -> Point {
        let [x, y] = self.raw(p);
        [self.tx + self.k * x, self.ty - self.k * y]
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

#[cfg(test)]
mod tests {
    use super::*;

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
