//! The occupied area on each date the widget can show.

use super::occupation::Occupation;

/// The dates the widget shows, oldest first (data/README.md says why each).
pub const STOPS: [&str; 8] =
    ["2022-02-23", "2022-08-31", "2022-11-12", "2023-12-31", "2024-12-31", "2025-04-25", "2025-11-20", "2026-08-22"];
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
    /// The stop shown when nothing else is asked for.
    pub default: usize,
}

impl Timeline {
    pub fn single(occupation: Occupation) -> Timeline {
        Timeline { stops: vec![occupation], default: 0 }
    }

    pub fn default_stop(&self) -> &Occupation {
        &self.stops[self.default]
    }

    /// The index of the stop for a date (`YYYY-MM-DD`).
    pub fn find(&self, date: &str) -> Option<usize> {
        self.stops.iter().position(|s| s.as_of == date)
    }
}
