//! Areas on the WGS84 ellipsoid through an equal-area map.
//!
//! Lambert's cylindrical equal-area projection of the ellipsoid maps (λ, φ) to
//! (λ, q(φ)) with a constant area factor a²/2, where q is the authalic function
//! (Snyder, *Map Projections: A Working Manual*, eq. 3-12). A planar area in that
//! plane times a²/2 is therefore the ellipsoidal area of the same ring, exact but for
//! the shape of the edges between vertices (straight in this plane rather than
//! geodesics), which at our vertex spacing of a kilometre or so is far below 0.01%.

use super::{Point, Polygon};

/// WGS84 semi-major axis in km and first eccentricity.
const A_KM: f64 = 6378.137;
const E2: f64 = 0.006_694_379_990_14;

/// Authalic function q(φ) (Snyder 3-12), φ in radians.
fn authalic_q(phi: f64) -> f64 {
    let e = E2.sqrt();
    let s = phi.sin();
    (1.0 - E2) * (s / (1.0 - E2 * s * s) - (1.0 / (2.0 * e)) * ((1.0 - e * s) / (1.0 + e * s)).ln())
}

/// Equal-area plane coordinates: x = λ in radians, y = q(φ). Area factor [`AREA_FACTOR`].
pub fn equal_area_xy(p: Point) -> Point {
    [p[0].to_radians(), authalic_q(p[1].to_radians())]
}

/// km² per unit of area in the [`equal_area_xy`] plane.
pub const AREA_FACTOR: f64 = A_KM * A_KM / 2.0;

/// Signed planar area of a ring (shoelace), counter-clockwise positive.
pub fn ring_area_planar(ring: &[Point]) -> f64 {
    ring.windows(2).map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1]).sum::<f64>() / 2.0
}

/// Area of polygons in km² (exterior minus holes, whatever their winding).
pub fn polygons_km2(polygons: &[Polygon]) -> f64 {
    polygons
        .iter()
        .map(|rings| {
            rings
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let xy: Vec<Point> = r.iter().map(|p| equal_area_xy(*p)).collect();
                    let a = ring_area_planar(&xy).abs();
                    if i == 0 {
                        a
                    } else {
                        -a
                    }
                })
                .sum::<f64>()
        })
        .sum::<f64>()
        * AREA_FACTOR
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_degree_cell_at_the_equator() {
        // Known value: 1°×1° at the equator on WGS84 is 12,308.8 km².
        let cell = vec![vec![[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]];
        let a = polygons_km2(&[cell]);
        assert!((a - 12_308.8).abs() < 1.0, "{a}");
    }

    #[test]
    fn whole_ellipsoid() {
        // Hemisphere band from pole to pole: 510,065,622 km² for the whole WGS84 ellipsoid.
        let q_pole = authalic_q(std::f64::consts::FRAC_PI_2);
        let total = 2.0 * std::f64::consts::PI * 2.0 * q_pole * AREA_FACTOR;
        assert!((total - 510_065_622.0).abs() / 510_065_622.0 < 1e-6, "{total}");
    }
}
