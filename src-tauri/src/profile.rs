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

use resilience_core::error::Message;
use std::collections::BTreeMap;
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
/// The screens to change between (comma-separated, e.g. `today,trends`); all when unset.
pub const SCREENS_ENV: &str = "RESILIENCE_JOURNAL_PROFILE_SCREENS";
/// Quit after the last milestone.
pub const EXIT_ENV: &str = "RESILIENCE_JOURNAL_PROFILE_EXIT";
/// How long the app stays still after a memory milestone.
pub const PAUSE: Duration = Duration::from_secs(3);

static STARTED: OnceLock<(Instant, SystemTime)> = OnceLock::new();

/// Notes the moment the process started; `main` calls it first.
pub fn mark_process_start() {
    STARTED.get_or_init(|| (Instant::now(), SystemTime::now()));
}

/// What the UI should do next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProfilePlan {
    /// Whether profiling is on at all (when not, the UI never calls again).
    pub profiling: bool,
    /// After `painted`: the number of screen changes to make after one tour of every screen
    /// (0: no tour).
    pub switches: u32,
    /// The screens to change between; empty means every screen.
    pub screens: Vec<String>,
}

/// The plan from the environment.
fn plan() -> ProfilePlan {
    let on = |name: &str| std::env::var(name).is_ok_and(|v| v == "1");
    let profiling = on(PROFILE_ENV);
    let switches = if profiling { std::env::var(TOUR_ENV).ok().and_then(|v| v.parse().ok()).unwrap_or(0) } else { 0 };
    let screens = match std::env::var(SCREENS_ENV) {
        Ok(list) if profiling => list.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
        _ => Vec::new(),
    };
    ProfilePlan { profiling, switches, screens }
}

/// Prints a back-end milestone (`setup`, `page-started`, …) while profiling.
pub fn note(stage: &str) {
    if plan().profiling {
        let since_start = STARTED.get().map(|(at, _)| at.elapsed()).unwrap_or_default();
        println!("{}", milestone(stage, since_start, SystemTime::now()));
    }
}

/// The milestone line printed for `mark`.
pub fn milestone(mark: &str, since_start: Duration, at: SystemTime) -> String {
    let unix = at.duration_since(UNIX_EPOCH).unwrap_or_default();
    format!("profile: {mark} {:.1} ms {}", since_start.as_secs_f64() * 1000.0, unix.as_micros())
}

/// The page's own timeline: `origin` (the page's time origin, Unix milliseconds) becomes
/// milliseconds since the process started; the other entries are milliseconds since that origin.
/// Names are short lowercase words, so nothing else can reach the output.
pub fn page_line(timings: &BTreeMap<String, f64>, process_started: SystemTime) -> Result<String, AppError> {
    let named =
        |name: &str| !name.is_empty() && name.len() <= 32 && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    if timings.len() > 16 || !timings.iter().all(|(name, ms)| named(name) && ms.is_finite()) {
        return Err(AppError::invalid("timings", Message::new("error-profile-timings")));
    }
    let started = process_started.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs_f64() * 1000.0;
    let mut line = String::from("profile: page (ms)");
    for (name, ms) in timings {
        let ms = if name == "origin" { ms - started } else { *ms };
        line.push_str(&format!(" {name}={ms:.1}"));
    }
    Ok(line)
}

/// Records a milestone (`painted`, `toured`, `switched` or `done`) while profiling, with the
/// page's `timings` if given (see [`page_line`]); otherwise nothing. Returns what the UI should do
/// next.
#[tauri::command(async)]
pub fn profile_mark<R: Runtime>(app: AppHandle<R>, mark: Arg, timings: Arg) -> Result<ProfilePlan, AppError> {
    let mark = mark.text("mark")?;
    if !["painted", "toured", "switched", "done"].contains(&mark.as_str()) {
        return Err(AppError::invalid("mark", Message::new("error-profile-mark")));
    }
    let timings: Option<BTreeMap<String, f64>> =
        if timings == Arg::missing() { None } else { Some(timings.payload("page timings", "timings")?) };
    let plan = plan();
    if plan.profiling {
        record(&app, &mark, timings, &plan)?;
    }
    Ok(plan)
}

/// Prints the milestone `mark` (and the page's timings), pauses after a tour or a switch, and ends
/// the app after the last milestone when asked to.
fn record<R: Runtime>(
    app: &AppHandle<R>,
    mark: &str,
    timings: Option<BTreeMap<String, f64>>,
    plan: &ProfilePlan,
) -> Result<(), AppError> {
    let (since_start, process_started) =
        STARTED.get().map(|(at, wall)| (at.elapsed(), *wall)).unwrap_or((Duration::ZERO, SystemTime::now()));
    println!("{}", milestone(mark, since_start, SystemTime::now()));
    if let Some(timings) = timings {
        println!("{}", page_line(&timings, process_started)?);
    }
    let last = mark == "done" || (mark == "painted" && plan.switches == 0);
    if matches!(mark, "toured" | "switched") {
        std::thread::sleep(PAUSE);
    }
    if last && std::env::var(EXIT_ENV).is_ok_and(|v| v == "1") {
        app.exit(0);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_milestone_line_carries_both_clocks() {
        let at = UNIX_EPOCH + Duration::from_micros(1_765_000_000_123_456);
        assert_eq!(
            milestone("painted", Duration::from_micros(312_460), at),
            "profile: painted 312.5 ms 1765000000123456"
        );
    }

    #[test]
    fn page_timings_are_printed_relative_to_the_process_start() {
        let started = UNIX_EPOCH + Duration::from_millis(1_765_000_000_000);
        let timings = BTreeMap::from([("origin".to_string(), 1_765_000_000_180.0), ("script".to_string(), 42.24)]);
        assert_eq!(page_line(&timings, started).unwrap(), "profile: page (ms) origin=180.0 script=42.2");
        for bad in ["", "Script", "a\nprofile: done", "x y"] {
            let timings = BTreeMap::from([(bad.to_string(), 1.0)]);
            assert_eq!(page_line(&timings, started).unwrap_err().field.as_deref(), Some("timings"), "{bad:?}");
        }
    }
}
