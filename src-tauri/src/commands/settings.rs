//! The person's preferences.

use resilience_core::model::settings::Settings;
use tauri::{AppHandle, Runtime, State};

use crate::args::Arg;
use crate::{AppError, AppState};

/// The current settings.
#[tauri::command(async)]
pub fn get_settings(state: State<'_, AppState>) -> Result<Settings, AppError> {
    state.journal()?.settings().map_err(Into::into)
}

/// Saves all settings; a new day boundary and a new language apply at once (the tray, window
/// title and notifications follow the language).
#[tauri::command(async)]
pub fn save_settings<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    settings: Arg,
) -> Result<Settings, AppError> {
    let settings: Settings = settings.payload("settings", "settings")?;
    let (_, now) = state.time.today_and_now();
    let saved = state.journal()?.save_settings(&settings, now)?;
    state.time.set_day_boundary(saved.day_boundary_time()?);
    state.journal_changed();
    crate::background::follow_language(&app, &state, &saved.language);
    Ok(saved)
}
