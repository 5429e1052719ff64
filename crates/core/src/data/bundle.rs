//! The data compiled into the widget, as one binary: the regions and their neighbours,
//! the occupied layers of every date with their figures (measured at build time), and
//! the terms. `build.rs` reads the reviewed files
//! in `data/` with the JSON readers and calls [`encode`]; the widget calls [`decode`], so
//! it draws with no JSON parsing at start-up and no further request. Polygons that
//! several dates share (Crimea, the areas held since 2014) are stored once.

use super::cities::{City, CityKind};
use super::codec::{Reader, Writer};
use super::context::{Context, Country, PlaceKind, PlaceLabel};
use super::occupation::{Layer, LayerId, Occupation, Origin};
use super::proposals::{Part, Place, Proposal, ProposalKind, ProposalSource, Proposals, Provision, ProvisionKind};
use super::region::Region;
use super::regions_table::{by_iso, RegionInfo, REGIONS};
use super::shares::{Change, Figures, RegionShare, Shares};
use super::terms::{Position, Scope, Source, Term, TermStatus, Terms, Text};
use super::timeline::{ChangeShapes, Timeline};
use super::{DataError, Dataset, FrameFit, Geography};
use crate::geo::bounds::Bounds;
use crate::geo::Polygon;

/// Bumped whenever the layout below changes.
const VERSION: u64 = 6;

/// Everything, outlines included: the worker's bundle (downloads, the picture, editors'
/// files are measured against the regions) and the server's (it draws the map).
pub fn encode(data: &Dataset) -> Result<Vec<u8>, String> {
    encode_with(data, None)
}

/// The page's bundle: as [`encode`], without the outlines of the regions and the
/// countries around them (about 10 KB gzip), which the server-rendered HTML already
/// draws and the widget adopts from it. `fit` is the frame the server fitted to those
/// outlines, so that the widget projects every other layer exactly onto them.
pub fn encode_page(data: &Dataset, fit: FrameFit) -> Result<Vec<u8>, String> {
    encode_with(data, Some(fit))
}

fn encode_with(data: &Dataset, fit: Option<FrameFit>) -> Result<Vec<u8>, String> {
    let mut w = Writer::default();
    w.unsigned(VERSION);
    match fit {
        None => w.count(0),
        Some(f) => {
            w.count(1);
            let [a, b] = [f.crimea, f.donbas];
            for x in f
                .scale_translate
                .into_iter()
                .chain([f.height])
                .chain([a.min, a.max, b.min, b.max].into_iter().flatten())
            {
                w.f64(x);
            }
        }
    }
    let outlines = fit.is_none();
    let g = &data.geography;
    w.count(g.regions.len());
    for r in &g.regions {
        w.str(r.iso());
        w.point(r.label)?;
        w.polygons(if outlines { &r.polygons } else { &[] })?;
    }
    w.count(g.context.countries.len());
    for c in &g.context.countries {
        w.str(&c.iso_a3);
        w.polygons(if outlines { &c.polygons } else { &[] })?;
    }
    w.count(g.context.labels.len());
    for l in &g.context.labels {
        w.count(l.kind as usize);
        w.str(&l.name_en);
        w.str(&l.name_uk);
        w.point(l.at)?;
    }
    w.count(g.context.cities.len());
    for c in &g.context.cities {
        w.unsigned(u64::from(c.geonames_id));
        w.count(c.kind as usize);
        for s in [&c.name_en, &c.name_uk, &c.short_en, &c.short_uk] {
            w.str(s);
        }
        w.count(usize::from(c.rank));
        w.count(usize::from(c.min_scale));
        w.point(c.at)?;
    }
    encode_timeline(&mut w, &data.timeline)?;
    encode_terms(&mut w, &data.terms);
    encode_proposals(&mut w, &data.proposals, if outlines { Shown::All } else { Shown::OnThePage });
    Ok(w.bytes)
}

