//! The replicated document: recording local changes of check-ins, sessions and settings, and
//! exchanging updates with other computers. Reading its state back is [`SyncDoc::state`].

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use loro::{ExportMode, Index, LoroDoc, LoroMap, LoroValue, VersionVector, ID};

use super::read;
use crate::model::body_area::BodyArea;
use crate::model::check_in::CheckIn;
use crate::model::massage_session::{MassageSession, STARTS_AT_FORMAT};

/// The root map of days.
pub const DAYS: &str = "days";
/// The root map of sessions.
pub const SESSIONS: &str = "sessions";
/// The root map of the stored settings (key → `{ value, at }` as JSON text).
pub const SETTINGS: &str = "settings";
/// The root map of the computers that sync the journal.
pub const COMPUTERS: &str = "computers";

/// What went wrong with the document itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocError {
    /// An update could not be decoded (damaged, or from an incompatible version); nothing of it
    /// was applied.
    #[error("the update could not be read: {0}")]
    Undecodable(String),
    /// The document refused a change or an export.
    #[error("the sync document refused the change: {0}")]
    Refused(String),
}

fn refused(err: impl std::fmt::Display) -> DocError {
    DocError::Refused(err.to_string())
}

/// One journal's replicated state on this computer.
pub struct SyncDoc {
    doc: LoroDoc,
}

impl std::fmt::Debug for SyncDoc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncDoc").field("peer", &self.doc.peer_id()).finish_non_exhaustive()
    }
}

/// A day as the document holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct DocDay {
    /// The entry's values and stamps (`version` 0: versions are each journal's own). An entry
    /// that was deleted before it was ever recorded has no values and empty stamps.
    pub check_in: CheckIn,
    /// When the day was deleted, if it is deleted now.
    pub deleted_at: Option<String>,
}

/// A session as the document holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct DocSession {
    /// The session's values and stamps (`version` 0).
    pub session: MassageSession,
    /// When the session was deleted, if it is deleted now.
    pub deleted_at: Option<String>,
}

/// Everything the document says about the journal's entries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocState {
    pub days: BTreeMap<NaiveDate, DocDay>,
    pub sessions: BTreeMap<String, DocSession>,
    /// Stored settings: key → (JSON text, when it changed). The journal reads them as it reads
    /// its own rows: a value it cannot read keeps its default.
    pub settings: BTreeMap<String, (String, String)>,
}

impl SyncDoc {
    /// An empty document written as the peer `peer` (this computer's id in the journal).
    pub fn new(peer: u64) -> Result<Self, DocError> {
        let doc = LoroDoc::new();
        doc.set_peer_id(peer).map_err(refused)?;
        Ok(SyncDoc { doc })
    }

    /// The Loro document underneath.
    pub fn loro(&self) -> &LoroDoc {
        &self.doc
    }

    /// What this document has seen of every peer.
    pub fn version(&self) -> VersionVector {
        self.doc.oplog_vv()
    }

    /// The changes this document has that a peer at `since` lacks.
    pub fn export_since(&self, since: &VersionVector) -> Result<Vec<u8>, DocError> {
        self.doc.export(ExportMode::updates(since)).map_err(refused)
    }

    /// Imports an update from any peer, in any order, any number of times. Changes whose
    /// predecessors have not arrived wait inside the document until they do.
    pub fn import(&self, bytes: &[u8]) -> Result<(), DocError> {
        self.import_complete(bytes).map(drop)
    }

    /// Like [`SyncDoc::import`]; returns whether every change of the update is in the document
    /// now (`false`: some wait for changes of other updates that have not arrived yet).
    pub fn import_complete(&self, bytes: &[u8]) -> Result<bool, DocError> {
        let status = self.doc.import(bytes).map_err(|e| DocError::Undecodable(e.to_string()))?;
        Ok(status.pending.is_none())
    }

    /// This computer's own changes from `from` up to (not including) `to`, as an update.
    pub fn export_own(&self, from: i32, to: i32) -> Result<Vec<u8>, DocError> {
        let span = loro::IdSpan::new(self.doc.peer_id(), from, to);
        self.doc.export(ExportMode::updates_in_range(vec![span])).map_err(refused)
    }

    /// The counter this computer's next change will have (its changes so far are below it).
    pub fn own_end(&self) -> i32 {
        self.version().get(&self.doc.peer_id()).copied().unwrap_or(0)
    }

    /// The whole document with its history, to store in one piece.
    pub fn snapshot(&self) -> Result<Vec<u8>, DocError> {
        self.doc.export(ExportMode::Snapshot).map_err(refused)
    }

    /// Records this computer's name and when it last wrote to the sync folder (RFC 3339), for the
    /// list of computers every computer shows.
    pub fn record_computer(&self, name: &str, last_seen: Option<&str>) -> Result<(), DocError> {
        let entry = self.entry(COMPUTERS, &format!("{:016x}", self.doc.peer_id()))?;
        set(&entry, "name", Some(name))?;
        if let Some(last_seen) = last_seen {
            set(&entry, "last_seen", Some(last_seen))?;
        }
        self.doc.commit();
        Ok(())
    }

