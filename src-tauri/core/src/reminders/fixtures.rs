//! A small journal world for the rule tests: days logged, sessions, settings and the log, read the
//! way the store reads them, on fixed clocks in Europe/Berlin.

use crate::error::Message;
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Europe::Berlin;

use super::{local_to_utc, next_due, next_reminder, utc_to_local, DayStress, JournalState, LogEntry, PlannedSession};
use super::{Reminder, ReminderKind, ReminderOutcome, ReminderSettings};
use crate::model::day::{journal_day, DEFAULT_DAY_BOUNDARY};

/// A local time, `YYYY-MM-DDTHH:MM`.
pub fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap()
}

pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

pub fn time(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M").unwrap()
}

/// Settings with quiet hours off, so a test sees only the rule it is about.
pub fn without_quiet_hours() -> ReminderSettings {
    let mut settings = ReminderSettings::default();
    settings.quiet_hours.enabled = false;
    settings
}

pub struct Session {
    id: String,
    starts_at: NaiveDateTime,
    done: bool,
    therapist: String,
    changed_at: DateTime<Utc>,
}

/// What the journal holds and what fired, at any moment.
pub struct World {
    pub settings: ReminderSettings,
    pub day_boundary: NaiveTime,
    /// Logged journal days with their stress rating.
    pub logged: Vec<(NaiveDate, Option<u8>)>,
    pub sessions: Vec<Session>,
    pub log: Vec<LogEntry>,
}

impl World {
    pub fn new(settings: ReminderSettings) -> Self {
        World {
            settings,
            day_boundary: DEFAULT_DAY_BOUNDARY,
            logged: Vec::new(),
            sessions: Vec::new(),
            log: Vec::new(),
        }
    }

    pub fn log_day(&mut self, day: &str, stress: Option<u8>) -> &mut Self {
        self.logged.push((date(day), stress));
        self
    }

    pub fn done(&mut self, starts_at: &str) -> &mut Self {
        self.add_session(starts_at, true, "", "2000-01-01T00:00")
    }

    /// A planned session with Lea, written long before.
    pub fn planned(&mut self, id: &str, starts_at: &str) -> &mut Self {
        self.planned_at(id, starts_at, "2000-01-01T00:00")
    }

    /// A planned session with Lea, written at the local time `written`.
    pub fn planned_at(&mut self, id: &str, starts_at: &str, written: &str) -> &mut Self {
        self.add_session(starts_at, false, "Lea", written);
        self.sessions.last_mut().unwrap().id = id.into();
        self
    }

    fn add_session(&mut self, starts_at: &str, done: bool, therapist: &str, written: &str) -> &mut Self {
        self.sessions.push(Session {
            id: format!("s{}", self.sessions.len()),
            starts_at: at(starts_at),
            done,
            therapist: therapist.into(),
            changed_at: local_to_utc(&Berlin, at(written)).unwrap(),
        });
        self
    }

    /// The journal as the store reads it at `now`.
    pub fn state(&self, now: NaiveDateTime) -> JournalState {
        let today = journal_day(now, self.day_boundary);
        let day_start = today.and_time(self.day_boundary);
        let mut stress: Vec<DayStress> = self
            .logged
            .iter()
            .filter_map(|(day, stress)| Some(DayStress { day: *day, stress: (*stress)? }))
            .filter(|d| d.day <= today)
            .collect();
        stress.sort_by_key(|d| d.day);
        let recent_stress = stress.split_off(stress.len().saturating_sub(4));
        let mut planned: Vec<PlannedSession> = self
            .sessions
            .iter()
            .filter(|s| !s.done && s.starts_at >= day_start)
            .map(|s| PlannedSession {
                id: s.id.clone(),
                starts_at: s.starts_at,
                therapist: s.therapist.clone(),
                changed_at: s.changed_at,
            })
            .collect();
        planned.sort_by_key(|p| p.starts_at);
        JournalState {
            today,
            day_boundary: self.day_boundary,
            today_logged: self.logged.iter().any(|(day, _)| *day == today),
            last_done: self.sessions.iter().filter(|s| s.done && s.starts_at <= now).map(|s| s.starts_at).max(),
            planned,
            recent_stress,
        }
    }

    pub fn due(&self, now: &str) -> Vec<Reminder> {
        let now = at(now);
        super::due(now, &Berlin, &self.settings, &self.state(now), &self.log)
    }

    pub fn kinds(&self, now: &str) -> Vec<ReminderKind> {
        self.due(now).iter().map(|r| r.kind).collect()
    }

    /// What is due at the instant `utc`, shown and recorded as the scheduler would.
    pub fn fire_instant(&mut self, utc: DateTime<Utc>) -> Vec<Reminder> {
        let now = utc_to_local(&Berlin, utc);
        let due = super::due(now, &Berlin, &self.settings, &self.state(now), &self.log);
        for (i, reminder) in due.iter().enumerate() {
            self.log.push(LogEntry {
                id: format!("log{}-{i}", self.log.len()),
                kind: reminder.kind,
                subject: reminder.subject.clone(),
                day: reminder.day,
                fired_at: utc,
                outcome: None,
                snoozed_until: None,
            });
        }
        due
    }

    /// What is due at the local time `now`, shown and recorded.
    pub fn fire(&mut self, now: &str) -> Vec<ReminderKind> {
        let utc = local_to_utc(&Berlin, at(now)).unwrap();
        self.fire_instant(utc).iter().map(|r| r.kind).collect()
    }

    /// The person snoozes the last fired reminder of `kind` until the local time `until`.
    pub fn snooze_last(&mut self, kind: ReminderKind, until: &str) {
        let entry = self.log.iter_mut().rev().find(|e| e.kind == kind).unwrap();
        entry.outcome = Some(ReminderOutcome::Snoozed);
        entry.snoozed_until = Some(at(until));
    }

    /// The messages of the unanswered reminders at `now`.
    pub fn unanswered(&self, now: &str) -> Vec<Message> {
        let now = at(now);
        super::unanswered(now, &Berlin, &self.settings, &self.state(now), &self.log)
            .into_iter()
            .map(|open| open.reminder.message)
            .collect()
    }

    /// The person answers the last fired reminder of `kind`.
    pub fn answer_last(&mut self, kind: ReminderKind, outcome: ReminderOutcome) {
        let entry = self.log.iter_mut().rev().find(|e| e.kind == kind).unwrap();
        entry.outcome = Some(outcome);
    }

    pub fn next_due(&self, now: &str) -> Option<NaiveDateTime> {
        let now = at(now);
        next_due(now, &Berlin, &self.settings, &self.state(now), &self.log)
    }

    pub fn next(&self, now: &str) -> Option<Reminder> {
        let now = at(now);
        next_reminder(now, &Berlin, &self.settings, &self.state(now), &self.log)
    }
}
