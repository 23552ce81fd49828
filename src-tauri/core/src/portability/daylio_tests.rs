use super::*;
use crate::error::Message;
use crate::portability::batch::ConflictPolicy;
use crate::portability::test_support::*;
use crate::{CheckInDraft, Journal};

const HEADER: &str = "full_date,date,weekday,time,mood,activities,note_title,note\n";

fn file(rows: &str) -> Vec<u8> {
    format!("{HEADER}{rows}").into_bytes()
}

fn parsed(rows: &str) -> ParsedImport {
    parse(&file(rows), &MoodMapping::default(), today()).unwrap()
}

fn error(bytes: &[u8]) -> String {
    parse(bytes, &MoodMapping::default(), today()).unwrap_err().to_string()
}

#[test]
fn a_day_becomes_a_partial_check_in_with_mood_tags_and_note() {
    let import = parsed("2026-11-20,Nov 20,Friday,21:30,good,work | reading | friends,Nice,Long <br>walk\n");
    let day = &import.days[0];
    assert_eq!(day.values.day.to_string(), "2026-11-20");
    assert_eq!((day.values.mood, day.values.stress, day.values.pain), (Some(8), None, None));
    assert_eq!(day.values.tags, ["work", "reading", "friends"]);
    assert_eq!(day.values.notes, "Nice\nLong \nwalk");
}

#[test]
fn the_standard_moods_map_from_best_to_worst() {
    let rows = "2026-11-21,,,10:00,rad,,,\n2026-11-20,,,10:00,GOOD,,,\n2026-11-19,,,10:00,meh,,,\n\
                2026-11-18,,,10:00,bad,,,\n2026-11-17,,,10:00,awful,,,\n";
    let moods: Vec<Option<u8>> = parsed(rows).days.iter().map(|d| d.values.mood).collect();
    assert_eq!(moods, [Some(0), Some(2), Some(5), Some(8), Some(10)]);
}

#[test]
fn several_entries_merge_into_one_day_in_time_order() {
    let rows = "2026-11-20,,,21:00,rad,yoga,,Evening calm\n2026-11-20,,,8:15 AM,bad,work | Yoga,Rough start,\n";
    let import = parsed(rows);
    assert_eq!(import.days.len(), 1);
    let day = &import.days[0].values;
    assert_eq!(day.mood, Some(6), "the mean of 2 and 10");
    assert_eq!(day.tags, ["work", "Yoga"]);
    assert_eq!(day.notes, "08:15 · bad\nRough start\n\n21:00 · rad\nEvening calm");
}

#[test]
fn custom_labels_are_listed_and_must_be_mapped_before_commit() {
    let rows = "2026-11-20,,,21:00,sleepy,,,\n2026-11-19,,,21:00,sleepy,,,\n2026-11-18,,,21:00,good,,,\n";
    let mut journal = Journal::open_in_memory().unwrap();
    let import = parse(&file(rows), &MoodMapping::default(), today()).unwrap();
    let preview = import.preview(&journal).unwrap();
    let labels: Vec<(&str, u32, bool)> = preview.moods.iter().map(|m| (m.label.as_str(), m.count, m.mapped)).collect();
    assert_eq!(labels, [("sleepy", 2, false), ("good", 1, true)]);
    let before = content_hash(journal.conn());
    let err = import.commit(&mut journal, ConflictPolicy::KeepMine, now()).unwrap_err();
    assert_eq!(err.field(), Some("moods"));
    assert!(err.to_string().contains("error-daylio-unmapped-mood count=2 label=\"sleepy\""), "{err}");
    assert_eq!(content_hash(journal.conn()), before);

    let mapping = MoodMapping { moods: [("Sleepy".to_string(), Some(4)), ("good".to_string(), None)].into() };
    let import = parse(&file(rows), &mapping, today()).unwrap();
    assert!(import.preview(&journal).unwrap().moods.iter().all(|m| m.mapped));
    import.commit(&mut journal, ConflictPolicy::KeepMine, now()).unwrap();
    assert_eq!(journal.check_in("2026-11-20").unwrap().unwrap().mood, Some(4));
    assert!(journal.check_in("2026-11-18").unwrap().is_none(), "mood mapped to none and nothing else: skipped");
}

