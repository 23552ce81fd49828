//! Daylio's CSV export.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A mood label found in a Daylio file, how often, and the journal mood (0–10) it maps to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct MoodLabel {
    pub label: String,
    pub count: u32,
    /// `None` when the label is not mapped yet.
    pub mood: Option<u8>,
}
