//! What can be wrong with data, in terms a reader can be told.

use std::fmt;

/// Why a data file was refused. The widget shows it (translated, see `i18n`) in a
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
        }
    }
}

impl DataError {
    /// What was wrong, in the reader's language (details from parsers stay as they are).
    pub fn describe(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::Lang::*;
        match (self, lang) {
            (_, En) => self.to_string(),
            (DataError::NotJson(d), Uk) => format!("це не коректний JSON: {d}"),
            (DataError::WrongShape(d), Uk) => format!("це не очікуваний документ: {d}"),
            (DataError::WrongGeometry(d), Uk) => format!("неправильний тип геометрії: {d}"),
            (DataError::BadCoordinates(d), Uk) => format!("неправильні координати: {d}"),
            (DataError::UnclosedRing(d), Uk) => format!("незамкнений контур: {d}"),
            (DataError::SelfIntersection(d), Uk) => format!("контур перетинає сам себе: {d}"),
            (DataError::UnknownRegion(d), Uk) => format!("невідомий код регіону: {d}"),
            (DataError::Empty, Uk) => "немає жодного об'єкта".into(),
            (DataError::TooLarge { limit_bytes }, Uk) => format!("файл більший за {} МБ", limit_bytes / 1_000_000),
            (DataError::Http(code), Uk) => format!("сервер відповів HTTP {code}"),
            (DataError::Timeout { seconds }, Uk) => format!("немає відповіді протягом {seconds} с"),
            (DataError::Network(d), Uk) => format!("помилка мережі: {d}"),
        }
    }
}
