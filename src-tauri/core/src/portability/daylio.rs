//! Daylio's CSV export: today's (`full_date,date,weekday,time,mood,activities,note_title,note`)
//! and the older one (`year,date,weekday,time,mood,activities,note`), whose day is split into a
//! year and a day of the year written as words ("18 May"), with 12-hour times ("11:54 pm").
//!
//! Daylio records moods as labels ("rad" … "awful", or the person's own) and activities, and may
//! hold several entries a day. A check-in needs no particular rating — one value or a note is
//! enough — so each Daylio day becomes a partial check-in: the mood (mapped to the journal's 0–10
//! scale), the activities as tags, and the notes. Stress, sleep and pain stay empty; importing
//! over an existing day fills in only what Daylio has.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::batch::{Fields, ImportFormat, IncomingDay, ParsedImport, SkippedRow};
use super::csv_read::{at_cell, column, csv_error, headers, line_of, reader};
use super::input::decode_text;
use crate::error::Message;
use crate::model::check_in::CheckInDraft;
use crate::model::day::{not_in_future, parse_day};
use crate::model::metric::MetricKey;
use crate::{Error, Result};

/// The columns a Daylio export must have besides its date columns.
pub const REQUIRED_COLUMNS: [&str; 4] = ["time", "mood", "activities", "note"];
/// Columns of a Daylio export that are read when present.
pub const KNOWN_COLUMNS: [&str; 9] =
    ["full_date", "year", "date", "weekday", "time", "mood", "activities", "note_title", "note"];
/// Daylio's five standard moods on the journal's mood scale (0 worst, 10 best).
pub const DEFAULT_MOODS: [(&str, u8); 5] = [("rad", 10), ("good", 8), ("meh", 5), ("bad", 2), ("awful", 0)];
/// How Daylio separates activities.
const ACTIVITY_SEPARATOR: &str = " | ";

/// A mood label found in a Daylio file, how often, and the journal mood (0–10) it maps to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct MoodLabel {
    pub label: String,
    /// Entries with this label.
    pub count: u32,
    /// Whether the label has a mapping (the caller's or a default one).
    pub mapped: bool,
    /// The journal mood it becomes; `None` when unmapped or mapped to "no mood".
    pub mood: Option<u8>,
}

/// The caller's choice of journal mood (0–10) for Daylio labels, matched ignoring case. A label
/// mapped to `null` is imported without a mood. The five standard labels fall back to
/// [`DEFAULT_MOODS`]; any other label must be mapped before the import can be committed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(rename_all = "camelCase")]
pub struct MoodMapping {
    pub moods: BTreeMap<String, Option<u8>>,
}

impl MoodMapping {
    /// The journal mood for `label`: `None` when unmapped, `Some(None)` for "no mood".
    fn get(&self, label: &str) -> Option<Option<u8>> {
        let own = self.moods.iter().find(|(l, _)| l.trim().eq_ignore_ascii_case(label)).map(|(_, m)| *m);
        own.or_else(|| DEFAULT_MOODS.iter().find(|(l, _)| l.eq_ignore_ascii_case(label)).map(|(_, m)| Some(*m)))
    }

    fn validate(&self) -> Result<()> {
        for (label, mood) in &self.moods {
            if mood.is_some_and(|m| m > 10) {
                return Err(Error::invalid(
                    "moods",
                    Message::new("error-daylio-mood-range").arg("label", label.as_str()),
                ));
            }
        }
        Ok(())
    }
}

/// One Daylio entry.
struct Entry {
    line: u64,
    time: Option<NaiveTime>,
    label: String,
    mood: Option<u8>,
    activities: Vec<String>,
    title: String,
    note: String,
}

