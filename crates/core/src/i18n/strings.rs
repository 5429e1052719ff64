//! Fixed strings, each in both languages side by side so a translator sees the pair.

use super::Lang;
use crate::data::terms::TermStatus;

/// Fixed strings. Strings with values in them are functions below.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    MapLabel,
    Intro,
    LegendTitle,
    LegendTotal,
    LayerAnnexed,
    LayerOccupied2014,
    LayerOccupied2022,
    LayerExternal,
    Km2,
    SourcesTitle,
    SourcesText,
    NotOccupied,
    Annexed,
    SpecificTerms,
    NationalTerms,
    NoSpecificTerms,
    Close,
    Source,
    StatusProposed,
    StatusContested,
    StatusDemanded,
    StatusDelayed,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ZoomCrimea,
    ZoomDonbas,
    ZoomHint,
    ViewAsTable,
    ColRegion,
    ColStatus,
    ColOccupied,
    ColTerms,
    TableCaption,
    DownloadImage,
    KeyboardHint,
    FallbackNote,
    CrashNote,
    ErrorOccupiedTitle,
    ErrorTermsTitle,
    ErrorEmbeddedTitle,
}

pub fn t(lang: Lang, msg: Msg) -> &'static str {
    use Msg::*;
    let (en, uk) = match msg {
        MapLabel => ("Map of Ukraine's regions and the areas occupied by Russia", "Мапа регіонів України та окупованих Росією територій"),
        Intro => (
            "Select a region to see the terms of the US peace proposal that concern it.",
            "Оберіть регіон, щоб побачити умови мирної пропозиції США, які його стосуються.",
        ),
        LegendTitle => ("Occupied territory", "Окупована територія"),
        LegendTotal => ("Occupied in all", "Окуповано загалом"),
        LayerAnnexed => ("Crimea and Sevastopol, annexed in 2014", "Крим і Севастополь, анексовані у 2014 році"),
        LayerOccupied2014 => (
            "Held by Russia since 2014 (parts of Donetsk and Luhansk oblasts)",
            "Під контролем Росії з 2014 року (частини Донецької та Луганської областей)",
        ),
        LayerOccupied2022 => ("Occupied since the invasion of 24 February 2022", "Окуповано після вторгнення 24 лютого 2022 року"),
        LayerExternal => ("Occupied since 2022 (editor's data)", "Окуповано з 2022 року (дані редакції)"),
        Km2 => ("km²", "км²"),
        SourcesTitle => ("Sources", "Джерела"),
        SourcesText => (
            "Borders: Natural Earth. Occupied areas: our tracing of the front line through GeoNames places (CC BY 4.0). Terms: DailyChive.com.",
            "Кордони: Natural Earth. Окуповані території: наша лінія фронту через населені пункти GeoNames (CC BY 4.0). Умови: DailyChive.com.",
        ),
        NotOccupied => ("not occupied", "не окуповано"),
        Annexed => ("annexed by Russia in 2014", "анексовано Росією у 2014 році"),
        SpecificTerms => ("Terms that concern this region", "Умови, що стосуються цього регіону"),
        NationalTerms => ("Terms for all of Ukraine", "Умови для всієї України"),
        NoSpecificTerms => ("No term of the proposal names this region.", "Жодна умова пропозиції не стосується саме цього регіону."),
        Close => ("Close", "Закрити"),
        Source => ("Source", "Джерело"),
        StatusProposed => ("In the US proposal", "У пропозиції США"),
        StatusContested => ("Contested", "Спірне"),
        StatusDemanded => ("Demanded", "Вимога"),
        StatusDelayed => ("Delayed", "Відкладено"),
        ZoomIn => ("Zoom in", "Збільшити"),
        ZoomOut => ("Zoom out", "Зменшити"),
        ZoomReset => ("Show all of Ukraine", "Показати всю Україну"),
        ZoomCrimea => ("Crimea", "Крим"),
        ZoomDonbas => ("Donbas", "Донбас"),
        ZoomHint => ("Pinch, or Ctrl + scroll, to zoom", "Щоб змінити масштаб, зведіть пальці або Ctrl + прокрутка"),
        ViewAsTable => ("View as table", "Переглянути як таблицю"),
        ColRegion => ("Region", "Регіон"),
        ColStatus => ("Status", "Статус"),
        ColOccupied => ("Occupied", "Окуповано"),
        ColTerms => ("Terms of the proposal", "Умови пропозиції"),
        TableCaption => ("Ukraine's regions, their occupied share and the terms that concern them", "Регіони України, частка окупованої території та умови, що їх стосуються"),
        DownloadImage => ("Download image", "Завантажити зображення"),
        KeyboardHint => ("Arrow keys move between regions; Enter opens one.", "Стрілки переміщують між регіонами; Enter відкриває регіон."),
        FallbackNote => ("The map shows its built-in data instead.", "Мапа показує вбудовані дані."),
        CrashNote => ("Something went wrong in the map. Please reload the page.", "У мапі сталася помилка. Перезавантажте сторінку."),
        ErrorOccupiedTitle => ("Could not use the occupied-areas file", "Не вдалося використати файл окупованих територій"),
        ErrorTermsTitle => ("Could not use the terms file", "Не вдалося використати файл умов"),
        ErrorEmbeddedTitle => ("The map's built-in data is damaged", "Вбудовані дані мапи пошкоджені"),
    };
    match lang {
        Lang::En => en,
        Lang::Uk => uk,
    }
}

/// The badge of a term of this status.
pub fn status_label(lang: Lang, status: TermStatus) -> &'static str {
    t(
        lang,
        match status {
            TermStatus::Proposed => Msg::StatusProposed,
            TermStatus::Contested => Msg::StatusContested,
            TermStatus::Demanded => Msg::StatusDemanded,
            TermStatus::Delayed => Msg::StatusDelayed,
        },
    )
}
