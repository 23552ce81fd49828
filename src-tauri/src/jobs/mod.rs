//! Background jobs, run by one runner on Tauri's async runtime: each [`Job`] makes a pass on a
//! blocking thread (passes touch the journal, which is synchronous), then the runner sleeps for as
//! long as the pass asked, or until the job's wake-up fires. The jobs:
//! - [`backup::DailyBackup`]: today's backup and expiring old unencrypted copies, every few hours;
//! - [`reminders::Scheduler`]: firing due reminders, woken when the journal or the settings change.
//!
//! - [`sync::SyncJob`]: a pass over the sync folder, woken by saves, the folder's watcher and
//!   "Sync now", and every few minutes.
//!
//! A new job is one more `impl Job` and one more line in [`start`].

pub mod backup;
pub mod reminders;
pub mod sync;

use std::sync::Arc;
use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager, Runtime};
use tokio::sync::Notify;

use crate::AppState;

/// Work done in the background, a pass at a time.
pub trait Job: Send + Sync + 'static {
    /// The job's name, for the log.
    fn name(&self) -> &'static str;

    /// One pass on the app's state; returns how long to wait before the next.
    fn run(&self, state: &AppState) -> Duration;
}

/// Runs `job` for as long as the app runs: a pass, then a sleep of the time it asked for, cut
/// short by `wake` when given. A pass that panics is logged and tried again after `retry`.
pub fn spawn<R: Runtime, J: Job>(app: &AppHandle<R>, job: J, wake: Option<Arc<Notify>>, retry: Duration) {
    let (app, job) = (app.clone(), Arc::new(job));
    tauri::async_runtime::spawn(async move {
        loop {
            let pass = {
                let (app, job) = (app.clone(), Arc::clone(&job));
                tauri::async_runtime::spawn_blocking(move || job.run(&app.state::<AppState>())).await
            };
            let sleep = pass.unwrap_or_else(|_| {
                log::warn!("the {} job failed; it runs again later", job.name());
                retry
            });
            match &wake {
                Some(wake) => tokio::select! {
                    () = tokio::time::sleep(sleep) => {}
                    () = wake.notified() => {}
                },
                None => tokio::time::sleep(sleep).await,
            }
        }
    });
}

/// Starts every background job of the running app: the daily backup, sync, and the reminder scheduler
/// (showing reminders through `notifier` and telling the window after each pass).
pub fn start<R: Runtime>(app: &AppHandle<R>, notifier: Arc<dyn reminders::Notifier>) {
    spawn(app, backup::DailyBackup, None, backup::EVERY);
    let wake = app.state::<AppState>().sync.wake();
    spawn(app, sync::SyncJob::new(app.clone()), Some(wake), sync::EVERY);
    let handle = app.clone();
    reminders::spawn(app.clone(), chrono::Local, notifier, move |_| {
        let _ = handle.emit(reminders::CHANGED_EVENT, ());
    });
}
