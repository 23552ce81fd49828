//! Small file-system steps shared by everything that writes beside the journal: sibling names,
//! removing a file that may be absent, and making a rename durable.

use std::fs;
use std::path::{Path, PathBuf};

use crate::Result;

/// `path` with `suffix` appended to its whole name: `journal.db` + `-wal` → `journal.db-wal`.
pub(crate) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// Removes the file at `path`; a file that is not there is not an error.
pub(crate) fn remove_if_exists(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err.into()),
        _ => Ok(()),
    }
}

/// Removes a temporary file after a failure; the failure being reported matters more.
pub(crate) fn remove_quietly(path: &Path) {
    let _ = fs::remove_file(path);
}

/// Makes renames durable where the platform allows syncing a folder. Not every platform can open
/// a folder for syncing, and the data is already safe in the file, so a failure is not reported.
pub(crate) fn sync_folder(folder: &Path) {
    if let Ok(dir) = fs::File::open(folder) {
        let _ = dir.sync_all();
    }
}
