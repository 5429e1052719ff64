//! `prerender`: Trunk's post-build step.
//!
//! 1. Renders the widget with Yew's server-side renderer (default options, embedded
//!    data) into `index.html`, so the map, legend and headline are in the HTML: readers
//!    see the map before WebAssembly arrives, or without JavaScript at all, and the
//!    WebAssembly then *hydrates* that HTML instead of drawing it again (its component
//!    marks without their Rust names: `markers`). The tables,
//!    which the widget builds only when opened, follow it in a `<noscript>`.
//! 2. Starts the app from an external module script, `boot-<hash>.js` (`boot.js`), because
//!    Trunk's inline `<script type="module">` is blocked by a strict Content-Security-Policy;
//!    it also keeps the taps that come before the widget is live, and replays them.
//! 3. Completes the stylesheet: served without its comments (`css_comments`), and the
//!    dark palette, written once, also serves `theme=auto` in a dark system theme
//!    (see `palette`).
//! 4. Draws the static pictures (`map.png`, `social-card.png`, see `images`) and adds
//!    the link-preview meta tags that show the card.
//! 5. Gives the wasm's imports short names, in the wasm and in its JavaScript glue
//!    (`short_imports`): wasm-bindgen's hashed names were 5.5 KB of the page (gzip); and
//!    serves the glue without its comment lines and indentation (`compact_js`).
//! 6. Names the worker's files (`upm-worker*`, which Trunk does not hash) by their content
//!    and tells the widget its loader's name (`data-worker` on the mount point), so that
//!    a cached worker never answers a newer widget.
//!
//! Runs on `$TRUNK_STAGING_DIR` (or the folder given as the only argument).
//! `PRERENDER=0` skips step 1 (used by `make bench` to measure what it buys).

mod compact_js;
mod css_comments;
mod images;
mod markers;
mod palette;
mod short_imports;

use std::path::{Path, PathBuf};
use ukraine_peace_map::host::Options;
use ukraine_peace_map::ui::{App, AppProps};

const MOUNT: &str = r#"<main id="ukraine-peace-map" class="upm-host"></main>"#;
const HOST: &str = r#"<main id="ukraine-peace-map" class="upm-host""#;

