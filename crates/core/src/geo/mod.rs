//! Pure geometry: projection, SVG paths, areas and overlaps. No DOM and no web-sys,
//! so all of it runs in native tests and in the server-side renderer too.

pub mod albers;
pub mod area;
pub mod bounds;
pub mod crossing;
#[cfg(feature = "geo")]
pub mod interop;
pub mod path;
pub mod rows;

/// `x` limited to `lo..=hi` (`lo` wins if they cross). Used instead of `f64::clamp`,
/// whose panic message prints floats with `Debug`: that alone links core's float
/// formatting (about 13 KB before wasm-opt) into the widget.
pub fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    x.min(hi).max(lo)
}

/// Longitude, latitude in degrees (GeoJSON order).
pub type Point = [f64; 2];
/// A closed ring: first point == last point.
pub type Ring = Vec<Point>;
/// Exterior ring first, then holes.
pub type Polygon = Vec<Ring>;
