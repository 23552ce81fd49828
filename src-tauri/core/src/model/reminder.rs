//! A reminder and what the reminder rules read of the journal: its state at one moment and the
//! log of what fired. Plain data the store reads and writes; the rules themselves are
//! [`crate::reminders`]'.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::reminder_settings::{ReminderKind, ReminderOutcome, ReminderSettings};
use crate::error::Message;
use crate::{Error, Result};

/// How many journal days of the log the rules need: pass every entry from `today - LOG_DAYS` on.
pub const LOG_DAYS: u32 = 14;

/// The longest a reminder can be put off, in days from now; the refusal's message says it.
pub const MAX_SNOOZE_DAYS: i64 = 8;

/// Whether a reminder may be snoozed at the local time `now` until the local time `until`: later
/// than now, and at most [`MAX_SNOOZE_DAYS`] ahead.
pub fn check_snooze(until: NaiveDateTime, now: NaiveDateTime) -> Result<()> {
    if until <= now {
        return Err(Error::invalid("until", Message::new("error-snooze-past")));
    }
    if until > now + Duration::days(MAX_SNOOZE_DAYS) {
        let message = Message::new("error-snooze-too-long").arg("max", MAX_SNOOZE_DAYS);
        return Err(Error::invalid("until", message));
    }
    Ok(())
}

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

/// A reminder to show now (from `reminders::due`) or next (from `reminders::next_reminder`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Reminder {
    pub kind: ReminderKind,
    /// Tells reminders of one kind apart: the session id for an appointment, "" otherwise.
    pub subject: String,
    /// A short, friendly sentence for the notification and the banner (`locales/<language>/notifications.ftl`).
    pub message: Message,
    pub action: ReminderAction,
    /// Local `YYYY-MM-DDTHH:MM` when it was due, after any hold; before now when it was missed.
    #[serde(with = "local_minute")]
    #[ts(type = "string")]
    pub fire_at: NaiveDateTime,
    /// The journal day to record it against (that of `now` for `reminders::due`, of `fire_at` for
    /// `reminders::next_reminder`).
    #[ts(type = "string")]
    pub day: NaiveDate,
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

/// Serde for a local date-time as `YYYY-MM-DDTHH:MM`.
pub(crate) mod local_minute {
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
pub(crate) mod local_minute_option {
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
