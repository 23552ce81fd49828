use super::*;
use crate::error::Message;
use crate::portability::batch::ConflictPolicy;
use crate::portability::csv_export::{export_days, CsvExportOptions};
use crate::portability::test_support::*;
use crate::{CheckInDraft, Journal};

fn mapping() -> CsvMapping {
    CsvMapping {
        date_column: "Date".into(),
        date_format: None,
        metrics: vec![
            MetricColumn { column: "Stress".into(), metric: MetricKey::Stress },
            MetricColumn { column: "Sleep".into(), metric: MetricKey::SleepHours },
        ],
        notes_column: Some("Notes".into()),
        tags_column: Some("Tags".into()),
        tag_separator: Some(",".into()),
    }
}

fn error(text: &str) -> String {
    parse(text.as_bytes(), &mapping(), today()).unwrap_err().to_string()
}

#[test]
fn columns_show_the_header_count_and_first_rows() {
    let found = columns(b"Date;Stress;Notes\r\n2026-11-20;4;ok\r\n2026-11-21;5;\r\n").unwrap();
    assert_eq!(found.headers, ["Date", "Stress", "Notes"]);
    assert_eq!((found.rows, found.delimiter.as_str()), (2, ";"));
    assert_eq!(found.sample[0], ["2026-11-20", "4", "ok"]);
}

#[test]
fn mapped_columns_become_a_partial_check_in() {
    let text = "date,Stress,Sleep,Notes,Tags,Other\n2026-11-20 21:30,4,\"7,5\",Walked,\"work, yoga\",x\n";
    let import = parse(text.as_bytes(), &mapping(), today()).unwrap();
    let day = &import.days[0];
    assert_eq!((day.values.stress, day.values.sleep_hours), (Some(4), Some(7.5)));
    assert_eq!(
        (day.values.notes.as_str(), day.values.tags.as_slice()),
        ("Walked", ["work".to_string(), "yoga".to_string()].as_slice())
    );
    assert_eq!(day.fields.metrics, [MetricKey::Stress, MetricKey::SleepHours]);
}

#[test]
fn empty_cells_never_erase_the_journal() {
    let mut journal = Journal::open_in_memory().unwrap();
    save(&mut journal, CheckInDraft { sleep_hours: Some(8.0), notes: "mine".into(), ..day("2026-11-20", 7) }, now());
    let import = parse(b"Date,Stress,Sleep,Notes,Tags\n2026-11-20,3,,,\n", &mapping(), today()).unwrap();
    import.commit(&mut journal, ConflictPolicy::TakeTheirs, now()).unwrap();
    let day = journal.check_in("2026-11-20").unwrap().unwrap();
    assert_eq!((day.stress, day.sleep_hours, day.notes.as_str()), (Some(3), Some(8.0), "mine"));
}

#[test]
fn a_custom_date_format_is_used() {
    let with_format = CsvMapping { date_format: Some("%d.%m.%Y".into()), ..mapping() };
    let import = parse(b"Date,Stress,Sleep,Notes,Tags\n20.11.2026,3,,,\n", &with_format, today()).unwrap();
    assert_eq!(import.days[0].values.day.to_string(), "2026-11-20");
    let err = parse(b"Date,Stress,Sleep,Notes,Tags\n2026-11-20,3,,,\n", &with_format, today()).unwrap_err();
    assert!(err.to_string().starts_with(
        "error-in-context context=(error-context-cell column=\"Date\" line=\"2\") reason=(error-date-not-in-format"
    ));
}

#[test]
fn our_own_days_csv_reads_back_through_a_mapping() {
    let source = demo_journal(20);
    let csv = export_days(&source, &CsvExportOptions { bom: true, ..Default::default() }).unwrap();
    let mapping = CsvMapping {
        date_column: "day".into(),
        date_format: None,
        metrics: MetricKey::ALL.iter().map(|m| MetricColumn { column: m.column().into(), metric: *m }).collect(),
        notes_column: Some("notes".into()),
        tags_column: Some("tags".into()),
        tag_separator: None,
    };
    let mut copy = Journal::open_in_memory().unwrap();
    parse(csv.as_bytes(), &mapping, today()).unwrap().commit(&mut copy, ConflictPolicy::KeepMine, now()).unwrap();
    let strip = |j: &Journal| -> Vec<_> {
        j.check_ins("2026-01-01", "2026-12-31")
            .unwrap()
            .into_iter()
            .map(|c| {
                (
                    c.day,
                    c.stress,
                    c.sleep_hours,
                    c.sleep_quality,
                    c.pain,
                    c.self_esteem,
                    c.mood,
                    c.anxiety,
                    c.tags,
                    c.notes,
                )
            })
            .collect()
    };
    assert_eq!(strip(&copy), strip(&source));
}

