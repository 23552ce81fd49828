//! Massage sessions.

use chrono::Local;
use resilience_core::{MassageSession, MassageSessionDraft, SessionOverview};
use tauri::State;

use crate::args::Arg;
use crate::{AppError, AppState};

/// Upcoming, awaiting-outcome and past sessions, and the days since the last done one.
#[tauri::command(async)]
pub fn session_overview(state: State<'_, AppState>) -> Result<SessionOverview, AppError> {
    state.journal()?.session_overview(state.time.local_now(), state.time.day_boundary()).map_err(Into::into)
}

/// The session `id`, or `null` when there is none (or it was deleted).
#[tauri::command(async)]
pub fn get_session(state: State<'_, AppState>, id: Arg) -> Result<Option<MassageSession>, AppError> {
    let id = id.text("id")?;
    state.journal()?.session(&id).map_err(Into::into)
}

/// Sessions starting on the journal days `from` … `to` (ISO dates, inclusive), by start.
#[tauri::command(async)]
pub fn list_sessions(state: State<'_, AppState>, from: Arg, to: Arg) -> Result<Vec<MassageSession>, AppError> {
    let (from, to) = (from.text("from")?, to.text("to")?);
    state.journal()?.sessions(&from, &to, state.time.day_boundary()).map_err(Into::into)
}

/// Saves a new or edited session (see [`MassageSessionDraft`] for the versioning rule), judging
/// its start in the computer's time zone.
#[tauri::command(async)]
pub fn save_session(state: State<'_, AppState>, session: Arg) -> Result<MassageSession, AppError> {
    let draft: MassageSessionDraft = session.payload("session", "session")?;
    let (_, now) = state.time.today_and_now();
    state
        .journal()?
        .save_session(&draft, &Local, state.time.local_now(), now)
        .map_err(Into::into)
        .inspect(|_| state.journal_changed())
}

/// Deletes the session `id`; `restore_session` undoes it.
#[tauri::command(async)]
pub fn delete_session(state: State<'_, AppState>, id: Arg) -> Result<(), AppError> {
    let id = id.text("id")?;
    let (_, now) = state.time.today_and_now();
    state.journal()?.delete_session(&id, now).map_err(Into::into).inspect(|_| state.journal_changed())
}

/// Brings back a deleted session.
#[tauri::command(async)]
pub fn restore_session(state: State<'_, AppState>, id: Arg) -> Result<MassageSession, AppError> {
    let id = id.text("id")?;
    let (_, now) = state.time.today_and_now();
    state.journal()?.restore_session(&id, now).map_err(Into::into).inspect(|_| state.journal_changed())
}
