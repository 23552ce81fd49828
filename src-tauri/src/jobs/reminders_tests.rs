//! The scheduler on a manual clock (local time taken as UTC) with a notifier that only records.

use std::sync::{Arc, Mutex};

use chrono::{NaiveDateTime, Utc};
use resilience_core::model::reminder_settings::{MassageCadence, QuietHours};
use resilience_core::reminders::{ReminderKind, ReminderSettings};
use resilience_core::{MassageKind, MassageSessionDraft, SessionStatus};

use super::*;
use crate::clock::ManualClock;
use resilience_core::error::Message;

#[derive(Default)]
struct Recorder(Mutex<Vec<(ReminderKind, Message, String)>>);

impl Notifier for Recorder {
    fn show(&self, reminder: &Reminder, log_id: &str) {
        self.0.lock().unwrap().push((reminder.kind, reminder.message.clone(), log_id.to_string()));
    }
}

impl Recorder {
    fn kinds(&self) -> Vec<ReminderKind> {
        self.0.lock().unwrap().iter().map(|(kind, _, _)| *kind).collect()
    }
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S").unwrap()
}

fn open(dir: &tempfile::TempDir, clock: &Arc<ManualClock>) -> AppState {
    let keystore = std::sync::Arc::new(resilience_core::encryption::MemoryKeyStore::new());
    AppState::open(dir.path().to_path_buf(), false, clock.clone(), keystore)
}

/// Check-in at 20:30 every day, booking every three weeks, no quiet hours.
fn settings() -> ReminderSettings {
    ReminderSettings {
        massage_cadence: MassageCadence { days: Some(21) },
        quiet_hours: QuietHours { enabled: false, ..QuietHours::default() },
        ..ReminderSettings::default()
    }
}

fn done_session(state: &AppState, starts_at: &str) {
    let draft = MassageSessionDraft {
        duration_min: Some(60),
        therapist: "Sam".into(),
        ..MassageSessionDraft::new(starts_at, SessionStatus::Done, MassageKind::Swedish)
    };
    state.journal().unwrap().save_session(&draft, &Utc, state.time.local_now(), state.time.now_utc()).unwrap();
}

fn log_len(state: &AppState) -> usize {
    state.journal().unwrap().reminder_log(chrono::NaiveDate::MIN).unwrap().len()
}

#[test]
fn sleeps_until_the_reminder_fires_it_once_and_records_it() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(at("2026-11-25T20:29:30"));
    let state = open(&dir, &clock);
    state.journal().unwrap().save_reminder_settings(&settings(), state.time.now_utc()).unwrap();
    let notifier = Recorder::default();

    let pass = run_pass(&state, &Utc, &notifier).unwrap();
    assert!(pass.fired.is_empty());
    assert_eq!(pass.next, Some(at("2026-11-25T20:30:00")));
    assert_eq!(pass.sleep, Duration::from_secs(30));

    clock.set(at("2026-11-25T20:30:00"));
    let pass = run_pass(&state, &Utc, &notifier).unwrap();
    assert_eq!(pass.fired.iter().map(|r| r.kind).collect::<Vec<_>>(), [ReminderKind::CheckIn]);
    assert_eq!(notifier.kinds(), [ReminderKind::CheckIn]);
    assert_eq!(log_len(&state), 1);
    let logged = state.journal().unwrap().reminder_log(chrono::NaiveDate::MIN).unwrap();
    assert_eq!(notifier.0.lock().unwrap()[0].2, logged[0].id, "the notification carries the log entry");
    // The next is tomorrow's check-in, a day away: the scheduler looks again within MAX_SLEEP.
    assert_eq!(pass.next, Some(at("2026-11-26T20:30:00")));
    assert_eq!(pass.sleep, MAX_SLEEP);

    clock.set(at("2026-11-25T20:31:10"));
    let pass = run_pass(&state, &Utc, &notifier).unwrap();
    assert!(pass.fired.is_empty(), "a reminder fires once");
    assert_eq!(notifier.kinds().len(), 1);
}

