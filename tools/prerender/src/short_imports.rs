//! Short names for the functions a wasm imports from its JavaScript glue.
//!
//! wasm-bindgen names each import after the JS it calls plus a 16-digit hash
//! (`__wbg_addEventListener_f2d27251d333a631`), written twice: in the wasm's import section
//! and as a key of the glue's import object. For the widget's ~190 imports that is ~15 KB
//! of names, 6 KB of it random hex that gzip cannot shrink (5.5 KB of the page after gzip,
//! as measured), for names nobody reads. This gives every such import a short name (`$0`,
//! `$1`, ...) in both files, the same way; nothing else in either file changes. (Binaryen's
//! `--minify-imports-and-exports` renamed none of them when tried.)

use std::collections::HashMap;

/// The wasm and its glue with the glue's imports renamed. An import is renamed only if it
/// is wasm-bindgen's (`__wbg...`, `__wbindgen...`), a word of the glue (the glue defines
/// it) and not also the name of an export; run again, nothing changes.
pub fn shorten(wasm: &[u8], js: &str) -> Result<(Vec<u8>, String), String> {
    let words = words(js);
    let exports = export_names(wasm)?;
    let renamable = |name: &str| {
        (name.starts_with("__wbg") || name.starts_with("__wbindgen"))
            && words.contains(name)
            && !exports.iter().any(|e| e == name)
    };
    if let Some(taken) = words.iter().find(|w| is_short(w)) {
        // Shortened before (run again: nothing left to rename), or a glue whose own words
        // would clash with the short names.
        let mut left = false;
        rewrite_imports(wasm, |name| {
            left |= renamable(name);
            None
        })?;
        return if left {
            Err(format!("the glue already has a word like the short names ({taken}) and imports to rename"))
        } else {
            Ok((wasm.to_vec(), js.to_string()))
        };
    }
    let mut renames: HashMap<String, String> = HashMap::new();
    let wasm = rewrite_imports(wasm, |name| {
        if !renamable(name) {
            return None;
        }
        let next = format!("${}", base36(renames.len()));
        Some(renames.entry(name.to_string()).or_insert(next).clone())
    })?;
    let js = replace_words(js, &renames);
    Ok((wasm, js))
}

fn is_short(word: &str) -> bool {
    word.len() > 1 && word.starts_with('$') && word[1..].bytes().all(|b| b.is_ascii_alphanumeric())
}

/// `js` cut into runs of identifier characters (`true`: a word) and runs of anything else.
/// The words inside strings and comments count too, which is harmless: the names are
/// unique and only ever used as keys.
fn pieces(js: &str) -> Vec<(bool, &str)> {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = js.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        // A piece ends where the next character is of the other kind, or at the end.
        if chars.peek().is_none_or(|(_, next)| is_word(*next) != is_word(c)) {
            let end = chars.peek().map_or(js.len(), |(j, _)| *j);
            out.push((is_word(c), &js[start..end]));
            start = end;
        }
    }
    out
}

fn words(js: &str) -> std::collections::HashSet<&str> {
    pieces(js).into_iter().filter(|(word, _)| *word).map(|(_, s)| s).collect()
}

fn replace_words(js: &str, renames: &HashMap<String, String>) -> String {
    pieces(js).into_iter().map(|(word, s)| if word { renames.get(s).map_or(s, String::as_str) } else { s }).collect()
}

