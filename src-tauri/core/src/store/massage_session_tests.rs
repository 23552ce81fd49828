use chrono::TimeZone;
use chrono_tz::Europe::Berlin;

use super::*;
use crate::model::day::DEFAULT_DAY_BOUNDARY;
use crate::model::massage_session::{MassageKind, Pressure, SessionStatus};

fn now_local() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap().and_hms_opt(21, 0, 0).unwrap()
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 20, 0, 0).unwrap()
}

fn draft(starts_at: &str, status: SessionStatus) -> MassageSessionDraft {
    MassageSessionDraft {
        id: None,
        starts_at: starts_at.into(),
        status,
        kind: MassageKind::DeepTissue,
        kind_other: None,
        duration_min: Some(60),
        therapist: "Ana".into(),
        place: "Studio Nord".into(),
        pressure: Some(Pressure::Firm),
        focus_areas: vec![BodyArea::Shoulders, BodyArea::Neck],
        cost_cents: Some(8_000),
        notes: "Knots under the left shoulder blade.".into(),
        stress_before: Some(7),
        stress_after: Some(3),
        pain_before: Some(5),
        pain_after: None,
        version: None,
    }
}

fn save(journal: &mut Journal, draft: &MassageSessionDraft) -> Result<MassageSession> {
    journal.save_session(draft, &Utc, now_local(), now())
}

fn edit(saved: &MassageSession, change: impl FnOnce(&mut MassageSessionDraft)) -> MassageSessionDraft {
    let mut d = draft(&saved.starts_at.format(STARTS_AT_FORMAT).to_string(), saved.status);
    d.id = Some(saved.id.clone());
    d.version = Some(saved.version);
    change(&mut d);
    d
}

fn count(journal: &Journal, table: &str) -> i64 {
    journal.conn().query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap()
}

#[test]
fn a_new_session_gets_a_uuid_v7_and_version_1() {
    let mut journal = Journal::open_in_memory().unwrap();
    let saved = save(&mut journal, &draft("2026-11-25T18:30", SessionStatus::Done)).unwrap();
    assert_eq!(Uuid::parse_str(&saved.id).unwrap().get_version_num(), 7);
    assert_eq!((saved.version, saved.created_at.as_str()), (1, "2026-11-25T20:00:00Z"));
    assert_eq!((saved.kind, saved.cost_cents, saved.stress_after), (MassageKind::DeepTissue, Some(8_000), Some(3)));
    assert_eq!(journal.session(&saved.id).unwrap(), Some(saved));
}

#[test]
fn focus_areas_round_trip() {
    let mut journal = Journal::open_in_memory().unwrap();
    let every_area = MassageSessionDraft {
        focus_areas: BodyArea::ALL.iter().rev().copied().collect(),
        ..draft("2026-11-25T18:30", SessionStatus::Done)
    };
    let saved = save(&mut journal, &every_area).unwrap();
    assert_eq!(saved.focus_areas, BodyArea::ALL);
    let none = save(&mut journal, &edit(&saved, |d| d.focus_areas.clear())).unwrap();
    assert!(none.focus_areas.is_empty());
    assert_eq!(count(&journal, "massage_session_focus_area"), 0);
    let some = save(&mut journal, &edit(&none, |d| d.focus_areas = vec![BodyArea::Feet, BodyArea::Jaw])).unwrap();
    assert_eq!(journal.session(&some.id).unwrap().unwrap().focus_areas, [BodyArea::Jaw, BodyArea::Feet]);
}

