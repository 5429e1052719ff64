//! Follows the map's width on screen (CSS px), for the cities' names (`scene::cities`),
//! which are placed and sized in screen pixels. Reported on every change of a whole pixel,
//! while the returned value lives; the first report is the observer's own first
//! observation, in the next frame: not in the task that hydrates the map, which it would
//! lengthen by a second render of the widget.

use crate::ui::state::Action;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};
use yew::Callback;

pub struct MapWidth {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for MapWidth {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

pub fn follow(map: &Element, dispatch: Callback<Action>) -> Option<MapWidth> {
    let mut last = -1.0;
    let callback = {
        let map = map.clone();
        Closure::<dyn FnMut()>::new(move || {
            let width = map.get_bounding_client_rect().width().round();
            if width > 0.0 && width != last {
                last = width;
                dispatch.emit(Action::MapWidth(width));
            }
        })
    };
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(map);
    Some(MapWidth { observer, _callback: callback })
}
