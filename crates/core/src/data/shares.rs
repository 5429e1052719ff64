//! How much of each region, and of Ukraine, each layer covers on a date, and what
//! changed since another date: computed from the geometry, never typed in. Our own dates
//! are measured at build time (`build.rs` packs their [`Figures`]); an editor's file is
//! measured when it arrives, in the worker.

use super::error::DataError;
use super::occupation::{LayerId, Occupation};
use super::region::Region;
use crate::geo::rows::{Grid, Rows};
use crate::geo::Polygon;

/// Scanlines over Ukraine's 8° of latitude: about 0.4 km apart, which measures a region
/// to within about 0.05% (see `geo::rows`), and takes a few milliseconds.
const SCANLINES: usize = 2048;

/// Most crossings of the grid's lines that measuring one editor's file may cost (all its
/// layers, its extent counted once): about 0.4 s and 150 MB at most (peak of the whole
/// measure), natively. A file over it (a comb of long teeth, a zig-zag from the Black Sea to
/// Belarus: up to 200,000 edges × 2,048 lines) is measured on a coarser grid
/// ([`Measurer::stride_for`]), or refused when even that would cost too much.
const MAX_CROSSINGS: usize = 4_000_000;

/// The coarsest grid a file may be measured on: every third line (683 over Ukraine),
/// where our regions' areas stay within 0.4% of the full grid's (the smallest, Sevastopol,
/// worst) and Ukraine's within 0.001%; every fifth would already be 1.2%.
const MAX_STRIDE: usize = 3;

/// Below this share of a region (in %), what the lines occupy in it is noise along a
/// shared border (the scanlines measure to about 0.05%, and a line traced through places
/// a few kilometres apart can cross a region's edge by a sliver): the widget calls the
/// region not occupied, and every figure it shows for the region says the same.
pub const REGION_NOISE_PCT: f64 = 0.05;

#[derive(Clone, Debug, PartialEq)]
pub struct RegionShare {
    pub iso: &'static str,
    pub area_km2: f64,
    /// Occupied km², indexed by [`LayerId::index`].
    pub by_layer: [f64; 3],
}

impl RegionShare {
    pub fn occupied_km2(&self) -> f64 {
        self.by_layer.iter().sum()
    }

    pub fn occupied_pct(&self) -> f64 {
        if self.area_km2 > 0.0 {
            self.occupied_km2() / self.area_km2 * 100.0
        } else {
            0.0
        }
    }

    /// Whether the region is occupied at all, beyond [`REGION_NOISE_PCT`].
    pub fn is_occupied(&self) -> bool {
        self.occupied_pct() >= REGION_NOISE_PCT
    }

    /// The occupied km² the widget shows for the region: none where it is noise, so that
    /// "not occupied (0%)" never stands beside "12 km²"; the plans' parts of a region follow
    /// it. (The downloads' columns of occupied km² keep the measurement.)
    pub fn occupied_km2_shown(&self) -> f64 {
        if self.is_occupied() {
            self.occupied_km2()
        } else {
            0.0
        }
    }

