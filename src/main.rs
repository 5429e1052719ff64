//! Browser entry point: renders the widget into `#ukraine-peace-map`, hydrating the
//! server-rendered HTML when the page has it.

/// Talc rather than the standard library's dlmalloc: the same service in 2.9 KB gzip less
/// of the page's WebAssembly (one thread, memory grown as needed). The worker keeps dlmalloc.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    use ukraine_peace_map::host::Options;
    use ukraine_peace_map::ui::{App, AppProps};

    ukraine_peace_map::ui::browser::panic_hook::install();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let location = web_sys::window().map(|w| w.location());
    let query = location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default();
    let fragment = location.as_ref().and_then(|l| l.hash().ok()).unwrap_or_default();
    let options = Options::from_location(&query, &fragment);
    let Some(root) = document.get_element_by_id("ukraine-peace-map") else { return };
    if root.child_element_count() > 0 {
        // Hydrate with the server's (default) options, then apply the page's.
        let props = AppProps { options: Options::default(), options_after_hydration: Some(options) };
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    } else {
        let props = AppProps { options, options_after_hydration: None };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ukraine-peace-map runs in the browser: use `make serve`.");
}
