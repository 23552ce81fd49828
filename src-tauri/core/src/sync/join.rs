//! Joining a journal from another computer: finding, in the sync folder, the journal whose files
//! open with the sync code, reading it into a document, and saying what joining will merge.

use std::path::Path;

use super::doc::{DocState, SyncDoc};
use super::engine::folder_error;
use super::folder::{self, FolderError, Scan};
use super::seal::SyncKey;
use crate::error::Message;
use crate::{Error, Result};

/// The journal found in the sync folder.
#[derive(Debug)]
pub struct Found {
    pub journal_id: String,
    /// Everything the folder holds of it, as this computer (peer `peer_id`) will continue it.
    pub doc: SyncDoc,
    /// The names of the computers that wrote it.
    pub computers: Vec<String>,
}

/// Live days and sessions of a document's state.
pub fn live_counts(state: &DocState) -> (u32, u32) {
    let days = state.days.values().filter(|d| d.deleted_at.is_none() && !d.check_in.created_at.is_empty()).count();
    let sessions = state.sessions.values().filter(|s| s.deleted_at.is_none()).count();
    (days as u32, sessions as u32)
}

/// Finds the journal in `folder` whose files open with `key`, read as peer `peer_id`. A folder
/// with no journal in it, or none that opens with the key, is an error the person can act on.
pub fn find(folder: &Path, key: &SyncKey, peer_id: u64) -> Result<Found> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Err(folder_error(FolderError::FolderMissing)),
        Err(err) if !folder.is_dir() && folder.exists() => {
            let _ = err;
            return Err(folder_error(FolderError::NotAFolder));
        }
        Err(err) => return Err(folder_error(FolderError::Io(err))),
    };
    let mut any_files = false;
    let mut ids: Vec<String> =
        entries.filter_map(|e| e.ok()).filter_map(|e| e.file_name().to_str().map(str::to_string)).collect();
    ids.sort();
    for journal_id in ids {
        let Ok(scan @ Scan::Found { .. }) = folder::scan(folder, &journal_id, peer_id) else { continue };
        any_files |= !scan.files().is_empty();
        let outcome = folder::read_updates(&scan, key, &Default::default());
        if outcome.updates.is_empty() {
            continue;
        }
        let doc = SyncDoc::new(peer_id).map_err(|e| Error::Database(e.to_string()))?;
        for update in &outcome.updates {
            // An update that does not decode is left for the passes to come.
            let _ = doc.import(&update.bytes);
        }
        let computers = doc.computers().into_values().map(|(name, _)| name).collect();
        return Ok(Found { journal_id, doc, computers });
    }
    let message = if any_files { "error-sync-code-wrong" } else { "error-sync-no-journal" };
    Err(Error::invalid(if any_files { "code" } else { "folder" }, Message::new(message)))
}
