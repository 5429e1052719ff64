//! upm-core: ukraine-peace-map without the browser.
//!
//! Everything here is pure Rust with no DOM, so it runs in native tests, in the
//! server-side renderer, in `build.rs` and in the data tool, and each rule is written
//! once for all of them:
//!
//! - `date`: dates, parsed once (`YYYY-MM-DD`, or an editor's label);
//! - `data`: the models (regions, occupied layers on a timeline, terms), their
//!   validation, the binary bundle the widget ships, and (feature `json`) reading
//!   GeoJSON and terms files;
//! - `geo`: projection, SVG paths, equal-area measurement;
//! - `i18n`: every word the reader sees, in English and Ukrainian, and number formats;
//! - `scene`: what the map draws where (projected paths, zoom, keyboard moves, how a
//!   region's situation is put into words);
//! - `small_sort`: a stable sort for short lists that costs the wasm next to nothing;
//! - `web_url`: addresses from outside, checked once: `http(s):` or relative only.

pub mod data;
pub mod date;
pub mod geo;
pub mod i18n;
pub mod lang;
pub mod num;
pub mod scene;
pub mod small_sort;
pub mod web_url;
