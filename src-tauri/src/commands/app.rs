//! What the UI needs to know about the running app.

use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::{AppError, AppState};

/// Facts about the running app and its journal.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct AppInfo {
    pub app_version: String,
    /// The current journal day (ISO), with the day boundary applied.
    pub today: String,
    pub data_dir: String,
    pub database_path: String,
    pub demo: bool,
    /// Why the journal could not be opened, if it could not.
    pub startup_error: Option<AppError>,
}

/// Returns [`AppInfo`].
#[tauri::command(async)]
pub fn app_info(state: State<'_, AppState>) -> Result<AppInfo, AppError> {
    let (today, _) = state.today_and_now();
    Ok(AppInfo {
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        today: today.to_string(),
        data_dir: state.data_dir.display().to_string(),
        database_path: state.database_path.display().to_string(),
        demo: state.demo,
        startup_error: state.startup_error(),
    })
}
