//! The reminder commands through Tauri's real IPC layer (mock runtime, the app's own
//! capabilities): settings with their validation and preview, the banner's answers, "I booked
//! it", the calendar export, and the scheduler waking on a change.

mod support;

use std::sync::{mpsc, Arc};
use std::time::Duration;

use chrono::{NaiveDateTime, Utc};
use resilience_core::reminders::Reminder;
use resilience_journal_lib::clock::ManualClock;
use resilience_journal_lib::jobs::reminders::{self, run_pass, Notifier};
use serde_json::{json, Value};
use support::{harness, harness_with, Harness};

struct Silent;
impl Notifier for Silent {
    fn show(&self, _: &Reminder, _: &str) {}
}

trait Reminders {
    fn overview(&self) -> Value;
    fn save(&self, settings: Value) -> Result<Value, Value>;
    fn settings_with(&self, change: impl FnOnce(&mut Value)) -> Value;
    fn book(&self, starts_at: &str, status: &str) -> String;
    fn fire(&self) -> Vec<String>;
}

impl Reminders for Harness {
    fn overview(&self) -> Value {
        self.invoke("reminder_overview", json!({})).unwrap()
    }

    fn save(&self, settings: Value) -> Result<Value, Value> {
        self.invoke("save_reminder_settings", json!({ "settings": settings }))
    }

    fn settings_with(&self, change: impl FnOnce(&mut Value)) -> Value {
        let mut settings = self.overview()["settings"].clone();
        change(&mut settings);
        settings
    }

    fn book(&self, starts_at: &str, status: &str) -> String {
        let session = json!({ "id": null, "startsAt": starts_at, "status": status, "kind": "shiatsu",
            "kindOther": null, "durationMin": 45, "therapist": "Ana", "place": "Studio", "pressure": null,
            "focusAreas": [], "costCents": 5000, "notes": "", "stressBefore": null, "stressAfter": null,
            "painBefore": null, "painAfter": null, "version": null });
        let saved = self.invoke("save_session", json!({ "session": session })).unwrap();
        saved["id"].as_str().unwrap().to_string()
    }

    /// One scheduler pass; the kinds that fired.
    fn fire(&self) -> Vec<String> {
        let pass = run_pass(&self.state(), &Utc, &Silent).unwrap();
        pass.fired.iter().map(|r| r.kind.as_str().to_string()).collect()
    }
}

fn settings_row(h: &Harness) -> i64 {
    let conn = rusqlite::Connection::open(h.dir.path().join("journal.db")).unwrap();
    conn.query_row("SELECT count(*) FROM settings WHERE key = 'reminders'", [], |r| r.get(0)).unwrap()
}

#[test]
fn defaults_come_with_the_next_reminder_and_how_they_are_delivered() {
    let h = harness();
    let overview = h.overview();
    assert_eq!(
        overview["settings"]["checkIn"],
        json!({ "enabled": true, "time": "20:30",
        "weekdays": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] })
    );
    assert_eq!(overview["settings"]["massageCadence"]["days"], Value::Null, "booking reminders wait for a cadence");
    assert_eq!(overview["settings"]["keepInTray"], true);
    // 21:00 on 25 November: tonight's check-in time has passed, so the next is tomorrow's.
    assert_eq!(overview["next"]["kind"], "check_in");
    assert_eq!(overview["next"]["fireAt"], "2026-11-26T20:30");
    assert_eq!(overview["unanswered"], json!([]));
    assert_eq!(overview["delivery"], json!({ "notifications": false, "tray": false, "startWithComputer": null }));
    assert_eq!(overview["plannedSessions"], 0);
}

#[test]
fn bad_settings_are_refused_with_their_field_and_nothing_is_saved() {
    let h = harness();
    let cases = [
        ("/checkIn/time", json!("24:00"), "checkIn.time"),
        ("/checkIn/time", json!("7:30"), "checkIn.time"),
        ("/checkIn/weekdays", json!([]), "checkIn.weekdays"),
        ("/massageCadence/days", json!(0), "massageCadence.days"),
        ("/massageCadence/days", json!(366), "massageCadence.days"),
        ("/appointment/leadMinutes", json!(4), "appointment.leadMinutes"),
        ("/appointment/leadMinutes", json!(10081), "appointment.leadMinutes"),
        ("/quietHours/end", json!("22:00"), "quietHours.end"),
        ("/pausedUntil", json!("tomorrow"), "pausedUntil"),
    ];
    for (pointer, value, field) in cases {
        let bad = h.settings_with(|s| *s.pointer_mut(pointer).unwrap() = value);
        for command in ["save_reminder_settings", "preview_reminder_settings"] {
            let err = h.invoke(command, json!({ "settings": bad })).unwrap_err();
            assert_eq!(err["field"], field, "{command}: {err}");
            assert!(err["message"]["id"].as_str().is_some_and(|id| id.starts_with("error-")), "{err}");
        }
    }
    let unknown = h.invoke("save_reminder_settings", json!({ "settings": { "checkIn": { "sound": "loud" } } }));
    assert_eq!(unknown.unwrap_err()["code"], "invalid_payload");
    assert_eq!(settings_row(&h), 0, "nothing was saved");
    assert_eq!(h.overview()["settings"]["checkIn"]["time"], "20:30");
}

