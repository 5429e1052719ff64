//! Editorial rules that can be checked by a machine (data/README.md, "Editorial rules"):
//! Ukrainian text uses the typographic apostrophe, and the Ukrainian widget shows no
//! English beyond the verbatim quotes (marked `lang="en"`, set in «» and translated) and
//! proper names; the report is told in the past tense as the report's; positions are only
//! what the article attributes; titles stand alone; text outside the widget is dated and
//! sourced; nothing is said that no source says.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::read;
use ukraine_peace_map::data::regions_table::REGIONS;
use ukraine_peace_map::data::terms::{parse_terms, Terms};
use ukraine_peace_map::data::timeline::{DEFAULT_STOP, STOPS};
use ukraine_peace_map::data::DataError;
use ukraine_peace_map::host::Options;
use ukraine_peace_map::i18n::{self, describe_error, t, Lang, Msg};
use ukraine_peace_map::ui::{App, AppProps};

fn render(options: Options) -> String {
    let props = AppProps { options, options_after_hydration: None };
    futures::executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).hydratable(true).render())
}

/// Every string the widget can show in `lang`, with where it comes from.
fn strings(lang: Lang) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Msg::ALL.iter().map(|m| (format!("{m:?}"), t(lang, *m).to_string())).collect();
    for r in &REGIONS {
        let names = match lang {
            Lang::En => format!("{} / {}", r.name_en, r.short_en),
            Lang::Uk => format!("{} / {}", r.name_uk, r.short_uk),
        };
        out.push((r.iso.to_string(), names));
    }
    for e in [DataError::Empty, DataError::NotJson("x".into()), DataError::TooLarge { limit_bytes: 5_000_000 }] {
        out.push((format!("{e:?}"), describe_error(&e, lang)));
    }
    out.push(("headline".into(), i18n::headline(lang, 18.6, false)));
    out.push(("headline, past".into(), i18n::headline(lang, 21.0, true)));
    out.push(("gained".into(), i18n::gained_between(lang, "2024-12-31", "2025-04-25")));
    out.push(("regained".into(), i18n::regained_between(lang, "2024-12-31", "2025-04-25")));
    out.push(("change threshold".into(), i18n::change_threshold(lang)));
    out.push(("region change".into(), i18n::region_change(lang, 1.4, 370.0, "2024-12-31")));
    out.push(("unknown date".into(), i18n::unknown_date(lang, "2020-01-01", &["2022-02-23"])));
    out.push(("date shown instead".into(), i18n::date_shown_instead(lang, "2025-04-25")));
    out.push(("unknown plan".into(), i18n::unknown_proposal(lang, "x", &["april-2025"])));
    out.push(("chart".into(), i18n::chart_label(lang, &[("2022-02-23", 7.3)])));
    out.push(("as_of".into(), i18n::as_of(lang, "2025-04-25")));
    out.push(("status".into(), i18n::occupied_status(lang, 72.0, true, true)));
    out.push(("caption".into(), i18n::image_caption(lang).to_string()));
    out.push(("card alt".into(), i18n::card_alt(lang, 18.6, DEFAULT_STOP)));
    let who = if lang == Lang::Uk { "джерела" } else { "people" };
    out.push(("source".into(), i18n::source_suffix(lang, "2025", Some(who))));
    fn walk(v: &serde_json::Value, key: &str, at: &str, out: &mut Vec<(String, String)>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    match (k.as_str(), v) {
                        (k, serde_json::Value::String(s)) if k == key => out.push((at.to_string(), s.clone())),
                        _ => walk(v, key, &format!("{at}.{k}"), out),
                    }
                }
            }
            serde_json::Value::Array(a) => {
                a.iter().enumerate().for_each(|(i, v)| walk(v, key, &format!("{at}[{i}]"), out))
            }
            _ => {}
        }
    }
    walk(&serde_json::from_str(&read("data/terms.json")).unwrap(), lang.code(), "terms.json", &mut out);
    walk(&serde_json::from_str(&read("data/proposals.json")).unwrap(), lang.code(), "proposals.json", &mut out);
    out
}