fn main() {
    if let Err(e) = run() {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .ok_or("give the dist folder, or run as a Trunk hook")?;
    let index_path = dir.join("index.html");
    let mut index = std::fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
    let js = find(&dir, |n| n.starts_with("ukraine-peace-map") && n.ends_with(".js"))?;
    let wasm = find(&dir, |n| n.starts_with("ukraine-peace-map") && n.ends_with("_bg.wasm"))?;
    shorten_imports(&dir, &js, &wasm)?;

    // The boot script (boot.js): starts the WebAssembly after the server-rendered map has
    // been painted and keeps the taps that come before the widget can answer them.
    // Served without its comment lines, which only the source needs.
    let boot =
        include_str!("boot.js").lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
    let boot = boot.replace("__GLUE__", &js).replace("__WASM__", &wasm);
    let boot_name = format!("boot-{:016x}.js", fnv1a(boot.as_bytes()));
    std::fs::write(dir.join(&boot_name), &boot).map_err(|e| e.to_string())?;
    // The wasm is preloaded: its transfer is what the reader waits for. The glue is not:
    // the boot script imports it only after the first frame, and a modulepreload fetched,
    // parsed and compiled its 37 KB while the map was being painted (A/B, 15 phone loads:
    // first paint 590 → 563 ms, ready unchanged; loopback first paint 103 → 83 ms).
    let head = format!(
        "<link rel=\"preload\" href=\"./{wasm}\" as=\"fetch\" type=\"application/wasm\" crossorigin>\
         <script type=\"module\" src=\"./{boot_name}\"></script></head>"
    );
    index = index.replacen("</head>", &head, 1);
    let (completed, css) = complete_stylesheet(&dir, index)?;
    index = with_social_meta(completed, &images::write(&dir, &css)?);
    // Trunk leaves its own `<link data-trunk rel="rust" ...>` behind when it injects no script.
    index = index.lines().filter(|l| !l.contains("data-trunk")).collect::<Vec<_>>().join("\n");

    if std::env::var("PRERENDER").as_deref() != Ok("0") {
        let props = AppProps { options: Options::default(), options_after_hydration: None };
        let html =
            futures::executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).hydratable(true).render());
        let html = markers::unnamed(&html);
        if !index.contains(MOUNT) {
            return Err(format!("{} has no {MOUNT}", index_path.display()));
        }
        index = index.replacen(MOUNT, &format!(r#"<main id="ukraine-peace-map" class="upm-host">{html}</main>"#), 1);
        index = index.replacen("</main>", &format!("</main>{}", noscript_tables()?), 1);
    }
    let loader = version_worker(&dir)?;
    index = index.replacen(HOST, &format!(r#"{HOST} data-worker="./{loader}""#), 1);
    std::fs::write(&index_path, index).map_err(|e| e.to_string())?;
    println!("prerender: {} ({boot_name})", index_path.display());
    Ok(())
}

/// The tables for readers without JavaScript, after the widget, in a block styled like it:
/// the widget builds them only when the reader opens them (see `text_alternative`), so
/// they are not in its server-rendered HTML.
fn noscript_tables() -> Result<String, String> {
    use ukraine_peace_map::ui::components::text_alternative::{Tables, TextAlternativeProps};
    use ukraine_peace_map::ui::state::{Sources, WidgetState};
    let options = Options::default();
    let data = ukraine_peace_map::bundled::dataset().map_err(|e| e.to_string())?;
    let state = WidgetState::new(&Sources::new(data), &options);
    let props = TextAlternativeProps::of(&state);
    let tables =
        futures::executor::block_on(yew::LocalServerRenderer::<Tables>::with_props(props).hydratable(false).render());
    Ok(format!(
        r#"<noscript><div class="upm upm-noscript" data-theme="{}" lang="{}"><div class="upm-table-wrap">{tables}</div></div></noscript>"#,
        state.theme.as_str(),
        state.lang.code()
    ))
}

/// Renames Trunk's `upm-worker.js` and `upm-worker_bg.wasm` by their content and writes
/// their loader (in place of Trunk's `upm-worker_loader.js`); returns the loader's name.
/// Run again on the same folder, it finds the loader it wrote.
fn version_worker(dir: &Path) -> Result<String, String> {
    let read = |name: &str| std::fs::read(dir.join(name)).map_err(|e| format!("{name}: {e}"));
    if !dir.join("upm-worker.js").exists() {
        return find(dir, |n| n.starts_with("upm-worker-") && n.ends_with("-loader.js"));
    }
    shorten_imports(dir, "upm-worker.js", "upm-worker_bg.wasm")?;
    let (js, wasm) = (read("upm-worker.js")?, read("upm-worker_bg.wasm")?);
    let hash = fnv1a(&[js.as_slice(), wasm.as_slice()].concat());
    let (js_name, wasm_name) = (format!("upm-worker-{hash:016x}.js"), format!("upm-worker-{hash:016x}_bg.wasm"));
    let loader_name = format!("upm-worker-{hash:016x}-loader.js");
    // A WebAssembly that cannot start (missing, served as another type, refused by a
    // policy without 'wasm-unsafe-eval') rejects a promise, which no error event reports to
    // the page: the loader says so itself, and the widget stops waiting (worker_client).
    let loader = format!(
        "importScripts(\"./{js_name}\");\n\
         wasm_bindgen({{ module_or_path: \"./{wasm_name}\" }}).catch(function (e) {{ postMessage({{ failed: String(e && e.message || e) }}); }});\n"
    );
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).map_err(|e| format!("{name}: {e}"));
    write(&js_name, &js)?;
    write(&wasm_name, &wasm)?;
    write(&loader_name, loader.as_bytes())?;
    for old in ["upm-worker.js", "upm-worker_bg.wasm", "upm-worker_loader.js"] {
        let _ = std::fs::remove_file(dir.join(old));
    }
    Ok(loader_name)
}

/// Gives the imports of a wasm and its glue short names, in both files (`short_imports`),
/// and serves the glue compacted (`compact_js`).
/// The files keep Trunk's names: those already change whenever the content does.
fn shorten_imports(dir: &Path, js: &str, wasm: &str) -> Result<(), String> {
    let read = |name: &str| std::fs::read(dir.join(name)).map_err(|e| format!("{name}: {e}"));
    let glue = String::from_utf8(read(js)?).map_err(|_| format!("{js} is not UTF-8"))?;
    let (wasm_bytes, glue) = short_imports::shorten(&read(wasm)?, &glue).map_err(|e| format!("{wasm}: {e}"))?;
    std::fs::write(dir.join(wasm), wasm_bytes).map_err(|e| format!("{wasm}: {e}"))?;
    std::fs::write(dir.join(js), compact_js::compact(&glue)).map_err(|e| format!("{js}: {e}"))
}

/// Strips the comments of Trunk's `styles-<hash>.css` (`css_comments`), appends the
/// generated `auto` palette, renames the file by its new content (so the name still
/// changes whenever the content does) and redoes the `integrity` digest Trunk wrote for it.
fn complete_stylesheet(dir: &Path, index: String) -> Result<(String, String), String> {
    use base64::Engine;
    use sha2::Digest;
    let old = find(dir, |n| n.starts_with("styles-") && n.ends_with(".css"))?;
    let old_css = std::fs::read(dir.join(&old)).map_err(|e| format!("{old}: {e}"))?;
    if String::from_utf8_lossy(&old_css).contains(palette::MARKER) {
        return Ok((index, String::from_utf8_lossy(&old_css).into_owned()));
    }
    let css = palette::with_auto_dark(&css_comments::strip(&String::from_utf8_lossy(&old_css)))?;
    let new = format!("styles-{:016x}.css", fnv1a(css.as_bytes()));
    std::fs::write(dir.join(&new), &css).map_err(|e| e.to_string())?;
    std::fs::remove_file(dir.join(&old)).map_err(|e| e.to_string())?;
    let sri = |bytes: &[u8]| {
        format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes)))
    };
    if !index.contains(&old) {
        return Err(format!("index.html does not link {old}"));
    }
    let index = index.replace(&old, &new).replace(&sri(&old_css), &sri(css.as_bytes()));
    Ok((index, css))
}

