//! Sentences with values in them.

use super::format::{date, share};
use super::Lang;

/// "Russia occupies about 19% of Ukraine".
pub fn headline(lang: Lang, pct: f64) -> String {
    let n = pct.round();
    match lang {
        Lang::En => format!("Russia occupies about {n}% of Ukraine"),
        Lang::Uk => format!("Росія окупує близько {n}% території України"),
    }
}

/// Ends a sentence after `text`, unless it already ends with a full stop ("2025 р.").
pub fn end_sentence(text: &str) -> String {
    if text.ends_with('.') {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

pub fn as_of(lang: Lang, iso_date: &str) -> String {
    match lang {
        Lang::En => format!("As of {}", date(lang, iso_date)),
        Lang::Uk => format!("Станом на {}", date(lang, iso_date)),
    }
}

/// "69% occupied" for a region, with the layers it is in.
pub fn occupied_status(lang: Lang, pct: f64, since_2014: bool, since_2022: bool) -> String {
    let p = share(lang, pct);
    let since = match (lang, since_2014, since_2022) {
        (Lang::En, true, true) => " since 2014 and 2022",
        (Lang::En, true, false) => " since 2014",
        (Lang::En, false, true) => " since 2022",
        (Lang::Uk, true, true) => " з 2014 і 2022 років",
        (Lang::Uk, true, false) => " з 2014 року",
        (Lang::Uk, false, true) => " з 2022 року",
        (_, false, false) => "",
    };
    match lang {
        Lang::En => format!("{p} occupied{since}"),
        Lang::Uk => format!("{p} окуповано{since}"),
    }
}

pub fn selected(lang: Lang, name: &str, status: &str) -> String {
    match lang {
        Lang::En => format!("{name}: {status}. Details opened."),
        Lang::Uk => format!("{name}: {status}. Відкрито подробиці."),
    }
}

pub fn image_caption(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Map: ukraine-peace-map. Borders: Natural Earth. Occupied areas: the map's own reconstruction of the front line through GeoNames places.",
        Lang::Uk => "Мапа: ukraine-peace-map. Кордони: Natural Earth. Окуповані території: власна реконструкція лінії фронту за населеними пунктами GeoNames.",
    }
}

/// What follows the publication's name in a term's source line: its date as the source
/// gives it (a year, when the article is dated only by its copyright), and who it cites,
/// so that a passage the outlet reports from its sources reads as theirs:
/// " (2025): ", " (2025), citing people familiar with the matter: ".
pub fn source_suffix(lang: Lang, source_date: &str, cited: Option<&str>) -> String {
    let cited = cited.map(|who| format!(", {} {who}", super::t(lang, super::Msg::Citing))).unwrap_or_default();
    format!(" ({}){cited}: ", date(lang, source_date))
}
