use chrono::NaiveDate;
use loro::LoroValue;

use super::*;
use crate::model::massage_session::{MassageKind, Pressure, SessionStatus};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn check_in(d: u32) -> CheckIn {
    CheckIn {
        stress: Some(4),
        sleep_hours: Some(7.5),
        mood: Some(6),
        notes: "Long walk.".into(),
        tags: vec!["walk".into(), "Work".into()],
        pain_areas: vec![BodyArea::Neck, BodyArea::Feet],
        ..CheckIn::fixture(day(d))
    }
}

const SESSION_ID: &str = "0190f5b2-7c1e-7000-8000-000000000001";

fn session() -> MassageSession {
    let starts_at = day(20).and_hms_opt(18, 30, 0).unwrap();
    MassageSession {
        kind: MassageKind::Other,
        kind_other: Some("Lomi lomi".into()),
        pressure: Some(Pressure::Firm),
        focus_areas: vec![BodyArea::Shoulders, BodyArea::UpperBack],
        cost_cents: Some(6500),
        notes: "Good.".into(),
        stress_before: Some(7),
        stress_after: Some(3),
        therapist: "Ana".into(),
        ..MassageSession::fixture(SESSION_ID, starts_at, SessionStatus::Done)
    }
}

/// Both documents get what the other has.
fn exchange(a: &SyncDoc, b: &SyncDoc) {
    b.import(&a.export_since(&b.version()).unwrap()).unwrap();
    a.import(&b.export_since(&a.version()).unwrap()).unwrap();
}

fn read_day(doc: &SyncDoc, d: u32) -> DocDay {
    doc.state().days.remove(&day(d)).expect("the day is in the document")
}

#[test]
fn a_check_in_reads_back_as_recorded_without_a_version() {
    let doc = SyncDoc::new(1).unwrap();
    doc.record_check_in(&check_in(20)).unwrap();
    let read = read_day(&doc, 20);
    assert_eq!(read.check_in, CheckIn { version: 0, ..check_in(20) });
    assert_eq!(read.deleted_at, None);
}

#[test]
fn a_session_reads_back_as_recorded_without_a_version() {
    let doc = SyncDoc::new(1).unwrap();
    doc.record_session(&session()).unwrap();
    let state = doc.state();
    assert_eq!(state.sessions[SESSION_ID].session, MassageSession { version: 0, ..session() });
    assert_eq!(state.sessions[SESSION_ID].deleted_at, None);
    doc.record_session_deleted(SESSION_ID, "2026-11-21T08:00:00Z").unwrap();
    assert_eq!(doc.state().sessions[SESSION_ID].deleted_at.as_deref(), Some("2026-11-21T08:00:00Z"));
}

#[test]
fn recording_the_same_values_again_records_nothing() {
    let doc = SyncDoc::new(1).unwrap();
    doc.record_check_in(&check_in(20)).unwrap();
    doc.record_session(&session()).unwrap();
    let before = doc.version();
    doc.record_check_in(&check_in(20)).unwrap();
    doc.record_session(&session()).unwrap();
    assert_eq!(doc.version(), before);
}

#[test]
fn different_fields_of_one_new_day_written_on_two_computers_both_survive() {
    let (a, b) = (SyncDoc::new(1).unwrap(), SyncDoc::new(2).unwrap());
    a.record_check_in(&CheckIn { stress: Some(3), ..CheckIn::fixture(day(20)) }).unwrap();
    b.record_check_in(&CheckIn { mood: Some(8), ..CheckIn::fixture(day(20)) }).unwrap();
    exchange(&a, &b);
    let merged = read_day(&a, 20).check_in;
    assert_eq!((merged.stress, merged.mood), (Some(3), Some(8)));
    assert_eq!(a.state(), b.state());

    // Edits of different fields of a day both computers already share both survive.
    let (a, b) = (SyncDoc::new(1).unwrap(), SyncDoc::new(2).unwrap());
    a.record_check_in(&check_in(20)).unwrap();
    exchange(&a, &b);
    a.record_check_in(&CheckIn { stress: Some(9), ..check_in(20) }).unwrap();
    b.record_check_in(&CheckIn { sleep_hours: Some(5.0), ..check_in(20) }).unwrap();
    exchange(&a, &b);
    let merged = read_day(&a, 20).check_in;
    assert_eq!((merged.stress, merged.sleep_hours), (Some(9), Some(5.0)));
    assert_eq!(a.state(), b.state());
}

#[test]
fn the_same_field_ends_the_same_everywhere_and_a_later_edit_wins() {
    let (a, b) = (SyncDoc::new(1).unwrap(), SyncDoc::new(2).unwrap());
    a.record_check_in(&check_in(20)).unwrap();
    exchange(&a, &b);
    a.record_check_in(&CheckIn { stress: Some(1), ..check_in(20) }).unwrap();
    b.record_check_in(&CheckIn { stress: Some(2), ..check_in(20) }).unwrap();
    exchange(&a, &b);
    let concurrent = read_day(&a, 20).check_in.stress;
    assert!(concurrent == Some(1) || concurrent == Some(2));
    assert_eq!(read_day(&b, 20).check_in.stress, concurrent);
    // An edit made after seeing the other's wins.
    b.record_check_in(&CheckIn { stress: Some(5), ..check_in(20) }).unwrap();
    exchange(&a, &b);
    assert_eq!(read_day(&a, 20).check_in.stress, Some(5));
}

