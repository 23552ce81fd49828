//! The reminder scheduler: a task on Tauri's async runtime that fires what is due, records it in
//! the journal's reminder log, and sleeps until the next reminder or until the journal or the
//! settings change. The rules themselves live in `resilience_core::reminders`.

use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDateTime, TimeZone};
use resilience_core::reminders::{local_to_utc, Reminder};
use tauri::{AppHandle, Manager, Runtime};

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
#[derive(Debug, Clone, PartialEq, Eq)]
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
    let now_local = state.local_now();
    let now = state.now_utc();
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

/// Runs passes forever on Tauri's async runtime: after each one, `after_pass` hears of it (the
/// app tells the window), then the task sleeps until the next reminder, [`MAX_SLEEP`], or a
/// change reported through [`AppState::reminders_changed`], whichever comes first.
/// The state is the app's managed [`AppState`].
pub fn spawn<R, Tz, F>(app: AppHandle<R>, tz: Tz, notifier: Arc<dyn Notifier>, after_pass: F)
where
    R: Runtime,
    Tz: TimeZone + Send + Sync + 'static,
    F: Fn(&Pass) + Send + Sync + 'static,
{
    let wake = app.state::<AppState>().reminder_wake();
    tauri::async_runtime::spawn(async move {
        loop {
            let pass = {
                let (app, tz, notifier) = (app.clone(), tz.clone(), Arc::clone(&notifier));
                tauri::async_runtime::spawn_blocking(move || run_pass(&app.state::<AppState>(), &tz, notifier.as_ref()))
                    .await
            };
            let sleep = match pass {
                Ok(Ok(pass)) => {
                    after_pass(&pass);
                    pass.sleep
                }
                // The journal is not open (yet), or a read failed: wait for a change.
                Ok(Err(_)) | Err(_) => MAX_SLEEP,
            };
            tokio::select! {
                () = tokio::time::sleep(sleep) => {}
                () = wake.notified() => {}
            }
        }
    });
}

#[cfg(test)]
#[path = "reminders_tests.rs"]
mod tests;
