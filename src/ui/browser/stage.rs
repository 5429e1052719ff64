//! Where a pointer is over the map's stage, as fractions (0..1) of its width and height:
//! the one conversion from client pixels that hover and gestures share.

use web_sys::Element;

pub fn stage_fraction(stage: &Element, client_x: f64, client_y: f64) -> Option<[f64; 2]> {
    let r = stage.get_bounding_client_rect();
    (r.width() > 0.0 && r.height() > 0.0)
        .then(|| [(client_x - r.left()) / r.width(), (client_y - r.top()) / r.height()])
}

/// A distance in client pixels as fractions of the stage.
pub fn stage_delta(stage: &Element, dx: f64, dy: f64) -> [f64; 2] {
    let r = stage.get_bounding_client_rect();
    [dx / r.width().max(1.0), dy / r.height().max(1.0)]
}
