//! Fixed strings, each in both languages side by side so a translator sees the pair.

use super::Lang;
use crate::data::terms::TermStatus;

/// Declares `Msg` and `Msg::ALL` from one list, so that no string can be left out of the
/// tests that read all of them.
macro_rules! messages {
    ($($name:ident),+ $(,)?) => {
        /// Fixed strings. Strings with values in them are in `sentences`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg {
            $($name),+
        }

        impl Msg {
            /// Every string, for the tests that read all of them (Ukrainian typography, no
            /// English in the Ukrainian widget).
            pub const ALL: &'static [Msg] = &[$(Msg::$name),+];
        }
    };
}

messages! {
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
    NoPositions,
    Close,
    Source,
    Citing,
    EditorsTranslation,
    StatusProposed,
    StatusUsPosition,
    StatusUkraineDemand,
    StatusAccompanying,
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
    ErrorDateTitle,
    ErrorDownload,
    TimelineLabel,
    Play,
    Pause,
    EditorStop,
    EditorDateShown,
    DatesCaption,
    ColDate,
    ColChange,
    ChartTitle,
    GetTheData,
    DataCsv,
    DataGeojson,
    MapSvg,
    FileShownHere,
    ProposalsLabel,
    AreasRounded,
    ErrorProposalTitle,
    NotLocated,
    ProvisionRecognised,
    ProvisionFrozen,
    ProvisionWithdrawal,
    ProvisionRussiaWithdraws,
    ProvisionUnresolved,
    KindReportedProposal,
    KindLeakedDraft,
    KindFramework,
    KindStatedDemand,
    ProposalSources,
    ProposalInRegion,
    ProposalsCaption,
    ColProvision,
    ColPlan,
    KeyAnnexed,
    KeyOccupied2014,
    KeyOccupied2022,
    KeyTotal,
    FiguresAndSources,
}

