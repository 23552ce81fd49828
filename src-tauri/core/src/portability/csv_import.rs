//! Any CSV with one row per day, read through a column mapping the person chooses: which column
//! holds the date (and in which format), which hold the journal's measures, the notes and the
//! tags. An empty cell means "no value here", never "erase what the journal has".

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::batch::{Fields, ImportFormat, IncomingDay, ParsedImport, SkippedRow};
use super::csv_read::{at_cell, column, csv_error, detect_delimiter, headers, line_of, reader};
use super::input::decode_text;
use crate::error::Message;
use crate::model::check_in::CheckInDraft;
use crate::model::day::{not_in_future, parse_day, EARLIEST_DAY};
use crate::model::metric::MetricKey;
use crate::{Error, Result};

/// Rows shown in [`CsvColumns::sample`].
pub const SAMPLE_ROWS: usize = 5;

/// Which columns of the file become what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(rename_all = "camelCase")]
pub struct CsvMapping {
    /// The column with each row's day (names match ignoring case).
    pub date_column: String,
    /// How the day is written, in strftime form (`%d.%m.%Y`); `None` for ISO `YYYY-MM-DD`, which
    /// may be followed by a time (`2026-11-20 21:30`, `2026-11-20T21:30:00`).
    pub date_format: Option<String>,
    /// Columns holding the journal's measures.
    pub metrics: Vec<MetricColumn>,
    pub notes_column: Option<String>,
    pub tags_column: Option<String>,
    /// What separates tags within the tags cell; `;` when `None`.
    pub tag_separator: Option<String>,
}

/// One column holding one measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(rename_all = "camelCase")]
pub struct MetricColumn {
    pub column: String,
    pub metric: MetricKey,
}

/// What a CSV file holds, so that the person can choose a mapping.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct CsvColumns {
    pub headers: Vec<String>,
    /// Rows after the header.
    pub rows: u32,
    /// The first rows, as text.
    pub sample: Vec<Vec<String>>,
    /// The separator found: `,`, `;` or a tab.
    pub delimiter: String,
}

/// The header, row count and first rows of a CSV file (comma, semicolon or tab separated).
pub fn columns(bytes: &[u8]) -> Result<CsvColumns> {
    let text = decode_text(bytes)?;
    let delimiter = detect_delimiter(text);
    let mut reader = reader(text, delimiter);
    let headers = headers(text, &mut reader)?;
    let (mut rows, mut sample) = (0u32, Vec::new());
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(text, e))?;
        if sample.len() < SAMPLE_ROWS {
            sample.push(record.iter().map(String::from).collect());
        }
        rows += 1;
    }
    Ok(CsvColumns { headers, rows, sample, delimiter: char::from(delimiter).to_string() })
}

/// Where each mapped column is.
struct Layout {
    date: usize,
    metrics: Vec<(usize, MetricKey)>,
    notes: Option<usize>,
    tags: Option<usize>,
}

impl Layout {
    fn new(headers: &[String], mapping: &CsvMapping) -> Result<Layout> {
        let find = |name: &str| {
            column(headers, name).ok_or_else(|| {
                Error::invalid(
                    "mapping",
                    Message::new("error-csv-column-missing")
                        .arg("name", name)
                        .arg("columns", headers.iter().take(20).cloned().collect::<Vec<_>>().join(", ")),
                )
            })
        };
        let date = find(&mapping.date_column)?;
        let mut metrics: Vec<(usize, MetricKey)> = Vec::new();
        for m in &mapping.metrics {
            if metrics.iter().any(|(_, metric)| *metric == m.metric) {
                return Err(Error::invalid(
                    "mapping",
                    Message::new("error-csv-measure-twice")
                        .arg("label", Message::new("error-measure").arg("measure", m.metric.as_str())),
                ));
            }
            metrics.push((find(&m.column)?, m.metric));
        }
        Ok(Layout {
            date,
            metrics,
            notes: mapping.notes_column.as_deref().map(find).transpose()?,
            tags: mapping.tags_column.as_deref().map(find).transpose()?,
        })
    }
}

