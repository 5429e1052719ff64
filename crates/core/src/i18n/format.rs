//! Numbers and dates as each language writes them.

use super::Lang;

pub use crate::num::{fixed, push_digits};

/// Percent with `decimals` places (never "0%" for a sliver: "<0.1%"), localised.
pub fn percent(lang: Lang, pct: f64, decimals: usize) -> String {
    let s = if pct > 0.0 && pct < 0.05 {
        "<0.1".to_string()
    } else if pct > 99.95 && pct < 100.0 {
        // Never round a remainder away: 99.97% is not "100%".
        ">99.9".to_string()
    } else {
        fixed(pct, decimals as u32)
    };
    match lang {
        Lang::En => format!("{s}%"),
        Lang::Uk => format!("{}%", s.replace('.', ",")),
    }
}

/// A region's share: whole percent from 10% up, one decimal below. A share rounds to 100%
/// only when the whole region is covered: "all of Luhansk" is a contested claim, so 99.6%
/// reads "over 99%" (a share under 10% keeps a decimal, and [`percent`] never writes 0%
/// for a sliver).
pub fn share(lang: Lang, pct: f64) -> String {
    if (99.5..100.0).contains(&pct) {
        return match lang {
            Lang::En => "over 99%".to_string(),
            Lang::Uk => "понад 99%".to_string(),
        };
    }
    percent(lang, pct, if pct < 9.95 { 1 } else { 0 })
}

/// An area as the widget shows it, and as its note says (Msg::AreasRounded): to the nearest
/// 100 km² from 1,000 km² up, 10 km² below. Our lines are traced through named places and
/// two tracings of an unmoved front differ by up to 20 km², so a figure to the single km²
/// would claim a precision the method does not have. Exact figures stay in the `data-km2`
/// hooks and in the downloads.
pub fn area(lang: Lang, km2: f64) -> String {
    let step = if km2 >= 1_000.0 { 100.0 } else { 10.0 };
    integer(lang, (km2 / step).round() * step)
}

/// An area with its unit, as every figure on screen writes it: "12,300 km²".
pub fn area_km2(lang: Lang, km2: f64) -> String {
    format!("{} {}", area(lang, km2), super::t(lang, super::Msg::Km2))
}

/// An area and its share of Ukraine (`pct`, in %): "12,300 km² · 2.0%".
pub fn area_and_share(lang: Lang, km2: f64, pct: f64) -> String {
    format!("{} · {}", area_km2(lang, km2), percent(lang, pct, 1))
}

