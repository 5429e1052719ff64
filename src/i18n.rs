//! Every string the reader sees, in English and Ukrainian, and number and date formats.

/// The widget's languages (`lang=en|uk`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    Uk,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "uk" | "ua" => Some(Lang::Uk),
            _ => None,
        }
    }

    /// BCP 47 tag for the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Uk => "uk",
        }
    }
}

/// Fixed strings. Strings with values in them are functions below.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    MapLabel,
    Intro,
    Loading,
    LegendTitle,
    LegendTotal,
    LayerAnnexed,
    LayerOccupied2014,
    LayerOccupied2022,
    LayerExternal,
    Km2,
    SourcesTitle,
    SourcesText,
    NotOccupied,
    Annexed,
    SpecificTerms,
    NationalTerms,
    NoSpecificTerms,
    Close,
    Source,
    StatusProposed,
    StatusContested,
    StatusDemanded,
    StatusDelayed,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ZoomCrimea,
    ZoomDonbas,
    ZoomHint,
    ViewAsTable,
    ColRegion,
    ColStatus,
    ColOccupied,
    ColTerms,
    TableCaption,
    DownloadImage,
    KeyboardHint,
    FallbackNote,
    CrashNote,
    ErrorOccupiedTitle,
    ErrorTermsTitle,
    ErrorEmbeddedTitle,
}

pub fn t(lang: Lang, msg: Msg) -> &'static str {
    use Msg::*;
    let (en, uk) = match msg {
        MapLabel => ("Map of Ukraine's regions and the areas occupied by Russia", "Мапа регіонів України та окупованих Росією територій"),
        Intro => (
            "Select a region to see the terms of the US peace proposal that concern it.",
            "Оберіть регіон, щоб побачити умови мирної пропозиції США, які його стосуються.",
        ),
        Loading => ("Loading the map…", "Завантаження мапи…"),
        LegendTitle => ("Occupied territory", "Окупована територія"),
        LegendTotal => ("Occupied in all", "Окуповано загалом"),
        LayerAnnexed => ("Crimea and Sevastopol, annexed in 2014", "Крим і Севастополь, анексовані у 2014 році"),
        LayerOccupied2014 => (
            "Held by Russia since 2014 (parts of Donetsk and Luhansk oblasts)",
            "Під контролем Росії з 2014 року (частини Донецької та Луганської областей)",
        ),
        LayerOccupied2022 => ("Occupied since the invasion of 24 February 2022", "Окуповано після вторгнення 24 лютого 2022 року"),
        LayerExternal => ("Occupied since 2022 (editor's data)", "Окуповано з 2022 року (дані редакції)"),
        Km2 => ("km²", "км²"),
        SourcesTitle => ("Sources", "Джерела"),
        SourcesText => (
            "Borders: Natural Earth. Occupied areas: our tracing of the front line through GeoNames places (CC BY 4.0). Terms: DailyChive.com.",
            "Кордони: Natural Earth. Окуповані території: наша лінія фронту через населені пункти GeoNames (CC BY 4.0). Умови: DailyChive.com.",
        ),
        NotOccupied => ("not occupied", "не окуповано"),
        Annexed => ("annexed by Russia in 2014", "анексовано Росією у 2014 році"),
        SpecificTerms => ("Terms that concern this region", "Умови, що стосуються цього регіону"),
        NationalTerms => ("Terms for all of Ukraine", "Умови для всієї України"),
        NoSpecificTerms => ("No term of the proposal names this region.", "Жодна умова пропозиції не стосується саме цього регіону."),
        Close => ("Close", "Закрити"),
        Source => ("Source", "Джерело"),
        StatusProposed => ("In the US proposal", "У пропозиції США"),
        StatusContested => ("Contested", "Спірне"),
        StatusDemanded => ("Demanded", "Вимога"),
        StatusDelayed => ("Delayed", "Відкладено"),
        ZoomIn => ("Zoom in", "Збільшити"),
        ZoomOut => ("Zoom out", "Зменшити"),
        ZoomReset => ("Show all of Ukraine", "Показати всю Україну"),
        ZoomCrimea => ("Crimea", "Крим"),
        ZoomDonbas => ("Donbas", "Донбас"),
        ZoomHint => ("Pinch, or Ctrl + scroll, to zoom", "Щоб змінити масштаб, зведіть пальці або Ctrl + прокрутка"),
        ViewAsTable => ("View as table", "Переглянути як таблицю"),
        ColRegion => ("Region", "Регіон"),
        ColStatus => ("Status", "Статус"),
        ColOccupied => ("Occupied", "Окуповано"),
        ColTerms => ("Terms of the proposal", "Умови пропозиції"),
        TableCaption => ("Ukraine's regions, their occupied share and the terms that concern them", "Регіони України, частка окупованої території та умови, що їх стосуються"),
        DownloadImage => ("Download image", "Завантажити зображення"),
        KeyboardHint => ("Arrow keys move between regions; Enter opens one.", "Стрілки переміщують між регіонами; Enter відкриває регіон."),
        FallbackNote => ("The map shows its built-in data instead.", "Мапа показує вбудовані дані."),
        CrashNote => ("Something went wrong in the map. Please reload the page.", "У мапі сталася помилка. Перезавантажте сторінку."),
        ErrorOccupiedTitle => ("Could not use the occupied-areas file", "Не вдалося використати файл окупованих територій"),
        ErrorTermsTitle => ("Could not use the terms file", "Не вдалося використати файл умов"),
        ErrorEmbeddedTitle => ("The map's built-in data is damaged", "Вбудовані дані мапи пошкоджені"),
    };
    match lang {
        Lang::En => en,
        Lang::Uk => uk,
    }
}

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
