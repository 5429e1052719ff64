//! The occupied layers of one date as SVG paths, in drawing order.

use super::PathData;
use crate::data::{LayerId, Occupation};
use crate::geo::albers::Albers;
use crate::geo::path::svg_path;

#[derive(Clone, Debug, PartialEq)]
pub struct LayerPaths {
    /// Bottom first: a later layer covers an earlier one where an editor's file overlaps ours.
    pub layers: Vec<(LayerId, PathData)>,
    /// An editor's total occupied area (when the file gives only that), to clip every
    /// layer to it: what is drawn is then exactly what is measured.
    pub extent: Option<PathData>,
    /// An editor's layer, which may spill into the sea or Russia: clip it to Ukraine.
    pub clip_to_ukraine: bool,
    /// Everything occupied on the date, as one path (clipped to Ukraine when
    /// `clip_to_ukraine`): what the change layers of the next and previous dates mask with.
    pub area: PathData,
}

impl LayerPaths {
    pub fn new(occupation: &Occupation, projection: &Albers) -> LayerPaths {
        let layers: Vec<(LayerId, PathData)> = [LayerId::Occupied2022, LayerId::Occupied2014, LayerId::Annexed2014]
            .into_iter()
            .filter_map(|id| occupation.layer(id).map(|l| (id, svg_path(&l.polygons, projection).into())))
            .collect();
        let extent: Option<PathData> = occupation.extent.as_ref().map(|e| svg_path(e, projection).into());
        // Our layers never overlap, so their paths side by side fill exactly their union.
        let area = extent.clone().unwrap_or_else(|| layers.iter().map(|(_, d)| &**d).collect::<String>().into());
        LayerPaths { layers, extent, clip_to_ukraine: occupation.is_external(), area }
    }
}
