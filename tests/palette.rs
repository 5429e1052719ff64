//! Colours in www/styles.css: layers that touch on the map keep 3:1 contrast (WCAG
//! 1.4.11), text keeps 4.5:1 (WCAG 1.4.3), in the light and the dark theme alike.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::read;
use std::collections::HashMap;

/// The custom properties declared in the first rule whose selector is exactly `selector`.
fn block(css: &str, selector: &str) -> HashMap<String, String> {
    let start = css.find(&format!("\n{selector} {{")).unwrap_or_else(|| panic!("no rule {selector}"));
    let body = &css[start..start + css[start..].find('}').unwrap()];
    body.lines()
        .filter_map(|l| l.trim().strip_prefix("--")?.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().trim_end_matches(';').to_string()))
        .collect()
}

fn luminance(hex: &str) -> f64 {
    let hex = hex.trim_start_matches('#');
    assert_eq!(hex.len(), 6, "expected #rrggbb, got {hex}");
    let c = |i: usize| {
        let v = u8::from_str_radix(&hex[i..i + 2], 16).unwrap() as f64 / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * c(0) + 0.7152 * c(2) + 0.0722 * c(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

fn check(theme: &HashMap<String, String>, name: &str) {
    let get = |k: &str| theme.get(&format!("upm-{k}")).unwrap_or_else(|| panic!("{name}: no --{k}")).as_str();
    // Pairs of areas that meet on the map.
    for (a, b) in [
        ("region", "occupied-2022"),
        ("occupied-2022", "occupied-2014"),
        ("occupied-2022", "annexed-2014"),
        ("sea", "annexed-2014"),
        ("sea", "occupied-2022"),
    ] {
        let r = contrast(get(a), get(b));
        assert!(r >= 3.0, "{name}: --upm-{a} vs --upm-{b} is {r:.2}:1");
    }
    for (a, b) in [("text", "bg"), ("muted", "bg")] {
        let r = contrast(get(a), get(b));
        assert!(r >= 4.5, "{name}: --upm-{a} on --upm-{b} is {r:.2}:1");
    }
}

#[test]
fn light_and_dark_palettes_keep_their_contrast() {
    let css = read("www/styles.css");
    let light = block(&css, ".upm");
    let dark = block(&css, ".upm[data-theme=\"dark\"]");
    check(&light, "light");
    check(&dark, "dark");
    // `auto` in a dark system theme uses exactly the dark palette.
    let auto = block(&css, "  .upm[data-theme=\"auto\"]");
    assert_eq!(auto, dark, "the prefers-color-scheme: dark block must repeat the dark theme");
}