#[test]
fn saved_settings_are_kept_and_the_preview_follows_unsaved_ones() {
    let h = harness();
    h.book("2026-11-04T18:00", "done");
    let every_three_weeks = h.settings_with(|s| {
        s["massageCadence"]["days"] = json!(21);
        s["checkIn"]["enabled"] = json!(false);
    });
    let preview = h.invoke("preview_reminder_settings", json!({ "settings": every_three_weeks })).unwrap();
    assert_eq!(preview["kind"], "book_massage");
    // Due since 20:30 today (21 days after 4 November): saved, it fires at once; the next one
    // after now is tomorrow's.
    assert_eq!(preview["fireAt"], "2026-11-26T20:30");
    assert_eq!(settings_row(&h), 0, "a preview saves nothing");

    let saved = h.save(every_three_weeks).unwrap();
    assert_eq!(saved["settings"]["massageCadence"]["days"], 21);
    assert_eq!(settings_row(&h), 1);
    assert_eq!(h.overview()["settings"]["massageCadence"]["days"], 21);
    let weekdays = h.settings_with(|s| s["checkIn"]["weekdays"] = json!(["sunday", "monday", "sunday"]));
    let saved = h.save(weekdays).unwrap();
    assert_eq!(saved["settings"]["checkIn"]["weekdays"], json!(["monday", "sunday"]), "sorted, without repeats");
}

