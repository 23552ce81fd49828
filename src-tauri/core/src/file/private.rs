//! Files and folders only the person can read: the data folder, a new journal file, and the copy
//! made before a schema migration.

use std::fs::{self, OpenOptions};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use crate::Result;

/// Creates the data folder if needed. A folder we create is private to the user (0700 on Unix);
/// an existing folder the person chose is left as it is.
pub fn ensure_private_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    fs::create_dir_all(dir)?;
    restrict(dir, 0o700)?;
    Ok(())
}

/// Creates an empty file readable only by the user (0600 on Unix) unless it exists.
/// Returns whether it was created.
pub(crate) fn create_private_file_if_missing(path: &Path) -> Result<bool> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        // Unix only: other platforms keep the user's profile folder private already.
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(true),
        Err(err) if err.kind() == ErrorKind::AlreadyExists => Ok(false),
        Err(err) => Err(err.into()),
    }
}

/// Copies the whole database with `VACUUM INTO` to a sibling file named after the version it
/// had and the time, e.g. `journal.db.v3-20261125T120000Z.bak`. Returns the copy's path.
pub(crate) fn backup_before_migration(
    conn: &Connection,
    path: &Path,
    from_version: usize,
    now: DateTime<Utc>,
) -> Result<PathBuf> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let stamp = now.format("%Y%m%dT%H%M%SZ");
    let mut backup = path.with_file_name(format!("{name}.v{from_version}-{stamp}.bak"));
    let mut attempt = 1;
    // Never overwrite an earlier backup, even one made in the same second.
    while !create_private_file_if_missing(&backup)? {
        attempt += 1;
        backup = path.with_file_name(format!("{name}.v{from_version}-{stamp}-{attempt}.bak"));
    }
    let target = backup.to_string_lossy().into_owned();
    if let Err(err) = conn.execute("VACUUM INTO ?1", [&target]) {
        let _ = fs::remove_file(&backup);
        return Err(err.into());
    }
    Ok(backup)
}

fn restrict(path: &Path, mode: u32) -> Result<()> {
    #[cfg(unix)]
    {
        // Unix permissions; elsewhere the per-user app-data location is private by default.
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}
