//! Conversions between plain coordinate rings and `geo` types, plus the small
//! measurements every step needs (rounding, winding, geodesic area).

use crate::topology::Point;
use geo::{Coord, GeodesicArea, LineString, MultiPolygon, Polygon};

/// Rings of one polygon: exterior first, then holes; each ring closed.
pub type Rings = Vec<Vec<Point>>;

/// Coordinates are rounded to 0.001° (about 110 m by 75 m): a tenth of a pixel on a
/// 1,200 px wide map of Ukraine, still under a pixel at 8× zoom.
pub const DECIMALS: i32 = 3;

pub fn round(p: Point) -> Point {
    let f = 10f64.powi(DECIMALS);
    [(p[0] * f).round() / f, (p[1] * f).round() / f]
}

/// Twice the signed planar area in degrees²; positive = counter-clockwise.
pub fn signed_area2(ring: &[Point]) -> f64 {
    ring.windows(2).map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1]).sum()
}

pub fn to_geo(polygons: &[Rings]) -> MultiPolygon<f64> {
    let ls = |r: &Vec<Point>| LineString::from(r.iter().map(|p| Coord { x: p[0], y: p[1] }).collect::<Vec<_>>());
    MultiPolygon::new(
        polygons.iter().map(|rings| Polygon::new(ls(&rings[0]), rings[1..].iter().map(ls).collect())).collect(),
    )
}

pub fn from_geo(mp: &MultiPolygon<f64>) -> Vec<Rings> {
    let ring = |l: &LineString<f64>| l.0.iter().map(|c| [c.x, c.y]).collect::<Vec<Point>>();
    mp.0.iter().map(|p| std::iter::once(ring(p.exterior())).chain(p.interiors().iter().map(ring)).collect()).collect()
}

/// Rounds, drops repeated points and rings that collapse, and orients rings the way
/// RFC 7946 asks (exteriors counter-clockwise, holes clockwise).
pub fn tidy(polygons: Vec<Rings>, min_area_deg2: f64) -> Vec<Rings> {
    polygons
        .into_iter()
        .filter_map(|rings| {
            let mut out: Rings = Vec::new();
            for (i, ring) in rings.into_iter().enumerate() {
                let mut r: Vec<Point> = Vec::with_capacity(ring.len());
                for p in ring.into_iter().map(round) {
                    if r.last() != Some(&p) {
                        r.push(p);
                    }
                }
                if r.first() != r.last() {
                    r.push(r[0]);
                }
                let a = signed_area2(&r);
                if r.len() < 4 || a.abs() / 2.0 < min_area_deg2 {
                    if i == 0 {
                        return None;
                    }
                    continue;
                }
                if (i == 0) != (a > 0.0) {
                    r.reverse();
                }
                out.push(r);
            }
            Some(out)
        })
        .collect()
}

/// Geodesic area on the WGS84 ellipsoid, in km² (Karney's algorithm, via geographiclib).
pub fn area_km2(polygons: &[Rings]) -> f64 {
    to_geo(polygons).geodesic_area_unsigned() / 1e6
}

pub fn vertex_count(polygons: &[Rings]) -> usize {
    polygons.iter().flatten().map(|r| r.len()).sum()
}
