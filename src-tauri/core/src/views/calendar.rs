//! Planned sessions as an iCalendar file (RFC 5545), for the person's own calendar app.
//!
//! Only what a calendar needs leaves the journal: the start, the length, the kind of massage, the
//! therapist and the place. Notes, ratings and costs stay out.

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use crate::model::massage_session::{MassageKind, MassageSession, SessionStatus};
use crate::reminders::local_to_utc;
use crate::{Journal, Result};

/// A session without a length is put in the calendar for an hour.
const DEFAULT_MINUTES: i64 = 60;

/// The calendar's words, in the person's language (the app makes them from its catalogue).
pub struct CalendarWords<'a> {
    /// The calendar's name ("Massage sessions").
    pub name: &'a str,
    /// An event's title from [`title_parts`] ("Massage — deep tissue with Sam").
    pub title: &'a dyn Fn(TitleParts<'_>) -> String,
}

/// What an event's title names, in no language yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleParts<'a> {
    /// The kind of massage: one of the list, or the person's own name for "other".
    pub kind: Option<KindName<'a>>,
    /// The therapist's name, when there is one.
    pub therapist: Option<&'a str>,
}

/// A kind of massage as a title names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KindName<'a> {
    /// One of the kinds the app knows (never `Other`).
    Known(MassageKind),
    /// The person's own name for a kind "other".
    Own(&'a str),
}