#[test]
fn a_restart_never_repeats_a_reminder_and_one_missed_while_closed_fires_once() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(at("2026-10-01T12:00:00"));
    {
        let state = open(&dir, &clock);
        state.journal().unwrap().save_reminder_settings(&settings(), state.time.now_utc()).unwrap();
        done_session(&state, "2026-10-01T10:00");
    }
    // The app was closed for 30 days: the booking reminder came due on 22 October at 20:30, the
    // check-in reminder every evening. At the next start each fires once, not once per day missed.
    clock.set(at("2026-10-31T09:15:00"));
    let notifier = Recorder::default();
    {
        let state = open(&dir, &clock);
        let pass = run_pass(&state, &Utc, &notifier).unwrap();
        assert_eq!(pass.fired.iter().map(|r| r.kind).collect::<Vec<_>>(), [ReminderKind::BookMassage]);
        assert_eq!(pass.fired[0].message, Message::new("notification-book-massage").arg("days", 30));
    }
    let state = open(&dir, &clock);
    clock.set(at("2026-10-31T09:20:00"));
    let pass = run_pass(&state, &Utc, &notifier).unwrap();
    assert!(pass.fired.is_empty(), "the log in the journal keeps a restart from repeating it");
    assert_eq!(notifier.kinds(), [ReminderKind::BookMassage]);
    assert_eq!(log_len(&state), 1);
}

#[test]
fn every_three_weeks_reminds_on_the_twenty_first_day_at_the_check_in_time() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(at("2026-11-04T19:00:00"));
    let state = open(&dir, &clock);
    let mut only_booking = settings();
    only_booking.check_in.enabled = false;
    state.journal().unwrap().save_reminder_settings(&only_booking, state.time.now_utc()).unwrap();
    done_session(&state, "2026-11-04T18:00");
    let notifier = Recorder::default();
    let pass = run_pass(&state, &Utc, &notifier).unwrap();
    assert_eq!(pass.next, Some(at("2026-11-25T20:30:00")), "21 days after 4 November, at the check-in time");
    clock.set(at("2026-11-25T20:29:59"));
    assert!(run_pass(&state, &Utc, &notifier).unwrap().fired.is_empty());
    clock.set(at("2026-11-25T20:30:00"));
    let fired = run_pass(&state, &Utc, &notifier).unwrap().fired;
    assert_eq!(fired.len(), 1);
    assert_eq!(fired[0].message, Message::new("notification-book-massage").arg("days", 21));
    // Once a day at most: later that day nothing more.
    clock.set(at("2026-11-25T23:59:00"));
    assert!(run_pass(&state, &Utc, &notifier).unwrap().fired.is_empty());
}

#[test]
fn a_closed_journal_is_not_an_error_loop() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("journal.db"), b"not a database at all").unwrap();
    let clock = ManualClock::new(at("2026-11-25T20:30:00"));
    let state = open(&dir, &clock);
    let err = run_pass(&state, &Utc, &Recorder::default()).unwrap_err();
    assert_eq!(err.code, "journal_unavailable");
}

#[test]
fn clock_jumps_back_or_forward_never_repeat_or_burst() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(at("2026-11-25T20:30:00"));
    let state = open(&dir, &clock);
    state.journal().unwrap().save_reminder_settings(&settings(), state.time.now_utc()).unwrap();
    let notifier = Recorder::default();
    assert_eq!(run_pass(&state, &Utc, &notifier).unwrap().fired.len(), 1);
    // A new time zone three hours west: 20:30 comes round again, the reminder does not.
    clock.set(at("2026-11-25T17:31:00"));
    let pass = run_pass(&state, &Utc, &notifier).unwrap();
    assert!(pass.fired.is_empty());
    assert_eq!(pass.next, Some(at("2026-11-26T20:30:00")), "today's check-in is done with");
    clock.set(at("2026-11-25T20:30:00"));
    assert!(run_pass(&state, &Utc, &notifier).unwrap().fired.is_empty());
    // The laptop slept for three days: the missed evenings are not caught up one by one.
    clock.set(at("2026-11-28T21:05:00"));
    let pass = run_pass(&state, &Utc, &notifier).unwrap();
    assert_eq!(pass.fired.iter().map(|r| r.kind).collect::<Vec<_>>(), [ReminderKind::CheckIn]);
    assert_eq!(pass.fired[0].day, chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    assert_eq!(notifier.kinds().len(), 2);
}
