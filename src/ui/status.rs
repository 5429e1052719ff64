//! How a region's situation is put into words, the same way everywhere (tooltip,
//! popup, accessible name, table).

use crate::data::shares::Shares;
use crate::data::LayerId;
use crate::i18n::{self, t, Lang, Msg};

/// Always with the occupied share: "100% occupied, annexed by Russia in 2014",
/// "73% occupied since 2014 and 2022", "not occupied (0%)".
pub fn region_status(lang: Lang, iso: &str, shares: &Shares) -> String {
    let Some(r) = shares.region(iso) else { return String::new() };
    let pct = r.occupied_pct();
    let part = |id: LayerId| r.by_layer[id.index()] / r.area_km2.max(1e-9) * 100.0;
    if part(LayerId::Annexed2014) >= 50.0 {
        return format!("{}, {}", i18n::occupied_status(lang, pct, false, false), t(lang, Msg::Annexed));
    }
    // Under 0.05% is measurement noise along a shared border, not occupation.
    if pct < 0.05 {
        return format!("{} ({})", t(lang, Msg::NotOccupied), i18n::percent(lang, 0.0, 0));
    }
    i18n::occupied_status(lang, pct, part(LayerId::Occupied2014) >= 0.05, part(LayerId::Occupied2022) >= 0.05)
}

/// Accessible name of a region: its name and its status.
pub fn region_label(lang: Lang, name: &str, iso: &str, shares: &Shares) -> String {
    format!("{name}: {}", region_status(lang, iso, shares))
}
