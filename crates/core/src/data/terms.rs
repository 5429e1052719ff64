//! The peace-proposal terms and positions (`data/terms.json`; the schema and the
//! editorial rules are in data/README.md).

use super::regions_table::by_iso;
use crate::lang::Lang;

/// The schema of our terms file; a file that names another is refused, not guessed at.
pub const SCHEMA: &str = "ukraine-peace-map/terms/1";
/// An editor's terms file may also name this one: the same, with plans of its own
/// (`proposals`, as in `data/proposals.json`), which join ours.
pub const SCHEMA_V2: &str = "ukraine-peace-map/terms/2";

/// A text in both languages of the widget.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text {
    pub en: String,
    pub uk: String,
}

impl Text {
    /// The text in `lang`; English when the Ukrainian is missing.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Uk if !self.uk.is_empty() => &self.uk,
            _ => &self.en,
        }
    }
}

/// What kind of item a term is, shown as its badge, so that a reader never takes a
/// party's demand or an accompanying deal for a clause of the proposal. Read from the
/// file's `status`; an unknown value is a data error. data/README.md repeats the meanings
/// for editors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermStatus {
    /// Reported as part of the US proposal itself.
    Proposed,
    /// A position, aim or call of the US government, reported beside the proposal.
    UsPosition,
    /// A demand or precondition of Ukraine's.
    UkraineDemand,
    /// A separate agreement reported as accompanying the proposal.
    Accompanying,
    /// For editors' files: an item the parties dispute.
    Contested,
    /// For editors' files: a party's demand.
    Demanded,
    /// For editors' files: an item reported as held up.
    Delayed,
}

impl TermStatus {
    pub const ALL: [TermStatus; 7] = [
        TermStatus::Proposed,
        TermStatus::UsPosition,
        TermStatus::UkraineDemand,
        TermStatus::Accompanying,
        TermStatus::Contested,
        TermStatus::Demanded,
        TermStatus::Delayed,
    ];

