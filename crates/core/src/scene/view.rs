//! Zoom and pan of the map, as a scale and a centre in frame units. The one place that
//! maps between frame units and the screen, in both directions: gestures give screen
//! positions as fractions of the map's stage, and the view does the rest.

use crate::geo::bounds::Bounds;
use crate::geo::{clamp, Point};
use crate::i18n::format::fixed;

pub const MAX_SCALE: f64 = 8.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub scale: f64,
    /// Frame point shown at the centre of the SVG.
    pub center: Point,
    pub frame: [f64; 2],
}

impl View {
    pub fn whole(width: f64, height: f64) -> View {
        View { scale: 1.0, center: [width / 2.0, height / 2.0], frame: [width, height] }
    }

    /// Zooms by `factor` keeping the frame point `anchor` where it is on screen.
    pub fn zoom_at(self, factor: f64, anchor: Point) -> View {
        let scale = clamp(self.scale * factor, 1.0, MAX_SCALE);
        let f = self.scale / scale;
        let center = [anchor[0] + (self.center[0] - anchor[0]) * f, anchor[1] + (self.center[1] - anchor[1]) * f];
        View { scale, center, ..self }.clamped()
    }

    pub fn zoom(self, factor: f64) -> View {
        self.zoom_at(factor, self.center)
    }

    /// Zooms by `factor` keeping the point under the screen position `at` (fractions of
    /// the stage) where it is: the wheel and pinch zoom this way.
    pub fn zoom_at_screen(self, factor: f64, at: Point) -> View {
        self.zoom_at(factor, self.from_screen(at))
    }

    /// Moves the view by a distance in *screen* frame units.
    pub fn pan(self, dx: f64, dy: f64) -> View {
        View { center: [self.center[0] - dx / self.scale, self.center[1] - dy / self.scale], ..self }.clamped()
    }

    /// Moves the view by a distance given as fractions of the stage (a pinch's drift).
    pub fn pan_screen(self, by: Point) -> View {
        self.pan(by[0] * self.frame[0], by[1] * self.frame[1])
    }

    /// Shows `b` (frame units) as large as fits, with a margin.
    pub fn fit(self, b: &Bounds) -> View {
        if b.is_empty() {
            return self;
        }
        let [w, h] = b.size();
        let scale = clamp((self.frame[0] / (w * 1.15)).min(self.frame[1] / (h * 1.15)), 1.0, MAX_SCALE);
        View { scale, center: b.center(), ..self }.clamped()
    }

    /// Keeps the map covering the frame: no zooming out past the whole map, no panning off it.
    fn clamped(self) -> View {
        let half = [self.frame[0] / 2.0 / self.scale, self.frame[1] / 2.0 / self.scale];
        let c = [
            clamp(self.center[0], half[0], self.frame[0] - half[0]),
            clamp(self.center[1], half[1], self.frame[1] - half[1]),
        ];
        View { center: c, ..self }
    }

    /// The SVG transform of the zoomed group.
    pub fn transform(&self) -> String {
        let tx = self.frame[0] / 2.0 - self.scale * self.center[0];
        let ty = self.frame[1] / 2.0 - self.scale * self.center[1];
        format!("translate({} {}) scale({})", fixed(tx, 2), fixed(ty, 2), fixed(self.scale, 4))
    }

    /// A frame point's position on screen, as fractions of the frame (0..1).
    pub fn to_screen(&self, p: Point) -> Point {
        [
            (self.frame[0] / 2.0 + self.scale * (p[0] - self.center[0])) / self.frame[0],
            (self.frame[1] / 2.0 + self.scale * (p[1] - self.center[1])) / self.frame[1],
        ]
    }

    /// The frame point shown at a screen position (fractions of the frame): the inverse
    /// of [`View::to_screen`].
    pub fn from_screen(&self, s: Point) -> Point {
        [
            self.center[0] + (s[0] * self.frame[0] - self.frame[0] / 2.0) / self.scale,
            self.center[1] + (s[1] * self.frame[1] - self.frame[1] / 2.0) / self.scale,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_keeps_anchor_in_place() {
        let v = View::whole(1000.0, 700.0).zoom_at(2.0, [300.0, 200.0]);
        let s = v.to_screen([300.0, 200.0]);
        assert!((s[0] - 0.3).abs() < 1e-9 && (s[1] - 200.0 / 700.0).abs() < 1e-9, "{s:?}");
    }

    #[test]
    fn screen_and_frame_are_inverse() {
        let v = View::whole(1000.0, 700.0).zoom_at(3.0, [640.0, 410.0]);
        let p = [512.5, 300.25];
        let back = v.from_screen(v.to_screen(p));
        assert!((back[0] - p[0]).abs() < 1e-9 && (back[1] - p[1]).abs() < 1e-9, "{back:?}");
        let z = v.zoom_at_screen(2.0, [0.25, 0.75]);
        let s = z.to_screen(v.from_screen([0.25, 0.75]));
        assert!((s[0] - 0.25).abs() < 1e-9 && (s[1] - 0.75).abs() < 1e-9, "{s:?}");
    }

    #[test]
    fn cannot_zoom_out_or_pan_past_the_map() {
        let v = View::whole(1000.0, 700.0);
        assert_eq!(v.zoom(0.5), v);
        assert_eq!(v.zoom(2.0).pan(5000.0, 0.0).to_screen([0.0, 0.0])[0], 0.0);
    }
}
