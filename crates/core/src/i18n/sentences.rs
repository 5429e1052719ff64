//! Sentences with values in them.

use super::format::{area, date, integer, percent, share};
use super::Lang;

/// "Russia occupies about 19% of Ukraine", or in the past tense for a date before the
/// article's ("Russia occupied about 21% of Ukraine"): the date stands beside it.
pub fn headline(lang: Lang, pct: f64, past: bool) -> String {
    let n = pct.round() as i64;
    match (lang, past) {
        (Lang::En, false) => format!("Russia occupies about {n}% of Ukraine"),
        (Lang::En, true) => format!("Russia occupied about {n}% of Ukraine"),
        (Lang::Uk, false) => format!("Росія окупує близько {n}% території України"),
        (Lang::Uk, true) => format!("Росія окупувала близько {n}% території України"),
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

/// The link preview's image description: dated (a preview travels without the page that
/// dates it, so past tense) and sourced (the map's figures are our own reconstruction).
pub fn card_alt(lang: Lang, pct: f64, iso_date: &str) -> String {
    let n = pct.round() as i64;
    let d = date(lang, iso_date);
    match lang {
        Lang::En => format!(
            "Map of Ukraine’s regions on {d}: Russia occupied about {n}% of Ukraine, by this map’s own reconstruction of the front line from ISW assessments, official statements and news agency reports"
        ),
        Lang::Uk => format!(
            "Мапа регіонів України на {d}: Росія окупувала близько {n}% території України, за власною реконструкцією лінії фронту для цієї мапи на основі оцінок ISW, офіційних заяв і повідомлень інформаційних агентств"
        ),
    }
}

/// Quotation marks of the reader's language, for a quote in any language: « » in
/// Ukrainian text, “ ” in English.
pub fn quote_marks(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => ("“", "”"),
        Lang::Uk => ("«", "»"),
    }
}

pub fn image_caption(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Map: ukraine-peace-map (CC BY 4.0).",
        Lang::Uk => "Мапа: ukraine-peace-map (CC BY 4.0).",
    }
}

/// What follows the publication's name in a term's source line: its date as the source
/// gives it (a year, when the article is dated only by its copyright), and who it cites,
/// so that a passage the outlet reports from its sources reads as theirs:
/// " (2025): ", " (2025), citing people familiar with the matter: ".
pub fn source_suffix(lang: Lang, source_date: &str, cited: Option<&str>) -> String {
    let cited = cited.map(|who| format!(", {} {who}", super::t(lang, super::Msg::Citing))).unwrap_or_default();
    format!("{}{cited}: ", super::dated(lang, source_date))
}

/// The legend's change rows say what the two lines show, not when anything happened:
/// "No longer occupied since 31 December 2024" read as "liberated on 31 December".
/// Newly occupied: "Occupied on 25 Apr 2025, not on 31 Dec 2024".
pub fn gained_between(lang: Lang, previous: &str, now: &str) -> String {
    occupied_on_not_on(lang, now, previous)
}

/// No longer occupied: "Occupied on 31 Dec 2024, not on 25 Apr 2025".
pub fn regained_between(lang: Lang, previous: &str, now: &str) -> String {
    occupied_on_not_on(lang, previous, now)
}

/// Under the change rows: how small a change the map does not show.
pub fn change_threshold(lang: Lang) -> String {
    let km2 = integer(lang, crate::data::shares::CHANGE_NOISE_KM2);
    match lang {
        Lang::En => format!("Changes under {km2} km² within a region are not shown: two tracings of a front that did not move can differ by that much."),
        Lang::Uk => format!("Зміни, менші за {km2} км² у межах регіону, не показано: на стільки можуть відрізнятися дві реконструкції лінії фронту, що не зрушила."),
    }
}

fn occupied_on_not_on(lang: Lang, on: &str, not_on: &str) -> String {
    let (on, not_on) = (short_date(lang, on), short_date(lang, not_on));
    match lang {
        Lang::En => format!("Occupied on {on}, not on {not_on}"),
        Lang::Uk => format!("Окуповано станом на {on}, але не на {not_on}"),
    }
}

/// The row that stands for the regions a phone's table folds (none of it occupied, no
/// term names them): "19 other regions: not occupied", «19 інших регіонів: не окуповані».
pub fn other_regions_not_occupied(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En if n == 1 => "1 other region: not occupied".to_string(),
        Lang::En => format!("{n} other regions: not occupied"),
        Lang::Uk => {
            // 1, 21, 31…: регіон; 2–4, 22–24…: регіони; the rest (11–14 too): регіонів.
            let word = match (n % 10, n % 100) {
                (1, r) if r != 11 => "інший регіон: не окупований",
                (2..=4, r) if !(12..=14).contains(&r) => "інші регіони: не окуповані",
                _ => "інших регіонів: не окуповані",
            };
            format!("{n} {word}")
        }
    }
}

