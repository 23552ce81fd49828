//! Startup and memory profiling, for the performance report (`make bench`).
//!
//! With `RESILIENCE_JOURNAL_PROFILE_STARTUP=1` the UI reports milestones through
//! [`profile_mark`]: `painted` when the first screen has painted with its data, then — when
//! `RESILIENCE_JOURNAL_PROFILE_TOUR=N` asks for it — `toured` after visiting every screen once and
//! `switched` after N more screen changes. Each milestone is printed to standard output as
//! `profile: <mark> <ms since start> ms <unix µs>`; after `toured` and `switched` the command waits
//! [`PAUSE`] so a measuring script can read the memory of a settled app. With
//! `RESILIENCE_JOURNAL_PROFILE_EXIT=1` the app quits after its last milestone. Without the
//! variables the command does nothing and the app behaves as always.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use tauri::{AppHandle, Runtime};
use ts_rs::TS;

use crate::args::Arg;
use crate::AppError;

/// Turns profiling on.
pub const PROFILE_ENV: &str = "RESILIENCE_JOURNAL_PROFILE_STARTUP";
/// How many screen changes the UI makes after its first tour of every screen.
pub const TOUR_ENV: &str = "RESILIENCE_JOURNAL_PROFILE_TOUR";
/// Quit after the last milestone.
pub const EXIT_ENV: &str = "RESILIENCE_JOURNAL_PROFILE_EXIT";
/// How long the app stays still after a memory milestone.
pub const PAUSE: Duration = Duration::from_secs(3);

static STARTED: OnceLock<Instant> = OnceLock::new();

/// Notes the moment the process started; `main` calls it first.
pub fn mark_process_start() {
    STARTED.get_or_init(Instant::now);
}

/// What the UI should do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProfilePlan {
    /// Whether profiling is on at all (when not, the UI never calls again).
    pub profiling: bool,
    /// After `painted`: the number of screen changes to make after one tour of every screen
    /// (0: no tour).
    pub switches: u32,
}

/// The plan from the environment.
fn plan() -> ProfilePlan {
    let on = |name: &str| std::env::var(name).is_ok_and(|v| v == "1");
    let profiling = on(PROFILE_ENV);
    let switches = if profiling { std::env::var(TOUR_ENV).ok().and_then(|v| v.parse().ok()).unwrap_or(0) } else { 0 };
    ProfilePlan { profiling, switches }
}

/// The milestone line printed for `mark`.
pub fn milestone(mark: &str, since_start: Duration, at: SystemTime) -> String {
    let unix = at.duration_since(UNIX_EPOCH).unwrap_or_default();
    format!("profile: {mark} {:.1} ms {}", since_start.as_secs_f64() * 1000.0, unix.as_micros())
}

/// Records a milestone (`painted`, `toured`, `switched` or `done`) while profiling; otherwise
/// nothing. Returns what the UI should do next.
#[tauri::command(async)]
pub fn profile_mark<R: Runtime>(app: AppHandle<R>, mark: Arg) -> Result<ProfilePlan, AppError> {
    let mark = mark.text("mark")?;
    if !["painted", "toured", "switched", "done"].contains(&mark.as_str()) {
        return Err(crate::commands::charts::invalid("mark", "Unknown profiling milestone."));
    }
    let plan = plan();
    if !plan.profiling {
        return Ok(plan);
    }
    let since_start = STARTED.get().map(Instant::elapsed).unwrap_or_default();
    println!("{}", milestone(&mark, since_start, SystemTime::now()));
    let last = mark == "done" || (mark == "painted" && plan.switches == 0);
    if matches!(mark.as_str(), "toured" | "switched") {
        std::thread::sleep(PAUSE);
    }
    if last && std::env::var(EXIT_ENV).is_ok_and(|v| v == "1") {
        app.exit(0);
    }
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_milestone_line_carries_both_clocks() {
        let at = UNIX_EPOCH + Duration::from_micros(1_765_000_000_123_456);
        assert_eq!(milestone("painted", Duration::from_micros(312_460), at), "profile: painted 312.5 ms 1765000000123456");
    }
}
