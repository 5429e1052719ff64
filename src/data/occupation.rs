//! Occupied territory: three layers, and the date they describe.

use super::error::DataError;
use super::geometry::{check_simple, polygons};
use super::region::feature_collection;
use crate::geo::Polygon;

/// The layers, in the order their areas are counted: a later layer only counts where
/// no earlier one does, so an editor's single "everything occupied" polygon still
/// splits cleanly into Crimea, the pre-2022 areas and the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LayerId {
    Annexed2014,
    Occupied2014,
    Occupied2022,
}

impl LayerId {
    pub const ALL: [LayerId; 3] = [LayerId::Annexed2014, LayerId::Occupied2014, LayerId::Occupied2022];

    /// The public contract's `data-layer` value.
    pub fn as_str(self) -> &'static str {
        match self {
            LayerId::Annexed2014 => "annexed-2014",
            LayerId::Occupied2014 => "occupied-2014",
            LayerId::Occupied2022 => "occupied-2022",
        }
    }

    pub fn parse(s: &str) -> Option<LayerId> {
        LayerId::ALL.into_iter().find(|l| l.as_str() == s)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layer {
    pub id: LayerId,
    pub polygons: Vec<Polygon>,
}

/// Where the occupied areas came from.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    /// `data/occupied.geojson`, our own tracing.
    Embedded,
    /// An editor's file given with `occupied=`; only its total area is known, so it is
    /// drawn as the `occupied-2022` layer over our 2014 layers.
    External { url: String },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Occupation {
    /// ISO date (`2025-04-25`) or whatever the editor gave as `asof`.
    pub as_of: String,
    pub layers: Vec<Layer>,
    pub origin: Origin,
    /// An editor's file that only gives the total occupied area: the layers count only
    /// inside it, so the total is exactly the file's own (measured inside Ukraine).
    pub extent: Option<Vec<Polygon>>,
}

impl Occupation {
    pub fn layer(&self, id: LayerId) -> Option<&Layer> {
        self.layers.iter().find(|l| l.id == id)
    }
}

/// Parses our own `occupied.geojson` (features with a `layer` property).
pub fn parse_occupation(text: &str) -> Result<Occupation, DataError> {
    parse_occupation_with(text, None)
}

/// As [`parse_occupation`], with the polygons from build.rs's packing when given.
pub fn parse_occupation_with(text: &str, packed: Option<Vec<Vec<Polygon>>>) -> Result<Occupation, DataError> {
    let fc = feature_collection(text)?;
    let mut packed = packed.map(Vec::into_iter);
    let mut layers: Vec<Layer> = Vec::new();
    let mut as_of =
        fc.foreign_members.as_ref().and_then(|m| m.get("as_of")).and_then(|v| v.as_str()).map(str::to_string);
    for f in &fc.features {
        let name = f.property("layer").and_then(|v| v.as_str()).unwrap_or_default();
        let id = LayerId::parse(name).ok_or_else(|| DataError::WrongShape(format!("unknown layer '{name}'")))?;
        if as_of.is_none() {
            as_of = f.property("as_of").and_then(|v| v.as_str()).map(str::to_string);
        }
        let polygons = match packed.as_mut() {
            Some(p) => p.next().ok_or(DataError::Empty)?,
            None => polygons(f.geometry.as_ref(), id.as_str())?,
        };
        layers.push(Layer { id, polygons });
    }
    if layers.is_empty() {
        return Err(DataError::Empty);
    }
    Ok(Occupation { as_of: as_of.unwrap_or_default(), layers, origin: Origin::Embedded, extent: None })
}

/// Parses an editor's file: either our schema, or DeepStateMap's export (one or more
/// features without `layer`, all taken together as the occupied area). The 2014
/// layers are kept from `base`: they are history and not what such files are about.
pub fn parse_external(text: &str, url: &str, as_of: &str, base: &Occupation) -> Result<Occupation, DataError> {
    let fc = feature_collection(text)?;
    if fc.features.is_empty() {
        return Err(DataError::Empty);
    }
    let ours = fc.features.iter().all(|f| f.property("layer").is_some());
    let mut occupation = if ours {
        parse_occupation(text)?
    } else {
        let mut all = Vec::new();
        for (i, f) in fc.features.iter().enumerate() {
            all.extend(polygons(f.geometry.as_ref(), &format!("feature {}", i + 1))?);
        }
        let mut layers: Vec<Layer> = base.layers.iter().filter(|l| l.id != LayerId::Occupied2022).cloned().collect();
        layers.push(Layer { id: LayerId::Occupied2022, polygons: all.clone() });
        Occupation { as_of: String::new(), layers, origin: Origin::Embedded, extent: Some(all) }
    };
    for layer in &occupation.layers {
        check_simple(&layer.polygons, layer.id.as_str())?;
    }
    occupation.origin = Origin::External { url: url.to_string() };
    if !as_of.is_empty() {
        occupation.as_of = as_of.to_string();
    }
    Ok(occupation)
}
