//! The map's island (issue 22): the 27 regions and the countries around them are long
//! paths whose outlines never change. The server writes them into the HTML once, as
//! this module's markup; the widget adopts those nodes as they are, reconciles none of
//! them path by path, and afterwards sets only what changes on a region (its
//! [`RegionMarks`]: a class, an accessible name, the roving tab stop), never an outline.

use super::status::region_label;
use super::MapFrame;
use crate::data::{Geography, Shares};
use crate::i18n::Lang;
use crate::scene::RegionStatus;
use std::fmt::Write;

/// What a region's path says besides its outline: all that a date, the language or
/// the keyboard can change.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionMarks {
    pub iso: &'static str,
    /// `upm-region`, plus `upm-region--occupied` where Russia occupies part of it.
    pub class: &'static str,
    /// The accessible name: the region, and its status on the date shown.
    pub label: String,
    /// "0" for the one region in the tab order, "-1" for the others.
    pub tabindex: &'static str,
}

/// The marks of every region of `frame`, in its order.
pub fn region_marks(
    frame: &MapFrame,
    geography: &Geography,
    lang: Lang,
    shares: &Shares,
    tab_stop: &str,
) -> Vec<RegionMarks> {
    frame
        .regions
        .iter()
        .map(|shape| {
            let iso = shape.iso;
            let name = geography.region(iso).map(|r| r.name(lang)).unwrap_or(iso);
            let occupied = shares.region(iso).is_some_and(|r| RegionStatus::of(r).is_occupied());
            RegionMarks {
                iso,
                class: if occupied { "upm-region upm-region--occupied" } else { "upm-region" },
                label: region_label(lang, name, iso, shares),
                tabindex: if tab_stop == iso { "0" } else { "-1" },
            }
        })
        .collect()
}

/// The attributes every region keeps from the server's HTML on: it is a button that
/// opens a dialog.
pub const REGION_FIXED: [(&str, &str); 2] = [("role", "button"), ("aria-haspopup", "dialog")];

/// The regions' paths as the server writes them (`marks` in `frame`'s order).
pub fn regions_markup(frame: &MapFrame, marks: &[RegionMarks]) -> String {
    let mut out = String::new();
    for (shape, m) in frame.regions.iter().zip(marks) {
        let _ = write!(out, r#"<path class="{}" data-iso="{}" d="{}""#, m.class, m.iso, shape.d);
        for (name, value) in REGION_FIXED {
            let _ = write!(out, r#" {name}="{value}""#);
        }
        let _ = write!(out, r#" aria-label="{}" tabindex="{}"></path>"#, escape(&m.label), m.tabindex);
    }
    out
}

/// The neighbouring countries' paths as the server writes them, Russia's marked.
pub fn countries_markup(frame: &MapFrame) -> String {
    let mut out = String::new();
    for (iso, d) in &frame.countries {
        let rus = if iso == "RUS" { " upm-country--rus" } else { "" };
        let _ = write!(out, r#"<path class="upm-country{rus}" d="{d}"></path>"#);
    }
    out
}

/// Text, escaped for XML and HTML (element content and quoted attributes).
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_markup_would_read() {
        assert_eq!(escape("a < b & \"c\" > d"), "a &lt; b &amp; &quot;c&quot; &gt; d");
    }
}
