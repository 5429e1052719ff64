//! The timeline ready to show: every date drawn once, with its figures (measured at build
//! time) and what changed since the date before, so that choosing a date only swaps
//! prepared values.

use super::layers::LayerPaths;
use super::PathData;
use crate::data::shares::{Change, Measurer, Shares};
use crate::data::timeline::ChangeShapes;
use crate::data::{DataError, Occupation, Origin, Timeline};
use crate::date::Date;
use crate::geo::albers::Albers;
use crate::geo::path::svg_path;
use crate::geo::rows::Rows;
use std::borrow::Cow;
use std::rc::Rc;

pub use crate::data::shares::CHANGE_NOISE_KM2;

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
    /// The same stop without its area on the measuring grid: what the worker sends.
    pub fn to_send(&self) -> Stop {
        Stop { area: Rows::default(), ..clone_stop(self) }
    }

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

/// Where a stop goes in the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Before the stop now at this index (or last).
    Insert(usize),
    /// In place of the stop of the same date.
    Replace(usize),
}

impl Placement {
    pub fn index(self) -> usize {
        match self {
            Placement::Insert(at) | Placement::Replace(at) => at,
        }
    }

    /// The index, among the stops before placing, of the stop that will follow it.
    fn next(self, len: usize) -> Option<usize> {
        let next = match self {
            Placement::Insert(at) => at,
            Placement::Replace(at) => at + 1,
        };
        (next < len).then_some(next)
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

    /// Where a stop of this date goes: in its place by date, or in place of ours of the
    /// same date (an editor's file on one of our dates replaces ours: one stop per date, so
    /// every date's hooks are unique); last when it is a label, not a date.
    pub fn placement(&self, as_of: &str) -> Placement {
        let Some(date) = Date::parse(as_of) else {
            return match self.find(as_of) {
                Some(at) => Placement::Replace(at),
                None => Placement::Insert(self.list.len()),
            };
        };
        let later = |s: &Rc<Stop>| Date::parse(&s.as_of).is_none_or(|d| d > date);
        match self.find(as_of) {
            Some(at) => Placement::Replace(at),
            None => Placement::Insert(self.list.iter().position(later).unwrap_or(self.list.len())),
        }
    }

    /// The stops with an editor's occupation in its place ([`Stops::placement`]), and its
    /// index. Only the new stop and the one after it are measured again. Refused when the
    /// file is too intricate to measure in bounded time ([`Measurer::stride_for`]).
    pub fn with(
        &self,
        occupation: &Occupation,
        measurer: &Measurer,
        projection: &Albers,
    ) -> Result<(Stops, usize), DataError> {
        let at = self.placement(&occupation.as_of).index();
        // A file too costly for the grid is measured on a coarser one, with its neighbours'
        // areas picked from theirs (`Measurer::stride_for`).
        let stride = measurer.stride_for(occupation)?;
        let coarse = (stride > 1).then(|| measurer.coarser(stride));
        let grid_measurer = coarse.as_ref().unwrap_or(measurer);
        let area_on_grid = |i: usize| {
            let rows: &Rows = &self.list[i].area;
            if stride > 1 {
                Cow::Owned(rows.coarser(stride))
            } else {
                Cow::Borrowed(rows)
            }
        };
        let previous = at.checked_sub(1).map(area_on_grid);
        let mut stop = prepare(occupation, previous.as_deref(), grid_measurer, projection);
        let next = self.placement(&occupation.as_of).next(self.list.len());
        let next_change = next.map(|n| grid_measurer.change(&stop.area, &area_on_grid(n)));
        if stride > 1 {
            // Not on the worker's grid: kept, it would be compared row by row with areas that are.
            // (The widget has one editor's file at most; nothing is measured against it later.)
            stop.area = Rows::default();
        }
        Ok(self.placed(stop, next_change))
    }

    /// The stops with `stop` put in its place ([`Stops::placement`]) and the change of the
    /// stop after it, which now counts from it: the one routine the worker and the widget
    /// both use, so the two always agree on where a date is. Returns its index.
    pub fn placed(&self, stop: Stop, next_change: Option<Change>) -> (Stops, usize) {
        let placement = self.placement(&stop.as_of);
        let mut list = self.list.clone();
        let at = placement.index();
        match placement {
            Placement::Replace(_) => list[at] = Rc::new(stop),
            Placement::Insert(_) => list.insert(at, Rc::new(stop)),
        }
        if let (Some(next), Some(change)) = (list.get(at + 1), next_change) {
            let next = Stop { change: Some(change), change_paths: ChangePaths::Masked, ..clone_stop(next) };
            list[at + 1] = Rc::new(next);
        }
        let default = match placement {
            Placement::Insert(_) if self.default >= at => self.default + 1,
            _ => self.default,
        };
        (Stops { list, default }, at)
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
