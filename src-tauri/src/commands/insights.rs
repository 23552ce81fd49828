//! The Insights dashboard.

use resilience_core::insights::Dashboard;
use tauri::State;

use crate::args::Arg;
use crate::{AppError, AppState};

/// Everything the Insights screen shows for the ISO days `from` … `to`, in one round trip.
#[tauri::command(async)]
pub fn insights_dashboard(state: State<'_, AppState>, from: Arg, to: Arg) -> Result<Dashboard, AppError> {
    let (from, to) = (from.text("from")?, to.text("to")?);
    let (today, _) = state.time.today_and_now();
    let boundary = state.time.day_boundary();
    state.journal()?.dashboard(&from, &to, today, boundary).map_err(Into::into)
}