/// The widget's own words. Where they speak of the proposal they follow the one source
/// (DailyChive.com, 2025) and data/README.md's editorial rules: one verb for one fact
/// ("occupied"), terms *and positions* (not all are clauses of the proposal), Ukrainian
/// as a Ukrainian editor writes it (typographic apostrophe ’).
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    use Msg::*;
    let (en, uk) = match msg {
        MapLabel => ("Map of Ukraine’s regions and the areas occupied by Russia", "Мапа регіонів України та окупованих Росією територій"),
        Intro => (
            "Select a region to see the terms and positions on the US peace proposal that concern it.",
            "Оберіть регіон, щоб побачити умови та позиції щодо мирної пропозиції США, які його стосуються.",
        ),
        LegendTitle => ("Occupied territory", "Окупована територія"),
        LegendTotal => ("Total occupied", "Окуповано загалом"),
        // The phone's one-line key (the legend's rows, shortened; the full rows are one tap away).
        KeyAnnexed => ("Crimea (2014)", "Крим (2014)"),
        KeyOccupied2014 => ("Donbas (2014)", "Донбас (2014)"),
        KeyOccupied2022 => ("Since 2022", "З 2022 року"),
        KeyTotal => ("Total", "Загалом"),
        FiguresAndSources => ("Figures and sources", "Дані та джерела"),
        LayerAnnexed => (
            "Crimea and Sevastopol: occupied by Russia and annexed in 2014",
            "Крим і Севастополь: окуповані Росією й анексовані у 2014 році",
        ),
        LayerOccupied2014 => (
            "Occupied by Russia since 2014 (parts of Donetsk and Luhansk oblasts)",
            "Окуповано Росією з 2014 року (частини Донецької та Луганської областей)",
        ),
        LayerOccupied2022 => (
            "Occupied by Russia since the full-scale invasion of 24 February 2022",
            "Окуповано Росією з початку повномасштабного вторгнення 24 лютого 2022 року",
        ),
        LayerExternal => ("Occupied by Russia since 2022 (editor’s data)", "Окуповано Росією з 2022 року (дані редакції)"),
        Km2 => ("km²", "км²"),
        SourcesTitle => ("Sources", "Джерела"),
        SourcesText => (
            "Borders: Natural Earth. Occupied areas: this map’s own reconstruction of the front line through GeoNames places (CC BY 4.0), traced from ISW assessments, official statements and news agency reports. Terms and positions: as reported by DailyChive.com (2025).",
            "Кордони: Natural Earth. Окуповані території: власна реконструкція лінії фронту для цієї мапи за населеними пунктами GeoNames (CC BY 4.0) на основі оцінок ISW, офіційних заяв і повідомлень інформаційних агентств. Умови та позиції: за повідомленням DailyChive.com (2025).",
        ),
        NotOccupied => ("not occupied", "не окуповано"),
        Annexed => ("annexed by Russia in 2014", "анексовано Росією у 2014 році"),
        SpecificTerms => ("Terms and positions on this region", "Умови та позиції щодо цього регіону"),
        NationalTerms => ("Terms and positions for all of Ukraine", "Умови та позиції щодо всієї України"),
        NoSpecificTerms => (
            "No reported term or position concerns this region in particular.",
            "Жодна з умов чи позицій, про які повідомлено, не стосується саме цього регіону.",
        ),
        NoPositions => ("The report gave no party’s position on this.", "Повідомлення не наводить позицій сторін щодо цього."),
        Close => ("Close", "Закрити"),
        Source => ("Source", "Джерело"),
        Citing => ("citing", "з посиланням на"),
        EditorsTranslation => ("editors’ translation", "переклад редакції"),
        StatusProposed => ("In the US proposal", "У пропозиції США"),
        StatusUsPosition => ("US position", "Позиція США"),
        StatusUkraineDemand => ("Ukraine’s demand", "Вимога України"),
        StatusAccompanying => ("Accompanying deal", "Супровідна угода"),
        StatusContested => ("Contested", "Спірна"),
        StatusDemanded => ("Demanded", "Вимога"),
        StatusDelayed => ("Delayed", "Відкладена"),
        ZoomIn => ("Zoom in", "Збільшити"),
        ZoomOut => ("Zoom out", "Зменшити"),
        ZoomReset => ("Show all of Ukraine", "Показати всю Україну"),
        ZoomCrimea => ("Crimea", "Крим"),
        ZoomDonbas => ("Donbas", "Донбас"),
        ZoomHint => (
            "To zoom, pinch or scroll while holding Ctrl",
            "Щоб змінити масштаб, зведіть чи розведіть пальці або прокрутіть, утримуючи Ctrl",
        ),
        ViewAsTable => ("View as table", "Переглянути як таблицю"),
        ColRegion => ("Region", "Регіон"),
        ColStatus => ("Status", "Статус"),
        ColOccupied => ("Occupied", "Окуповано"),
        ColTerms => ("Terms and positions", "Умови та позиції"),
        TableCaption => (
            "Ukraine’s regions, their occupied share and the terms and positions that name the region (those for all of Ukraine are listed apart, in each region’s details)",
            "Регіони України, частка окупованої території та умови й позиції, у яких названо регіон (ті, що стосуються всієї України, наведено окремо, у подробицях кожного регіону)",
        ),
        DownloadImage => ("Download image", "Завантажити зображення"),
        KeyboardHint => (
            "Arrow keys move between regions; Enter opens one.",
            "Стрілками можна переходити між регіонами; Enter відкриває регіон.",
        ),
        FallbackNote => ("The map shows its built-in data instead.", "Натомість мапа показує вбудовані дані."),
        CrashNote => (
            "Something went wrong in the map. Please reload the page.",
            "У роботі мапи сталася помилка. Перезавантажте сторінку.",
        ),
        ErrorOccupiedTitle => ("Could not use the occupied-areas file", "Не вдалося використати файл окупованих територій"),
        ErrorTermsTitle => ("Could not use the terms file", "Не вдалося використати файл умов"),
        ErrorEmbeddedTitle => ("The map’s built-in data is damaged", "Вбудовані дані мапи пошкоджені"),
        ErrorDateTitle => ("Unknown date", "Невідома дата"),
        ErrorProposalTitle => ("Unknown proposal", "Невідома пропозиція"),
        ProposalsLabel => ("Peace plans on the map", "Мирні плани на мапі"),
        AreasRounded => (
            "Areas are rounded to 100 km² (10 km² under 1,000): where an independent record of the front is available (2024–2026), our total agrees with it within about 1%.",
            "Площі округлено до 100 км² (до 10 км², якщо вони менші за 1000): там, де є незалежні дані про фронт (2024–2026), наша загальна площа збігається з ними в межах приблизно 1%.",
        ),
        NotLocated => ("Not located by the source", "Джерело не вказує, де саме"),
        // The plans word it differently ("de facto Russian", "under Russian jurisdiction"):
        // the name covers both, and each provision's own words follow it.
        ProvisionRecognised => (
            "Would be recognised as Russian or under Russian jurisdiction",
            "Мали б визнати російськими або під російською юрисдикцією",
        ),
        // "Frozen along the line of contact" (28 points), "the line … recognised de facto as
        // the line of contact" (20 points): the line would stay where it is.
        ProvisionFrozen => ("The line of contact would stay where it is", "Лінія зіткнення мала б лишитися там, де є"),
        ProvisionWithdrawal => ("Ukraine would withdraw its forces", "Україна мала б вивести війська"),
        ProvisionRussiaWithdraws => ("Russia would withdraw its forces", "Росія мала б вивести війська"),
        ProvisionUnresolved => ("Left open", "Залишено відкритим"),
        KindReportedProposal => ("a proposal as reported", "пропозиція, за повідомленням ЗМІ"),
        KindLeakedDraft => ("a draft published by the press", "проєкт, оприлюднений у пресі"),
        KindFramework => ("a framework one party presented", "рамка, яку представила одна сторона"),
        KindStatedDemand => ("one party’s stated demands", "заявлені вимоги однієї сторони"),
        ProposalSources => ("Sources", "Джерела"),
        // After the plan's name and a colon (the popup's heading), hence lower case.
        ProposalInRegion => ("what this plan said about the region", "що цей план передбачав для регіону"),
        // The table lists every plan's provisions.
        ProposalsCaption => ("The plans’ territorial provisions, measured on the line shown", "Територіальні положення планів, виміряні на показаній лінії фронту"),
        ColPlan => ("Plan", "План"),
        ColProvision => ("Provision", "Положення"),
        ErrorDownload => (
            "The file could not be made. Please try again.",
            "Не вдалося створити файл. Спробуйте ще раз.",
        ),
        TimelineLabel => ("Date of the map", "Дата мапи"),
        Play => ("Play through the dates", "Показати всі дати по черзі"),
        Pause => ("Pause", "Пауза"),
        EditorStop => ("editor’s file", "файл редакції"),
        EditorDateShown => ("The map now shows the editor’s file", "Мапа тепер показує файл редакції"),
        DatesCaption => (
            "Share of Ukraine occupied by Russia on each date of the map, in all and by region",
            "Частка окупованої Росією території України на кожну дату мапи, загалом і за регіонами",
        ),
        ColDate => ("Date", "Дата"),
        ColChange => ("Change since the previous date", "Зміна від попередньої дати"),
        ChartTitle => ("Share of Ukraine occupied by Russia, by date", "Частка окупованої Росією території України за датами"),
        GetTheData => ("Get the data", "Отримати дані"),
        DataCsv => ("Regions on this date (CSV)", "Регіони на цю дату (CSV)"),
        DataGeojson => ("Occupied areas (GeoJSON)", "Окуповані території (GeoJSON)"),
        MapSvg => ("Map as shown (SVG)", "Мапа, як показано (SVG)"),
        FileShownHere => (
            "This page does not allow downloads from the map, so the file is shown here.",
            "Ця сторінка не дозволяє завантажувати файли з мапи, тож файл показано тут.",
        ),
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
            TermStatus::UsPosition => Msg::StatusUsPosition,
            TermStatus::UkraineDemand => Msg::StatusUkraineDemand,
            TermStatus::Accompanying => Msg::StatusAccompanying,
            TermStatus::Contested => Msg::StatusContested,
            TermStatus::Demanded => Msg::StatusDemanded,
            TermStatus::Delayed => Msg::StatusDelayed,
        },
    )
}