#[test]
fn saving_with_the_current_version_updates_the_session() {
    let mut journal = Journal::open_in_memory().unwrap();
    let saved = save(&mut journal, &draft("2026-11-30T17:00", SessionStatus::Planned)).unwrap();
    let later = now() + chrono::Duration::minutes(5);
    let done = edit(&saved, |d| {
        d.starts_at = "2026-11-25T17:00".into();
        d.status = SessionStatus::Done;
        d.kind = MassageKind::Other;
        d.kind_other = Some("Lomi lomi".into());
    });
    let updated = journal.save_session(&done, &Utc, now_local(), later).unwrap();
    assert_eq!((updated.id.as_str(), updated.version, updated.status), (saved.id.as_str(), 2, SessionStatus::Done));
    assert_eq!(updated.kind_other.as_deref(), Some("Lomi lomi"));
    assert_eq!(
        (updated.created_at.as_str(), updated.updated_at.as_str()),
        ("2026-11-25T20:00:00Z", "2026-11-25T20:05:00Z")
    );
    assert_eq!(count(&journal, "massage_session"), 1);
}

#[test]
fn stale_version_is_refused() {
    let mut journal = Journal::open_in_memory().unwrap();
    let saved = save(&mut journal, &draft("2026-11-25T18:30", SessionStatus::Done)).unwrap();
    save(&mut journal, &edit(&saved, |d| d.notes = "First edit.".into())).unwrap();
    let err = save(&mut journal, &edit(&saved, |d| d.focus_areas = vec![BodyArea::Feet])).unwrap_err();
    assert!(matches!(err, Error::StaleVersion { expected: Some(1), found: Some(2) }), "{err:?}");
    let stored = journal.session(&saved.id).unwrap().unwrap();
    assert_eq!((stored.notes.as_str(), stored.focus_areas.as_slice()), ("First edit.", saved.focus_areas.as_slice()));
    let err = save(&mut journal, &edit(&saved, |d| d.version = None)).unwrap_err();
    assert_eq!(err.code(), "stale_version");
}

#[test]
fn editing_an_unknown_session_is_not_found() {
    let mut journal = Journal::open_in_memory().unwrap();
    let ghost = MassageSessionDraft {
        id: Some("0192f0c1-7a3b-7cde-8f00-123456789abc".into()),
        version: Some(1),
        ..draft("2026-11-25T18:30", SessionStatus::Done)
    };
    assert_eq!(save(&mut journal, &ghost).unwrap_err().code(), "not_found");
    assert_eq!(count(&journal, "massage_session"), 0);
}

#[test]
fn a_dst_gap_time_is_refused() {
    let mut journal = Journal::open_in_memory().unwrap();
    let gap = draft("2026-03-29T02:30", SessionStatus::Done);
    let err = journal.save_session(&gap, &Berlin, now_local(), now()).unwrap_err();
    assert_eq!(err.field(), Some("startsAt"));
    assert_eq!(count(&journal, "massage_session"), 0);
}

#[test]
fn done_in_the_future_is_refused() {
    let mut journal = Journal::open_in_memory().unwrap();
    let err = save(&mut journal, &draft("2026-11-26T09:00", SessionStatus::Done)).unwrap_err();
    assert_eq!((err.code(), err.field()), ("invalid_input", Some("status")));
    assert_eq!(count(&journal, "massage_session"), 0);
}

#[test]
fn invalid_input_changes_nothing() {
    let mut journal = Journal::open_in_memory().unwrap();
    let saved = save(&mut journal, &draft("2026-11-25T18:30", SessionStatus::Done)).unwrap();
    let err = save(
        &mut journal,
        &edit(&saved, |d| {
            d.focus_areas = vec![BodyArea::Feet];
            d.duration_min = Some(601);
        }),
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("durationMin"));
    assert_eq!(journal.session(&saved.id).unwrap(), Some(saved));
}