/// A Ukrainian date ends with "р.": a sentence that ends with one takes no second stop.
#[test]
fn a_sentence_ends_with_one_full_stop() {
    for lang in [Lang::En, Lang::Uk] {
        for (at, text) in strings(lang) {
            assert!(!text.contains(".."), "{at} ({lang:?}): a doubled full stop in {text:?}");
        }
    }
}

/// A Ukrainian editor never lets "р." start a line: the year and it share a no-break space.
#[test]
fn a_ukrainian_year_keeps_its_abbreviation() {
    let mut dates = vec![
        ("date".to_string(), i18n::date(Lang::Uk, "2025-04-25")),
        ("month".into(), i18n::date(Lang::Uk, "2025-11")),
    ];
    dates.extend(strings(Lang::Uk));
    for (at, text) in dates {
        let chars: Vec<char> = text.chars().collect();
        for w in chars.windows(4) {
            assert!(
                !(w[0].is_ascii_digit() && w[1] == ' ' && w[2] == 'р' && w[3] == '.'),
                "{at}: \"р.\" may start a line in {text:?}"
            );
        }
    }
}

fn ukrainian_strings() -> Vec<(String, String)> {
    strings(Lang::Uk)
}

fn terms() -> Terms {
    parse_terms(&read("data/terms.json")).unwrap()
}

/// The words of `text`, lower case, for checks of whole words.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'' && c != '-')
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty())
        .collect()
}

#[test]
fn ukrainian_text_uses_the_typographic_apostrophe() {
    let strings = ukrainian_strings();
    assert!(strings.len() > 80, "only {} strings found", strings.len());
    for (at, s) in strings {
        assert!(!s.contains('\''), "{at}: ASCII apostrophe in \"{s}\" (write ’)");
    }
}

/// One apostrophe on screen: the English beside the plans' names (“Russia’s conditions”)
/// takes the typographic one too. Verbatim quotes are not among these strings.
#[test]
fn english_text_uses_the_typographic_apostrophe() {
    for (at, s) in strings(Lang::En) {
        assert!(!s.contains('\''), "{at}: ASCII apostrophe in \"{s}\" (write ’)");
    }
}

