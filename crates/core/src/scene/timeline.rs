//! The timeline ready to show: every date drawn once, with its figures (measured at build
//! time) and what changed since the date before, so that choosing a date only swaps
//! prepared values.

use super::layers::LayerPaths;
use super::PathData;
use crate::data::shares::{Change, Measurer, Shares};
use crate::data::timeline::ChangeShapes;
use crate::data::{Occupation, Origin, Timeline};
use crate::geo::albers::Albers;
use crate::geo::path::svg_path;
use crate::geo::rows::Rows;
use std::rc::Rc;

/// Below this a change is a rounding sliver along a shared line, not a change.
pub const CHANGE_NOISE_KM2: f64 = 1.0;

/// A change's km² as shown: 0 below [`CHANGE_NOISE_KM2`] (and then written without a sign).
pub fn shown_change_km2(km2: f64) -> f64 {
    if km2 < CHANGE_NOISE_KM2 {
        0.0
    } else {
        km2
    }
}

/// How a stop's change since the previous one is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum ChangePaths {
    /// The first stop: nothing before it.
    None,
    /// Cut at build time (our dates): plain paths, each only where not empty.
    Cut { gained: Option<PathData>, regained: Option<PathData> },
    /// Next to an editor's file, whose polygons were never cut: masks (see the map).
    Masked,
}

#[derive(Debug, PartialEq)]
pub struct Stop {
    /// `YYYY-MM-DD` for our dates; whatever the editor gave as `asof` for theirs.
    pub as_of: String,
    pub origin: Origin,
    pub shares: Shares,
    pub paths: LayerPaths,
    /// Since the previous stop (none for the first), as measured...
    pub change: Option<Change>,
    /// ...and as drawn.
    pub change_paths: ChangePaths,
    /// The occupied area on the measuring grid, to compare with neighbours (empty for a
    /// stop received from the worker: only the worker compares).
    pub(crate) area: Rows,
}

impl Stop {
    pub fn is_external(&self) -> bool {
        matches!(self.origin, Origin::External { .. })
    }

    /// Newly occupied km² since the previous stop, when there is one and it is not noise.
    pub fn gained_km2(&self) -> Option<f64> {
        self.change.as_ref().map(|c| c.gained_km2).filter(|a| *a >= CHANGE_NOISE_KM2)
    }

    pub fn regained_km2(&self) -> Option<f64> {
        self.change.as_ref().map(|c| c.regained_km2).filter(|a| *a >= CHANGE_NOISE_KM2)
    }
}

#[derive(Debug, PartialEq)]
pub struct Stops {
    pub list: Vec<Rc<Stop>>,
    /// The stop shown when nothing else is asked for.
    pub default: usize,
}

impl Stops {
    /// Our dates with the figures measured at build time ([`Timeline::figures`]): the
    /// widget draws them and measures nothing.
    pub fn new(timeline: &Timeline, projection: &Albers) -> Stops {
        let list = timeline
            .stops
            .iter()
            .zip(&timeline.figures)
            .zip(&timeline.changes)
            .map(|((occupation, figures), cut)| {
                Rc::new(Stop {
                    as_of: occupation.as_of.clone(),
                    origin: occupation.origin.clone(),
                    shares: figures.shares.clone(),
                    paths: LayerPaths::new(occupation, projection),
                    change_paths: change_paths(cut.as_ref(), figures.change.is_some(), projection),
                    change: figures.change.clone(),
                    area: Rows::default(),
                })
            })
            .collect();
        Stops { list, default: timeline.default }
    }

    /// Our dates measured here, each keeping its area on the measuring grid: what the
    /// worker needs to put an editor's date among them ([`Stops::with`]).
    pub fn measured(timeline: &Timeline, measurer: &Measurer, projection: &Albers) -> Stops {
        let mut list: Vec<Rc<Stop>> = Vec::with_capacity(timeline.stops.len());
        for (occupation, cut) in timeline.stops.iter().zip(&timeline.changes) {
            let mut stop = prepare(occupation, list.last().map(|s| &s.area), measurer, projection);
            stop.change_paths = change_paths(cut.as_ref(), stop.change.is_some(), projection);
            list.push(Rc::new(stop));
        }
        Stops { list, default: timeline.default }
    }

