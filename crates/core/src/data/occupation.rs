//! Occupied territory on one date: three layers, and where they came from.

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

    /// The public contract's `data-layer` value, and the data files' `layer`.
    pub fn as_str(self) -> &'static str {
        match self {
            LayerId::Annexed2014 => "annexed-2014",
            LayerId::Occupied2014 => "occupied-2014",
            LayerId::Occupied2022 => "occupied-2022",
        }
    }

    /// When the layer's occupation began, as the data files' `since` says it.
    pub fn since(self) -> &'static str {
        match self {
            LayerId::Annexed2014 => "2014-03",
            LayerId::Occupied2014 => "2014-04",
            LayerId::Occupied2022 => "2022-02-24",
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
    /// Our own tracing (`data/`).
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

    pub fn is_external(&self) -> bool {
        matches!(self.origin, Origin::External { .. })
    }
}

#[cfg(feature = "json")]
pub use self::json::{parse_external, parse_occupation};

#[cfg(feature = "json")]
mod json {
    use super::*;
    use crate::data::error::DataError;
    use crate::data::geojson::{feature_collection, polygons, string_property};
    use crate::data::limits::check_file_size;
    use crate::data::validate::check_simple;
    use geojson::FeatureCollection;

    /// Parses our own schema (features with a `layer` property; see data/README.md).
    pub fn parse_occupation(text: &str) -> Result<Occupation, DataError> {
        ours(&feature_collection(text)?)
    }

    fn ours(fc: &FeatureCollection) -> Result<Occupation, DataError> {
        let mut layers: Vec<Layer> = Vec::new();
        let mut as_of =
            fc.foreign_members.as_ref().and_then(|m| m.get("as_of")).and_then(|v| v.as_str()).map(str::to_string);
        for f in &fc.features {
            let name = string_property(f, "layer").unwrap_or_default();
            let id = LayerId::parse(name)
                .ok_or_else(|| DataError::UnknownLayer { name: name.chars().take(40).collect() })?;
            if as_of.is_none() {
                as_of = string_property(f, "as_of").map(str::to_string);
            }
            layers.push(Layer { id, polygons: polygons(f.geometry.as_ref(), id.as_str())? });
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
        check_file_size(&fc)?;
        let mut occupation = if fc.features.iter().all(|f| f.property("layer").is_some()) {
            ours(&fc)?
        } else {
            let mut all = Vec::new();
            for (i, f) in fc.features.iter().enumerate() {
                all.extend(polygons(f.geometry.as_ref(), &format!("#{}", i + 1))?);
            }
            let mut layers: Vec<Layer> =
                base.layers.iter().filter(|l| l.id != LayerId::Occupied2022).cloned().collect();
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
}
