//! The scene: what the map draws where, and how a region's situation is put into words,
//! computed from the data alone (no DOM), so the components only turn it into HTML.

pub mod cities;
pub mod export;
pub mod frame;
pub mod island;
pub mod keyboard;
pub mod labels;
pub mod layers;
pub mod poster;
pub mod protocol;
pub mod status;
pub mod timeline;
pub mod view;

pub use frame::MapFrame;
pub use layers::LayerPaths;
pub use status::RegionStatus;
pub use timeline::{Stop, Stops};
pub use view::View;

/// SVG path data, shared (not copied) by every render that draws it.
pub type PathData = std::rc::Rc<str>;