/// Reads a Daylio CSV export. Every row is checked (dates not in the future, activities as valid
/// tags …); the first problem refuses the file, naming its line and column. Mood labels without
/// a mapping are listed in the preview, and the import cannot be committed until they have one.
pub fn parse(bytes: &[u8], mapping: &MoodMapping, today: NaiveDate) -> Result<ParsedImport> {
    mapping.validate()?;
    let text = decode_text(bytes)?;
    let mut reader = reader(text, b',');
    let headers = headers(text, &mut reader)?;
    let col = |name: &str| column(&headers, name);
    let layout = if col("full_date").is_some() || col("year").is_none() {
        DateColumns::FullDate
    } else {
        DateColumns::YearAndDate
    };
    let required = layout.columns().iter().chain(REQUIRED_COLUMNS.iter());
    if let Some(missing) = required.into_iter().find(|c| col(c).is_none()) {
        return Err(Error::invalid(
            "file",
            Message::new("error-daylio-not-an-export")
                .arg("missing", *missing)
                .arg("columns", headers.iter().take(12).cloned().collect::<Vec<_>>().join(", ")),
        ));
    }
    let mut import = ParsedImport::new(ImportFormat::Daylio);
    let unknown: Vec<&str> = headers
        .iter()
        .map(String::as_str)
        .filter(|h| !KNOWN_COLUMNS.iter().any(|k| k.eq_ignore_ascii_case(h)))
        .collect();
    if !unknown.is_empty() {
        import.warnings.push(Message::new("error-warning-columns-ignored").arg("columns", unknown.join(", ")));
    }
    let cell = |record: &csv::StringRecord, name: &str| col(name).and_then(|i| record.get(i)).unwrap_or("").to_string();

    let mut days: BTreeMap<NaiveDate, Vec<Entry>> = BTreeMap::new();
    let mut labels: Vec<MoodLabel> = Vec::new();
    let mut label_index: HashMap<String, usize> = HashMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(text, e))?;
        let line = line_of(text, &record);
        let day = layout.day(&record, cell).map_err(|(column, e)| at_cell(line, column, e))?;
        not_in_future("fullDate", day, today).map_err(|e| at_cell(line, layout.columns()[0], e))?;
        let label = cell(&record, "mood").trim().to_string();
        let mapped = mapping.get(&label);
        let slot = *label_index.entry(label.to_lowercase()).or_insert_with(|| {
            labels.push(MoodLabel { label: label.clone(), count: 0, mapped: mapped.is_some(), mood: mapped.flatten() });
            labels.len() - 1
        });
        labels[slot].count += 1;
        let activities = cell(&record, "activities")
            .split(ACTIVITY_SEPARATOR)
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(String::from)
            .collect();
        days.entry(day).or_default().push(Entry {
            line,
            time: parse_time(&cell(&record, "time")),
            label,
            mood: mapped.flatten(),
            activities,
            title: clean_note(&cell(&record, "note_title")),
            note: clean_note(&cell(&record, "note")),
        });
    }
    labels.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    import.moods = labels;
    for (day, mut entries) in days {
        // Daylio lists the newest entry first; the day's note reads from morning to evening.
        entries.reverse();
        entries.sort_by_key(|e| e.time);
        if let Some(incoming) = day_of(day, &entries, today, &mut import.skipped)? {
            import.days.push(incoming);
        }
    }
    Ok(import)
}

/// Where a Daylio file keeps the day of an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateColumns {
    /// `full_date`: "2026-11-20".
    FullDate,
    /// The older export: `year` ("2018") and `date` ("18 May"), checked against `weekday`.
    YearAndDate,
}

impl DateColumns {
    /// The columns that hold the day.
    fn columns(self) -> &'static [&'static str] {
        match self {
            DateColumns::FullDate => &["full_date"],
            DateColumns::YearAndDate => &["year", "date"],
        }
    }

    /// The day of `record`, its cells read through `cell`; a failure names the column it is in.
    fn day(
        self,
        record: &csv::StringRecord,
        cell: impl Fn(&csv::StringRecord, &str) -> String,
    ) -> std::result::Result<NaiveDate, (&'static str, Error)> {
        match self {
            DateColumns::FullDate => {
                parse_day("fullDate", cell(record, "full_date").trim()).map_err(|e| ("full_date", e))
            }
            DateColumns::YearAndDate => {
                older_day(&cell(record, "year"), &cell(record, "date"), &cell(record, "weekday"))
            }
        }
    }
}

/// The day of an older Daylio entry: `year` ("2018") and `date` ("18 May" or "May 18", English
/// month names as Daylio writes them). When `weekday` is an English day name it must agree, so a
/// year and day that do not belong together are refused, never imported as a guess.
fn older_day(year: &str, date: &str, weekday: &str) -> std::result::Result<NaiveDate, (&'static str, Error)> {
    let (year, date, weekday) = (year.trim(), date.trim(), weekday.trim());
    let year: i32 = match year.parse() {
        Ok(number) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) && number >= 1900 => number,
        _ => {
            return Err((
                "year",
                Error::invalid("fullDate", Message::new("error-daylio-year").arg("text", shorten(year))),
            ))
        }
    };
    let written = format!("{date} {year}");
    let day = ["%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(&written, f).ok())
        .ok_or_else(|| {
            (
                "date",
                Error::invalid(
                    "fullDate",
                    Message::new("error-daylio-date").arg("text", shorten(date)).arg("year", year.to_string()),
                ),
            )
        })?;
    if let Some(expected) = english_weekday(weekday) {
        if expected != day.weekday() {
            return Err((
                "weekday",
                Error::invalid(
                    "fullDate",
                    Message::new("error-daylio-weekday")
                        .arg("date", date)
                        .arg("year", year.to_string())
                        .arg("actual", day.format("%A").to_string().to_lowercase())
                        .arg("written", weekday),
                ),
            ));
        }
    }
    Ok(day)
}

