//! If the widget ever panics, say so: log the panic, set `data-state="error"` and show
//! an alert in the page's language, instead of leaving a frozen map that looks fine.

use crate::i18n::{t, Lang, Msg};

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        gloo::console::error!(format!("ukraine-peace-map: {info}"));
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Ok(Some(root)) = document.query_selector("[data-map-root]") else { return };
        let _ = root.set_attribute("data-state", "error");
        let lang = root.get_attribute("lang").as_deref().and_then(Lang::parse).unwrap_or_default();
        if let Ok(alert) = document.create_element("div") {
            let _ = alert.set_attribute("role", "alert");
            let _ = alert.set_attribute("class", "upm-alert");
            alert.set_text_content(Some(t(lang, Msg::CrashNote)));
            let _ = root.prepend_with_node_1(&alert);
        }
    }));
}
