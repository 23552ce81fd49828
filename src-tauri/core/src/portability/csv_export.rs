//! The journal as two CSV files for spreadsheets: one row per day, and one row per massage
//! session. Columns are described in `docs/export-format.md`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::json::ExportOptions;
use crate::insights::index::index_value;
use crate::model::check_in::CheckIn;
use crate::model::day::{journal_day, EARLIEST_DAY};
use crate::model::massage_session::{MassageSession, STARTS_AT_FORMAT};
use crate::store::transfer::{self, LAST_DAY};
use crate::store::{check_in, Journal};
use crate::{Error, Result};

/// The columns of the days CSV, in order.
pub const DAY_COLUMNS: [&str; 15] = [
    "day",
    "stress",
    "sleep_hours",
    "sleep_quality",
    "pain",
    "self_esteem",
    "mood",
    "anxiety",
    "body_awareness",
    "resilience_index",
    "pain_areas",
    "tags",
    "notes",
    "created_at",
    "updated_at",
];

/// The columns of the sessions CSV, in order.
pub const SESSION_COLUMNS: [&str; 20] = [
    "id",
    "starts_at",
    "day",
    "status",
    "kind",
    "kind_other",
    "duration_min",
    "therapist",
    "place",
    "pressure",
    "focus_areas",
    "cost",
    "currency",
    "notes",
    "stress_before",
    "stress_after",
    "pain_before",
    "pain_after",
    "created_at",
    "updated_at",
];

/// What to put in a CSV export.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(rename_all = "camelCase")]
pub struct CsvExportOptions {
    /// First journal day (ISO), or from the start.
    pub from: Option<String>,
    /// Last journal day (ISO), or to the end.
    pub to: Option<String>,
    /// Start with a UTF-8 byte-order mark, which Excel needs to read UTF-8.
    pub bom: bool,
}

impl CsvExportOptions {
    fn days(&self) -> Result<(chrono::NaiveDate, chrono::NaiveDate)> {
        let range = ExportOptions { from: self.from.clone(), to: self.to.clone() }.range()?;
        Ok(range.unwrap_or((EARLIEST_DAY, LAST_DAY)))
    }
}

/// One row per logged day (see [`DAY_COLUMNS`]).
pub fn export_days(journal: &Journal, options: &CsvExportOptions) -> Result<String> {
    let (from, to) = options.days()?;
    let check_ins = check_in::list(journal.conn(), from, to)?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(DAY_COLUMNS).map_err(csv_error)?;
    for c in &check_ins {
        writer.write_record(day_row(c)).map_err(csv_error)?;
    }
    finish(writer, options.bom)
}

/// One row per session starting on the chosen journal days (see [`SESSION_COLUMNS`]).
pub fn export_sessions(journal: &Journal, options: &CsvExportOptions) -> Result<String> {
    let (from, to) = options.days()?;
    let (general, _) = transfer::all_settings(journal.conn())?;
    let boundary = general.day_boundary_time()?;
    let sessions = journal.sessions(&from.to_string(), &to.to_string(), boundary)?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(SESSION_COLUMNS).map_err(csv_error)?;
    for s in &sessions {
        let day = journal_day(s.starts_at, boundary).to_string();
        writer.write_record(session_row(s, &day, &general.currency)).map_err(csv_error)?;
    }
    finish(writer, options.bom)
}

fn day_row(c: &CheckIn) -> Vec<String> {
    let joined = |items: Vec<&str>| items.join("; ");
    vec![
        c.day.to_string(),
        rating(c.stress),
        c.sleep_hours.map(|h| h.to_string()).unwrap_or_default(),
        rating(c.sleep_quality),
        rating(c.pain),
        rating(c.self_esteem),
        rating(c.mood),
        rating(c.anxiety),
        rating(c.body_awareness),
        index_value(c).map(|i| format!("{i:.1}")).unwrap_or_default(),
        joined(c.pain_areas.iter().map(|a| a.as_str()).collect()),
        joined(c.tags.iter().map(String::as_str).collect()),
        c.notes.clone(),
        c.created_at.clone(),
        c.updated_at.clone(),
    ]
}