/// Whole number with thousands separators: "110,967" / "110 967".
pub fn integer(lang: Lang, x: f64) -> String {
    let n = x.round().max(0.0) as u64;
    let mut digits = String::new();
    push_digits(&mut digits, n, 1);
    let sep = match lang {
        Lang::En => ",",
        Lang::Uk => "\u{a0}",
    };
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

/// The months in English: the same word for "25 April 2025" and "April 2025".
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// What follows a source's name: " (25 April 2025)", or nothing for a source without a
/// date (never an empty "()").
pub fn dated(lang: Lang, iso: &str) -> String {
    if iso.trim().is_empty() {
        String::new()
    } else {
        format!(" ({})", date(lang, iso))
    }
}

/// "25 April 2025" / "25 квітня 2025 р." from "2025-04-25"; other text is shown as is. In
/// Ukrainian the year and "р." are joined by a no-break space: "р." never starts a line.
pub fn date(lang: Lang, iso: &str) -> String {
    const UK: [&str; 12] = [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ];
    // One parser for dates (crate::date): a real day, or the text as it is.
    match crate::date::Date::parse(iso) {
        Some(day) => {
            let (y, m, d) = (day.year(), usize::from(day.month()), day.day());
            match lang {
                Lang::En => format!("{d} {} {y}", MONTHS_EN[m - 1]),
                Lang::Uk => format!("{d} {} {y}\u{a0}р.", UK[m - 1]),
            }
        }
        None => month(lang, iso).unwrap_or_else(|| iso.to_string()),
    }
}

/// A month a source gives without its day (`2025-11`): "November 2025", «листопад 2025 р.».
fn month(lang: Lang, iso: &str) -> Option<String> {
    // Ukrainian names a month alone in the nominative («листопад»), a day's month in the
    // genitive («20 листопада»): a list of its own.
    const UK: [&str; 12] = [
        "січень",
        "лютий",
        "березень",
        "квітень",
        "травень",
        "червень",
        "липень",
        "серпень",
        "вересень",
        "жовтень",
        "листопад",
        "грудень",
    ];
    let (y, m) = iso.split_once('-')?;
    let (year, m) = (y.parse::<u16>().ok()?, m.parse::<usize>().ok()?);
    if y.len() != 4 || iso.len() != 7 || !(1..=12).contains(&m) {
        return None;
    }
    Some(match lang {
        Lang::En => format!("{} {year}", MONTHS_EN[m - 1]),
        Lang::Uk => format!("{} {year}\u{a0}р.", UK[m - 1]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_month_without_its_day_is_written_as_a_month() {
        assert_eq!(date(Lang::En, "2025-11"), "November 2025");
        assert_eq!(date(Lang::Uk, "2025-11"), "листопад 2025\u{a0}р.");
        assert_eq!(date(Lang::En, "2025-13"), "2025-13");
        assert_eq!(date(Lang::En, "2025"), "2025");
        assert_eq!(date(Lang::En, "2025-11-20"), "20 November 2025");
    }

    #[test]
    fn a_source_without_a_date_gets_no_empty_brackets() {
        assert_eq!(dated(Lang::En, ""), "");
        assert_eq!(dated(Lang::Uk, " "), "");
        assert_eq!(dated(Lang::En, "2025-11"), " (November 2025)");
    }

    /// Areas at the precision of the method: 100 km² from 1,000 up, 10 km² below.
    #[test]
    fn areas_are_rounded_to_what_the_method_can_tell() {
        assert_eq!(area(Lang::En, 111_715.0), "111,700");
        assert_eq!(area(Lang::Uk, 27_155.2), "27\u{a0}200");
        assert_eq!(area(Lang::En, 841.5), "840");
        assert_eq!(area(Lang::En, 23.4), "20");
        assert_eq!(area(Lang::En, 41.0), "40");
        assert_eq!(area(Lang::En, 0.0), "0");
    }

    /// No false 100% or 0%: only a whole region rounds to 100%, only none of it to 0%.
    #[test]
    fn shares_never_round_to_all_or_nothing() {
        assert_eq!(share(Lang::En, 100.0), "100%");
        assert_eq!(share(Lang::En, 99.65), "over 99%");
        assert_eq!(share(Lang::Uk, 99.5), "понад 99%");
        assert_eq!(share(Lang::En, 99.49), "99%");
        assert_eq!(share(Lang::En, 0.0), "0.0%");
        assert_eq!(share(Lang::En, 0.01), "<0.1%");
        assert_eq!(share(Lang::Uk, 0.3), "0,3%");
        for i in 1..100_000 {
            let pct = f64::from(i) / 1000.0;
            for lang in [Lang::En, Lang::Uk] {
                let s = share(lang, pct);
                assert!(s != "100%" && s != "0%" && s != "0.0%" && s != "0,0%", "{pct} -> {s}");
            }
        }
    }

    #[test]
    fn fixed_places_in_integer_arithmetic() {
        assert_eq!(fixed(18.60172, 3), "18.602");
        assert_eq!(fixed(26410.26, 1), "26410.3");
        assert_eq!(fixed(0.0, 1), "0.0");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(-1.25, 1), "-1.3");
        assert_eq!(fixed(31.5, 0), "32");
        assert_eq!(fixed(30.001, 3), "30.001");
        assert_eq!(fixed(0.05, 2), "0.05");
        assert_eq!(fixed(1.0, 4), "1.0000");
        assert_eq!(fixed(-12.345678, 6), "-12.345678");
        // Agrees with Rust's own formatting away from exact ties.
        for i in 0..2000 {
            let x = f64::from(i) * 1.37 - 900.123;
            assert_eq!(fixed(x, 2), format!("{x:.2}"), "{x}");
        }
    }

    #[test]
    fn numbers_and_dates() {
        assert_eq!(integer(Lang::En, 110_967.4), "110,967");
        assert_eq!(integer(Lang::Uk, 110_967.4), "110\u{a0}967");
        assert_eq!(percent(Lang::En, 18.52, 1), "18.5%");
        assert_eq!(share(Lang::En, 72.8), "73%");
        assert_eq!(share(Lang::Uk, 4.53), "4,5%");
        assert_eq!(date(Lang::En, "2025-04-25"), "25 April 2025");
        assert_eq!(date(Lang::Uk, "2025-04-25"), "25 квітня 2025\u{a0}р.");
    }
}