    /// The computers the document knows: peer id (16 hex digits) → (name, last seen).
    pub fn computers(&self) -> BTreeMap<String, (String, Option<String>)> {
        read::computers(&self.doc.get_map(COMPUTERS).get_deep_value())
    }

    /// Records a saved check-in: every field that differs from the document's, and the day as
    /// not deleted.
    pub fn record_check_in(&self, check_in: &CheckIn) -> Result<(), DocError> {
        self.record_check_in_as(check_in, None)
    }

    /// Records a check-in row as it is: its fields, and deleted at `deleted_at` or not deleted.
    pub fn record_check_in_as(&self, check_in: &CheckIn, deleted_at: Option<&str>) -> Result<(), DocError> {
        let day = self.entry(DAYS, &check_in.day.to_string())?;
        let c = check_in;
        let measures = [
            ("stress", c.stress),
            ("sleep_quality", c.sleep_quality),
            ("pain", c.pain),
            ("self_esteem", c.self_esteem),
            ("mood", c.mood),
            ("anxiety", c.anxiety),
            ("body_awareness", c.body_awareness),
        ];
        for (field, value) in measures {
            set(&day, field, value.map(i64::from))?;
        }
        set(&day, "sleep_hours", c.sleep_hours)?;
        set_text(&day, "notes", &c.notes)?;
        set_names(&day, "tags", c.tags.iter().map(String::as_str))?;
        set_names(&day, "pain_areas", c.pain_areas.iter().map(|a| a.as_str()))?;
        set_stamps(&day, &c.created_at, &c.updated_at, deleted_at)?;
        self.doc.commit();
        Ok(())
    }

    /// Records that the check-in of `day` was deleted at `deleted_at` (RFC 3339).
    pub fn record_check_in_deleted(&self, day: NaiveDate, deleted_at: &str) -> Result<(), DocError> {
        self.entry(DAYS, &day.to_string())?.insert("deleted_at", deleted_at).map_err(refused)?;
        self.doc.commit();
        Ok(())
    }

    /// Records a saved session: every field that differs from the document's, and the session
    /// as not deleted.
    pub fn record_session(&self, session: &MassageSession) -> Result<(), DocError> {
        self.record_session_as(session, None)
    }

    /// Records a session row as it is: its fields, and deleted at `deleted_at` or not deleted.
    pub fn record_session_as(&self, session: &MassageSession, deleted_at: Option<&str>) -> Result<(), DocError> {
        let entry = self.entry(SESSIONS, &session.id)?;
        let s = session;
        set(&entry, "starts_at", Some(s.starts_at.format(STARTS_AT_FORMAT).to_string()))?;
        set(&entry, "status", Some(s.status.as_str()))?;
        set(&entry, "kind", Some(s.kind.as_str()))?;
        set(&entry, "kind_other", s.kind_other.as_deref())?;
        set(&entry, "duration_min", s.duration_min.map(i64::from))?;
        set(&entry, "therapist", Some(s.therapist.as_str()))?;
        set(&entry, "place", Some(s.place.as_str()))?;
        set(&entry, "pressure", s.pressure.map(|p| p.as_str()))?;
        set(&entry, "cost_cents", s.cost_cents)?;
        let ratings = [
            ("stress_before", s.stress_before),
            ("stress_after", s.stress_after),
            ("pain_before", s.pain_before),
            ("pain_after", s.pain_after),
        ];
        for (field, value) in ratings {
            set(&entry, field, value.map(i64::from))?;
        }
        set_text(&entry, "notes", &s.notes)?;
        set_names(&entry, "focus_areas", s.focus_areas.iter().map(|a: &BodyArea| a.as_str()))?;
        set_stamps(&entry, &s.created_at, &s.updated_at, deleted_at)?;
        self.doc.commit();
        Ok(())
    }

    /// Records that the session `id` was deleted at `deleted_at` (RFC 3339).
    pub fn record_session_deleted(&self, id: &str, deleted_at: &str) -> Result<(), DocError> {
        self.entry(SESSIONS, id)?.insert("deleted_at", deleted_at).map_err(refused)?;
        self.doc.commit();
        Ok(())
    }

    /// Records one stored setting: its key, its JSON text as the journal keeps it (the general
    /// settings one key per field, the reminder settings under one key) and when it changed. The
    /// value written last wins, key by key.
    pub fn record_setting(&self, key: &str, json: &str, updated_at: &str) -> Result<(), DocError> {
        let value: serde_json::Value = serde_json::from_str(json).map_err(refused)?;
        if self.state_setting(key).is_some_and(|(stored, _)| super::apply::same_json(&stored, json)) {
            return Ok(());
        }
        let entry = serde_json::json!({ "value": value, "at": updated_at }).to_string();
        set(&self.doc.get_map(SETTINGS), key, Some(entry))?;
        self.doc.commit();
        Ok(())
    }