fn session_row(s: &MassageSession, day: &str, currency: &str) -> Vec<String> {
    vec![
        s.id.clone(),
        s.starts_at.format(STARTS_AT_FORMAT).to_string(),
        day.to_string(),
        s.status.to_string(),
        s.kind.to_string(),
        s.kind_other.clone().unwrap_or_default(),
        s.duration_min.map(|m| m.to_string()).unwrap_or_default(),
        s.therapist.clone(),
        s.place.clone(),
        s.pressure.map(|p| p.to_string()).unwrap_or_default(),
        s.focus_areas.iter().map(|a| a.as_str()).collect::<Vec<_>>().join("; "),
        s.cost_cents.map(|c| format!("{}.{:02}", c / 100, c % 100)).unwrap_or_default(),
        if s.cost_cents.is_some() { currency.to_string() } else { String::new() },
        s.notes.clone(),
        rating(s.stress_before),
        rating(s.stress_after),
        rating(s.pain_before),
        rating(s.pain_after),
        s.created_at.clone(),
        s.updated_at.clone(),
    ]
}

fn rating(value: Option<u8>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn finish(writer: csv::Writer<Vec<u8>>, bom: bool) -> Result<String> {
    let bytes = writer.into_inner().map_err(|err| Error::from(err.into_error()))?;
    let text = String::from_utf8(bytes).map_err(|err| Error::Database(err.to_string()))?;
    Ok(if bom { format!("\u{FEFF}{text}") } else { text })
}

fn csv_error(err: csv::Error) -> Error {
    Error::Database(format!("CSV could not be written: {err}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::body_area::BodyArea;
    use crate::portability::test_support::*;
    use crate::CheckInDraft;

    #[test]
    fn a_day_row_has_numbers_lists_and_quoted_notes() {
        let mut journal = Journal::open_in_memory().unwrap();
        let draft = CheckInDraft {
            sleep_hours: Some(7.25),
            sleep_quality: Some(6),
            pain_areas: vec![BodyArea::LowerBack, BodyArea::Neck],
            tags: vec!["work".into(), "été".into()],
            notes: "Said \"no\", finally.\nSlept well 😌".into(),
            ..day("2026-11-20", 4)
        };
        save(&mut journal, draft, now());
        let csv = export_days(&journal, &CsvExportOptions::default()).unwrap();
        let mut lines = csv.splitn(2, '\n');
        assert_eq!(lines.next().unwrap(), DAY_COLUMNS.join(","));
        assert_eq!(
            lines.next().unwrap(),
            "2026-11-20,4,7.25,6,,,,,,70.0,neck; lower_back,work; été,\"Said \"\"no\"\", finally.\nSlept well 😌\",\
             2026-11-25T20:00:00Z,2026-11-25T20:00:00Z\n"
        );
    }

    #[test]
    fn a_bom_is_written_only_when_asked_and_ranges_apply() {
        let mut journal = Journal::open_in_memory().unwrap();
        save(&mut journal, day("2026-11-01", 3), now());
        save(&mut journal, day("2026-11-20", 3), now());
        let options = CsvExportOptions { from: Some("2026-11-10".into()), to: None, bom: true };
        let csv = export_days(&journal, &options).unwrap();
        assert!(csv.starts_with("\u{FEFF}day,"));
        assert_eq!(csv.lines().count(), 2);
        assert!(!export_days(&journal, &CsvExportOptions::default()).unwrap().starts_with('\u{FEFF}'));
    }

    #[test]
    fn sessions_have_their_journal_day_cost_and_currency() {
        let journal = demo_journal(30);
        let csv = export_sessions(&journal, &CsvExportOptions::default()).unwrap();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), SESSION_COLUMNS);
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert!(rows.len() >= 2);
        let first = &rows[0];
        assert_eq!(&first[2], &first[1][..10]);
        assert_eq!((&first[11], &first[12]), ("65.00", "EUR"));
        assert_eq!(&first[10], "neck; shoulders");
        assert_eq!(rows.last().unwrap()[3].to_string(), "planned");
    }
}
