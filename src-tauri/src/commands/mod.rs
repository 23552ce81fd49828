//! Tauri commands: parse the arguments, call core, map the error. Nothing else.

pub mod app;
pub mod charts;
pub mod check_ins;
pub mod encryption;
pub mod insights;
pub mod portability;
pub mod reminders;
pub mod sessions;
pub mod settings;
pub mod sync;
