//! The stylesheet without its comments and indentation, as served. `www/styles.css` explains itself in
//! comments (a fifth of its bytes, about 1.2 KB after gzip); readers' browsers need none
//! of them. Trunk's own minifier is not used: it rewrites selectors (`[data-theme="dark"]`
//! loses its quotes), which the palette step looks up as written.

/// `css` with every `/* ... */` removed; quoted strings are kept as they are, and a
/// comment's line break stays so that the rules keep their lines.
pub fn strip(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find(['/', '"', '\'']) {
        let (before, from) = rest.split_at(i);
        out.push_str(before);
        if let Some(comment) = from.strip_prefix("/*") {
            // An unclosed comment runs to the end, as in CSS.
            rest = comment.find("*/").map_or("", |end| &comment[end + 2..]);
            continue;
        }
        let quote = from.chars().next().unwrap_or('/');
        if quote == '/' {
            out.push('/');
            rest = &from[1..];
            continue;
        }
        // A string: up to its closing quote (a backslash escapes the next character).
        let body = &from[1..];
        let mut end = body.len();
        let mut escaped = false;
        for (k, c) in body.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                c if c == quote => {
                    end = k + 1;
                    break;
                }
                _ => {}
            }
        }
        out.push(quote);
        out.push_str(&body[..end]);
        rest = &body[end..];
    }
    out.push_str(rest);
    // Lines that held only a comment are left blank: drop them, and every line's
    // indentation (CSS has no string that spans lines unescaped).
    out.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::strip;

    #[test]
    fn removes_comments_and_keeps_strings_and_rules() {
        let css = "/* head\n   more */\n.a { color: red; /* why */ }\n.b::after { content: \"/* not a comment */\"; }\n.c { background: url('x/*y*/z.png') }\n/* tail";
        assert_eq!(
            strip(css),
            ".a { color: red;  }\n.b::after { content: \"/* not a comment */\"; }\n.c { background: url('x/*y*/z.png') }\n"
        );
    }

    #[test]
    fn the_widget_s_stylesheet_keeps_every_rule() {
        let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/styles.css")).unwrap();
        let stripped = strip(&css);
        assert!(!stripped.contains("/*"), "no comment is left");
        let count = |s: &str, c: char| s.chars().filter(|x| *x == c).count();
        assert_eq!(count(&stripped, '{'), count(&css, '{') - count_in_comments(&css, '{'));
        assert_eq!(count(&stripped, '}'), count(&stripped, '{'));
        assert!(stripped.contains(".upm[data-theme=\"dark\"]"));
    }

    /// How often `c` occurs inside the comments of `css`.
    fn count_in_comments(css: &str, c: char) -> usize {
        css.split("/*").skip(1).map(|s| s.split("*/").next().unwrap_or("").chars().filter(|x| *x == c).count()).sum()
    }
}
