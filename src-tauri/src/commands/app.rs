//! What the UI needs to know about the running app, and switching to the demo journal.

use serde::Serialize;
use tauri::{Runtime, State, WebviewWindow};
use ts_rs::TS;

use tauri::Manager;

use crate::{AppError, AppState};

/// The window title; the demo journal adds " — Demo" so it is never mistaken for the real one.
pub fn window_title(catalogue: &crate::i18n::Catalogue, demo: bool) -> String {
    catalogue.text(if demo { "app-window-title-demo" } else { "app-window-title" }, &[])
}

/// Facts about the running app and its journal.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub app_version: String,
    /// The licence the app is distributed under (SPDX, from Cargo.toml).
    pub licence: String,
    /// The current journal day (ISO), with the day boundary applied.
    pub today: String,
    pub data_dir: String,
    pub database_path: String,
    pub demo: bool,
    /// Why the journal could not be opened, if it could not.
    pub startup_error: Option<AppError>,
    /// Where the journal that could not be opened was moved (unchanged); the recovery screen then
    /// offers a backup, another file or a new journal in its place.
    pub moved_aside: Option<String>,
    /// Set when the journal is encrypted and waits for its key (startupError then has code "locked").
    pub locked: Option<crate::state::LockedJournal>,
    /// The computer's locale (BCP 47, e.g. "de-AT"): the language "System" stands for, and the
    /// conventions dates and numbers follow in that language.
    pub system_locale: String,
    /// A language given on the command line (`--language`), shown whatever the setting says.
    pub language_override: Option<String>,
}

pub(crate) fn info(state: &AppState) -> AppInfo {
    let (today, _) = state.time.today_and_now();
    let (path, demo) = state.database();
    AppInfo {
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        licence: env!("CARGO_PKG_LICENSE").to_string(),
        today: today.to_string(),
        data_dir: state.data_dir().display().to_string(),
        database_path: path.display().to_string(),
        demo,
        startup_error: state.slot.startup_error(),
        moved_aside: state.slot.moved_aside().map(|p| p.display().to_string()),
        locked: state.slot.locked(),
        system_locale: state.language.system().to_string(),
        language_override: state.language.forced().map(str::to_string),
    }
}

/// Today's entry as the first screen shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StartupDay {
    /// The journal day (the same as `AppInfo::today`).
    pub day: String,
    pub check_in: Option<resilience_core::CheckIn>,
}

/// What the first screen needs, in one round trip that the page starts before its main script has
/// loaded: the app's facts, the journal's settings and today's entry. A part that could not be read
/// is left out (null); the page then asks for it with its own command, which reports the error.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StartupData {
    pub info: AppInfo,
    pub settings: Option<resilience_core::model::settings::Settings>,
    pub today: Option<StartupDay>,
}

/// Returns [`StartupData`].
#[tauri::command(async)]
pub fn startup_data(state: State<'_, AppState>) -> Result<StartupData, AppError> {
    Ok(startup(&state))
}

pub(crate) fn startup(state: &AppState) -> StartupData {
    let info = info(state);
    if info.startup_error.is_some() {
        return StartupData { info, settings: None, today: None };
    }
    let (settings, check_in) = match state.journal() {
        Ok(journal) => (journal.settings().ok(), journal.check_in(&info.today).ok()),
        Err(_) => (None, None),
    };
    let today = check_in.map(|check_in| StartupDay { day: info.today.clone(), check_in });
    StartupData { info, settings, today }
}

/// Returns [`AppInfo`].
#[tauri::command(async)]
pub fn app_info(state: State<'_, AppState>) -> Result<AppInfo, AppError> {
    Ok(info(&state))
}

/// Opens the separate demo journal (filled with sample data the first time).
#[tauri::command(async)]
pub fn open_demo<R: Runtime>(window: WebviewWindow<R>, state: State<'_, AppState>) -> Result<AppInfo, AppError> {
    switch(&window, &state, true)
}

/// Goes back from the demo to the real journal.
#[tauri::command(async)]
pub fn close_demo<R: Runtime>(window: WebviewWindow<R>, state: State<'_, AppState>) -> Result<AppInfo, AppError> {
    switch(&window, &state, false)
}

fn switch<R: Runtime>(window: &WebviewWindow<R>, state: &AppState, demo: bool) -> Result<AppInfo, AppError> {
    state.switch(demo)?;
    // Each journal has its own language setting; the title is a courtesy, and failing to set it
    // must not undo the switch.
    if let Ok(settings) = state.journal().and_then(|journal| Ok(journal.settings()?)) {
        crate::background::follow_language(window.app_handle(), state, &settings.language);
    }
    let _ = window.set_title(&window_title(&state.language.catalogue(), demo));
    Ok(info(state))
}
