//! Every word the reader sees, in English and Ukrainian: fixed strings (`strings`),
//! sentences with values in them (`sentences`), numbers and dates (`format`), and what
//! was wrong with a data file (`errors`).

mod errors;
pub mod format;
mod sentences;
mod strings;

/// The language lives in `crate::lang`, below both the data and the words.
pub use crate::lang::Lang;
pub use errors::describe_error;
pub use format::{area, area_and_share, area_km2, date, dated, integer, percent, share};
pub use sentences::*;
pub use strings::{layer_name, proposal_kind, provision_name, status_label, t, Msg};
