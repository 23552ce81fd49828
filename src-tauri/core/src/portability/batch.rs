//! What an import brings, whatever file it came from, and how it meets the journal: a preview that
//! writes nothing, and a commit that applies everything in one transaction or nothing at all.
//!
//! Each incoming day says which fields its source provided. A JSON export provides every field,
//! so a day it brings replaces the day whole; a CSV or Daylio row provides only some, and only
//! those are written over an existing day — a Daylio mood never erases the stress logged that day.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use rusqlite::{Connection, TransactionBehavior};

use super::daylio::MoodLabel;
use super::merge::{merge, same_day, session_values_of, values_of};
use super::report::summary;
pub use super::report::{
    ConflictPolicy, ImportFormat, ImportPreview, ImportReport, ItemChange, SkippedRow, MAX_LISTED_CONFLICTS,
};
use crate::error::Message;
use crate::model::check_in::{CheckIn, CheckInValues};
use crate::model::massage_session::{MassageSession, MassageSessionValues};
use crate::model::metric::MetricKey;
use crate::model::reminder_settings::ReminderSettings;
use crate::model::settings::Settings;
use crate::store::{check_in, transfer, Journal};
use crate::{Error, Result};

/// The fields of a day that its source provided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fields {
    pub metrics: Vec<MetricKey>,
    pub pain_areas: bool,
    pub tags: bool,
    pub notes: bool,
}

impl Fields {
    pub fn all() -> Self {
        Fields { metrics: MetricKey::ALL.to_vec(), pain_areas: true, tags: true, notes: true }
    }
}

/// Stamps a JSON export carries; rows from other files have none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Stamps {
    pub created_at: String,
    pub updated_at: String,
    pub version: i64,
}

/// One day as the file brings it, validated.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct IncomingDay {
    pub values: CheckInValues,
    pub fields: Fields,
    pub stamps: Option<Stamps>,
}

/// One session as the file brings it, validated.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct IncomingSession {
    pub id: String,
    pub values: MassageSessionValues,
    pub stamps: Stamps,
}

/// A tag the file lists, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct IncomingTag {
    pub id: String,
    pub name: String,
    pub created_at: String,
}

/// The file's settings, validated.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct IncomingSettings {
    pub general: Settings,
    pub reminders: ReminderSettings,
    pub updated_at: Option<String>,
}

/// A file read and validated, ready to be previewed and committed (as often as wanted: nothing
/// is consumed). Obtain one from [`super::json::parse`], [`super::daylio::parse`] or
/// [`super::csv_import::parse`].
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedImport {
    pub(crate) format: ImportFormat,
    pub(crate) days: Vec<IncomingDay>,
    pub(crate) sessions: Vec<IncomingSession>,
    pub(crate) tags: Vec<IncomingTag>,
    pub(crate) settings: Option<IncomingSettings>,
    pub(crate) skipped: Vec<SkippedRow>,
    pub(crate) moods: Vec<MoodLabel>,
    pub(crate) warnings: Vec<Message>,
}

