//! Pure geometry: projection, SVG paths, areas and overlaps. No DOM and no web-sys,
//! so all of it runs in native tests and in the server-side renderer too.

pub mod albers;
pub mod area;
pub mod bounds;
#[cfg(feature = "geo")]
pub mod interop;
pub mod path;
pub mod rows;

/// Longitude, latitude in degrees (GeoJSON order).
pub type Point = [f64; 2];
/// A closed ring: first point == last point.
pub type Ring = Vec<Point>;
/// Exterior ring first, then holes.
pub type Polygon = Vec<Ring>;
