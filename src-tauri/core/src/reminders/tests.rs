//! Each kind of reminder on fixed clocks (Europe/Berlin; 2026-03-06 is a Friday).

use super::fixtures::{at, without_quiet_hours, World};
use super::{ReminderAction, ReminderKind::*, ReminderOutcome, ReminderSettings};
use crate::error::Message;
use crate::model::reminder_settings::{DayOfWeek, MassageCadence};

fn with_cadence(days: u32) -> ReminderSettings {
    ReminderSettings { massage_cadence: MassageCadence { days: Some(days) }, ..ReminderSettings::default() }
}

fn only_book(days: u32) -> ReminderSettings {
    let mut settings = with_cadence(days);
    settings.check_in.enabled = false;
    settings.stress_nudge.enabled = false;
    settings
}

#[test]
fn check_in_fires_at_its_time_on_chosen_weekdays() {
    let mut settings = ReminderSettings::default();
    settings.check_in.weekdays = vec![DayOfWeek::Monday, DayOfWeek::Friday];
    let world = World::new(settings);
    assert!(world.due("2026-03-06T20:29").is_empty());
    let due = world.due("2026-03-06T20:30");
    assert_eq!(due.len(), 1);
    assert_eq!((due[0].kind, due[0].subject.as_str()), (CheckIn, ""));
    assert_eq!(due[0].message, Message::new("notification-check-in").arg("part", "evening"));
    assert_eq!(due[0].action, ReminderAction::OpenCheckIn);
    assert_eq!((due[0].fire_at, due[0].day), (at("2026-03-06T20:30"), at("2026-03-06T20:30").date()));
    assert!(world.due("2026-03-07T20:30").is_empty(), "not on Saturday");
    assert_eq!(world.next_due("2026-03-06T21:00"), Some(at("2026-03-09T20:30")), "Monday next");
}

#[test]
fn check_in_is_skipped_when_today_is_logged() {
    let mut world = World::new(ReminderSettings::default());
    world.log_day("2026-03-06", Some(3));
    assert!(world.due("2026-03-06T20:30").is_empty());
    assert_eq!(world.next_due("2026-03-06T12:00"), Some(at("2026-03-07T20:30")));
}

#[test]
fn check_in_fires_once_a_day() {
    let mut world = World::new(ReminderSettings::default());
    assert_eq!(world.fire("2026-03-06T20:30"), [CheckIn]);
    assert!(world.due("2026-03-06T20:31").is_empty());
    assert!(world.due("2026-03-06T21:45").is_empty());
    assert_eq!(world.next_due("2026-03-06T20:30"), Some(at("2026-03-07T20:30")));
    assert_eq!(world.fire("2026-03-07T20:30"), [CheckIn]);
}

#[test]
fn book_reminder_waits_for_the_cadence() {
    let mut world = World::new(only_book(21));
    world.done("2026-03-01T10:00");
    assert!(world.due("2026-03-21T20:30").is_empty(), "day 20");
    assert_eq!(world.next_due("2026-03-21T20:30"), Some(at("2026-03-22T20:30")));
    let due = world.due("2026-03-22T20:30");
    assert_eq!(due.len(), 1, "day 21");
    assert_eq!(due[0].kind, BookMassage);
    assert_eq!(due[0].message, Message::new("notification-book-massage").arg("days", 21));
    assert_eq!(due[0].action, ReminderAction::NewSession);
    assert!(world.due("2026-03-22T20:29").is_empty(), "at the check-in time, not before");
}

#[test]
fn book_reminder_repeats_once_a_day_until_a_session_is_planned() {
    let mut world = World::new(only_book(14));
    world.done("2026-03-01T10:00");
    assert_eq!(world.fire("2026-03-15T20:30"), [BookMassage]);
    assert!(world.due("2026-03-15T23:00").is_empty());
    assert!(world.due("2026-03-16T09:00").is_empty(), "yesterday's already fired");
    assert_eq!(world.fire("2026-03-16T20:30"), [BookMassage]);
    world.planned("next", "2026-03-20T17:30");
    assert!(world.due("2026-03-17T20:30").is_empty());
    assert_eq!(world.next("2026-03-17T20:30").map(|r| r.kind), Some(Appointment));
}

