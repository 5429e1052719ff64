//! The Yew components, one per file: the app and its widget, the map (regions, layers,
//! labels, tooltip, zoom bar), the popup, the legend, the table and the alerts.

pub mod alerts;
pub mod app;
pub mod cities;
pub mod file_panel;
pub mod key;
pub mod labels;
pub mod legend;
pub mod map;
pub mod popup;
pub mod proposal_legend;
pub mod proposal_picker;
pub mod provisions;
pub mod radio_keys;
pub mod regions;
pub mod term_card;
pub mod text_alternative;
pub mod timeline;
pub mod timeline_chart;
pub mod tooltip;
pub mod widget;
pub mod zoom_controls;

use crate::scene::PathData;
use yew::AttrValue;

/// A scene path as an attribute value, sharing its text (no copy).
pub fn path_attr(d: &PathData) -> AttrValue {
    AttrValue::from(d.clone())
}
