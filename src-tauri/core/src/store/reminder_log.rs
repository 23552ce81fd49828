//! What reminder fired when, so that a restart never repeats one.

use chrono::{DateTime, Days, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat, SubsecRound, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::Journal;
use crate::error::Message;
use crate::model::day::{journal_day, DEFAULT_DAY_BOUNDARY};
use crate::model::massage_session::{parse_starts_at, STARTS_AT_FORMAT};
use crate::model::reminder::{
    check_snooze, DayStress, JournalState, LogEntry, PlannedSession, Reminder, ReminderInputs, LOG_DAYS,
};
use crate::model::reminder_settings::{ReminderKind, ReminderOutcome, ReminderSettings};
use crate::{Error, Result};

/// `subject` tells reminders of one kind apart (e.g. the session an appointment reminder is for);
/// `day` is the journal day it counts against ("at most one per kind per day").
pub(super) const MIGRATION_1: &str = "
CREATE TABLE reminder_log (
    id        TEXT PRIMARY KEY NOT NULL,
    kind      TEXT NOT NULL,
    subject   TEXT NOT NULL DEFAULT '',
    day       TEXT NOT NULL,
    fired_at  TEXT NOT NULL,
    outcome   TEXT
) STRICT;
CREATE INDEX reminder_log_by_kind_day ON reminder_log (kind, day);
";

/// Snoozes: the local time a snoozed reminder comes back (`outcome` = 'snoozed').
pub(super) const MIGRATION_2: &str = "
ALTER TABLE reminder_log ADD COLUMN snoozed_until TEXT;
CREATE INDEX reminder_log_by_day ON reminder_log (day);
";

/// The settings key the reminder settings are stored under, as one JSON value.
pub(crate) const SETTINGS_KEY: &str = "reminders";

/// Records that `reminder` fired at `fired_at`, counting against the journal day `day`.
pub fn record(conn: &Connection, reminder: &Reminder, day: NaiveDate, fired_at: DateTime<Utc>) -> Result<LogEntry> {
    let entry = LogEntry {
        id: Uuid::now_v7().hyphenated().to_string(),
        kind: reminder.kind,
        subject: reminder.subject.clone(),
        day,
        fired_at: fired_at.trunc_subsecs(0),
        outcome: None,
        snoozed_until: None,
    };
    conn.execute(
        "INSERT INTO reminder_log (id, kind, subject, day, fired_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![entry.id, entry.kind, entry.subject, entry.day, timestamp(entry.fired_at)],
    )?;
    Ok(entry)
}

/// Every entry counting against `since_day` or later, oldest first. Entries this version cannot
/// read (a kind from a newer version) are left out.
pub fn recent(conn: &Connection, since_day: NaiveDate) -> Result<Vec<LogEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, kind, subject, day, fired_at, outcome, snoozed_until FROM reminder_log
         WHERE day >= ?1 ORDER BY fired_at, id",
    )?;
    let rows = stmt.query_map([since_day], read_row)?;
    let mut entries = Vec::new();
    for row in rows {
        if let Some(entry) = row? {
            entries.push(entry);
        }
    }
    Ok(entries)
}

fn read_row(row: &Row<'_>) -> rusqlite::Result<Option<LogEntry>> {
    let kind: String = row.get(1)?;
    let fired_at: String = row.get(4)?;
    let outcome: Option<String> = row.get(5)?;
    let snoozed_until: Option<String> = row.get(6)?;
    let (Ok(kind), Ok(fired_at)) = (kind.parse::<ReminderKind>(), DateTime::parse_from_rfc3339(&fired_at)) else {
        return Ok(None);
    };
    Ok(Some(LogEntry {
        id: row.get(0)?,
        kind,
        subject: row.get(2)?,
        day: row.get(3)?,
        fired_at: fired_at.with_timezone(&Utc),
        // An outcome from a newer version still means the reminder was seen.
        outcome: outcome.and_then(|o| o.parse().ok()),
        snoozed_until: snoozed_until.and_then(|t| parse_starts_at(&t).ok()),
    }))
}

/// Snoozes the fired reminder `id` until the local time `until`, which must be after `now` and
/// within the limit ([`check_snooze`]): it comes back then if it still applies.
pub fn snooze(conn: &Connection, id: &str, until: NaiveDateTime, now: NaiveDateTime) -> Result<()> {
    check_snooze(until, now)?;
    set_outcome(conn, id, ReminderOutcome::Snoozed, Some(until))
}

/// Puts the fired reminder `id` away (or notes that it was followed, with
/// [`ReminderOutcome::Acted`]); a snooze on it ends.
pub fn close(conn: &Connection, id: &str, outcome: ReminderOutcome) -> Result<()> {
    if outcome == ReminderOutcome::Snoozed {
        return Err(Error::invalid("outcome", Message::new("error-snooze-needs-time")));
    }
    set_outcome(conn, id, outcome, None)
}

fn set_outcome(conn: &Connection, id: &str, outcome: ReminderOutcome, until: Option<NaiveDateTime>) -> Result<()> {
    let until = until.map(|t| t.format(STARTS_AT_FORMAT).to_string());
    let changed = conn.execute(
        "UPDATE reminder_log SET outcome = ?2, snoozed_until = ?3 WHERE id = ?1",
        params![id, outcome, until],
    )?;
    if changed == 0 {
        return Err(Error::NotFound(Message::new("error-reminder-not-found")));
    }
    Ok(())
}