#[test]
fn book_reminder_is_skipped_while_a_session_is_planned() {
    let mut world = World::new(only_book(21));
    world.done("2026-03-01T10:00").planned("next", "2026-03-30T17:30");
    assert!(world.due("2026-03-22T20:30").is_empty());
    assert!(world.due("2026-03-25T20:30").is_empty());
}

#[test]
fn book_reminder_needs_a_cadence_and_a_last_massage() {
    let mut world = World::new(only_book(21));
    assert!(world.due("2026-03-22T20:30").is_empty(), "no massage logged yet");
    world.done("2026-03-01T10:00");
    world.settings.massage_cadence.days = None;
    assert!(world.due("2026-03-22T20:30").is_empty(), "off by default");
    assert_eq!(world.next_due("2026-03-22T20:30"), None);
}

#[test]
fn book_reminder_counts_journal_days() {
    // A session at 01:00 on the 2nd belongs to the 1st: day 21 is the 22nd.
    let mut world = World::new(only_book(21));
    world.done("2026-03-02T01:00");
    assert_eq!(world.kinds("2026-03-22T20:30"), [BookMassage]);
    let mut one_day = World::new(only_book(1));
    one_day.done("2026-03-21T10:00");
    assert_eq!(one_day.due("2026-03-22T20:30")[0].message, Message::new("notification-book-massage").arg("days", 1));
}

#[test]
fn appointment_reminds_the_evening_before_and_before_the_start() {
    let mut world = World::new(ReminderSettings::default());
    world.planned("lea", "2026-03-12T17:30").log_day("2026-03-11", None).log_day("2026-03-12", None);
    assert!(world.due("2026-03-11T18:59").is_empty());
    assert_eq!(world.next_due("2026-03-11T12:00"), Some(at("2026-03-11T19:00")));
    let evening = world.due("2026-03-11T19:00");
    assert_eq!(evening.len(), 1);
    assert_eq!((evening[0].kind, evening[0].subject.as_str()), (Appointment, "lea"));
    assert_eq!(
        evening[0].message,
        Message::new("notification-appointment-with")
            .arg("therapist", "Lea")
            .arg("when", "tomorrow")
            .arg("weekday", "thursday")
            .arg("day", 12)
            .arg("month", 3)
            .arg("time", "17:30")
    );
    assert_eq!(evening[0].action, ReminderAction::OpenSession { id: "lea".into() });
    assert_eq!(world.fire("2026-03-11T19:00"), [Appointment]);
    assert_eq!(world.next_due("2026-03-11T19:00"), Some(at("2026-03-12T15:30")));
    let before = world.due("2026-03-12T15:30");
    assert_eq!(
        before[0].message,
        Message::new("notification-appointment-with")
            .arg("therapist", "Lea")
            .arg("when", "today")
            .arg("weekday", "thursday")
            .arg("day", 12)
            .arg("month", 3)
            .arg("time", "17:30")
    );
    assert!(world.due("2026-03-12T17:30").is_empty(), "not once it has started");
}

#[test]
fn an_appointment_days_ahead_names_its_day() {
    let mut settings = ReminderSettings::default();
    settings.appointment.lead_minutes = 3 * 24 * 60;
    let mut world = World::new(settings);
    world.planned("lea", "2026-03-12T17:30").log_day("2026-03-09", None);
    assert_eq!(
        world.due("2026-03-09T17:30")[0].message,
        Message::new("notification-appointment-with")
            .arg("therapist", "Lea")
            .arg("when", "later")
            .arg("weekday", "thursday")
            .arg("day", 12)
            .arg("month", 3)
            .arg("time", "17:30")
    );
}

#[test]
fn appointments_pass_through_quiet_hours() {
    let mut world = World::new(ReminderSettings::default());
    world.planned("early", "2026-03-12T09:00");
    assert_eq!(world.next_due("2026-03-11T23:00"), Some(at("2026-03-12T07:00")));
    assert_eq!(world.kinds("2026-03-12T07:00"), [Appointment]);
}

#[test]
fn appointments_of_two_sessions_are_apart() {
    let mut world = World::new(ReminderSettings::default());
    world.planned("a", "2026-03-12T10:00").planned("b", "2026-03-12T18:00").log_day("2026-03-11", None);
    let due = world.due("2026-03-11T19:00");
    let subjects: Vec<&str> = due.iter().map(|r| r.subject.as_str()).collect();
    assert_eq!(subjects, ["a", "b"]);
}