fn base36(mut n: usize) -> String {
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut s = vec![digits[n % 36]];
    while n >= 36 {
        n /= 36;
        s.push(digits[n % 36]);
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// The wasm with each import's field name passed through `rename` (`None` keeps it).
/// Every other byte is copied as it is.
fn rewrite_imports(wasm: &[u8], mut rename: impl FnMut(&str) -> Option<String>) -> Result<Vec<u8>, String> {
    if wasm.get(..4) != Some(b"\0asm") {
        return Err("not a wasm module".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut r = Reader { bytes: wasm, at: 8 };
    while r.at < wasm.len() {
        let id = r.byte()?;
        let size = r.leb()? as usize;
        let body = r.take(size)?;
        if id != 2 {
            out.push(id);
            push_leb(&mut out, size as u64);
            out.extend_from_slice(body);
            continue;
        }
        let mut s = Reader { bytes: body, at: 0 };
        let count = s.leb()?;
        let mut section = Vec::with_capacity(body.len());
        push_leb(&mut section, count);
        for _ in 0..count {
            let module = s.name()?;
            let field = s.name()?;
            let from = s.at;
            s.skip_import_kind()?;
            let field = rename(field).unwrap_or_else(|| field.to_string());
            for name in [module, field.as_str()] {
                push_leb(&mut section, name.len() as u64);
                section.extend_from_slice(name.as_bytes());
            }
            section.extend_from_slice(&body[from..s.at]);
        }
        if s.at != body.len() {
            return Err("the import section has bytes after its last import".into());
        }
        out.push(id);
        push_leb(&mut out, section.len() as u64);
        out.extend_from_slice(&section);
    }
    Ok(out)
}

/// The names the wasm exports (what the glue reads as `wasm.NAME`).
fn export_names(wasm: &[u8]) -> Result<Vec<String>, String> {
    let mut r = Reader { bytes: wasm, at: 8 };
    let mut names = Vec::new();
    while r.at < wasm.len() {
        let id = r.byte()?;
        let size = r.leb()? as usize;
        let body = r.take(size)?;
        if id == 7 {
            let mut s = Reader { bytes: body, at: 0 };
            for _ in 0..s.leb()? {
                names.push(s.name()?.to_string());
                s.byte()?;
                s.leb()?;
            }
        }
    }
    Ok(names)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, String> {
        let b = *self.bytes.get(self.at).ok_or("the wasm ends early")?;
        self.at += 1;
        Ok(b)
    }

    fn leb(&mut self) -> Result<u64, String> {
        let (mut n, mut shift) = (0u64, 0);
        loop {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
            shift += 7;
            if shift > 63 {
                return Err("a number in the wasm is too long".into());
            }
        }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.bytes.len()).ok_or("the wasm ends early")?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn name(&mut self) -> Result<&'a str, String> {
        let n = self.leb()? as usize;
        std::str::from_utf8(self.take(n)?).map_err(|_| "an import name is not UTF-8".to_string())
    }

    /// Limits: a flags byte (bit 0: a maximum follows), then the minimum (and maximum).
    fn limits(&mut self) -> Result<(), String> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 == 1 {
            self.leb()?;
        }
        Ok(())
    }

    /// Past an import's description (function, table, memory, global or tag).
    fn skip_import_kind(&mut self) -> Result<(), String> {
        match self.byte()? {
            0x00 => self.leb().map(drop),
            0x01 => {
                self.value_type()?;
                self.limits()
            }
            0x02 => self.limits(),
            0x03 => {
                self.value_type()?;
                self.byte().map(drop)
            }
            0x04 => {
                self.byte()?;
                self.leb().map(drop)
            }
            kind => Err(format!("unknown import kind {kind:#x}")),
        }
    }

    /// A value or reference type: one byte, or `ref`/`ref null` and a heap type.
    fn value_type(&mut self) -> Result<(), String> {
        match self.byte()? {
            0x63 | 0x64 => self.leb().map(drop),
            _ => Ok(()),
        }
    }
}

fn push_leb(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two functions and a memory from "./glue.js", and exporting nothing.
    fn module(names: [&str; 3]) -> Vec<u8> {
        let mut imports = Vec::new();
        push_leb(&mut imports, 3);
        for (name, desc) in names.iter().zip([&[0x00, 0x00][..], &[0x00, 0x00], &[0x02, 0x01, 0x11, 0x80, 0x80, 0x04]])
        {
            for s in ["./glue.js", name] {
                push_leb(&mut imports, s.len() as u64);
                imports.extend_from_slice(s.as_bytes());
            }
            imports.extend_from_slice(desc);
        }
        // Type section (one `() -> ()`), then the imports, then an empty custom section.
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend_from_slice(&[0x01, 0x04, 0x01, 0x60, 0x00, 0x00]);
        wasm.push(0x02);
        push_leb(&mut wasm, imports.len() as u64);
        wasm.extend_from_slice(&imports);
        wasm.extend_from_slice(&[0x00, 0x02, 0x01, b'x']);
        wasm
    }

    const GLUE: &str =
        "const import0 = { __proto__: null, __wbg_log_0123456789abcdef: function(a) { console.log(a); }, \
                        __wbg_now_fedcba9876543210: function() { return Date.now(); } };\n\
                        // __wbg_log_0123456789abcdef logs\n";

    #[test]
    fn renames_the_glue_s_imports_in_both_files_alike() {
        let wasm = module(["__wbg_log_0123456789abcdef", "__wbg_now_fedcba9876543210", "memory"]);
        let (short, js) = shorten(&wasm, GLUE).unwrap();
        assert_eq!(short, module(["$0", "$1", "memory"]), "only the names changed");
        assert_eq!(
            js,
            "const import0 = { __proto__: null, $0: function(a) { console.log(a); }, \
             $1: function() { return Date.now(); } };\n// $0 logs\n"
        );
        // Run again: nothing changes.
        assert_eq!(shorten(&short, &js).unwrap(), (short.clone(), js.clone()));
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        let wasm = module(["__wbg_log_0123456789abcdef", "__wbg_now_fedcba9876543210", "memory"]);
        assert!(shorten(&wasm[..wasm.len() - 8], GLUE).is_err(), "a truncated module");
        assert!(shorten(b"not wasm", GLUE).is_err());
        // A glue that already uses a short name while the wasm does not: stop, rather than clash.
        assert!(shorten(&wasm, &format!("{GLUE} const $0 = 1;")).is_err());
    }

    #[test]
    fn short_names_are_distinct() {
        let names: std::collections::HashSet<String> = (0..5000).map(base36).collect();
        assert_eq!(names.len(), 5000);
        assert_eq!((base36(0), base36(35), base36(36)), ("0".into(), "z".into(), "10".into()));
    }
}
