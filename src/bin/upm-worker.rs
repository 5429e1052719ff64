//! The worker's entry point (see `ukraine_peace_map::worker`): trunk builds it as its own
//! WebAssembly, which the widget starts only when an editor's file or a download needs it.

#[cfg(target_arch = "wasm32")]
fn main() {
    ukraine_peace_map::worker::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("upm-worker runs in the browser, started by the widget.");
}