    /// Whether the document holds a value of the setting `key`.
    pub fn state_has_setting(&self, key: &str) -> bool {
        self.state_setting(key).is_some()
    }

    /// The setting `key` the document holds: its JSON text and when it changed.
    fn state_setting(&self, key: &str) -> Option<(String, String)> {
        let value = self.doc.get_map(SETTINGS).get(key)?.into_value().ok()?;
        read::setting(&value)
    }

    /// The days, sessions and settings the document holds.
    pub fn state(&self) -> DocState {
        DocState {
            days: read::days(&self.doc.get_map(DAYS).get_deep_value()),
            sessions: read::sessions(&self.doc.get_map(SESSIONS).get_deep_value()),
            settings: read::settings(&self.doc.get_map(SETTINGS).get_deep_value()),
        }
    }

    /// The days and sessions changed since the document was at `since`, and every setting (by this computer or by
    /// imported updates), as [`SyncDoc::state`] reads them: what applying an import needs to
    /// write, without reading every entry of the document.
    pub fn state_changed_since(&self, since: &VersionVector) -> DocState {
        let mut keys: [BTreeSet<String>; 2] = Default::default();
        for (peer, end) in self.version().iter() {
            let start = since.get(peer).copied().unwrap_or(0);
            if *end <= start {
                continue;
            }
            for container in self.doc.get_changed_containers_in(ID::new(*peer, start), (*end - start) as usize) {
                let Some(path) = self.doc.get_path_to_container(&container) else { continue };
                // The path starts at the root map: (days or sessions, its name), (the entry, its key) …
                let (Some((_, Index::Key(root))), Some((_, Index::Key(key)))) = (path.first(), path.get(1)) else {
                    continue;
                };
                match root.as_str() {
                    DAYS => keys[0].insert(key.to_string()),
                    SESSIONS => keys[1].insert(key.to_string()),
                    _ => continue,
                };
            }
        }
        let [days, sessions] = keys;
        DocState {
            days: read::days(&self.entries_of(DAYS, &days)),
            sessions: read::sessions(&self.entries_of(SESSIONS, &sessions)),
            // A handful of keys: read whole, applying compares each with SQLite.
            settings: read::settings(&self.doc.get_map(SETTINGS).get_deep_value()),
        }
    }

    /// The entries `keys` of the root map `root`, as its deep value would hold them.
    fn entries_of(&self, root: &str, keys: &BTreeSet<String>) -> LoroValue {
        let map = self.doc.get_map(root);
        let entries: HashMap<String, LoroValue> =
            keys.iter().filter_map(|key| Some((key.clone(), map.get(key)?.get_deep_value()))).collect();
        LoroValue::from(entries)
    }

    /// The map of `key` in the root map `root`, the same container on every computer.
    fn entry(&self, root: &str, key: &str) -> Result<LoroMap, DocError> {
        self.doc.get_map(root).ensure_mergeable_map(key).map_err(refused)
    }
}

/// Sets a plain field; writing the value it already has records nothing, and neither does
/// emptying a field never written (so two computers filling different fields of a new day do not
/// empty each other's).
fn set<V: Into<LoroValue>>(map: &LoroMap, field: &str, value: Option<V>) -> Result<(), DocError> {
    match value {
        Some(value) => map.insert(field, value.into()).map_err(refused),
        None if map.get(field).is_none() => Ok(()),
        None => map.insert(field, LoroValue::Null).map_err(refused),
    }
}

/// Makes the text `field` read `text`, recording only the characters that changed.
fn set_text(map: &LoroMap, field: &str, text: &str) -> Result<(), DocError> {
    let stored = map.ensure_mergeable_text(field).map_err(refused)?;
    if stored.to_string() != text {
        stored.update(text, Default::default()).map_err(refused)?;
    }
    Ok(())
}

/// Makes the set `field` hold exactly `names`: adds the missing, removes the others.
fn set_names<'a>(map: &LoroMap, field: &str, names: impl Iterator<Item = &'a str>) -> Result<(), DocError> {
    let set = map.ensure_mergeable_map(field).map_err(refused)?;
    let wanted: Vec<&str> = names.collect();
    let present: Vec<String> = set.keys().map(|k| k.to_string()).collect();
    for name in &present {
        if !wanted.contains(&name.as_str()) {
            set.delete(name).map_err(refused)?;
        }
    }
    for name in wanted {
        set.insert(name, true).map_err(refused)?;
    }
    Ok(())
}

/// The stamps of a change, and the entry as deleted at `deleted_at` or not deleted.
fn set_stamps(map: &LoroMap, created_at: &str, updated_at: &str, deleted_at: Option<&str>) -> Result<(), DocError> {
    set(map, "created_at", Some(created_at))?;
    set(map, "updated_at", Some(updated_at))?;
    set(map, "deleted_at", deleted_at)
}

#[cfg(test)]
#[path = "doc_tests.rs"]
mod tests;
