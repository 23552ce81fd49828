//! Reminders: their settings with a preview of the next one, the banner's reminders and their
//! answers (snooze, dismiss, followed, "I booked it"), the calendar export, and starting with the
//! computer.

use chrono::{Local, NaiveDateTime};
use resilience_core::error::Message;
use resilience_core::model::massage_session::parse_starts_at;
use resilience_core::reminders::{
    booked_session_draft, Reminder, ReminderOutcome, ReminderSettings, UnansweredReminder,
};
use resilience_core::views::calendar::{planned_sessions_ics, CalendarWords, KindName, TitleParts};
use resilience_core::MassageSession;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::args::Arg;
use crate::background;
use crate::paths::{target_path, SavedFile};
use crate::state::Delivery;
use crate::{AppError, AppState};

/// Everything the reminder settings and the banner show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ReminderOverview {
    pub settings: ReminderSettings,
    /// The next reminder as things stand ("Next reminder: Thursday 18:00 — …").
    pub next: Option<Reminder>,
    /// Reminders that fired today and wait for an answer: the banner.
    pub unanswered: Vec<UnansweredReminder>,
    pub delivery: Delivery,
    /// Planned sessions from now on: what a calendar export holds.
    pub planned_sessions: u32,
    /// The local start of the last done massage, if any.
    #[ts(type = "string | null")]
    pub last_massage: Option<NaiveDateTime>,
}

/// The reminders' settings, the next reminder, the banner's reminders and how they are delivered.
#[tauri::command(async)]
pub fn reminder_overview(state: State<'_, AppState>) -> Result<ReminderOverview, AppError> {
    overview(&state)
}

/// Validates and saves the reminder settings; the scheduler plans again at once.
#[tauri::command(async)]
pub fn save_reminder_settings(state: State<'_, AppState>, settings: Arg) -> Result<ReminderOverview, AppError> {
    let settings: ReminderSettings = settings.payload("reminder settings", "settings")?;
    state.journal()?.save_reminder_settings(&settings.normalized(), state.time.now_utc())?;
    state.reminders.changed();
    overview(&state)
}

/// The next reminder the given (unsaved) settings would bring, for the preview line; invalid
/// settings get the same error saving them would.
#[tauri::command(async)]
pub fn preview_reminder_settings(state: State<'_, AppState>, settings: Arg) -> Result<Option<Reminder>, AppError> {
    let settings: ReminderSettings = settings.payload("reminder settings", "settings")?;
    settings.validate()?;
    let now = state.time.local_now();
    let mut inputs = state.journal()?.reminder_inputs(now)?;
    inputs.settings = settings.normalized();
    Ok(inputs.next_reminder(now, &Local))
}

/// Puts the banner's reminder `id` off until the local time `until` (`YYYY-MM-DDTHH:MM`, one of
/// its snooze choices): it comes back then if it still applies.
#[tauri::command(async)]
pub fn snooze_reminder(state: State<'_, AppState>, id: Arg, until: Arg) -> Result<ReminderOverview, AppError> {
    let (id, until) = (id.text("id")?, until.text("until")?);
    let until =
        parse_starts_at(&until).map_err(|_| AppError::invalid("until", Message::new("error-snooze-choose-time")))?;
    state.journal()?.snooze_reminder(&id, until, state.time.local_now())?;
    state.reminders.changed();
    overview(&state)
}

/// Answers the banner's reminder `id`: `"dismissed"` (put away) or `"acted"` (its screen was
/// opened).
#[tauri::command(async)]
pub fn answer_reminder(state: State<'_, AppState>, id: Arg, outcome: Arg) -> Result<ReminderOverview, AppError> {
    let (id, outcome) = (id.text("id")?, outcome.text("outcome")?);
    let outcome = match outcome.parse::<ReminderOutcome>() {
        Ok(outcome @ (ReminderOutcome::Dismissed | ReminderOutcome::Acted)) => outcome,
        _ => return Err(AppError::invalid("outcome", Message::new("error-reminder-outcome"))),
    };
    state.journal()?.close_reminder(&id, outcome)?;
    state.reminders.changed();
    overview(&state)
}

