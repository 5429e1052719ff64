//! The occupied area on each date the widget can show.

use super::occupation::Occupation;
use super::shares::Figures;
use crate::geo::Polygon;

/// The dates the widget shows, oldest first (data/README.md says why each).
pub const STOPS: [&str; 9] = [
    "2022-02-23",
    "2022-03-22",
    "2022-08-31",
    "2022-11-12",
    "2023-12-31",
    "2024-12-31",
    "2025-04-25",
    "2025-11-20",
    "2026-08-22",
];
/// The date shown by default: the front line of the article's week.
pub const DEFAULT_STOP: &str = "2025-04-25";
/// The eve of the full-scale invasion: the areas occupied since 2014 only.
pub const PRE_INVASION: &str = "2022-02-23";
/// Dates traced only to check our method against a reference (not shown).
pub const METHOD_CHECKS: [&str; 1] = ["2024-07-08"];

#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    /// Oldest first; each with a distinct `as_of`.
    pub stops: Vec<Occupation>,
    /// For each stop, what changed since the one before (none for the first), cut at build
    /// time (`data/changes/DATE.geojson`) so the widget draws plain paths.
    pub changes: Vec<Option<ChangeShapes>>,
    /// The stop shown when nothing else is asked for.
    pub default: usize,
    /// Each stop's figures, measured at build time (empty until then: see
    /// [`Measurer::figures`](super::shares::Measurer::figures)).
    pub figures: Vec<Figures>,
}

/// The area newly occupied and the area no longer occupied since the previous date.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChangeShapes {
    pub since: String,
    pub gained: Vec<Polygon>,
    pub regained: Vec<Polygon>,
}

impl Timeline {
    pub fn single(occupation: Occupation) -> Timeline {
        Timeline { stops: vec![occupation], changes: vec![None], default: 0, figures: Vec::new() }
    }

    pub fn default_stop(&self) -> &Occupation {
        &self.stops[self.default]
    }

    /// The index of the stop for a date (`YYYY-MM-DD`).
    pub fn find(&self, date: &str) -> Option<usize> {
        self.stops.iter().position(|s| s.as_of == date)
    }
}

/// Parses `data/changes/DATE.geojson`: features `gained` and `regained` (either may be
/// absent where nothing changed), with the previous date as `since`.
#[cfg(feature = "json")]
pub fn parse_changes(text: &str) -> Result<ChangeShapes, super::DataError> {
    use super::geojson::{feature_collection, polygons, string_property};
    use super::DataError;
    let fc = feature_collection(text)?;
    let since = fc.foreign_members.as_ref().and_then(|m| m.get("since")).and_then(|v| v.as_str());
    let mut change = ChangeShapes { since: since.unwrap_or_default().to_string(), ..ChangeShapes::default() };
    for f in &fc.features {
        let layer = string_property(f, "layer").unwrap_or_default();
        let into = match layer {
            "gained" => &mut change.gained,
            "regained" => &mut change.regained,
            other => return Err(DataError::WrongShape(format!("unknown change layer '{other}'"))),
        };
        *into = polygons(f.geometry.as_ref(), layer)?;
    }
    Ok(change)
}
