//! Reminder rules: which reminders are due at a local time, and when the next one is, as pure
//! functions of that time, the time zone, the settings, what the journal holds and what already
//! fired. Nothing here reads the clock or the database.
//!
//! Every reminder has *occurrences*: the check-in, book-a-massage and stress reminders one per
//! journal day at the check-in time, an appointment two per planned session (the evening before
//! and the lead time before). An occurrence fires at its time, or later when it is held — by a
//! daylight-saving gap, "pause all", a snooze or quiet hours (appointments pass through quiet
//! hours, not a pause). For each kind (and each session) only the latest occurrence that has come
//! counts, so a journal opened after days away fires once rather than in a burst, and only while
//! it still applies: today not yet logged, nothing planned yet, the session still ahead.
//!
//! The log of fired reminders keeps it to once: an occurrence fires only when nothing of its kind
//! and subject fired since its time, and at most once per journal day (the stress nudge once per
//! week). A snoozed entry does not count as fired, so the reminder comes back when the snooze ends.

pub mod calendar;
mod clock;
mod rules;
mod snooze;

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use crate::model::reminder_settings::{ReminderKind, ReminderOutcome, ReminderSettings};
pub use clock::{local_to_utc, utc_to_local};
pub use snooze::{snooze_choices, SnoozeChoice, SnoozeLength};

/// How many journal days of the log the rules need: pass every entry from `today - LOG_DAYS` on.
pub const LOG_DAYS: u32 = 14;

/// What choosing a reminder opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ReminderAction {
    /// Today's check-in.
    OpenCheckIn,
    /// A new planned massage session (a reminder to book one).
    NewSession,
    /// A new done massage session (the tray's "Log a massage").
    LogSession,
    /// The session with this id.
    OpenSession { id: String },
}

/// A reminder to show now (from [`due`]) or next (from [`next_reminder`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Reminder {
    pub kind: ReminderKind,
    /// Tells reminders of one kind apart: the session id for an appointment, "" otherwise.
    pub subject: String,
    /// A short, friendly sentence for the notification and the banner.
    pub message: String,
    pub action: ReminderAction,
    /// Local `YYYY-MM-DDTHH:MM` when it was due, after any hold; before now when it was missed.
    #[serde(with = "local_minute")]
    #[ts(type = "string")]
    pub fire_at: NaiveDateTime,
    /// The journal day to record it against (that of `now` for [`due`], of `fire_at` for
    /// [`next_reminder`]).
    #[ts(type = "string")]
    pub day: NaiveDate,
}

/// A reminder that fired today and still waits for an answer: what the in-app banner shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct UnansweredReminder {
    /// The log entry to snooze, dismiss or mark acted on.
    pub id: String,
    /// Its message as it reads now.
    pub reminder: Reminder,
    /// How it can be put off (see [`snooze_choices`]).
    pub snooze: Vec<SnoozeChoice>,
}

/// What the rules need to know of the journal at one moment (see the store's `reminder_state`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalState {
    /// The journal day this state was read for.
    pub today: NaiveDate,
    /// When a journal day begins (the general settings' `dayBoundary`).
    pub day_boundary: NaiveTime,
    /// `today` has a live check-in.
    pub today_logged: bool,
    /// The local start of the last done session that has started.
    pub last_done: Option<NaiveDateTime>,
    /// Planned sessions starting on `today` or later, by start.
    pub planned: Vec<PlannedSession>,
    /// The last (up to) four journal days with a stress rating, oldest first.
    pub recent_stress: Vec<DayStress>,
}

/// A planned session, as the reminder rules see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedSession {
    pub id: String,
    /// Local start.
    pub starts_at: NaiveDateTime,
    /// Shown in the reminder when not empty.
    pub therapist: String,
    /// When the session was last written: occurrences before it are not reminded of (the person
    /// just had the session in front of them).
    pub changed_at: DateTime<Utc>,
}

/// One journal day's stress rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayStress {
    pub day: NaiveDate,
    pub stress: u8,
}

/// A reminder that fired, as recorded in the reminder log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct LogEntry {
    /// A UUIDv7.
    pub id: String,
    pub kind: ReminderKind,
    pub subject: String,
    /// The journal day it counts against.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// When it fired.
    #[ts(type = "string")]
    pub fired_at: DateTime<Utc>,
    pub outcome: Option<ReminderOutcome>,
    /// With the outcome `snoozed`: the local time it comes back.
    #[serde(with = "local_minute_option")]
    #[ts(type = "string | null")]
    pub snoozed_until: Option<NaiveDateTime>,
}