/// Link previews (Open Graph, Twitter): title, description and the social card. Their
/// address is relative unless `UPM_PUBLIC_URL` (the folder `dist/` is served from, e.g.
/// `https://example.org/ukraine-peace-map/`) is set: most previewers need an absolute one.
fn with_social_meta(index: String, images: &images::Written) -> String {
    let attr = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    let between = |a: &str, b: &str| index.split_once(a).and_then(|(_, r)| r.split_once(b)).map(|(v, _)| v.to_string());
    let title = between("<title>", "</title>").unwrap_or_default();
    let description = between("name=\"description\" content=\"", "\"").unwrap_or_default();
    let base =
        std::env::var("UPM_PUBLIC_URL").map(|u| if u.ends_with('/') { u } else { format!("{u}/") }).unwrap_or_default();
    let (w, h) = images.card;
    let meta = format!(
        "<meta property=\"og:type\" content=\"website\">\
         <meta property=\"og:title\" content=\"{t}\">\
         <meta property=\"og:description\" content=\"{d}\">\
         <meta property=\"og:image\" content=\"{base}social-card.png\">\
         <meta property=\"og:image:width\" content=\"{w}\"><meta property=\"og:image:height\" content=\"{h}\">\
         <meta property=\"og:image:alt\" content=\"{alt}\">\
         <meta name=\"twitter:card\" content=\"summary_large_image\">\
         <meta name=\"twitter:image\" content=\"{base}social-card.png\">\
         <meta name=\"twitter:image:alt\" content=\"{alt}\"></head>",
        t = attr(&title),
        d = description,
        alt = attr(&images.alt),
    );
    index.replacen("</head>", &meta, 1)
}

fn find(dir: &Path, pick: impl Fn(&str) -> bool) -> Result<String, String> {
    std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| pick(n))
        .ok_or_else(|| format!("no matching file in {}", dir.display()))
}

/// 64-bit FNV-1a: enough to give the boot script a content-based name.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}
