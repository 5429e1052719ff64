//! The widget inside a host page: options from the URL, messages to and from the host,
//! and fetching the files an editor points it at.

#[cfg(target_arch = "wasm32")]
pub mod editor_files;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
#[cfg(target_arch = "wasm32")]
pub mod host;
pub mod options;

pub use options::{DateChoice, Options, Theme};
