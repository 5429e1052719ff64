//! "Get the data" and the picture carry the plan drawn: the CSV's km² per kind and region
//! add up to the legend's totals, the GeoJSON has one rule feature per provision and region
//! (the region's outline and the part the rule keeps), and the picture draws each kind the
//! plan locates with its legend row. Read back as a reader's tools would read them.
#![cfg(not(target_arch = "wasm32"))]

use ukraine_peace_map::data::proposals::{Place, Proposal, ProvisionKind};
use ukraine_peace_map::data::{Dataset, LayerId};
use ukraine_peace_map::i18n::{self, Lang};
use ukraine_peace_map::scene::poster::{poster_svg, Layout, Palette, Spec};
use ukraine_peace_map::scene::{export, MapFrame, Stops};

/// The embedded data as the worker draws it: the whole dataset, its frame and its dates.
fn drawn() -> (Dataset, MapFrame, Stops) {
    let data = ukraine_peace_map::bundled::dataset().unwrap();
    let frame = MapFrame::new(&data.geography);
    let stops = Stops::new(&data.timeline, &frame.projection);
    (data, frame, stops)
}

fn plan<'a>(data: &'a Dataset, id: &str) -> &'a Proposal {
    &data.proposals.list[data.proposals.find(id).unwrap_or_else(|| panic!("no plan {id}"))]
}

/// The reader's "Download image" of a date, whole map, no plan, no previous date.
fn full_picture<'a>(
    data: &'a Dataset,
    frame: &'a MapFrame,
    stop: &'a ukraine_peace_map::scene::Stop,
    lang: Lang,
    palette: &'a Palette,
    width: f64,
) -> Spec<'a> {
    Spec {
        geography: &data.geography,
        terms: &data.terms,
        frame,
        stop,
        previous: None,
        proposal: None,
        past: false,
        lang,
        palette,
        width,
        view: None,
        layout: Layout::Full,
    }
}

#[test]
fn the_csv_gives_each_plan_s_km2_per_region_and_they_add_up() {
    let (data, _, stops) = drawn();
    for id in ["april-2025", "28-points", "20-points", "russia-june-2024"] {
        let p = plan(&data, id);
        for stop in &stops.list {
            let csv = export::regions_csv(&data.geography, stop, Some(p));
            let mut lines = csv.lines().filter(|l| !l.starts_with('#'));
            let header: Vec<&str> = lines.next().unwrap().split(',').collect();
            let columns: Vec<String> =
                ProvisionKind::ALL.iter().map(|k| format!("{}_km2", k.as_str().replace('-', "_"))).collect();
            let at: Vec<usize> =
                columns.iter().map(|c| header.iter().position(|h| h == c).unwrap_or_else(|| panic!("{c}"))).collect();
            let proposal_at = header.iter().position(|h| *h == "proposal").unwrap();
            let mut sums = [0.0; 5];
            let mut rows = 0;
            for line in lines {
                // Names hold no comma in our regions table: a plain split reads the rows.
                let cells: Vec<&str> = line.split(',').collect();
                assert_eq!(cells.len(), header.len(), "{line}");
                assert_eq!(cells[proposal_at], id);
                for (k, i) in at.iter().enumerate() {
                    sums[k] += cells[*i].parse::<f64>().unwrap();
                }
                rows += 1;
            }
            assert_eq!(rows, 27);
            let totals = p.km2_by_kind(&stop.shares);
            for k in 0..5 {
                // Each cell is rounded to 0.1 km²: 27 of them differ by at most 1.35 km².
                assert!(
                    (sums[k] - totals[k]).abs() <= 1.4,
                    "{id} {} {}: {} vs {}",
                    stop.as_of,
                    columns[k],
                    sums[k],
                    totals[k]
                );
            }
            assert!(csv.contains(&format!("# Plan: {}", p.name.en)), "the plan is named");
        }
    }
    // Without a plan, the columns are the date's alone.
    let csv = export::regions_csv(&data.geography, &stops.list[stops.default], None);
    assert!(!csv.contains("recognised_km2") && !csv.contains("# Plan:"));
}

