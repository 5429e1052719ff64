//! "Get the data": the figures behind the map as CSV (the 27 regions on the date shown,
//! with the same measurements the widget shows, and the plan drawn: its provisions' km²
//! per region) and our occupied layers as GeoJSON (with the plan's provisions as rules
//! over them), with their sources and licence. Numbers are written with integer
//! arithmetic, to the same precision as the widget's data attributes.

use super::Stop;
use crate::data::proposals::{Part, Place, Proposal, ProposalSource, ProvisionKind};
use crate::data::{Geography, LayerId, Occupation};
use crate::geo::Polygon;
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
/// and the share, as the widget measured them; with `plan`, the km² of each kind of its
/// provisions in each region, on that date's line.
pub fn regions_csv(geography: &Geography, stop: &Stop, plan: Option<&Proposal>) -> String {
    // Text from outside (the date an editor gave, their file's address) goes only into
    // cells of its own, through `cell`, never into the comment lines' running text.
    let editor = match &stop.origin {
        crate::data::Origin::External { url } => {
            format!("# The occupied area on this date is from an editor's file:,{}\n", cell(url))
        }
        crate::data::Origin::Embedded => String::new(),
    };
    let (plan_note, plan_columns) = match plan {
        Some(p) => (
            format!(
                "# Plan: {} ({}, {}; {}). Its territorial provisions, as rules over the line of the as_of date: km² of each kind per region (0 where it has none there; a provision its sources do not locate is not counted; a region whose occupied km² are under 0.05% of it counts as not occupied: slivers of a traced line along its edge).\n",
                p.name.en,
                p.kind.as_str(),
                p.date,
                p.presented_by.en
            ),
            ProvisionKind::ALL.iter().map(|k| format!(",{}_km2", k.as_str().replace('-', "_"))).collect::<String>(),
        ),
        None => (String::new(), String::new()),
    };
    let plan_header = if plan.is_some() { format!(",proposal{plan_columns}") } else { String::new() };
    let mut out = format!(
        "# Ukraine's regions and the area occupied by Russia on the date in the as_of column, as ukraine-peace-map measures it (km², WGS84).\n# {SOURCES}.\n{editor}{plan_note}# Licence: {LICENCE}.\niso,name_en,name_uk,area_km2,annexed_2014_km2,occupied_2014_km2,occupied_2022_km2,occupied_km2,occupied_pct,as_of{plan_header}\n"
    );
    for r in &geography.regions {
        let Some(s) = stop.shares.region(r.iso()) else { continue };
        let layers: Vec<String> = LayerId::ALL.iter().map(|id| fixed(s.by_layer[id.index()], 1)).collect();
        let plan_cells = plan
            .map(|p| {
                let km2 = p.region_km2_by_kind(&stop.shares, r.iso());
                format!(",{}{}", cell(&p.id), km2.iter().map(|v| format!(",{}", fixed(*v, 1))).collect::<String>())
            })
            .unwrap_or_default();
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{}{plan_cells}\n",
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

/// Polygons as GeoJSON `MultiPolygon` coordinates, to the data's 0.001°.
fn multipolygon(polygons: &[Polygon]) -> String {
    let polygons: Vec<String> = polygons
        .iter()
        .map(|rings| {
            let rings: Vec<String> = rings
                .iter()
                .map(|ring| {
                    let points: Vec<String> =
                        ring.iter().map(|p| format!("[{},{}]", fixed(p[0], 3), fixed(p[1], 3))).collect();
                    format!("[{}]", points.join(","))
                })
                .collect();
            format!("[{}]", rings.join(","))
        })
        .collect();
    format!("[{}]", polygons.join(","))
}

/// How a provision's shape follows from the features beside it: a plan stores no polygon,
/// only rules over the line of the date (see `data::proposals`).
fn rule(part: Part) -> &'static str {
    match part {
        Part::Whole => "the whole region: this feature's geometry",
        Part::Occupied => "the part of this feature's region inside this file's occupied layers (annexed-2014, occupied-2014, occupied-2022); none where they cover under 0.05% of the region (slivers of a traced line along its edge)",
        Part::Held => "the part of this feature's region outside this file's occupied layers (annexed-2014, occupied-2014, occupied-2022); all of it where they cover under 0.05% of the region (slivers of a traced line along its edge)",
    }
}

/// Our occupied layers on the date of `stop` (its `occupation`) as GeoJSON, and with
/// `plan` its located provisions: one feature per provision and region, with the
/// region's outline as geometry and the rule that cuts it (`part`, `rule`) and its km² on
/// this line. None for an editor's file: not ours to publish.
pub fn layers_geojson(
    stop: &Stop,
    occupation: &Occupation,
    geography: &Geography,
    plan: Option<&Proposal>,
) -> Option<String> {
    if stop.is_external() || occupation.is_external() {
        return None;
    }
    let mut features: Vec<String> = occupation
        .layers
        .iter()
        .map(|l| {
            format!(
                r#"{{"type":"Feature","properties":{{"layer":"{}","as_of":"{}","since":"{}","area_km2":{},"source":"{SOURCES}","licence":"{LICENCE}"}},"geometry":{{"type":"MultiPolygon","coordinates":{}}}}}"#,
                l.id.as_str(),
                stop.as_of,
                l.id.since(),
                fixed(stop.shares.by_layer[l.id.index()], 1),
                multipolygon(&l.polygons)
            )
        })
        .collect();
    if let Some(p) = plan {
        for v in &p.provisions {
            let Place::Regions { isos, part } = &v.place else { continue };
            for iso in isos {
                let Some(region) = geography.region(iso) else { continue };
                features.push(format!(
                    r#"{{"type":"Feature","properties":{{"layer":"provision","proposal":"{}","kind":"{}","region":"{iso}","part":"{}","rule":"{}","as_of":"{}","area_km2":{},"source":"{}","licence":"{LICENCE}"}},"geometry":{{"type":"MultiPolygon","coordinates":{}}}}}"#,
                    json_text(&p.id),
                    v.kind.as_str(),
                    part.as_str(),
                    rule(*part),
                    stop.as_of,
                    fixed(part.km2(&stop.shares, iso), 1),
                    json_text(&p.source(&v.source).map(cited).unwrap_or_default()),
                    multipolygon(&region.polygons)
                ));
            }
        }
    }
    Some(format!("{{\"type\":\"FeatureCollection\",\"features\":[\n{}\n]}}\n", features.join(",\n")))
}

/// Text as the inside of a JSON string.
/// A plan's source as the downloads cite it: publisher, title, then its date and address
/// where the source has them (an undated report gets no empty "()").
fn cited(s: &ProposalSource) -> String {
    let date = if s.date.trim().is_empty() { String::new() } else { format!(" ({})", s.date) };
    let url = s.url.as_deref().map(|u| format!(", {u}")).unwrap_or_default();
    format!("{}, {}{date}{url}", s.publisher, s.title)
}

fn json_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{cell, rule};
    use crate::data::proposals::Part;
    use crate::data::shares::REGION_NOISE_PCT;

    /// The downloads say in words the threshold the code applies.
    #[test]
    fn the_rules_name_the_noise_threshold() {
        let said = format!("under {REGION_NOISE_PCT}% of the region");
        assert!(rule(Part::Occupied).contains(&said) && rule(Part::Held).contains(&said));
    }

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
