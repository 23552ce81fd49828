//! One entry point for every kind of import file, so that the app needs one command for each step.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::batch::{ConflictPolicy, ImportPreview, ImportReport, ParsedImport};
use super::csv_import::{self, CsvMapping};
use super::daylio::{self, MoodMapping};
use super::json;
use crate::store::Journal;
use crate::Result;

/// What kind of file is being imported, with the choices that kind needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum ImportSource {
    /// A Resilience Journal JSON export.
    Json,
    /// A Daylio CSV export, with the mapping of mood labels chosen so far.
    Daylio { moods: MoodMapping },
    /// Any CSV with one row per day, with its column mapping.
    Csv { mapping: CsvMapping },
}

impl ImportSource {
    /// Reads and validates `bytes` as this kind of file; `today` is the current journal day.
    pub fn parse(&self, bytes: &[u8], today: NaiveDate) -> Result<ParsedImport> {
        match self {
            ImportSource::Json => json::parse(bytes, today),
            ImportSource::Daylio { moods } => daylio::parse(bytes, moods, today),
            ImportSource::Csv { mapping } => csv_import::parse(bytes, mapping, today),
        }
    }
}

/// Reads `bytes` as `source` and tells what importing it would change, writing nothing.
pub fn preview_import(
    journal: &Journal,
    bytes: &[u8],
    source: &ImportSource,
    today: NaiveDate,
) -> Result<ImportPreview> {
    source.parse(bytes, today)?.preview(journal)
}

/// Reads `bytes` as `source` and imports it in one transaction (see [`ParsedImport::commit`]).
pub fn commit_import(
    journal: &mut Journal,
    bytes: &[u8],
    source: &ImportSource,
    policy: ConflictPolicy,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<ImportReport> {
    source.parse(bytes, today)?.commit(journal, policy, now)
}
