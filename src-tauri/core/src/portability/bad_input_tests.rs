//! Every kind of bad file, for every importer: a clear message, and the journal unchanged.

use proptest::prelude::*;

use super::batch::ConflictPolicy;
use super::csv_import::{self, CsvMapping, MetricColumn};
use super::daylio::MoodMapping;
use super::input::{decode_text, MAX_IMPORT_BYTES};
use super::json::{self, ExportOptions};
use super::source::{commit_import, preview_import, ImportSource};
use super::test_support::*;
use crate::model::metric::MetricKey;
use crate::Journal;

fn csv_source() -> ImportSource {
    ImportSource::Csv {
        mapping: CsvMapping {
            date_column: "day".into(),
            date_format: None,
            metrics: vec![MetricColumn { column: "stress".into(), metric: MetricKey::Stress }],
            notes_column: Some("notes".into()),
            tags_column: None,
            tag_separator: None,
        },
    }
}

fn daylio_source() -> ImportSource {
    ImportSource::Daylio { moods: MoodMapping::default() }
}

fn all_sources() -> [ImportSource; 3] {
    [ImportSource::Json, daylio_source(), csv_source()]
}

/// Tries preview and commit on a journal with data; both must fail and leave it unchanged.
fn refused(source: &ImportSource, bytes: &[u8]) -> String {
    let (message, _) = refusal(source, bytes);
    message
}

fn refusal(source: &ImportSource, bytes: &[u8]) -> (String, crate::Error) {
    let mut journal = demo_journal(20);
    let before = content_hash(journal.conn());
    let preview = preview_import(&journal, bytes, source, today());
    let commit = commit_import(&mut journal, bytes, source, ConflictPolicy::TakeTheirs, today(), now());
    assert_eq!(content_hash(journal.conn()), before, "{source:?} changed the journal");
    let err = commit.expect_err("the import should be refused");
    // Only an unmapped Daylio mood is left for the commit to refuse: the preview lists it.
    assert!(preview.is_err() || err.field() == Some("moods"), "{source:?}: the preview should fail too");
    (err.to_string(), err)
}

fn valid_json() -> String {
    static TEXT: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| json::export(&demo_journal(5), &ExportOptions::default(), now()).unwrap());
    TEXT.clone()
}

#[test]
fn empty_files_are_refused_by_every_importer() {
    for source in all_sources() {
        assert_eq!(refused(&source, b""), "error-import-empty");
        assert_eq!(refused(&source, b"\xEF\xBB\xBF\r\n"), "error-import-empty");
    }
}

#[test]
fn binary_files_are_refused_by_every_importer() {
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
    for source in all_sources() {
        assert!(refused(&source, png).contains("error-import-binary"));
    }
}

#[test]
fn files_that_are_not_utf8_are_refused_naming_line_and_column() {
    let latin1 = b"day,stress,notes\n2026-11-20,3,Caf\xE9\n";
    assert!(refused(&csv_source(), latin1).contains("error-import-not-utf8 column=\"17\" line=\"2\""));
    let daylio = b"full_date,date,weekday,time,mood,activities,note_title,note\n2026-11-20,,,10:00,good,,,\xE9t\xE9\n";
    assert!(refused(&daylio_source(), daylio).contains("error-import-not-utf8"));
    assert!(refused(&ImportSource::Json, b"{\"format\": \"r\xE9silience\"}").contains("column=\"14\" line=\"1\""));
}

#[test]
fn files_over_50_mb_are_refused_by_size_before_parsing() {
    let mut huge = vec![b' '; usize::try_from(MAX_IMPORT_BYTES).unwrap() + 1];
    huge[0] = b'{';
    for source in all_sources() {
        assert!(refused(&source, &huge).contains("error-import-too-large max=50"));
    }
}

#[test]
fn a_truncated_json_export_is_refused_as_cut_off() {
    let text = valid_json();
    let err = refused(&ImportSource::Json, &text.as_bytes()[..text.len() / 2]);
    assert!(err.starts_with("error-json-cut-off "), "{err}");
}

#[test]
fn malformed_json_names_line_and_column() {
    let err = refused(&ImportSource::Json, b"{\n  \"format\": \"resilience-journal\",\n  \"version\": 1,,\n}");
    assert!(err.starts_with("error-json-syntax column=\"16\"") && err.contains("line=\"3\""), "{err}");
}

#[test]
fn a_newer_json_version_is_refused() {
    let newer = valid_json().replace("\"version\": 1", "\"version\": 7");
    assert!(refused(&ImportSource::Json, newer.as_bytes()).contains("error-import-newer-version"));
}

#[test]
fn json_with_bad_entries_is_refused_naming_the_entry() {
    let text = valid_json();
    let out_of_range = text.replacen("\"stress\": ", "\"stress\": 1", 1);
    assert!(refused(&ImportSource::Json, out_of_range.as_bytes())
        .contains("error-rating label=(error-measure measure=\"stress\")"));
    let future = text.replacen("\"day\": \"2026-11-2", "\"day\": \"2027-11-2", 1);
    assert!(refused(&ImportSource::Json, future.as_bytes()).contains("error-date-in-future"));
    let invalid = text.replacen("\"day\": \"2026-11-2", "\"day\": \"2026-13-2", 1);
    assert!(refused(&ImportSource::Json, invalid.as_bytes()).contains("error-date-not-in-calendar"));
    let first_day = &text[text.find("\"day\": \"").unwrap() + 8..][..10];
    let duplicate = text.replace("\"day\": \"2026-11-25\"", &format!("\"day\": \"{first_day}\""));
    assert!(refused(&ImportSource::Json, duplicate.as_bytes()).contains("error-import-same-day"));
    let missing = text.replacen("\"notes\": ", "\"notez\": ", 1);
    assert!(refused(&ImportSource::Json, missing.as_bytes()).contains("unknown field `notez`"));
}

