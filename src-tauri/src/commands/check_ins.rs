//! Daily check-ins.

use resilience_core::model::search::{JournalHit, JournalQuery};
use resilience_core::store::tag::Tag;
use resilience_core::{CheckIn, CheckInDraft};
use tauri::State;

use crate::args::Arg;
use crate::{AppError, AppState};

/// The check-in of `day` (ISO date), or `null`.
#[tauri::command(async)]
pub fn get_check_in(state: State<'_, AppState>, day: Arg) -> Result<Option<CheckIn>, AppError> {
    let day = day.text("day")?;
    state.journal()?.check_in(&day).map_err(Into::into)
}

/// Check-ins from `from` to `to` (ISO dates, inclusive), oldest first.
#[tauri::command(async)]
pub fn list_check_ins(state: State<'_, AppState>, from: Arg, to: Arg) -> Result<Vec<CheckIn>, AppError> {
    let (from, to) = (from.text("from")?, to.text("to")?);
    state.journal()?.check_ins(&from, &to).map_err(Into::into)
}

/// Saves a check-in (see [`CheckInDraft`] for the versioning rule).
#[tauri::command(async)]
pub fn save_check_in(state: State<'_, AppState>, check_in: Arg) -> Result<CheckIn, AppError> {
    let draft: CheckInDraft = check_in.payload("check-in", "checkIn")?;
    let (today, now) = state.time.today_and_now();
    state.journal()?.save_check_in(&draft, today, now).map_err(Into::into).inspect(|_| state.journal_changed())
}

/// Deletes the check-in of `day`; `restore_check_in` undoes it.
#[tauri::command(async)]
pub fn delete_check_in(state: State<'_, AppState>, day: Arg) -> Result<(), AppError> {
    let day = day.text("day")?;
    let (_, now) = state.time.today_and_now();
    state.journal()?.delete_check_in(&day, now).map_err(Into::into).inspect(|_| state.journal_changed())
}

/// Brings back a deleted check-in.
#[tauri::command(async)]
pub fn restore_check_in(state: State<'_, AppState>, day: Arg) -> Result<CheckIn, AppError> {
    let day = day.text("day")?;
    let (_, now) = state.time.today_and_now();
    state.journal()?.restore_check_in(&day, now).map_err(Into::into).inspect(|_| state.journal_changed())
}

/// Every tag with how many days carry it.
#[tauri::command(async)]
pub fn list_tags(state: State<'_, AppState>) -> Result<Vec<Tag>, AppError> {
    resilience_core::store::tag::list(state.journal()?.conn()).map_err(Into::into)
}

/// Days matching a full-text query and filters, newest first.
#[tauri::command(async)]
pub fn search_journal(state: State<'_, AppState>, query: Arg) -> Result<Vec<JournalHit>, AppError> {
    let query: JournalQuery = query.payload("search", "query")?;
    state.journal()?.search(&query).map_err(Into::into)
}
