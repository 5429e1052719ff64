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
        Lang::En => "Map: ukraine-peace-map. Borders: Natural Earth. Occupied areas: GeoNames-based tracing.",
        Lang::Uk => "Мапа: ukraine-peace-map. Кордони: Natural Earth. Окуповані території: за GeoNames.",
    }
}
