//! data/terms.json: the proposal's terms, complete, consistent with the map, and
//! quoting the article verbatim.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use ukraine_peace_map::data::region::ISO_CODES;
use ukraine_peace_map::data::regions_table::CLAIMED_ANNEXED;
use ukraine_peace_map::data::terms::{parse_terms, Scope, TermStatus};

const CONTRACT_IDS: [&str; 8] = [
    "crimea-recognition",
    "territorial-concessions",
    "znpp-us-oversight",
    "ukraine-army",
    "sanctions",
    "minerals-deal",
    "ceasefire-first",
    "direct-talks",
];

#[test]
fn every_term_has_every_field() {
    let terms = parse_terms(&read("data/terms.json")).unwrap();
    let ids: Vec<&str> = terms.terms.iter().map(|t| t.id.as_str()).collect();
    for id in CONTRACT_IDS {
        assert!(ids.contains(&id), "missing term {id}");
    }
    for t in &terms.terms {
        for (what, text) in [("title", &t.title), ("summary", &t.summary)] {
            assert!(!text.en.trim().is_empty() && !text.uk.trim().is_empty(), "{}: {what} needs en and uk", t.id);
        }
        // Positions: only the parties whose position the article gives. Where it gives
        // none (the minerals deal), the list is empty and the popup says so.
        for p in &t.positions {
            assert!(["us", "russia", "ukraine", "europe"].contains(&p.party.as_str()), "{}: party {}", t.id, p.party);
            assert!(!p.text.en.is_empty() && !p.text.uk.is_empty(), "{}: {} position needs en and uk", t.id, p.party);
        }
        let s = &t.source;
        assert!(!s.publication.is_empty() && !s.quote.is_empty(), "{}: incomplete source", t.id);
        let date_ok = match s.date.split('-').map(|p| p.parse::<u32>().ok()).collect::<Vec<_>>().as_slice() {
            [Some(y)] => (1900..2100).contains(y),
            [Some(y), Some(m)] => (1900..2100).contains(y) && (1..=12).contains(m),
            [Some(y), Some(m), Some(d)] => (1900..2100).contains(y) && (1..=12).contains(m) && (1..=31).contains(d),
            _ => false,
        };
        assert!(date_ok, "{}: source date '{}' is not YYYY, YYYY-MM or YYYY-MM-DD", t.id, s.date);
        assert!(s.quote.split_whitespace().count() <= 25, "{}: quote too long for fair use", t.id);
    }
}

#[test]
fn every_region_code_exists() {
    let terms = parse_terms(&read("data/terms.json")).unwrap();
    for t in &terms.terms {
        if let Scope::Regions(list) = &t.regions {
            assert!(!list.is_empty(), "{}: empty region list", t.id);
            for iso in list {
                assert!(ISO_CODES.contains(&iso.as_str()), "{}: unknown region {iso}", t.id);
            }
        }
    }
}

/// The article names no region for "territorial concessions" ("concessions of territory
/// annexed by Russia"): the item is not located by the source, so it is listed for all of
/// Ukraine and attached to no region (not to the six Russia claims, which would be ours),
/// and its summary says so in both languages.
#[test]
fn territorial_concessions_are_not_located() {
    let terms = parse_terms(&read("data/terms.json")).unwrap();
    let t = terms.terms.iter().find(|t| t.id == "territorial-concessions").unwrap();
    assert_eq!(t.regions, Scope::All, "the report names no region for territorial concessions");
    for iso in CLAIMED_ANNEXED.iter().chain(&["UA-63", "UA-48"]) {
        assert!(!t.concerns(iso), "{iso}: the item names no region");
    }
    assert!(t.summary.en.contains("Not located by the source"), "{}", t.summary.en);
    assert!(t.summary.uk.contains("Джерело не вказує, яких територій це стосується"), "{}", t.summary.uk);
}

