//! Property-based fuzzing of the loaders an editor's file goes through: whatever the
//! bytes, parsing returns a value or a `DataError`, never a panic, and what parses can
//! be measured and drawn. `make fuzz` runs many more cases (FUZZ_CASES) for a bounded
//! time; proptest saves any failing input in tests/fuzz.proptest-regressions, which then
//! runs first on every `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::adversarial::{comb, crosses_brute_force, one_feature, slivers, spiral, zigzag, Ring};
use proptest::prelude::*;
use serde_json::{json, Value};
use ukraine_peace_map::data::bundle;
use ukraine_peace_map::data::occupation::{parse_external, parse_occupation};
use ukraine_peace_map::data::region::parse_regions;
use ukraine_peace_map::data::shares::measure;
use ukraine_peace_map::data::terms::parse_terms;
use ukraine_peace_map::data::{DataError, Dataset};
use ukraine_peace_map::scene::protocol::Reply;
use ukraine_peace_map::scene::{LayerPaths, MapFrame};

fn cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(200)
}

fn base() -> &'static Dataset {
    static DATA: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    DATA.get_or_init(|| ukraine_peace_map::bundled::dataset().expect("embedded data parses"))
}

/// Numbers a hostile or careless file might hold.
fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        (-200.0f64..200.0).prop_map(|x| json!(x)),
        (30.0f64..41.0).prop_map(|x| json!(x)),
        (44.0f64..53.0).prop_map(|x| json!(x)),
        Just(json!(1e308)),
        Just(json!(-1e308)),
        Just(json!(0)),
        any::<i64>().prop_map(|x| json!(x)),
    ]
}

fn position() -> impl Strategy<Value = Value> {
    prop::collection::vec(number(), 0..4).prop_map(Value::Array)
}

fn ring() -> impl Strategy<Value = Value> {
    prop_oneof![
        // Closed rings of plausible points (mostly: these reach the measuring code).
        // Star-shaped around a centre, so they are simple and pass validation.
        6 => ((30.0f64..41.0, 44.0f64..53.0), prop::collection::vec((0.0f64..1.0, 0.01f64..3.0), 3..60)).prop_map(|((cx, cy), mut spokes)| {
            spokes.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut ring: Vec<Value> = spokes
                .iter()
                .map(|(t, r)| {
                    let a = t * std::f64::consts::TAU;
                    json!([cx + r * a.cos(), cy + r * a.sin()])
                })
                .collect();
            ring.push(ring[0].clone());
            Value::Array(ring)
        }),
        // Anything at all.
        1 => prop::collection::vec(position(), 0..8).prop_map(Value::Array),
    ]
}

fn geometry() -> impl Strategy<Value = Value> {
    let kind = prop_oneof![
        4 => Just("Polygon"),
        4 => Just("MultiPolygon"),
        1 => Just("LineString"),
        1 => Just("Point"),
        1 => Just("GeometryCollection"),
        1 => Just("Nonsense"),
    ];
    (kind, prop::collection::vec(ring(), 0..4)).prop_map(|(kind, rings)| match kind {
        "MultiPolygon" => json!({"type": kind, "coordinates": [rings]}),
        "Point" => json!({"type": kind, "coordinates": [33.0, 48.0]}),
        "GeometryCollection" => json!({"type": kind, "geometries": []}),
        _ => json!({"type": kind, "coordinates": rings}),
    })
}

fn feature_collection() -> impl Strategy<Value = Value> {
    let props = prop_oneof![
        Just(json!({})),
        Just(json!({"layer": "occupied-2022"})),
        Just(json!({"layer": "annexed-2014", "as_of": "<b>x</b>"})),
        Just(json!({"layer": "nope"})),
        Just(Value::Null),
    ];
    prop::collection::vec((props, prop_oneof![8 => geometry(), 1 => Just(Value::Null)]), 0..4).prop_map(|fs| {
        json!({"type": "FeatureCollection", "features": fs.into_iter().map(|(p, g)| json!({"type": "Feature", "properties": p, "geometry": g})).collect::<Vec<_>>()})
    })
}

fn terms_json() -> impl Strategy<Value = Value> {
    let text =
        prop_oneof![Just(json!({"en": "a", "uk": "б"})), Just(json!({"en": 3})), Just(json!("x")), Just(Value::Null)];
    let regions = prop_oneof![
        Just(json!("all")),
        Just(json!(["UA-43"])),
        Just(json!(["UA-99"])),
        Just(json!([1, 2])),
        Just(json!("some"))
    ];
    let url = prop_oneof![
        Just(json!("https://example.org")),
        Just(json!("javascript:alert(1)")),
        Just(json!(42)),
        Just(Value::Null)
    ];
    prop::collection::vec((text.clone(), regions, url, "[a-z<>\"']{0,12}"), 0..4).prop_map(|ts| {
        json!({
            "schema": "ukraine-peace-map/terms/1",
            "parties": {"us": {"en": "United States", "uk": "США"}},
            "terms": ts.into_iter().map(|(t, r, u, id)| json!({
                "id": id, "title": t.clone(), "summary": t, "status": "proposed", "regions": r,
                "positions": [{"party": "us", "text": {"en": "x"}}],
                "source": {"publication": "p", "date": "2025-04-25", "quote": "q", "url": u}
            })).collect::<Vec<_>>()
        })
    })
}

