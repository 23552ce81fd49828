//! Daily check-ins.

use resilience_core::{CheckIn, CheckInDraft};
use tauri::State;

use crate::error::parse_payload;
use crate::{AppError, AppState};

/// The check-in of `day` (ISO date), or `null`.
#[tauri::command(async)]
pub fn get_check_in(state: State<'_, AppState>, day: String) -> Result<Option<CheckIn>, AppError> {
    state.journal()?.check_in(&day).map_err(Into::into)
}

/// Check-ins from `from` to `to` (ISO dates, inclusive), oldest first.
#[tauri::command(async)]
pub fn list_check_ins(state: State<'_, AppState>, from: String, to: String) -> Result<Vec<CheckIn>, AppError> {
    state.journal()?.check_ins(&from, &to).map_err(Into::into)
}

/// Saves a check-in (see [`CheckInDraft`] for the versioning rule).
#[tauri::command(async)]
pub fn save_check_in(state: State<'_, AppState>, check_in: serde_json::Value) -> Result<CheckIn, AppError> {
    let draft: CheckInDraft = parse_payload("check-in", check_in)?;
    let (today, now) = state.today_and_now();
    state.journal()?.save_check_in(&draft, today, now).map_err(Into::into)
}

/// Deletes the check-in of `day`; `restore_check_in` undoes it.
#[tauri::command(async)]
pub fn delete_check_in(state: State<'_, AppState>, day: String) -> Result<(), AppError> {
    let (_, now) = state.today_and_now();
    state.journal()?.delete_check_in(&day, now).map_err(Into::into)
}

/// Brings back a deleted check-in.
#[tauri::command(async)]
pub fn restore_check_in(state: State<'_, AppState>, day: String) -> Result<CheckIn, AppError> {
    let (_, now) = state.today_and_now();
    state.journal()?.restore_check_in(&day, now).map_err(Into::into)
}
