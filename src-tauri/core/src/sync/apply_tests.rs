use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::*;
use crate::model::check_in::CheckInDraft;
use crate::model::massage_session::{MassageSessionDraft, SessionStatus};
use crate::sync::doc::SyncDoc;
use crate::{BodyArea, MassageKind};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 20, 15, 0).unwrap()
}

fn draft(day: &str, stress: i32) -> CheckInDraft {
    CheckInDraft {
        day: day.into(),
        stress: Some(stress),
        tags: vec!["walk".into()],
        pain_areas: vec![BodyArea::Neck],
        notes: "Walk.".into(),
        ..Default::default()
    }
}

#[test]
fn another_journals_entries_arrive_whole_and_applying_twice_changes_nothing() {
    let mut a = Journal::open_in_memory().unwrap();
    let doc = SyncDoc::new(1).unwrap();
    let saved = a.save_check_in(&draft("2026-11-24", 4), today(), now()).unwrap();
    doc.record_check_in(&saved).unwrap();
    let session = MassageSessionDraft {
        focus_areas: vec![BodyArea::Feet],
        notes: "Good.".into(),
        ..MassageSessionDraft::new("2026-11-24T18:00", SessionStatus::Done, MassageKind::Thai)
    };
    let session = a.save_session(&session, &Utc, today().and_hms_opt(20, 0, 0).unwrap(), now()).unwrap();
    doc.record_session(&session).unwrap();

    let mut b = Journal::open_in_memory().unwrap();
    assert_eq!(apply(&mut b, &doc.state()).unwrap(), Applied { days: 1, sessions: 1, settings: 0 });
    assert_eq!(b.check_in("2026-11-24").unwrap(), Some(saved));
    assert_eq!(b.session(&session.id).unwrap(), Some(session));
    assert_eq!(apply(&mut b, &doc.state()).unwrap(), Applied::default());
    assert_eq!(b.check_in("2026-11-24").unwrap().unwrap().version, 1);
}

#[test]
fn a_changed_day_counts_its_version_up_so_a_stale_form_is_refused() {
    let mut a = Journal::open_in_memory().unwrap();
    let doc = SyncDoc::new(1).unwrap();
    let first = a.save_check_in(&draft("2026-11-24", 4), today(), now()).unwrap();
    doc.record_check_in(&first).unwrap();
    apply(&mut a, &doc.state()).unwrap();
    assert_eq!(a.check_in("2026-11-24").unwrap().unwrap().version, 1, "its own change is no change");

    doc.record_check_in(&CheckIn { stress: Some(9), updated_at: "2026-11-25T21:00:00Z".into(), ..first.clone() })
        .unwrap();
    assert_eq!(apply(&mut a, &doc.state()).unwrap().days, 1);
    let now_stored = a.check_in("2026-11-24").unwrap().unwrap();
    assert_eq!((now_stored.stress, now_stored.version), (Some(9), 2));
    let stale = CheckInDraft { version: Some(1), ..draft("2026-11-24", 5) };
    assert_eq!(a.save_check_in(&stale, today(), now()).unwrap_err().code(), "stale_version");
}

#[test]
fn deletes_arrive_as_tombstones_and_an_edit_after_brings_the_day_back() {
    let mut a = Journal::open_in_memory().unwrap();
    let mut b = Journal::open_in_memory().unwrap();
    let doc = SyncDoc::new(1).unwrap();
    let saved = a.save_check_in(&draft("2026-11-24", 4), today(), now()).unwrap();
    doc.record_check_in(&saved).unwrap();
    apply(&mut b, &doc.state()).unwrap();

    doc.record_check_in_deleted(saved.day, "2026-11-25T21:00:00Z").unwrap();
    apply(&mut b, &doc.state()).unwrap();
    assert_eq!(b.check_in("2026-11-24").unwrap(), None);
    let (row, deleted_at) = crate::store::replica::check_in_row(b.conn(), saved.day).unwrap().unwrap();
    assert_eq!((row.stress, deleted_at.as_deref()), (Some(4), Some("2026-11-25T21:00:00Z")));
    assert_eq!(apply(&mut b, &doc.state()).unwrap(), Applied::default());

    doc.record_check_in(&CheckIn { stress: Some(2), ..saved }).unwrap();
    apply(&mut b, &doc.state()).unwrap();
    assert_eq!(b.check_in("2026-11-24").unwrap().unwrap().stress, Some(2));
}

#[test]
fn a_bare_tombstone_deletes_a_live_row_and_leaves_unknown_rows_alone() {
    let mut a = Journal::open_in_memory().unwrap();
    a.save_check_in(&draft("2026-11-23", 4), today(), now()).unwrap();
    a.save_check_in(&draft("2026-11-24", 4), today(), now()).unwrap();
    let doc = SyncDoc::new(1).unwrap();
    doc.record_check_in_deleted(NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(), "2026-11-25T21:00:00Z").unwrap();
    doc.record_check_in_deleted(NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(), "2026-11-25T21:00:00Z").unwrap();
    assert_eq!(apply(&mut a, &doc.state()).unwrap().days, 1);
    assert_eq!(a.check_in("2026-11-24").unwrap(), None);
    assert!(a.check_in("2026-11-23").unwrap().is_some());
    assert_eq!(apply(&mut a, &doc.state()).unwrap(), Applied::default());
}

#[test]
fn a_deleted_session_arrives_deleted() {
    let mut a = Journal::open_in_memory().unwrap();
    let doc = SyncDoc::new(1).unwrap();
    let draft = MassageSessionDraft::new("2026-11-24T18:00", SessionStatus::Planned, MassageKind::Sports);
    let session = a.save_session(&draft, &Utc, today().and_hms_opt(20, 0, 0).unwrap(), now()).unwrap();
    doc.record_session(&session).unwrap();
    doc.record_session_deleted(&session.id, "2026-11-25T21:00:00Z").unwrap();
    let mut b = Journal::open_in_memory().unwrap();
    assert_eq!(apply(&mut b, &doc.state()).unwrap().sessions, 1);
    assert_eq!(b.session(&session.id).unwrap(), None);
    apply(&mut a, &doc.state()).unwrap();
    assert_eq!(a.session(&session.id).unwrap(), None);
    assert_eq!(apply(&mut a, &doc.state()).unwrap(), Applied::default());
}