pub fn decode(bytes: &[u8]) -> Result<Dataset, DataError> {
    let mut r = Reader::new(bytes);
    if r.unsigned() != VERSION {
        return Err(broken("unknown version"));
    }
    let fit = match r.tag(1) {
        0 => None,
        _ => {
            let mut x = [0.0; 12];
            for v in &mut x {
                *v = r.f64();
            }
            let bounds = |i: usize| Bounds { min: [x[i], x[i + 1]], max: [x[i + 2], x[i + 3]] };
            Some(FrameFit { scale_translate: [x[0], x[1], x[2]], height: x[3], crimea: bounds(4), donbas: bounds(8) })
        }
    };
    // Plain loops rather than `collect::<Result<..>>()`: the iterator adapters that
    // collect a Result cost several KB of WebAssembly here.
    let mut regions = Vec::new();
    for _ in 0..r.count() {
        regions.push(Region { info: known_region(&mut r), label: r.point(), polygons: r.polygons() });
    }
    let mut countries = Vec::new();
    for _ in 0..r.count() {
        countries.push(Country { iso_a3: r.str(), polygons: r.polygons() });
    }
    let mut labels = Vec::new();
    for _ in 0..r.count() {
        let kind = r.pick(&[PlaceKind::Sea, PlaceKind::Country], "label kind");
        labels.push(PlaceLabel { kind, name_en: r.str(), name_uk: r.str(), at: r.point() });
    }
    let mut cities = Vec::new();
    for _ in 0..r.count() {
        let geonames_id = u32::try_from(r.unsigned()).ok();
        let geonames_id = r.check(geonames_id, || broken("GeoNames id"));
        let kind = r.pick(&CityKind::ALL, "place kind");
        let (name_en, name_uk, short_en, short_uk) = (r.str(), r.str(), r.str(), r.str());
        let rank = r.tag(255) as u8;
        let min_scale = r.tag(255) as u8;
        cities.push(City { geonames_id, kind, name_en, name_uk, short_en, short_uk, rank, min_scale, at: r.point() });
    }
    let timeline = decode_timeline(&mut r);
    let terms = decode_terms(&mut r);
    let proposals = decode_proposals(&mut r);
    let data = Dataset {
        geography: Geography { regions, context: Context { countries, labels, cities }, fit },
        timeline,
        terms,
        proposals,
    };
    r.finish(data, broken("trailing bytes"))
}

fn broken(what: &str) -> DataError {
    DataError::WrongShape(format!("embedded data: {what}"))
}

/// Layers as indexes into a table of distinct shapes.
fn encode_timeline(w: &mut Writer, timeline: &Timeline) -> Result<(), String> {
    if timeline.stops.iter().any(|s| s.origin != Origin::Embedded || s.extent.is_some()) {
        return Err("only our own occupied layers are embedded".into());
    }
    if timeline.changes.len() != timeline.stops.len() {
        return Err("one change (or none) per stop".into());
    }
    if timeline.figures.len() != timeline.stops.len() {
        return Err("measure the timeline before packing it (Measurer::figures)".into());
    }
    let mut shapes: Vec<&Vec<Polygon>> = Vec::new();
    let mut stops: Vec<(&str, Vec<(usize, usize)>)> = Vec::new();
    for stop in &timeline.stops {
        let mut layers = Vec::new();
        for l in &stop.layers {
            let shape = match shapes.iter().position(|s| **s == l.polygons) {
                Some(i) => i,
                None => {
                    shapes.push(&l.polygons);
                    shapes.len() - 1
                }
            };
            layers.push((l.id.index(), shape));
        }
        stops.push((stop.as_of.as_str(), layers));
    }
    w.count(shapes.len());
    for s in &shapes {
        w.polygons(s)?;
    }
    w.count(timeline.default);
    w.count(stops.len());
    for (((as_of, layers), change), figures) in stops.into_iter().zip(&timeline.changes).zip(&timeline.figures) {
        w.str(as_of);
        encode_shares(w, &figures.shares);
        w.count(usize::from(figures.change.is_some()));
        if let Some(c) = &figures.change {
            encode_change(w, c);
        }
        w.count(layers.len());
        for (id, shape) in layers {
            w.count(id);
            w.count(shape);
        }
        w.count(usize::from(change.is_some()));
        if let Some(c) = change {
            w.str(&c.since);
            w.polygons(&c.gained)?;
            w.polygons(&c.regained)?;
        }
    }
    Ok(())
}