/// Small hostile rings: the bounds cases at small sizes, and rings of random points on a
/// coarse grid (collinear edges, shared vertices, vertices on edges), some nudged by 1e-9°.
fn adversarial_ring() -> impl Strategy<Value = Ring> {
    let random = (prop::collection::vec((0u8..8, 0u8..8), 3..40), any::<bool>()).prop_map(|(points, nudge)| {
        let mut ring: Ring = points
            .iter()
            .enumerate()
            .map(|(i, (x, y))| {
                let e = if nudge && i % 2 == 1 { 1e-9 } else { 0.0 };
                [30.0 + f64::from(*x) * 0.5 + e, 46.0 + f64::from(*y) * 0.5 - e]
            })
            .collect();
        ring.push(ring[0]);
        ring
    });
    prop_oneof![
        4 => random,
        1 => (1usize..30, prop::option::of(0usize..30)).prop_map(|(teeth, c)| comb(teeth, c.filter(|c| *c + 1 < teeth))),
        1 => (2usize..40).prop_map(spiral),
        1 => (1usize..30).prop_map(zigzag),
        1 => (1usize..4, 0usize..3).prop_map(|(n, k)| slivers(n).swap_remove(k % n)),
    ]
}

#[test]
fn crafted_rings_are_judged_as_by_brute_force() {
    assert!(crosses_brute_force(&comb(20, Some(7))));
    assert!(!crosses_brute_force(&comb(20, None)));
    assert!(!crosses_brute_force(&spiral(60)));
    let base = base().timeline.default_stop();
    for (ring, crosses) in [(comb(200, Some(150)), true), (comb(200, None), false), (spiral(300), false)] {
        let result = parse_external(&one_feature(&[ring]), "t", "", base);
        assert_eq!(matches!(result, Err(DataError::SelfIntersection { .. })), crosses, "{result:?}");
    }
}

/// Damage a carrier of our binary formats might do: a byte changed, bytes lost, a byte
/// added, anywhere (each position as a fraction of the length).
#[derive(Clone, Debug)]
enum Damage {
    Change(f64, u8),
    CutAt(f64),
    Insert(f64, u8),
}

fn damage() -> impl Strategy<Value = Vec<Damage>> {
    let one = prop_oneof![
        (0.0..1.0f64, any::<u8>()).prop_map(|(at, b)| Damage::Change(at, b)),
        (0.0..1.0f64).prop_map(Damage::CutAt),
        (0.0..1.0f64, any::<u8>()).prop_map(|(at, b)| Damage::Insert(at, b)),
    ];
    prop::collection::vec(one, 1..5)
}

fn damaged(bytes: &[u8], damage: &[Damage]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for d in damage {
        let at = |f: f64| ((out.len() as f64) * f) as usize;
        match *d {
            Damage::Change(f, b) if !out.is_empty() => {
                let i = at(f).min(out.len() - 1);
                out[i] = b;
            }
            Damage::CutAt(f) => out.truncate(at(f)),
            Damage::Insert(f, b) => {
                let i = at(f);
                out.insert(i, b);
            }
            _ => {}
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: Some(Box::new(proptest::test_runner::FileFailurePersistence::Direct("tests/fuzz.proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_text_is_refused_or_parsed_never_a_panic(text in any::<String>()) {
        let _ = parse_external(&text, "fuzz", "", base().timeline.default_stop());
        let _ = parse_occupation(&text);
        let _ = parse_terms(&text);
        let _ = parse_regions(&text);
    }

    #[test]
    fn geojson_shaped_input_parses_measures_and_draws(fc in feature_collection()) {
        let text = fc.to_string();
        let parsed = parse_external(&text, "fuzz", "2025-04-25", base().timeline.default_stop());
        if let Ok(occupation) = parsed {
            let shares = measure(&base().geography.regions, &occupation);
            prop_assert!(shares.occupied_km2().is_finite());
            prop_assert!(shares.occupied_pct() <= 100.0 + 1e-6);
            let _ = LayerPaths::new(&occupation, &MapFrame::new(&base().geography).projection);
        }
    }

    #[test]
    fn hostile_rings_are_checked_as_by_brute_force(ring in adversarial_ring()) {
        let result = parse_external(&one_feature(std::slice::from_ref(&ring)), "fuzz", "", base().timeline.default_stop());
        let refused = matches!(result, Err(DataError::SelfIntersection { .. }));
        prop_assert_eq!(refused, crosses_brute_force(&ring), "{:?}: {:?}", ring, result);
    }

    /// The binary readers keep the first error and read on with defaults (data::codec):
    /// whatever the damage, a bundle or a worker's reply decodes or is refused, never a
    /// panic, and its lengths never ask for more than the bytes could hold.
    #[test]
    fn damaged_bundles_and_replies_are_refused_or_read_never_a_panic(d in damage()) {
        static BYTES: std::sync::OnceLock<(Vec<u8>, Vec<u8>)> = std::sync::OnceLock::new();
        let (bundle_bytes, reply_bytes) = BYTES.get_or_init(|| {
            let reply = Reply::Terms(base().terms.clone(), base().proposals.clone());
            (bundle::encode(base()).expect("our data encodes"), reply.encode())
        });
        let _ = bundle::decode(&damaged(bundle_bytes, &d));
        let _ = Reply::decode(&damaged(reply_bytes, &d));
    }

    #[test]
    fn terms_shaped_input_is_checked(v in terms_json()) {
        if let Ok(terms) = parse_terms(&v.to_string()) {
            for t in &terms.terms {
                prop_assert!(t.source.url.as_deref().is_none_or(|u| u.starts_with("https://")));
            }
        }
    }
}
