//! The map as one standalone SVG image: headline, date, the map with its layers, patterns
//! and names, the legend (with the same patterns as the map) and the sources. Written once
//! for every picture of the map: the reader's "Download image" (drawn on a canvas) and
//! "Download SVG", and the static image and social card the build renders with resvg for
//! places where no script runs. Colours come from the widget's `--upm-*` tokens.

use super::cities::{font_px, layout, OnScreen, DOT_PX};
use super::island::escape as esc;
use super::timeline::ChangePaths;
use super::{MapFrame, PathData, Stop, View};
use crate::data::proposals::{Part, Place, Proposal, ProvisionKind};
use crate::data::{Geography, LayerId, Terms};
use crate::i18n::{self, t, Lang, Msg};
use std::fmt::Write;

/// The colours and font of a picture, from the `--upm-*` tokens of the theme shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Palette {
    pub font: String,
    pub bg: String,
    pub text: String,
    pub muted: String,
    pub border: String,
    pub sea: String,
    pub sea_text: String,
    pub land: String,
    pub land_border: String,
    pub region: String,
    pub region_border: String,
    pub occupied_2022: String,
    pub occupied_2014: String,
    pub annexed_2014: String,
    pub pattern_line: String,
    pub label_halo: String,
    pub gained: String,
    pub regained: String,
    /// Under each plan pattern's lines, so that they show on any fill.
    pub plan_halo: String,
    /// Each kind of plan provision, in [`ProvisionKind::ALL`] order.
    pub plan: [String; 5],
}

impl Palette {
    /// The tokens a picture reads (without the leading `--`).
    pub const TOKENS: [&'static str; 24] = [
        "upm-font",
        "upm-bg",
        "upm-text",
        "upm-muted",
        "upm-border",
        "upm-sea",
        "upm-sea-text",
        "upm-land",
        "upm-land-border",
        "upm-region",
        "upm-region-border",
        "upm-occupied-2022",
        "upm-occupied-2014",
        "upm-annexed-2014",
        "upm-pattern-line",
        "upm-label-halo",
        "upm-gained",
        "upm-regained",
        "upm-plan-halo",
        "upm-plan-recognised",
        "upm-plan-frozen",
        "upm-plan-withdrawal",
        "upm-plan-russia-withdraws",
        "upm-plan-unresolved",
    ];

