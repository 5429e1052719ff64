//! Addresses from outside (the page's query, an editor's file) are checked once, where
//! they come in: only `http:` and `https:` addresses, or relative ones, may be fetched or
//! linked. A `javascript:` or `data:` address never reaches a fetch, a link or a frame.
//!
//! The check reads the scheme as a browser's URL parser would: it first drops leading and
//! trailing C0 controls and spaces, and every tab and line break anywhere, so
//! `" java\tscript:…"` is seen as the `javascript:` address the browser would make of it.

/// An address that is `http(s):` or relative (resolved later against the page).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebUrl(String);

/// Why an address was refused: the scheme it has (lower-cased, e.g. `javascript`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherScheme(pub String);

/// The schemes we fetch and link.
pub const SCHEMES: [&str; 2] = ["https", "http"];

impl WebUrl {
    /// Checks an address; an empty one is `Ok(None)`.
    pub fn parse(raw: &str) -> Result<Option<WebUrl>, OtherScheme> {
        let cleaned: String =
            raw.trim_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
        if cleaned.is_empty() {
            return Ok(None);
        }
        match scheme(&cleaned) {
            Some(s) if !SCHEMES.contains(&s.as_str()) => Err(OtherScheme(s)),
            _ => Ok(Some(WebUrl(cleaned))),
        }
    }

    /// Only `https:` addresses (for links we show, as the terms schema says).
    pub fn parse_https(raw: &str) -> Option<WebUrl> {
        WebUrl::parse(raw).ok().flatten().filter(|u| scheme(&u.0).as_deref() == Some("https"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for WebUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The scheme of an absolute address (RFC 3986: a letter, then letters, digits, `+`, `-`
/// or `.`, then `:`), lower-cased; `None` for a relative one.
fn scheme(url: &str) -> Option<String> {
    let (head, _) = url.split_once(':')?;
    let mut chars = head.chars();
    let first_is_letter = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    (first_is_letter && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)))
        .then(|| head.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_pass() {
        for ok in
            ["https://x.org/a.geojson", "HTTP://x.org/", "a.geojson", "/data/a.json", "//cdn.x.org/a", "?x=1", "a:b/c"]
        {
            let parsed = WebUrl::parse(ok);
            // "a:b/c" has the scheme "a": refused like any other.
            if ok == "a:b/c" {
                assert_eq!(parsed, Err(OtherScheme("a".into())));
            } else {
                assert!(matches!(parsed, Ok(Some(_))), "{ok}");
            }
        }
        assert_eq!(WebUrl::parse("  "), Ok(None));
    }

    #[test]
    fn other_schemes_are_refused_as_a_browser_would_read_them() {
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "data:application/json,{}",
            "blob:https://x.org/1",
            "file:///etc/passwd",
            "vbscript:x",
        ] {
            assert!(WebUrl::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(WebUrl::parse("java\tscript:x"), Err(OtherScheme("javascript".into())));
    }

    #[test]
    fn links_are_https_only() {
        assert!(WebUrl::parse_https("https://x.org").is_some());
        assert!(WebUrl::parse_https("http://x.org").is_none());
        assert!(WebUrl::parse_https("x.html").is_none());
    }
}