#[test]
fn concurrent_typing_in_one_note_keeps_both() {
    let (a, b) = (SyncDoc::new(1).unwrap(), SyncDoc::new(2).unwrap());
    a.record_check_in(&CheckIn { notes: "Walk.".into(), ..check_in(20) }).unwrap();
    exchange(&a, &b);
    a.record_check_in(&CheckIn { notes: "Long walk.".into(), ..check_in(20) }).unwrap();
    b.record_check_in(&CheckIn { notes: "Walk. Slept well.".into(), ..check_in(20) }).unwrap();
    exchange(&a, &b);
    assert_eq!(read_day(&a, 20).check_in.notes, "Long walk. Slept well.");
    assert_eq!(read_day(&b, 20).check_in.notes, "Long walk. Slept well.");
}

#[test]
fn tags_and_areas_are_sets() {
    let (a, b) = (SyncDoc::new(1).unwrap(), SyncDoc::new(2).unwrap());
    a.record_check_in(&check_in(20)).unwrap();
    exchange(&a, &b);
    a.record_check_in(&CheckIn { tags: vec!["walk".into(), "Work".into(), "yoga".into()], ..check_in(20) }).unwrap();
    b.record_check_in(&CheckIn { tags: vec!["Work".into()], pain_areas: vec![BodyArea::Neck], ..check_in(20) })
        .unwrap();
    exchange(&a, &b);
    let merged = read_day(&a, 20).check_in;
    assert_eq!(merged.tags, ["Work", "yoga"]);
    assert_eq!(merged.pain_areas, [BodyArea::Neck]);
}

#[test]
fn an_edit_after_a_delete_brings_the_day_back_and_a_concurrent_one_does_not() {
    let (a, b) = (SyncDoc::new(1).unwrap(), SyncDoc::new(2).unwrap());
    a.record_check_in(&check_in(20)).unwrap();
    exchange(&a, &b);
    a.record_check_in_deleted(day(20), "2026-11-21T08:00:00Z").unwrap();
    b.record_check_in(&CheckIn { stress: Some(9), ..check_in(20) }).unwrap();
    exchange(&a, &b);
    let merged = read_day(&b, 20);
    assert_eq!(merged.deleted_at.as_deref(), Some("2026-11-21T08:00:00Z"), "the delete wins a concurrent edit");
    assert_eq!(merged.check_in.stress, Some(9), "the edit is kept inside the deleted day");
    assert_eq!(read_day(&a, 20), merged);

    b.record_check_in(&CheckIn { stress: Some(2), ..check_in(20) }).unwrap();
    exchange(&a, &b);
    let back = read_day(&a, 20);
    assert_eq!((back.deleted_at, back.check_in.stress), (None, Some(2)));
}

#[test]
fn a_day_deleted_before_it_was_recorded_reads_as_a_bare_tombstone() {
    let doc = SyncDoc::new(1).unwrap();
    doc.record_check_in_deleted(day(3), "2026-11-21T08:00:00Z").unwrap();
    let read = read_day(&doc, 3);
    assert!(read.check_in.created_at.is_empty());
    assert_eq!(read.deleted_at.as_deref(), Some("2026-11-21T08:00:00Z"));
}