/// The weekday an English day name ("Friday", "fri") stands for; `None` for anything else (an
/// export in another language is read by its date alone).
fn english_weekday(name: &str) -> Option<chrono::Weekday> {
    let name = name.to_lowercase();
    let days = [
        ("monday", chrono::Weekday::Mon),
        ("tuesday", chrono::Weekday::Tue),
        ("wednesday", chrono::Weekday::Wed),
        ("thursday", chrono::Weekday::Thu),
        ("friday", chrono::Weekday::Fri),
        ("saturday", chrono::Weekday::Sat),
        ("sunday", chrono::Weekday::Sun),
    ];
    days.iter().find(|(full, _)| name.len() >= 3 && full.starts_with(name.as_str())).map(|(_, day)| *day)
}

fn shorten(text: &str) -> String {
    text.chars().take(40).collect()
}

/// Merges one day's entries into a partial check-in; `None` (and a skipped row) when the day has
/// nothing a check-in can hold.
fn day_of(
    day: NaiveDate,
    entries: &[Entry],
    today: NaiveDate,
    skipped: &mut Vec<SkippedRow>,
) -> Result<Option<IncomingDay>> {
    let first_line = entries.iter().map(|e| e.line).min().unwrap_or(0);
    let moods: Vec<f64> = entries.iter().filter_map(|e| e.mood).map(f64::from).collect();
    let mood = (!moods.is_empty()).then(|| (moods.iter().sum::<f64>() / moods.len() as f64).round() as i32);
    let mut tags: Vec<String> = Vec::new();
    for activity in entries.iter().flat_map(|e| &e.activities) {
        if !tags.iter().any(|t| t.to_lowercase() == activity.to_lowercase()) {
            tags.push(activity.clone());
        }
    }
    let notes = if entries.len() == 1 {
        join_nonempty(&[&entries[0].title, &entries[0].note], "\n")
    } else {
        let blocks: Vec<String> = entries
            .iter()
            .map(|e| {
                let time = e.time.map(|t| t.format("%H:%M").to_string()).unwrap_or_default();
                join_nonempty(&[&join_nonempty(&[&time, &e.label], " · "), &e.title, &e.note], "\n")
            })
            .collect();
        blocks.join("\n\n")
    };
    let draft = CheckInDraft { day: day.to_string(), mood, tags, notes, ..Default::default() };
    let has_content = draft.mood.is_some() || !draft.notes.trim().is_empty();
    if !has_content {
        skipped.push(SkippedRow {
            line: first_line,
            reason: Message::new("error-skipped-only-activities").arg("day", day.to_string()),
        });
        return Ok(None);
    }
    let values = draft.validate(today).map_err(|e| {
        super::json::within(
            Message::new("error-context-line-day").arg("line", first_line.to_string()).arg("day", day.to_string()),
            e,
        )
    })?;
    let fields = Fields {
        metrics: if values.mood.is_some() { vec![MetricKey::Mood] } else { Vec::new() },
        pain_areas: false,
        tags: !values.tags.is_empty(),
        notes: !values.notes.trim().is_empty(),
    };
    Ok(Some(IncomingDay { values, fields, stamps: None }))
}

fn join_nonempty(parts: &[&str], separator: &str) -> String {
    parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()).collect::<Vec<_>>().join(separator)
}

/// Daylio writes times as "20:43" or, in some languages, "8:43 PM".
fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    ["%H:%M", "%I:%M %p", "%I:%M%p", "%H:%M:%S"].iter().find_map(|f| NaiveTime::parse_from_str(text, f).ok())
}

/// Daylio marks line breaks in notes with `<br>`.
fn clean_note(text: &str) -> String {
    text.replace("<br/>", "\n").replace("<br />", "\n").replace("<br>", "\n").trim().to_string()
}

#[cfg(test)]
#[path = "daylio_tests.rs"]
mod tests;
