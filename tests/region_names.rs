//! The regions' names on the map stay over their regions and on the map, at a phone's width
//! and a desktop's, in both languages (`scene::labels::set_name`). A name that only grew
//! inwards from its point, in one line, lay two thirds over Kharkiv oblast on a phone
//! ("Luhansk region"); now an oblast's name takes two lines where one would be wider than
//! the region, and moves in from the map's edge only as far as it must.
#![cfg(not(target_arch = "wasm32"))]

use ukraine_peace_map::geo::path::path_bounds;
use ukraine_peace_map::i18n::Lang;
use ukraine_peace_map::scene::cities::{text_width, OnScreen};
use ukraine_peace_map::scene::labels::{is_capital, labelled_regions, map_name, set_name};
use ukraine_peace_map::scene::{MapFrame, View};

/// Phones' maps (320 and 375 px screens) and a desktop's.
const WIDTHS: [f64; 3] = [288.0, 343.0, 1176.0];

#[test]
fn each_region_s_name_lies_over_its_region_and_on_the_map() {
    let data = ukraine_peace_map::bundled::dataset().unwrap();
    let frame = MapFrame::new(&data.geography);
    let view = View::whole(frame.width, frame.height);
    for map_px in WIDTHS {
        for lang in [Lang::En, Lang::Uk] {
            let on = OnScreen { frame: &frame, view: &view, map_px, lang };
            // Kyiv is named by its city's mark once the width is known (`cities::layout`).
            for iso in labelled_regions(&data.terms).into_iter().filter(|iso| !is_capital(iso)) {
                let (region, shape) = (data.geography.region(iso).unwrap(), frame.region(iso).unwrap());
                let name = set_name(region, shape, on);
                let r = name.rect();
                assert!(r[0] >= 0.0 && r[2] <= map_px, "{iso} at {map_px} px ({lang:?}): {r:?} leaves the map");
                // The region's extent across the map, CSS px, from its outline.
                let b = path_bounds(&shape.d).unwrap();
                let (x0, x1) = (b[0] * map_px / frame.width, b[2] * map_px / frame.width);
                let over = (r[2].min(x1) - r[0].max(x0)).max(0.0) / (r[2] - r[0]);
                // On a phone, where the names had left their regions. (On a desktop a name in
                // one line grows inwards from its point near the edge, so that the cities keep
                // their places around it: "Luhansk region" has 65 % of its estimated box, which
                // is wider than the italic type, over the oblast.)
                // Where even its longest word is wider than the region ("Zaporizhzhia" on a
                // 320 px phone), it is centred over the region.
                if map_px < 480.0 {
                    let centre = (r[0] + r[2]) / 2.0;
                    let word_fits = r[2] - r[0] <= x1 - x0;
                    assert!(
                        if word_fits { over >= 0.75 } else { (x0..=x1).contains(&centre) },
                        "{iso} at {map_px} px ({lang:?}): {:.0} % of its name over the region",
                        over * 100.0
                    );
                }
                // Broken into lines, never reworded.
                assert_eq!(name.lines.join(" "), map_name(region, lang));
            }
        }
    }
}

#[test]
fn an_oblast_too_narrow_for_its_name_gets_two_lines() {
    let data = ukraine_peace_map::bundled::dataset().unwrap();
    let frame = MapFrame::new(&data.geography);
    let view = View::whole(frame.width, frame.height);
    let luhansk = |map_px, lang| {
        let (region, shape) = (data.geography.region("UA-09").unwrap(), frame.region("UA-09").unwrap());
        set_name(region, shape, OnScreen { frame: &frame, view: &view, map_px, lang })
    };
    assert_eq!(luhansk(343.0, Lang::En).lines, ["Luhansk", "region"]);
    assert_eq!(luhansk(343.0, Lang::Uk).lines, ["Луганська", "обл."]);
    assert_eq!(luhansk(1176.0, Lang::En).lines, ["Luhansk region"], "wide enough on a desktop");
    // The two lines' box is the widest line's, centred on the point between them.
    let name = luhansk(343.0, Lang::En);
    let r = name.rect();
    assert!((r[2] - r[0] - text_width("Luhansk", name.font, false)).abs() < 1e-9);
    assert!(((r[1] + r[3]) / 2.0 - name.y).abs() < 1e-9);
    let steps: Vec<f64> = name.line_steps().collect();
    assert_eq!(steps, [-name.line_height() / 2.0, name.line_height()]);
}
