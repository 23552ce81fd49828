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

pub mod booking;
mod clock;
mod rules;
mod snooze;

use chrono::{NaiveDateTime, TimeZone};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use crate::model::reminder::{
    DayStress, JournalState, LogEntry, PlannedSession, Reminder, ReminderAction, ReminderInputs, LOG_DAYS,
};
pub use crate::model::reminder_settings::{ReminderKind, ReminderOutcome, ReminderSettings};
pub use booking::booked_session_draft;
pub use clock::{local_to_utc, utc_to_local};
pub use snooze::{check_snooze, snooze_choices, SnoozeChoice, SnoozeLength, MAX_SNOOZE_DAYS};

/// A reminder that fired today and still waits for an answer: what the in-app banner shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
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

#[cfg(test)]
mod fixtures;
#[cfg(test)]
mod simulation_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod time_tests;