    /// The data files' `status`, and the badge's CSS modifier.
    pub fn as_str(self) -> &'static str {
        match self {
            TermStatus::Proposed => "proposed",
            TermStatus::UsPosition => "us-position",
            TermStatus::UkraineDemand => "ukraine-demand",
            TermStatus::Accompanying => "accompanying",
            TermStatus::Contested => "contested",
            TermStatus::Demanded => "demanded",
            TermStatus::Delayed => "delayed",
        }
    }

    /// What the status means, for editors (data/README.md lists the same).
    pub fn meaning(self) -> &'static str {
        match self {
            TermStatus::Proposed => "reported as part of the US proposal itself",
            TermStatus::UsPosition => "a position, aim or call of the US government, reported beside the proposal",
            TermStatus::UkraineDemand => "a demand or precondition of Ukraine's",
            TermStatus::Accompanying => "a separate agreement reported as accompanying the proposal",
            TermStatus::Contested => "an item the parties dispute",
            TermStatus::Demanded => "a party's demand",
            TermStatus::Delayed => "an item reported as held up",
        }
    }

    pub fn parse(s: &str) -> Option<TermStatus> {
        TermStatus::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Terms {
    pub as_of: String,
    /// Party key (`us`, `russia`, `ukraine`, `europe`) and its name, in the keys' order.
    /// A few pairs, looked up by key: a list, as a map's code would cost the widget more
    /// than it saves.
    pub parties: Vec<(String, Text)>,
    pub terms: Vec<Term>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub status: TermStatus,
    pub regions: Scope,
    pub positions: Vec<Position>,
    pub source: Source,
}

/// The regions a term concerns: a list of ISO codes, or all of Ukraine.
#[derive(Clone, Debug, PartialEq)]
pub enum Scope {
    All,
    Regions(Vec<String>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Position {
    pub party: String,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub publication: String,
    pub date: String,
    /// A short verbatim quote from the source.
    pub quote: String,
    /// The editors' translation of the quote, shown after it to a reader of another
    /// language, so that a Ukrainian reader is not left with English alone.
    pub translation: Option<Text>,
    pub attributed_to: Option<Text>,
    /// Link to the source; only `https:` links are kept (see [`safe_url`]).
    pub url: Option<String>,
    /// Language of the quote (BCP 47), so screen readers pronounce it right.
    pub lang: String,
}

impl Term {
    pub fn is_national(&self) -> bool {
        matches!(self.regions, Scope::All)
    }

    pub fn concerns(&self, iso: &str) -> bool {
        match &self.regions {
            Scope::All => false,
            Scope::Regions(list) => list.iter().any(|r| r == iso),
        }
    }
}

impl Terms {
    /// Terms about this region in particular (the most specific first: a term about
    /// this region alone before one about eight), then those about all of Ukraine.
    pub fn for_region<'a>(&'a self, iso: &'a str) -> (Vec<&'a Term>, Vec<&'a Term>) {
        let mut specific: Vec<&Term> = self.terms.iter().filter(|t| t.concerns(iso)).collect();
        let breadth = |t: &Term| match &t.regions {
            Scope::Regions(list) => list.len(),
            Scope::All => usize::MAX,
        };
        crate::small_sort::sort_by(&mut specific, |a, b| breadth(a).cmp(&breadth(b)));
        let national = self.terms.iter().filter(|t| t.is_national()).collect();
        (specific, national)
    }

    pub fn party_name(&self, key: &str, lang: Lang) -> String {
        let name = self.parties.iter().find(|(k, _)| k == key).map(|(_, name)| name.get(lang));
        name.unwrap_or(key).to_string()
    }

    /// Every region some term names on its own (not "all of Ukraine").
    pub fn named_regions(&self) -> impl Iterator<Item = &str> {
        self.terms
            .iter()
            .flat_map(|t| match &t.regions {
                Scope::Regions(list) => list.as_slice(),
                Scope::All => &[],
            })
            .map(String::as_str)
    }

    /// The checks every terms file passes, whichever way it was read: known region
    /// codes, unique ids, at least one term.
    pub fn validated(self) -> Result<Terms, super::DataError> {
        use super::DataError;
        let mut seen = std::collections::BTreeSet::new();
        for t in &self.terms {
            if !seen.insert(t.id.as_str()) {
                return Err(DataError::DuplicateId { id: t.id.clone() });
            }
            if let Scope::Regions(list) = &t.regions {
                if let Some(bad) = list.iter().find(|r| by_iso(r).is_none()) {
                    return Err(DataError::UnknownRegion(format!("{bad} (term '{}')", t.id)));
                }
            }
        }
        if self.terms.is_empty() {
            return Err(DataError::Empty);
        }
        Ok(self)
    }
}

/// Every status a terms file may give, for messages: "proposed, us-position, …".
pub fn status_names() -> String {
    TermStatus::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
}

/// Only `https:` links are shown; anything else (`javascript:` included) is dropped. The
/// scheme is read as a browser reads it (`crate::web_url`: case, blanks, control
/// characters), the one rule for every address from outside.
pub fn safe_url(url: &str) -> Option<String> {
    crate::web_url::WebUrl::parse_https(url).map(|u| u.to_string())
}

/// A BCP 47 tag of plain letters, digits and hyphens, or `en`.
pub fn safe_lang(tag: &str) -> String {
    let ok = !tag.is_empty() && tag.len() <= 12 && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if ok { tag } else { "en" }.to_string()
}

#[cfg(feature = "json")]
pub use self::json::{parse_editors_terms, parse_terms};

#[cfg(feature = "json")]
mod json {
    use super::*;
    use crate::data::DataError;
    use serde_json::Value;

    /// Parses and checks a terms file (see [`Terms::validated`]).
    ///
    /// Read field by field from a JSON value rather than with serde's derive: the derived
    /// visitors cost about 10 KB of WebAssembly for five small structs.
    pub fn parse_terms(text: &str) -> Result<Terms, DataError> {
        let v: Value = serde_json::from_str(text).map_err(|e| DataError::json(e.line(), e.column()))?;
        match v.get("schema").and_then(Value::as_str) {
            Some(SCHEMA) => terms_of(&v),
            other => Err(DataError::WrongSchema { found: other.unwrap_or_default().chars().take(60).collect() }),
        }
    }

    /// An editor's terms file (`terms=`): schema 1, or 2 with plans of its own
    /// (`proposals`, optional, read and checked as `data/proposals.json`'s).
    pub fn parse_editors_terms(text: &str) -> Result<(Terms, crate::data::proposals::Proposals), DataError> {
        let v: Value = serde_json::from_str(text).map_err(|e| DataError::json(e.line(), e.column()))?;
        match v.get("schema").and_then(Value::as_str) {
            Some(SCHEMA) => Ok((terms_of(&v)?, Default::default())),
            Some(SCHEMA_V2) => {
                let proposals = match v.get("proposals") {
                    None => Default::default(),
                    Some(list) => crate::data::proposals::proposals_of(list)?,
                };
                Ok((terms_of(&v)?, proposals))
            }
            other => Err(DataError::WrongSchema { found: other.unwrap_or_default().chars().take(60).collect() }),
        }
    }

    fn terms_of(v: &Value) -> Result<Terms, DataError> {
        let items = v.get("terms").and_then(Value::as_array).ok_or_else(|| shape("", "terms"))?;
        let parties = v
            .get("parties")
            .and_then(Value::as_object)
            .ok_or_else(|| shape("", "parties"))?
            .iter()
            .map(|(k, t)| Ok((k.clone(), text_of(t, &format!("party {k}"))?)))
            .collect::<Result<Vec<_>, DataError>>()?;
        let terms = items.iter().map(term).collect::<Result<Vec<_>, _>>()?;
        let as_of = v.get("as_of").and_then(Value::as_str).unwrap_or_default().to_string();
        Terms { as_of, parties, terms }.validated()
    }

    fn term(item: &Value) -> Result<Term, DataError> {
        let id = string(item, "id", "")?;
        let at = id.clone();
        let regions = match item.get("regions") {
            Some(Value::String(s)) if s == "all" => Scope::All,
            Some(Value::Array(list)) => Scope::Regions(
                list.iter()
                    .map(|r| r.as_str().map(str::to_string).ok_or_else(|| shape(&at, "regions")))
                    .collect::<Result<_, _>>()?,
            ),
            _ => return Err(shape(&at, "regions")),
        };
        let status = string(item, "status", &at)?;
        let status = TermStatus::parse(&status).ok_or_else(|| DataError::UnknownStatus {
            at: at.chars().take(60).collect(),
            value: status.chars().take(40).collect(),
        })?;
        let positions = item
            .get("positions")
            .and_then(Value::as_array)
            .ok_or_else(|| shape(&at, "positions"))?
            .iter()
            .map(|p| Ok(Position { party: string(p, "party", &at)?, text: text_of(field(p, "text"), &at)? }))
            .collect::<Result<Vec<_>, DataError>>()?;
        let src = item.get("source").ok_or_else(|| shape(&at, "source"))?;
        let optional = |k: &str| src.get(k).and_then(Value::as_str);
        let source = Source {
            publication: string(src, "publication", &at)?,
            date: string(src, "date", &at)?,
            quote: string(src, "quote", &at)?,
            attributed_to: match src.get("attributed_to") {
                None | Some(Value::Null) => None,
                Some(Value::String(en)) => Some(Text { en: en.clone(), uk: String::new() }),
                Some(v) => Some(text_of(v, &at)?),
            },
            translation: match src.get("translation") {
                None | Some(Value::Null) => None,
                Some(v) => Some(Text {
                    en: v.get("en").and_then(Value::as_str).unwrap_or_default().to_string(),
                    uk: v.get("uk").and_then(Value::as_str).unwrap_or_default().to_string(),
                }),
            },
            url: optional("url").and_then(safe_url),
            lang: safe_lang(optional("lang").unwrap_or_default()),
        };
        Ok(Term {
            title: text_of(field(item, "title"), &at)?,
            summary: text_of(field(item, "summary"), &at)?,
            status,
            regions,
            positions,
            source,
            id,
        })
    }

    fn field<'a>(v: &'a Value, key: &str) -> &'a Value {
        v.get(key).unwrap_or(&Value::Null)
    }

    /// The item (its id) and the JSON key that is missing or of the wrong kind.
    fn shape(at: &str, field: &str) -> DataError {
        DataError::BadField { at: at.chars().take(60).collect(), field: field.to_string() }
    }

    fn string(v: &Value, key: &str, at: &str) -> Result<String, DataError> {
        v.get(key).and_then(Value::as_str).map(str::to_string).ok_or_else(|| shape(at, key))
    }

    /// `{"en": "...", "uk": "..."}`; English is required, Ukrainian falls back to it.
    fn text_of(v: &Value, at: &str) -> Result<Text, DataError> {
        let en = string(v, "en", at)?;
        let uk = v.get("uk").and_then(Value::as_str).unwrap_or_default().to_string();
        Ok(Text { en, uk })
    }
}
