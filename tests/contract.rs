//! The public contract (docs/contract.md) against the code, both ways: every URL
//! parameter, snippet attribute, hook, message and theme property the contract names must
//! exist in the code, and every one the code has must be in the contract. The loader's
//! rules (www/embed.js) must be the widget's own (src/host/snippet.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::read;
use ukraine_peace_map::host::options::{EMBEDDING_PARAMETERS, SNIPPET_OPTIONS};
use ukraine_peace_map::host::snippet::{embed_js_rules, BEGIN, END};
use ukraine_peace_map::host::theme_vars::THEME_VARS;

/// The block of `www/embed.js` between the generated-rules markers.
fn embed_js_block() -> String {
    let js = read("www/embed.js");
    let start = js.find(BEGIN).expect("www/embed.js has the generated block");
    let end = js.find(END).expect("www/embed.js ends the generated block") + END.len();
    js[start..end].to_string()
}

#[test]
fn embed_js_reads_options_exactly_as_the_widget_does() {
    let expected = embed_js_rules();
    assert!(
        embed_js_block() == expected,
        "www/embed.js's generated block is out of date; replace it with:\n{expected}"
    );
}

/// Backticked names in a section of the contract (`## N. Title` up to the next `## `).
fn section(n: u32) -> String {
    let doc = read("docs/contract.md");
    let start = doc.find(&format!("\n## {n}.")).unwrap_or_else(|| panic!("docs/contract.md has section {n}"));
    let rest = &doc[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 3);
    rest[..end].to_string()
}

/// The first cell of each table row in a part of the contract: `| \`name\` | …`.
fn table_names(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split_once('`').map(|(name, _)| name.to_string()))
        .collect()
}

#[test]
fn every_url_parameter_is_in_the_contract_and_the_code() {
    let params = section(1);
    let params = &params[params.find("### URL parameters").unwrap()..params.find("### DOM hooks").unwrap()];
    let mut documented = table_names(params);
    documented.retain(|n| !n.starts_with('#'));
    let mut code: Vec<String> =
        SNIPPET_OPTIONS.iter().chain(EMBEDDING_PARAMETERS.iter()).map(|s| s.to_string()).collect();
    documented.sort();
    code.sort();
    assert_eq!(documented, code, "docs/contract.md's URL parameters vs Options::from_query");
}

#[test]
fn every_snippet_attribute_is_in_the_contract_and_in_embed_js() {
    let snippet = section(2);
    let js = read("www/embed.js");
    for name in SNIPPET_OPTIONS {
        assert!(snippet.contains(&format!("`data-{name}`")), "the contract's snippet section lacks data-{name}");
    }
    // Attributes only the loader reads.
    for own in ["data-src", "data-title", "data-loading", "data-vars"] {
        assert!(snippet.contains(&format!("`{own}`")), "the contract lacks {own}");
        assert!(js.contains(&format!("\"{own}\"")), "embed.js does not read {own}");
    }
    // Every data-* attribute embed.js reads is in the contract.
    for (i, _) in js.match_indices("getAttribute(\"data-") {
        let name: String = js[i + 14..].chars().take_while(|c| *c != '"').collect();
        if name == "data-" {
            continue; // `"data-" + name`: the options of SNIPPET_OPTIONS, checked above
        }
        assert!(snippet.contains(&format!("`{name}`")), "embed.js reads {name}, which the contract does not name");
    }
    // The global and what it holds.
    for member in ["version", "scan()", "setTheme(theme, vars)", "expectedHeight(width, lang)"] {
        assert!(snippet.contains(member), "the contract does not name ukrainePeaceMap.{member}");
    }
    for member in ["version:", "scan:", "setTheme:", "expectedHeight:"] {
        assert!(js.contains(member), "embed.js's global lacks {member}");
    }
    // The snippet shown without `async` (with it, the frame comes after the page's layout).
    assert!(!snippet.contains("async></script>"), "the contract shows the snippet with async");
}

