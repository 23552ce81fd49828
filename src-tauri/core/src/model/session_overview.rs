//! The sessions screen in one value: what is coming, what needs an answer, what happened.

use chrono::{NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::day::journal_day;
use super::massage_session::{MassageSession, SessionStatus};

/// Live sessions grouped for the sessions screen.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct SessionOverview {
    /// Planned sessions starting now or later, soonest first.
    pub upcoming: Vec<MassageSession>,
    /// Planned sessions whose start has passed, oldest first: did they happen?
    pub awaiting_outcome: Vec<MassageSession>,
    /// Done and cancelled sessions, newest first.
    pub past: Vec<MassageSession>,
    /// Journal days since the last done session (0 = today), if there was one.
    #[ts(type = "number | null")]
    pub days_since_last: Option<i64>,
    /// The most recent done session that has started.
    pub last_done: Option<MassageSession>,
}

impl SessionOverview {
    /// Groups `sessions` (live ones, in any order) around the local time `now`. Days are journal
    /// days: a session at 00:30 belongs to the day before when the day starts at `day_boundary`.
    pub fn from_sessions(sessions: Vec<MassageSession>, now: NaiveDateTime, day_boundary: NaiveTime) -> Self {
        let mut overview = SessionOverview::default();
        for session in sessions {
            match session.status {
                SessionStatus::Planned if session.starts_at >= now => overview.upcoming.push(session),
                SessionStatus::Planned => overview.awaiting_outcome.push(session),
                SessionStatus::Done | SessionStatus::Cancelled => overview.past.push(session),
            }
        }
        // Ties on the start are broken by id (UUIDv7, so by creation) to keep the order stable.
        overview.upcoming.sort_by(|a, b| (a.starts_at, &a.id).cmp(&(b.starts_at, &b.id)));
        overview.awaiting_outcome.sort_by(|a, b| (a.starts_at, &a.id).cmp(&(b.starts_at, &b.id)));
        overview.past.sort_by(|a, b| (b.starts_at, &b.id).cmp(&(a.starts_at, &a.id)));
        overview.last_done =
            overview.past.iter().find(|s| s.status == SessionStatus::Done && s.starts_at <= now).cloned();
        overview.days_since_last = overview.last_done.as_ref().map(|last| {
            let today = journal_day(now, day_boundary);
            (today - journal_day(last.starts_at, day_boundary)).num_days()
        });
        overview
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::day::DEFAULT_DAY_BOUNDARY;
    use crate::model::massage_session::{MassageKind, STARTS_AT_FORMAT};

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, STARTS_AT_FORMAT).unwrap()
    }

    fn session(id: &str, starts_at: &str, status: SessionStatus) -> MassageSession {
        MassageSession {
            kind: MassageKind::Shiatsu,
            duration_min: Some(50),
            created_at: "2026-11-01T10:00:00Z".into(),
            updated_at: "2026-11-01T10:00:00Z".into(),
            ..MassageSession::fixture(id, at(starts_at), status)
        }
    }

    fn ids(sessions: &[MassageSession]) -> Vec<&str> {
        sessions.iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn sessions_are_grouped_and_sorted_around_now() {
        let now = at("2026-11-25T21:00");
        let sessions = vec![
            session("later", "2026-12-09T18:00", SessionStatus::Planned),
            session("old-done", "2026-10-01T10:00", SessionStatus::Done),
            session("soon", "2026-11-25T21:00", SessionStatus::Planned),
            session("missed", "2026-11-20T17:00", SessionStatus::Planned),
            session("called-off", "2026-11-18T09:00", SessionStatus::Cancelled),
            session("recent-done", "2026-11-11T19:30", SessionStatus::Done),
            session("older-missed", "2026-11-02T17:00", SessionStatus::Planned),
        ];
        let overview = SessionOverview::from_sessions(sessions, now, DEFAULT_DAY_BOUNDARY);
        assert_eq!(ids(&overview.upcoming), ["soon", "later"]);
        assert_eq!(ids(&overview.awaiting_outcome), ["older-missed", "missed"]);
        assert_eq!(ids(&overview.past), ["called-off", "recent-done", "old-done"]);
        assert_eq!(overview.last_done.map(|s| s.id).as_deref(), Some("recent-done"));
        // 11 November to 25 November: 14 days.
        assert_eq!(overview.days_since_last, Some(14));
    }

    #[test]
    fn days_since_counts_journal_days_not_hours() {
        let done = |starts_at| vec![session("s", starts_at, SessionStatus::Done)];
        let days =
            |sessions, now| SessionOverview::from_sessions(sessions, at(now), DEFAULT_DAY_BOUNDARY).days_since_last;
        // Earlier the same day, and late the evening before (only 3 hours ago).
        assert_eq!(days(done("2026-11-25T08:00"), "2026-11-25T21:00"), Some(0));
        assert_eq!(days(done("2026-11-24T23:00"), "2026-11-25T02:00"), Some(0));
        assert_eq!(days(done("2026-11-24T23:00"), "2026-11-25T04:00"), Some(1));
        // 00:30 on the 25th belongs to the 24th; seen at 09:00 on the 26th: 2 days.
        assert_eq!(days(done("2026-11-25T00:30"), "2026-11-26T09:00"), Some(2));
        // Across the end of February in a leap year: 2024-02-27 to 2024-03-02 is 4 days.
        assert_eq!(days(done("2024-02-27T12:00"), "2024-03-02T12:00"), Some(4));
        let midnight = NaiveTime::MIN;
        let overview = SessionOverview::from_sessions(done("2026-11-24T23:00"), at("2026-11-25T02:00"), midnight);
        assert_eq!(overview.days_since_last, Some(1));
    }

    #[test]
    fn without_a_done_session_there_is_no_count() {
        let now = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap().and_hms_opt(21, 0, 0).unwrap();
        let sessions = vec![
            session("c", "2026-11-01T10:00", SessionStatus::Cancelled),
            session("p", "2026-11-30T10:00", SessionStatus::Planned),
        ];
        let overview = SessionOverview::from_sessions(sessions, now, DEFAULT_DAY_BOUNDARY);
        assert_eq!((overview.days_since_last, overview.last_done), (None, None));
        assert_eq!(SessionOverview::from_sessions(Vec::new(), now, DEFAULT_DAY_BOUNDARY), SessionOverview::default());
    }

    #[test]
    fn a_done_session_dated_after_now_is_not_the_last_one() {
        // Possible after the computer's clock or time zone changed.
        let sessions = vec![
            session("ahead", "2026-11-26T10:00", SessionStatus::Done),
            session("before", "2026-11-23T10:00", SessionStatus::Done),
        ];
        let overview = SessionOverview::from_sessions(sessions, at("2026-11-25T21:00"), DEFAULT_DAY_BOUNDARY);
        assert_eq!(ids(&overview.past), ["ahead", "before"]);
        assert_eq!(overview.last_done.map(|s| s.id).as_deref(), Some("before"));
        assert_eq!(overview.days_since_last, Some(2));
    }
}
