//! SVG path data for projected polygons.
//!
//! Points are rounded to 0.1 screen unit on a 1,000-unit-wide frame (a tenth of a
//! pixel at the widget's largest width, before zoom), then written as relative moves
//! between the *rounded* points, so rounding never accumulates and the text stays
//! short ("l3.1-.4" rather than "L412.3 187.9").

use super::albers::Albers;
use super::Polygon;
use crate::i18n::format::push_digits;

/// Path data for polygons under a projection (even–odd fill handles holes).
pub fn svg_path(polygons: &[Polygon], projection: &Albers) -> String {
    let mut d = String::new();
    for ring in polygons.iter().flatten() {
        let mut last: Option<(i64, i64)> = None;
        let mut written = 0;
        for p in ring.iter().take(ring.len().saturating_sub(1)) {
            let [x, y] = projection.project(*p);
            if !(x.is_finite() && y.is_finite()) {
                continue;
            }
            let q = ((x * 10.0).round() as i64, (y * 10.0).round() as i64);
            match last {
                None => {
                    d.push('M');
                    push_pair(&mut d, q.0, q.1, false);
                }
                Some(prev) if prev == q => continue,
                Some(prev) => {
                    if written == 1 {
                        d.push('l');
                    }
                    push_pair(&mut d, q.0 - prev.0, q.1 - prev.1, written > 1);
                }
            }
            last = Some(q);
            written += 1;
        }
        if written > 0 {
            d.push('z');
        }
    }
    d
}

/// Appends a coordinate pair in tenths, with the separators SVG needs and no more.
fn push_pair(d: &mut String, x: i64, y: i64, separate: bool) {
    if separate && x >= 0 {
        d.push(' ');
    }
    push_tenths(d, x);
    if y >= 0 {
        d.push(' ');
    }
    push_tenths(d, y);
}

fn push_tenths(d: &mut String, t: i64) {
    if t < 0 {
        d.push('-');
    }
    let t = t.unsigned_abs();
    let (whole, frac) = (t / 10, t % 10);
    if whole > 0 || frac == 0 {
        push_digits(d, whole, 1);
    }
    if frac > 0 {
        d.push('.');
        d.push(char::from(b'0' + frac as u8));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_are_written_compactly() {
        let mut d = String::new();
        for t in [0, 5, -5, 10, 123, -123] {
            push_tenths(&mut d, t);
            d.push('|');
        }
        assert_eq!(d, "0|.5|-.5|1|12.3|-12.3|");
    }

    #[test]
    fn a_square_becomes_one_closed_relative_path() {
        let mut a = Albers::ukraine();
        let ring = vec![[30.0, 48.0], [31.0, 48.0], [31.0, 49.0], [30.0, 49.0], [30.0, 48.0]];
        a.fit_width(ring.iter(), 100.0, 0.0);
        let d = svg_path(&[vec![ring]], &a);
        assert!(d.starts_with('M') && d.ends_with('z') && d.matches('l').count() == 1, "{d}");
    }
}
