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