    /// The occupied share the widget shows for the region (in %), as [`Self::occupied_km2_shown`].
    pub fn occupied_pct_shown(&self) -> f64 {
        if self.is_occupied() {
            self.occupied_pct()
        } else {
            0.0
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Shares {
    pub ukraine_km2: f64,
    /// km² per layer, within Ukraine.
    pub by_layer: [f64; 3],
    pub regions: Vec<RegionShare>,
}

impl Shares {
    pub fn occupied_km2(&self) -> f64 {
        self.by_layer.iter().sum()
    }

    pub fn occupied_pct(&self) -> f64 {
        self.occupied_km2() / self.ukraine_km2 * 100.0
    }

    pub fn layer_pct(&self, id: LayerId) -> f64 {
        self.by_layer[id.index()] / self.ukraine_km2 * 100.0
    }

    pub fn region(&self, iso: &str) -> Option<&RegionShare> {
        self.regions.iter().find(|r| r.iso == iso)
    }
}

/// The smallest change between two dates, within one region, that the map shows as one.
/// Our lines are traced through named places a few kilometres apart, so two tracings of
/// an unmoved front differ by slivers of a few km² (the independent record also shows
/// changes of about 6 km² where nothing happened); a change drawn is a claim that the
/// front moved, so a smaller one is neither drawn nor counted, and the widget says so.
pub const CHANGE_NOISE_KM2: f64 = 20.0;

/// Between two dates: the area newly occupied and the area no longer occupied, in all
/// of Ukraine and per region (km²).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Change {
    pub gained_km2: f64,
    pub regained_km2: f64,
    /// (iso, gained km², regained km²) for every region.
    pub regions: Vec<(&'static str, f64, f64)>,
}

impl Change {
    pub fn region(&self, iso: &str) -> Option<(f64, f64)> {
        self.regions.iter().find(|r| r.0 == iso).map(|r| (r.1, r.2))
    }
}

/// The regions sampled once on a common grid, so that each date costs only its own
/// layers: the timeline measures every date at start-up.
#[derive(Debug)]
pub struct Measurer {
    grid: Grid,
    regions: Vec<(&'static str, Rows)>,
    ukraine: Rows,
}

/// A date's occupied area as measured: its shares and the area itself, on the grid.
pub struct Measured {
    pub shares: Shares,
    /// Everything occupied on that date inside Ukraine (all layers together).
    pub area: Rows,
}

impl Measurer {
    pub fn new(regions: &[Region]) -> Measurer {
        let (lo, hi) = regions
            .iter()
            .flat_map(|r| r.polygons.iter().flatten().flatten())
            .fold((90.0f64, -90.0f64), |(lo, hi), p| (lo.min(p[1]), hi.max(p[1])));
        let grid = Grid::spanning(lo, hi, SCANLINES);
        let rows: Vec<(&'static str, Rows)> = regions.iter().map(|r| (r.iso(), Rows::of(&r.polygons, &grid))).collect();
        // All regions sampled together fill exactly their union: a shared border is crossed
        // twice at the same point, which the even-odd rule reads as no border at all.
        let all: Vec<_> = regions.iter().flat_map(|r| r.polygons.iter().cloned()).collect();
        Measurer { ukraine: Rows::of(&all, &grid), grid, regions: rows }
    }

    /// 1 when an occupation can be measured on this grid within [`MAX_CROSSINGS`], else the
    /// smallest odd stride (every `stride`-th line, [`Measurer::coarser`]) that keeps it
    /// within, up to [`MAX_STRIDE`]; beyond, the file is refused. Counting costs O(edges),
    /// never the sampling itself. A coarser grid keeps the method (exact for straight edges
    /// except in the strips holding a vertex), with strips `stride` times taller.
    pub fn stride_for(&self, occupation: &Occupation) -> Result<usize, DataError> {
        let cost = |grid: &Grid| {
            let layers: usize = occupation
                .layers
                .iter()
                .filter(|l| !is_extent(occupation, &l.polygons))
                .map(|l| Rows::crossings(&l.polygons, grid))
                .sum();
            layers + occupation.extent.as_ref().map_or(0, |e| Rows::crossings(e, grid))
        };
        let mut crossings = cost(&self.grid);
        let mut stride = 1;
        while crossings > MAX_CROSSINGS {
            stride += 2;
            if stride > MAX_STRIDE {
                return Err(DataError::TooComplex { limit: crate::data::Limit::Crossings, count: cost(&self.grid) });
            }
            crossings = cost(&self.grid.coarser(stride));
        }
        Ok(stride)
    }

    /// The same regions on every `stride`-th line (odd): picked from ours, not sampled again.
    pub fn coarser(&self, stride: usize) -> Measurer {
        Measurer {
            grid: self.grid.coarser(stride),
            regions: self.regions.iter().map(|(iso, rows)| (*iso, rows.coarser(stride))).collect(),
            ukraine: self.ukraine.coarser(stride),
        }
    }

    /// Measures every layer inside every region. Layers count in [`LayerId::ALL`] order,
    /// each only where no earlier layer does, only inside the occupation's `extent` when it
    /// has one, and only inside Ukraine's regions, so sea, Russian territory and double
    /// counting never inflate the figures.
    pub fn measure(&self, occupation: &Occupation) -> Measured {
        let grid = &self.grid;
        let extent = occupation.extent.as_ref().map(|e| Rows::of(e, grid));
        let mut earlier = Rows::default();
        let layers: Vec<Rows> = LayerId::ALL
            .iter()
            .map(|id| {
                let layer = occupation.layer(*id);
                let rows = match (&extent, layer) {
                    // The layer that is the extent itself (an editor's file): sampled once.
                    (Some(e), Some(l)) if is_extent(occupation, &l.polygons) => e.clone(),
                    (Some(e), _) => layer.map(|l| Rows::of(&l.polygons, grid)).unwrap_or_default().intersection(e),
                    (None, _) => layer.map(|l| Rows::of(&l.polygons, grid)).unwrap_or_default(),
                };
                let own = rows.difference(&earlier);
                earlier = earlier.union(&rows);
                own
            })
            .collect();
        let mut by_layer = [0.0; 3];
        let mut ukraine_km2 = 0.0;
        let regions = self
            .regions
            .iter()
            .map(|(iso, shape)| {
                let area_km2 = shape.area_km2(grid);
                let mut share = RegionShare { iso, area_km2, by_layer: [0.0; 3] };
                for (i, layer) in layers.iter().enumerate() {
                    share.by_layer[i] = layer.overlap_km2(shape, grid);
                    by_layer[i] += share.by_layer[i];
                }
                ukraine_km2 += area_km2;
                share
            })
            .collect();
        // An editor's polygon may spill into the sea or Russia; ours are cut to Ukraine already.
        let area = if extent.is_some() { earlier.intersection(&self.ukraine) } else { earlier };
        Measured { shares: Shares { ukraine_km2, by_layer, regions }, area }
    }

    /// What changed from `before` to `after` (each a date's [`Measured::area`]). A region's
    /// change under [`CHANGE_NOISE_KM2`] counts as none, and the totals are the sums of the
    /// regions' changes, so that the figures say exactly what the map draws.
    pub fn change(&self, before: &Rows, after: &Rows) -> Change {
        let (gained, regained) = (after.difference(before), before.difference(after));
        let grid = &self.grid;
        let real = |km2: f64| if km2 < CHANGE_NOISE_KM2 { 0.0 } else { km2 };
        let regions: Vec<_> = self
            .regions
            .iter()
            .map(|(iso, shape)| (*iso, real(gained.overlap_km2(shape, grid)), real(regained.overlap_km2(shape, grid))))
            .collect();
        Change {
            gained_km2: regions.iter().map(|r| r.1).sum(),
            regained_km2: regions.iter().map(|r| r.2).sum(),
            regions,
        }
    }
}

/// Whether a layer's polygons are the occupation's extent (an editor's file without
/// layers is both): then sampling it once is enough.
fn is_extent(occupation: &Occupation, polygons: &[Polygon]) -> bool {
    occupation.extent.as_deref() == Some(polygons)
}

/// A date's figures as the widget shows them: its shares and what changed since the date
/// before it (none for the first).
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub shares: Shares,
    pub change: Option<Change>,
}

impl Measurer {
    /// The figures of every date of a timeline, oldest first.
    pub fn figures(&self, timeline: &super::Timeline) -> Vec<Figures> {
        let mut previous: Option<Rows> = None;
        timeline
            .stops
            .iter()
            .map(|occupation| {
                let measured = self.measure(occupation);
                let change = previous.as_ref().map(|before| self.change(before, &measured.area));
                previous = Some(measured.area);
                Figures { shares: measured.shares, change }
            })
            .collect()
    }
}

/// Measures one occupation (see [`Measurer::measure`]).
pub fn measure(regions: &[Region], occupation: &Occupation) -> Shares {
    Measurer::new(regions).measure(occupation).shares
}
