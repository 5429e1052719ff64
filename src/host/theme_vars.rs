//! The house-style properties a host may set (`data-vars`, `setTheme`, the theme
//! message): an allow-list of our documented `--upm-*` names, each with the grammar of
//! its values. A value is accepted only when it parses as what it should be (a colour, a
//! length, a font list, a shadow), so nothing else (`url(…)`, `image-set(…)`, `var(…)`,
//! escapes, a `;` that ends the declaration) can reach the style sheet or load anything.

/// What a property's value must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grammar {
    /// `#rgb`, `#rrggbb` (and with alpha), a colour keyword, or `rgb()`/`rgba()`/`hsl()`/
    /// `hsla()` of numbers.
    Colour,
    /// `0`, or a number with `px`, `em`, `rem` or `%`.
    Length,
    /// Family names, comma-separated: plain words or quoted strings.
    FontList,
    /// `none`, or shadows: lengths, an optional `inset` and an optional colour.
    Shadow,
}

/// Every property a host may set, with its grammar (README.md "Themes and house style"
/// lists the same names; tests/contract.rs checks both lists against each other).
pub const THEME_VARS: [(&str, Grammar); 18] = [
    ("--upm-font", Grammar::FontList),
    ("--upm-bg", Grammar::Colour),
    ("--upm-text", Grammar::Colour),
    ("--upm-muted", Grammar::Colour),
    ("--upm-border", Grammar::Colour),
    ("--upm-control-border", Grammar::Colour),
    ("--upm-accent", Grammar::Colour),
    ("--upm-focus", Grammar::Colour),
    ("--upm-sea", Grammar::Colour),
    ("--upm-land", Grammar::Colour),
    ("--upm-region", Grammar::Colour),
    ("--upm-region-border", Grammar::Colour),
    ("--upm-occupied-2022", Grammar::Colour),
    ("--upm-occupied-2014", Grammar::Colour),
    ("--upm-annexed-2014", Grammar::Colour),
    ("--upm-pattern-line", Grammar::Colour),
    ("--upm-radius", Grammar::Length),
    ("--upm-shadow", Grammar::Shadow),
];

/// Longest value accepted: a generous font list.
const MAX_VALUE: usize = 200;

/// Whether a host may set `name` to `value`.
pub fn is_theme_var(name: &str, value: &str) -> bool {
    let Some((_, grammar)) = THEME_VARS.iter().find(|(n, _)| *n == name) else { return false };
    let value = value.trim();
    !value.is_empty() && value.len() <= MAX_VALUE && grammar.accepts(value)
}

impl Grammar {
    pub fn accepts(self, value: &str) -> bool {
        match self {
            Grammar::Colour => is_colour(value),
            Grammar::Length => is_length(value),
            Grammar::FontList => value.split(',').all(|family| is_family(family.trim())),
            Grammar::Shadow => value == "none" || split_outside_parens(value, ',').iter().all(|s| is_shadow(s)),
        }
    }
}

fn is_number(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let mut dots = 0;
    !s.is_empty()
        && s.chars().all(|c| {
            dots += usize::from(c == '.');
            c.is_ascii_digit() || c == '.'
        })
        && dots <= 1
        && s != "."
}

fn is_length(s: &str) -> bool {
    s == "0" || ["px", "em", "rem", "%"].iter().any(|unit| s.strip_suffix(unit).is_some_and(is_number))
}

fn is_colour(s: &str) -> bool {
    if let Some(hex) = s.strip_prefix('#') {
        return [3, 4, 6, 8].contains(&hex.len()) && hex.chars().all(|c| c.is_ascii_hexdigit());
    }
    if let Some((function, rest)) = s.split_once('(') {
        let Some(args) = rest.strip_suffix(')') else { return false };
        let numbers = args.split([',', ' ', '/']).filter(|a| !a.is_empty());
        return ["rgb", "rgba", "hsl", "hsla"].contains(&function.to_ascii_lowercase().as_str())
            && numbers.clone().count() >= 3
            && numbers.clone().count() <= 4
            && numbers.into_iter().all(|a| is_number(a.strip_suffix(['%']).or(a.strip_suffix("deg")).unwrap_or(a)));
    }
    // A keyword (`red`, `transparent`, `currentcolor`...): letters only.
    (3..=30).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphabetic())
}

