//! The embedded data (packed by build.rs into one binary) is exactly the committed files.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::read;
use ukraine_peace_map::data::context::parse_context;
use ukraine_peace_map::data::occupation::parse_occupation;
use ukraine_peace_map::data::region::parse_regions;
use ukraine_peace_map::data::terms::parse_terms;
use ukraine_peace_map::data::timeline::{parse_changes, DEFAULT_STOP, STOPS};

#[test]
fn packed_geometry_equals_the_geojson() {
    let embedded = ukraine_peace_map::bundled::dataset().unwrap();
    assert_eq!(embedded.geography.regions, parse_regions(&read("data/regions.geojson")).unwrap());
    assert_eq!(embedded.timeline.stops.len(), STOPS.len());
    for (stop, date) in embedded.timeline.stops.iter().zip(STOPS) {
        assert_eq!(*stop, parse_occupation(&read(&format!("data/occupied/{date}.geojson"))).unwrap(), "{date}");
    }
    assert_eq!(embedded.timeline.default_stop().as_of, DEFAULT_STOP);
    for (i, (change, date)) in embedded.timeline.changes.iter().zip(STOPS).enumerate() {
        match change {
            None => assert_eq!(i, 0, "{date}: only the first date has no change"),
            Some(c) => assert_eq!(*c, parse_changes(&read(&format!("data/changes/{date}.geojson"))).unwrap(), "{date}"),
        }
    }
    let mut context = parse_context(&read("data/context.geojson")).unwrap();
    context.cities = ukraine_peace_map::data::cities::parse_cities(&read("data/cities.json")).unwrap();
    assert_eq!(context.cities.len(), 19);
    assert_eq!(embedded.geography.context, context);
    // The figures packed at build time are what measuring the files gives.
    let measurer = ukraine_peace_map::data::shares::Measurer::new(&embedded.geography.regions);
    assert_eq!(embedded.timeline.figures, measurer.figures(&embedded.timeline));
    assert_eq!(embedded.terms, parse_terms(&read("data/terms.json")).unwrap());
    // The plans as the file has them, but for the sources' passages (checked in the file).
    let mut plans = ukraine_peace_map::data::proposals::parse_proposals(&read("data/proposals.json")).unwrap();
    plans.list.iter_mut().flat_map(|p| p.sources.iter_mut()).for_each(|s| s.passages.clear());
    assert_eq!(embedded.proposals, plans);
}

