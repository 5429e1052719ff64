//! Everything about the map that follows from the data alone: the fitted projection,
//! SVG path data, label positions and zoom targets. Computed once per dataset.

use crate::data::{Dataset, LayerId, Occupation};
use crate::geo::albers::Albers;
use crate::geo::bounds::Bounds;
use crate::geo::path::svg_path;
use crate::geo::Point;
use yew::AttrValue;

/// Path data shared, not copied, by every render (an `Rc<str>` inside).
fn path(d: String) -> AttrValue {
    AttrValue::from(d)
}

/// Width of the SVG coordinate frame; the SVG itself scales to its container.
pub const WIDTH: f64 = 1000.0;
const PADDING: f64 = 12.0;

#[derive(Clone, Debug, PartialEq)]
pub struct RegionShape {
    pub iso: String,
    pub d: AttrValue,
    /// Label point in frame units.
    pub label: Point,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapFrame {
    pub width: f64,
    pub height: f64,
    pub projection: Albers,
    pub regions: Vec<RegionShape>,
    /// (layer, path), drawn in this order (bottom first).
    pub layers: Vec<(LayerId, AttrValue)>,
    /// Ukraine's outline as one path, to clip an editor's layer to the country.
    pub outline: AttrValue,
    /// An editor's total occupied area (when the file gives only that), to clip every
    /// layer to it: what is drawn is then exactly what is measured.
    pub extent: Option<AttrValue>,
    pub countries: Vec<(String, AttrValue)>,
    /// Sea and country names with their frame positions.
    pub places: Vec<(String, String, String, Point)>,
    pub crimea: Bounds,
    pub donbas: Bounds,
}

impl MapFrame {
    pub fn new(data: &Dataset) -> MapFrame {
        let mut projection = Albers::ukraine();
        let all = data.regions.iter().flat_map(|r| r.polygons.iter().flatten().flatten());
        let height = projection.fit_width(all, WIDTH, PADDING).round();
        let regions: Vec<RegionShape> = data
            .regions
            .iter()
            .map(|r| RegionShape {
                iso: r.iso.clone(),
                d: path(svg_path(&r.polygons, &projection)),
                label: projection.project(r.label),
            })
            .collect();
        let (layers, extent) = layer_paths(&data.occupation, &projection);
        let outline = path(regions.iter().map(|r| r.d.as_str()).collect::<String>());
        let countries = data
            .context
            .countries
            .iter()
            .map(|c| (c.iso_a3.clone(), path(svg_path(&c.polygons, &projection))))
            .collect();
        let places = data
            .context
            .labels
            .iter()
            .map(|l| (l.kind.clone(), l.name_en.clone(), l.name_uk.clone(), projection.project(l.at)))
            .collect();
        let bounds_of = |codes: &[&str]| {
            let mut b = Bounds::empty();
            for r in data.regions.iter().filter(|r| codes.contains(&r.iso.as_str())) {
                for p in r.polygons.iter().flatten().flatten() {
                    b.add(projection.project(*p));
                }
            }
            b
        };
        let crimea = bounds_of(&["UA-43", "UA-40"]);
        let donbas = bounds_of(&["UA-14", "UA-09"]);
        MapFrame {
            width: WIDTH,
            height,
            projection,
            regions,
            layers,
            outline,
            extent,
            countries,
            places,
            crimea,
            donbas,
        }
    }

    /// The same frame with other occupied layers: an editor's file changes only these,
    /// so the projection, regions and neighbours are not computed again.
    pub fn with_occupation(&self, occupation: &Occupation) -> MapFrame {
        let (layers, extent) = layer_paths(occupation, &self.projection);
        MapFrame { layers, extent, ..self.clone() }
    }

    pub fn region(&self, iso: &str) -> Option<&RegionShape> {
        self.regions.iter().find(|r| r.iso == iso)
    }
}

/// Layer paths, bottom to top (a later layer covers an earlier one where an editor's
/// file overlaps ours), and the editor's extent when it has one.
fn layer_paths(occupation: &Occupation, projection: &Albers) -> (Vec<(LayerId, AttrValue)>, Option<AttrValue>) {
    let layers = [LayerId::Occupied2022, LayerId::Occupied2014, LayerId::Annexed2014]
        .into_iter()
        .filter_map(|id| occupation.layer(id).map(|l| (id, path(svg_path(&l.polygons, projection)))))
        .collect();
    let extent = occupation.extent.as_ref().map(|e| path(svg_path(e, projection)));
    (layers, extent)
}
