//! Validated domain types. Raw input from the UI arrives as a `*Draft` and becomes a domain type
//! only through validation, so the store never sees an unchecked value.

pub mod body_area;
pub mod check_in;
pub mod code;
pub mod day;
#[cfg(any(test, feature = "fixtures"))]
#[doc(hidden)]
pub mod fixtures;
pub mod massage_session;
pub mod metric;
pub mod reminder;
pub mod reminder_settings;
pub mod search;
pub mod session_overview;
pub mod settings;
pub mod text;
pub(crate) mod text_enum;
