//! Data: the models the map shows, their checks, the binary bundle the widget ships
//! with, and (feature `json`) reading them from GeoJSON and JSON files.

pub mod bundle;
pub mod cities;
pub mod codec;
pub mod context;
pub mod error;
#[cfg(feature = "json")]
pub mod geojson;
#[cfg(feature = "json")]
pub mod limits;
pub mod occupation;
pub mod proposals;
pub mod region;
pub mod regions_table;
pub mod shares;
pub mod terms;
pub mod timeline;
pub mod validate;

pub use context::Context;
pub use error::{DataError, Limit, Subject};
pub use occupation::{Layer, LayerId, Occupation, Origin};
pub use region::Region;
pub use shares::Shares;
pub use terms::{Term, Terms};
pub use timeline::Timeline;

/// What does not change while the widget runs: the regions and their neighbours.
#[derive(Clone, Debug, PartialEq)]
pub struct Geography {
    pub regions: Vec<Region>,
    pub context: Context,
    /// The page's bundle only: the map's frame as fitted at build time. That bundle
    /// carries no outline of a region or a country (the page's HTML has them), so the
    /// frame cannot be fitted again from them (see `bundle::encode_page`).
    pub fit: Option<FrameFit>,
}

/// A map frame fitted to the regions once, at build time: the projection's scale and
/// translation, the frame's height and the zoom bar's two targets, in frame units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FrameFit {
    pub scale_translate: [f64; 3],
    pub height: f64,
    pub crimea: crate::geo::bounds::Bounds,
    pub donbas: crate::geo::bounds::Bounds,
}

impl Geography {
    pub fn region(&self, iso: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.iso() == iso)
    }
}

/// Everything the widget ships with. An editor may replace the occupation (`occupied=`)
/// or the terms (`terms=`), never the geography, so the widget keeps the three apart.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub geography: Geography,
    pub timeline: Timeline,
    pub terms: Terms,
    /// The peace proposals whose territorial provisions the map can draw.
    pub proposals: proposals::Proposals,
}