#[test]
fn values_sqlite_would_refuse_are_read_as_empty_or_dropped() {
    let doc = SyncDoc::new(1).unwrap();
    doc.record_check_in(&check_in(20)).unwrap();
    doc.record_session(&session()).unwrap();
    let days = doc.loro().get_map(DAYS);
    let d = days.ensure_mergeable_map("2026-11-20").unwrap();
    d.insert("stress", 11).unwrap();
    d.insert("mood", "six").unwrap();
    d.insert("sleep_hours", 25.0).unwrap();
    d.ensure_mergeable_text("notes").unwrap().update(&"x".repeat(20_005), Default::default()).unwrap();
    let tags = d.ensure_mergeable_map("tags").unwrap();
    for bad in ["", " padded", "bell\u{7}", &"t".repeat(41)] {
        tags.insert(bad, true).unwrap();
    }
    tags.insert("walk", false).unwrap();
    tags.insert("WORK", true).unwrap();
    d.ensure_mergeable_map("pain_areas").unwrap().insert("tail", true).unwrap();
    days.insert("2026-02-30", LoroValue::Null).unwrap();
    days.ensure_mergeable_map("26-11-20").unwrap().insert("stress", 1).unwrap();
    let sessions = doc.loro().get_map(SESSIONS);
    let s = sessions.ensure_mergeable_map(SESSION_ID).unwrap();
    s.insert("duration_min", 0).unwrap();
    s.insert("cost_cents", -1).unwrap();
    s.insert("pressure", "crushing").unwrap();
    sessions.ensure_mergeable_map("not-a-uuid").unwrap().insert("kind", "thai").unwrap();
    let later = sessions.ensure_mergeable_map("0190f5b2-7c1e-7000-8000-000000000002").unwrap();
    later.insert("starts_at", "2026-11-20T18:30").unwrap();
    later.insert("status", "done").unwrap();
    later.insert("kind", "hot_stones").unwrap();
    doc.loro().commit();

    let state = doc.state();
    assert_eq!(state.days.keys().copied().collect::<Vec<_>>(), [day(20)]);
    let c = &state.days[&day(20)].check_in;
    assert_eq!((c.stress, c.mood, c.sleep_hours), (None, None, None));
    assert_eq!(c.notes.chars().count(), 20_000);
    assert_eq!(c.tags, ["WORK"], "one spelling per name, bad names dropped");
    assert_eq!(c.pain_areas, [BodyArea::Neck, BodyArea::Feet]);
    assert_eq!(state.sessions.keys().collect::<Vec<_>>(), [SESSION_ID]);
    let s = &state.sessions[SESSION_ID].session;
    assert_eq!((s.duration_min, s.cost_cents, s.pressure), (None, None, None));
}

#[test]
fn settings_merge_key_by_key_and_unreadable_values_are_left_out() {
    let (a, b) = (SyncDoc::new(1).unwrap(), SyncDoc::new(2).unwrap());
    a.record_setting("theme", "\"light\"", "2026-11-20T20:00:00Z").unwrap();
    a.record_setting("currency", "\"EUR\"", "2026-11-20T20:00:00Z").unwrap();
    exchange(&a, &b);
    a.record_setting("theme", "\"dark\"", "2026-11-21T20:00:00Z").unwrap();
    b.record_setting("currency", "\"CHF\"", "2026-11-21T21:00:00Z").unwrap();
    exchange(&a, &b);
    let merged = |doc: &SyncDoc| doc.state().settings.into_iter().map(|(k, (v, _))| (k, v)).collect::<Vec<_>>();
    let wanted: Vec<(String, String)> =
        vec![("currency".into(), "\"CHF\"".into()), ("theme".into(), "\"dark\"".into())];
    assert_eq!((merged(&a), merged(&b)), (wanted.clone(), wanted));
    assert_eq!(a.state().settings["theme"].1, "2026-11-21T20:00:00Z");
    let version = a.version();
    a.record_setting("theme", "\"dark\"", "2026-11-22T20:00:00Z").unwrap();
    assert_eq!(a.version(), version, "the same value again records nothing");

    let map = a.loro().get_map(SETTINGS);
    map.insert("broken", "{not json").unwrap();
    map.insert("from_a_newer_version", true).unwrap();
    assert_eq!(a.state().settings.len(), 2, "values that are not JSON text are left out");
}

#[test]
fn an_update_that_does_not_decode_is_refused_whole() {
    let doc = SyncDoc::new(1).unwrap();
    assert!(matches!(doc.import(b"not an update"), Err(DocError::Undecodable(_))));
    assert_eq!(doc.state(), DocState::default());
}

#[test]
fn the_state_changed_since_a_version_holds_exactly_the_entries_an_update_touched() {
    let a = SyncDoc::new(1).unwrap();
    let b = SyncDoc::new(2).unwrap();
    for d in [20, 21, 22] {
        a.record_check_in(&check_in(d)).unwrap();
    }
    a.record_session(&session()).unwrap();
    exchange(&a, &b);
    let before = b.version();
    assert_eq!(b.state_changed_since(&before), DocState::default(), "nothing changed yet");

    a.record_check_in(&CheckIn { notes: "Short walk.".into(), ..check_in(21) }).unwrap();
    a.record_check_in_deleted(day(22), "2026-11-25T20:00:00Z").unwrap();
    a.record_check_in(&check_in(23)).unwrap();
    a.record_computer("Desk", None).unwrap();
    b.import(&a.export_since(&before).unwrap()).unwrap();
    let changed = b.state_changed_since(&before);
    let all = b.state();
    assert_eq!(changed.days.keys().copied().collect::<Vec<_>>(), [day(21), day(22), day(23)]);
    for (d, entry) in &changed.days {
        assert_eq!(entry, &all.days[d], "read as the whole state reads it");
    }
    assert!(changed.sessions.is_empty());

    let before = b.version();
    a.record_session(&MassageSession { therapist: "Bo".into(), ..session() }).unwrap();
    b.import(&a.export_since(&before).unwrap()).unwrap();
    let changed = b.state_changed_since(&before);
    assert!(changed.days.is_empty());
    assert_eq!(changed.sessions, b.state().sessions);
}
