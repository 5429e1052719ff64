//! The peace-proposal terms (`data/terms.json`, schema documented in data/README.md).

use super::error::DataError;
use super::region::ISO_CODES;
use crate::i18n::Lang;
use serde_json::Value;
use std::collections::BTreeMap;

/// A text in both languages of the widget.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text {
    pub en: String,
    pub uk: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        let s = match lang {
            Lang::En => &self.en,
            Lang::Uk => &self.uk,
        };
        if s.is_empty() {
            &self.en
        } else {
            s
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Terms {
    pub schema: String,
    pub as_of: String,
    /// Party key (`us`, `russia`, `ukraine`, `europe`) to its name.
    pub parties: BTreeMap<String, Text>,
    pub terms: Vec<Term>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    /// `proposed`, `contested`, `demanded` or `delayed`.
    pub status: String,
    pub regions: Scope,
    pub positions: Vec<Position>,
    pub source: Source,
}

/// The regions a term concerns: a list of ISO codes, or `"all"` of Ukraine.
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
    pub attributed_to: Option<String>,
    /// Link to the source; only `https:` links are kept (see [`parse_terms`]).
    pub url: Option<String>,
    /// Language of the quote (BCP 47), so screen readers pronounce it right: `en` unless given.
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
        specific.sort_by_key(|t| match &t.regions {
            Scope::Regions(list) => list.len(),
            Scope::All => usize::MAX,
        });
        let national = self.terms.iter().filter(|t| t.is_national()).collect();
        (specific, national)
    }

    pub fn party_name(&self, key: &str, lang: Lang) -> String {
        self.parties.get(key).map_or_else(|| key.to_string(), |t| t.get(lang).to_string())
    }
}

/// Parses and checks terms: known region codes, unique ids, and source links that are
/// `https:` only (anything else, `javascript:` included, is dropped, not shown).
///
/// Read field by field from a JSON value rather than with serde's derive: the derived
/// visitors cost about 10 KB of WebAssembly for five small structs.
pub fn parse_terms(text: &str) -> Result<Terms, DataError> {
    let v: Value = serde_json::from_str(text).map_err(|e| DataError::NotJson(e.to_string()))?;
    let items = v.get("terms").and_then(Value::as_array).ok_or_else(|| shape("terms", "a list"))?;
    let parties = v
        .get("parties")
        .and_then(Value::as_object)
        .ok_or_else(|| shape("parties", "an object"))?
        .iter()
        .map(|(k, t)| Ok((k.clone(), text_of(t, &format!("party {k}"))?)))
        .collect::<Result<BTreeMap<_, _>, DataError>>()?;
    let mut terms = Vec::with_capacity(items.len());
    let mut seen = std::collections::BTreeSet::new();
    for item in items {
        let id = string(item, "id", "term")?;
        let at = format!("term '{id}'");
        let regions = match item.get("regions") {
            Some(Value::String(s)) if s == "all" => Scope::All,
            Some(Value::Array(list)) => Scope::Regions(
                list.iter()
                    .map(|r| r.as_str().map(str::to_string).ok_or_else(|| shape(&at, "region codes as strings")))
                    .collect::<Result<_, _>>()?,
            ),
            _ => return Err(shape(&at, "regions: a list of codes or \"all\"")),
        };
        if let Scope::Regions(list) = &regions {
            if let Some(bad) = list.iter().find(|r| !ISO_CODES.contains(&r.as_str())) {
                return Err(DataError::UnknownRegion(format!("{bad} ({at})")));
            }
        }
        let positions = item
            .get("positions")
            .and_then(Value::as_array)
            .ok_or_else(|| shape(&at, "positions: a list"))?
            .iter()
            .map(|p| {
                Ok(Position {
                    party: string(p, "party", &at)?,
                    text: text_of(p.get("text").unwrap_or(&Value::Null), &at)?,
                })
            })
            .collect::<Result<Vec<_>, DataError>>()?;
        let src = item.get("source").ok_or_else(|| shape(&at, "a source"))?;
        let optional = |k: &str| src.get(k).and_then(Value::as_str).map(str::to_string);
        let source = Source {
            publication: string(src, "publication", &at)?,
            date: string(src, "date", &at)?,
            quote: string(src, "quote", &at)?,
            attributed_to: optional("attributed_to"),
            url: optional("url").filter(|u| u.starts_with("https://")),
            lang: optional("lang")
                .filter(|l| !l.is_empty() && l.len() <= 12 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                .unwrap_or_else(|| "en".into()),
        };
        if !seen.insert(id.clone()) {
            return Err(DataError::WrongShape(format!("terms: id '{id}' appears twice")));
        }
        terms.push(Term {
            title: text_of(item.get("title").unwrap_or(&Value::Null), &at)?,
            summary: text_of(item.get("summary").unwrap_or(&Value::Null), &at)?,
            status: string(item, "status", &at)?,
            regions,
            positions,
            source,
            id,
        });
    }
    if terms.is_empty() {
        return Err(DataError::Empty);
    }
    Ok(Terms {
        schema: v.get("schema").and_then(Value::as_str).unwrap_or_default().to_string(),
        as_of: v.get("as_of").and_then(Value::as_str).unwrap_or_default().to_string(),
        parties,
        terms,
    })
}

fn shape(at: &str, expected: &str) -> DataError {
    DataError::WrongShape(format!("terms: {at} needs {expected}"))
}

fn string(v: &Value, key: &str, at: &str) -> Result<String, DataError> {
    v.get(key).and_then(Value::as_str).map(str::to_string).ok_or_else(|| shape(at, &format!("a text '{key}'")))
}

/// `{"en": "...", "uk": "..."}`; English is required, Ukrainian falls back to it.
fn text_of(v: &Value, at: &str) -> Result<Text, DataError> {
    let en = string(v, "en", at)?;
    let uk = v.get("uk").and_then(Value::as_str).unwrap_or_default().to_string();
    Ok(Text { en, uk })
}
