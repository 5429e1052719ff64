//! Everything about the map that follows from its geography alone: the fitted
//! projection, region paths, label points, neighbours, place names and zoom targets.
//! Computed once; the occupied layers are drawn separately (`layers`), so a new date or
//! an editor's file never recomputes any of this.

use super::PathData;
use crate::data::context::PlaceKind;
use crate::data::regions_table::{ANNEXED_2014, DONBAS};
use crate::data::{FrameFit, Geography};
use crate::geo::albers::Albers;
use crate::geo::bounds::Bounds;
use crate::geo::path::svg_path;
use crate::geo::Point;
use crate::i18n::Lang;

/// Width of the SVG coordinate frame; the SVG itself scales to its container.
pub const WIDTH: f64 = 1000.0;
const PADDING: f64 = 12.0;

#[derive(Clone, Debug, PartialEq)]
pub struct RegionShape {
    pub iso: &'static str,
    pub d: PathData,
    /// Label point in frame units.
    pub label: Point,
}

/// A sea or country name at its frame position.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub kind: PlaceKind,
    pub name_en: String,
    pub name_uk: String,
    pub at: Point,
}

impl Place {
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.name_en,
            Lang::Uk => &self.name_uk,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapFrame {
    pub width: f64,
    pub height: f64,
    pub projection: Albers,
    pub regions: Vec<RegionShape>,
    /// Ukraine's outline as one path, to clip an editor's layer to the country.
    pub outline: PathData,
    pub countries: Vec<(String, PathData)>,
    pub places: Vec<Place>,
    /// Zoom targets of the zoom bar.
    pub crimea: Bounds,
    /// The size of Donetsk and Luhansk oblasts, centred on the front: the towns the
    /// reporting on the front names (the places marked only when zoomed in), so that the
    /// preset frames the fighting rather than the Russian border.
    pub donbas: Bounds,
}

impl MapFrame {
    /// The frame of `geography`: fitted to its regions' outlines, or, for the page's
    /// bundle that has none, the fit stored with it (`Geography::fit`). Without outlines
    /// the regions' and countries' paths are empty until the widget adopts the
    /// server-rendered ones ([`MapFrame::adopt_region_paths`]).
    pub fn new(geography: &Geography) -> MapFrame {
        let fit = geography.fit.unwrap_or_else(|| fit_to_regions(geography));
        let projection = Albers::ukraine().with_fit(fit.scale_translate);
        let regions: Vec<RegionShape> = geography
            .regions
            .iter()
            .map(|r| RegionShape {
                iso: r.iso(),
                d: svg_path(&r.polygons, &projection).into(),
                label: projection.project(r.label),
            })
            .collect();
        let outline = outline_of(&regions);
        let countries = geography
            .context
            .countries
            .iter()
            .map(|c| (c.iso_a3.clone(), svg_path(&c.polygons, &projection).into()))
            .collect();
        let places = geography
            .context
            .labels
            .iter()
            .map(|l| Place {
                kind: l.kind,
                name_en: l.name_en.clone(),
                name_uk: l.name_uk.clone(),
                at: projection.project(l.at),
            })
            .collect();
        let FrameFit { height, crimea, donbas, .. } = fit;
        MapFrame { width: WIDTH, height, projection, regions, outline, countries, places, crimea, donbas }
    }

    /// What [`MapFrame::new`] fitted: stored in the page's bundle (`bundle::encode_page`).
    pub fn fit(&self) -> FrameFit {
        FrameFit {
            scale_translate: self.projection.fit(),
            height: self.height,
            crimea: self.crimea,
            donbas: self.donbas,
        }
    }

    /// Takes each region's path from `path_of` (the server-rendered map's), where the
    /// page's bundle left it empty: the outlines travel once, in the HTML.
    pub fn adopt_region_paths(&mut self, path_of: impl Fn(&str) -> Option<String>) {
        for r in self.regions.iter_mut().filter(|r| r.d.is_empty()) {
            if let Some(d) = path_of(r.iso) {
                r.d = d.into();
            }
        }
        self.outline = outline_of(&self.regions);
    }

    pub fn region(&self, iso: &str) -> Option<&RegionShape> {
        self.regions.iter().find(|r| r.iso == iso)
    }
}

/// Ukraine's outline: the regions' paths one after another.
fn outline_of(regions: &[RegionShape]) -> PathData {
    regions.iter().map(|r| &*r.d).collect::<String>().into()
}

/// Fits the projection to the regions' outlines and finds the zoom bar's targets.
fn fit_to_regions(geography: &Geography) -> FrameFit {
    let mut projection = Albers::ukraine();
    let all = geography.regions.iter().flat_map(|r| r.polygons.iter().flatten().flatten());
    let height = projection.fit_width(all, WIDTH, PADDING).round();
    let bounds_of = |codes: &[&str]| {
        let mut b = Bounds::empty();
        for r in geography.regions.iter().filter(|r| codes.contains(&r.iso())) {
            for p in r.polygons.iter().flatten().flatten() {
                b.add(projection.project(*p));
            }
        }
        b
    };
    let (crimea, mut donbas) = (bounds_of(&ANNEXED_2014), bounds_of(&DONBAS));
    let front: Vec<Point> =
        geography.context.cities.iter().filter(|c| c.min_scale >= 2).map(|c| projection.project(c.at)).collect();
    if !front.is_empty() && !donbas.is_empty() {
        let n = front.len() as f64;
        let centre = [front.iter().map(|p| p[0]).sum::<f64>() / n, front.iter().map(|p| p[1]).sum::<f64>() / n];
        let [w, h] = donbas.size();
        donbas =
            Bounds { min: [centre[0] - w / 2.0, centre[1] - h / 2.0], max: [centre[0] + w / 2.0, centre[1] + h / 2.0] };
    }
    FrameFit { scale_translate: projection.fit(), height, crimea, donbas }
}
