//! The wasm-bindgen glue as served: without its comment lines and its indentation, about
//! 1 KB of the page after gzip that readers' browsers do not need. Conservative rather
//! than a minifier: only whole comment lines and `/* … */` blocks that fill their lines
//! go, and the glue is served as it is if a line could be inside a string that spans
//! lines (an odd number of backticks, or a line ending in a backslash).

pub fn compact(js: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut in_block = false;
    for line in js.lines() {
        let t = line.trim();
        if in_block {
            if let Some(i) = t.find("*/") {
                if i + 2 != t.len() {
                    return js.to_string();
                }
                in_block = false;
            }
            continue;
        }
        if t.is_empty() || t.starts_with("//") {
            continue;
        }
        if let Some(rest) = t.strip_prefix("/*") {
            match rest.find("*/") {
                None => in_block = true,
                Some(i) if i + 2 == rest.len() => {}
                Some(_) => return js.to_string(),
            }
            continue;
        }
        if t.matches('`').count() % 2 == 1 || t.ends_with('\\') {
            return js.to_string();
        }
        out.push(t);
    }
    out.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::compact;

    #[test]
    fn drops_comment_lines_and_indentation_only() {
        let js =
            "/**\n * doc\n */\nexport function f(a) {\n    // why\n    const s = `${a}`; // kept\n\n    return s;\n}\n";
        assert_eq!(compact(js), "export function f(a) {\nconst s = `${a}`; // kept\nreturn s;\n}\n");
    }

    #[test]
    fn leaves_a_glue_it_cannot_read_safely_as_it_is() {
        for js in ["const t = `a\n    b`;\n", "const s = 'a\\\n    b';\n", "/* x */ f();\n", "/*\n x */ f();\n"] {
            assert_eq!(compact(js), js);
        }
    }
}