/// The text a reader (or a screen reader) gets from rendered HTML: text nodes and
/// accessible names, without the verbatim quotes, which are English and marked so.
fn readable_text(html: &str) -> String {
    let mut html = html.to_string();
    while let Some(start) = html.find("<q ") {
        let end = html[start..].find("</q>").map(|i| start + i + 4).expect("closed <q>");
        assert!(html[start..end].contains("lang=\"en\""), "a quote without lang: {}", &html[start..end]);
        html.replace_range(start..end, " ");
    }
    // Source headlines are verbatim too, each marked with its language.
    while let Some(start) = html.find("<cite ") {
        let end = html[start..].find("</cite>").map(|i| start + i + 7).expect("closed <cite>");
        assert!(html[start..end].contains("lang=\""), "a headline without lang: {}", &html[start..end]);
        html.replace_range(start..end, " ");
    }
    let mut text = String::new();
    let mut rest = html.as_str();
    while let Some(i) = rest.find("aria-label=\"") {
        let value = &rest[i + 12..];
        text.push_str(&value[..value.find('"').unwrap()]);
        text.push(' ');
        rest = value;
    }
    let mut inside_tag = false;
    for c in html.chars() {
        match c {
            '<' => inside_tag = true,
            '>' => {
                inside_tag = false;
                text.push(' ');
            }
            c if !inside_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&gt;", ">").replace("&lt;", "<").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

#[test]
fn the_ukrainian_widget_shows_no_english() {
    // Proper names, keys and file formats that are the same in Ukrainian text.
    const ALLOWED: [&str; 14] = [
        "DailyChive",
        "com",
        "Natural",
        "Earth",
        "GeoNames",
        "CC",
        "BY",
        "Ctrl",
        "Enter",
        "CSV",
        "GeoJSON",
        "SVG",
        "ISW",
        // A publication's name (the minerals deal's signing).
        "RFE/RL",
    ];
    for region in ["UA-23", "UA-43", "UA-63", "UA-14"] {
        let html = render(Options { lang: Lang::Uk, region: Some(region.into()), ..Options::default() });
        assert!(html.contains("role=\"dialog\""), "{region}: the popup is rendered");
        let text = readable_text(&html);
        for word in text.split(|c: char| c.is_whitespace() || ",.:;()«»“”—".contains(c)) {
            let latin = word.chars().filter(|c| c.is_ascii_alphabetic()).count();
            let allowed = ALLOWED.contains(&word);
            assert!(latin < 2 || allowed, "{region}: English in the Ukrainian widget: \"{word}\"");
        }
    }
}

#[test]
#[ignore = "prints the popups' text for a human read: cargo test --test editorial -- --ignored --nocapture"]
fn print_popups() {
    for lang in [Lang::En, Lang::Uk] {
        for region in ["UA-43", "UA-63"] {
            let html = render(Options { lang, region: Some(region.into()), ..Options::default() });
            let start = html.find("role=\"dialog\"").unwrap();
            let end = html[start..].find("</section></div>").map_or(html.len(), |i| start + i);
            println!(
                "--- {lang:?} {region}\n{}",
                readable_text(&html[start..end]).split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }
    }
}

/// Pages outside the widget that speak of the report: the widget page (title, link
/// preview description) and the example article.
fn outside_texts() -> Vec<(&'static str, String)> {
    let index = read("index.html");
    let between = |a: &str, b: &str| index.split_once(a).and_then(|(_, r)| r.split_once(b)).map(|(v, _)| v.to_string());
    vec![
        ("index.html <title>", between("<title>", "</title>").expect("a title")),
        ("index.html description", between("name=\"description\" content=\"", "\"").expect("a description")),
        ("www/article.html", read("www/article.html")),
    ]
}

/// Rule 1 and 10: "news aggregator" (DailyChive.com does not call itself one, and no other
/// source says so) and an undated "the full text has not been officially published".
#[test]
fn nothing_is_said_that_no_source_says() {
    const UNSOURCED: [&str; 6] = [
        "aggregator",
        "агрегатор",
        "officially published",
        "офіційно не оприлюднено",
        "may change as talks",
        "would mean",
    ];
    let mut all: Vec<(String, String)> = strings(Lang::En).into_iter().chain(strings(Lang::Uk)).collect();
    all.extend(outside_texts().into_iter().map(|(at, s)| (at.to_string(), s)));
    for (at, s) in all {
        for phrase in UNSOURCED {
            assert!(!s.to_lowercase().contains(phrase), "{at}: \"{phrase}\" is said by no source: {s}");
        }
    }
}

/// Rule 7: the report is told as the report's, in the past tense. Each summary has the
/// report as its subject; no summary or position is in the present or present perfect
/// ("says", "has been delayed"), nor is the example article.
#[test]
fn the_report_is_told_in_the_past_tense() {
    const PRESENT_EN: [&str; 16] = [
        "says",
        "supports",
        "rejects",
        "seeks",
        "calls",
        "insists",
        "demands",
        "proposes",
        "urges",
        "views",
        "includes",
        "accompanies",
        "will",
        "is",
        "are",
        "has",
    ];
    const PRESENT_UK: [&str; 11] = [
        "заявляє",
        "закликає",
        "наполягає",
        "наполягають",
        "підтримують",
        "відкидає",
        "вимагають",
        "прагнуть",
        "вважають",
        "пропонує",
        "повідомляє",
    ];
    let terms = terms();
    for term in &terms.terms {
        assert!(term.summary.en.starts_with("The report said"), "{}: \"{}\"", term.id, term.summary.en);
        assert!(term.summary.uk.starts_with("У повідомленні"), "{}: \"{}\"", term.id, term.summary.uk);
        // The report's clause (the summary's first sentence); later sentences may speak of
        // the map ("the map shows") in the present.
        let reported = term.summary.en.split(". ").next().unwrap();
        let positions_en = term.positions.iter().map(|p| p.text.en.as_str());
        for (what, text) in std::iter::once(("summary", reported)).chain(positions_en.map(|p| ("position", p))) {
            for w in words(text) {
                assert!(!PRESENT_EN.contains(&w.as_str()), "{}: {what} in the present (\"{w}\"): {text}", term.id);
            }
        }
        for p in &term.positions {
            for w in words(&p.text.uk) {
                assert!(
                    !PRESENT_UK.contains(&w.as_str()),
                    "{}: position in the present («{w}»): {}",
                    term.id,
                    p.text.uk
                );
            }
        }
    }
    let article = read("www/article.html");
    for phrase in [" says", "has been delayed", " insists ", " calls for", "the report notes"] {
        assert!(!article.contains(phrase), "www/article.html: \"{phrase}\" (tell the report in the past)");
    }
}

/// Rule 6: "the report" is «повідомлення», one word throughout the Ukrainian text.
#[test]
fn the_report_is_translated_one_way() {
    for (at, s) in ukrainian_strings() {
        let lower = s.to_lowercase();
        for other in ["публікац", "видання", "звіт", "агрегатор"] {
            assert!(!lower.contains(other), "{at}: «{other}…» for \"the report\" (write «повідомлення»): {s}");
        }
    }
}

/// Rule 6: an English quote in Ukrainian text sits in «», followed by the editors'
/// translation; Ukrainian text has no other quotation marks.
#[test]
fn english_quotes_in_ukrainian_text_sit_in_guillemets() {
    for (at, s) in ukrainian_strings() {
        assert!(!s.contains(['"', '“', '”']), "{at}: quotation marks other than «» in «{s}»");
    }
    for term in &terms().terms {
        let tr = term.source.translation.as_ref().map(|t| t.uk.as_str()).unwrap_or_default();
        assert!(!tr.is_empty(), "{}: the quote needs the editors' Ukrainian translation", term.id);
    }
    for region in ["UA-23", "UA-43"] {
        let html = render(Options { lang: Lang::Uk, region: Some(region.into()), ..Options::default() });
        let mut quotes = 0;
        let mut rest = html.as_str();
        while let Some(i) = rest.find("<q ") {
            let end = rest[i..].find("</q>").map(|j| i + j + 4).unwrap();
            assert!(rest[..i].ends_with('«'), "{region}: a quote not opened by «: {}", &rest[i..end]);
            assert!(rest[end..].starts_with("»"), "{region}: a quote not closed by »: {}", &rest[i..end]);
            assert!(
                rest[end..].starts_with("» (переклад редакції: «"),
                "{region}: no editors' translation after {}",
                &rest[i..end]
            );
            quotes += 1;
            rest = &rest[end..];
        }
        assert!(quotes >= 5, "{region}: {quotes} quotes found");
    }
    // English text keeps English marks, and no translation of an English quote.
    let html = render(Options { lang: Lang::En, region: Some("UA-23".into()), ..Options::default() });
    assert!(html.contains("“<q ") && !html.contains("translation:"), "English quotes are set in “ ”");
}

/// Rule 9: the table shows titles without summaries, so each title carries the item's key
/// words, in both languages.
#[test]
fn titles_stand_alone() {
    const KEY_WORDS: [(&str, &[&str], &[&str]); 8] = [
        ("crimea-recognition", &["crimea", "russian jurisdiction"], &["крим", "російської юрисдикції"]),
        ("territorial-concessions", &["territorial concessions"], &["територіальні поступки"]),
        (
            "znpp-us-oversight",
            &["zaporizhzhia", "return", "ukraine", "us oversight"],
            &["запорізької", "повернення", "україні", "наглядом сша"],
        ),
        ("ukraine-army", &["ukraine", "army"], &["україни", "армію"]),
        ("sanctions", &["sanctions"], &["санкцій"]),
        ("minerals-deal", &["minerals deal"], &["угода", "корисні копалини"]),
        ("ceasefire-first", &["ceasefire", "before", "territorial"], &["припинення вогню", "перед", "територіальн"]),
        ("direct-talks", &["high-level meetings"], &["зустрічі на високому рівні"]),
    ];
    let terms = terms();
    for (id, en, uk) in KEY_WORDS {
        let term = terms.terms.iter().find(|t| t.id == id).unwrap_or_else(|| panic!("no term {id}"));
        for (title, keys) in [(&term.title.en, en), (&term.title.uk, uk)] {
            for key in keys {
                assert!(title.to_lowercase().contains(key), "{id}: the title \"{title}\" lacks \"{key}\"");
            }
        }
    }
    assert_eq!(terms.terms.len(), KEY_WORDS.len(), "a new term needs its key words here");
}

/// Rule 8: a party's position is what the article attributes to it. The article's own
/// characterisation ("a stance that contrasts Europe's and Ukraine's broader objectives")
/// and a critique ("has been critiqued for proposing") are not positions.
#[test]
fn positions_only_where_the_article_attributes_them() {
    const NOT_POSITIONS: [&str; 9] = [
        "contrast",
        "broader objectives",
        "proposes concessions",
        "vital element",
        "controversial",
        "ширші цілі",
        "відрізняються",
        "розходиться",
        "пропонує поступки",
    ];
    let terms = terms();
    for term in &terms.terms {
        for p in &term.positions {
            for text in [&p.text.en, &p.text.uk] {
                for phrase in NOT_POSITIONS {
                    assert!(
                        !text.to_lowercase().contains(phrase),
                        "{} ({}): \"{phrase}\" is not a position: {text}",
                        term.id,
                        p.party
                    );
                }
            }
        }
    }
    let concessions = terms.terms.iter().find(|t| t.id == "territorial-concessions").unwrap();
    assert!(!concessions.positions.iter().any(|p| p.party == "us"), "the plan was critiqued for it: not a US position");
    assert!(concessions.summary.en.contains("broader objectives"), "the article's characterisation is in the summary");
}

/// The Ukrainian says what the English says: "largely demilitarise" is «здебільшого», not
/// «значній» ("considerable").
#[test]
fn ukrainian_positions_say_what_the_english_says() {
    let terms = terms();
    let army = terms.terms.iter().find(|t| t.id == "ukraine-army").unwrap();
    let russia = army.positions.iter().find(|p| p.party == "russia").unwrap();
    assert!(russia.text.en.contains("largely demilitarise"), "{}", russia.text.en);
    assert!(russia.text.uk.contains("здебільшого") && !russia.text.uk.contains("значн"), "{}", russia.text.uk);
}

/// Rule 10: link previews and the example article are dated and sourced, and call the
/// items terms and positions, not "terms of the proposal".
#[test]
fn text_outside_the_widget_is_dated_and_sourced() {
    let month_year = |iso: &str| {
        let d = i18n::date(Lang::En, iso);
        d.split_once(' ').map(|(_, my)| my.to_string()).unwrap()
    };
    for (at, text) in outside_texts() {
        assert!(!text.contains("terms of the"), "{at}: positions are not \"terms of the proposal\"");
        assert!(!text.contains("would mean"), "{at}: speculates");
        if at != "index.html <title>" {
            assert!(text.contains("DailyChive.com") && text.contains("2025"), "{at}: names the report and its date");
        }
    }
    let (_, description) = &outside_texts()[1];
    for iso in [STOPS[0], STOPS[STOPS.len() - 1]] {
        assert!(description.contains(&month_year(iso)), "the description spans the dates shown ({iso}): {description}");
    }
    for lang in [Lang::En, Lang::Uk] {
        let alt = i18n::card_alt(lang, 18.6, DEFAULT_STOP);
        assert!(
            alt.contains(&i18n::date(lang, DEFAULT_STOP)) && alt.contains("ISW"),
            "og:image:alt is dated and sourced: {alt}"
        );
        assert!(!alt.contains("occupies") && !alt.contains("окупує"), "past tense beside a date: {alt}");
    }
}

/// The table's terms column holds the items that name the region; its caption says so, and
/// where the items for all of Ukraine are.
#[test]
fn the_table_caption_says_what_its_column_holds() {
    let en = t(Lang::En, Msg::TableCaption);
    let uk = t(Lang::Uk, Msg::TableCaption);
    assert!(en.contains("name the region") && en.contains("all of Ukraine"), "{en}");
    assert!(uk.contains("названо регіон") && uk.contains("всієї України"), "{uk}");
}

/// The sources line credits the reporting the lines were traced from
/// (data/lines/notes/*.md: ISW assessments, official statements, news agencies).
#[test]
fn the_sources_line_credits_the_reporting_behind_the_lines() {
    let en = t(Lang::En, Msg::SourcesText);
    let uk = t(Lang::Uk, Msg::SourcesText);
    for key in ["ISW", "official statements", "news agency"] {
        assert!(en.contains(key), "{key}: {en}");
    }
    for key in ["ISW", "офіційних заяв", "інформаційних агентств"] {
        assert!(uk.contains(key), "{key}: {uk}");
    }
    let notes = std::fs::read_dir(common::root().join("data/lines/notes")).unwrap().count();
    assert!(notes > 0);
}

/// Errors in one language: every structured error, told in Ukrainian, holds no English
/// word (issue 19, item 8); only GeoJSON's own type names, codes and numbers stay.
#[test]
fn errors_are_told_in_one_language() {
    use ukraine_peace_map::data::{Limit, Subject};
    let errors = [
        DataError::WrongGeometry { what: Subject::Feature(3), found: "Point".into() },
        DataError::WrongGeometry { what: Subject::Feature(3), found: String::new() },
        DataError::BadCoordinates { what: Subject::Feature(1), at: "[NaN, 2]".into() },
        DataError::BadCoordinates { what: Subject::Code("occupied-2022".into()), at: String::new() },
        DataError::UnclosedRing { what: Subject::Feature(2), points: 3 },
        DataError::SelfIntersection { what: Subject::Feature(2), near: "[37.100, 48.200]".into() },
        DataError::TooComplex { limit: Limit::Vertices, count: 200_000 },
        DataError::TooComplex { limit: Limit::Polygons, count: 10_000 },
        DataError::TooComplex { limit: Limit::Crossings, count: 12_000_000 },
        DataError::Empty,
        DataError::Http(404),
        DataError::Timeout { seconds: 10 },
        DataError::TooLarge { limit_bytes: 5_000_000 },
        DataError::WorkerFailed,
        DataError::NotFeatureCollection { found: "Point".into() },
        DataError::NotFeatureCollection { found: String::new() },
        DataError::UnknownLayer { name: "x".into() },
        DataError::BadField { at: "sanctions".into(), field: "summary".into() },
        DataError::BadField { at: String::new(), field: "terms".into() },
        DataError::DuplicateId { id: "a".into() },
        DataError::WrongSchema { found: String::new() },
        DataError::UnknownStatus { at: "sanctions".into(), value: "agreed".into() },
        DataError::json(1, 17),
        DataError::Network("TypeError: Failed to fetch".into()),
    ];
    // GeoJSON's own names, JSON keys and ids (as the file writes them), the schema's name.
    const ALLOWED: [&str; 21] = [
        "Point",
        "Polygon",
        "MultiPolygon",
        "NaN",
        "HTTP",
        "occupied-2022",
        "JSON",
        "GeoJSON",
        "FeatureCollection",
        "sanctions",
        "summary",
        "terms",
        "ukraine-peace-map/terms/1",
        "agreed",
        "proposed",
        "us-position",
        "ukraine-demand",
        "accompanying",
        "contested",
        "demanded",
        "delayed",
    ];
    for e in &errors {
        let uk = describe_error(e, Lang::Uk);
        let en = describe_error(e, Lang::En);
        assert_ne!(uk, en, "{e:?} is not translated");
        for word in uk.split(|c: char| c.is_whitespace() || ",.:;()[]—«»".contains(c)) {
            let latin = word.chars().filter(|c| c.is_ascii_alphabetic()).count();
            assert!(latin < 2 || ALLOWED.contains(&word), "{e:?}: English in the Ukrainian alert: \"{word}\" ({uk})");
        }
    }
}