/// A family name: a quoted string without quotes or backslashes inside, or words of
/// letters (any script), digits, spaces and hyphens.
fn is_family(s: &str) -> bool {
    let quoted = |q: char| {
        s.len() >= 2
            && s.starts_with(q)
            && s.ends_with(q)
            && s[1..s.len() - 1].chars().all(|c| c != '"' && c != '\'' && c != '\\' && !c.is_control())
    };
    let plain = !s.is_empty()
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-' || (!c.is_ascii() && !c.is_control()));
    quoted('"') || quoted('\'') || plain
}

fn is_shadow(s: &str) -> bool {
    let parts = split_outside_parens(s.trim(), ' ');
    let parts: Vec<&str> = parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()).collect();
    let lengths = parts.iter().filter(|p| is_length(p)).count();
    let colours = parts.iter().filter(|p| !is_length(p) && **p != "inset" && is_colour(p)).count();
    let insets = parts.iter().filter(|p| **p == "inset").count();
    (2..=4).contains(&lengths) && colours <= 1 && insets <= 1 && lengths + colours + insets == parts.len()
}

/// Splits at `sep` where it is not inside parentheses (`rgba(0, 0, 0, .2)` stays whole).
fn split_outside_parens(s: &str, sep: char) -> Vec<&str> {
    let (mut depth, mut start, mut out) = (0i32, 0, Vec::new());
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            c if c == sep && depth == 0 => {
                out.push(&s[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_values_of_our_properties() {
        assert!(is_theme_var("--upm-font", "Georgia, \"Times New Roman\", serif"));
        assert!(is_theme_var("--upm-font", "'Noto Sans', Арсенал, sans-serif"));
        assert!(is_theme_var("--upm-occupied-2022", "#c70000"));
        assert!(is_theme_var("--upm-bg", "rgb(250, 250, 245)"));
        assert!(is_theme_var("--upm-bg", "rgb(250 250 245 / 50%)"));
        assert!(is_theme_var("--upm-text", "hsl(210deg, 10%, 20%)"));
        assert!(is_theme_var("--upm-bg", "white"));
        assert!(is_theme_var("--upm-radius", "6px"));
        assert!(is_theme_var("--upm-radius", "0"));
        assert!(is_theme_var("--upm-shadow", "0 2px 8px rgba(0, 0, 0, 0.15)"));
        assert!(is_theme_var("--upm-shadow", "none"));
    }

    #[test]
    fn anything_else_is_refused() {
        assert!(!is_theme_var("--other", "red"));
        assert!(!is_theme_var("--upm-unknown", "red"));
        assert!(!is_theme_var("--upm-bg", "url(https://evil.example/x.png)"));
        assert!(!is_theme_var("--upm-bg", "image-set(\"//evil.example/x.png\" 1x)"));
        assert!(!is_theme_var("--upm-font", "image-set(\"//evil.example/x.png\" 1x)"));
        assert!(!is_theme_var("--upm-font", "\"a\\\" b\""));
        assert!(!is_theme_var("--upm-bg", "red; } body { display: none"));
        assert!(!is_theme_var("--upm-bg", "\\75rl(x)"));
        assert!(!is_theme_var("--upm-bg", "var(--x)"));
        assert!(!is_theme_var("--upm-bg", "rgb(url(x), 1, 2)"));
        assert!(!is_theme_var("--upm-radius", "calc(1px + 2px)"));
        assert!(!is_theme_var("--upm-shadow", "0 2px url(x)"));
        assert!(!is_theme_var("--upm-bg", ""));
        assert!(!is_theme_var("--upm-font", &"a".repeat(201)));
    }
}