/// The stored reminder settings, or the defaults when none are stored or the stored value cannot
/// be read (written by a newer version, or no longer valid).
pub fn settings(conn: &Connection) -> Result<ReminderSettings> {
    let text: Option<String> =
        conn.query_row("SELECT value FROM settings WHERE key = ?1", [SETTINGS_KEY], |r| r.get(0)).optional()?;
    Ok(text
        .and_then(|text| serde_json::from_str::<ReminderSettings>(&text).ok())
        .filter(|settings| settings.validate().is_ok())
        .unwrap_or_default())
}

/// Validates and stores the reminder settings; invalid ones change nothing.
pub fn save_settings(conn: &Connection, settings: &ReminderSettings, now: DateTime<Utc>) -> Result<ReminderSettings> {
    settings.validate()?;
    let value = serde_json::to_string(&settings.normalized()).map_err(|e| Error::Database(e.to_string()))?;
    conn.execute(super::settings::UPSERT, params![SETTINGS_KEY, value, timestamp(now)])?;
    self::settings(conn)
}

/// What the reminder rules need at the local time `now`, in four small indexed queries.
pub fn state(conn: &Connection, now: NaiveDateTime, day_boundary: NaiveTime) -> Result<JournalState> {
    let today = journal_day(now, day_boundary);
    let today_logged: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM check_in WHERE day = ?1 AND deleted_at IS NULL)", [today], |r| {
            r.get(0)
        })?;
    let last_done: Option<String> = conn.query_row(
        "SELECT max(starts_at) FROM massage_session
         WHERE status = 'done' AND deleted_at IS NULL AND starts_at <= ?1",
        [now.format(STARTS_AT_FORMAT).to_string()],
        |r| r.get(0),
    )?;
    let last_done = last_done.map(|text| parse_starts_at(&text)).transpose()?;
    let day_start = today.and_time(day_boundary).format(STARTS_AT_FORMAT).to_string();
    let mut stmt = conn.prepare_cached(
        "SELECT id, starts_at, therapist, updated_at FROM massage_session
         WHERE status = 'planned' AND deleted_at IS NULL AND starts_at >= ?1 ORDER BY starts_at, id",
    )?;
    let rows = stmt.query_map([day_start], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?))
    })?;
    let mut planned = Vec::new();
    for row in rows {
        let (id, starts_at, therapist, updated_at) = row?;
        planned.push(PlannedSession {
            id,
            starts_at: parse_starts_at(&starts_at)?,
            therapist,
            // An unreadable stamp only loses the "just edited" courtesy.
            changed_at: DateTime::parse_from_rfc3339(&updated_at)
                .map_or(DateTime::<Utc>::MIN_UTC, |t| t.with_timezone(&Utc)),
        });
    }
    let mut stmt = conn.prepare_cached(
        "SELECT day, stress FROM check_in WHERE stress IS NOT NULL AND deleted_at IS NULL AND day <= ?1
         ORDER BY day DESC LIMIT 4",
    )?;
    let mut recent_stress: Vec<DayStress> = stmt
        .query_map([today], |r| Ok(DayStress { day: r.get(0)?, stress: r.get(1)? }))?
        .collect::<rusqlite::Result<_>>()?;
    recent_stress.reverse();
    Ok(JournalState { today, day_boundary, today_logged, last_done, planned, recent_stress })
}

fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl Journal {
    /// The reminder settings (defaults for anything never saved).
    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        settings(self.conn())
    }

    /// Validates and saves the reminder settings.
    pub fn save_reminder_settings(&self, settings: &ReminderSettings, now: DateTime<Utc>) -> Result<ReminderSettings> {
        save_settings(self.conn(), settings, now)
    }

    /// Everything the reminder rules need at the local time `now`: the reminder settings, the
    /// journal's state (in journal days from the saved day boundary) and the recent log.
    pub fn reminder_inputs(&self, now: NaiveDateTime) -> Result<ReminderInputs> {
        let day_boundary = self.settings()?.day_boundary_time().unwrap_or(DEFAULT_DAY_BOUNDARY);
        let state = state(self.conn(), now, day_boundary)?;
        let since = state.today.checked_sub_days(Days::new(u64::from(LOG_DAYS))).unwrap_or(NaiveDate::MIN);
        Ok(ReminderInputs { settings: settings(self.conn())?, log: recent(self.conn(), since)?, state })
    }

    /// Records a reminder that was shown (see [`record`]).
    pub fn record_reminder(&self, reminder: &Reminder, fired_at: DateTime<Utc>) -> Result<LogEntry> {
        record(self.conn(), reminder, reminder.day, fired_at)
    }

    /// Log entries counting against `since_day` or later, oldest first.
    pub fn reminder_log(&self, since_day: NaiveDate) -> Result<Vec<LogEntry>> {
        recent(self.conn(), since_day)
    }

    /// Snoozes the fired reminder `id` until the local time `until` (after the local `now`).
    pub fn snooze_reminder(&self, id: &str, until: NaiveDateTime, now: NaiveDateTime) -> Result<()> {
        snooze(self.conn(), id, until, now)
    }

    /// Marks the fired reminder `id` dismissed or acted on.
    pub fn close_reminder(&self, id: &str, outcome: ReminderOutcome) -> Result<()> {
        close(self.conn(), id, outcome)
    }
}

#[cfg(test)]
#[path = "reminder_log_tests.rs"]
mod tests;