/// Everything the rules read, loaded together by `Journal::reminder_inputs`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderInputs {
    pub settings: ReminderSettings,
    pub state: JournalState,
    /// The log since [`LOG_DAYS`] before today.
    pub log: Vec<LogEntry>,
}

impl ReminderInputs {
    /// See [`due`].
    pub fn due<Tz: TimeZone>(&self, now: NaiveDateTime, tz: &Tz) -> Vec<Reminder> {
        due(now, tz, &self.settings, &self.state, &self.log)
    }

    /// See [`next_reminder`].
    pub fn next_reminder<Tz: TimeZone>(&self, now: NaiveDateTime, tz: &Tz) -> Option<Reminder> {
        next_reminder(now, tz, &self.settings, &self.state, &self.log)
    }

    /// See [`unanswered`].
    pub fn unanswered<Tz: TimeZone>(&self, now: NaiveDateTime, tz: &Tz) -> Vec<UnansweredReminder> {
        unanswered(now, tz, &self.settings, &self.state, &self.log)
    }

    /// See [`next_due`].
    pub fn next_due<Tz: TimeZone>(&self, now: NaiveDateTime, tz: &Tz) -> Option<NaiveDateTime> {
        next_due(now, tz, &self.settings, &self.state, &self.log)
    }
}

/// The reminders due at the local time `now` in `tz`, in a fixed kind order: check-in, book a
/// massage, appointments (by start), stress nudge. Record each one that is shown in the log;
/// until then it stays due. Invalid settings give no reminders.
pub fn due<Tz: TimeZone>(
    now: NaiveDateTime,
    tz: &Tz,
    settings: &ReminderSettings,
    state: &JournalState,
    log: &[LogEntry],
) -> Vec<Reminder> {
    match rules::Rules::new(tz, settings, state, log) {
        Some(rules) => rules.due(now),
        None => Vec::new(),
    }
}

/// The next reminder after `now` as things stand (a later check-in, booking or edit changes it),
/// with its message as it will read then: for the settings screen's "Next reminder: …". A
/// reminder due at `now` itself is [`due`]'s, not this one's.
pub fn next_reminder<Tz: TimeZone>(
    now: NaiveDateTime,
    tz: &Tz,
    settings: &ReminderSettings,
    state: &JournalState,
    log: &[LogEntry],
) -> Option<Reminder> {
    rules::Rules::new(tz, settings, state, log)?.next(now)
}

/// When the next reminder after `now` is due (local time; strictly after `now`): the scheduler
/// sleeps until then. Turn it into an instant with [`local_to_utc`].
pub fn next_due<Tz: TimeZone>(
    now: NaiveDateTime,
    tz: &Tz,
    settings: &ReminderSettings,
    state: &JournalState,
    log: &[LogEntry],
) -> Option<NaiveDateTime> {
    next_reminder(now, tz, settings, state, log).map(|r| r.fire_at)
}

/// The reminders that fired today (journal day of `now`), were neither snoozed, dismissed nor
/// acted on, and still apply: the in-app banner shows these. One that stops applying — today
/// logged, a session planned, the session started or no longer planned — is withdrawn by
/// leaving this list, and so should its notification be.
pub fn unanswered<Tz: TimeZone>(
    now: NaiveDateTime,
    tz: &Tz,
    settings: &ReminderSettings,
    state: &JournalState,
    log: &[LogEntry],
) -> Vec<UnansweredReminder> {
    match rules::Rules::new(tz, settings, state, log) {
        Some(rules) => rules.unanswered(now),
        None => Vec::new(),
    }
}

/// Serde for a local date-time as `YYYY-MM-DDTHH:MM`.
mod local_minute {
    use chrono::NaiveDateTime;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::model::massage_session::{parse_starts_at, STARTS_AT_FORMAT};

    pub fn serialize<S: Serializer>(value: &NaiveDateTime, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&value.format(STARTS_AT_FORMAT))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDateTime, D::Error> {
        parse_starts_at(&String::deserialize(deserializer)?).map_err(serde::de::Error::custom)
    }
}

/// Serde for an optional local date-time as `YYYY-MM-DDTHH:MM` or null.
mod local_minute_option {
    use chrono::NaiveDateTime;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::model::massage_session::{parse_starts_at, STARTS_AT_FORMAT};

    pub fn serialize<S: Serializer>(value: &Option<NaiveDateTime>, serializer: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(t) => serializer.collect_str(&t.format(STARTS_AT_FORMAT)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDateTime>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|text| parse_starts_at(&text).map_err(serde::de::Error::custom))
            .transpose()
    }
}

#[cfg(test)]
mod fixtures;
#[cfg(test)]
mod simulation_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod time_tests;