#[test]
fn a_session_booked_after_its_reminder_time_is_not_reminded_at_once() {
    let mut world = World::new(ReminderSettings::default());
    world.planned_at("lea", "2026-03-12T17:30", "2026-03-11T20:00").log_day("2026-03-11", None);
    assert!(world.due("2026-03-11T20:00").is_empty());
    assert_eq!(world.next_due("2026-03-11T20:00"), Some(at("2026-03-12T15:30")));
}

#[test]
fn stress_nudge_after_three_high_days_of_the_last_four() {
    let mut world = World::new(ReminderSettings::default());
    for (day, stress) in [("2026-03-03", 8), ("2026-03-04", 3), ("2026-03-05", 7), ("2026-03-06", 9)] {
        world.log_day(day, Some(stress));
    }
    let due = world.due("2026-03-06T20:30");
    assert_eq!(due.len(), 1, "today is logged, so only the nudge");
    assert_eq!(due[0].kind, StressNudge);
    assert_eq!(due[0].message, Message::new("notification-stress-nudge"));
    assert_eq!(due[0].action, ReminderAction::NewSession);
}

#[test]
fn stress_nudge_comes_at_most_once_a_week() {
    let mut world = World::new(ReminderSettings::default());
    for day in ["2026-03-04", "2026-03-05", "2026-03-06"] {
        world.log_day(day, Some(8));
    }
    assert_eq!(world.fire("2026-03-06T20:30"), [StressNudge]);
    for day in ["2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12"] {
        world.log_day(day, Some(8));
        assert!(world.due(&format!("{day}T20:30")).is_empty(), "{day}");
    }
    assert_eq!(world.next_due("2026-03-12T20:30"), Some(at("2026-03-13T20:30")));
    assert_eq!(world.fire("2026-03-13T20:30"), [CheckIn, StressNudge]);
}

#[test]
fn stress_nudge_waits_when_two_high_days_of_four() {
    let mut world = World::new(ReminderSettings::default());
    for (day, stress) in [("2026-03-02", 9), ("2026-03-03", 8), ("2026-03-04", 8), ("2026-03-05", 6), ("2026-03-06", 4)]
    {
        world.log_day(day, Some(stress));
    }
    assert!(world.due("2026-03-06T20:30").is_empty(), "the fifth day back no longer counts");
}

#[test]
fn stress_nudge_is_skipped_when_a_massage_is_near() {
    let high = |world: &mut World| {
        for day in ["2026-03-20", "2026-03-21", "2026-03-22"] {
            world.log_day(day, Some(9));
        }
    };
    let mut recent = World::new(ReminderSettings::default());
    high(&mut recent);
    recent.done("2026-03-08T10:00");
    assert!(recent.due("2026-03-22T20:30").is_empty(), "done 14 days ago");
    assert_eq!(recent.kinds("2026-03-23T20:30"), [CheckIn, StressNudge], "15 days ago is not near");
    let mut planned = World::new(ReminderSettings::default());
    high(&mut planned);
    planned.planned("soon", "2026-04-05T10:00");
    assert!(planned.kinds("2026-03-22T20:30").is_empty(), "planned in 14 days");
    let mut later = World::new(ReminderSettings::default());
    high(&mut later);
    later.planned("later", "2026-04-06T10:00");
    assert_eq!(later.kinds("2026-03-22T20:30"), [StressNudge], "planned in 15 days");
}

#[test]
fn switched_off_reminders_stay_quiet() {
    let mut settings = with_cadence(1);
    settings.check_in.enabled = false;
    settings.stress_nudge.enabled = false;
    settings.appointment.enabled = false;
    settings.massage_cadence.days = None;
    let mut world = World::new(settings);
    world.done("2026-03-01T10:00").planned("p", "2026-03-10T10:00");
    for day in ["2026-03-02", "2026-03-03", "2026-03-04"] {
        world.log_day(day, Some(9));
    }
    assert!(world.due("2026-03-09T20:30").is_empty());
    assert_eq!(world.next_due("2026-03-04T12:00"), None);
}

