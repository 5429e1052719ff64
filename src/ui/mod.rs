//! Yew components and the state behind them.

pub mod alerts;
pub mod app;
pub mod browser;
pub mod dismiss;
#[cfg(target_arch = "wasm32")]
pub mod download;
pub mod frame;
#[cfg(target_arch = "wasm32")]
pub mod gestures;
pub mod keyboard;
pub mod labels;
pub mod legend;
#[cfg(target_arch = "wasm32")]
pub mod loading;
pub mod map;
#[cfg(target_arch = "wasm32")]
pub mod panic_hook;
pub mod popup;
pub mod shared;
pub mod state;
pub mod status;
pub mod text_alternative;
pub mod tooltip;
pub mod view;
pub mod zoom_controls;

pub use app::{App, AppProps};
