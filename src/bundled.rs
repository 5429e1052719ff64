//! The data compiled into the widget: `build.rs` reads `data/` and packs it into one
//! binary (see `upm_core::data::bundle`), so the map draws with no further request and
//! has a fallback when an editor's file is broken.

use crate::data::{bundle, DataError, Dataset};

pub const BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/embedded.bin"));

pub fn dataset() -> Result<Dataset, DataError> {
    bundle::decode(BUNDLE)
}
