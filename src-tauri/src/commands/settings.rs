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
    follow_settings(&app, &state, &saved)?;
    state.journal_changed();
    Ok(saved)
}

/// Makes the running app follow `settings` (saved here, or arrived from another computer): the
/// day boundary, and the language of the tray, window title and notifications.
pub fn follow_settings<R: Runtime>(app: &AppHandle<R>, state: &AppState, settings: &Settings) -> Result<(), AppError> {
    state.time.set_day_boundary(settings.day_boundary_time()?);
    crate::background::follow_language(app, state, &settings.language);
    Ok(())
}
