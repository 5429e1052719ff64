//! The peace proposals and their territorial provisions (`data/proposals.json`; the
//! schema and the editorial rules are in data/README.md).
//!
//! A provision is a rule over our own geometry, never a polygon of its own: a region
//! whole, or the part of it Russia occupies, or the part Ukraine holds, on the date of
//! whichever line the map shows. So a proposal applies to the line of any date, its
//! figures come from the shares already measured for that date, and it costs the
//! bundle a few bytes of text.

use super::shares::Shares;
use super::terms::Text;
use super::DataError;
use crate::date::Date;

/// The one schema this widget reads.
pub const SCHEMA: &str = "ukraine-peace-map/proposals/1";

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Proposals {
    pub list: Vec<Proposal>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    /// `april-2025`, `28-points`, `20-points`…: the value of `proposal=`.
    pub id: String,
    pub name: Text,
    /// As the sources give it: a day (`2025-11-20`) or only a year (`2025`).
    pub date: String,
    pub kind: ProposalKind,
    pub presented_by: Text,
    pub summary: Text,
    pub sources: Vec<ProposalSource>,
    pub provisions: Vec<Provision>,
}

/// What a proposal is, so that a reader never takes a leaked draft or one side's demand
/// for an agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProposalKind {
    /// A proposal as a news report described it.
    ReportedProposal,
    /// A draft published without its authors' consent.
    LeakedDraft,
    /// A framework one party presented.
    Framework,
    /// One party's stated conditions.
    StatedDemand,
}

impl ProposalKind {
    pub const ALL: [ProposalKind; 4] = [
        ProposalKind::ReportedProposal,
        ProposalKind::LeakedDraft,
        ProposalKind::Framework,
        ProposalKind::StatedDemand,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ProposalKind::ReportedProposal => "reported-proposal",
            ProposalKind::LeakedDraft => "leaked-draft",
            ProposalKind::Framework => "framework",
            ProposalKind::StatedDemand => "stated-demand",
        }
    }

    pub fn parse(s: &str) -> Option<ProposalKind> {
        ProposalKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ProposalSource {
    pub id: String,
    pub publisher: String,
    pub title: String,
    /// Only `https:` addresses are kept.
    pub url: Option<String>,
    pub date: String,
    /// The short verbatim passages the proposal's text rests on (in the file, not in the
    /// widget's bundle: see `data::bundle`).
    pub passages: Vec<String>,
}

/// What a provision does with a territory: the public hook `[data-provision="KIND"]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ProvisionKind {
    /// Recognised as Russian (de facto or de jure, as the text says).
    Recognised,
    /// Frozen along the line of contact.
    Frozen,
    /// Ukraine's forces to withdraw (a withdrawal or buffer zone).
    Withdrawal,
    /// Russia to give up what it occupies.
    RussiaWithdraws,
    /// Left open by the source.
    Unresolved,
}

impl ProvisionKind {
    pub const ALL: [ProvisionKind; 5] = [
        ProvisionKind::Recognised,
        ProvisionKind::Frozen,
        ProvisionKind::Withdrawal,
        ProvisionKind::RussiaWithdraws,
        ProvisionKind::Unresolved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ProvisionKind::Recognised => "recognised",
            ProvisionKind::Frozen => "frozen",
            ProvisionKind::Withdrawal => "withdrawal",
            ProvisionKind::RussiaWithdraws => "russia-withdraws",
            ProvisionKind::Unresolved => "unresolved",
        }
    }

    pub fn parse(s: &str) -> Option<ProvisionKind> {
        ProvisionKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Which part of a region a provision covers, on the date of the line shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Whole,
    /// What Russia occupies.
    Occupied,
    /// What Ukraine holds: the region minus the occupied area.
    Held,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Whole, Part::Occupied, Part::Held];

    pub fn as_str(self) -> &'static str {
        match self {
            Part::Whole => "whole",
            Part::Occupied => "occupied",
            Part::Held => "held",
        }
    }

    pub fn parse(s: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// The part's km² in a region on a date: measured shares, nothing new. A region whose
    /// occupied share is noise (`shares::REGION_NOISE_PCT`) is held whole, as the widget
    /// says it is: a plan never has Russia leave "10 km²" of a region called not occupied.
    pub fn km2(self, shares: &Shares, iso: &str) -> f64 {
        let Some(r) = shares.region(iso) else { return 0.0 };
        let occupied = r.occupied_km2_shown();
        match self {
            Part::Whole => r.area_km2,
            Part::Occupied => occupied,
            Part::Held => (r.area_km2 - occupied).max(0.0),
        }
    }
}

