//! The reminder scheduler: a job on the app's job runner that fires what is due, records it in
//! the journal's reminder log, and sleeps until the next reminder or until the journal or the
//! settings change. The rules themselves live in `resilience_core::reminders`.

use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDateTime, TimeZone};
use resilience_core::reminders::{local_to_utc, Reminder};
use tauri::{AppHandle, Manager, Runtime};

use super::Job;
use crate::{AppError, AppState};

/// The longest the scheduler sleeps without looking at the wall clock again, so a suspended
/// computer, a changed clock or a new time zone is noticed within this time. Idle, that is one
/// short pass every few minutes.
pub const MAX_SLEEP: Duration = Duration::from_secs(5 * 60);

/// The event the window hears after every pass: the banner reads the reminders again.
pub const CHANGED_EVENT: &str = "reminders-changed";

/// Shows a reminder outside the window (a desktop notification).
pub trait Notifier: Send + Sync {
    /// Shows `reminder`, recorded in the log as `log_id` (to answer it from the notification).
    fn show(&self, reminder: &Reminder, log_id: &str);
}

/// What one pass did and when the next should be.
#[derive(Debug, Clone, PartialEq)]
pub struct Pass {
    /// The reminders that fired in this pass (recorded in the log and shown).
    pub fired: Vec<Reminder>,
    /// The local time of the next reminder as things stand.
    pub next: Option<NaiveDateTime>,
    /// How long to sleep: until `next`, at most [`MAX_SLEEP`].
    pub sleep: Duration,
}

/// One pass at the current time: records every due reminder in the log (in the journal, so a
/// restart never repeats it), then shows it through `notifier`, and plans the next pass. `tz` is
/// the time zone of the clock's local time.
pub fn run_pass<Tz: TimeZone>(state: &AppState, tz: &Tz, notifier: &dyn Notifier) -> Result<Pass, AppError> {
    let now_local = state.time.local_now();
    let now = state.time.now_utc();
    let (fired, next) = {
        let journal = state.journal()?;
        let due = journal.reminder_inputs(now_local)?.due(now_local, tz);
        let mut fired = Vec::with_capacity(due.len());
        for reminder in due {
            let entry = journal.record_reminder(&reminder, now)?;
            fired.push((reminder, entry.id));
        }
        (fired, journal.reminder_inputs(now_local)?.next_due(now_local, tz))
    };
    for (reminder, log_id) in &fired {
        // The kind only: reminder texts stay out of the log.
        log::info!("reminder fired: {}", reminder.kind);
        notifier.show(reminder, log_id);
    }
    let fired = fired.into_iter().map(|(reminder, _)| reminder).collect();
    let until_next = next
        .and_then(|local| local_to_utc(tz, local))
        .map_or(MAX_SLEEP, |at| (at - now).to_std().unwrap_or(Duration::ZERO));
    Ok(Pass { fired, next, sleep: until_next.min(MAX_SLEEP) })
}

/// The scheduler as a [`Job`]: a pass at the current time, then `after_pass` hears of it (the app
/// tells the window). A pass that fails (the journal is not open yet, or a read failed) waits for
/// a change or [`MAX_SLEEP`].
pub struct Scheduler<Tz, F> {
    pub tz: Tz,
    pub notifier: Arc<dyn Notifier>,
    pub after_pass: F,
}

impl<Tz, F> Job for Scheduler<Tz, F>
where
    Tz: TimeZone + Send + Sync + 'static,
    F: Fn(&Pass) + Send + Sync + 'static,
{
    fn name(&self) -> &'static str {
        "reminder"
    }

    fn run(&self, state: &AppState) -> Duration {
        match run_pass(state, &self.tz, self.notifier.as_ref()) {
            Ok(pass) => {
                (self.after_pass)(&pass);
                pass.sleep
            }
            Err(_) => MAX_SLEEP,
        }
    }
}

/// Runs the [`Scheduler`] on the job runner: it sleeps until the next reminder, [`MAX_SLEEP`], or
/// a change reported through [`crate::state::ReminderSignal::changed`], whichever comes first.
/// The state is the app's managed [`AppState`].
pub fn spawn<R, Tz, F>(app: AppHandle<R>, tz: Tz, notifier: Arc<dyn Notifier>, after_pass: F)
where
    R: Runtime,
    Tz: TimeZone + Send + Sync + 'static,
    F: Fn(&Pass) + Send + Sync + 'static,
{
    let wake = app.state::<AppState>().reminders.wake();
    super::spawn(&app, Scheduler { tz, notifier, after_pass }, Some(wake), MAX_SLEEP);
}

#[cfg(test)]
#[path = "reminders_tests.rs"]
mod tests;
