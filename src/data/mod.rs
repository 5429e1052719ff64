//! Data: parse and validate GeoJSON and terms into typed models.

pub mod context;
pub mod error;
pub mod geometry;
pub mod occupation;
pub mod packed;
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
/// with no further request and has a fallback when an editor's file is broken. The
/// GeoJSON files come packed by build.rs: properties as JSON, polygons as binary.
pub mod embedded {
    pub const REGIONS: (&str, &[u8]) = (
        include_str!(concat!(env!("OUT_DIR"), "/regions.json")),
        include_bytes!(concat!(env!("OUT_DIR"), "/regions.bin")),
    );
    pub const OCCUPIED: (&str, &[u8]) = (
        include_str!(concat!(env!("OUT_DIR"), "/occupied.json")),
        include_bytes!(concat!(env!("OUT_DIR"), "/occupied.bin")),
    );
    pub const CONTEXT: (&str, &[u8]) = (
        include_str!(concat!(env!("OUT_DIR"), "/context.json")),
        include_bytes!(concat!(env!("OUT_DIR"), "/context.bin")),
    );
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
        use embedded::*;
        Ok(Dataset {
            regions: region::parse_regions_with(REGIONS.0, Some(packed::unpack(REGIONS.1)?))?,
            occupation: occupation::parse_occupation_with(OCCUPIED.0, Some(packed::unpack(OCCUPIED.1)?))?,
            context: context::parse_context_with(CONTEXT.0, Some(packed::unpack(CONTEXT.1)?))?,
            terms: terms::parse_terms(TERMS)?,
        })
    }

    pub fn region(&self, iso: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.iso == iso)
    }
}
