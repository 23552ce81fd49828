//! Validated domain types. Raw input from the UI arrives as a `*Draft` and becomes a domain type
//! only through validation, so the store never sees an unchecked value.

pub mod check_in;
pub mod day;
pub mod text;
