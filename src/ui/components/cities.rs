//! The places marked on the map: cities (`[data-city="GEONAMES_ID"]`) and the Zaporizhzhia
//! nuclear plant (`[data-site]`), with the names that fit at the map's size and zoom
//! (`scene::cities`: by rank, none over another name). Each is drawn in screen pixels
//! (`scale` by the map's measured width) so that names keep their size on a phone; until
//! the map has been measured (the server's HTML), the layer is empty.

use crate::data::cities::CityKind;
use crate::i18n::format::fixed;
use crate::scene::cities::{font_px, NameLayout, DOT_PX};
use crate::scene::MapFrame;
use crate::ui::shared::Shared;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CitiesProps {
    pub frame: Shared<MapFrame>,
    /// The names placed for the map's width (`scene::cities::layout`); None until measured.
    pub names: Option<Rc<NameLayout>>,
    pub map_px: Option<f64>,
}

#[component(Cities)]
pub fn cities(p: &CitiesProps) -> Html {
    let (Some(names), Some(map_px)) = (&p.names, p.map_px) else { return html! {} };
    let placed = &names.cities;
    // Frame units per CSS pixel: the group is drawn in pixels.
    let k = fixed(p.frame.width / map_px, 4);
    let font = font_px(map_px);
    let marks = placed.iter().map(|c| {
        let plant = c.kind == CityKind::NuclearPlant;
        // The name's anchor point from the dot; "start" is SVG's default, left unwritten.
        let (x, y, anchor) = c.side.name_anchor(font);
        let anchor = (anchor != "start").then_some(anchor);
        let symbol = if plant {
            html! { <rect class="upm-city__mark" x="-3.2" y="-3.2" width="6.4" height="6.4" transform="rotate(45)" /> }
        } else {
            html! { <circle class="upm-city__mark" r={fixed(DOT_PX, 1)} /> }
        };
        html! {
            <g
                key={c.geonames_id}
                class={classes!("upm-city", format!("upm-city--{}", c.kind.as_str()))}
                data-city={(!plant).then(|| c.geonames_id.to_string())}
                data-site={plant.then_some("zaporizhzhia-nuclear-plant")}
                transform={format!("translate({} {}) scale({k})", fixed(c.at[0], 1), fixed(c.at[1], 1))}
            >
                { symbol }
                <text
                    x={fixed(x, 1)}
                    y={fixed(y, 1)}
                    text-anchor={anchor}
                    font-size={fixed(font, 0)}
                >{ c.name.clone() }</text>
            </g>
        }
    });
    html! { <g class="upm-cities" aria-hidden="true">{ for marks }</g> }
}
