//! The peace-proposal terms (`data/terms.json`, schema documented in data/README.md).

use super::error::DataError;
use super::region::ISO_CODES;
use crate::i18n::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A text in both languages of the widget.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
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
        if s.is_empty() { &self.en } else { s }
    }
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Terms {
    pub schema: String,
    pub as_of: String,
    /// Party key (`us`, `russia`, `ukraine`, `europe`) to its name.
    pub parties: BTreeMap<String, Text>,
    pub terms: Vec<Term>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
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
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum Scope {
    All(AllOfUkraine),
    Regions(Vec<String>),
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub enum AllOfUkraine {
    #[serde(rename = "all")]
    All,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Position {
    pub party: String,
    pub text: Text,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Source {
    pub publication: String,
    pub date: String,
    /// A short verbatim quote from the source.
    pub quote: String,
    #[serde(default)]
    pub attributed_to: Option<String>,
    /// Link to the source; only `https:` links are kept (see [`parse_terms`]).
    #[serde(default)]
    pub url: Option<String>,
}

impl Term {
    pub fn is_national(&self) -> bool {
        matches!(self.regions, Scope::All(_))
    }

    pub fn concerns(&self, iso: &str) -> bool {
        match &self.regions {
            Scope::All(_) => false,
            Scope::Regions(list) => list.iter().any(|r| r == iso),
        }
    }
}

impl Terms {
    /// Terms about this region in particular, then those about all of Ukraine.
    pub fn for_region<'a>(&'a self, iso: &'a str) -> (Vec<&'a Term>, Vec<&'a Term>) {
        let specific = self.terms.iter().filter(|t| t.concerns(iso)).collect();
        let national = self.terms.iter().filter(|t| t.is_national()).collect();
        (specific, national)
    }

    pub fn party_name(&self, key: &str, lang: Lang) -> String {
        self.parties.get(key).map_or_else(|| key.to_string(), |t| t.get(lang).to_string())
    }
}

/// Parses and checks terms: known region codes, unique ids, and source links that are
/// `https:` only (anything else, `javascript:` included, is dropped, not shown).
pub fn parse_terms(text: &str) -> Result<Terms, DataError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| DataError::NotJson(e.to_string()))?;
    let mut terms: Terms = serde_json::from_value(value).map_err(|e| DataError::WrongShape(format!("terms: {e}")))?;
    if terms.terms.is_empty() {
        return Err(DataError::Empty);
    }
    let mut seen = std::collections::BTreeSet::new();
    for t in &mut terms.terms {
        if !seen.insert(t.id.clone()) {
            return Err(DataError::WrongShape(format!("terms: id '{}' appears twice", t.id)));
        }
        if let Scope::Regions(list) = &t.regions {
            if let Some(bad) = list.iter().find(|r| !ISO_CODES.contains(&r.as_str())) {
                return Err(DataError::UnknownRegion(format!("{bad} (term {})", t.id)));
            }
        }
        if t.source.url.as_deref().is_some_and(|u| !u.starts_with("https://")) {
            t.source.url = None;
        }
    }
    Ok(terms)
}