#[test]
fn csv_problems_are_refused_naming_line_and_column() {
    let source = csv_source();
    assert!(refused(&source, b"day,stress,notes\r\n2026-11-20,3,ok\r\n2026-11-21,3")
        .contains("error-csv-field-count count=2 expected=3 line=\"3\""));
    assert!(refused(&source, b"date,stress,notes\n2026-11-20,3,\n")
        .contains("error-csv-column-missing columns=\"date, stress, notes\" name=\"day\""));
    assert!(refused(&source, b"day,stress,notes\n2026-11-20,-1,\n")
        .starts_with("error-in-context context=(error-context-cell column=\"stress\" line=\"2\")"));
    assert!(refused(&source, b"day,stress,notes\n2099-01-01,3,\n").contains("error-date-in-future"));
    assert!(refused(&source, b"day,stress,notes\n2026-02-29,3,\n").contains("error-date-not-in-calendar"));
    assert!(refused(&source, b"day,stress,notes\n2026-11-20,3,\n2026-11-20,4,\n").contains("error-csv-day-again"));
    assert!(refused(&source, b"day,day,notes\n").contains("error-csv-column-twice name=\"day\""));
}

#[test]
fn daylio_problems_are_refused_naming_line_and_column() {
    let source = daylio_source();
    let header = "full_date,date,weekday,time,mood,activities,note_title,note\n";
    assert!(refused(&source, b"date,mood\n2026-11-20,good\n").contains("error-daylio-not-an-export"));
    assert!(refused(&source, format!("{header}2026-11-31,,,10:00,good,,,\n").as_bytes())
        .starts_with("error-in-context context=(error-context-cell column=\"full_date\" line=\"2\")"));
    assert!(refused(&source, format!("{header}2026-11-20,,,10:00,good,,,x\n2026-11").as_bytes())
        .starts_with("error-csv-field-count count=1 expected=8 line=\"3\""));
    assert!(refused(&source, format!("{header}2026-11-20,,,10:00,ecstatic,,,\n").as_bytes())
        .contains("error-daylio-unmapped-mood count=1 label=\"ecstatic\""));
    let long = "x".repeat(41);
    assert!(refused(&source, format!("{header}2026-11-20,,,10:00,good,{long},,\n").as_bytes())
        .contains("error-text-too-long count=41 label=(error-label-tag name=\"xxxxxxxxxxxxxxxxxxxx\") max=40"));
}

#[test]
fn bom_and_crlf_files_are_accepted_by_every_importer() {
    let json = format!("\u{FEFF}{}", valid_json().replace('\n', "\r\n"));
    let daylio =
        "\u{FEFF}full_date,date,weekday,time,mood,activities,note_title,note\r\n2026-11-20,,,10:00,good,,,\r\n";
    let csv = "\u{FEFF}day,stress,notes\r\n2026-11-20,3,\r\n";
    for (source, text) in [(ImportSource::Json, json.as_str()), (daylio_source(), daylio), (csv_source(), csv)] {
        let mut journal = Journal::open_in_memory().unwrap();
        let report = commit_import(&mut journal, text.as_bytes(), &source, ConflictPolicy::KeepMine, today(), now());
        assert!(report.unwrap().added_days >= 1, "{source:?}");
    }
}

#[test]
fn a_failure_half_way_through_a_commit_writes_nothing() {
    let text = valid_json();
    let mut journal = demo_journal(3);
    journal.conn().execute_batch("DELETE FROM check_in WHERE day = '2026-11-24'").unwrap();
    let before = content_hash(journal.conn());
    // A temporary trigger (outside the hashed schema) makes the last day's write fail.
    journal
        .conn()
        .execute_batch(
            "CREATE TEMP TRIGGER fail_late BEFORE UPDATE ON main.check_in WHEN new.day = '2026-11-25'
             BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;",
        )
        .unwrap();
    let err =
        commit_import(&mut journal, text.as_bytes(), &ImportSource::Json, ConflictPolicy::TakeTheirs, today(), now());
    assert!(err.unwrap_err().to_string().contains("disk trouble"));
    assert_eq!(content_hash(journal.conn()), before);
}

fn no_panic(bytes: &[u8]) {
    let _ = decode_text(bytes);
    let _ = json::parse(bytes, today());
    let _ = super::daylio::parse(bytes, &MoodMapping::default(), today());
    let _ = csv_import::columns(bytes);
    if let ImportSource::Csv { mapping } = csv_source() {
        let _ = csv_import::parse(bytes, &mapping, today());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        no_panic(&bytes);
    }

    #[test]
    fn csv_like_text_never_panics(text in "(day|stress|notes|full_date|mood|time|activities|note|2026-11-[0-3][0-9]|[0-9]{1,3}|rad|,|;|\\||\"|\r|\n| |é){0,80}") {
        no_panic(text.as_bytes());
    }

    #[test]
    fn a_json_export_cut_or_mangled_anywhere_never_panics(cut in 0..3000usize, byte in any::<u8>()) {
        let text = valid_json();
        let mut bytes = text.as_bytes().to_vec();
        let at = cut % bytes.len();
        no_panic(&bytes[..at]);
        bytes[at] = byte;
        no_panic(&bytes);
    }
}
