//! Every word the reader sees, in English and Ukrainian: fixed strings (`strings`),
//! sentences with values in them (`sentences`), numbers and dates (`format`), and what
//! was wrong with a data file (`errors`).

mod errors;
pub mod format;
mod sentences;
mod strings;

pub use errors::describe_error;
pub use format::{date, integer, percent, share};
pub use sentences::*;
pub use strings::{layer_name, status_label, t, Msg};

/// The widget's languages (`lang=en|uk`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    Uk,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "uk" | "ua" => Some(Lang::Uk),
            _ => None,
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
