use crate::error::Message;
use proptest::prelude::*;

use super::batch::{ConflictPolicy, ItemChange};
use super::json::{export, parse, ExportOptions};
use super::test_support::*;
use crate::model::body_area::BodyArea;
use crate::{CheckInDraft, Journal, MassageKind, MassageSessionDraft, SessionStatus};

fn whole() -> ExportOptions {
    ExportOptions::default()
}

fn round_trip(journal: &Journal) -> (String, String) {
    let first = export(journal, &whole(), now()).unwrap();
    let mut copy = Journal::open_in_memory().unwrap();
    let import = parse(first.as_bytes(), today()).unwrap();
    import.commit(&mut copy, ConflictPolicy::KeepMine, now()).unwrap();
    (first, export(&copy, &whole(), now()).unwrap())
}

#[test]
fn the_demo_journal_round_trips_byte_for_byte() {
    let journal = demo_journal(400);
    let (first, second) = round_trip(&journal);
    assert!(first.contains("\"format\": \"resilience-journal\""));
    assert!(first.contains("\"version\": 1"));
    assert_eq!(first, second);
}

#[test]
fn an_empty_journal_round_trips() {
    let (first, second) = round_trip(&Journal::open_in_memory().unwrap());
    assert_eq!(first, second);
    assert!(first.contains("\"updatedAt\": null"), "settings never saved stay unsaved");
}

#[test]
fn a_range_exports_only_its_days_sessions_and_tags() {
    let mut journal = Journal::open_in_memory().unwrap();
    save(&mut journal, CheckInDraft { tags: vec!["walk".into()], ..day("2026-11-01", 3) }, now());
    save(&mut journal, CheckInDraft { tags: vec!["work".into()], ..day("2026-11-10", 5) }, now());
    let options = ExportOptions { from: Some("2026-11-05".into()), to: None };
    let text = export(&journal, &options, now()).unwrap();
    assert!(text.contains("2026-11-10") && !text.contains("2026-11-01"), "{text}");
    assert!(text.contains("\"work\"") && !text.contains("\"walk\""));
    assert!(text.contains("\"from\": \"2026-11-05\""));
    let backwards = ExportOptions { from: Some("2026-11-05".into()), to: Some("2026-11-01".into()) };
    assert_eq!(export(&journal, &backwards, now()).unwrap_err().field(), Some("to"));
}

#[test]
fn deleted_entries_are_not_exported() {
    let mut journal = Journal::open_in_memory().unwrap();
    save(&mut journal, day("2026-11-01", 3), now());
    journal.delete_check_in("2026-11-01", now()).unwrap();
    assert!(!export(&journal, &whole(), now()).unwrap().contains("2026-11-01"));
}

#[test]
fn preview_counts_without_writing() {
    let source = demo_journal(60);
    let text = export(&source, &whole(), now()).unwrap();
    let mut target = Journal::open_in_memory().unwrap();
    let first_day = parse(text.as_bytes(), today()).unwrap().days[0].values.day.to_string();
    save(&mut target, day(&first_day, 9), now());
    let before = content_hash(target.conn());
    let preview = parse(text.as_bytes(), today()).unwrap().preview(&target).unwrap();
    assert_eq!(content_hash(target.conn()), before);
    assert_eq!(preview.conflicting_days, 1);
    assert_eq!(preview.new_days + 1, preview.days);
    assert_eq!(preview.conflict_days, [first_day]);
    assert_eq!(preview.settings, Some(ItemChange::New));
    assert_eq!(
        preview.summary,
        Message::new("error-import-summary")
            .arg("days", preview.days)
            .arg("sessions", preview.sessions)
            .arg("conflicts", 1)
    );
}

fn conflict_pair() -> (Journal, String) {
    // The file's 2026-11-20 was written at 10:00, the journal's at 12:00; 2026-11-21 the other way.
    let mut theirs = Journal::open_in_memory().unwrap();
    save(&mut theirs, CheckInDraft { notes: "theirs".into(), ..day("2026-11-20", 1) }, at(20, 10));
    save(&mut theirs, CheckInDraft { notes: "theirs".into(), ..day("2026-11-21", 1) }, at(21, 12));
    let text = export(&theirs, &whole(), now()).unwrap();
    let mut mine = Journal::open_in_memory().unwrap();
    save(&mut mine, CheckInDraft { tags: vec!["mine".into()], ..day("2026-11-20", 8) }, at(20, 12));
    save(&mut mine, CheckInDraft { pain_areas: vec![BodyArea::Neck], ..day("2026-11-21", 8) }, at(21, 10));
    (mine, text)
}

fn stresses(journal: &Journal) -> Vec<Option<u8>> {
    journal.check_ins("2026-11-20", "2026-11-21").unwrap().iter().map(|c| c.stress).collect()
}

#[test]
fn keep_mine_keeps_every_conflicting_day() {
    let (mut mine, text) = conflict_pair();
    let report = parse(text.as_bytes(), today()).unwrap().commit(&mut mine, ConflictPolicy::KeepMine, now()).unwrap();
    assert_eq!((report.kept_days, report.replaced_days), (2, 0));
    assert_eq!(stresses(&mine), [Some(8), Some(8)]);
}

