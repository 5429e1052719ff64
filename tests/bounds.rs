//! Every editor's file within the documented limits is read, checked, measured and drawn
//! in bounded time and memory, however hostile its shape (issue 19). Each case goes
//! through what the worker does with a file (`src/worker/mod.rs`, `handle`).
//!
//! The timing bound holds for the release build: `cargo test --release --test bounds`
//! is the meaningful run (a debug build only checks completion and memory). Each case
//! prints its time and peak memory.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::adversarial::{comb, feature_per_ring, one_feature, slivers, spiral, tiny_squares, zigzag};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use ukraine_peace_map::data::occupation::parse_external;
use ukraine_peace_map::data::shares::Measurer;
use ukraine_peace_map::data::{DataError, Dataset};
use ukraine_peace_map::scene::{MapFrame, Stops};

/// Counts live bytes and their peak, so each case can report its own peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(live, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const MAX_TIME: Duration = Duration::from_secs(2);
const MAX_MEMORY: usize = 300_000_000;
/// The byte limit of an editor's file (`worker::fetch::MAX_BYTES`, a wasm-only module).
const MAX_BYTES: usize = 5_000_000;

/// What the worker keeps between files: our data, measured once.
struct Worker {
    data: Dataset,
    frame: MapFrame,
    measurer: Measurer,
    stops: Stops,
}

impl Worker {
    fn new() -> Worker {
        let data = ukraine_peace_map::bundled::dataset().expect("embedded data parses");
        let frame = MapFrame::new(&data.geography);
        let measurer = Measurer::new(&data.geography.regions);
        let stops = Stops::measured(&data.timeline, &measurer, &frame.projection);
        Worker { data, frame, measurer, stops }
    }
}

thread_local! {
    /// The worker's state is not `Sync` (`Rc`s): one per test thread.
    static WORKER: Worker = Worker::new();
}

/// The worker's sequence for one file; the cases run one at a time so peaks are their own.
fn run(name: &str, text: &str) -> Result<(), DataError> {
    assert!(text.len() <= MAX_BYTES, "{name}: {} bytes, over the limit", text.len());
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    // `UPM_WRITE_ADVERSARIAL=1`: keep the files (target/adversarial/), for `make bench`'s
    // run of the same files through the widget's worker in a browser.
    if std::env::var_os("UPM_WRITE_ADVERSARIAL").is_some() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/adversarial");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.geojson")), text).unwrap();
    }
    WORKER.with(|w| measure(name, text, w))
}

fn measure(name: &str, text: &str, w: &Worker) -> Result<(), DataError> {
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let start = Instant::now();
    let parsed = parse_external(text, "bounds", "2025-06-01", w.data.timeline.default_stop());
    let checked = start.elapsed();
    let result = parsed.and_then(|occupation| {
        let (stops, at) = w.stops.with(&occupation, &w.measurer, &w.frame.projection)?;
        assert!(stops.list[at].shares.occupied_km2().is_finite());
        Ok(occupation)
    });
    let took = start.elapsed();
    let result = result.and_then(|occupation| w.measurer.stride_for(&occupation));
    let peak = PEAK.load(Relaxed) - base;
    let outcome = match &result {
        Ok(1) => "accepted".to_string(),
        Ok(stride) => format!("accepted, measured on every {stride}th line"),
        Err(e) => format!("refused: {e}"),
    };
    eprintln!(
        "BOUNDS {name}: {} KB, {:.3} s (read and checked in {:.3} s), peak {:.1} MB, {outcome}",
        text.len() / 1000,
        took.as_secs_f64(),
        checked.as_secs_f64(),
        peak as f64 / 1e6
    );
    if !cfg!(debug_assertions) {
        assert!(took <= MAX_TIME, "{name}: {took:?}");
    }
    assert!(peak <= MAX_MEMORY, "{name}: peak {peak} bytes");
    result.map(|_| ())
}

/// Simple rings pass the check; measuring them may still be refused as too intricate.
fn simple_or_too_intricate(result: Result<(), DataError>) -> bool {
    match result {
        Ok(()) => true,
        Err(DataError::TooComplex { .. }) => true,
        Err(_) => false,
    }
}

#[test]
fn comb_of_200_000_vertices() {
    let ring = comb(49_990, None);
    assert!(ring.len() <= 200_000);
    assert!(simple_or_too_intricate(run("comb", &one_feature(&[ring]))));
}

#[test]
fn comb_with_one_crossing_tooth() {
    let result = run("comb-crossing", &one_feature(&[comb(49_990, Some(30_000))]));
    assert!(matches!(result, Err(DataError::SelfIntersection { .. })), "{result:?}");
}

#[test]
fn comb_on_its_side() {
    // Long horizontal teeth: the sweep keeps every tooth at once.
    let micro = |v: f64| (v * 1e6).round() / 1e6;
    let turn = |p: &[f64; 2]| [micro(22.5 + (p[1] - 45.8) * 3.0), micro(44.5 + (p[0] - 31.0))];
    let ring: Vec<_> = comb(49_990, None).iter().map(turn).collect();
    assert!(simple_or_too_intricate(run("comb-sideways", &one_feature(&[ring]))));
}

#[test]
fn square_spiral() {
    let ring = spiral(99_990);
    assert!(ring.len() <= 200_000);
    assert!(simple_or_too_intricate(run("spiral", &one_feature(&[ring]))));
}

#[test]
fn ten_thousand_tiny_squares() {
    assert!(run("tiny-squares", &feature_per_ring(&tiny_squares(10_000))).is_ok());
}

#[test]
fn zigzag_across_every_scanline() {
    let ring = zigzag(99_990);
    assert!(ring.len() <= 200_000);
    assert!(simple_or_too_intricate(run("zigzag", &one_feature(&[ring]))));
}

#[test]
fn zigzag_measured_on_the_coarsest_grid() {
    // About 10 million crossings of the full grid: within the budget every third line.
    assert!(run("zigzag-2400", &one_feature(&[zigzag(2_400)])).is_ok());
}

#[test]
fn near_degenerate_slivers() {
    assert!(run("slivers", &feature_per_ring(&slivers(9_999))).is_ok());
}

#[test]
fn combs_of_the_issue() {
    // The files of issue 19: 26 KB took 3 s to check, 56 KB 20 s.
    for (name, teeth) in [("comb-26KB", 270), ("comb-56KB", 580)] {
        assert!(simple_or_too_intricate(run(name, &one_feature(&[comb(teeth, None)]))));
    }
}
