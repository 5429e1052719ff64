//! What was wrong with a data file, in the reader's language. Details are structured
//! (a feature's number, a code, a coordinate, a count), so each language writes its own
//! sentence around them; only a JSON parser's own message (a line and column) and a
//! network error's text stay as the browser gave them.

use super::Lang;
use crate::data::{DataError, Limit, Subject};

/// "об’єкт 3", or a code as it is.
fn subject_uk(what: &Subject) -> String {
    match what {
        Subject::Feature(n) => format!("об’єкт {n}"),
        Subject::Code(c) => c.clone(),
    }
}

pub fn describe_error(error: &DataError, lang: Lang) -> String {
    use DataError::*;
    match lang {
        Lang::En => error.to_string(),
        Lang::Uk => match error {
            NotJson(d) => match crate::data::error::line_column(d) {
                Some((line, column)) => format!("це не коректний JSON: текст уривається в рядку {line}, стовпчику {column}"),
                None => "це не коректний JSON".into(),
            },
            WrongShape(d) => format!("це не очікуваний документ: {d}"),
            WrongGeometry { what, found } if found.is_empty() => format!("{} не має геометрії", subject_uk(what)),
            WrongGeometry { what, found } => {
                format!("неправильний тип геометрії: {} — це {found}, а не Polygon чи MultiPolygon", subject_uk(what))
            }
            BadCoordinates { what, at } if at.is_empty() => {
                format!("неправильні координати: {} має позицію з менш ніж двома числами", subject_uk(what))
            }
            BadCoordinates { what, at } => format!("неправильні координати: {}: {at}", subject_uk(what)),
            UnclosedRing { what, points } => format!("незамкнений контур: {}: контур із {points} точок", subject_uk(what)),
            SelfIntersection { what, near } => format!("контур перетинає сам себе: {}, поблизу {near}", subject_uk(what)),
            NotFeatureCollection { found } => format!(
                "це не очікуваний документ: не GeoJSON FeatureCollection (знайдено: {})",
                if found.is_empty() { "нічого" } else { found }
            ),
            UnknownLayer { name } => format!("невідомий шар «{name}»"),
            BadField { at, field } if at.is_empty() => {
                format!("це не очікуваний документ: поле «{field}» відсутнє або має неправильний тип")
            }
            BadField { at, field } => {
                format!("це не очікуваний документ: «{at}»: поле «{field}» відсутнє або має неправильний тип")
            }
            UnknownStatus { at, value } => format!(
                "це не очікуваний документ: «{at}»: статус «{value}» не належить до: {}",
                crate::data::terms::status_names()
            ),
            DuplicateId { id } => format!("це не очікуваний документ: ідентифікатор «{id}» трапляється двічі"),
            WrongSchema { found } => format!(
                "це не очікуваний документ: схема {}, а не {}",
                if found.is_empty() { "не вказана" } else { found },
                crate::data::terms::SCHEMA
            ),
            TooComplex { limit: Limit::Vertices, count } => format!("файл завеликий: понад {count} вершин"),
            TooComplex { limit: Limit::Polygons, count } => format!("файл завеликий: понад {count} полігонів"),
            TooComplex { limit: Limit::Crossings, count } => format!(
                "файл надто складний для вимірювання: його ребра перетинають лінії вимірювання {count} разів, більше, ніж можна виміряти вчасно"
            ),
            UnknownRegion(d) => format!("невідомий код регіону: {d}"),
            Empty => "немає жодного об’єкта".into(),
            TooLarge { limit_bytes } => format!("файл більший за {} МБ", limit_bytes / 1_000_000),
            Http(code) => format!("сервер відповів HTTP {code}"),
            Timeout { seconds } => format!("немає відповіді протягом {seconds} с"),
            // The browser's own words are English: the kinds of failure are named instead.
            Network(_) => {
                "помилка мережі (сервер недоступний, переспрямування зациклилося або сторінка заблокувала запит)".into()
            }
            WorkerFailed => "фоновий обробник віджета не запустився або зупинився".into(),
            NotWebAddress { scheme } => format!("використовуються лише адреси http(s), не {scheme}:"),
        },
    }
}
