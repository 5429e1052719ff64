//! The occupied area on each date the widget can show.

use super::occupation::Occupation;

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
