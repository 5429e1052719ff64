//! The static pictures of the map, for places where no script runs: `map.png` (the
//! default date, 1,200 px wide, with headline, legend and sources), the AMP placeholder
//! and `<noscript>` fallback; and `social-card.png` (1,200 × 630) for link previews.
//! Both are the widget's own picture (`scene::poster`), in the light theme's colours from
//! the built stylesheet, rendered with resvg and the DejaVu fonts pinned in package.json
//! (the same fonts on every machine, so every build draws the same image).

use crate::palette::{custom_properties, rule_body};
use std::path::Path;
use std::sync::Arc;
use ukraine_peace_map::i18n::Lang;
use ukraine_peace_map::scene::poster::{poster_svg, Layout, Palette, Spec};
use ukraine_peace_map::scene::{MapFrame, Stops};

pub struct Written {
    pub card: (u32, u32),
    /// The card's description for link previews (`og:image:alt`).
    pub alt: String,
}

pub fn write(dir: &Path, css: &str) -> Result<Written, String> {
    let tokens = custom_properties(rule_body(css, ".upm").ok_or("the stylesheet has no .upm rule")?);
    let palette = Palette::from_tokens(|name| tokens.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()));
    let data = ukraine_peace_map::bundled::dataset().map_err(|e| e.to_string())?;
    let frame = MapFrame::new(&data.geography);
    let stops = Stops::new(&data.timeline, &frame.projection);
    let stop = &stops.list[stops.default];
    let previous = stops.default.checked_sub(1).map(|i| stops.list[i].as_of.clone());
    // The plan the map draws by default, as on the map.
    let plan = data.proposals.find(ukraine_peace_map::ui::state::DEFAULT_PROPOSAL).map(|i| &data.proposals.list[i]);
    let spec = |layout, width| Spec {
        geography: &data.geography,
        terms: &data.terms,
        frame: &frame,
        stop,
        previous: previous.as_deref(),
        proposal: plan,
        past: false,
        lang: Lang::En,
        palette: &palette,
        width,
        view: None,
        layout,
    };
    let fonts = fonts()?;
    render(&poster_svg(&spec(Layout::Full, 1200.0)).svg, &fonts, &dir.join("map.png"))?;
    let card = render(&poster_svg(&spec(Layout::Card, 1200.0)).svg, &fonts, &dir.join("social-card.png"))?;
    let alt = ukraine_peace_map::i18n::card_alt(Lang::En, stop.shares.occupied_pct(), &stop.as_of);
    Ok(Written { card, alt })
}

/// The project's folder: Trunk names it when it runs us as a hook; otherwise the one this
/// tool was compiled in. Read at run time, because a copy of the project that shares the
/// build folder (the preview test's) can leave its binary behind for this one.
fn project_dir() -> std::path::PathBuf {
    std::env::var_os("TRUNK_SOURCE_DIR")
        .map(Into::into)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
}

/// DejaVu Sans (regular and bold) from node_modules, as every family the picture names.
fn fonts() -> Result<Arc<resvg::usvg::fontdb::Database>, String> {
    let dir = project_dir().join("node_modules/dejavu-fonts-ttf/ttf");
    let mut db = resvg::usvg::fontdb::Database::new();
    for file in ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"] {
        let path = dir.join(file);
        db.load_font_data(std::fs::read(&path).map_err(|e| format!("{}: {e} (run npm ci)", path.display()))?);
    }
    db.set_sans_serif_family("DejaVu Sans");
    Ok(Arc::new(db))
}

fn render(svg: &str, fonts: &Arc<resvg::usvg::fontdb::Database>, to: &Path) -> Result<(u32, u32), String> {
    let options = resvg::usvg::Options { fontdb: fonts.clone(), ..Default::default() };
    let tree = resvg::usvg::Tree::from_str(svg, &options).map_err(|e| format!("{}: {e}", to.display()))?;
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("an empty picture")?;
    resvg::render(&tree, resvg::tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.save_png(to).map_err(|e| format!("{}: {e}", to.display()))?;
    Ok((size.width(), size.height()))
}
