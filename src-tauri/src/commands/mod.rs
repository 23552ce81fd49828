//! Tauri commands: parse the arguments, call core, map the error. Nothing else.

pub mod app;
pub mod check_ins;
pub mod sessions;
pub mod settings;
