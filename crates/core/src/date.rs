//! Dates, parsed once. Our dates and an editor's `asof` are `YYYY-MM-DD` text in files and
//! URLs; everything that orders, places or words a date reads it through [`Date::parse`],
//! so one rule decides what is a date: a real calendar day in the years the widget can
//! show. Anything else an editor writes as `asof` is a plain label ([`AsOf::Label`]),
//! shown as written and placed after the dates.

use std::fmt;

/// A calendar day between [`Date::FIRST_YEAR`] and [`Date::LAST_YEAR`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Crimea's annexation: no map of occupation can be older.
    pub const FIRST_YEAR: u16 = 2014;
    /// A bound, so that a typo cannot stretch the timeline's axis over centuries.
    pub const LAST_YEAR: u16 = 2100;

    /// `YYYY-MM-DD`, exactly: ten characters, a real day (leap years counted), in range.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let number = |r: std::ops::Range<usize>| -> Option<u16> {
            b[r].iter().try_fold(0u16, |n, c| c.is_ascii_digit().then(|| n * 10 + u16::from(c - b'0')))
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
        let day = u8::try_from(day).ok().filter(|d| *d >= 1 && *d <= days_in_month(year, month))?;
        (Self::FIRST_YEAR..=Self::LAST_YEAR).contains(&year).then_some(Date { year, month, day })
    }

    pub fn year(self) -> u16 {
        self.year
    }

    /// 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (for placing dates on a time axis).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// What an editor's `asof` says: a date, or a plain label (at most [`AsOf::MAX_CHARS`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AsOf {
    Date(Date),
    Label(String),
}

impl AsOf {
    pub const MAX_CHARS: usize = 40;

    /// Trims it and reads it once: a date when it is one, a label otherwise; `None` when empty.
    pub fn parse(s: &str) -> Option<AsOf> {
        let s = s.trim();
        if s.is_empty() {
            return None;
        }
        Some(Date::parse(s).map_or_else(|| AsOf::Label(s.chars().take(Self::MAX_CHARS).collect()), AsOf::Date))
    }

    pub fn date(&self) -> Option<Date> {
        match self {
            AsOf::Date(d) => Some(*d),
            AsOf::Label(_) => None,
        }
    }
}

impl fmt::Display for AsOf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AsOf::Date(d) => d.fmt(f),
            AsOf::Label(l) => f.write_str(l),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_days_in_range_only() {
        assert_eq!(Date::parse("2025-04-25").map(|d| d.to_string()).as_deref(), Some("2025-04-25"));
        assert!(Date::parse("2024-02-29").is_some());
        for bad in [
            "2025-02-29",
            "2025-04-31",
            "2025-13-01",
            "2025-00-10",
            "2025-4-25",
            "1000-01-01",
            "2101-01-01",
            "2025-04-25 ",
            "２０２５-04-25",
            "abcd-ef-gh",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn dates_order_and_count_days() {
        let d = |s| Date::parse(s).unwrap();
        assert!(d("2022-02-23") < d("2022-08-31"));
        assert_eq!(d("2022-02-24").days_since_epoch() - d("2022-02-23").days_since_epoch(), 1);
        assert_eq!(d("2025-01-01").days_since_epoch() - d("2024-01-01").days_since_epoch(), 366);
        assert_eq!(d("2014-01-01").days_since_epoch(), 16_071);
    }

    #[test]
    fn asof_is_a_date_or_a_short_label() {
        assert_eq!(AsOf::parse(" 2025-04-25 "), Some(AsOf::Date(Date::parse("2025-04-25").unwrap())));
        assert_eq!(AsOf::parse("1000-01-01"), Some(AsOf::Label("1000-01-01".into())));
        assert_eq!(AsOf::parse(&"x".repeat(99)).unwrap().to_string().len(), 40);
        assert_eq!(AsOf::parse("  "), None);
    }
}
