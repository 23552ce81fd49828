//! The sync job: a pass over the sync folder (record this computer's changes, apply the others',
//! write this computer's) when woken — by a save, a new file in the folder (a watcher), the
//! "Sync now" button — and at least every few minutes. The window hears `sync-changed` after each
//! pass that did something, with `applied` when entries arrived, so the screens show them.
//!
//! The watcher follows the sync folder of the open journal; it is made again when the folder
//! changes (sync turned on, another journal opened) and dropped when sync is off. A folder that
//! cannot be watched (missing, or a file system without notifications) is still read by the
//! periodic look.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Runtime};
use tokio::sync::Notify;

use super::Job;
use crate::state::SyncPass;
use crate::AppState;

/// The event the window hears after a pass that changed something.
pub const CHANGED_EVENT: &str = "sync-changed";
/// The look at the folder when nothing woke the job.
pub const EVERY: Duration = Duration::from_secs(3 * 60);
/// The next look when files did not open yet (a sync client still copying them).
const SOON: Duration = Duration::from_secs(10);
/// The first pass waits this long after start, so that loading the sync document never holds the
/// journal while the window reads its first screen (start-up costs the same with sync on).
const AFTER_START: Duration = Duration::from_secs(3);

/// What the window is told.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct SyncChanged {
    /// Entries arrived from another computer.
    pub applied: bool,
}

/// See the module.
pub struct SyncJob<R: Runtime> {
    app: AppHandle<R>,
    watching: Mutex<Option<(PathBuf, RecommendedWatcher)>>,
    started: AtomicBool,
}

impl<R: Runtime> SyncJob<R> {
    pub fn new(app: AppHandle<R>) -> Self {
        SyncJob { app, watching: Mutex::new(None), started: AtomicBool::new(false) }
    }

    /// Watches the open journal's sync folder (or nothing when sync is off).
    fn follow_folder(&self, state: &AppState, wake: &Arc<Notify>) {
        let folder =
            state.sync.lock().engine.as_ref().filter(|e| !e.row().paused).map(|e| PathBuf::from(&e.row().folder));
        let mut watching = self.watching.lock().unwrap_or_else(PoisonError::into_inner);
        if watching.as_ref().map(|(path, _)| path) == folder.as_ref() {
            return;
        }
        *watching = None;
        let Some(folder) = folder else { return };
        let wake = Arc::clone(wake);
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            if event.is_ok_and(|e| !e.kind.is_access()) {
                wake.notify_one();
            }
        });
        match watcher.and_then(|mut w| w.watch(&folder, RecursiveMode::Recursive).map(|()| w)) {
            Ok(watcher) => *watching = Some((folder, watcher)),
            Err(err) => log::info!("the sync folder is read every few minutes: it cannot be watched ({err})"),
        }
    }
}

impl<R: Runtime> Job for SyncJob<R> {
    fn name(&self) -> &'static str {
        "sync"
    }

    fn run(&self, state: &AppState) -> Duration {
        if !self.started.swap(true, Ordering::Relaxed) {
            return AFTER_START;
        }
        let outcome = state.sync_pass();
        self.follow_folder(state, &state.sync.wake());
        match outcome {
            SyncPass::Idle => EVERY,
            SyncPass::Ran { applied, settings, retry_soon } => {
                if applied > 0 {
                    state.reminders.changed();
                }
                if settings {
                    let followed = state
                        .journal()
                        .and_then(|journal| Ok(journal.settings()?))
                        .and_then(|saved| crate::commands::settings::follow_settings(&self.app, state, &saved));
                    if let Err(err) = followed {
                        log::warn!("settings from another computer could not be applied here: {err:?}");
                    }
                }
                let _ = self.app.emit(CHANGED_EVENT, SyncChanged { applied: applied > 0 });
                if retry_soon {
                    SOON
                } else {
                    EVERY
                }
            }
            SyncPass::Failed => {
                let _ = self.app.emit(CHANGED_EVENT, SyncChanged { applied: false });
                EVERY
            }
        }
    }
}
