//! Picks the regions file compiled into the widget: `data/regions.geojson`, or the
//! file named by `UPM_REGIONS` (used by `make bench` to measure denser geometry).

fn main() {
    println!("cargo:rerun-if-env-changed=UPM_REGIONS");
    println!("cargo:rerun-if-changed=data/regions.geojson");
    let source = std::env::var("UPM_REGIONS").unwrap_or_else(|_| "data/regions.geojson".into());
    println!("cargo:rerun-if-changed={source}");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("regions.geojson");
    std::fs::copy(&source, &out).unwrap_or_else(|e| panic!("cannot read {source}: {e}"));
}
