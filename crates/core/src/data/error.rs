//! What can be wrong with data, in terms a reader can be told.

use std::fmt;

/// Why a data file was refused. The widget shows it (translated: `i18n::errors`) in a
/// `role="alert"` box and keeps drawing its embedded default data.
#[derive(Clone, Debug, PartialEq)]
pub enum DataError {
    /// Not JSON at all: where the parser stopped, as "line:column" (see [`DataError::json`]).
    NotJson(String),
    /// JSON, but not the expected kind of document (e.g. not a FeatureCollection).
    WrongShape(String),
    /// A geometry that is not a (Multi)Polygon: `found` is its GeoJSON type, empty when
    /// the feature has none.
    WrongGeometry { what: Subject, found: String },
    /// Coordinates that are NaN, infinite or outside longitude/latitude ranges: `at` as
    /// written ("[x, y]"), empty for a position of fewer than two numbers.
    BadCoordinates { what: Subject, at: String },
    /// A ring whose last point is not its first, or with fewer than four points.
    UnclosedRing { what: Subject, points: usize },
    /// A ring that crosses itself, near `near` ("[lon, lat]").
    SelfIntersection { what: Subject, near: String },
    /// More than the limits of an editor's file allow (docs/contract.md, section 4).
    TooComplex { limit: Limit, count: usize },
    /// JSON, but not a GeoJSON FeatureCollection: `found` is its `type` (empty: none).
    NotFeatureCollection { found: String },
    /// An occupied-areas feature whose `layer` is none of ours.
    UnknownLayer { name: String },
    /// A terms file's field missing or of the wrong kind: `at` is the item's id (empty at
    /// the top of the file), `field` the JSON key.
    BadField { at: String, field: String },
    /// A term whose `status` is none of `TermStatus::ALL` (`at`: its id).
    UnknownStatus { at: String, value: String },
    /// Two items of a terms file with one id.
    DuplicateId { id: String },
    /// A terms file of another schema than ours (`found` empty: none given).
    WrongSchema { found: String },
    /// A region code that is not one of Ukraine's 27.
    UnknownRegion(String),
    /// Nothing to show.
    Empty,
    /// Larger than the size cap.
    TooLarge { limit_bytes: usize },
    /// The server answered with an HTTP error.
    Http(u16),
    /// No complete answer within the time limit.
    Timeout { seconds: u32 },
    /// The request failed (network down, redirect loop, blocked by policy...).
    Network(String),
    /// The widget's worker could not start (its files missing, its WebAssembly refused by
    /// the page's policy), or stopped.
    WorkerFailed,
    /// An address with another scheme than `http(s):` (e.g. `javascript:`), not fetched.
    NotWebAddress { scheme: String },
}

/// What part of a file an error is about, without words: a feature's number (from 1), or
/// a code (a layer id, a region's ISO code), so that each language writes its own
/// sentence around it (details are structured, never English inside a Ukrainian alert).
#[derive(Clone, Debug, PartialEq)]
pub enum Subject {
    Feature(usize),
    Code(String),
}

impl Subject {
    /// A feature's number, or a code as written; read back by [`Subject::parse`].
    pub fn as_text(&self) -> String {
        match self {
            Subject::Feature(n) => format!("#{n}"),
            Subject::Code(c) => c.clone(),
        }
    }

    pub fn parse(text: &str) -> Subject {
        match text.strip_prefix('#').and_then(|n| n.parse().ok()) {
            Some(n) => Subject::Feature(n),
            None => Subject::Code(text.to_string()),
        }
    }
}

/// Which limit of an editor's file was passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// More vertices than `validate::MAX_VERTICES`, all features together.
    Vertices,
    /// More polygons than `limits::MAX_POLYGONS`.
    Polygons,
    /// Edges that cross the measuring lines too many times to measure in time (`count`).
    Crossings,
}