/// Where a provision applies: regions (each in the same part), or nowhere the source
/// names, which the widget says ("not located by the source") rather than guess.
#[derive(Clone, Debug, PartialEq)]
pub enum Place {
    NotLocated,
    Regions { isos: Vec<&'static str>, part: Part },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Provision {
    pub kind: ProvisionKind,
    pub place: Place,
    pub text: Text,
    /// The id of one of the proposal's sources.
    pub source: String,
    /// The passage of that source it rests on (part of one of its passages).
    pub quote: String,
}

impl Provision {
    pub fn concerns(&self, iso: &str) -> bool {
        matches!(&self.place, Place::Regions { isos, .. } if isos.contains(&iso))
    }

    /// Its km² on a date (0 when not located).
    pub fn km2(&self, shares: &Shares) -> f64 {
        match &self.place {
            Place::NotLocated => 0.0,
            Place::Regions { isos, part } => isos.iter().map(|iso| part.km2(shares, iso)).sum(),
        }
    }
}

impl Proposal {
    pub fn source(&self, id: &str) -> Option<&ProposalSource> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The date whose line shows it: the latest of `dates` (sorted) on or before its own
    /// day; a proposal dated only by its year, or before every date, uses `default`.
    pub fn line_date<'a>(&self, dates: &[&'a str], default: &'a str) -> &'a str {
        let Some(day) = Date::parse(&self.date) else { return default };
        dates.iter().rev().find(|d| Date::parse(d).is_some_and(|d| d <= day)).copied().unwrap_or(default)
    }

    /// km² of each kind of provision on a date, in [`ProvisionKind::ALL`] order (0 where
    /// the proposal has none).
    pub fn km2_by_kind(&self, shares: &Shares) -> [f64; 5] {
        let mut out = [0.0; 5];
        for p in &self.provisions {
            out[p.kind.index()] += p.km2(shares);
        }
        out
    }

    /// km² of each kind of provision in one region on a date, in [`ProvisionKind::ALL`]
    /// order (the per-region split of [`Proposal::km2_by_kind`]).
    pub fn region_km2_by_kind(&self, shares: &Shares, iso: &str) -> [f64; 5] {
        let mut out = [0.0; 5];
        for p in &self.provisions {
            if let Place::Regions { isos, part } = &p.place {
                if isos.contains(&iso) {
                    out[p.kind.index()] += part.km2(shares, iso);
                }
            }
        }
        out
    }

    /// Whether it has a located provision of this kind (a layer to draw).
    pub fn draws(&self, kind: ProvisionKind) -> bool {
        self.provisions.iter().any(|p| p.kind == kind && p.place != Place::NotLocated)
    }
}

impl Proposals {
    pub fn find(&self, id: &str) -> Option<usize> {
        self.list.iter().position(|p| p.id == id)
    }

    /// Ours with an editor's plans: one of the same id takes the place of ours, the others
    /// follow ours in their file's order.
    pub fn joined(&self, theirs: &Proposals) -> Proposals {
        let mut list = self.list.clone();
        for p in &theirs.list {
            match list.iter().position(|q| q.id == p.id) {
                Some(i) => list[i] = p.clone(),
                None => list.push(p.clone()),
            }
        }
        Proposals { list }
    }

    /// The checks every proposals file passes: unique ids, known kinds and regions, a
    /// source for every provision whose passages hold its quote, and no part of a region
    /// under two provisions of one proposal (a whole region excludes any other part).
    pub fn validated(self) -> Result<Proposals, DataError> {
        let mut ids = std::collections::BTreeSet::new();
        for p in &self.list {
            let at = p.id.as_str();
            if !ids.insert(p.id.as_str()) {
                return Err(DataError::DuplicateId { id: p.id.chars().take(60).collect() });
            }
            // An id of letters, digits and hyphens: it goes into `proposal=` and the DOM.
            if p.id.is_empty() || p.id.len() > 40 || !p.id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                return Err(shape(at, "id"));
            }
            let mut taken: Vec<(&str, Part)> = Vec::new();
            for provision in &p.provisions {
                let source = p.source(&provision.source).ok_or_else(|| shape(at, "source"))?;
                // Every quote is taken from its source's passages.
                if provision.quote.is_empty() || !source.passages.iter().any(|s| s.contains(&provision.quote)) {
                    return Err(shape(at, "quote"));
                }
                if let Place::Regions { isos, part } = &provision.place {
                    for iso in isos {
                        let clash = taken
                            .iter()
                            .any(|(i, q)| i == iso && (*q == *part || *q == Part::Whole || *part == Part::Whole));
                        // A region's part under one provision only.
                        if clash {
                            return Err(shape(at, "regions"));
                        }
                        taken.push((iso, *part));
                    }
                }
            }
        }
        Ok(self)
    }
}