    /// The stops with an editor's occupation added in its place by date (after ours of the
    /// same date; last when its date is not `YYYY-MM-DD`), and its index. Only the new stop
    /// and the one after it are measured again.
    pub fn with(&self, occupation: &Occupation, measurer: &Measurer, projection: &Albers) -> (Stops, usize) {
        let at = if is_iso_date(&occupation.as_of) {
            self.list
                .iter()
                .position(|s| is_iso_date(&s.as_of) && s.as_of > occupation.as_of)
                .unwrap_or(self.list.len())
        } else {
            self.list.len()
        };
        let mut list = self.list.clone();
        let stop = prepare(occupation, at.checked_sub(1).map(|i| &list[i].area), measurer, projection);
        list.insert(at, Rc::new(stop));
        if let Some(next) = list.get(at + 1) {
            let change = Some(measurer.change(&list[at].area, &next.area));
            let next = Stop { change, change_paths: ChangePaths::Masked, ..clone_stop(next) };
            list[at + 1] = Rc::new(next);
        }
        let default = if self.default >= at { self.default + 1 } else { self.default };
        (Stops { list, default }, at)
    }

    /// The stops with a stop prepared elsewhere (the worker, by [`Stops::with`]) put in at
    /// `at`, and the change of the stop after it, which now counts from it.
    pub fn inserted(&self, at: usize, stop: Stop, next_change: Option<Change>) -> Stops {
        let mut list = self.list.clone();
        let at = at.min(list.len());
        list.insert(at, Rc::new(stop));
        if let (Some(next), Some(change)) = (list.get(at + 1), next_change) {
            let next = Stop { change: Some(change), change_paths: ChangePaths::Masked, ..clone_stop(next) };
            list[at + 1] = Rc::new(next);
        }
        let default = if self.default >= at { self.default + 1 } else { self.default };
        Stops { list, default }
    }

    pub fn find(&self, date: &str) -> Option<usize> {
        self.list.iter().position(|s| s.as_of == date)
    }

    pub fn dates(&self) -> Vec<&str> {
        self.list.iter().map(|s| s.as_of.as_str()).collect()
    }
}

/// Our dates' changes were cut at build time: plain paths. (An editor's date's are masks.)
fn change_paths(cut: Option<&ChangeShapes>, changed: bool, projection: &Albers) -> ChangePaths {
    match (cut, changed) {
        (Some(cut), true) => {
            let path = |p: &[crate::geo::Polygon]| (!p.is_empty()).then(|| svg_path(p, projection).into());
            ChangePaths::Cut { gained: path(&cut.gained), regained: path(&cut.regained) }
        }
        (None, true) => ChangePaths::Masked,
        _ => ChangePaths::None,
    }
}

fn prepare(occupation: &Occupation, previous: Option<&Rows>, measurer: &Measurer, projection: &Albers) -> Stop {
    let measured = measurer.measure(occupation);
    Stop {
        as_of: occupation.as_of.clone(),
        origin: occupation.origin.clone(),
        change: previous.map(|p| measurer.change(p, &measured.area)),
        change_paths: if previous.is_some() { ChangePaths::Masked } else { ChangePaths::None },
        shares: measured.shares,
        paths: LayerPaths::new(occupation, projection),
        area: measured.area,
    }
}

fn clone_stop(s: &Stop) -> Stop {
    Stop {
        as_of: s.as_of.clone(),
        origin: s.origin.clone(),
        shares: s.shares.clone(),
        paths: s.paths.clone(),
        change: s.change.clone(),
        change_paths: s.change_paths.clone(),
        area: s.area.clone(),
    }
}

/// `YYYY-MM-DD`, which sorts as text in date order.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}
