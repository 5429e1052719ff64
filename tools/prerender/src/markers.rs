//! Yew's server renderer marks each component in the HTML with a comment that names its
//! Rust type (`<!--<[ukraine_peace_map::ui::components::map::Map]>-->`) when it runs
//! with debug assertions, as this tool does. Hydration reads only the marks' brackets
//! (`<[`, `</[`, `]>`), never the name, in release and debug builds alike (yew 0.23,
//! `dom_bundle::fragment::Fragment::collect_between`), so the page is served without
//! the names: about 0.3 KB of the page after gzip.

/// `html` with every component mark's name removed.
pub fn unnamed(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("<!--<") {
        let (before, from) = rest.split_at(i);
        out.push_str(before);
        let mark = ["<!--<[", "<!--</["].into_iter().find(|m| from.starts_with(m));
        let end = from.find("]>-->");
        match (mark, end) {
            (Some(mark), Some(end)) if is_type_path(&from[mark.len()..end]) => {
                out.push_str(mark);
                out.push_str("]>-->");
                rest = &from[end + "]>-->".len()..];
            }
            _ => {
                out.push_str("<!--<");
                rest = &from["<!--<".len()..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A Rust type's path, as `std::any::type_name` writes a component's.
fn is_type_path(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
}

#[cfg(test)]
mod tests {
    use super::unnamed;

    #[test]
    fn drops_the_names_and_keeps_every_mark() {
        let html = "<!--<[a::b::App]>--><div><!--<#>--><p>x</p><!--</#>--></div><!--</[a::b::App]>--><!--<[a::C]>-->";
        assert_eq!(unnamed(html), "<!--<[]>--><div><!--<#>--><p>x</p><!--</#>--></div><!--</[]>--><!--<[]>-->");
        // Other comments, and text that only looks like a mark, stay.
        for s in ["<!--<[not a type]>-->", "<!-- <[a::B]> -->", "<!--<[a::B]"] {
            assert_eq!(unnamed(s), s);
        }
    }
}
