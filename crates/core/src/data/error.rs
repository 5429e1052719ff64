//! What can be wrong with data, in terms a reader can be told.

use std::fmt;

/// Why a data file was refused. The widget shows it (translated: `i18n::errors`) in a
/// `role="alert"` box and keeps drawing its embedded default data.
#[derive(Clone, Debug, PartialEq)]
pub enum DataError {
    /// Not JSON at all (the parser's message says where).
    NotJson(String),
    /// JSON, but not the expected kind of document (e.g. not a FeatureCollection).
    WrongShape(String),
    /// A geometry that is not a (Multi)Polygon.
    WrongGeometry(String),
    /// Coordinates that are NaN, infinite or outside longitude/latitude ranges.
    BadCoordinates(String),
    /// A ring whose last point is not its first, or with fewer than four points.
    UnclosedRing(String),
    /// A ring that crosses itself.
    SelfIntersection(String),
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

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::NotJson(d) => write!(f, "not valid JSON: {d}"),
            DataError::WrongShape(d) => write!(f, "not the expected document: {d}"),
            DataError::WrongGeometry(d) => write!(f, "wrong geometry type: {d}"),
            DataError::BadCoordinates(d) => write!(f, "invalid coordinates: {d}"),
            DataError::UnclosedRing(d) => write!(f, "unclosed ring: {d}"),
            DataError::SelfIntersection(d) => write!(f, "self-intersecting ring: {d}"),
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
            WrongGeometry(d) => (2, d.clone(), 0.0),
            BadCoordinates(d) => (3, d.clone(), 0.0),
            UnclosedRing(d) => (4, d.clone(), 0.0),
            SelfIntersection(d) => (5, d.clone(), 0.0),
            UnknownRegion(d) => (6, d.clone(), 0.0),
            Empty => (7, String::new(), 0.0),
            TooLarge { limit_bytes } => (8, String::new(), *limit_bytes as f64),
            Http(code) => (9, String::new(), f64::from(*code)),
            Timeout { seconds } => (10, String::new(), f64::from(*seconds)),
            Network(d) => (11, d.clone(), 0.0),
            WorkerFailed => (12, String::new(), 0.0),
            NotWebAddress { scheme } => (13, scheme.clone(), 0.0),
        }
    }

    /// The inverse of [`DataError::to_parts`]; an unknown kind is a network error.
    pub fn from_parts(kind: u32, text: String, number: f64) -> DataError {
        use DataError::*;
        match kind {
            0 => NotJson(text),
            1 => WrongShape(text),
            2 => WrongGeometry(text),
            3 => BadCoordinates(text),
            4 => UnclosedRing(text),
            5 => SelfIntersection(text),
            6 => UnknownRegion(text),
            7 => Empty,
            8 => TooLarge { limit_bytes: number as usize },
            9 => Http(number as u16),
            10 => Timeout { seconds: number as u32 },
            12 => WorkerFailed,
            13 => NotWebAddress { scheme: text },
            _ => Network(text),
        }
    }
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
        ] {
            let (k, t, n) = e.to_parts();
            assert_eq!(DataError::from_parts(k, t, n), e);
        }
    }
}
