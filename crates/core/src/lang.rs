//! The widget's two languages: a module of its own, so that the data (which holds texts in
//! both) and the words (`i18n`) both depend on it, not on each other.

/// The widget's languages (`lang=en|uk`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    Uk,
}

impl Lang {
    /// The names `lang=` accepts (after trimming and lower-casing ASCII letters): the
    /// BCP 47 codes, and `ua`, the country code editors often write. embed.js reads the
    /// same table (generated from this one: `embed::snippet`).
    pub const NAMES: [(&'static str, Lang); 3] = [("en", Lang::En), ("uk", Lang::Uk), ("ua", Lang::Uk)];

    pub fn parse(s: &str) -> Option<Lang> {
        let name = s.trim().to_ascii_lowercase();
        Lang::NAMES.iter().find(|(n, _)| *n == name).map(|(_, lang)| *lang)
    }

    /// The language a source's own text is in (our sources write English or Ukrainian):
    /// Ukrainian when it has Cyrillic letters. For `lang` on quotes and headlines, so that
    /// screen readers pronounce them right.
    pub fn of_text(text: &str) -> Lang {
        if text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)) {
            Lang::Uk
        } else {
            Lang::En
        }
    }

    /// BCP 47 tag for the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Uk => "uk",
        }
    }
}
