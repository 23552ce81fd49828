use crate::error::Message;
use chrono_tz::Europe::Berlin;

use super::*;
use crate::model::massage_session::{MassageKind, MassageSessionDraft, SessionStatus};
use crate::model::reminder_settings::{DayOfWeek, MassageCadence};
use crate::model::settings::Theme;
use crate::reminders::{local_to_utc, ReminderAction};
use crate::CheckInDraft;

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap()
}

fn utc(local: &str) -> DateTime<Utc> {
    local_to_utc(&Berlin, at(local)).unwrap()
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn check_in_reminder(day: NaiveDate) -> Reminder {
    Reminder {
        kind: ReminderKind::CheckIn,
        subject: String::new(),
        message: Message::new("notification-check-in").arg("part", "evening"),
        action: ReminderAction::OpenCheckIn,
        fire_at: day.and_hms_opt(20, 30, 0).unwrap(),
        day,
    }
}

fn check_in(journal: &mut Journal, day: &str, stress: i32) {
    let draft = CheckInDraft { day: day.into(), stress: Some(stress), ..Default::default() };
    journal.save_check_in(&draft, NaiveDate::MAX, utc("2026-03-01T12:00")).unwrap();
}

fn session(journal: &mut Journal, starts_at: &str, status: SessionStatus, written: &str) -> String {
    let draft = MassageSessionDraft {
        duration_min: Some(60),
        therapist: "Lea".into(),
        ..MassageSessionDraft::new(starts_at, status, MassageKind::Swedish)
    };
    journal.save_session(&draft, &Berlin, at(written), utc(written)).unwrap().id
}

#[test]
fn recorded_reminders_are_read_back_from_their_day_on() {
    let journal = Journal::open_in_memory().unwrap();
    let first = journal.record_reminder(&check_in_reminder(day("2026-03-05")), utc("2026-03-05T20:30")).unwrap();
    let second = journal.record_reminder(&check_in_reminder(day("2026-03-06")), utc("2026-03-06T20:30")).unwrap();
    assert_ne!(first.id, second.id);
    assert_eq!(Uuid::parse_str(&first.id).unwrap().get_version_num(), 7);
    assert_eq!(journal.reminder_log(day("2026-03-05")).unwrap(), [first, second.clone()]);
    assert_eq!(journal.reminder_log(day("2026-03-06")).unwrap(), std::slice::from_ref(&second));
    assert_eq!(second.fired_at, utc("2026-03-06T20:30"));
    assert_eq!((second.outcome, second.snoozed_until), (None, None));
}

#[test]
fn snooze_and_close_set_the_outcome() {
    let journal = Journal::open_in_memory().unwrap();
    let fired = journal.record_reminder(&check_in_reminder(day("2026-03-06")), utc("2026-03-06T20:30")).unwrap();
    let now = at("2026-03-06T20:31");
    assert_eq!(journal.snooze_reminder(&fired.id, now, now).unwrap_err().field(), Some("until"));
    journal.snooze_reminder(&fired.id, at("2026-03-06T21:30"), now).unwrap();
    let entry = journal.reminder_log(day("2026-03-06")).unwrap().remove(0);
    assert_eq!((entry.outcome, entry.snoozed_until), (Some(ReminderOutcome::Snoozed), Some(at("2026-03-06T21:30"))));
    journal.close_reminder(&fired.id, ReminderOutcome::Dismissed).unwrap();
    let entry = journal.reminder_log(day("2026-03-06")).unwrap().remove(0);
    assert_eq!((entry.outcome, entry.snoozed_until), (Some(ReminderOutcome::Dismissed), None));
    assert_eq!(journal.close_reminder(&fired.id, ReminderOutcome::Snoozed).unwrap_err().field(), Some("outcome"));
    assert_eq!(journal.close_reminder("nope", ReminderOutcome::Acted).unwrap_err().code(), "not_found");
}

#[test]
fn log_entries_this_version_cannot_read_are_left_out() {
    let journal = Journal::open_in_memory().unwrap();
    journal
        .conn()
        .execute_batch(
            "INSERT INTO reminder_log (id, kind, subject, day, fired_at)
                 VALUES ('a', 'hydrate', '', '2026-03-06', '2026-03-06T19:30:00Z');
             INSERT INTO reminder_log (id, kind, subject, day, fired_at, outcome)
                 VALUES ('b', 'check_in', '', '2026-03-06', '2026-03-06T19:31:00Z', 'archived');",
        )
        .unwrap();
    let log = journal.reminder_log(day("2026-03-01")).unwrap();
    assert_eq!(log.iter().map(|e| (e.id.as_str(), e.outcome)).collect::<Vec<_>>(), [("b", None)]);
}

#[test]
fn reminder_settings_are_stored_under_their_own_key() {
    let mut journal = Journal::open_in_memory().unwrap();
    assert_eq!(journal.reminder_settings().unwrap(), ReminderSettings::default());
    let mut wanted = ReminderSettings { massage_cadence: MassageCadence { days: Some(21) }, ..Default::default() };
    wanted.check_in.weekdays = vec![DayOfWeek::Friday, DayOfWeek::Monday, DayOfWeek::Friday];
    let saved = journal.save_reminder_settings(&wanted, utc("2026-03-06T12:00")).unwrap();
    assert_eq!(saved.check_in.weekdays, [DayOfWeek::Monday, DayOfWeek::Friday]);
    assert_eq!(saved.massage_cadence.days, Some(21));
    let general = crate::model::settings::Settings { theme: Theme::Dark, ..Default::default() };
    journal.save_settings(&general, utc("2026-03-06T12:00")).unwrap();
    assert_eq!(journal.settings().unwrap(), general, "the general settings ignore the reminders key");
    assert_eq!(journal.reminder_settings().unwrap(), saved, "and saving them leaves it alone");
}

#[test]
fn invalid_reminder_settings_change_nothing() {
    let journal = Journal::open_in_memory().unwrap();
    let bad = ReminderSettings { massage_cadence: MassageCadence { days: Some(366) }, ..Default::default() };
    let err = journal.save_reminder_settings(&bad, utc("2026-03-06T12:00")).unwrap_err();
    assert_eq!(err.field(), Some("massageCadence.days"));
    let stored: i64 = journal.conn().query_row("SELECT count(*) FROM settings", [], |r| r.get(0)).unwrap();
    assert_eq!(stored, 0);
}

#[test]
fn unreadable_stored_reminder_settings_fall_back_to_defaults() {
    let journal = Journal::open_in_memory().unwrap();
    for value in [r#"{"checkIn":{"ringtone":"bell"}}"#, r#"{"massageCadence":{"days":0}}"#, "42"] {
        journal.conn().execute("INSERT OR REPLACE INTO settings VALUES ('reminders', ?1, 'x')", [value]).unwrap();
        assert_eq!(journal.reminder_settings().unwrap(), ReminderSettings::default(), "{value}");
    }
}

#[test]
fn the_state_holds_what_the_rules_need() {
    let mut journal = Journal::open_in_memory().unwrap();
    for (d, stress) in [("2026-03-01", 2), ("2026-03-02", 8), ("2026-03-03", 3), ("2026-03-04", 9), ("2026-03-05", 7)] {
        check_in(&mut journal, d, stress);
    }
    check_in(&mut journal, "2026-03-06", 8);
    journal.delete_check_in("2026-03-06", utc("2026-03-06T12:00")).unwrap();
    session(&mut journal, "2026-02-20T10:00", SessionStatus::Done, "2026-02-20T12:00");
    session(&mut journal, "2026-03-06T00:30", SessionStatus::Done, "2026-03-06T01:00");
    session(&mut journal, "2026-03-05T03:00", SessionStatus::Planned, "2026-03-01T09:00");
    let planned = session(&mut journal, "2026-03-12T17:30", SessionStatus::Planned, "2026-03-01T09:00");
    session(&mut journal, "2026-03-13T17:30", SessionStatus::Cancelled, "2026-03-01T09:00");
    // 01:00 on the 6th is still the journal day of the 5th.
    let state = journal.reminder_inputs(at("2026-03-06T01:00")).unwrap().state;
    assert_eq!((state.today, state.day_boundary, state.today_logged), (day("2026-03-05"), DEFAULT_DAY_BOUNDARY, true));
    assert_eq!(state.last_done, Some(at("2026-03-06T00:30")));
    assert_eq!(state.planned.len(), 1, "a plan from a day before is no longer ahead");
    assert_eq!((state.planned[0].id.as_str(), state.planned[0].starts_at), (planned.as_str(), at("2026-03-12T17:30")));
    assert_eq!((state.planned[0].therapist.as_str(), state.planned[0].changed_at), ("Lea", utc("2026-03-01T09:00")));
    let stress: Vec<(String, u8)> = state.recent_stress.iter().map(|d| (d.day.to_string(), d.stress)).collect();
    let expected = [("2026-03-02", 8), ("2026-03-03", 3), ("2026-03-04", 9), ("2026-03-05", 7)];
    assert_eq!(stress, expected.map(|(d, s)| (d.to_string(), s)));
    let later = journal.reminder_inputs(at("2026-03-06T09:00")).unwrap().state;
    assert_eq!((later.today, later.today_logged), (day("2026-03-06"), false), "the 6th was deleted");
}

#[test]
fn a_restart_never_repeats_a_reminder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.sqlite3");
    let now = at("2026-03-22T20:30");
    {
        let (mut journal, _) = Journal::open(&path, utc("2026-03-01T09:00")).unwrap();
        let settings = ReminderSettings { massage_cadence: MassageCadence { days: Some(21) }, ..Default::default() };
        journal.save_reminder_settings(&settings, utc("2026-03-01T09:00")).unwrap();
        session(&mut journal, "2026-03-01T10:00", SessionStatus::Done, "2026-03-01T12:00");
        let due = journal.reminder_inputs(now).unwrap().due(now, &Berlin);
        assert_eq!(due.iter().map(|r| r.kind).collect::<Vec<_>>(), [ReminderKind::CheckIn, ReminderKind::BookMassage]);
        for reminder in &due {
            journal.record_reminder(reminder, utc("2026-03-22T20:30")).unwrap();
        }
    }
    let (journal, _) = Journal::open(&path, utc("2026-03-22T20:40")).unwrap();
    for later in ["2026-03-22T20:40", "2026-03-22T21:59", "2026-03-23T09:00"] {
        let inputs = journal.reminder_inputs(at(later)).unwrap();
        assert!(inputs.due(at(later), &Berlin).is_empty(), "{later}");
    }
    let inputs = journal.reminder_inputs(at("2026-03-22T20:40")).unwrap();
    assert_eq!(inputs.next_due(at("2026-03-22T20:40"), &Berlin), Some(at("2026-03-23T20:30")));
    let next = inputs.next_reminder(at("2026-03-22T20:40"), &Berlin).unwrap();
    assert_eq!(next.kind, ReminderKind::CheckIn);
}