/// What the worker sends the widget (an editor's date, measured and drawn; terms read from
/// a file) arrives exactly as the worker prepared it, and both sides put the editor's
/// date in the same place.
#[test]
fn the_worker_s_messages_round_trip() {
    use ukraine_peace_map::data::occupation::parse_external;
    use ukraine_peace_map::data::shares::Measurer;
    use ukraine_peace_map::scene::protocol::{Reply, Request};
    use ukraine_peace_map::scene::{MapFrame, Stops};
    let data = ukraine_peace_map::bundled::dataset().unwrap();
    let frame = MapFrame::new(&data.geography);
    let measurer = Measurer::new(&data.geography.regions);
    let stops = Stops::measured(&data.timeline, &measurer, &frame.projection);
    // An editor's file dated between two of ours: it takes a place inside the timeline and
    // the date after it now counts its change from it.
    let text = read("data/occupied/2024-12-31.geojson");
    let editor =
        parse_external(&text, "https://example.org/x.geojson", "2024-10-01", data.timeline.default_stop()).unwrap();
    let (with, at) = stops.with(&editor, &measurer, &frame.projection).expect("measurable");
    assert!(at > 0 && at + 1 < with.list.len(), "inside the timeline: {at}");
    let next_change = with.list[at + 1].change.clone();
    let reply = Reply::Stop { stop: with.list[at].to_send(), next_change: next_change.clone() };
    let Reply::Stop { stop: got, next_change: got_next } = Reply::decode(&reply.encode()).unwrap() else {
        panic!("another reply")
    };
    let sent = &with.list[at];
    assert_eq!(
        (&got.as_of, &got.origin, &got.shares, &got.paths, &got.change),
        (&sent.as_of, &sent.origin, &sent.shares, &sent.paths, &sent.change)
    );
    assert_eq!(got_next, next_change);
    assert!(got_next.is_some());
    // The widget's timeline with the received stop equals the worker's: same routine.
    let (placed, placed_at) = stops.placed(got, got_next);
    assert_eq!(placed_at, at);
    assert_eq!(placed.dates(), with.dates());
    assert_eq!(placed.default, with.default);
    assert_eq!(placed.list[at + 1].change, with.list[at + 1].change);
    // The widget's stops (figures from the bundle) are the worker's (measured there).
    let shown = Stops::new(&data.timeline, &frame.projection);
    assert_eq!(shown.list.len(), stops.list.len());
    for (a, b) in shown.list.iter().zip(&stops.list) {
        assert_eq!(
            (&a.as_of, &a.shares, &a.change, &a.paths, &a.change_paths),
            (&b.as_of, &b.shares, &b.change, &b.paths, &b.change_paths)
        );
    }
    // Terms: the page is sent what it shows, so not who presented each proposal (only
    // the downloads write that, in the worker).
    let terms = Reply::Terms(data.terms.clone(), data.proposals.clone());
    assert_eq!(Reply::decode(&terms.encode()).unwrap(), Reply::Terms(data.terms.clone(), unpresented(&data.proposals)));
    let request = Request::Occupied { url: "https://example.org/x.geojson".into(), asof: "2024-10-01".into() };
    assert_eq!(Request::decode(&request.encode()).unwrap(), request);
    // Truncated or padded bytes are an error, never a panic; a reply is never read as a request.
    let bytes = reply.encode();
    for cut in [0, 1, bytes.len() / 2, bytes.len() - 1] {
        assert!(Reply::decode(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    assert!(Reply::decode(&[bytes.as_slice(), &[0]].concat()).is_err());
    assert!(Request::decode(&bytes).is_err());
}

/// An editor's file on one of our dates takes that date's place: one stop per date, so
/// no two timeline buttons, rows or hooks share a date.
#[test]
fn an_editor_s_file_on_one_of_our_dates_replaces_ours() {
    use ukraine_peace_map::data::occupation::parse_external;
    use ukraine_peace_map::data::shares::Measurer;
    use ukraine_peace_map::scene::{MapFrame, Stops};
    let data = ukraine_peace_map::bundled::dataset().unwrap();
    let frame = MapFrame::new(&data.geography);
    let measurer = Measurer::new(&data.geography.regions);
    let stops = Stops::measured(&data.timeline, &measurer, &frame.projection);
    let text = read("data/occupied/2024-12-31.geojson");
    let date = data.timeline.stops[data.timeline.default].as_of.clone();
    let editor = parse_external(&text, "https://example.org/x.geojson", &date, data.timeline.default_stop()).unwrap();
    let (with, at) = stops.with(&editor, &measurer, &frame.projection).expect("measurable");
    assert_eq!(with.list.len(), stops.list.len());
    assert_eq!(with.dates(), stops.dates());
    assert_eq!(with.default, stops.default);
    assert!(with.list[at].is_external());
    let mut dates = with.dates();
    dates.dedup();
    assert_eq!(dates.len(), with.list.len());
}

/// Geometry once (issue 22): the page's bundle carries no outline of a region or a
/// country (the server-rendered HTML has them), yet its frame is the server's exactly,
/// and with the server's region paths adopted, the widget's map is the server's map.
#[test]
fn the_page_s_bundle_leaves_the_outlines_to_the_html() {
    use ukraine_peace_map::data::bundle;
    use ukraine_peace_map::scene::MapFrame;
    let whole = ukraine_peace_map::bundled::dataset().unwrap();
    let page = bundle::decode(ukraine_peace_map::bundled::PAGE_BUNDLE).unwrap();
    assert!(page.geography.regions.iter().all(|r| r.polygons.is_empty()), "no region outline in the page's bundle");
    assert!(page.geography.context.countries.iter().all(|c| c.polygons.is_empty()), "no country outline either");
    assert!(page.geography.fit.is_some() && whole.geography.fit.is_none());
    // Nor who presented each proposal, which only the downloads write (from the worker's).
    assert!(whole.proposals.list.iter().all(|p| !p.presented_by.en.is_empty() && !p.presented_by.uk.is_empty()));
    assert!(page.proposals.list.iter().all(|p| p.presented_by.en.is_empty() && p.presented_by.uk.is_empty()));
    // All else is the same data.
    let bare = |mut d: ukraine_peace_map::data::Dataset| {
        d.geography.regions.iter_mut().for_each(|r| r.polygons.clear());
        d.geography.context.countries.iter_mut().for_each(|c| c.polygons.clear());
        d.geography.fit = None;
        d.proposals = unpresented(&d.proposals);
        d
    };
    assert_eq!(bare(page.clone()), bare(whole.clone()));
    let (full, lean) = (ukraine_peace_map::bundled::BUNDLE.len(), ukraine_peace_map::bundled::PAGE_BUNDLE.len());
    assert!(full - lean > 10_000, "the outlines weigh {} bytes", full - lean);

    let server = MapFrame::new(&whole.geography);
    let mut widget = MapFrame::new(&page.geography);
    assert_eq!(
        (widget.projection.clone(), widget.height, widget.crimea, widget.donbas),
        (server.projection.clone(), server.height, server.crimea, server.donbas)
    );
    assert!(widget.regions.iter().all(|r| r.d.is_empty()) && widget.outline.is_empty());
    widget.adopt_region_paths(|iso| server.region(iso).map(|r| r.d.to_string()));
    assert_eq!(widget.regions, server.regions);
    assert_eq!(widget.outline, server.outline);
    assert_eq!(widget.places, server.places);
}

/// The proposals as the page gets them: without `presented_by` (see `bundle::Shown`).
fn unpresented(
    proposals: &ukraine_peace_map::data::proposals::Proposals,
) -> ukraine_peace_map::data::proposals::Proposals {
    let mut proposals = proposals.clone();
    proposals.list.iter_mut().for_each(|p| p.presented_by = Default::default());
    proposals
}