#[test]
fn sleep_is_rounded_to_quarter_hours_with_a_warning() {
    let import = parse(b"Date,Stress,Sleep,Notes,Tags\n2026-11-20,,7.3,,\n", &mapping(), today()).unwrap();
    assert_eq!(import.days[0].values.sleep_hours, Some(7.25));
    assert_eq!(import.warnings, [Message::new("error-warning-sleep-rounded").arg("count", 1)]);
}

#[test]
fn out_of_range_and_non_numbers_name_line_and_column() {
    let err = error("Date,Stress,Sleep,Notes,Tags\n2026-11-19,4,,,\n2026-11-20,11,,,\n");
    assert_eq!(
        err,
        "error-in-context context=(error-context-cell column=\"Stress\" line=\"3\") \
         reason=(error-rating label=(error-measure measure=\"stress\") value=\"11\")"
    );
    assert!(error("Date,Stress,Sleep,Notes,Tags\n2026-11-20,high,,,\n")
        .contains("error-context-cell column=\"Stress\" line=\"2\") reason=(error-not-a-number text=\"high\")"));
    assert!(error("Date,Stress,Sleep,Notes,Tags\n2026-11-20,4.5,,,\n").contains("error-csv-rating value=\"4.5\""));
    assert!(error("Date,Stress,Sleep,Notes,Tags\n2026-11-20,,25,,\n")
        .contains("error-context-cell column=\"Sleep\" line=\"2\""));
}

#[test]
fn duplicate_and_future_days_are_refused() {
    let err = error("Date,Stress,Sleep,Notes,Tags\n2026-11-20,4,,,\n2026-11-20,5,,,\n");
    assert_eq!(err, "error-csv-day-again day=\"2026-11-20\" first=\"2\" line=\"3\"");
    assert!(error("Date,Stress,Sleep,Notes,Tags\n2026-12-01,4,,,\n").contains("error-date-in-future"));
    assert!(error("Date,Stress,Sleep,Notes,Tags\n,4,,,\n").contains("error-context-cell column=\"Date\" line=\"2\""));
}

#[test]
fn unknown_mapped_columns_are_refused() {
    let err = error("Day,Stress\n2026-11-20,4\n");
    assert!(err.contains("error-csv-column-missing columns=\"Day, Stress\" name=\"Date\""), "{err}");
    let twice = CsvMapping {
        metrics: vec![
            MetricColumn { column: "Stress".into(), metric: MetricKey::Stress },
            MetricColumn { column: "Sleep".into(), metric: MetricKey::Stress },
        ],
        ..mapping()
    };
    assert_eq!(parse(b"Date,Stress,Sleep,Notes,Tags\n", &twice, today()).unwrap_err().field(), Some("mapping"));
}

#[test]
fn a_row_without_values_is_skipped() {
    let import = parse(b"Date,Stress,Sleep,Notes,Tags\n2026-11-20,,,,walk\n", &mapping(), today()).unwrap();
    assert!(import.days.is_empty());
    assert_eq!(import.skipped[0].line, 2);
}

#[test]
fn dates_without_a_year_are_refused_by_line_never_guessed() {
    // Daylio's older export read through a column mapping: "18 May" has no year in its cell, so
    // no format can read it; the file is refused at its first row instead of guessing a year.
    let file = b"year,date,weekday,time,mood,activities,note\n2018,18 May,Friday,11:54 pm,rad,,\n";
    let mapping = |format: Option<&str>| CsvMapping {
        date_column: "date".into(),
        date_format: format.map(String::from),
        metrics: Vec::new(),
        notes_column: Some("note".into()),
        tags_column: None,
        tag_separator: None,
    };
    for format in [None, Some("%d %B"), Some("%d %b"), Some("%d %B %Y")] {
        let err = parse(file, &mapping(format), today()).unwrap_err().to_string();
        assert!(
            err.starts_with(
                "error-in-context context=(error-context-cell column=\"date\" line=\"2\") reason=(error-date-"
            ),
            "{format:?}: {err}"
        );
    }
}