#[test]
fn list_returns_the_journal_days_in_start_order() {
    let mut journal = Journal::open_in_memory().unwrap();
    for starts_at in ["2026-11-21T00:30", "2026-11-20T18:00", "2026-11-19T09:00", "2026-11-22T04:00"] {
        save(&mut journal, &draft(starts_at, SessionStatus::Done)).unwrap();
    }
    let starts = |from, to| -> Vec<String> {
        let sessions = journal.sessions(from, to, DEFAULT_DAY_BOUNDARY).unwrap();
        sessions.iter().map(|s| s.starts_at.format(STARTS_AT_FORMAT).to_string()).collect()
    };
    // 00:30 on the 21st belongs to the journal day of the 20th; 04:00 on the 22nd starts the 22nd.
    assert_eq!(starts("2026-11-20", "2026-11-20"), ["2026-11-20T18:00", "2026-11-21T00:30"]);
    assert_eq!(starts("2026-11-21", "2026-11-21"), Vec::<String>::new());
    assert_eq!(starts("2026-11-01", "2026-11-30").len(), 4);
    assert_eq!(starts("1900-01-01", "9999-12-31").len(), 4);
    assert_eq!(journal.sessions("2026-11-30", "2026-11-01", DEFAULT_DAY_BOUNDARY).unwrap_err().field(), Some("to"));
    assert_eq!(journal.sessions("2026-11-31", "2026-12-01", DEFAULT_DAY_BOUNDARY).unwrap_err().field(), Some("from"));
}

#[test]
fn deleting_leaves_a_tombstone_that_restore_brings_back() {
    let mut journal = Journal::open_in_memory().unwrap();
    let saved = save(&mut journal, &draft("2026-11-25T18:30", SessionStatus::Done)).unwrap();
    journal.delete_session(&saved.id, now()).unwrap();
    assert_eq!(journal.session(&saved.id).unwrap(), None);
    assert!(journal.sessions("2026-11-01", "2026-11-30", DEFAULT_DAY_BOUNDARY).unwrap().is_empty());
    assert_eq!(journal.session_overview(now_local(), DEFAULT_DAY_BOUNDARY).unwrap().last_done, None);
    assert_eq!(journal.delete_session(&saved.id, now()).unwrap_err().code(), "not_found");
    assert_eq!(save(&mut journal, &edit(&saved, |d| d.version = Some(2))).unwrap_err().code(), "not_found");
    let back = journal.restore_session(&saved.id, now()).unwrap();
    assert_eq!((back.version, back.focus_areas.as_slice()), (3, saved.focus_areas.as_slice()));
    assert_eq!(journal.restore_session(&saved.id, now()).unwrap_err().code(), "not_found");
}

#[test]
fn malformed_ids_are_invalid_input() {
    let journal = Journal::open_in_memory().unwrap();
    for bad in ["", "42", "'; DROP TABLE massage_session; --"] {
        assert_eq!(journal.session(bad).unwrap_err().field(), Some("id"));
        assert_eq!(journal.delete_session(bad, now()).unwrap_err().field(), Some("id"));
        assert_eq!(journal.restore_session(bad, now()).unwrap_err().field(), Some("id"));
    }
}

#[test]
fn overview_sorts_and_counts_days_since_the_last_done_session() {
    let mut journal = Journal::open_in_memory().unwrap();
    let mut starts = |starts_at, status| save(&mut journal, &draft(starts_at, status)).unwrap().id;
    let next_week = starts("2026-12-02T18:00", SessionStatus::Planned);
    let tomorrow = starts("2026-11-26T18:00", SessionStatus::Planned);
    let missed = starts("2026-11-23T18:00", SessionStatus::Planned);
    let last_done = starts("2026-11-19T00:30", SessionStatus::Done);
    let cancelled = starts("2026-11-21T10:00", SessionStatus::Cancelled);
    let first_done = starts("2026-10-30T12:00", SessionStatus::Done);
    let overview = journal.session_overview(now_local(), DEFAULT_DAY_BOUNDARY).unwrap();
    let ids = |sessions: &[MassageSession]| sessions.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&overview.upcoming), [tomorrow, next_week]);
    assert_eq!(ids(&overview.awaiting_outcome), [missed]);
    assert_eq!(ids(&overview.past), [cancelled, last_done.clone(), first_done]);
    assert_eq!(overview.last_done.map(|s| s.id), Some(last_done));
    // 00:30 on the 19th is the journal day of the 18th; from 18 to 25 November: 7 days.
    assert_eq!(overview.days_since_last, Some(7));
    assert_eq!(overview.upcoming[0].focus_areas, [BodyArea::Neck, BodyArea::Shoulders]);
}
