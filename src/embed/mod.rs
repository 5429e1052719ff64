//! The widget inside a host page: options from the URL, messages to and from the host,
//! and fetching the files an editor points it at.

pub mod options;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
#[cfg(target_arch = "wasm32")]
pub mod host;

pub use options::{Options, Theme};
