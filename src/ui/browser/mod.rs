//! Glue between the components and the browser: listeners, focus, gestures, the image
//! download, the panic hook and the worker's client. Nothing here decides what is shown.

pub mod dismiss;
#[cfg(target_arch = "wasm32")]
pub mod download;
pub mod focus;
#[cfg(target_arch = "wasm32")]
pub mod gestures;
#[cfg(target_arch = "wasm32")]
pub mod island;
#[cfg(target_arch = "wasm32")]
pub mod live;
#[cfg(target_arch = "wasm32")]
pub mod map_width;
pub mod motion;
#[cfg(target_arch = "wasm32")]
pub mod panic_hook;
pub mod row_scroll;
#[cfg(target_arch = "wasm32")]
pub mod server_map;
pub mod stage;
#[cfg(target_arch = "wasm32")]
pub mod visible_band;
pub mod wiring;
#[cfg(target_arch = "wasm32")]
pub mod worker_client;
