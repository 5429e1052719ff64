//! What was wrong with a data file, in the reader's language. Details that come from a
//! parser (a line and column, a coordinate) stay as they are.

use super::Lang;
use crate::data::DataError;

pub fn describe_error(error: &DataError, lang: Lang) -> String {
    use DataError::*;
    match lang {
        Lang::En => error.to_string(),
        Lang::Uk => match error {
            NotJson(d) => format!("це не коректний JSON: {d}"),
            WrongShape(d) => format!("це не очікуваний документ: {d}"),
            WrongGeometry(d) => format!("неправильний тип геометрії: {d}"),
            BadCoordinates(d) => format!("неправильні координати: {d}"),
            UnclosedRing(d) => format!("незамкнений контур: {d}"),
            SelfIntersection(d) => format!("контур перетинає сам себе: {d}"),
            UnknownRegion(d) => format!("невідомий код регіону: {d}"),
            Empty => "немає жодного об’єкта".into(),
            TooLarge { limit_bytes } => format!("файл більший за {} МБ", limit_bytes / 1_000_000),
            Http(code) => format!("сервер відповів HTTP {code}"),
            Timeout { seconds } => format!("немає відповіді протягом {seconds} с"),
            Network(d) => format!("помилка мережі: {d}"),
            WorkerFailed => "фоновий обробник віджета не запустився або зупинився".into(),
            NotWebAddress { scheme } => format!("використовуються лише адреси http(s), не {scheme}:"),
        },
    }
}