fn decode_timeline(r: &mut Reader) -> Timeline {
    let mut shapes = Vec::new();
    for _ in 0..r.count() {
        shapes.push(r.polygons());
    }
    let default = r.count();
    let mut stops = Vec::new();
    let mut changes = Vec::new();
    let mut figures = Vec::new();
    for _ in 0..r.count() {
        let as_of = r.str();
        let shares = decode_shares(r);
        let change = (r.tag(1) == 1).then(|| decode_change(r));
        figures.push(Figures { shares, change });
        let mut layers = Vec::new();
        for _ in 0..r.count() {
            let id = r.pick(&LayerId::ALL, "layer id");
            let shape = shapes.get(r.tag(usize::MAX)).cloned();
            layers.push(Layer { id, polygons: r.check(shape, || broken("layer shape")) });
        }
        stops.push(Occupation { as_of, layers, origin: Origin::Embedded, extent: None });
        changes.push(match r.tag(1) {
            0 => None,
            _ => Some(ChangeShapes { since: r.str(), gained: r.polygons(), regained: r.polygons() }),
        });
    }
    if default >= stops.len() {
        r.fail(broken("no default date"));
    }
    Timeline { stops, changes, default, figures }
}

/// A date's shares: Ukraine's area, each layer's, and each region's.
pub(crate) fn encode_shares(w: &mut Writer, s: &Shares) {
    w.f64(s.ukraine_km2);
    s.by_layer.iter().for_each(|x| w.f64(*x));
    w.count(s.regions.len());
    for r in &s.regions {
        w.str(r.iso);
        w.f64(r.area_km2);
        r.by_layer.iter().for_each(|x| w.f64(*x));
    }
}

pub(crate) fn decode_shares(r: &mut Reader) -> Shares {
    let ukraine_km2 = r.f64();
    let by_layer = [r.f64(), r.f64(), r.f64()];
    let mut regions = Vec::new();
    for _ in 0..r.count() {
        let (iso, area_km2) = (known_iso(r), r.f64());
        regions.push(RegionShare { iso, area_km2, by_layer: [r.f64(), r.f64(), r.f64()] });
    }
    Shares { ukraine_km2, by_layer, regions }
}

/// What changed since the date before: in all, and per region.
pub(crate) fn encode_change(w: &mut Writer, c: &Change) {
    w.f64(c.gained_km2);
    w.f64(c.regained_km2);
    w.count(c.regions.len());
    for (iso, gained, regained) in &c.regions {
        w.str(iso);
        w.f64(*gained);
        w.f64(*regained);
    }
}

pub(crate) fn decode_change(r: &mut Reader) -> Change {
    let (gained_km2, regained_km2) = (r.f64(), r.f64());
    let mut regions = Vec::new();
    for _ in 0..r.count() {
        regions.push((known_iso(r), r.f64(), r.f64()));
    }
    Change { gained_km2, regained_km2, regions }
}

/// A region's code, read as the table's entry (the first entry once the bytes are damaged).
fn known_region(r: &mut Reader) -> &'static RegionInfo {
    let code = r.str();
    match by_iso(&code) {
        Some(info) => info,
        None => {
            r.fail(DataError::UnknownRegion(code));
            &REGIONS[0]
        }
    }
}

/// A region's code, as the table's `&'static str`.
fn known_iso(r: &mut Reader) -> &'static str {
    known_region(r).iso
}

pub(crate) fn encode_terms(w: &mut Writer, terms: &Terms) {
    let text = |w: &mut Writer, t: &Text| {
        w.str(&t.en);
        w.str(&t.uk);
    };
    w.str(&terms.as_of);
    w.count(terms.parties.len());
    for (key, name) in &terms.parties {
        w.str(key);
        text(w, name);
    }
    w.count(terms.terms.len());
    for t in &terms.terms {
        w.str(&t.id);
        text(w, &t.title);
        text(w, &t.summary);
        w.count(TermStatus::ALL.iter().position(|s| *s == t.status).unwrap_or(0));
        match &t.regions {
            Scope::All => w.count(0),
            Scope::Regions(list) => {
                w.count(list.len() + 1);
                list.iter().for_each(|iso| w.str(iso));
            }
        }
        w.count(t.positions.len());
        for p in &t.positions {
            w.str(&p.party);
            text(w, &p.text);
        }
        let s = &t.source;
        w.str(&s.publication);
        w.str(&s.date);
        w.str(&s.quote);
        w.count(usize::from(s.attributed_to.is_some()));
        if let Some(a) = &s.attributed_to {
            text(w, a);
        }
        w.count(usize::from(s.translation.is_some()));
        if let Some(tr) = &s.translation {
            text(w, tr);
        }
        w.str(s.url.as_deref().unwrap_or_default());
        w.str(&s.lang);
    }
}

