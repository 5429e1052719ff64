//! The rules the embed snippet's loader (`www/embed.js`) must share with the widget: which
//! `data-*` options it passes on, how it reads a language or a theme, which address
//! schemes it accepts. They are written once, here, in Rust; [`embed_js_rules`] writes
//! them as JavaScript, and `tests/contract.rs` fails when the block in `www/embed.js`
//! differs, so the loader can never size or title a frame for another language than the
//! widget shows.

use super::options::{Theme, SNIPPET_OPTIONS, URL_OPTIONS};
use crate::i18n::Lang;
use upm_core::web_url::SCHEMES;

/// The first and last lines of the generated block in `www/embed.js`.
pub const BEGIN: &str = "  // BEGIN rules generated from the widget";
pub const END: &str = "  // END rules generated from the widget";

/// The generated block, between (and including) [`BEGIN`] and [`END`].
pub fn embed_js_rules() -> String {
    let list = |items: &[&str]| items.iter().map(|i| format!("\"{i}\"")).collect::<Vec<_>>().join(", ");
    let langs = Lang::NAMES.iter().map(|(n, l)| format!("\"{n}\": \"{}\"", l.code())).collect::<Vec<_>>().join(", ");
    let themes = Theme::ALL.iter().map(|t| format!("\"{0}\": \"{0}\"", t.as_str())).collect::<Vec<_>>().join(", ");
    let schemes: Vec<String> = SCHEMES.iter().map(|s| format!("{s}:")).collect();
    let schemes: Vec<&str> = schemes.iter().map(String::as_str).collect();
    let space = white_space_class();
    format!(
        "{BEGIN} (src/host/snippet.rs): the same options, the\n\
         \x20 // same language and theme names, the same URL schemes. Do not edit by hand:\n\
         \x20 // tests/contract.rs fails when this block differs from the widget's own rules.\n\
         \x20 var OPTIONS = [{}];\n\
         \x20 var URL_OPTIONS = [{}];\n\
         \x20 var LANGS = {{ {langs} }};\n\
         \x20 var THEMES = {{ {themes} }};\n\
         \x20 var SCHEMES = [{}];\n\
         \x20 var SPACE = /^[{space}]+|[{space}]+$/g;\n\
         {END}",
        list(&SNIPPET_OPTIONS),
        list(&URL_OPTIONS),
        list(&schemes),
    )
}

/// What Rust's `str::trim` removes (Unicode's White_Space), as a JavaScript character
/// class: JavaScript's own `trim` differs (it removes U+FEFF and keeps U+0085).
fn white_space_class() -> String {
    let spaces: Vec<u32> = (0..=0x3000u32).filter(|c| char::from_u32(*c).is_some_and(char::is_whitespace)).collect();
    let mut class = String::new();
    let mut i = 0;
    while i < spaces.len() {
        let mut j = i;
        while j + 1 < spaces.len() && spaces[j + 1] == spaces[j] + 1 {
            j += 1;
        }
        let esc = |c: u32| match c {
            0x09 => "\\t".to_string(),
            0x0a => "\\n".to_string(),
            0x0c => "\\f".to_string(),
            0x0d => "\\r".to_string(),
            0x20 => " ".to_string(),
            c => format!("\\u{c:04x}"),
        };
        if j > i + 1 {
            class.push_str(&format!("{}-{}", esc(spaces[i]), esc(spaces[j])));
        } else {
            for c in &spaces[i..=j] {
                class.push_str(&esc(*c));
            }
        }
        i = j + 1;
    }
    class
}

#[cfg(test)]
mod tests {
    #[test]
    fn white_space_is_rust_s() {
        let class = super::white_space_class();
        assert!(class.contains("\\u0085") && !class.contains("feff"), "{class}");
    }
}
