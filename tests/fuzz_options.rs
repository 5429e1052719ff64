//! Property-based fuzzing of the widget page's options (`Options::from_query`): whatever
//! the query, reading it never panics, keeps every value within its bounds, and lets no
//! address other than `http(s):` or relative through to a fetch.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use ukraine_peace_map::host::options::{Options, SNIPPET_OPTIONS};
use ukraine_peace_map::web_url::WebUrl;

fn cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(500)
}

/// A query parameter value: schemes, escapes, white space, long and non-ASCII text.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("javascript:alert(1)".to_string()),
        Just("%20JaVaScRiPt%3Aalert(1)".to_string()),
        Just("java%09script:x".to_string()),
        Just("data:text/html,x".to_string()),
        Just("https://x.org/a.geojson".to_string()),
        Just("2025-04-25".to_string()),
        Just("latest".to_string()),
        Just("%E2%80%8B".to_string()),
        "[a-zA-Z0-9:/%&=+ \\t.\u{0}-\u{7f}\u{85}\u{a0}\u{feff}\u{212a}-]{0,80}",
        ".{0,300}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn any_query_reads_into_bounded_checked_options(pairs in prop::collection::vec((0..SNIPPET_OPTIONS.len() + 4, value()), 0..8), raw in ".{0,200}") {
        let names: Vec<&str> = SNIPPET_OPTIONS.iter().copied().chain(["embed", "id", "childId", "x"]).collect();
        let query: String = pairs.iter().map(|(k, v)| format!("{}={}", names[*k], v)).collect::<Vec<_>>().join("&");
        for q in [query, raw] {
            let o = Options::from_query(&q);
            prop_assert!(o.id.as_ref().is_none_or(|s| s.chars().count() <= 64));
            prop_assert!(o.pym_child_id.as_ref().is_none_or(|s| s.chars().count() <= 64));
            prop_assert!(o.asof.as_ref().is_none_or(|a| a.to_string().chars().count() <= 40));
            for url in [&o.occupied, &o.terms].into_iter().flatten() {
                // What passed is passed again: checking is stable, and no other scheme slips through.
                prop_assert_eq!(WebUrl::parse(url.as_str()), Ok(Some(url.clone())));
            }
            for (_, scheme) in &o.refused {
                prop_assert!(scheme != "http" && scheme != "https");
            }
        }
    }
}
