//! Conversions to and from the `geo` crate's types (feature `geo`), for the data tool's
//! clipping and the tests' geodesic reference measurements. Never in the bundle.

use super::Polygon;
use ::geo::{Coord, LineString, MultiPolygon};

pub fn to_geo(polygons: &[Polygon]) -> MultiPolygon<f64> {
    let ring = |r: &Vec<[f64; 2]>| LineString::from(r.iter().map(|p| Coord { x: p[0], y: p[1] }).collect::<Vec<_>>());
    MultiPolygon::new(
        polygons.iter().map(|p| ::geo::Polygon::new(ring(&p[0]), p[1..].iter().map(ring).collect())).collect(),
    )
}

pub fn from_geo(mp: &MultiPolygon<f64>) -> Vec<Polygon> {
    let ring = |l: &LineString<f64>| l.0.iter().map(|c| [c.x, c.y]).collect::<Vec<_>>();
    mp.0.iter().map(|p| std::iter::once(ring(p.exterior())).chain(p.interiors().iter().map(ring)).collect()).collect()
}

/// Geodesic area on the WGS84 ellipsoid in km² (Karney's algorithm, via geographiclib):
/// the reference the widget's own equal-area measurement is tested against. Rings are
/// oriented first and measured one by one with their sign: a degenerate sliver (which
/// boolean operations can return) has an area of about zero either way, where the unsigned
/// area of a slightly negative ring would be the rest of the Earth.
pub fn geodesic_km2(polygons: &MultiPolygon<f64>) -> f64 {
    use ::geo::orient::{Direction, Orient};
    use ::geo::GeodesicArea;
    polygons.orient(Direction::Default).0.iter().map(|p| p.geodesic_area_signed().abs()).sum::<f64>() / 1e6
}