#[test]
fn every_three_weeks_fires_once_and_i_booked_it_plans_the_session() {
    let h = harness();
    let last = h.book("2026-11-04T18:00", "done");
    h.save(h.settings_with(|s| s["massageCadence"]["days"] = json!(21))).unwrap();
    // At 21:00 on the 21st day both the check-in (20:30) and the booking reminder are due.
    assert_eq!(h.fire(), ["check_in", "book_massage"]);
    assert!(h.fire().is_empty(), "fired once");
    let banner = h.overview()["unanswered"].as_array().unwrap().clone();
    assert_eq!(banner.len(), 2);
    let booking = banner.iter().find(|r| r["reminder"]["kind"] == "book_massage").unwrap();
    assert_eq!(booking["reminder"]["message"], json!({ "id": "notification-book-massage", "args": { "days": 21.0 } }));
    assert_eq!(booking["reminder"]["action"], json!({ "type": "new_session" }));
    let lengths: Vec<&str> =
        booking["snooze"].as_array().unwrap().iter().map(|c| c["length"].as_str().unwrap()).collect();
    assert_eq!(lengths, ["hour", "tomorrow"], "at 21:00 the evening has begun");
    assert_eq!(booking["snooze"][0]["until"], "2026-11-25T22:00");

    let id = booking["id"].as_str().unwrap();
    let past = h.invoke("book_from_reminder", json!({ "id": id, "startsAt": "2026-11-25T20:00" })).unwrap_err();
    assert_eq!(past["field"], "startsAt");
    let session = h.invoke("book_from_reminder", json!({ "id": id, "startsAt": "2026-12-02T18:30" })).unwrap();
    assert_eq!(session["status"], "planned");
    assert_eq!(session["startsAt"], "2026-12-02T18:30");
    let last = h.invoke("get_session", json!({ "id": last })).unwrap();
    for field in ["kind", "durationMin", "therapist", "place"] {
        assert_eq!(session[field], last[field], "{field} is taken from the last massage");
    }
    assert_eq!(session["costCents"], Value::Null);
    let overview = h.overview();
    let kinds: Vec<&str> =
        overview["unanswered"].as_array().unwrap().iter().map(|r| r["reminder"]["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["check_in"]);
    assert_eq!(overview["plannedSessions"], 1);
    assert_eq!(overview["next"]["kind"], "check_in", "tomorrow's check-in; booking is done");
    assert_eq!(overview["next"]["fireAt"], "2026-11-26T20:30");
}

#[test]
fn snooze_and_dismiss_answer_the_banner() {
    let h = harness();
    h.book("2026-10-01T18:00", "done");
    h.save(h.settings_with(|s| s["massageCadence"]["days"] = json!(14))).unwrap();
    assert_eq!(h.fire(), ["check_in", "book_massage"]);
    let banner = h.overview()["unanswered"].clone();
    let check_in = banner[0]["id"].as_str().unwrap().to_string();
    let booking = banner[1]["id"].as_str().unwrap().to_string();

    let too_late = h.invoke("snooze_reminder", json!({ "id": booking, "until": "2026-12-25T09:00" })).unwrap_err();
    assert_eq!(too_late["field"], "until");
    let past = h.invoke("snooze_reminder", json!({ "id": booking, "until": "2026-11-25T20:00" })).unwrap_err();
    assert_eq!(past["field"], "until");
    let bad = h.invoke("snooze_reminder", json!({ "id": booking, "until": "soon" })).unwrap_err();
    assert_eq!(bad["field"], "until");
    let after = h.invoke("snooze_reminder", json!({ "id": booking, "until": "2026-11-26T09:00" })).unwrap();
    assert_eq!(after["unanswered"].as_array().unwrap().len(), 1);
    let wrong = h.invoke("answer_reminder", json!({ "id": check_in, "outcome": "snoozed" })).unwrap_err();
    assert_eq!(wrong["field"], "outcome");
    let after = h.invoke("answer_reminder", json!({ "id": check_in, "outcome": "dismissed" })).unwrap();
    assert_eq!(after["unanswered"], json!([]));
    let gone = h.invoke("answer_reminder", json!({ "id": "01900000-0000-7000-8000-000000000000", "outcome": "acted" }));
    assert_eq!(gone.unwrap_err()["code"], "not_found");
    assert!(h.fire().is_empty(), "nothing comes back before the snooze ends");
}

#[test]
fn planned_sessions_export_as_a_calendar_file() {
    let h = harness();
    let nothing = h.invoke("export_calendar", json!({ "path": h.dir.path().join("none.ics") })).unwrap_err();
    assert_eq!(nothing["code"], "nothing_to_export");
    assert!(!h.dir.path().join("none.ics").exists());
    h.book("2026-12-02T18:30", "planned");
    h.book("2026-12-20T10:00", "planned");
    h.book("2026-11-20T10:00", "done");
    let target = h.dir.path().join("massages");
    let saved = h.invoke("export_calendar", json!({ "path": target })).unwrap();
    assert_eq!(saved["sessions"], 2);
    let path = saved["file"]["path"].as_str().unwrap();
    assert!(path.ends_with("massages.ics"));
    let text = std::fs::read_to_string(path).unwrap();
    let calendar: icalendar::Calendar = text.parse().unwrap();
    let events = calendar.components.iter().filter(|c| matches!(c, icalendar::CalendarComponent::Event(_))).count();
    assert_eq!(events, 2);
    let relative = h.invoke("export_calendar", json!({ "path": "massages.ics" })).unwrap_err();
    assert_eq!(relative["field"], "path");
}

#[test]
fn start_with_computer_is_refused_where_it_cannot_be_set() {
    let h = harness();
    let err = h.invoke("set_start_with_computer", json!({ "enabled": true })).unwrap_err();
    assert_eq!(err["code"], "autostart");
    assert_eq!(h.overview()["delivery"]["startWithComputer"], Value::Null);
}

#[test]
fn the_scheduler_wakes_when_the_journal_changes_rather_than_polling() {
    let dir = tempfile::tempdir().unwrap();
    let start = NaiveDateTime::parse_from_str("2026-11-25T20:00:00", "%Y-%m-%dT%H:%M:%S").unwrap();
    let clock = ManualClock::new(start);
    let h = harness_with(dir, clock.clone());
    let (sender, passes) = mpsc::channel();
    let sender = std::sync::Mutex::new(sender);
    reminders::spawn(h.handle(), Utc, Arc::new(Silent), move |pass| {
        let _ = sender.lock().unwrap().send(pass.clone());
    });
    let first = passes.recv_timeout(Duration::from_secs(10)).unwrap();
    assert!(first.fired.is_empty());
    assert_eq!(first.sleep, Duration::from_secs(30 * 60).min(reminders::MAX_SLEEP));
    // The clock moves past 20:30; the next real pass would be minutes away, but a saved setting
    // wakes the scheduler at once and the reminder fires.
    clock.set(start + chrono::Duration::minutes(31));
    let settings = h.overview()["settings"].clone();
    h.save(settings).unwrap();
    let pass = passes.recv_timeout(Duration::from_secs(10)).unwrap();
    assert_eq!(pass.fired.iter().map(|r| r.kind.as_str()).collect::<Vec<_>>(), ["check_in"]);
    assert!(passes.recv_timeout(Duration::from_millis(300)).is_err(), "no pass without a change or a due time");
}
