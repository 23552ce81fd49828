//! What an import preview and a committed import tell the person, and the conflict policy.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::daylio::MoodLabel;
use crate::error::Message;
use crate::model::text_enum::text_enum;

/// At most this many conflicting days are named in a preview (the counts are always complete).
pub const MAX_LISTED_CONFLICTS: usize = 200;

text_enum! {
    /// What to do where the file and the journal disagree about the same day, session or settings.
    pub enum ConflictPolicy {
        /// Keep what the journal has.
        KeepMine = "keep_mine",
        /// Take what the file has.
        TakeTheirs = "take_theirs",
        /// Take the file's version only when it was changed later than the journal's. A row from
        /// a CSV or Daylio file has no change time, so it never counts as newer.
        KeepNewer = "keep_newer",
    }
}

text_enum! {
    /// The kind of file an import reads.
    pub enum ImportFormat {
        Json = "json",
        Csv = "csv",
        Daylio = "daylio",
    }
}

text_enum! {
    /// How one incoming item relates to the journal.
    pub enum ItemChange {
        /// The journal has nothing there yet (or only a deleted entry).
        New = "new",
        /// The journal already holds exactly this.
        Unchanged = "unchanged",
        /// The journal holds something different: the conflict policy decides.
        Conflict = "conflict",
    }
}

/// A row of the file that will not be imported, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct SkippedRow {
    /// The 1-based line in the file.
    #[ts(type = "number")]
    pub line: u64,
    pub reason: Message,
}

/// What an import would do, computed without writing anything.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ImportPreview {
    pub format: ImportFormat,
    /// Days in the file.
    pub days: u32,
    /// Sessions in the file.
    pub sessions: u32,
    /// The first and last day in the file (ISO), if any.
    pub first_day: Option<String>,
    pub last_day: Option<String>,
    pub new_days: u32,
    pub unchanged_days: u32,
    pub conflicting_days: u32,
    pub new_sessions: u32,
    pub unchanged_sessions: u32,
    pub conflicting_sessions: u32,
    /// Tag names the journal does not have yet.
    pub new_tags: u32,
    /// How the file's settings relate to the journal's (`None` when the file has no settings).
    pub settings: Option<ItemChange>,
    /// Conflicting days, sessions and settings together.
    pub conflicts: u32,
    /// The conflicting days (ISO), at most [`MAX_LISTED_CONFLICTS`].
    pub conflict_days: Vec<String>,
    /// Rows that will be left out, with the reason.
    pub skipped: Vec<SkippedRow>,
    /// Daylio only: every mood label found, with how it maps to the journal's mood.
    pub moods: Vec<MoodLabel>,
    /// Things worth knowing that do not stop the import.
    pub warnings: Vec<Message>,
    /// One line for people, e.g. "312 days, 24 sessions, 18 conflicts".
    pub summary: Message,
}

/// What a committed import did.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ImportReport {
    pub added_days: u32,
    /// Conflicting days where the file's values were taken.
    pub replaced_days: u32,
    /// Conflicting days where the journal's values were kept.
    pub kept_days: u32,
    pub unchanged_days: u32,
    pub added_sessions: u32,
    pub replaced_sessions: u32,
    pub kept_sessions: u32,
    pub unchanged_sessions: u32,
    pub added_tags: u32,
    /// The file's settings were written.
    pub settings_written: bool,
    /// Rows of the file left out (see the preview for why).
    pub skipped: u32,
}

/// "312 days, 24 sessions, 18 conflicts".
pub(crate) fn summary(days: u32, sessions: u32, conflicts: u32) -> Message {
    Message::new("error-import-summary").arg("days", days).arg("sessions", sessions).arg("conflicts", conflicts)
}
