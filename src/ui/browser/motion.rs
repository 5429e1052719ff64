//! The reader's motion preference: under `prefers-reduced-motion: reduce` nothing steps
//! or moves by itself (the Play button is hidden by CSS, and refuses to start here too).

#[cfg(target_arch = "wasm32")]
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

#[cfg(not(target_arch = "wasm32"))]
pub fn prefers_reduced_motion() -> bool {
    false
}