/// Reads a CSV file through `mapping`. Every row is validated as if typed in; the first problem
/// refuses the file, naming its line and column. A day that appears twice is refused too. Rows
/// with a day but no value are skipped and listed.
pub fn parse(bytes: &[u8], mapping: &CsvMapping, today: NaiveDate) -> Result<ParsedImport> {
    let text = decode_text(bytes)?;
    let mut reader = reader(text, detect_delimiter(text));
    let headers = headers(text, &mut reader)?;
    let layout = Layout::new(&headers, mapping)?;
    let separator = mapping.tag_separator.as_deref().filter(|s| !s.is_empty()).unwrap_or(";");
    let mut import = ParsedImport::new(ImportFormat::Csv);
    let mut seen: HashMap<NaiveDate, u64> = HashMap::new();
    let mut rounded = 0;
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(text, e))?;
        let line = line_of(text, &record);
        let cell = |i: usize| record.get(i).unwrap_or("").trim();
        let date_name = &headers[layout.date];
        let day = read_day(cell(layout.date), mapping.date_format.as_deref())
            .and_then(|day| not_in_future("day", day, today).map(|()| day))
            .map_err(|e| at_cell(line, date_name, e))?;
        if let Some(first) = seen.insert(day, line) {
            return Err(Error::invalid(
                "day",
                Message::new("error-csv-day-again")
                    .arg("line", line.to_string())
                    .arg("day", day.to_string())
                    .arg("first", first.to_string()),
            ));
        }
        let mut draft = CheckInDraft { day: day.to_string(), ..Default::default() };
        let mut fields = Fields { metrics: Vec::new(), pain_areas: false, tags: false, notes: false };
        for (i, metric) in &layout.metrics {
            let text = cell(*i);
            if text.is_empty() {
                continue;
            }
            if set_metric(&mut draft, *metric, text).map_err(|e| at_cell(line, &headers[*i], e))? {
                rounded += 1;
            }
            fields.metrics.push(*metric);
        }
        if let Some(i) = layout.notes {
            let notes = record.get(i).unwrap_or("");
            fields.notes = !notes.trim().is_empty();
            if fields.notes {
                draft.notes = notes.to_string();
            }
        }
        if let Some(i) = layout.tags {
            draft.tags = cell(i).split(separator).map(str::trim).filter(|t| !t.is_empty()).map(String::from).collect();
            fields.tags = !draft.tags.is_empty();
        }
        if fields.metrics.is_empty() && !fields.notes {
            import
                .skipped
                .push(SkippedRow { line, reason: Message::new("error-skipped-no-value").arg("day", day.to_string()) });
            continue;
        }
        let values = draft.validate(today).map_err(|e| {
            let name = match e.field() {
                Some("notes") => layout.notes.map(|i| headers[i].clone()),
                Some("tags") => layout.tags.map(|i| headers[i].clone()),
                Some(field) => {
                    layout.metrics.iter().find(|(_, m)| m.as_str() == field).map(|(i, _)| headers[*i].clone())
                }
                None => None,
            };
            at_cell(line, &name.unwrap_or_else(|| date_name.clone()), e)
        })?;
        import.days.push(IncomingDay { values, fields, stamps: None });
    }
    if rounded > 0 {
        import.warnings.push(Message::new("error-warning-sleep-rounded").arg("count", rounded));
    }
    Ok(import)
}

fn read_day(text: &str, format: Option<&str>) -> Result<NaiveDate> {
    match format {
        None => {
            let iso = match text.get(10..11) {
                Some(" " | "T") => &text[..10],
                _ => text,
            };
            parse_day("day", iso)
        }
        Some(format) => {
            let day = NaiveDate::parse_from_str(text, format).map_err(|_| {
                let shown: String = text.chars().take(40).collect();
                Error::invalid("day", Message::new("error-date-not-in-format").arg("text", shown).arg("format", format))
            })?;
            if day < EARLIEST_DAY {
                return Err(Error::invalid("day", Message::new("error-date-too-early").arg("day", day.to_string())));
            }
            Ok(day)
        }
    }
}

/// Sets `metric` from a cell: whole numbers for ratings, and hours (a dot or a comma as decimal
/// mark) for sleep, rounded to quarter hours. The draft's validation then checks the ranges.
/// Returns whether the value was rounded.
fn set_metric(draft: &mut CheckInDraft, metric: MetricKey, text: &str) -> Result<bool> {
    let not_a_number = || {
        Error::invalid(
            metric.as_str(),
            Message::new("error-not-a-number").arg("text", text.chars().take(20).collect::<String>()),
        )
    };
    let number: f64 = text.replace(',', ".").parse().map_err(|_| not_a_number())?;
    if !number.is_finite() {
        return Err(not_a_number());
    }
    if metric == MetricKey::SleepHours {
        // Other apps count sleep in minutes or tenths; the journal counts quarter hours.
        let quarters = (number * 4.0).round() / 4.0;
        draft.sleep_hours = Some(quarters);
        return Ok(quarters != number);
    }
    if number.fract() != 0.0 || number.abs() > 1e6 {
        return Err(Error::invalid(metric.as_str(), Message::new("error-csv-rating").arg("value", text)));
    }
    let value = Some(number as i32);
    match metric {
        MetricKey::Stress => draft.stress = value,
        MetricKey::SleepQuality => draft.sleep_quality = value,
        MetricKey::Pain => draft.pain = value,
        MetricKey::SelfEsteem => draft.self_esteem = value,
        MetricKey::Mood => draft.mood = value,
        MetricKey::Anxiety => draft.anxiety = value,
        MetricKey::BodyAwareness => draft.body_awareness = value,
        MetricKey::SleepHours => {}
    }
    Ok(false)
}

#[cfg(test)]
#[path = "csv_import_tests.rs"]
mod tests;
