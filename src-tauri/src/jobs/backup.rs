//! The daily backup job: the backup of the real journal's current journal day (the local time
//! zone and the day boundary decide) if there is none yet (at start and
//! every few hours while the app runs), and removing the unencrypted copy kept after encrypting
//! once its seven days are over. The demo journal is not backed up.

use std::time::Duration;

use resilience_core::encryption::migrate::expire_plain_copies;
use resilience_core::portability::daily_backup_if_due;

use super::Job;
use crate::AppState;

/// How often the job looks whether a backup is due.
pub const EVERY: Duration = Duration::from_secs(3 * 60 * 60);

/// See the module.
pub struct DailyBackup;

impl Job for DailyBackup {
    fn name(&self) -> &'static str {
        "daily backup"
    }

    fn run(&self, state: &AppState) -> Duration {
        daily_backup(state);
        EVERY
    }
}

/// Makes the backup of the current journal day of the real journal if there is none yet and expires old plain copies.
pub fn daily_backup(state: &AppState) {
    let (journal_file, demo) = state.database();
    if demo || state.slot.startup_error().is_some() {
        return;
    }
    let now = state.time.now_utc();
    match daily_backup_if_due(&journal_file, state.slot.key().as_ref(), now, |at| state.time.journal_day_of(at)) {
        Ok(Some(made)) => log::info!("daily backup made ({} bytes)", made.size_bytes),
        Ok(None) => {}
        Err(err) => log::warn!("the daily backup failed: {err}"),
    }
    // The plain copy kept after encrypting goes after seven days.
    match expire_plain_copies(&journal_file, now) {
        Ok(0) => {}
        Ok(n) => log::info!("{n} unencrypted copy of the journal removed after seven days"),
        Err(err) => log::warn!("an old unencrypted copy could not be removed: {err}"),
    }
}