#[test]
fn a_day_with_only_activities_is_skipped_and_said_so() {
    let mapping = MoodMapping { moods: [("meh".to_string(), None)].into() };
    let import = parse(&file("2026-11-20,,,21:00,meh,work,,\n"), &mapping, today()).unwrap();
    assert!(import.days.is_empty());
    assert_eq!(import.skipped[0].line, 2);
    assert_eq!(import.skipped[0].reason, Message::new("error-skipped-only-activities").arg("day", "2026-11-20"));
}

#[test]
fn importing_over_a_day_fills_in_only_what_daylio_has() {
    let mut journal = Journal::open_in_memory().unwrap();
    let mine = CheckInDraft { pain: Some(6), tags: vec!["mine".into()], ..day("2026-11-20", 7) };
    save(&mut journal, mine, at(20, 9));
    let import = parsed("2026-11-20,,,21:30,rad,,,Better evening\n");
    let preview = import.preview(&journal).unwrap();
    assert_eq!(preview.conflicts, 1);
    let summary = Message::new("error-import-summary").arg("days", 1).arg("sessions", 0).arg("conflicts", 1);
    assert_eq!(preview.summary, summary);
    let newer = import.commit(&mut journal, ConflictPolicy::KeepNewer, now()).unwrap();
    assert_eq!(newer.kept_days, 1, "a Daylio row has no change time, so it is never newer");
    import.commit(&mut journal, ConflictPolicy::TakeTheirs, now()).unwrap();
    let day = journal.check_in("2026-11-20").unwrap().unwrap();
    assert_eq!((day.stress, day.pain, day.mood), (Some(7), Some(6), Some(10)));
    assert_eq!((day.tags.as_slice(), day.notes.as_str()), (["mine".to_string()].as_slice(), "Better evening"));
}

#[test]
fn missing_columns_are_refused_and_unknown_ones_reported() {
    let err = error(b"full_date,time,activities,note\n2026-11-20,10:00,,\n");
    assert!(
        err.contains("error-daylio-not-an-export columns=\"full_date, time, activities, note\" missing=\"mood\""),
        "{err}"
    );
    let import = parse(
        b"full_date,time,mood,activities,note,scales\n2026-11-20,10:00,good,,,3\n",
        &MoodMapping::default(),
        today(),
    )
    .unwrap();
    assert_eq!(import.warnings, [Message::new("error-warning-columns-ignored").arg("columns", "scales")]);
}

#[test]
fn bad_dates_name_line_and_column() {
    assert!(error(&file("2026-11-20,,,10:00,good,,,\n2026-02-30,,,10:00,good,,,\n"))
        .starts_with("error-in-context context=(error-context-cell column=\"full_date\" line=\"3\") reason=(error-date-not-in-calendar text=\"2026-02-30\")"));
    assert!(error(&file("2026-11-26,,,10:00,good,,,\n")).contains("error-date-in-future"));
    assert!(error(&file("20/11/2026,,,10:00,good,,,\n")).contains("error-date-form"));
}

#[test]
fn a_truncated_row_is_refused_naming_its_line() {
    let err = error(&file("2026-11-20,,,10:00,good,,,\n2026-11-19,,,10:00,go"));
    assert!(err.starts_with("error-csv-field-count count=5 expected=8 line=\"3\""), "{err}");
}

#[test]
fn a_bom_and_crlf_are_read() {
    let bytes = format!("\u{FEFF}{}", HEADER.replace('\n', "\r\n") + "2026-11-20,,,10:00,good,,,\"a\r\nb\"\r\n");
    let import = parse(bytes.as_bytes(), &MoodMapping::default(), today()).unwrap();
    assert_eq!(import.days[0].values.notes, "a\r\nb");
}

#[test]
fn an_out_of_range_mapping_is_refused() {
    let mapping = MoodMapping { moods: [("good".to_string(), Some(11))].into() };
    assert_eq!(parse(&file("2026-11-20,,,10:00,good,,,\n"), &mapping, today()).unwrap_err().field(), Some("moods"));
}

