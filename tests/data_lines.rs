//! data/lines: a line derived from its neighbour keeps every row whose place did not
//! move, so the change between two dates is real movement, not a difference of tracing.
//! Every row that is in one of two consecutive lines and not in the other must be named
//! in the notes of one of the two dates (`` `Place|OBLAST|offset` ``), with the reason.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::read;
use ukraine_peace_map::data::timeline::{METHOD_CHECKS, PRE_INVASION, STOPS};

/// Every traced front line, oldest first (the 2014 line of contact is another kind of line).
fn fronts() -> Vec<&'static str> {
    let mut dates: Vec<&str> = STOPS.into_iter().chain(METHOD_CHECKS).filter(|d| *d != PRE_INVASION).collect();
    dates.sort();
    dates
}

/// The rows of a line as `place|oblast|offset`, in order.
fn rows(date: &str) -> Vec<String> {
    let text = read(&format!("data/lines/front-{date}.csv"));
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cells: Vec<&str> = l.splitn(5, ',').collect();
            format!("{}|{}|{}", cells[1], cells[2], cells[3])
        })
        .collect()
}

fn notes(date: &str) -> String {
    std::fs::read_to_string(format!("{}/data/lines/notes/front-{date}.md", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_default()
}

#[test]
fn every_row_that_differs_between_consecutive_lines_is_explained() {
    let fronts = fronts();
    assert!(fronts.len() >= 8, "{fronts:?}");
    let mut unexplained = Vec::new();
    for pair in fronts.windows(2) {
        let (a, b) = (rows(pair[0]), rows(pair[1]));
        let explained = format!("{}\n{}", notes(pair[0]), notes(pair[1]));
        for (row, missing_from) in a.iter().map(|r| (r, pair[1])).chain(b.iter().map(|r| (r, pair[0]))) {
            let other = if missing_from == pair[1] { &b } else { &a };
            if !other.contains(row) && !explained.contains(&format!("`{row}`")) {
                unexplained.push(format!("{} → {}: `{row}` is not in front-{missing_from}", pair[0], pair[1]));
            }
        }
    }
    assert!(unexplained.is_empty(), "rows that vanished without a note saying why:\n{}", unexplained.join("\n"));
}

#[test]
fn the_test_finds_a_row_that_vanished() {
    // The April 2025 line once left out Levadne, which the December 2024 line had: a
    // Ukrainian advance that did not happen. A row like that must be caught.
    let a = ["Levadne|UA-23|".to_string(), "Kherson|UA-65|".to_string()];
    let b = ["Kherson|UA-65|".to_string()];
    let vanished: Vec<&String> = a.iter().filter(|r| !b.contains(r) && !"".contains(&format!("`{r}`"))).collect();
    assert_eq!(vanished, vec!["Levadne|UA-23|"]);
}