/// A field missing or wrong in the proposal `at` (its id), as every file's errors are
/// told: by the file's own names (`data::error`), never in a sentence of one language.
fn shape(at: &str, field: &str) -> DataError {
    DataError::BadField { at: at.chars().take(60).collect(), field: field.to_string() }
}

#[cfg(feature = "json")]
pub use self::json::{parse_proposals, proposals_of};

#[cfg(feature = "json")]
mod json {
    use super::*;
    use crate::data::regions_table::by_iso;
    use serde_json::Value;

    /// A region code as the table's `&'static str`.
    fn known_iso(iso: &str) -> Result<&'static str, DataError> {
        by_iso(iso).map(|r| r.iso).ok_or_else(|| DataError::UnknownRegion(iso.to_string()))
    }

    /// Parses and checks a proposals file (see [`Proposals::validated`]).
    pub fn parse_proposals(text: &str) -> Result<Proposals, DataError> {
        let v: Value = serde_json::from_str(text).map_err(|e| DataError::json(e.line(), e.column()))?;
        match v.get("schema").and_then(Value::as_str) {
            Some(SCHEMA) => {}
            other => {
                return Err(DataError::WrongSchema { found: other.unwrap_or_default().chars().take(60).collect() })
            }
        }
        proposals_of(v.get("proposals").ok_or_else(|| shape("", "proposals"))?)
    }

    /// A list of proposals (`data/proposals.json`'s, or an editor's terms file's), read and
    /// checked (see [`Proposals::validated`]).
    pub fn proposals_of(list: &Value) -> Result<Proposals, DataError> {
        let list = list.as_array().ok_or_else(|| shape("", "proposals"))?;
        let mut out = Vec::new();
        for item in list {
            out.push(proposal(item)?);
        }
        Proposals { list: out }.validated()
    }

    fn proposal(item: &Value) -> Result<Proposal, DataError> {
        let id = string(item, "id", "")?;
        let at = id.chars().take(60).collect::<String>();
        let kind = string(item, "kind", &at)?;
        let kind = ProposalKind::parse(&kind).ok_or_else(|| shape(&at, "kind"))?;
        let mut sources = Vec::new();
        for s in list(item, "sources", &at)? {
            let mut passages = Vec::new();
            for p in list(s, "passages", &at)? {
                passages.push(p.as_str().ok_or_else(|| shape(&at, "passages"))?.to_string());
            }
            sources.push(ProposalSource {
                id: string(s, "id", &at)?,
                publisher: string(s, "publisher", &at)?,
                title: string(s, "title", &at)?,
                url: s.get("url").and_then(Value::as_str).and_then(crate::data::terms::safe_url),
                // Some republications carry no date: shown without one, never guessed.
                date: s.get("date").and_then(Value::as_str).unwrap_or_default().to_string(),
                passages,
            });
        }
        let mut provisions = Vec::new();
        for p in list(item, "provisions", &at)? {
            let kind = string(p, "kind", &at)?;
            let kind = ProvisionKind::parse(&kind).ok_or_else(|| shape(&at, "kind"))?;
            let place = match p.get("regions") {
                Some(Value::String(s)) if s == "not-located" => Place::NotLocated,
                Some(Value::Array(codes)) if !codes.is_empty() => {
                    let mut isos = Vec::new();
                    for c in codes {
                        isos.push(known_iso(c.as_str().ok_or_else(|| shape(&at, "regions"))?)?);
                    }
                    let part = string(p, "part", &at)?;
                    Place::Regions { isos, part: Part::parse(&part).ok_or_else(|| shape(&at, "part"))? }
                }
                _ => return Err(shape(&at, "regions")),
            };
            provisions.push(Provision {
                kind,
                place,
                text: text_of(p.get("text").unwrap_or(&Value::Null), &at)?,
                source: string(p, "source", &at)?,
                quote: string(p, "quote", &at)?,
            });
        }
        Ok(Proposal {
            name: text_of(item.get("name").unwrap_or(&Value::Null), &at)?,
            date: string(item, "date", &at)?,
            kind,
            presented_by: text_of(item.get("presented_by").unwrap_or(&Value::Null), &at)?,
            summary: text_of(item.get("summary").unwrap_or(&Value::Null), &at)?,
            sources,
            provisions,
            id,
        })
    }

    fn list<'a>(v: &'a Value, key: &str, at: &str) -> Result<&'a Vec<Value>, DataError> {
        v.get(key).and_then(Value::as_array).ok_or_else(|| shape(at, key))
    }

    fn string(v: &Value, key: &str, at: &str) -> Result<String, DataError> {
        v.get(key).and_then(Value::as_str).map(str::to_string).ok_or_else(|| shape(at, key))
    }

    /// `{"en": "...", "uk": "..."}`: both required (the widget speaks both).
    fn text_of(v: &Value, at: &str) -> Result<Text, DataError> {
        Ok(Text { en: string(v, "en", at)?, uk: string(v, "uk", at)? })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::shares::RegionShare;

    fn shares() -> Shares {
        let region = |iso, area_km2, occupied| RegionShare { iso, area_km2, by_layer: [0.0, 0.0, occupied] };
        Shares {
            ukraine_km2: 300.0,
            by_layer: [0.0, 0.0, 60.0],
            regions: vec![region("UA-14", 100.0, 60.0), region("UA-63", 200.0, 0.0)],
        }
    }

    fn provision(kind: ProvisionKind, isos: Vec<&'static str>, part: Part) -> Provision {
        Provision {
            kind,
            place: Place::Regions { isos, part },
            text: Text::default(),
            source: "s".into(),
            quote: "q".into(),
        }
    }

    fn proposal(provisions: Vec<Provision>) -> Proposal {
        Proposal {
            id: "x".into(),
            name: Text::default(),
            date: "2025-11-20".into(),
            kind: ProposalKind::LeakedDraft,
            presented_by: Text::default(),
            summary: Text::default(),
            sources: vec![ProposalSource {
                id: "s".into(),
                publisher: "P".into(),
                title: "T".into(),
                url: None,
                date: "2025-11-21".into(),
                passages: vec!["a q b".into()],
            }],
            provisions,
        }
    }

    #[test]
    fn parts_come_from_the_measured_shares() {
        let s = shares();
        assert_eq!(Part::Whole.km2(&s, "UA-14"), 100.0);
        assert_eq!(Part::Occupied.km2(&s, "UA-14"), 60.0);
        assert_eq!(Part::Held.km2(&s, "UA-14"), 40.0);
        let p = proposal(vec![
            provision(ProvisionKind::Recognised, vec!["UA-14"], Part::Occupied),
            provision(ProvisionKind::Withdrawal, vec!["UA-14"], Part::Held),
        ]);
        assert_eq!(p.km2_by_kind(&s), [60.0, 0.0, 40.0, 0.0, 0.0]);
    }

    #[test]
    fn a_part_of_a_region_under_two_provisions_is_refused() {
        let ok = proposal(vec![
            provision(ProvisionKind::Recognised, vec!["UA-14"], Part::Occupied),
            provision(ProvisionKind::Withdrawal, vec!["UA-14"], Part::Held),
        ]);
        assert!(Proposals { list: vec![ok] }.validated().is_ok());
        for (a, b) in [(Part::Whole, Part::Held), (Part::Occupied, Part::Occupied), (Part::Held, Part::Whole)] {
            let bad = proposal(vec![
                provision(ProvisionKind::Recognised, vec!["UA-14"], a),
                provision(ProvisionKind::Frozen, vec!["UA-14"], b),
            ]);
            assert!(Proposals { list: vec![bad] }.validated().is_err(), "{a:?} + {b:?}");
        }
    }

    #[test]
    fn a_quote_must_come_from_its_source() {
        let mut p = proposal(vec![provision(ProvisionKind::Frozen, vec!["UA-63"], Part::Occupied)]);
        p.provisions[0].quote = "not there".into();
        assert!(Proposals { list: vec![p] }.validated().is_err());
    }

    #[test]
    fn the_line_is_the_latest_date_on_or_before_the_proposal() {
        let dates = ["2025-04-25", "2025-11-20", "2026-08-22"];
        let mut p = proposal(vec![]);
        assert_eq!(p.line_date(&dates, "2025-04-25"), "2025-11-20");
        p.date = "2025-12-24".into();
        assert_eq!(p.line_date(&dates, "2025-04-25"), "2025-11-20");
        p.date = "2025".into();
        assert_eq!(p.line_date(&dates, "2025-04-25"), "2025-04-25");
        p.date = "2024-06-14".into();
        assert_eq!(p.line_date(&dates, "2025-04-25"), "2025-04-25");
    }
}
