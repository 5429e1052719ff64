//! Which regions the map names: Kyiv, the regions some term of the proposal names, and the
//! five regions Russia claims to have annexed (Crimea in 2014; Donetsk, Luhansk,
//! Zaporizhzhia and Kherson oblasts in September 2022), where the story is, whatever the
//! terms file says. Sevastopol's label would sit on Crimea's, so the pair is named once.

use crate::data::regions_table::{KYIV_CITY, REGIONS, SEVASTOPOL};
use crate::data::Terms;

/// The regions Russia claims to have annexed (Sevastopol aside: see above).
const CLAIMED_BY_RUSSIA: [&str; 5] = ["UA-43", "UA-14", "UA-09", "UA-23", "UA-65"];

/// In the order of the regions table (by ISO code), each once.
pub fn labelled_regions(terms: &Terms) -> Vec<&'static str> {
    let named: Vec<&str> = terms.named_regions().collect();
    REGIONS
        .iter()
        .map(|r| r.iso)
        .filter(|iso| {
            *iso == KYIV_CITY || (*iso != SEVASTOPOL && (named.contains(iso) || CLAIMED_BY_RUSSIA.contains(iso)))
        })
        .collect()
}

/// Kyiv is drawn as a capital (a dot and a heavier name).
pub fn is_capital(iso: &str) -> bool {
    iso == KYIV_CITY
}