#[test]
fn invalid_settings_give_no_reminders() {
    let mut settings = without_quiet_hours();
    settings.check_in.weekdays.clear();
    let world = World::new(settings);
    assert!(world.due("2026-03-06T20:30").is_empty());
    assert_eq!(world.next_due("2026-03-06T12:00"), None);
}

#[test]
fn next_due_returns_the_earliest_future_fire_time() {
    let mut world = World::new(with_cadence(21));
    world.done("2026-02-20T10:00").planned("lea", "2026-03-12T17:30");
    assert_eq!(world.next_due("2026-03-11T08:00"), Some(at("2026-03-11T19:00")), "the appointment first");
    world.fire("2026-03-11T19:00");
    assert_eq!(world.next_due("2026-03-11T19:00"), Some(at("2026-03-11T20:30")), "then the check-in");
    assert_eq!(world.next_due("2026-03-11T20:30"), Some(at("2026-03-12T15:30")), "never now itself");
    let next = world.next("2026-03-11T20:30").unwrap();
    assert_eq!((next.kind, next.day), (Appointment, at("2026-03-12T15:30").date()));
}

#[test]
fn a_fired_reminder_is_withdrawn_once_it_is_done() {
    let mut world = World::new(with_cadence(14));
    world.done("2026-03-01T10:00");
    assert_eq!(world.fire("2026-03-15T20:30"), [CheckIn, BookMassage]);
    assert_eq!(
        world.unanswered("2026-03-15T21:00"),
        [
            Message::new("notification-check-in").arg("part", "evening"),
            Message::new("notification-book-massage").arg("days", 14)
        ]
    );
    world.log_day("2026-03-15", Some(3));
    world.planned("next", "2026-03-25T17:30");
    assert!(world.unanswered("2026-03-15T21:01").is_empty());
}

#[test]
fn answered_reminders_leave_the_banner() {
    let mut world = World::new(ReminderSettings::default());
    world.fire("2026-03-06T20:30");
    let open = super::unanswered(
        at("2026-03-06T20:31"),
        &chrono_tz::Europe::Berlin,
        &world.settings,
        &world.state(at("2026-03-06T20:31")),
        &world.log,
    );
    assert_eq!(open[0].id, world.log[0].id);
    world.answer_last(CheckIn, ReminderOutcome::Dismissed);
    assert!(world.unanswered("2026-03-06T20:31").is_empty());
    assert!(world.due("2026-03-06T20:32").is_empty(), "dismissed for today");
    world.answer_last(CheckIn, ReminderOutcome::Snoozed);
    assert!(world.unanswered("2026-03-06T20:31").is_empty());
    assert!(world.unanswered("2026-03-07T09:00").is_empty(), "yesterday's are gone");
}

#[test]
fn an_unanswered_appointment_reads_as_time_goes_on() {
    let mut world = World::new(ReminderSettings::default());
    world.planned("lea", "2026-03-12T17:30").log_day("2026-03-11", None);
    world.fire("2026-03-11T19:00");
    assert_eq!(
        world.unanswered("2026-03-11T23:00"),
        [Message::new("notification-appointment-with")
            .arg("therapist", "Lea")
            .arg("when", "tomorrow")
            .arg("weekday", "thursday")
            .arg("day", 12)
            .arg("month", 3)
            .arg("time", "17:30")]
    );
    let today = Message::new("notification-appointment-with")
        .arg("therapist", "Lea")
        .arg("when", "today")
        .arg("weekday", "thursday")
        .arg("day", 12)
        .arg("month", 3)
        .arg("time", "17:30");
    assert_eq!(world.unanswered("2026-03-12T00:30"), [today]);
}

#[test]
fn a_reminder_travels_as_camel_case_json() {
    let due = World::new(ReminderSettings::default()).due("2026-03-06T20:30");
    assert_eq!(
        serde_json::to_value(&due[0]).unwrap(),
        serde_json::json!({
            "kind": "check_in", "subject": "", "message": { "id": "notification-check-in", "args": { "part": "evening" } },
            "action": { "type": "open_check_in" }, "fireAt": "2026-03-06T20:30", "day": "2026-03-06"
        })
    );
    let open = ReminderAction::OpenSession { id: "0190".into() };
    assert_eq!(serde_json::to_value(&open).unwrap(), serde_json::json!({ "type": "open_session", "id": "0190" }));
}