#[test]
fn every_theme_property_is_documented_and_accepted() {
    let readme = read("README.md");
    let contract = read("docs/contract.md");
    for (name, _) in THEME_VARS {
        assert!(readme.contains(&format!("`{name}`")), "README.md does not list {name}");
    }
    let listed: Vec<&str> = readme
        .split('`')
        .filter(|s| {
            s.strip_prefix("--upm-").is_some_and(|n| {
                !n.is_empty() && n.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
        })
        .collect();
    for name in listed {
        assert!(THEME_VARS.iter().any(|(n, _)| *n == name), "README.md lists {name}, which a host cannot set");
    }
    assert!(contract.contains("allow-list"), "the contract says how theme values are checked");
}

#[test]
fn every_message_type_is_in_the_contract_and_the_code() {
    let messages = section(3);
    let host = read("src/host/messages.rs");
    let js = read("www/embed.js");
    for ty in ["ukraine-peace-map:height", "ukraine-peace-map:theme"] {
        assert!(messages.contains(ty), "the contract lacks {ty}");
        assert!(host.contains(ty), "src/host/messages.rs lacks {ty}");
        assert!(js.contains(ty), "embed.js lacks {ty}");
    }
    for pym in ["xPYMxheightxPYMx", "widthxPYMx"] {
        assert!(messages.contains(pym) && host.contains(pym), "pym.js message {pym}");
    }
    assert!(messages.contains("\"sentinel\": \"amp\"") && host.contains("\"sentinel\""), "AMP message");
}

/// The widget as the server renders it: at rest, with a region's dialog open (`region=`),
/// and the tables a reader opens.
fn rendered() -> String {
    use ukraine_peace_map::host::Options;
    use ukraine_peace_map::ui::components::text_alternative::{Tables, TextAlternativeProps};
    use ukraine_peace_map::ui::state::{Sources, WidgetState};
    use ukraine_peace_map::ui::{App, AppProps};
    let app = |options: Options| {
        let props = AppProps { options, options_after_hydration: None };
        futures::executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).hydratable(true).render())
    };
    let with_region = Options { region: Some("UA-23".into()), ..Options::default() };
    let state = WidgetState::new(&Sources::new(ukraine_peace_map::bundled::dataset().unwrap()), &Options::default());
    let tables = futures::executor::block_on(
        yew::LocalServerRenderer::<Tables>::with_props(TextAlternativeProps::of(&state)).render(),
    );
    // A plan other than the default, with a region open: its section in the dialog.
    let with_plan = Options {
        region: Some("UA-14".into()),
        proposal: Some("28-points".into()),
        note: Some("An editor's note.".into()),
        ..Options::default()
    };
    [app(Options::default()), app(with_region), app(with_plan), tables].concat()
}

/// Every `data-*` attribute in the rendered widget.
fn data_attributes(html: &str) -> std::collections::BTreeSet<String> {
    html.match_indices(" data-")
        .map(|(i, _)| html[i + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect())
        .collect()
}

#[test]
fn every_hook_is_in_the_contract_and_the_rendered_widget() {
    let hooks = section(1);
    let hooks = &hooks[hooks.find("### DOM hooks").unwrap()..];
    let html = rendered();
    // Code → contract: every data-* attribute the widget renders is a documented hook.
    for attribute in data_attributes(&html) {
        assert!(hooks.contains(&attribute), "the widget renders {attribute}, which the contract does not name");
    }
    // Contract → code: every documented attribute hook is rendered, except those that
    // exist only in a state the server does not render (with the reason).
    let only_in_the_browser = [
        ("data-alert", "an alert after a failed download or an unknown date"),
        ("data-download", "the link created for a download"),
        ("data-file-panel", "a file shown where downloads are forbidden (AMP)"),
        ("data-change", "the dialog's change line, on a date after the first only when the region changed"),
        ("data-city", "the cities' marks, placed once the map's width on screen is measured"),
        ("data-site", "the nuclear plant's mark, as the cities'"),
    ];
    let named: std::collections::BTreeSet<String> = hooks
        .split('`')
        .flat_map(|s| {
            s.match_indices("data-").map(move |(i, _)| {
                s[i..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect::<String>()
            })
        })
        .filter(|n| n.len() > 5)
        .collect();
    for hook in named {
        if only_in_the_browser.iter().any(|(h, _)| *h == hook) {
            continue;
        }
        assert!(html.contains(&format!(" {hook}")), "the contract names {hook}, which the rendered widget lacks");
    }
}

/// Strings an editor or a CMS might put in `data-lang` / `data-theme`: names in any case,
/// every kind of white space (Rust and JavaScript disagree on U+0085 and U+FEFF), letters
/// that lower-case to ASCII only in Unicode (the Kelvin sign K), and noise.
fn option_cases() -> Vec<String> {
    const PIECES: [&str; 24] = [
        "en", "uk", "ua", "UK", "Ua", "eN", "auto", "LIGHT", "Dark", "ukr", "e", "\u{212a}", "İ", "ı", " ", "\t", "\n",
        "\u{85}", "\u{a0}", "\u{feff}", "\u{2028}", "\u{3000}", "\u{200b}", "x",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut cases: Vec<String> = PIECES.iter().map(|p| p.to_string()).collect();
    for _ in 0..3000 {
        let n = 1 + (next() % 4) as usize;
        cases.push((0..n).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect());
    }
    cases
}

/// Writes the cases with the widget's own answers for `tests/e2e/embed-rules.test.mjs`,
/// which runs embed.js's reading of the same strings and must give the same answers.
#[test]
fn the_widget_s_answers_for_embed_js_to_match() {
    use ukraine_peace_map::host::Theme;
    use ukraine_peace_map::i18n::Lang;
    let cases: Vec<serde_json::Value> = option_cases()
        .into_iter()
        .map(|s| {
            serde_json::json!({
                "value": s,
                "lang": Lang::parse(&s).map(Lang::code),
                "theme": Theme::parse(&s).map(Theme::as_str),
            })
        })
        .collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/contract");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("option-cases.json"), serde_json::to_string(&cases).unwrap()).unwrap();
    assert!(cases.iter().any(|c| c["lang"] == "uk") && cases.iter().any(|c| c["lang"].is_null()));
}
