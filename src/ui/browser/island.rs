//! The map's island in the browser: keeps the adopted region paths' marks up to date,
//! setting an attribute only where it changed (hydration with the server's options
//! sets none), and creates the paths where the page has no server-rendered map.

use crate::scene::island::{RegionMarks, REGION_FIXED};
use crate::scene::MapFrame;
use web_sys::Element;

const SVG: &str = "http://www.w3.org/2000/svg";

/// Brings each region's path in `group` to its `marks` (in `frame`'s order).
pub fn sync_regions(group: &Element, frame: &MapFrame, marks: &[RegionMarks]) {
    for (shape, m) in frame.regions.iter().zip(marks) {
        let found = group.query_selector(&format!(":scope > path[data-iso=\"{}\"]", m.iso)).ok().flatten();
        let Some(path) = found.or_else(|| create(group, m.iso, &shape.d)) else { continue };
        set(&path, "class", m.class);
        set(&path, "aria-label", &m.label);
        set(&path, "tabindex", m.tabindex);
    }
}

fn set(el: &Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

/// A region's path where the server drew none: its outline where the frame has one.
fn create(group: &Element, iso: &str, d: &str) -> Option<Element> {
    let path = group.owner_document()?.create_element_ns(Some(SVG), "path").ok()?;
    for (name, value) in [("data-iso", iso)].into_iter().chain(REGION_FIXED) {
        let _ = path.set_attribute(name, value);
    }
    if !d.is_empty() {
        let _ = path.set_attribute("d", d);
    }
    group.append_child(&path).ok()?;
    Some(path)
}