/// The article is dated only by "Copyright 2025": a source line may not claim more.
#[test]
fn no_source_line_asserts_a_date_the_article_lacks() {
    let terms = parse_terms(&read("data/terms.json")).unwrap();
    for t in terms.terms.iter().filter(|t| t.source.publication == "DailyChive.com") {
        assert_eq!(t.source.date, "2025", "{}: the article gives no date but its copyright year", t.id);
    }
    assert_eq!(terms.as_of, "2025");
    if let Some(article) = shared("seed/article.txt") {
        assert!(article.contains("Copyright 2025"));
        for month in ["January", "February", "March", "April", "May", "June", "July", "August", "September"] {
            assert!(!article.contains(&format!("{month} 2025")), "the article now has a date: revisit this test");
        }
    }
}

/// A passage the article reports from unnamed sources says so, in the reader's language.
#[test]
fn attributions_are_given_in_both_languages() {
    let terms = parse_terms(&read("data/terms.json")).unwrap();
    let army = terms.terms.iter().find(|t| t.id == "ukraine-army").unwrap();
    let who = army.source.attributed_to.as_ref().expect("the army passage is attributed");
    assert_eq!(who.en, "people familiar with the matter");
    assert_eq!(who.uk, "джерела, обізнані з ситуацією");
}

/// Every status of the allowed set has a meaning, and data/README.md tells editors each.
#[test]
fn statuses_are_from_the_allowed_set_and_documented() {
    let readme = read("data/README.md");
    for status in TermStatus::ALL {
        assert!(!status.meaning().is_empty());
        assert!(
            readme.contains(&format!("`{}`: {}", status.as_str(), status.meaning())),
            "data/README.md must explain status `{}` as \"{}\"",
            status.as_str(),
            status.meaning()
        );
    }
    let mut file: serde_json::Value = serde_json::from_str(&read("data/terms.json")).unwrap();
    file["terms"][0]["status"] = "agreed".into();
    let err = parse_terms(&file.to_string()).unwrap_err();
    assert!(err.to_string().contains("“agreed”"), "an unknown status is a data error: {err}");
}

#[test]
fn quotes_appear_verbatim_in_the_article() {
    let Some(article) = shared("seed/article.txt") else { return };
    let terms = parse_terms(&read("data/terms.json")).unwrap();
    for t in &terms.terms {
        assert!(article.contains(&t.source.quote), "{}: quote not in the article: {}", t.id, t.source.quote);
    }
}

/// An editor's terms file: schema 1 as ever; schema 2 with plans of its own, read and
/// checked as data/proposals.json's (a quote its source never wrote is refused, by the
/// plan's id and the field's name); any other schema refused.
#[test]
fn an_editor_s_terms_file_may_carry_plans() {
    use ukraine_peace_map::data::terms::parse_editors_terms;
    use ukraine_peace_map::data::DataError;
    let ours: serde_json::Value = serde_json::from_str(&read("data/terms.json")).unwrap();
    let plans: serde_json::Value = serde_json::from_str(&read("data/proposals.json")).unwrap();
    let with = |schema: &str, proposals: Option<serde_json::Value>| {
        let mut v = ours.clone();
        v["schema"] = schema.into();
        if let Some(p) = proposals {
            v["proposals"] = p;
        }
        parse_editors_terms(&v.to_string())
    };
    let (terms, none) = with("ukraine-peace-map/terms/1", None).unwrap();
    assert_eq!(terms, parse_terms(&read("data/terms.json")).unwrap());
    assert!(none.list.is_empty());
    // Schema 1 ignores a list it does not define.
    assert!(with("ukraine-peace-map/terms/1", Some(plans["proposals"].clone())).unwrap().1.list.is_empty());
    let (_, two) = with("ukraine-peace-map/terms/2", Some(plans["proposals"].clone())).unwrap();
    assert_eq!(two.list.len(), plans["proposals"].as_array().unwrap().len());
    let mut bad = plans["proposals"].clone();
    bad[1]["provisions"][0]["quote"] = "words the source never wrote".into();
    let id = bad[1]["id"].as_str().unwrap().to_string();
    assert_eq!(
        with("ukraine-peace-map/terms/2", Some(bad)).unwrap_err(),
        DataError::BadField { at: id, field: "quote".into() }
    );
    assert!(matches!(with("ukraine-peace-map/terms/3", None), Err(DataError::WrongSchema { .. })));
    assert!(matches!(
        with("ukraine-peace-map/terms/2", Some(serde_json::json!([{"id": "a b"}]))),
        Err(DataError::BadField { .. })
    ));
}
