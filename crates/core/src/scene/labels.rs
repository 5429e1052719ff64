//! Which regions the map names: Kyiv, and the regions some term of the proposal names
//! (Sevastopol's label would sit on Crimea's, so the annexed pair is named once).

use crate::data::regions_table::{KYIV_CITY, REGIONS, SEVASTOPOL};
use crate::data::Terms;

/// In the order of the regions table (by ISO code), each once.
pub fn labelled_regions(terms: &Terms) -> Vec<&'static str> {
    let named: Vec<&str> = terms.named_regions().collect();
    REGIONS
        .iter()
        .map(|r| r.iso)
        .filter(|iso| *iso == KYIV_CITY || (*iso != SEVASTOPOL && named.contains(iso)))
        .collect()
}

/// Kyiv is drawn as a capital (a dot and a heavier name).
pub fn is_capital(iso: &str) -> bool {
    iso == KYIV_CITY
}