/// The planned sessions among `sessions` as one calendar. Local starts are turned into UTC with
/// `tz` (a start in a daylight-saving gap moves to the first minute after it); `now` stamps the
/// events. Each event's UID is the session's, so importing the file again updates rather than
/// duplicates.
pub fn planned_sessions_ics<Tz: TimeZone>(
    sessions: &[MassageSession],
    tz: &Tz,
    now: DateTime<Utc>,
    words: &CalendarWords<'_>,
) -> String {
    let mut calendar = Calendar::new();
    calendar.name(words.name);
    for session in sessions.iter().filter(|s| s.status == SessionStatus::Planned) {
        let Some(start) = utc_start(tz, session.starts_at) else { continue };
        let minutes = session.duration_min.map_or(DEFAULT_MINUTES, i64::from);
        let mut event = Event::new();
        event
            .uid(&format!("{}@resilience-journal", session.id))
            .timestamp(now)
            .summary(&(words.title)(title_parts(session)))
            .starts(start)
            .ends(start + Duration::minutes(minutes))
            .status(EventStatus::Confirmed);
        if !session.place.trim().is_empty() {
            event.location(session.place.trim());
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
}

/// The UTC instant of a local start, or of the first minute after a daylight-saving gap.
fn utc_start<Tz: TimeZone>(tz: &Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    (0..=180).find_map(|minutes| local_to_utc(tz, local + Duration::minutes(minutes)))
}

/// What the title of `session`'s event names: its kind (none for an unnamed "other") and its
/// therapist (none when blank).
pub fn title_parts(session: &MassageSession) -> TitleParts<'_> {
    let kind = match (session.kind, session.kind_other.as_deref().map(str::trim)) {
        (MassageKind::Other, Some(name)) if !name.is_empty() => Some(KindName::Own(name)),
        (MassageKind::Other, _) => None,
        (kind, _) => Some(KindName::Known(kind)),
    };
    let therapist = Some(session.therapist.trim()).filter(|name| !name.is_empty());
    TitleParts { kind, therapist }
}

impl Journal {
    /// Live planned sessions starting at the local time `from` or later, by start.
    pub fn planned_sessions_from(&self, from: NaiveDateTime) -> Result<Vec<MassageSession>> {
        let sessions = self.sessions_between(from, NaiveDateTime::MAX)?;
        Ok(sessions.into_iter().filter(|s| s.status == SessionStatus::Planned).collect())
    }
}

#[cfg(test)]
mod tests {
    use chrono_tz::Europe::Berlin;
    use icalendar::{CalendarComponent, Component, EventLike};

    use super::*;
    use crate::model::massage_session::MassageSessionDraft;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap()
    }

    fn journal_with(sessions: &[(&str, SessionStatus, &str, &str)]) -> Journal {
        let mut journal = Journal::open_in_memory().unwrap();
        let now = at("2026-03-01T12:00");
        for (starts_at, status, therapist, place) in sessions {
            let draft = MassageSessionDraft {
                duration_min: Some(50),
                therapist: (*therapist).into(),
                place: (*place).into(),
                cost_cents: Some(9000),
                notes: "private: my back is bad".into(),
                ..MassageSessionDraft::new(*starts_at, *status, MassageKind::DeepTissue)
            };
            let now_local = if *status == SessionStatus::Planned { now } else { at("2026-12-31T12:00") };
            journal.save_session(&draft, &Berlin, now_local, now.and_utc()).unwrap();
        }
        journal
    }

    /// English words as the catalogue has them, for the tests.
    fn english(parts: TitleParts<'_>) -> String {
        let kind = parts.kind.map(|kind| match kind {
            KindName::Known(kind) => kind.as_str().replace('_', " "),
            KindName::Own(name) => name.to_string(),
        });
        match (kind, parts.therapist) {
            (Some(kind), Some(name)) => format!("Massage — {kind} with {name}"),
            (Some(kind), None) => format!("Massage — {kind}"),
            (None, Some(name)) => format!("Massage with {name}"),
            (None, None) => "Massage".into(),
        }
    }

    const WORDS: CalendarWords<'static> = CalendarWords { name: "Massage sessions", title: &english };

    #[test]
    fn a_title_names_the_kind_and_the_therapist_when_there_are_some() {
        let mut session = crate::MassageSession::fixture("s", at("2026-03-10T18:30"), SessionStatus::Planned);
        session.kind = MassageKind::Thai;
        session.therapist = "  Sam ".into();
        let parts = title_parts(&session);
        assert_eq!(parts, TitleParts { kind: Some(KindName::Known(MassageKind::Thai)), therapist: Some("Sam") });
        session.kind = MassageKind::Other;
        session.kind_other = Some(" Lomi lomi ".into());
        session.therapist = " ".into();
        assert_eq!(title_parts(&session), TitleParts { kind: Some(KindName::Own("Lomi lomi")), therapist: None });
        session.kind_other = Some("".into());
        assert_eq!(title_parts(&session).kind, None);
    }

    fn events(text: &str) -> Vec<icalendar::Event> {
        let calendar: Calendar = text.parse().expect("a valid iCalendar file");
        calendar
            .components
            .into_iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn planned_sessions_become_events_in_utc_and_nothing_private_leaves() {
        let journal = journal_with(&[
            ("2026-03-10T18:30", SessionStatus::Planned, "Sam", "Studio North"),
            ("2026-02-10T18:30", SessionStatus::Done, "Sam", ""),
            ("2026-07-01T09:00", SessionStatus::Planned, "", ""),
        ]);
        let sessions = journal.planned_sessions_from(at("2026-03-01T00:00")).unwrap();
        assert_eq!(sessions.len(), 2);
        let stamp = Utc.with_ymd_and_hms(2026, 3, 1, 11, 0, 0).unwrap();
        let text = planned_sessions_ics(&sessions, &Berlin, stamp, &WORDS);
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(text.contains("VERSION:2.0\r\n"));
        assert!(text.contains("PRODID:"));
        assert!(!text.contains("private"), "notes must not be exported");
        assert!(!text.contains("9000"), "costs must not be exported");
        let events = events(&text);
        assert_eq!(events.len(), 2);
        // 18:30 in Berlin in March (CET, UTC+1) is 17:30 UTC; 50 minutes long.
        assert!(text.contains("DTSTART:20260310T173000Z\r\n"), "{text}");
        assert!(text.contains("DTEND:20260310T182000Z\r\n"), "{text}");
        // 09:00 in July (CEST, UTC+2) is 07:00 UTC.
        assert!(text.contains("DTSTART:20260701T070000Z\r\n"), "{text}");
        assert!(text.contains("DTSTAMP:20260301T110000Z\r\n"));
        assert_eq!(events[0].get_summary(), Some("Massage — deep tissue with Sam"));
        assert_eq!(events[0].get_location(), Some("Studio North"));
        assert_eq!(events[1].get_summary(), Some("Massage — deep tissue"));
        assert_eq!(events[0].get_uid(), Some(format!("{}@resilience-journal", sessions[0].id).as_str()));
    }

    #[test]
    fn a_start_in_the_spring_gap_moves_past_it_and_an_empty_list_is_a_valid_calendar() {
        // 2026-03-29 02:30 does not exist in Berlin: the clocks jump from 02:00 to 03:00 CEST.
        let start = utc_start(&Berlin, at("2026-03-29T02:30")).unwrap();
        assert_eq!(start, Utc.with_ymd_and_hms(2026, 3, 29, 1, 0, 0).unwrap());
        let text = planned_sessions_ics(&[], &Berlin, Utc::now(), &WORDS);
        assert!(events(&text).is_empty());
        assert!(text.ends_with("END:VCALENDAR\r\n"));
    }
}