/// A change of an occupied share: "+1.4 points (+370 km²)", "no change".
pub fn share_change(lang: Lang, points: f64, km2: f64) -> String {
    if km2.abs() < 0.5 {
        return match lang {
            Lang::En => "no change".into(),
            Lang::Uk => "без змін".into(),
        };
    }
    let sign = if km2 > 0.0 { "+" } else { "−" };
    let pts = percent(lang, points.abs(), 1);
    let pts = pts.trim_end_matches('%');
    let area = area(lang, km2.abs());
    match lang {
        Lang::En => format!("{sign}{pts} points ({sign}{area} km²)"),
        Lang::Uk => format!("{sign}{pts} в. п. ({sign}{area} км²)"),
    }
}

/// A region's change since the previous date, for its popup:
/// "+1.4 points (+370 km²) since 31 December 2024".
pub fn region_change(lang: Lang, points: f64, km2: f64, previous: &str) -> String {
    match lang {
        Lang::En => format!("{} since {}", share_change(lang, points, km2), date(lang, previous)),
        Lang::Uk => format!("{} з {}", share_change(lang, points, km2), date(lang, previous)),
    }
}

/// A date of the timeline in few characters: "31 Aug 2022" / "31.08.2022"; other text as is.
pub fn short_date(lang: Lang, iso: &str) -> String {
    const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    // One parser for dates (crate::date): a real day, or the text as it is.
    match (lang, crate::date::Date::parse(iso)) {
        (Lang::En, Some(day)) => format!("{} {} {}", day.day(), EN[usize::from(day.month()) - 1], day.year()),
        (Lang::Uk, Some(day)) => format!("{:02}.{:02}.{}", day.day(), day.month(), day.year()),
        (_, None) => iso.to_string(),
    }
}

/// An unknown `date=`: what was asked and which dates there are, as sentences.
pub fn unknown_date(lang: Lang, asked: &str, available: &[&str]) -> String {
    let dates: Vec<String> = available.iter().map(|d| date(lang, d)).collect();
    end_sentence(&match lang {
        Lang::En => format!("there is no map for “{asked}”. Dates: {}", dates.join(", ")),
        Lang::Uk => format!("немає мапи на «{asked}». Дати: {}", dates.join(", ")),
    })
}

/// `proposal=` names no proposal: "there is no proposal “x”. Proposals: april-2025, …."
pub fn unknown_proposal(lang: Lang, asked: &str, available: &[&str]) -> String {
    end_sentence(&match lang {
        Lang::En => format!("there is no proposal “{asked}”. Proposals: {}", available.join(", ")),
        Lang::Uk => format!("немає пропозиції «{asked}». Пропозиції: {}", available.join(", ")),
    })
}

/// What the map shows instead of an unknown `date=`: "The map shows 25 April 2025 instead."
pub fn date_shown_instead(lang: Lang, iso: &str) -> String {
    end_sentence(&match lang {
        Lang::En => format!("The map shows {} instead", date(lang, iso)),
        Lang::Uk => format!("Натомість мапа показує {}", date(lang, iso)),
    })
}

/// What the map draws instead of an unknown `proposal=`: "The map shows the plan “…” instead."
pub fn plan_shown_instead(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("The map shows the plan “{name}” instead."),
        Lang::Uk => format!("Натомість мапа показує план «{name}»."),
    }
}

/// Which line a plan is drawn on: "applied to the line of 20 Nov 2025".
pub fn applied_to_line(lang: Lang, line: &str) -> String {
    match lang {
        Lang::En => format!("applied to the line of {}", short_date(lang, line)),
        Lang::Uk => format!("на лінії фронту станом на {}", short_date(lang, line)),
    }
}

/// Announced when the reader picks a plan: "The 28-point draft, applied to the line of …".
pub fn proposal_shown(lang: Lang, name: &str, line: &str) -> String {
    format!("{name}, {}.", applied_to_line(lang, line))
}

/// The chart's text alternative: "Share of Ukraine occupied by Russia: 7.3% on 23 February
/// 2022, …".
pub fn chart_label(lang: Lang, points: &[(&str, f64)]) -> String {
    let items: Vec<String> = points
        .iter()
        .map(|(d, pct)| match lang {
            Lang::En => format!("{} on {}", percent(lang, *pct, 1), date(lang, d)),
            Lang::Uk => format!("{} на {}", percent(lang, *pct, 1), date(lang, d)),
        })
        .collect();
    match lang {
        Lang::En => format!("Share of Ukraine occupied by Russia: {}", items.join(", ")),
        Lang::Uk => format!("Частка окупованої Росією території України: {}", items.join(", ")),
    }
}
