//! data/terms.json: the proposal's terms, complete, consistent with the map, and
//! quoting the article verbatim.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use ukraine_peace_map::data::occupation::parse_occupation;
use ukraine_peace_map::data::region::{parse_regions, ISO_CODES};
use ukraine_peace_map::data::shares::measure;
use ukraine_peace_map::data::terms::{parse_terms, Scope};

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
        assert!(
            ["proposed", "contested", "demanded", "delayed"].contains(&t.status.as_str()),
            "{}: status {}",
            t.id,
            t.status.as_str()
        );
        assert!(!t.positions.is_empty(), "{}: no positions", t.id);
        for p in &t.positions {
            assert!(["us", "russia", "ukraine", "europe"].contains(&p.party.as_str()), "{}: party {}", t.id, p.party);
            assert!(!p.text.en.is_empty() && !p.text.uk.is_empty(), "{}: {} position needs en and uk", t.id, p.party);
        }
        let s = &t.source;
        assert!(!s.publication.is_empty() && s.date.len() == 10 && !s.quote.is_empty(), "{}: incomplete source", t.id);
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

#[test]
fn every_region_with_occupied_territory_has_a_term() {
    let regions = parse_regions(&read("data/regions.geojson")).unwrap();
    let shares = measure(&regions, &parse_occupation(&read("data/occupied.geojson")).unwrap());
    let terms = parse_terms(&read("data/terms.json")).unwrap();
    for r in &shares.regions {
        if r.occupied_km2() > 1.0 {
            let (specific, _) = terms.for_region(r.iso);
            assert!(!specific.is_empty(), "{} is partly occupied but no term names it", r.iso);
        }
    }
}

#[test]
fn quotes_appear_verbatim_in_the_article() {
    let Some(article) = shared("seed/article.txt") else { return };
    let terms = parse_terms(&read("data/terms.json")).unwrap();
    for t in &terms.terms {
        assert!(article.contains(&t.source.quote), "{}: quote not in the article: {}", t.id, t.source.quote);
    }
}
