//! The data compiled into the widget: `build.rs` reads `data/` and packs it into
//! binaries (see `upm_core::data::bundle`), so the map draws with no further request and
//! has a fallback when an editor's file is broken.
//!
//! Two of them. The whole (`dataset`): the worker's (downloads, the picture, editors'
//! files measured against the regions) and the server's, which draws the map into the
//! HTML. The page's (`page_dataset`): the same without the outlines of the regions and
//! of the countries around them, which the widget adopts from that HTML instead
//! (`ui::browser::server_map`), so they travel once.

use crate::data::{bundle, DataError, Dataset};

pub const BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/embedded.bin"));
pub const PAGE_BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/embedded-page.bin"));

pub fn dataset() -> Result<Dataset, DataError> {
    bundle::decode(BUNDLE)
}

/// What the widget's page starts from: the page's bundle in the browser, the whole one
/// on the server (it draws the outlines the page then adopts).
pub fn page_dataset() -> Result<Dataset, DataError> {
    #[cfg(target_arch = "wasm32")]
    {
        bundle::decode(PAGE_BUNDLE)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        dataset()
    }
}