#[test]
fn take_theirs_replaces_whole_days_and_counts_versions_on() {
    let (mut mine, text) = conflict_pair();
    let report = parse(text.as_bytes(), today()).unwrap().commit(&mut mine, ConflictPolicy::TakeTheirs, now()).unwrap();
    assert_eq!(report.replaced_days, 2);
    let days = mine.check_ins("2026-11-20", "2026-11-21").unwrap();
    assert_eq!(stresses(&mine), [Some(1), Some(1)]);
    assert!(days[0].tags.is_empty() && days[1].pain_areas.is_empty(), "the file's day replaces the day whole");
    assert_eq!(days[0].notes, "theirs");
    assert_eq!(days[0].version, 2, "an edit based on the replaced version is refused as stale");
}

#[test]
fn keep_newer_compares_the_change_times() {
    let (mut mine, text) = conflict_pair();
    let report = parse(text.as_bytes(), today()).unwrap().commit(&mut mine, ConflictPolicy::KeepNewer, now()).unwrap();
    assert_eq!((report.kept_days, report.replaced_days), (1, 1));
    assert_eq!(stresses(&mine), [Some(8), Some(1)]);
}

#[test]
fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    let text = export(&demo_journal(30), &whole(), now()).unwrap();
    let mut target = Journal::open_in_memory().unwrap();
    let import = parse(text.as_bytes(), today()).unwrap();
    import.commit(&mut target, ConflictPolicy::TakeTheirs, now()).unwrap();
    let hash = content_hash(target.conn());
    let preview = import.preview(&target).unwrap();
    assert_eq!((preview.conflicts, preview.new_days, preview.unchanged_days), (0, 0, preview.days));
    let report = import.commit(&mut target, ConflictPolicy::TakeTheirs, now()).unwrap();
    assert_eq!((report.added_days, report.replaced_days), (0, 0));
    assert_eq!(content_hash(target.conn()), hash);
}

#[test]
fn a_session_conflict_follows_the_policy() {
    let source = demo_journal(40);
    let text = export(&source, &whole(), now()).unwrap();
    let mut target = Journal::open_in_memory().unwrap();
    parse(text.as_bytes(), today()).unwrap().commit(&mut target, ConflictPolicy::KeepMine, now()).unwrap();
    let edited = text.replacen("\"therapist\": \"", "\"therapist\": \"Dr ", 1);
    let import = parse(edited.as_bytes(), today()).unwrap();
    let preview = import.preview(&target).unwrap();
    assert_eq!((preview.conflicting_sessions, preview.conflicts), (1, 1));
    let report = import.commit(&mut target, ConflictPolicy::TakeTheirs, now()).unwrap();
    assert_eq!(report.replaced_sessions, 1);
    let sessions = crate::store::transfer::live_sessions(target.conn()).unwrap();
    assert!(sessions.iter().any(|s| s.therapist.starts_with("Dr ") && s.version == 2));
}

#[test]
fn a_newer_format_version_is_refused_with_a_clear_message() {
    let text = export(&Journal::open_in_memory().unwrap(), &whole(), now()).unwrap();
    let newer = text.replace("\"version\": 1", "\"version\": 2").replace("\"checkIns\"", "\"entries\"");
    let err = parse(newer.as_bytes(), today()).unwrap_err();
    assert!(err.to_string().contains("error-import-newer-version found=\"2\""), "{err}");
}