const OLDER_HEADER: &str = "year,date,weekday,time,mood,activities,note\n";

fn older(rows: &str) -> Result<ParsedImport> {
    parse(format!("{OLDER_HEADER}{rows}").as_bytes(), &MoodMapping::default(), today())
}

#[test]
fn the_older_export_joins_year_and_day_and_reads_12_hour_times_and_line_breaks() {
    // Each trap of the older format: a day written as words in another year than today's, 12-hour
    // times around midnight and noon (newest first, as Daylio lists them), `<br>` in a note.
    let rows = "2018,18 May,Friday,11:54 pm,rad,work | friends,Long day<br>Slept well\n\
                2018,18 May,Friday,12:05 pm,meh,work,Lunch\n\
                2018,18 May,Friday,12:30 am,awful,,Woke up<br/>at night\n\
                2017,31 December,Sunday,9:00 AM,good,,New year's eve\n";
    let import = older(rows).unwrap();
    let days: Vec<String> = import.days.iter().map(|d| d.values.day.to_string()).collect();
    assert_eq!(days, ["2017-12-31", "2018-05-18"]);
    let may = &import.days[1].values;
    assert_eq!(may.mood, Some(5), "the mean of 0, 5 and 10");
    assert_eq!(may.tags, ["work", "friends"]);
    assert_eq!(
        may.notes, "00:30 · awful\nWoke up\nat night\n\n12:05 · meh\nLunch\n\n23:54 · rad\nLong day\nSlept well",
        "entries in the order of the day: 12:30 am is just after midnight, 12:05 pm just after noon"
    );
    assert_eq!(import.days[0].values.notes, "New year's eve");
    assert_eq!(import.format, ImportFormat::Daylio);
}

#[test]
fn the_older_export_accepts_the_month_first_and_short_names() {
    let import = older("2019,Feb 3,Sun,20:15,good,,\n2019,March 4,,8:00 PM,bad,,\n").unwrap();
    let days: Vec<String> = import.days.iter().map(|d| d.values.day.to_string()).collect();
    assert_eq!(days, ["2019-02-03", "2019-03-04"]);
}

#[test]
fn an_older_row_whose_day_cannot_be_read_is_refused_by_line_and_column() {
    let refused = |rows: &str| older(rows).unwrap_err().to_string();
    let err = refused("2018,18 May,Friday,10:00,good,,\n2018,31 April,Monday,10:00,good,,\n");
    assert!(err.starts_with("error-in-context context=(error-context-cell column=\"date\" line=\"3\")"), "{err}");
    let err = refused("18,18 May,Friday,10:00,good,,\n");
    assert!(err.starts_with("error-in-context context=(error-context-cell column=\"year\" line=\"2\")"), "{err}");
    let err = refused("2018,18/05,Friday,10:00,good,,\n");
    assert!(err.starts_with("error-in-context context=(error-context-cell column=\"date\" line=\"2\")"), "{err}");
    // 18 May 2019 was a Saturday: a year that does not fit its weekday is not a guess we make.
    let err = refused("2019,18 May,Friday,10:00,good,,\n");
    assert!(
        err.starts_with("error-in-context context=(error-context-cell column=\"weekday\" line=\"2\")")
            && err.contains("actual=\"saturday\""),
        "{err}"
    );
    let err = refused("2099,18 May,,10:00,good,,\n");
    assert!(
        err.starts_with("error-in-context context=(error-context-cell column=\"year\" line=\"2\")")
            && err.contains("future"),
        "{err}"
    );
    let err = refused(",18 May,Friday,10:00,good,,\n");
    assert!(err.starts_with("error-in-context context=(error-context-cell column=\"year\" line=\"2\")"), "{err}");
}

#[test]
fn a_weekday_in_another_language_does_not_stop_the_import() {
    let import = older("2018,18 May,Freitag,22:00,good,,\n").unwrap();
    assert_eq!(import.days[0].values.day.to_string(), "2018-05-18");
}