impl Limit {
    pub const ALL: [Limit; 3] = [Limit::Vertices, Limit::Polygons, Limit::Crossings];
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Feature(n) => write!(f, "feature {n}"),
            Subject::Code(c) => write!(f, "{c}"),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::NotJson(d) => match line_column(d) {
                Some((line, column)) => write!(f, "not valid JSON: the text breaks off at line {line}, column {column}"),
                None => write!(f, "not valid JSON"),
            },
            DataError::WrongShape(d) => write!(f, "not the expected document: {d}"),
            DataError::WrongGeometry { what, found } if found.is_empty() => write!(f, "{what} has no geometry"),
            DataError::WrongGeometry { what, found } => {
                write!(f, "wrong geometry type: {what} is a {found}, not a Polygon or MultiPolygon")
            }
            DataError::BadCoordinates { what, at } if at.is_empty() => {
                write!(f, "invalid coordinates: {what} has a position with fewer than 2 numbers")
            }
            DataError::BadCoordinates { what, at } => write!(f, "invalid coordinates: {what}: {at}"),
            DataError::UnclosedRing { what, points } => write!(f, "unclosed ring: {what}: a ring of {points} points"),
            DataError::SelfIntersection { what, near } => write!(f, "self-intersecting ring: {what}, near {near}"),
            DataError::NotFeatureCollection { found } => {
                write!(f, "not the expected document: not a GeoJSON FeatureCollection (found: {})", or_none(found))
            }
            DataError::UnknownLayer { name } => write!(f, "unknown layer “{name}”"),
            DataError::BadField { at, field } if at.is_empty() => {
                write!(f, "not the expected document: the field “{field}” is missing or of the wrong kind")
            }
            DataError::BadField { at, field } => {
                write!(f, "not the expected document: “{at}”: the field “{field}” is missing or of the wrong kind")
            }
            DataError::DuplicateId { id } => write!(f, "not the expected document: the id “{id}” appears twice"),
            DataError::UnknownStatus { at, value } => {
                write!(f, "not the expected document: “{at}”: the status “{value}” is none of: {}", crate::data::terms::status_names())
            }
            DataError::WrongSchema { found } => write!(
                f,
                "not the expected document: the schema is {}, not {}",
                or_none(found),
                crate::data::terms::SCHEMA
            ),
            DataError::TooComplex { limit, count } => match limit {
                Limit::Vertices => write!(f, "too large: more than {count} vertices"),
                Limit::Polygons => write!(f, "too large: more than {count} polygons"),
                Limit::Crossings => write!(
                    f,
                    "too intricate to measure: its edges cross the measuring lines {count} times, more than can be measured in time"
                ),
            },
            DataError::UnknownRegion(d) => write!(f, "unknown region code: {d}"),
            DataError::Empty => write!(f, "no features"),
            DataError::TooLarge { limit_bytes } => write!(f, "larger than {} MB", limit_bytes / 1_000_000),
            DataError::Http(code) => write!(f, "HTTP {code}"),
            DataError::Timeout { seconds } => write!(f, "no answer within {seconds} s"),
            DataError::Network(d) => write!(f, "network error: {d}"),
            DataError::WorkerFailed => write!(f, "the widget's worker could not start or stopped"),
            DataError::NotWebAddress { scheme } => write!(f, "only http(s) addresses are used, not {scheme}:"),
        }
    }
}

impl DataError {
    /// The error as (kind, text, number), to pass between the widget and its worker.
    pub fn to_parts(&self) -> (u32, String, f64) {
        use DataError::*;
        match self {
            NotJson(d) => (0, d.clone(), 0.0),
            WrongShape(d) => (1, d.clone(), 0.0),
            WrongGeometry { what, found } => (2, pair(what, found), 0.0),
            BadCoordinates { what, at } => (3, pair(what, at), 0.0),
            UnclosedRing { what, points } => (4, what.as_text(), *points as f64),
            SelfIntersection { what, near } => (5, pair(what, near), 0.0),
            UnknownRegion(d) => (6, d.clone(), 0.0),
            Empty => (7, String::new(), 0.0),
            TooLarge { limit_bytes } => (8, String::new(), *limit_bytes as f64),
            Http(code) => (9, String::new(), f64::from(*code)),
            Timeout { seconds } => (10, String::new(), f64::from(*seconds)),
            Network(d) => (11, d.clone(), 0.0),
            WorkerFailed => (12, String::new(), 0.0),
            NotWebAddress { scheme } => (13, scheme.clone(), 0.0),
            TooComplex { limit, count } => (14 + *limit as u32, String::new(), *count as f64),
            NotFeatureCollection { found } => (17, found.clone(), 0.0),
            UnknownLayer { name } => (18, name.clone(), 0.0),
            BadField { at, field } => (19, format!("{at}\u{1f}{field}"), 0.0),
            DuplicateId { id } => (20, id.clone(), 0.0),
            WrongSchema { found } => (21, found.clone(), 0.0),
            UnknownStatus { at, value } => (22, format!("{at}\u{1f}{value}"), 0.0),
        }
    }