#[test]
fn the_geojson_carries_each_provision_as_a_rule_over_the_layers() {
    let (data, _, stops) = drawn();
    let at = stops.find("2025-11-20").unwrap();
    let p = plan(&data, "28-points");
    let text = export::layers_geojson(&stops.list[at], &data.timeline.stops[at], &data.geography, Some(p)).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let features = json["features"].as_array().unwrap();
    let provisions: Vec<_> = features.iter().filter(|f| f["properties"]["layer"] == "provision").collect();
    let expected: usize = p
        .provisions
        .iter()
        .map(|v| match &v.place {
            Place::Regions { isos, .. } => isos.len(),
            Place::NotLocated => 0,
        })
        .sum();
    assert_eq!(provisions.len(), expected);
    assert!(expected >= 5, "the 28 points locate at least five regions");
    for f in &provisions {
        let props = &f["properties"];
        assert_eq!(props["proposal"], "28-points");
        assert!(ProvisionKind::parse(props["kind"].as_str().unwrap()).is_some());
        assert!(["whole", "occupied", "held"].contains(&props["part"].as_str().unwrap()));
        assert!(props["rule"].as_str().unwrap().len() > 10);
        assert!(props["source"].as_str().unwrap().contains("https://"));
        // An undated source (uanews.net's report) is cited without an empty "()".
        assert!(!props["source"].as_str().unwrap().contains("()"), "{}", props["source"]);
        assert_eq!(f["geometry"]["type"], "MultiPolygon");
        assert!(f["geometry"]["coordinates"][0][0].as_array().unwrap().len() > 3);
    }
    // The occupied layers it is a rule over are in the same file.
    for layer in ["annexed-2014", "occupied-2014", "occupied-2022"] {
        assert!(features.iter().any(|f| f["properties"]["layer"] == layer), "{layer}");
    }
}

#[test]
fn the_picture_draws_the_plan_and_its_legend() {
    let (data, frame, stops) = drawn();
    let palette = Palette::from_tokens(|_| None);
    let p = plan(&data, "20-points");
    let stop = &stops.list[stops.default];
    for lang in [Lang::En, Lang::Uk] {
        let spec = |proposal| Spec { proposal, ..full_picture(&data, &frame, stop, lang, &palette, 900.0) };
        let with = poster_svg(&spec(Some(p))).svg;
        let without = poster_svg(&spec(None)).svg;
        for kind in ProvisionKind::ALL.into_iter().filter(|k| p.draws(*k)) {
            let fill = format!("fill=\"url(#pv{})\"", kind.index());
            // At least one shape on the map and the legend's swatch.
            assert!(with.matches(&fill).count() >= 2, "{lang:?}: {kind:?} not drawn");
            assert!(!without.contains(&fill));
        }
        assert!(with.contains(p.name.get(lang)), "{lang:?}: the plan is named");
        assert!(!poster_svg(&spec(Some(plan(&data, "28-points")))).svg.contains("()"), "{lang:?}: an undated source");
        assert!(poster_svg(&spec(Some(p))).height > poster_svg(&spec(None)).height, "the legend takes room");
    }
}

/// The picture's legend writes each area as the widget's legend does (rounded to 100 km²,
/// 10 km² under 1,000): never "27 155 km²" beside a widget that says "27 200 km²".
#[test]
fn the_picture_writes_areas_as_the_widget_does() {
    let (data, frame, stops) = drawn();
    let palette = Palette::from_tokens(|_| None);
    let stop = &stops.list[stops.default];
    for lang in [Lang::En, Lang::Uk] {
        let spec = Spec {
            previous: Some(&stops.list[stops.default - 1].as_of),
            ..full_picture(&data, &frame, stop, lang, &palette, 900.0)
        };
        let svg = poster_svg(&spec).svg;
        let shares = &stop.shares;
        for id in LayerId::ALL {
            let shown = i18n::area_and_share(lang, shares.by_layer[id.index()], shares.layer_pct(id));
            assert!(svg.contains(&shown), "{lang:?} {id:?}: {shown} not in the picture");
        }
        let total = i18n::area_and_share(lang, shares.occupied_km2(), shares.occupied_pct());
        assert!(svg.contains(&total), "{lang:?}: the total {total}");
        let exact = i18n::integer(lang, shares.by_layer[LayerId::Annexed2014.index()]);
        assert!(!svg.contains(&format!(">{exact} ")), "{lang:?}: an unrounded {exact}");
    }
}

/// The picture names places as the map does: the cities (by the map's placement for the
/// picture's width), and the regions' names as "Kherson region", never read as the city.
#[test]
fn the_picture_names_cities_and_regions_as_the_map() {
    let (data, frame, stops) = drawn();
    let palette = Palette::from_tokens(|_| None);
    let svg = poster_svg(&full_picture(&data, &frame, &stops.list[stops.default], Lang::En, &palette, 1200.0)).svg;
    for city in ["Kyiv", "Kharkiv", "Zaporizhzhia", "Kherson", "Zaporizhzhia nuclear plant"] {
        assert!(svg.contains(&format!(">{city}</text>")), "{city} is named");
    }
    assert!(svg.contains(">Zaporizhzhia region</tspan>") && svg.contains(">Kherson region</tspan>"));
    assert_eq!(svg.matches(">Kyiv</text>").count(), 1, "Kyiv once: by its city's mark");
}
