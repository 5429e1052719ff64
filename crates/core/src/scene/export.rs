//! "Get the data": the figures behind the map as CSV (the 27 regions on the date shown,
//! with the same measurements the widget shows) and our occupied layers as GeoJSON, with
//! their sources and licence. Numbers are written with integer arithmetic, to the same
//! precision as the widget's data attributes.

use super::Stop;
use crate::data::{Geography, LayerId, Occupation};
use crate::i18n::format::fixed;

const SOURCES: &str = "Occupied areas: ukraine-peace-map's own reconstruction of the front line through GeoNames places (CC BY 4.0); region borders: Natural Earth (public domain)";
const LICENCE: &str = "CC BY 4.0: ukraine-peace-map, with GeoNames (CC BY 4.0) and Natural Earth (public domain)";

/// A CSV cell that a spreadsheet reads as the text it is: quoted when it must be, and
/// with a leading apostrophe where the text would start a formula (`=`, `+`, `-`, `@`,
/// a tab or a carriage return: OWASP's "CSV injection"). Our numbers never start so;
/// text from outside (an editor's `asof`, a file's address) may.
fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The regions on the date of `stop`: ISO code, names, area, occupied km² per layer, in all,
/// and the share, as the widget measured them.
pub fn regions_csv(geography: &Geography, stop: &Stop) -> String {
    // Text from outside (the date an editor gave, their file's address) goes only into
    // cells of its own, through `cell`, never into the comment lines' running text.
    let editor = match &stop.origin {
        crate::data::Origin::External { url } => {
            format!("# The occupied area on this date is from an editor's file:,{}\n", cell(url))
        }
        crate::data::Origin::Embedded => String::new(),
    };
    let mut out = format!(
        "# Ukraine's regions and the area occupied by Russia on the date in the as_of column, as ukraine-peace-map measures it (km², WGS84).\n# {SOURCES}.\n{editor}# Licence: {LICENCE}.\niso,name_en,name_uk,area_km2,annexed_2014_km2,occupied_2014_km2,occupied_2022_km2,occupied_km2,occupied_pct,as_of\n"
    );
    for r in &geography.regions {
        let Some(s) = stop.shares.region(r.iso()) else { continue };
        let layers: Vec<String> = LayerId::ALL.iter().map(|id| fixed(s.by_layer[id.index()], 1)).collect();
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{}\n",
            r.iso(),
            cell(r.info.name_en),
            cell(r.info.name_uk),
            fixed(s.area_km2, 1),
            layers.join(","),
            fixed(s.occupied_km2(), 1),
            fixed(s.occupied_pct(), 3),
            cell(&stop.as_of)
        ));
    }
    out
}

/// Our occupied layers on the date of `stop` (its `occupation`) as GeoJSON; none for an
/// editor's file: not ours to publish.
pub fn layers_geojson(stop: &Stop, occupation: &Occupation) -> Option<String> {
    if stop.is_external() || occupation.is_external() {
        return None;
    }
    let coordinate = |v: f64| fixed(v, 3);
    let features: Vec<String> = occupation
        .layers
        .iter()
        .map(|l| {
            let polygons: Vec<String> = l
                .polygons
                .iter()
                .map(|rings| {
                    let rings: Vec<String> = rings
                        .iter()
                        .map(|ring| {
                            let points: Vec<String> =
                                ring.iter().map(|p| format!("[{},{}]", coordinate(p[0]), coordinate(p[1]))).collect();
                            format!("[{}]", points.join(","))
                        })
                        .collect();
                    format!("[{}]", rings.join(","))
                })
                .collect();
            format!(
                r#"{{"type":"Feature","properties":{{"layer":"{}","as_of":"{}","since":"{}","area_km2":{},"source":"{SOURCES}","licence":"{LICENCE}"}},"geometry":{{"type":"MultiPolygon","coordinates":[{}]}}}}"#,
                l.id.as_str(),
                stop.as_of,
                l.id.since(),
                fixed(stop.shares.by_layer[l.id.index()], 1),
                polygons.join(",")
            )
        })
        .collect();
    Some(format!("{{\"type\":\"FeatureCollection\",\"features\":[\n{}\n]}}\n", features.join(",\n")))
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_never_start_a_formula() {
        assert_eq!(cell("2025-04-25"), "2025-04-25");
        assert_eq!(cell("=HYPERLINK(\"https://x\",\"y\")"), "\"'=HYPERLINK(\"\"https://x\"\",\"\"y\"\")\"");
        for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"] {
            let c = cell(bad);
            let text = c.trim_start_matches('"');
            assert!(text.starts_with('\''), "{bad:?} -> {c}");
        }
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("https://x.org/a.geojson?a=1,2"), "\"https://x.org/a.geojson?a=1,2\"");
    }
}