    /// The inverse of [`DataError::to_parts`]; an unknown kind is a network error.
    pub fn from_parts(kind: u32, text: String, number: f64) -> DataError {
        use DataError::*;
        match kind {
            0 => NotJson(text),
            1 => WrongShape(text),
            2 => {
                let (what, found) = unpair(&text);
                WrongGeometry { what, found }
            }
            3 => {
                let (what, at) = unpair(&text);
                BadCoordinates { what, at }
            }
            4 => UnclosedRing { what: Subject::parse(&text), points: number as usize },
            5 => {
                let (what, near) = unpair(&text);
                SelfIntersection { what, near }
            }
            6 => UnknownRegion(text),
            7 => Empty,
            8 => TooLarge { limit_bytes: number as usize },
            9 => Http(number as u16),
            10 => Timeout { seconds: number as u32 },
            12 => WorkerFailed,
            13 => NotWebAddress { scheme: text },
            14..=16 => TooComplex { limit: Limit::ALL[(kind - 14) as usize], count: number as usize },
            17 => NotFeatureCollection { found: text },
            18 => UnknownLayer { name: text },
            19 => {
                let (at, field) = text.split_once('\u{1f}').unwrap_or(("", &text));
                BadField { at: at.to_string(), field: field.to_string() }
            }
            20 => DuplicateId { id: text },
            21 => WrongSchema { found: text },
            22 => {
                let (at, value) = text.split_once('\u{1f}').unwrap_or(("", &text));
                UnknownStatus { at: at.to_string(), value: value.to_string() }
            }
            _ => Network(text),
        }
    }
}

/// The line and column of a [`DataError::NotJson`], when it has them.
pub fn line_column(detail: &str) -> Option<(usize, usize)> {
    let (line, column) = detail.split_once(':')?;
    Some((line.parse().ok()?, column.parse().ok()?))
}

impl DataError {
    /// A JSON parser's failure, by where it stopped (its own message is English).
    pub fn json(line: usize, column: usize) -> DataError {
        DataError::NotJson(format!("{line}:{column}"))
    }
}

/// "none" for an empty detail (English; i18n/errors.rs has the Ukrainian).
fn or_none(text: &str) -> &str {
    if text.is_empty() {
        "none"
    } else {
        text
    }
}

/// A subject and a detail in one text (a unit separator between them).
fn pair(what: &Subject, detail: &str) -> String {
    format!("{}\u{1f}{detail}", what.as_text())
}

fn unpair(text: &str) -> (Subject, String) {
    let (what, detail) = text.split_once('\u{1f}').unwrap_or((text, ""));
    (Subject::parse(what), detail.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_round_trip() {
        for e in [
            DataError::Empty,
            DataError::Http(404),
            DataError::NotJson("x".into()),
            DataError::TooLarge { limit_bytes: 5 },
            DataError::WorkerFailed,
            DataError::NotWebAddress { scheme: "javascript".into() },
            DataError::Network("x".into()),
            DataError::WrongGeometry { what: Subject::Feature(3), found: "Point".into() },
            DataError::WrongGeometry { what: Subject::Code("occupied-2022".into()), found: String::new() },
            DataError::BadCoordinates { what: Subject::Feature(1), at: "[NaN, 2]".into() },
            DataError::UnclosedRing { what: Subject::Feature(2), points: 3 },
            DataError::SelfIntersection { what: Subject::Code("UA-14".into()), near: "[37.100, 48.200]".into() },
            DataError::TooComplex { limit: Limit::Crossings, count: 12_000_000 },
            DataError::TooComplex { limit: Limit::Vertices, count: 200_000 },
            DataError::NotFeatureCollection { found: "Point".into() },
            DataError::UnknownLayer { name: "x".into() },
            DataError::BadField { at: "sanctions".into(), field: "summary".into() },
            DataError::BadField { at: String::new(), field: "terms".into() },
            DataError::DuplicateId { id: "a".into() },
            DataError::WrongSchema { found: String::new() },
            DataError::UnknownStatus { at: "a".into(), value: "agreed".into() },
        ] {
            let (k, t, n) = e.to_parts();
            assert_eq!(DataError::from_parts(k, t, n), e);
        }
    }
}