/// A layer's name in the legend; an editor's file is labelled as such.
pub fn layer_name(lang: Lang, id: crate::data::LayerId, external: bool) -> &'static str {
    use crate::data::LayerId::*;
    t(
        lang,
        match (id, external) {
            (Annexed2014, _) => Msg::LayerAnnexed,
            (Occupied2014, _) => Msg::LayerOccupied2014,
            (Occupied2022, true) => Msg::LayerExternal,
            (Occupied2022, false) => Msg::LayerOccupied2022,
        },
    )
}

/// A provision's name in the legend: conditional, for a plan is not an agreement.
pub fn provision_name(lang: Lang, kind: crate::data::proposals::ProvisionKind) -> &'static str {
    use crate::data::proposals::ProvisionKind::*;
    t(
        lang,
        match kind {
            Recognised => Msg::ProvisionRecognised,
            Frozen => Msg::ProvisionFrozen,
            Withdrawal => Msg::ProvisionWithdrawal,
            RussiaWithdraws => Msg::ProvisionRussiaWithdraws,
            Unresolved => Msg::ProvisionUnresolved,
        },
    )
}

/// What a proposal is, said beside its name.
pub fn proposal_kind(lang: Lang, kind: crate::data::proposals::ProposalKind) -> &'static str {
    use crate::data::proposals::ProposalKind::*;
    t(
        lang,
        match kind {
            ReportedProposal => Msg::KindReportedProposal,
            LeakedDraft => Msg::KindLeakedDraft,
            Framework => Msg::KindFramework,
            StatedDemand => Msg::KindStatedDemand,
        },
    )
}
