//! Reminders against the clock: quiet hours, midnight and the day boundary, daylight-saving
//! changes in Europe/Berlin (2026-03-29 and 2026-10-25), snooze, pause, and a journal that was
//! closed for a while.

use crate::error::Message;
use chrono::{TimeZone, Utc};

use super::fixtures::{at, time, without_quiet_hours, World};
use super::{ReminderKind::*, ReminderSettings};
use crate::model::reminder_settings::{DayOfWeek, MassageCadence};

/// Only the book-a-massage reminder, every `days` days, at `time`.
fn book_at(days: u32, time: &str) -> ReminderSettings {
    let mut settings =
        ReminderSettings { massage_cadence: MassageCadence { days: Some(days) }, ..ReminderSettings::default() };
    settings.check_in.enabled = false;
    settings.check_in.time = time.into();
    settings.stress_nudge.enabled = false;
    settings
}

fn check_in_at(time: &str) -> ReminderSettings {
    let mut settings = without_quiet_hours();
    settings.check_in.time = time.into();
    settings
}

#[test]
fn quiet_hours_across_midnight_hold_until_they_end() {
    let mut settings = book_at(7, "23:00");
    settings.quiet_hours.end = "07:00".into();
    let mut world = World::new(settings);
    world.done("2026-03-01T10:00");
    assert!(world.due("2026-03-08T23:00").is_empty(), "22:00–07:00 is quiet");
    assert!(world.due("2026-03-09T00:30").is_empty(), "still quiet after midnight");
    assert_eq!(world.next_due("2026-03-08T23:00"), Some(at("2026-03-09T07:00")));
    let due = world.due("2026-03-09T07:00");
    assert_eq!((due.len(), due[0].kind), (1, BookMassage));
    assert_eq!(due[0].fire_at, at("2026-03-09T07:00"));
    world.fire("2026-03-09T07:00");
    assert!(world.due("2026-03-09T23:00").is_empty(), "once that day");
    assert_eq!(world.next_due("2026-03-09T07:00"), Some(at("2026-03-10T07:00")));
}

#[test]
fn quiet_hours_hold_a_nudge_that_became_due_late_in_the_evening() {
    let mut world = World::new(ReminderSettings::default());
    world.log_day("2026-03-04", Some(8)).log_day("2026-03-05", Some(8));
    assert!(world.due("2026-03-06T20:30").iter().all(|r| r.kind == CheckIn));
    world.log_day("2026-03-06", Some(9));
    assert!(world.due("2026-03-06T23:10").is_empty(), "logged at 23:10, in quiet hours");
    assert_eq!(world.next_due("2026-03-06T23:10"), Some(at("2026-03-07T08:00")));
    assert_eq!(world.kinds("2026-03-07T08:00"), [StressNudge]);
}

#[test]
fn a_check_in_time_after_midnight_belongs_to_the_evening_before() {
    let mut settings = check_in_at("00:30");
    settings.check_in.weekdays = vec![DayOfWeek::Friday];
    let mut world = World::new(settings);
    assert!(world.due("2026-03-06T00:30").is_empty(), "Thursday's journal day");
    assert_eq!(world.next_due("2026-03-05T12:00"), Some(at("2026-03-07T00:30")));
    assert_eq!(world.kinds("2026-03-07T00:30"), [CheckIn], "Friday's journal day, on Saturday's date");
    world.log_day("2026-03-06", None);
    assert!(world.due("2026-03-07T00:30").is_empty(), "Friday is logged");
}

#[test]
fn a_missed_check_in_lasts_until_the_day_boundary() {
    let world = World::new(check_in_at("20:30"));
    assert_eq!(world.kinds("2026-03-07T03:59"), [CheckIn], "still Friday's journal day");
    assert!(world.due("2026-03-07T04:00").is_empty(), "Saturday has begun");
    let mut midnight = World::new(check_in_at("20:30"));
    midnight.day_boundary = time("00:00");
    assert_eq!(midnight.kinds("2026-03-06T23:59"), [CheckIn]);
    assert!(midnight.due("2026-03-07T00:00").is_empty(), "with a midnight boundary the day ends at midnight");
}

#[test]
fn a_missed_evening_check_in_is_not_shown_at_night_or_the_next_morning() {
    let world = World::new(ReminderSettings::default());
    assert!(world.due("2026-03-06T23:00").is_empty());
    assert!(world.due("2026-03-07T08:00").is_empty());
    assert_eq!(world.next_due("2026-03-06T23:00"), Some(at("2026-03-07T20:30")));
}

#[test]
fn a_time_skipped_when_summer_time_starts_fires_at_the_end_of_the_gap() {
    let mut world = World::new(check_in_at("02:30"));
    assert_eq!(world.next_due("2026-03-29T01:00"), Some(at("2026-03-29T03:00")));
    let due = world.due("2026-03-29T03:00");
    assert_eq!((due.len(), due[0].fire_at), (1, at("2026-03-29T03:00")));
    assert_eq!(due[0].day, at("2026-03-28T00:00").date(), "02:30 is before the 04:00 boundary");
    world.fire("2026-03-29T03:00");
    assert!(world.due("2026-03-29T03:30").is_empty());
    assert_eq!(world.next_due("2026-03-29T03:00"), Some(at("2026-03-30T02:30")));
}

