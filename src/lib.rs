//! ukraine-peace-map: an embeddable map of Ukraine's regions, the areas Russia occupies,
//! and the terms of the 2025 US peace proposal that concern each region.
//!
//! Data flows one way. `upm-core` (crates/core) holds everything that needs no browser:
//! `data` reads and checks the models, `geo` projects and measures, `i18n` words them,
//! `scene` decides what is drawn where. This crate adds the browser: `ui` draws the scene
//! with Yew, `host` connects the widget to the page that hosts it (options, messages; the
//! host page's own script is www/embed.js), `bundled` is the data compiled in, and `worker`
//! does, off the main thread and in its own WebAssembly, what only some readers need
//! (editors' files, downloads).

pub use upm_core::{data, date, geo, i18n, scene, small_sort, web_url};

pub mod bundled;
pub mod host;
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod worker;
