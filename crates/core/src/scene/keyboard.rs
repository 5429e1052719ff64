//! Arrow-key navigation between regions: the map is one tab stop, and the arrows move
//! to the nearest region in that direction, judged by label points, as a sighted
//! reader would expect on a map.

use super::frame::MapFrame;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl Direction {
    pub fn from_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            _ => None,
        }
    }
}

/// The region to move to from `iso`, if any lies that way.
pub fn neighbour(frame: &MapFrame, iso: &str, dir: Direction) -> Option<&'static str> {
    let from = frame.region(iso)?.label;
    frame
        .regions
        .iter()
        .filter(|r| r.iso != iso)
        .filter_map(|r| {
            let (dx, dy) = (r.label[0] - from[0], r.label[1] - from[1]);
            // Distance along the arrow, and across it.
            let (along, across) = match dir {
                Direction::Right => (dx, dy),
                Direction::Left => (-dx, dy),
                Direction::Down => (dy, dx),
                Direction::Up => (-dy, dx),
            };
            // Only regions within 60° of the arrow; sideways distance costs double.
            (along > 0.0 && across.abs() < along * 1.8).then(|| (along + 2.0 * across.abs(), r.iso))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, iso)| iso)
}