/// "I booked it": plans a session at `startsAt` (local `YYYY-MM-DDTHH:MM`, in the future) like
/// the last done one (kind, length, therapist, place), and marks the reminder `id` followed.
#[tauri::command(async)]
pub fn book_from_reminder(state: State<'_, AppState>, id: Arg, starts_at: Arg) -> Result<MassageSession, AppError> {
    let (id, starts_at) = (id.text("id")?, starts_at.text("startsAt")?);
    let now_local = state.time.local_now();
    let mut journal = state.journal()?;
    let draft = booked_session_draft(starts_at, journal.last_done_session(now_local)?.as_ref(), now_local)?;
    let session = journal.save_session(&draft, &Local, now_local, state.time.now_utc())?;
    // The session is what matters; a reminder already gone from the log needs no answer.
    let _ = journal.close_reminder(&id, ReminderOutcome::Acted);
    drop(journal);
    state.reminders.changed();
    Ok(session)
}

/// Where the calendar file was written and how many sessions it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct CalendarExport {
    pub file: SavedFile,
    pub sessions: u32,
}

/// Writes the planned sessions from now on to `path` (from the save dialog) as an iCalendar
/// file, whole or not at all.
#[tauri::command(async)]
pub fn export_calendar(state: State<'_, AppState>, path: Arg) -> Result<CalendarExport, AppError> {
    let path = target_path(&path.text("path")?, "ics")?;
    let sessions = state.journal()?.planned_sessions_from(state.time.local_now())?;
    if sessions.is_empty() {
        return Err(AppError::new("nothing_to_export", Message::new("error-no-planned-sessions")));
    }
    let catalogue = state.language.catalogue();
    let title = |parts: TitleParts<'_>| calendar_title(&catalogue, parts);
    let name = catalogue.text("app-calendar-name", &[]);
    let words = CalendarWords { name: &name, title: &title };
    let text = planned_sessions_ics(&sessions, &Local, state.time.now_utc(), &words);
    resilience_core::file::write_atomically(&path, text.as_bytes())?;
    Ok(CalendarExport { file: SavedFile::at(&path), sessions: u32::try_from(sessions.len()).unwrap_or(u32::MAX) })
}

/// Starts the app with the computer (in the tray) or stops doing so.
#[tauri::command(async)]
pub fn set_start_with_computer<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    enabled: Arg,
) -> Result<Delivery, AppError> {
    let enabled = enabled.flag("enabled")?;
    let now = background::set_autostart(&app, enabled).map_err(|message| AppError::new("autostart", message))?;
    state.reminders.set_delivery(|d| d.start_with_computer = Some(now));
    Ok(state.reminders.delivery())
}

fn overview(state: &AppState) -> Result<ReminderOverview, AppError> {
    let now = state.time.local_now();
    let journal = state.journal()?;
    let inputs = journal.reminder_inputs(now)?;
    let planned_sessions = u32::try_from(journal.planned_sessions_from(now)?.len()).unwrap_or(u32::MAX);
    Ok(ReminderOverview {
        next: inputs.next_reminder(now, &Local),
        unanswered: inputs.unanswered(now, &Local),
        last_massage: inputs.state.last_done,
        settings: inputs.settings,
        delivery: state.reminders.delivery(),
        planned_sessions,
    })
}

/// A calendar event's title in the app's language: "Massage — deep tissue with Sam".
fn calendar_title(catalogue: &crate::i18n::Catalogue, parts: TitleParts<'_>) -> String {
    let kind = parts.kind.map(|kind| match kind {
        KindName::Known(kind) => catalogue.text("app-massage-kind", &[("kind", kind.as_str().into())]),
        KindName::Own(name) => name.to_string(),
    });
    match (kind, parts.therapist) {
        (Some(kind), Some(name)) => {
            catalogue.text("app-calendar-event-kind-with", &[("kind", kind.into()), ("therapist", name.into())])
        }
        (Some(kind), None) => catalogue.text("app-calendar-event-kind", &[("kind", kind.into())]),
        (None, Some(name)) => catalogue.text("app-calendar-event-with", &[("therapist", name.into())]),
        (None, None) => catalogue.text("app-calendar-event", &[]),
    }
}