#[test]
fn another_json_file_is_refused() {
    let err = parse(br#"{"name": "package", "version": 1}"#, today()).unwrap_err();
    assert!(err.to_string().contains("error-import-not-an-export"), "{err}");
}

#[test]
fn an_unknown_field_is_refused_naming_line_and_column() {
    let text = export(&demo_journal(3), &whole(), now()).unwrap();
    let bad = text.replacen("\"stress\":", "\"cortisol\": 3,\n      \"stress\":", 1);
    let err = parse(bad.as_bytes(), today()).unwrap_err().to_string();
    assert!(err.contains("unknown field `cortisol`") && err.contains("line="), "{err}");
}

#[test]
fn a_day_deleted_in_the_journal_counts_as_new_and_comes_back_with_a_higher_version() {
    let mut theirs = Journal::open_in_memory().unwrap();
    save(&mut theirs, day("2026-11-20", 2), now());
    let text = export(&theirs, &whole(), now()).unwrap();
    let mut mine = Journal::open_in_memory().unwrap();
    save(&mut mine, day("2026-11-20", 9), now());
    mine.delete_check_in("2026-11-20", now()).unwrap();
    let import = parse(text.as_bytes(), today()).unwrap();
    assert_eq!(import.preview(&mine).unwrap().new_days, 1);
    import.commit(&mut mine, ConflictPolicy::KeepMine, now()).unwrap();
    let revived = mine.check_in("2026-11-20").unwrap().unwrap();
    assert_eq!((revived.stress, revived.version), (Some(2), 3), "above the tombstone's version 2");
}

#[test]
fn settings_and_reminders_round_trip_and_conflict_by_change_time() {
    use crate::model::reminder_settings::ReminderSettings;
    use crate::model::settings::{Settings, Theme};
    let mut theirs = Journal::open_in_memory().unwrap();
    theirs
        .save_settings(&Settings { theme: Theme::Dark, currency: "CHF".into(), ..Default::default() }, at(20, 10))
        .unwrap();
    let mut reminders = ReminderSettings::default();
    reminders.massage_cadence.days = Some(21);
    reminders.paused_until = Some("2026-12-01T08:00".into());
    theirs.save_reminder_settings(&reminders, at(20, 10)).unwrap();
    let (first, second) = round_trip(&theirs);
    assert_eq!(first, second);
    assert!(first.contains("\"currency\": \"CHF\"") && first.contains("\"days\": 21"));

    let mut mine = Journal::open_in_memory().unwrap();
    mine.save_settings(&Settings { currency: "GBP".into(), ..Default::default() }, at(20, 12)).unwrap();
    let import = parse(first.as_bytes(), today()).unwrap();
    assert_eq!(import.preview(&mine).unwrap().settings, Some(ItemChange::Conflict));
    assert!(!import.commit(&mut mine, ConflictPolicy::KeepNewer, now()).unwrap().settings_written);
    assert_eq!(mine.settings().unwrap().currency, "GBP");
    assert!(import.commit(&mut mine, ConflictPolicy::TakeTheirs, now()).unwrap().settings_written);
    assert_eq!((mine.settings().unwrap().currency.as_str(), mine.reminder_settings().unwrap()), ("CHF", reminders));
}

fn arb_session() -> impl Strategy<Value = MassageSessionDraft> {
    (
        -30..30i64,
        proptest::sample::select(SessionStatus::ALL.to_vec()),
        proptest::sample::select(MassageKind::ALL.to_vec()),
        proptest::option::of(1..=600i32),
        proptest::option::of(0..100_000i64),
        proptest::sample::subsequence(BodyArea::ALL.to_vec(), 0..4),
        "[a-zA-Z é\n\",]{0,20}",
        proptest::option::of(0..=10i32),
    )
        .prop_map(|(offset, status, kind, duration, cost, areas, text, rating)| {
            let start = today().and_hms_opt(10, 30, 0).unwrap() + chrono::Duration::days(offset);
            MassageSessionDraft {
                id: None,
                starts_at: start.format("%Y-%m-%dT%H:%M").to_string(),
                status: if offset > 0 && status == SessionStatus::Done { SessionStatus::Planned } else { status },
                kind,
                kind_other: (kind == MassageKind::Other).then(|| "Lomi lomi".into()),
                duration_min: duration,
                therapist: text.trim().into(),
                place: String::new(),
                pressure: None,
                focus_areas: areas,
                cost_cents: cost,
                notes: text,
                stress_before: rating,
                stress_after: rating.map(|r| r / 2),
                pain_before: None,
                pain_after: rating,
                version: None,
            }
        })
}

fn arb_day() -> impl Strategy<Value = CheckInDraft> {
    let rating = proptest::option::of(0..=10i32);
    (
        0..200u32,
        (rating.clone(), rating.clone(), rating.clone(), rating),
        proptest::option::of(0..=96u32),
        proptest::sample::subsequence(BodyArea::ALL.to_vec(), 0..3),
        proptest::sample::subsequence(vec!["work", "Yoga", "été", "a b", "🌧"], 0..3),
        "[a-zA-Z0-9 é😌\\n\"\\\\,;|]{0,40}",
    )
        .prop_map(|(offset, (stress, pain, mood, anxiety), quarters, areas, tags, notes)| CheckInDraft {
            day: (today() - chrono::Duration::days(i64::from(offset))).to_string(),
            stress: stress.or(Some(5)),
            pain,
            mood,
            anxiety,
            sleep_hours: quarters.map(|q| f64::from(q) / 4.0),
            pain_areas: areas,
            tags: tags.into_iter().map(String::from).collect(),
            notes,
            ..Default::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_journal_round_trips_byte_for_byte(
        days in proptest::collection::vec(arb_day(), 0..25),
        sessions in proptest::collection::vec(arb_session(), 0..6),
        edits in 0..3usize,
    ) {
        let mut journal = Journal::open_in_memory().unwrap();
        let now_local = today().and_hms_opt(20, 0, 0).unwrap();
        for session in &sessions {
            journal.save_session(session, &chrono::Utc, now_local, now()).unwrap();
        }
        for draft in &days {
            let version = journal.check_in(&draft.day).unwrap().map(|c| c.version);
            save(&mut journal, CheckInDraft { version, ..draft.clone() }, now());
        }
        for draft in days.iter().take(edits) {
            let version = journal.check_in(&draft.day).unwrap().map(|c| c.version);
            save(&mut journal, CheckInDraft { version, notes: "edited".into(), ..draft.clone() }, at(26, 1));
        }
        let (first, second) = round_trip(&journal);
        prop_assert_eq!(first, second);
    }
}
