//! The widget inside a host page: options from the URL, and messages to and from the
//! host. (The files an editor points it at are fetched by the worker, `crate::worker`.)

#[cfg(target_arch = "wasm32")]
pub mod messages;
pub mod options;
pub mod snippet;
pub mod theme_vars;

pub use options::{DateChoice, Options, Theme};
