//! Numbers and dates as each language writes them.

use super::Lang;

/// Percent with `decimals` places (never "0%" for a sliver: "<0.1%"), localised.
pub fn percent(lang: Lang, pct: f64, decimals: usize) -> String {
    let s = if pct > 0.0 && pct < 0.05 {
        "<0.1".to_string()
    } else if pct > 99.95 && pct < 100.0 {
        // Never round a remainder away: 99.97% is not "100%".
        ">99.9".to_string()
    } else {
        format!("{pct:.decimals$}")
    };
    match lang {
        Lang::En => format!("{s}%"),
        Lang::Uk => format!("{}%", s.replace('.', ",")),
    }
}

/// A region's share: whole percent from 10% up, one decimal below.
pub fn share(lang: Lang, pct: f64) -> String {
    percent(lang, pct, if pct < 9.95 { 1 } else { 0 })
}

/// Whole number with thousands separators: "110,967" / "110 967".
pub fn integer(lang: Lang, x: f64) -> String {
    let n = x.round().max(0.0) as u64;
    let digits = n.to_string();
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

/// "25 April 2025" / "25 квітня 2025 р." from "2025-04-25"; other text is shown as is.
pub fn date(lang: Lang, iso: &str) -> String {
    const EN: [&str; 12] = [
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
    let parts: Vec<&str> = iso.split('-').collect();
    let parsed = match parts.as_slice() {
        [y, m, d] => y.parse::<u32>().ok().zip(m.parse::<usize>().ok()).zip(d.parse::<u32>().ok()),
        _ => None,
    };
    match parsed {
        Some(((y, m), d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => match lang {
            Lang::En => format!("{d} {} {y}", EN[m - 1]),
            Lang::Uk => format!("{d} {} {y} р.", UK[m - 1]),
        },
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn numbers_and_dates() {
        assert_eq!(integer(Lang::En, 110_967.4), "110,967");
        assert_eq!(integer(Lang::Uk, 110_967.4), "110\u{a0}967");
        assert_eq!(percent(Lang::En, 18.52, 1), "18.5%");
        assert_eq!(share(Lang::En, 72.8), "73%");
        assert_eq!(share(Lang::Uk, 4.53), "4,5%");
        assert_eq!(date(Lang::En, "2025-04-25"), "25 April 2025");
        assert_eq!(date(Lang::Uk, "2025-04-25"), "25 квітня 2025 р.");
    }
}
