//! The widget in the browser: Yew components (`components`), the state they share
//! (`state`), and the glue to the browser (`browser`). What is drawn where is decided in
//! `scene` (upm-core), without the DOM.

pub mod browser;
pub mod components;
pub mod shared;
pub mod state;

pub use components::app::{App, AppProps};
