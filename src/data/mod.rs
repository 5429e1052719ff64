//! Data: parse and validate GeoJSON and terms into typed models.

pub mod context;
pub mod error;
pub mod geometry;
pub mod occupation;
pub mod region;
pub mod shares;
pub mod terms;

pub use context::Context;
pub use error::DataError;
pub use occupation::{Layer, LayerId, Occupation, Origin};
pub use region::Region;
pub use shares::Shares;
pub use terms::{Term, Terms};

/// The data the widget ships with, compiled into the binary so that the map draws
/// with no further request and has a fallback when an editor's file is broken.
pub mod embedded {
    /// `data/regions.geojson`, copied by build.rs (which lets the benchmark swap it).
    pub const REGIONS: &str = include_str!(concat!(env!("OUT_DIR"), "/regions.geojson"));
    pub const OCCUPIED: &str = include_str!("../../data/occupied.geojson");
    pub const CONTEXT: &str = include_str!("../../data/context.geojson");
    pub const TERMS: &str = include_str!("../../data/terms.json");
}

/// Everything the map shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub regions: Vec<Region>,
    pub occupation: Occupation,
    pub context: Context,
    pub terms: Terms,
}

impl Dataset {
    /// Parses the embedded files.
    pub fn embedded() -> Result<Dataset, DataError> {
        Ok(Dataset {
            regions: region::parse_regions(embedded::REGIONS)?,
            occupation: occupation::parse_occupation(embedded::OCCUPIED)?,
            context: context::parse_context(embedded::CONTEXT)?,
            terms: terms::parse_terms(embedded::TERMS)?,
        })
    }

    pub fn region(&self, iso: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.iso == iso)
    }
}