/// The terms as build.rs wrote them, already checked there (`Terms::validated`).
pub(crate) fn decode_terms(r: &mut Reader) -> Terms {
    let as_of = r.str();
    let mut parties = Vec::new();
    for _ in 0..r.count() {
        let key = r.str();
        parties.push((key, text(r)));
    }
    let mut terms = Vec::new();
    for _ in 0..r.count() {
        let id = r.str();
        let title = text(r);
        let summary = text(r);
        let status = r.pick(&TermStatus::ALL, "term status");
        let regions = match r.count() {
            0 => Scope::All,
            n => Scope::Regions((1..n).map(|_| r.str()).collect()),
        };
        let mut positions = Vec::new();
        for _ in 0..r.count() {
            positions.push(Position { party: r.str(), text: text(r) });
        }
        let publication = r.str();
        let date = r.str();
        let quote = r.str();
        let attributed_to = (r.tag(1) == 1).then(|| text(r));
        let translation = (r.tag(1) == 1).then(|| text(r));
        let url = Some(r.str()).filter(|u| !u.is_empty());
        let lang = r.str();
        let source = Source { publication, date, quote, attributed_to, translation, url, lang };
        terms.push(Term { id, title, summary, status, regions, positions, source });
    }
    Terms { as_of, parties, terms }
}

/// A text in both languages.
fn text(r: &mut Reader) -> Text {
    Text { en: r.str(), uk: r.str() }
}

/// What of a proposal a bundle carries.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Shown {
    /// Everything the downloads write (the worker's and the server's bundles).
    All,
    /// What the page shows: not who presented it (`presented_by`), which only the
    /// downloads write, from the worker's own bundle.
    OnThePage,
}

/// The proposals: texts, sources and rules (no geometry: see `data::proposals`).
pub(crate) fn encode_proposals(w: &mut Writer, proposals: &Proposals, shown: Shown) {
    let text = |w: &mut Writer, t: &Text| {
        w.str(&t.en);
        w.str(&t.uk);
    };
    let unsaid = Text::default();
    w.count(proposals.list.len());
    for p in &proposals.list {
        w.str(&p.id);
        text(w, &p.name);
        w.str(&p.date);
        w.count(p.kind as usize);
        text(w, if shown == Shown::All { &p.presented_by } else { &unsaid });
        text(w, &p.summary);
        w.count(p.sources.len());
        for s in &p.sources {
            w.str(&s.id);
            w.str(&s.publisher);
            w.str(&s.title);
            w.str(s.url.as_deref().unwrap_or(""));
            // The passages stay in data/proposals.json, checked there (every quote is
            // taken from one): the widget shows each provision's quote, not the passages.
            w.str(&s.date);
        }
        w.count(p.provisions.len());
        for v in &p.provisions {
            w.count(v.kind as usize);
            match &v.place {
                Place::NotLocated => w.count(0),
                Place::Regions { isos, part } => {
                    w.count(isos.len() + 1);
                    isos.iter().for_each(|iso| w.str(iso));
                    w.count(*part as usize);
                }
            }
            text(w, &v.text);
            w.str(&v.source);
            w.str(&v.quote);
        }
    }
}

pub(crate) fn decode_proposals(r: &mut Reader) -> Proposals {
    let mut list = Vec::new();
    for _ in 0..r.count() {
        let id = r.str();
        let name = text(r);
        let date = r.str();
        let kind = r.pick(&ProposalKind::ALL, "proposal kind");
        let presented_by = text(r);
        let summary = text(r);
        let mut sources = Vec::new();
        for _ in 0..r.count() {
            let (id, publisher, title) = (r.str(), r.str(), r.str());
            let url = Some(r.str()).filter(|u| !u.is_empty());
            let date = r.str();
            sources.push(ProposalSource { id, publisher, title, url, date, passages: Vec::new() });
        }
        let mut provisions = Vec::new();
        for _ in 0..r.count() {
            let kind = r.pick(&ProvisionKind::ALL, "provision kind");
            let place = match r.count() {
                0 => Place::NotLocated,
                n => {
                    let isos = (1..n).map(|_| known_iso(r)).collect();
                    Place::Regions { isos, part: r.pick(&Part::ALL, "part") }
                }
            };
            provisions.push(Provision { kind, place, text: text(r), source: r.str(), quote: r.str() });
        }
        list.push(Proposal { id, name, date, kind, presented_by, summary, sources, provisions });
    }
    Proposals { list }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_bytes_are_an_error_not_a_panic() {
        assert!(decode(&[]).is_err());
        assert!(decode(&[VERSION as u8, 200, 1, 2]).is_err());
        assert!(decode(&[9]).is_err());
    }
}