    /// From a lookup of the tokens by name (`upm-bg`...); a missing token keeps the light
    /// theme's value.
    pub fn from_tokens(token: impl Fn(&str) -> Option<String>) -> Palette {
        let get = |name: &str, fallback: &str| token(name).filter(|v| !v.is_empty()).unwrap_or_else(|| fallback.into());
        Palette {
            font: get("upm-font", "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"),
            bg: get("upm-bg", "#ffffff"),
            text: get("upm-text", "#1b1b1b"),
            muted: get("upm-muted", "#555555"),
            border: get("upm-border", "#d4d0c8"),
            sea: get("upm-sea", "#dde8f0"),
            sea_text: get("upm-sea-text", "#4b6a82"),
            land: get("upm-land", "#ecebe6"),
            land_border: get("upm-land-border", "#c6c3bb"),
            region: get("upm-region", "#fdfbf6"),
            region_border: get("upm-region-border", "#9c968a"),
            occupied_2022: get("upm-occupied-2022", "#d25a44"),
            occupied_2014: get("upm-occupied-2014", "#661709"),
            annexed_2014: get("upm-annexed-2014", "#2a0603"),
            pattern_line: get("upm-pattern-line", "rgba(255, 255, 255, 0.45)"),
            label_halo: get("upm-label-halo", "rgba(253, 251, 246, 0.9)"),
            gained: get("upm-gained", "#ffe08a"),
            regained: get("upm-regained", "#0d6e8a"),
            plan_halo: get("upm-plan-halo", "rgba(255, 255, 255, 0.9)"),
            plan: [
                get("upm-plan-recognised", "#2d0a4e"),
                get("upm-plan-frozen", "#13315c"),
                get("upm-plan-withdrawal", "#7a3e00"),
                get("upm-plan-russia-withdraws", "#07513f"),
                get("upm-plan-unresolved", "#3a3a3a"),
            ],
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Headline, map, legend and sources, one above the other, at any width.
    Full,
    /// 1,200 × 630 for link previews: words on the left, the map on the right.
    Card,
}

pub struct Spec<'a> {
    pub geography: &'a Geography,
    pub terms: &'a Terms,
    pub frame: &'a MapFrame,
    pub stop: &'a Stop,
    /// The date before, whose change the legend counts from.
    pub previous: Option<&'a str>,
    /// The plan drawn over the line, as on the map (its provisions and their legend).
    pub proposal: Option<&'a Proposal>,
    /// The headline's tense (see `WidgetState::is_past`).
    pub past: bool,
    pub lang: Lang,
    pub palette: &'a Palette,
    /// Width of the picture in CSS pixels (`Full`).
    pub width: f64,
    /// Zoom as shown; the whole map when `None`.
    pub view: Option<View>,
    pub layout: Layout,
}

pub struct Poster {
    pub svg: String,
    pub width: f64,
    pub height: f64,
}

/// Breaks `text` into lines of at most `width` pixels at `size` (an average glyph is about
/// 0.55 em wide in the sans-serif fonts the picture is drawn with).
fn wrap(text: &str, width: f64, size: f64) -> Vec<String> {
    let max = ((width / (size * 0.55)) as usize).max(10);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The pattern of a kind of provision, as the map's (`provision_patterns`): its tile's
/// size, rotation and shape, at `unit` px per map pixel.
fn provision_pattern(kind: ProvisionKind, unit: f64) -> (f64, String, String) {
    let u = |v: f64| n(v * unit);
    let (size, rotate, shape) = match kind {
        ProvisionKind::Recognised => (6.0, Some(-45), format!(r#"<path d="M0 0V{}"/>"#, u(6.0))),
        ProvisionKind::Frozen => (7.0, None, format!(r#"<path d="M0 {}H{}"/>"#, u(3.5), u(7.0))),
        ProvisionKind::Withdrawal => (8.0, None, format!(r#"<path d="M0 0L{e} {e}M{e} 0L0 {e}"/>"#, e = u(8.0))),
        ProvisionKind::RussiaWithdraws => (7.0, None, format!(r#"<path d="M{} 0V{}"/>"#, u(3.5), u(7.0))),
        ProvisionKind::Unresolved => (8.0, None, format!(r#"<circle cx="{c}" cy="{c}" r="{}"/>"#, u(1.3), c = u(4.0))),
    };
    let rotate = rotate.map(|r| format!(r#" patternTransform="rotate({r})""#)).unwrap_or_default();
    (size * unit, rotate, shape)
}

/// Numbers written into the picture (coordinates and sizes) with two decimals at most.
fn n(x: f64) -> String {
    let v = (x * 100.0).round() / 100.0;
    if v == v.trunc() {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

struct Writer<'a> {
    out: String,
    spec: &'a Spec<'a>,
}

impl Writer<'_> {
    /// A line of text in the palette's font, in `fill` (the text colour when `None`).
    fn text(&mut self, x: f64, y: f64, size: f64, fill: Option<&str>, attrs: &str, content: &str) {
        let p = self.spec.palette;
        let _ = write!(
            self.out,
            r#"<text x="{}" y="{}" font-size="{}" font-family="{}" fill="{}" {attrs}>{}</text>"#,
            n(x),
            n(y),
            n(size),
            esc(&p.font),
            esc(fill.unwrap_or(&p.text)),
            esc(content)
        );
    }

    /// The pattern and colour definitions every fill below refers to, as the map has them.
    fn defs(&mut self, unit: f64) {
        let p = self.spec.palette;
        let line = |w: f64| n(1.4 * w);
        let _ = write!(
            self.out,
            r#"<defs><pattern id="pa" width="{s7}" height="{s7}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="{s7}" height="{s7}" fill="{ann}"/><line x1="0" y1="0" x2="0" y2="{s7}" stroke="{pl}" stroke-width="{lw}"/></pattern><pattern id="p14" width="{s6}" height="{s6}" patternUnits="userSpaceOnUse"><rect width="{s6}" height="{s6}" fill="{o14}"/><path d="M0 {s3}h{s6}M{s3} 0v{s6}" stroke="{pl}" stroke-width="{lw}"/></pattern><pattern id="pg" width="{s4}" height="{s4}" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><line x1="0" y1="0" x2="0" y2="{s4}" stroke="{g}" stroke-width="{lw2}"/></pattern><pattern id="pr" width="{s4}" height="{s4}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="{s4}" stroke="{r}" stroke-width="{lw2}"/></pattern></defs>"#,
            s7 = n(7.0 * unit),
            s6 = n(6.0 * unit),
            s4 = n(4.0 * unit),
            s3 = n(3.0 * unit),
            ann = esc(&p.annexed_2014),
            o14 = esc(&p.occupied_2014),
            pl = esc(&p.pattern_line),
            g = esc(&p.gained),
            r = esc(&p.regained),
            lw = line(unit),
            lw2 = n(1.6 * unit),
        );
        // The plans' patterns, as the map's (`ui::components::provisions`): each line drawn
        // twice, a light halo under the kind's ink; kinds differ by shape and direction.
        let _ = write!(self.out, "<defs>");
        for kind in ProvisionKind::ALL {
            let (size, rotate, shape) = provision_pattern(kind, unit);
            let ink = esc(&p.plan[kind.index()]);
            let _ = write!(
                self.out,
                r#"<pattern id="pv{i}" width="{sz}" height="{sz}" patternUnits="userSpaceOnUse"{rotate}><g stroke="{halo}" fill="{halo}" stroke-width="{hw}">{shape}</g><g stroke="{ink}" fill="{ink}" stroke-width="{iw}">{shape}</g></pattern>"#,
                i = kind.index(),
                sz = n(size),
                halo = esc(&p.plan_halo),
                hw = n(3.0 * unit),
                iw = n(1.3 * unit),
            );
        }
        let _ = write!(self.out, "</defs>");
    }

    /// The map in frame units, drawn into a box at (x, y) of `w` pixels wide.
    fn map(&mut self, x: f64, y: f64, w: f64) -> f64 {
        let spec = self.spec;
        let (frame, p) = (spec.frame, spec.palette);
        let h = w * frame.height / frame.width;
        let view = spec.view.unwrap_or_else(|| View::whole(frame.width, frame.height));
        // One CSS pixel in frame units, at this size and zoom.
        let px = frame.width / w / view.scale;
        let _ = write!(
            self.out,
            r#"<svg x="{}" y="{}" width="{}" height="{}" viewBox="0 0 {} {}">"#,
            n(x),
            n(y),
            n(w),
            n(h),
            n(frame.width),
            n(frame.height)
        );
        let paths = &spec.stop.paths;
        let _ = write!(self.out, r#"<defs>"#);
        if let Some(extent) = &paths.extent {
            let _ = write!(self.out, r#"<clipPath id="cx"><path d="{}"/></clipPath>"#, extent);
        }
        if paths.clip_to_ukraine {
            let _ = write!(self.out, r#"<clipPath id="cu"><path d="{}"/></clipPath>"#, frame.outline);
        }
        let _ = write!(
            self.out,
            r#"</defs><rect width="{}" height="{}" fill="{}"/><g transform="{}">"#,
            n(frame.width),
            n(frame.height),
            esc(&p.sea),
            view.transform()
        );
        let stroke = |out: &mut String, d: &PathData, fill: &str, line: &str, width: f64, extra: &str| {
            let _ = write!(
                out,
                r#"<path d="{d}" fill="{}" stroke="{}" stroke-width="{}" stroke-linejoin="round"{extra}/>"#,
                esc(fill),
                esc(line),
                n(width * px)
            );
        };
        for (_, d) in &frame.countries {
            stroke(&mut self.out, d, &p.land, &p.land_border, 0.75, "");
        }
        for r in &frame.regions {
            stroke(&mut self.out, &r.d, &p.region, &p.region_border, 0.75, "");
        }
        let extent = if paths.extent.is_some() { r#" clip-path="url(#cx)""# } else { "" };
        let _ = write!(self.out, "<g{extent}>");
        for (id, d) in &paths.layers {
            let fill = match id {
                LayerId::Annexed2014 => "url(#pa)".to_string(),
                LayerId::Occupied2014 => "url(#p14)".to_string(),
                LayerId::Occupied2022 => p.occupied_2022.clone(),
            };
            let clip =
                if paths.clip_to_ukraine && *id == LayerId::Occupied2022 { r#" clip-path="url(#cu)""# } else { "" };
            stroke(&mut self.out, d, &fill, &p.bg, 0.75, clip);
        }
        if let ChangePaths::Cut { gained: Some(d), .. } = &spec.stop.change_paths {
            stroke(&mut self.out, d, "url(#pg)", &p.gained, 1.5, "");
        }
        let _ = write!(self.out, "</g>");
        if let ChangePaths::Cut { regained: Some(d), .. } = &spec.stop.change_paths {
            let dash = format!(r#" stroke-dasharray="{} {}""#, n(4.0 * px), n(3.0 * px));
            stroke(&mut self.out, d, "url(#pr)", &p.regained, 1.5, &dash);
        }
        if let Some(plan) = spec.proposal {
            self.provisions(plan, px);
        }
        // Names: the seas and neighbours, then the regions a term names, as on the map.
        for place in &frame.places {
            let italic = place.kind == crate::data::context::PlaceKind::Sea;
            let (size, colour, style) =
                if italic { (12.0, &p.sea_text, r#" font-style="italic""#) } else { (11.0, &p.muted, "") };
            let _ = write!(
                self.out,
                r#"<text x="{}" y="{}" font-size="{}" font-family="{}" fill="{}" text-anchor="middle"{style}>{}</text>"#,
                n(place.at[0]),
                n(place.at[1]),
                n(size * px),
                esc(&p.font),
                esc(colour),
                esc(&if italic { place.name(spec.lang).to_string() } else { place.name(spec.lang).to_uppercase() })
            );
        }
        // The names as the map places them for this width and zoom (`scene::cities`): the
        // regions' that the cities' leave, "Kherson region" never read as the city.
        let names = layout(spec.geography, spec.terms, OnScreen { frame, view: &view, map_px: w, lang: spec.lang });
        let map_h = w * frame.height / frame.width;
        for (iso, name) in &names.regions {
            let Some(shape) = frame.region(iso) else { continue };
            let style = if name.bold { r#"font-weight="bold""# } else { r#"font-style="italic""# };
            // Where the map writes it, from CSS px back to frame units around its point.
            let at = view.to_screen(shape.label);
            let (x, y) = (shape.label[0] + (name.x - at[0] * w) * px, shape.label[1] + (name.y - at[1] * map_h) * px);
            let _ = write!(
                self.out,
                r#"<text y="{}" font-size="{}" font-family="{}" {style} fill="{}" stroke="{}" stroke-width="{}" paint-order="stroke" stroke-linejoin="round" text-anchor="middle" dominant-baseline="middle">"#,
                n(y),
                n(name.font * px),
                esc(&p.font),
                esc(&p.text),
                esc(&p.label_halo),
                n(3.0 * px),
            );
            for (line, dy) in name.lines.iter().zip(name.line_steps()) {
                let _ = write!(self.out, r#"<tspan x="{}" dy="{}">{}</tspan>"#, n(x), n(dy * px), esc(line));
            }
            let _ = write!(self.out, "</text>");
        }
        let _ = write!(self.out, "</g>");
        self.cities(&names.cities, frame.width / w, font_px(w));
        let _ = write!(self.out, "</svg>");
        h
    }

    /// The cities and the plant as the map marks them: outside the zoom (their positions
    /// have it already), `k` frame units per pixel of the picture.
    fn cities(&mut self, placed: &[super::cities::Placed], k: f64, font: f64) {
        let p = self.spec.palette;
        for c in placed {
            let (x, y) = (c.at[0], c.at[1]);
            let (dx, dy, anchor) = c.side.name_anchor(font);
            let plant = c.kind == crate::data::cities::CityKind::NuclearPlant;
            let (mark_fill, mark_line) = if plant { (&p.label_halo, &p.text) } else { (&p.text, &p.label_halo) };
            let _ = write!(
                self.out,
                r#"<circle cx="{}" cy="{}" r="{}" fill="{}" stroke="{}" stroke-width="{}"/><text x="{}" y="{}" font-size="{}" font-family="{}" font-weight="{}" fill="{}" stroke="{}" stroke-width="{}" paint-order="stroke" stroke-linejoin="round" text-anchor="{anchor}" dominant-baseline="middle">{}</text>"#,
                n(x),
                n(y),
                n(DOT_PX * k),
                esc(mark_fill),
                esc(mark_line),
                n(1.5 * k),
                n(x + dx * k),
                n(y + dy * k),
                n(font * k),
                esc(&p.font),
                if plant { "400" } else { "600" },
                esc(&p.text),
                esc(&p.label_halo),
                n(3.0 * k),
                esc(&c.name)
            );
        }
    }

    /// The legend rows (layers, total, and the change when there is a previous date) from
    /// y down, `size` px text in a column `w` wide; returns the y below them.
    fn legend(&mut self, x: f64, mut y: f64, w: f64, size: f64, change: bool) -> f64 {
        let spec = self.spec;
        let (p, lang, shares) = (spec.palette, spec.lang, &spec.stop.shares);
        let row = size * 1.65;
        // Rounded as the widget's legend writes them (i18n::area): the picture travels
        // without the note that says how, so it never claims more than the widget does.
        let figure = |km2: f64, pct: Option<f64>| match pct {
            Some(pct) => i18n::area_and_share(lang, km2, pct),
            None => i18n::area_km2(lang, km2),
        };
        let mut rows: Vec<(Option<String>, String, String)> = LayerId::ALL
            .iter()
            .map(|id| {
                let fill = match id {
                    LayerId::Annexed2014 => "url(#pa)".to_string(),
                    LayerId::Occupied2014 => "url(#p14)".to_string(),
                    LayerId::Occupied2022 => p.occupied_2022.clone(),
                };
                let name = i18n::layer_name(lang, *id, spec.stop.is_external());
                (Some(fill), name.to_string(), figure(shares.by_layer[id.index()], Some(shares.layer_pct(*id))))
            })
            .collect();
        rows.push((
            None,
            t(lang, Msg::LegendTotal).to_string(),
            figure(shares.occupied_km2(), Some(shares.occupied_pct())),
        ));
        if let (true, Some(before), Some(c)) = (change, spec.previous, &spec.stop.change) {
            // As the widget's legend: a sign only on a change that is not noise.
            let signed = |sign: &str, km2: f64| {
                let shown = km2; // without the changes under CHANGE_NOISE_KM2 (data::shares)
                format!("{}{}", if shown > 0.0 { sign } else { "" }, figure(shown, None))
            };
            rows.push((
                Some("url(#pg)".into()),
                i18n::gained_between(lang, before, &spec.stop.as_of),
                signed("+", c.gained_km2),
            ));
            rows.push((
                Some("url(#pr)".into()),
                i18n::regained_between(lang, before, &spec.stop.as_of),
                signed("−", c.regained_km2),
            ));
        }
        for (fill, name, value) in rows {
            y += row;
            // The name wraps beside its figure, which stays on the first line.
            let figure_width = value.chars().count() as f64 * size * 0.6;
            let lines = wrap(&name, (w - size * 2.4 - figure_width).max(w * 0.35), size);
            // The row without a swatch is the total.
            let weight = if fill.is_none() { r#"font-weight="bold""# } else { "" };
            if let Some(fill) = fill {
                let ground = match fill.as_str() {
                    "url(#pg)" => p.occupied_2022.as_str(),
                    "url(#pr)" => p.region.as_str(),
                    _ => "none",
                };
                let _ = write!(
                    self.out,
                    r#"<rect x="{x}" y="{y0}" width="{sw}" height="{sh}" fill="{}"/><rect x="{x}" y="{y0}" width="{sw}" height="{sh}" fill="{}" stroke="{}" stroke-width="0.5"/>"#,
                    esc(ground),
                    esc(&fill),
                    esc(&p.border),
                    x = n(x),
                    y0 = n(y - size),
                    sw = n(size * 1.4),
                    sh = n(size),
                );
            }
            self.text(x + w, y, size, None, r#"text-anchor="end" font-weight="bold""#, &value);
            for (i, line) in lines.iter().enumerate() {
                if i > 0 {
                    y += size * 1.25;
                }
                self.text(x + size * 2.0, y, size, None, weight, line);
            }
        }
        y
    }

    /// A plan's provisions over the line shown, as the map draws them: each a region's
    /// outline, whole, clipped to the occupied area or masked by it (`data::proposals`).
    fn provisions(&mut self, plan: &Proposal, px: f64) {
        let (frame, p, paths) = (self.spec.frame, self.spec.palette, &self.spec.stop.paths);
        let clip_u = if paths.clip_to_ukraine { r#" clip-path="url(#cu)""# } else { "" };
        let _ = write!(
            self.out,
            r#"<defs><clipPath id="co"><path d="{a}"{clip_u}/></clipPath><mask id="mh" maskUnits="userSpaceOnUse" x="0" y="0" width="{w}" height="{h}"><rect width="{w}" height="{h}" fill="white"/><path d="{a}" fill="black" stroke="black" stroke-width="0.6"{clip_u}/></mask></defs>"#,
            a = paths.area,
            w = n(frame.width),
            h = n(frame.height),
        );
        for kind in ProvisionKind::ALL.into_iter().filter(|k| plan.draws(*k)) {
            let dash = match kind {
                ProvisionKind::Withdrawal => [5.0, 3.0],
                ProvisionKind::RussiaWithdraws => [2.0, 2.0],
                ProvisionKind::Unresolved => [1.0, 3.0],
                _ => [0.0, 0.0],
            };
            let dash = if dash[0] > 0.0 {
                format!(r#" stroke-dasharray="{} {}""#, n(dash[0] * px), n(dash[1] * px))
            } else {
                String::new()
            };
            for v in plan.provisions.iter().filter(|v| v.kind == kind) {
                let Place::Regions { isos, part } = &v.place else { continue };
                let cut = match part {
                    Part::Whole => "",
                    Part::Occupied => r#" clip-path="url(#co)""#,
                    Part::Held => r#" mask="url(#mh)""#,
                };
                for shape in isos.iter().filter_map(|iso| frame.region(iso)) {
                    let _ = write!(
                        self.out,
                        r#"<path d="{}" fill="url(#pv{})" stroke="{}" stroke-width="{}" stroke-linejoin="round"{dash}{cut}/>"#,
                        shape.d,
                        kind.index(),
                        esc(&p.plan[kind.index()]),
                        n(1.6 * px)
                    );
                }
            }
        }
    }

    /// The plan's legend, as the widget's: its name, what it is and the line it is applied
    /// to, each kind drawn with its km² and share, what its sources do not locate, and its
    /// sources; from y down, returns the y below it.
    fn plan_legend(&mut self, plan: &Proposal, x: f64, mut y: f64, w: f64, size: f64) -> f64 {
        let spec = self.spec;
        let (p, lang, shares) = (spec.palette, spec.lang, &spec.stop.shares);
        let muted = p.muted.clone();
        y += size * 1.8;
        for line in wrap(plan.name.get(lang), w, size) {
            self.text(x, y, size, None, r#"font-weight="bold""#, &line);
            y += size * 1.25;
        }
        // On a line of its own, it starts a sentence.
        let about =
            format!("{}; {}", i18n::proposal_kind(lang, plan.kind), i18n::applied_to_line(lang, &spec.stop.as_of));
        let about: String = about.chars().take(1).flat_map(char::to_uppercase).chain(about.chars().skip(1)).collect();
        for line in wrap(&about, w, size * 0.9) {
            self.text(x, y, size * 0.9, Some(&muted), "", &line);
            y += size * 1.2;
        }
        let km2 = plan.km2_by_kind(shares);
        for kind in ProvisionKind::ALL.into_iter().filter(|k| plan.draws(*k)) {
            y += size * 0.45;
            let area = km2[kind.index()];
            let value = format!(
                "{} {} · {}",
                i18n::area(lang, area),
                t(lang, Msg::Km2),
                i18n::percent(lang, area / shares.ukraine_km2.max(1.0) * 100.0, 1)
            );
            let _ = write!(
                self.out,
                r#"<rect x="{x}" y="{y0}" width="{sw}" height="{sh}" fill="{}"/><rect x="{x}" y="{y0}" width="{sw}" height="{sh}" fill="url(#pv{})" stroke="{}" stroke-width="1"/>"#,
                esc(&p.region),
                kind.index(),
                esc(&p.plan[kind.index()]),
                x = n(x),
                y0 = n(y - size),
                sw = n(size * 1.4),
                sh = n(size),
            );
            self.text(x + w, y, size, None, r#"text-anchor="end" font-weight="bold""#, &value);
            let figure_width = value.chars().count() as f64 * size * 0.6;
            let lines = wrap(i18n::provision_name(lang, kind), (w - size * 2.4 - figure_width).max(w * 0.35), size);
            for (i, line) in lines.iter().enumerate() {
                if i > 0 {
                    y += size * 1.25;
                }
                self.text(x + size * 2.0, y, size, None, "", line);
            }
            y += size * 1.2;
        }
        for v in plan.provisions.iter().filter(|v| v.place == Place::NotLocated) {
            let text = format!("{}: {}", t(lang, Msg::NotLocated), v.text.get(lang));
            for line in wrap(&text, w, size * 0.9) {
                y += size * 1.2;
                self.text(x, y, size * 0.9, None, "", &line);
            }
        }
        let cited: Vec<String> = plan
            .sources
            .iter()
            .map(|s| format!("{}, {}{}", s.publisher, s.title, i18n::dated(lang, &s.date)))
            .collect();
        let text = format!("{}: {}", t(lang, Msg::ProposalSources), cited.join("; "));
        for line in wrap(&text, w, size * 0.8) {
            y += size * 1.15;
            self.text(x, y, size * 0.8, Some(&muted), "", &line);
        }
        y
    }

    /// Sources and caption, wrapped, from y down; returns the y below them.
    fn sources(&mut self, x: f64, mut y: f64, w: f64, size: f64) -> f64 {
        let (lang, muted) = (self.spec.lang, self.spec.palette.muted.clone());
        let text = format!("{}: {}", t(lang, Msg::SourcesTitle), t(lang, Msg::SourcesText));
        for line in wrap(&text, w, size).into_iter().chain(wrap(i18n::image_caption(lang), w, size)) {
            y += size * 1.4;
            self.text(x, y, size, Some(&muted), "", &line);
        }
        y
    }
}

pub fn poster_svg(spec: &Spec) -> Poster {
    let mut w = Writer { out: String::new(), spec };
    let lang = spec.lang;
    let headline = i18n::headline(lang, spec.stop.shares.occupied_pct(), spec.past);
    let as_of = i18n::as_of(lang, &spec.stop.as_of);
    let (width, height, body) = match spec.layout {
        Layout::Full => {
            let width = spec.width.max(280.0);
            let k = crate::geo::clamp(width / 900.0, 0.8, 1.4);
            let m = 14.0 * k;
            w.defs(k);
            let mut y = m;
            for line in wrap(&headline, width - 2.0 * m, 22.0 * k * 1.12) {
                y += 26.0 * k;
                w.text(m, y, 22.0 * k, None, r#"font-weight="bold""#, &line);
            }
            y += 18.0 * k;
            w.text(m, y, 14.0 * k, Some(&spec.palette.muted), "", &as_of);
            y += 10.0 * k;
            y += w.map(0.0, y, width);
            y += 6.0 * k;
            y = w.legend(m, y, width - 2.0 * m, 14.0 * k, true);
            if let Some(plan) = spec.proposal {
                y = w.plan_legend(plan, m, y, width - 2.0 * m, 14.0 * k);
            }
            y += 6.0 * k;
            y = w.sources(m, y, width - 2.0 * m, 11.0 * k);
            (width, (y + m).ceil(), w.out)
        }
        Layout::Card => {
            let (width, height) = (1200.0, 630.0);
            w.defs(1.0);
            let mut y = 40.0;
            for line in wrap(&headline, 480.0, 38.0) {
                y += 44.0;
                w.text(40.0, y, 38.0, None, r#"font-weight="bold""#, &line);
            }
            y += 34.0;
            w.text(40.0, y, 22.0, Some(&spec.palette.muted), "", &as_of);
            y += 10.0;
            w.legend(40.0, y, 460.0, 17.0, false);
            w.sources(40.0, 522.0, 470.0, 12.0);
            let map_w = 640.0;
            let map_h = map_w * spec.frame.height / spec.frame.width;
            w.map(540.0, (height - map_h) / 2.0, map_w);
            (width, height, w.out)
        }
    };
    let p = spec.palette;
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {} {}"><rect width="100%" height="100%" fill="{}"/>{body}</svg>"#,
        n(width),
        n(height),
        n(width),
        n(height),
        esc(&p.bg)
    );
    Poster { svg, width, height }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_words() {
        let lines = wrap("one two three four five six seven eight nine ten eleven twelve", 100.0, 10.0);
        assert!(lines.len() > 1 && lines.iter().all(|l| l.chars().count() <= 18), "{lines:?}");
        assert_eq!(esc("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
        assert_eq!(n(1.0), "1");
        assert_eq!(n(1.234), "1.23");
    }
}
