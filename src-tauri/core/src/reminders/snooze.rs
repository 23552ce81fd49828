//! The ways to put off a reminder that fired: an hour, this evening, tomorrow morning.

use chrono::{Duration, NaiveDateTime, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::reminder::local_minute;
pub use crate::model::reminder::{check_snooze, MAX_SNOOZE_DAYS};
use crate::model::reminder_settings::ReminderKind;

/// "This evening" means this time today.
const EVENING: NaiveTime = NaiveTime::from_hms_opt(19, 0, 0).expect("a valid time");
/// "Tomorrow" means this time on the next calendar day.
const MORNING: NaiveTime = NaiveTime::from_hms_opt(9, 0, 0).expect("a valid time");
/// "This evening" is offered only while it is at least this far away.
const EVENING_AT_LEAST: Duration = Duration::minutes(90);

/// How long to put a reminder off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SnoozeLength {
    Hour,
    Evening,
    Tomorrow,
}

/// One way to snooze a reminder, with the local time it comes back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct SnoozeChoice {
    pub length: SnoozeLength,
    /// Local `YYYY-MM-DDTHH:MM`.
    #[serde(with = "local_minute")]
    #[ts(type = "string")]
    pub until: NaiveDateTime,
}

/// The snoozes that make sense for a reminder of `kind` at the local time `now`, shortest first.
/// A check-in reminder is about today, so it is not put off to tomorrow; an appointment reminder
/// can only wait an hour (the session is close), and not past `starts_at` when it is given.
pub fn snooze_choices(kind: ReminderKind, now: NaiveDateTime, starts_at: Option<NaiveDateTime>) -> Vec<SnoozeChoice> {
    let now = now.with_second(0).and_then(|t| t.with_nanosecond(0)).unwrap_or(now);
    let mut choices = vec![SnoozeChoice { length: SnoozeLength::Hour, until: now + Duration::hours(1) }];
    if kind == ReminderKind::Appointment {
        choices.retain(|c| starts_at.is_none_or(|start| c.until < start));
        return choices;
    }
    let evening = now.date().and_time(EVENING);
    if evening - now >= EVENING_AT_LEAST {
        choices.push(SnoozeChoice { length: SnoozeLength::Evening, until: evening });
    }
    if kind != ReminderKind::CheckIn {
        if let Some(tomorrow) = now.date().succ_opt() {
            choices.push(SnoozeChoice { length: SnoozeLength::Tomorrow, until: tomorrow.and_time(MORNING) });
        }
    }
    choices
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::fixtures::at;

    fn lengths(kind: ReminderKind, now: &str, starts: Option<&str>) -> Vec<(SnoozeLength, String)> {
        snooze_choices(kind, at(now), starts.map(at))
            .into_iter()
            .map(|c| (c.length, c.until.format("%Y-%m-%dT%H:%M").to_string()))
            .collect()
    }

    #[test]
    fn an_afternoon_booking_reminder_can_wait_an_hour_until_evening_or_tomorrow_morning() {
        assert_eq!(
            lengths(ReminderKind::BookMassage, "2026-11-25T14:20", None),
            vec![
                (SnoozeLength::Hour, "2026-11-25T15:20".into()),
                (SnoozeLength::Evening, "2026-11-25T19:00".into()),
                (SnoozeLength::Tomorrow, "2026-11-26T09:00".into()),
            ]
        );
    }

    #[test]
    fn evening_is_offered_only_while_it_is_ninety_minutes_away_and_seconds_are_dropped() {
        let late = snooze_choices(ReminderKind::StressNudge, at("2026-11-25T17:31") + Duration::seconds(42), None);
        assert_eq!(late.iter().map(|c| c.length).collect::<Vec<_>>(), [SnoozeLength::Hour, SnoozeLength::Tomorrow]);
        assert_eq!(late[0].until, at("2026-11-25T18:31"));
        let just = lengths(ReminderKind::StressNudge, "2026-11-25T17:30", None);
        assert_eq!(just[1], (SnoozeLength::Evening, "2026-11-25T19:00".into()));
    }

    #[test]
    fn a_check_in_is_not_put_off_to_tomorrow_and_an_appointment_not_past_its_start() {
        let check_in = lengths(ReminderKind::CheckIn, "2026-11-25T20:30", None);
        assert_eq!(check_in, vec![(SnoozeLength::Hour, "2026-11-25T21:30".into())]);
        let soon = lengths(ReminderKind::Appointment, "2026-11-25T10:00", Some("2026-11-25T10:45"));
        assert!(soon.is_empty());
        let later = lengths(ReminderKind::Appointment, "2026-11-25T10:00", Some("2026-11-25T12:00"));
        assert_eq!(later, vec![(SnoozeLength::Hour, "2026-11-25T11:00".into())]);
    }

    #[test]
    fn a_snooze_ends_later_than_now_and_within_the_limit() {
        let now = at("2026-11-25T20:30");
        assert!(check_snooze(now, now).is_err());
        assert!(check_snooze(now + Duration::minutes(1), now).is_ok());
        assert!(check_snooze(now + Duration::days(MAX_SNOOZE_DAYS), now).is_ok());
        let err = check_snooze(now + Duration::days(MAX_SNOOZE_DAYS) + Duration::minutes(1), now).unwrap_err();
        assert_eq!(err.field(), Some("until"));
        assert_eq!(err.to_string(), format!("error-snooze-too-long max={MAX_SNOOZE_DAYS}"));
    }

    #[test]
    fn the_last_day_of_the_year_rolls_over() {
        let choices = lengths(ReminderKind::BookMassage, "2026-12-31T23:30", None);
        assert_eq!(
            choices,
            vec![(SnoozeLength::Hour, "2027-01-01T00:30".into()), (SnoozeLength::Tomorrow, "2027-01-01T09:00".into())]
        );
    }
}
