//! How a region's situation is put into words, the same way everywhere (tooltip,
//! popup, accessible name, table).

use crate::data::shares::RegionShare;
use crate::data::LayerId;
use crate::i18n::{self, t, Lang, Msg};

/// A region's situation on one date, from its measured shares.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RegionStatus {
    /// Mostly in the layer annexed in 2014 (Crimea, Sevastopol).
    Annexed {
        pct: f64,
    },
    /// Partly or wholly occupied, and since when.
    Occupied {
        pct: f64,
        since_2014: bool,
        since_2022: bool,
    },
    NotOccupied,
}

impl RegionStatus {
    /// A layer's share under this percentage is noise, not occupation (as a region's).
    pub const NOISE_PCT: f64 = crate::data::shares::REGION_NOISE_PCT;

    pub fn of(share: &RegionShare) -> RegionStatus {
        let part = |id: LayerId| share.by_layer[id.index()] / share.area_km2.max(1e-9) * 100.0;
        let pct = share.occupied_pct();
        if part(LayerId::Annexed2014) >= 50.0 {
            RegionStatus::Annexed { pct }
        } else if !share.is_occupied() {
            RegionStatus::NotOccupied
        } else {
            RegionStatus::Occupied {
                pct,
                since_2014: part(LayerId::Occupied2014) >= Self::NOISE_PCT,
                since_2022: part(LayerId::Occupied2022) >= Self::NOISE_PCT,
            }
        }
    }

    pub fn is_occupied(self) -> bool {
        !matches!(self, RegionStatus::NotOccupied)
    }

    /// Always with the occupied share: "100% occupied, annexed by Russia in 2014",
    /// "73% occupied since 2014 and 2022", "not occupied (0%)".
    pub fn describe(self, lang: Lang) -> String {
        match self {
            RegionStatus::Annexed { pct } => {
                format!("{}, {}", i18n::occupied_status(lang, pct, false, false), t(lang, Msg::Annexed))
            }
            RegionStatus::NotOccupied => format!("{} ({})", t(lang, Msg::NotOccupied), i18n::percent(lang, 0.0, 0)),
            RegionStatus::Occupied { pct, since_2014, since_2022 } => {
                i18n::occupied_status(lang, pct, since_2014, since_2022)
            }
        }
    }
}

/// A region's status in words, or nothing for an unknown code.
pub fn region_status(lang: Lang, iso: &str, shares: &crate::data::Shares) -> String {
    shares.region(iso).map(|r| RegionStatus::of(r).describe(lang)).unwrap_or_default()
}

/// Accessible name of a region: its name and its status.
pub fn region_label(lang: Lang, name: &str, iso: &str, shares: &crate::data::Shares) -> String {
    format!("{name}: {}", region_status(lang, iso, shares))
}
