//! Where things live in the data folder: the journal file and the backups folder beside it.

use std::path::{Path, PathBuf};

/// The journal's file name inside the data folder.
pub const JOURNAL_FILE_NAME: &str = "journal.db";

/// The folder, beside the journal file, that holds daily backups and replaced journals.
pub const BACKUP_FOLDER: &str = "backups";

/// The backups folder of the journal at `journal_file`.
pub fn backup_folder(journal_file: &Path) -> PathBuf {
    journal_file.parent().unwrap_or_else(|| Path::new(".")).join(BACKUP_FOLDER)
}
