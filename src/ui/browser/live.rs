//! Tells the boot script (`tools/prerender/src/boot.js`) that the widget's listeners are
//! in place: it then replays, on the live widget, the taps it kept while the map was only
//! painted.

use yew::NodeRef;

/// Sends `upm-live` to the element the widget is mounted in (the boot script listens there).
pub fn announce(root: &NodeRef) {
    let Some(host) = root.cast::<web_sys::Element>().and_then(|r| r.parent_element()) else { return };
    if let Ok(event) = web_sys::Event::new("upm-live") {
        let _ = host.dispatch_event(&event);
    }
}
