//! ukraine-peace-map: an embeddable map of Ukraine's regions, the areas Russia occupies,
//! and the terms of the 2025 US peace proposal that concern each region.
//!
//! Data flows one way: `data` parses and checks the embedded GeoJSON and terms, `geo`
//! projects and measures them (pure maths), `ui` draws them with Yew, and `embed`
//! connects the widget to the page that hosts it.

pub mod data;
pub mod embed;
pub mod geo;
pub mod i18n;
pub mod ui;