impl ParsedImport {
    pub(crate) fn new(format: ImportFormat) -> Self {
        ParsedImport {
            format,
            days: Vec::new(),
            sessions: Vec::new(),
            tags: Vec::new(),
            settings: None,
            skipped: Vec::new(),
            moods: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// What committing would do to `journal`, without writing anything.
    pub fn preview(&self, journal: &Journal) -> Result<ImportPreview> {
        let plan = Plan::make(journal.conn(), self)?;
        Ok(plan.preview(self))
    }

    /// Applies the import to `journal` in one transaction: either everything is written or, on any
    /// error, nothing. A Daylio import with a mood label that has no mapping is refused. `now` stamps rows the file gives no times for.
    pub fn commit(&self, journal: &mut Journal, policy: ConflictPolicy, now: DateTime<Utc>) -> Result<ImportReport> {
        if let Some(label) = self.moods.iter().find(|m| !m.mapped) {
            return Err(Error::invalid(
                "moods",
                Message::new("error-daylio-unmapped-mood").arg("label", label.label.as_str()).arg("count", label.count),
            ));
        }
        let stamp = now.to_rfc3339_opts(SecondsFormat::Secs, true);
        let tx = journal.conn_mut().transaction_with_behavior(TransactionBehavior::Immediate)?;
        let plan = Plan::make(&tx, self)?;
        let report = plan.apply(&tx, self, policy, &stamp)?;
        tx.commit()?;
        Ok(report)
    }
}

/// How every incoming item relates to the journal.
struct Plan {
    days: Vec<(CheckInValues, Option<CheckIn>, ItemChange)>,
    sessions: Vec<(Option<MassageSession>, ItemChange)>,
    new_tags: Vec<String>,
    settings: Option<(ItemChange, Option<String>)>,
}

impl Plan {
    fn make(conn: &Connection, import: &ParsedImport) -> Result<Plan> {
        let mut mine_days: HashMap<NaiveDate, CheckIn> = HashMap::new();
        let first = import.days.iter().map(|d| d.values.day).min();
        let last = import.days.iter().map(|d| d.values.day).max();
        if let (Some(first), Some(last)) = (first, last) {
            mine_days = check_in::list(conn, first, last)?.into_iter().map(|c| (c.day, c)).collect();
        }
        let days = import
            .days
            .iter()
            .map(|day| {
                let mine = mine_days.remove(&day.values.day);
                let merged = merge(mine.as_ref().map(values_of).as_ref(), day);
                let change = match &mine {
                    None => ItemChange::New,
                    Some(mine) if same_day(&values_of(mine), &merged) => ItemChange::Unchanged,
                    Some(_) => ItemChange::Conflict,
                };
                (merged, mine, change)
            })
            .collect();

        let mut mine_sessions: HashMap<String, MassageSession> = if import.sessions.is_empty() {
            HashMap::new()
        } else {
            transfer::live_sessions(conn)?.into_iter().map(|s| (s.id.clone(), s)).collect()
        };
        let sessions = import
            .sessions
            .iter()
            .map(|session| {
                let mine = mine_sessions.remove(&session.id);
                let change = match &mine {
                    None => ItemChange::New,
                    Some(mine) if session_values_of(mine) == session.values => ItemChange::Unchanged,
                    Some(_) => ItemChange::Conflict,
                };
                (mine, change)
            })
            .collect();

        let mut known: HashSet<String> =
            transfer::live_tags(conn)?.into_iter().map(|t| t.name.to_lowercase()).collect();
        let mut new_tags = Vec::new();
        let names = import.tags.iter().map(|t| &t.name).chain(import.days.iter().flat_map(|d| &d.values.tags));
        for name in names {
            if known.insert(name.to_lowercase()) {
                new_tags.push(name.clone());
            }
        }

        let settings = match &import.settings {
            None => None,
            Some(theirs) => {
                let (general, reminders) = transfer::all_settings(conn)?;
                let mine_updated = transfer::settings_updated_at(conn)?;
                let change = if general == theirs.general && reminders.normalized() == theirs.reminders.normalized() {
                    ItemChange::Unchanged
                } else if mine_updated.is_none() {
                    ItemChange::New
                } else {
                    ItemChange::Conflict
                };
                Some((change, mine_updated))
            }
        };
        Ok(Plan { days, sessions, new_tags, settings })
    }

    fn preview(&self, import: &ParsedImport) -> ImportPreview {
        let count = |changes: &mut dyn Iterator<Item = ItemChange>, wanted: ItemChange| {
            changes.filter(|c| *c == wanted).count() as u32
        };
        let day_changes = || self.days.iter().map(|(_, _, c)| *c);
        let session_changes = || self.sessions.iter().map(|(_, c)| *c);
        let settings = self.settings.as_ref().map(|(c, _)| *c);
        let conflicting_days = count(&mut day_changes(), ItemChange::Conflict);
        let conflicting_sessions = count(&mut session_changes(), ItemChange::Conflict);
        let conflicts = conflicting_days + conflicting_sessions + u32::from(settings == Some(ItemChange::Conflict));
        let conflict_days = self
            .days
            .iter()
            .filter(|(_, _, c)| *c == ItemChange::Conflict)
            .take(MAX_LISTED_CONFLICTS)
            .map(|(v, _, _)| v.day.to_string())
            .collect();
        let days = import.days.len() as u32;
        let sessions = import.sessions.len() as u32;
        ImportPreview {
            format: import.format,
            days,
            sessions,
            first_day: import.days.iter().map(|d| d.values.day).min().map(|d| d.to_string()),
            last_day: import.days.iter().map(|d| d.values.day).max().map(|d| d.to_string()),
            new_days: count(&mut day_changes(), ItemChange::New),
            unchanged_days: count(&mut day_changes(), ItemChange::Unchanged),
            conflicting_days,
            new_sessions: count(&mut session_changes(), ItemChange::New),
            unchanged_sessions: count(&mut session_changes(), ItemChange::Unchanged),
            conflicting_sessions,
            new_tags: self.new_tags.len() as u32,
            settings,
            conflicts,
            conflict_days,
            skipped: import.skipped.clone(),
            moods: import.moods.clone(),
            warnings: import.warnings.clone(),
            summary: summary(days, sessions, conflicts),
        }
    }

    fn apply(
        &self,
        conn: &Connection,
        import: &ParsedImport,
        policy: ConflictPolicy,
        now: &str,
    ) -> Result<ImportReport> {
        let mut report = ImportReport { skipped: import.skipped.len() as u32, ..Default::default() };
        for tag in &import.tags {
            if transfer::ensure_tag(conn, &tag.id, &tag.name, &tag.created_at)? {
                report.added_tags += 1;
            }
        }
        let tags_before = transfer::live_tags(conn)?.len();
        for ((merged, mine, change), incoming) in self.days.iter().zip(&import.days) {
            let theirs_updated = incoming.stamps.as_ref().map(|s| s.updated_at.as_str());
            let take = decide(*change, policy, theirs_updated, mine.as_ref().map(|m| m.updated_at.as_str()));
            tally(
                &mut report.added_days,
                &mut report.replaced_days,
                &mut report.kept_days,
                &mut report.unchanged_days,
                *change,
                take,
            );
            if !take {
                continue;
            }
            let existing = transfer::check_in_row_version(conn, merged.day)?;
            let their_version = incoming.stamps.as_ref().map_or(1, |s| s.version);
            let stamps = transfer::RowStamps {
                created_at: incoming
                    .stamps
                    .as_ref()
                    .map(|s| s.created_at.clone())
                    .or_else(|| mine.as_ref().map(|m| m.created_at.clone()))
                    .unwrap_or_else(|| now.to_string()),
                updated_at: theirs_updated.unwrap_or(now).to_string(),
                version: next_version(existing, their_version),
            };
            transfer::put_check_in(conn, merged, &stamps, now)?;
        }
        report.added_tags += (transfer::live_tags(conn)?.len() - tags_before) as u32;
        for ((mine, change), incoming) in self.sessions.iter().zip(&import.sessions) {
            let mine_updated = mine.as_ref().map(|m| m.updated_at.as_str());
            let take = decide(*change, policy, Some(&incoming.stamps.updated_at), mine_updated);
            tally(
                &mut report.added_sessions,
                &mut report.replaced_sessions,
                &mut report.kept_sessions,
                &mut report.unchanged_sessions,
                *change,
                take,
            );
            if !take {
                continue;
            }
            let existing = transfer::session_row_version(conn, &incoming.id)?;
            let stamps = transfer::RowStamps {
                version: next_version(existing, incoming.stamps.version),
                ..row_stamps(&incoming.stamps)
            };
            transfer::put_session(conn, &incoming.id, &incoming.values, &stamps)?;
        }
        if let (Some(theirs), Some((change, mine_updated))) = (&import.settings, &self.settings) {
            if decide(*change, policy, theirs.updated_at.as_deref(), mine_updated.as_deref()) {
                let stamp = theirs.updated_at.as_deref().unwrap_or(now);
                transfer::put_settings(conn, &theirs.general, &theirs.reminders, stamp)?;
                report.settings_written = true;
            }
        }
        Ok(report)
    }
}

fn row_stamps(stamps: &Stamps) -> transfer::RowStamps {
    transfer::RowStamps {
        created_at: stamps.created_at.clone(),
        updated_at: stamps.updated_at.clone(),
        version: stamps.version,
    }
}

/// The version an imported row gets: the file's own, unless the journal already has (or had) the
/// row, and then one more than the journal's — so an edit based on the journal's old version is
/// refused as stale rather than matching by accident.
fn next_version(existing: Option<(i64, bool)>, theirs: i64) -> i64 {
    match existing {
        None => theirs,
        Some((mine, _)) => theirs.max(mine + 1),
    }
}

fn tally(added: &mut u32, replaced: &mut u32, kept: &mut u32, unchanged: &mut u32, change: ItemChange, take: bool) {
    match (change, take) {
        (ItemChange::New, _) => *added += 1,
        (ItemChange::Unchanged, _) => *unchanged += 1,
        (ItemChange::Conflict, true) => *replaced += 1,
        (ItemChange::Conflict, false) => *kept += 1,
    }
}

/// Whether the incoming item is written.
fn decide(
    change: ItemChange,
    policy: ConflictPolicy,
    theirs_updated: Option<&str>,
    mine_updated: Option<&str>,
) -> bool {
    match change {
        ItemChange::New => true,
        ItemChange::Unchanged => false,
        ItemChange::Conflict => match policy {
            ConflictPolicy::KeepMine => false,
            ConflictPolicy::TakeTheirs => true,
            ConflictPolicy::KeepNewer => {
                let parse = |t: Option<&str>| t.and_then(|t| DateTime::parse_from_rfc3339(t).ok());
                match (parse(theirs_updated), parse(mine_updated)) {
                    (Some(theirs), Some(mine)) => theirs > mine,
                    (Some(_), None) => true,
                    (None, _) => false,
                }
            }
        },
    }
}