#[test]
fn a_time_repeated_when_summer_time_ends_fires_once() {
    let mut world = World::new(check_in_at("02:30"));
    // 02:30 happens at 00:30 UTC (summer time) and again at 01:30 UTC (winter time).
    let first = Utc.with_ymd_and_hms(2026, 10, 25, 0, 30, 0).unwrap();
    let second = Utc.with_ymd_and_hms(2026, 10, 25, 1, 30, 0).unwrap();
    assert_eq!(world.next_due("2026-10-25T01:00"), Some(at("2026-10-25T02:30")));
    assert_eq!(world.fire_instant(first).len(), 1);
    assert!(world.fire_instant(Utc.with_ymd_and_hms(2026, 10, 25, 1, 10, 0).unwrap()).is_empty(), "02:10 again");
    assert!(world.fire_instant(second).is_empty());
    assert_eq!(world.next_due("2026-10-25T02:10"), Some(at("2026-10-26T02:30")));
    assert_eq!(world.log.len(), 1);
}

#[test]
fn a_snoozed_reminder_comes_back_once_when_the_snooze_ends() {
    let mut world = World::new(ReminderSettings::default());
    assert_eq!(world.fire("2026-03-06T20:30"), [CheckIn]);
    world.snooze_last(CheckIn, "2026-03-06T21:30");
    assert!(world.due("2026-03-06T21:00").is_empty());
    assert_eq!(world.next_due("2026-03-06T21:00"), Some(at("2026-03-06T21:30")));
    assert_eq!(world.fire("2026-03-06T21:30"), [CheckIn]);
    assert!(world.due("2026-03-06T21:45").is_empty());
}

#[test]
fn a_snoozed_reminder_that_no_longer_applies_stays_away() {
    let mut world = World::new(ReminderSettings::default());
    world.fire("2026-03-06T20:30");
    world.snooze_last(CheckIn, "2026-03-06T21:30");
    world.log_day("2026-03-06", Some(2));
    assert!(world.due("2026-03-06T21:30").is_empty());
    assert_eq!(world.next_due("2026-03-06T21:00"), Some(at("2026-03-07T20:30")));
}

#[test]
fn snoozing_until_tomorrow_brings_the_booking_back_then() {
    let mut world = World::new(book_at(14, "20:30"));
    world.done("2026-03-01T10:00");
    assert_eq!(world.fire("2026-03-15T20:30"), [BookMassage]);
    world.snooze_last(BookMassage, "2026-03-16T09:00");
    assert!(world.due("2026-03-16T08:59").is_empty());
    assert_eq!(world.fire("2026-03-16T09:00"), [BookMassage]);
    assert!(world.due("2026-03-16T20:30").is_empty(), "once that day");
}

#[test]
fn pause_holds_everything_until_it_ends() {
    let mut settings = book_at(14, "20:30");
    settings.check_in.enabled = true;
    settings.paused_until = Some("2026-03-16T10:00".into());
    let mut world = World::new(settings.clone());
    world.done("2026-03-01T10:00");
    for now in ["2026-03-15T20:30", "2026-03-16T09:00", "2026-03-16T09:59"] {
        assert!(world.due(now).is_empty(), "{now}");
    }
    assert_eq!(world.next_due("2026-03-15T12:00"), Some(at("2026-03-16T10:00")));
    // Sunday's check-in has lapsed with its day; the booking still applies, once.
    assert_eq!(world.fire("2026-03-16T10:00"), [BookMassage]);
    assert_eq!(world.fire("2026-03-16T20:30"), [CheckIn]);

    let mut booked = World::new(settings);
    booked.done("2026-03-01T10:00").planned("lea", "2026-03-16T11:00");
    assert!(booked.due("2026-03-16T09:00").is_empty(), "the pause holds appointments too");
    assert_eq!(booked.kinds("2026-03-16T10:00"), [Appointment]);
}

#[test]
fn missed_while_closed_fires_once_not_a_burst() {
    let mut settings = book_at(14, "20:30");
    settings.check_in.enabled = true;
    let mut world = World::new(settings);
    world.done("2026-03-01T10:00").planned("lea", "2026-03-20T12:00");
    // Closed from the 14th to 11:00 on the 20th: six check-ins and the appointment's evening-before
    // and lead-time reminders were missed (the planned session keeps the booking reminder away).
    let due = world.due("2026-03-20T11:00");
    let kinds: Vec<_> = due.iter().map(|r| (r.kind, r.fire_at)).collect();
    assert_eq!(kinds, [(Appointment, at("2026-03-20T10:00"))], "the latest appointment reminder only");
}

#[test]
fn a_missed_booking_fires_once_at_the_next_start() {
    let mut world = World::new(book_at(14, "20:30"));
    world.done("2026-03-01T10:00");
    let due = world.due("2026-03-20T09:00");
    assert_eq!(due.len(), 1, "one reminder for six missed days");
    assert_eq!((due[0].fire_at, due[0].day), (at("2026-03-19T20:30"), at("2026-03-20T09:00").date()));
    assert_eq!(due[0].message, Message::new("notification-book-massage").arg("days", 19));
    world.fire("2026-03-20T09:00");
    assert!(world.due("2026-03-20T20:30").is_empty(), "and not again that day");
}

#[test]
fn a_missed_reminder_that_no_longer_applies_is_dropped() {
    let mut world = World::new(book_at(14, "20:30"));
    world.done("2026-03-01T10:00").planned("lea", "2026-03-25T12:00");
    assert!(world.due("2026-03-20T09:00").is_empty(), "a session was planned meanwhile");
    let mut passed = World::new(ReminderSettings::default());
    passed.planned("lea", "2026-03-20T12:00").log_day("2026-03-20", None);
    assert!(passed.due("2026-03-20T12:30").is_empty(), "the session has started");
}
