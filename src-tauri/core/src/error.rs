//! The one error type of the core crate. Each variant has a stable `code` the UI can act on.

use std::path::PathBuf;

/// Everything that can go wrong in the journal's domain and storage.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A value the person entered is not acceptable; `field` names it (camelCase, as in the UI).
    #[error("{message}")]
    Invalid { field: &'static str, message: String },

    /// The edit was based on an older version of the entry than the one stored.
    #[error("This entry was changed elsewhere — reload it to see the latest version before saving again.")]
    StaleVersion { expected: Option<i64>, found: Option<i64> },

    /// The thing asked for does not exist (or was deleted).
    #[error("{0}")]
    NotFound(String),

    /// The journal file was written by a newer version of the app.
    #[error(
        "This journal ({path}) was written by a newer version of Resilience Journal \
         (format {found}; this version understands up to {supported}). \
         It has been left untouched — please update the app to open it."
    )]
    NewerSchema { path: PathBuf, found: usize, supported: usize },

    /// The journal file cannot be read as a healthy SQLite database.
    #[error("The journal file {path} is damaged or is not a journal ({detail}). It has been left untouched.")]
    Damaged { path: PathBuf, detail: String },

    /// The journal is encrypted and no key was given.
    #[error("This journal is encrypted: it opens with its passphrase, the system keychain or its recovery key.")]
    Locked { path: PathBuf },

    /// The key given does not open the encrypted journal (the file is left untouched).
    #[error("This key does not open the journal {path}. Nothing was changed; try the recovery key.")]
    WrongKey { path: PathBuf },

    /// The passphrase does not unseal the journal's key (the file is left untouched).
    #[error("That passphrase does not open this journal. Check Caps Lock and try again, or use your recovery key.")]
    WrongPassphrase,

    /// The disk is full: nothing was saved.
    #[error("The disk is full, so nothing was saved. Free some space and try again.")]
    DiskFull,

    /// The journal cannot be written (read-only file, folder or medium): nothing was saved.
    #[error("The journal cannot be written to (it is read-only), so nothing was saved.")]
    ReadOnly,

    /// Another program holds the journal busy for longer than we wait.
    #[error("The journal is busy in another program. Try again in a moment.")]
    Busy,

    /// Any other database failure.
    #[error("The journal could not be read or written: {0}")]
    Database(String),

    /// A file-system failure (creating the data folder, a backup …). A full disk or an exhausted
    /// quota is [`Error::DiskFull`] instead (see the `From<std::io::Error>` below).
    #[error("A file could not be read or written: {0}")]
    Io(std::io::Error),
}

/// Result with the core [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Builds an [`Error::Invalid`] for `field`.
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Error::Invalid { field, message: message.into() }
    }

    /// A stable, machine-readable code for this error.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid { .. } => "invalid_input",
            Error::StaleVersion { .. } => "stale_version",
            Error::NotFound(_) => "not_found",
            Error::NewerSchema { .. } => "newer_schema",
            Error::Damaged { .. } => "damaged",
            Error::Locked { .. } => "locked",
            Error::WrongKey { .. } => "wrong_key",
            Error::WrongPassphrase => "wrong_passphrase",
            Error::DiskFull => "disk_full",
            Error::ReadOnly => "read_only",
            Error::Busy => "busy",
            Error::Database(_) | Error::Io(_) => "storage",
        }
    }

    /// The field an [`Error::Invalid`] is about.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Error::Invalid { field, .. } => Some(field),
            Error::WrongPassphrase => Some("passphrase"),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        // Opening a journal in WAL mode makes its shared-memory index (`-shm`) and grows it by
        // writing; on a full disk that write fails with ENOSPC, which SQLite reports as
        // SQLITE_IOERR_SHMSIZE ("disk I/O error") rather than SQLITE_FULL.
        if let rusqlite::Error::SqliteFailure(failure, _) = &err {
            if failure.extended_code == rusqlite::ffi::SQLITE_IOERR_SHMSIZE {
                return Error::DiskFull;
            }
        }
        match err.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => Error::DiskFull,
            Some(ErrorCode::ReadOnly) => Error::ReadOnly,
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::Busy,
            _ => Error::Database(err.to_string()),
        }
    }
}

impl From<std::io::Error> for Error {
    /// ENOSPC (and an exhausted disk quota) from writing a backup, an export or a copy reads the
    /// same as SQLite's `SQLITE_FULL`: [`Error::DiskFull`], with its clear message.
    fn from(err: std::io::Error) -> Self {
        use std::io::ErrorKind;
        match err.kind() {
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => Error::DiskFull,
            _ => Error::Io(err),
        }
    }
}

impl From<rusqlite_migration::Error> for Error {
    fn from(err: rusqlite_migration::Error) -> Self {
        match err {
            rusqlite_migration::Error::RusqliteError { err, .. } => err.into(),
            other => Error::Database(other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disk_full_is_classified() {
        let err = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL), None);
        assert_eq!(Error::from(err).code(), "disk_full");
    }

    #[test]
    fn a_shared_memory_index_that_cannot_grow_is_a_full_disk() {
        let code = rusqlite::ffi::SQLITE_IOERR_SHMSIZE;
        let err = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), Some("disk I/O error".into()));
        assert!(matches!(Error::from(err), Error::DiskFull));
        let other = rusqlite::ffi::SQLITE_IOERR_READ;
        let err = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(other), Some("disk I/O error".into()));
        assert_eq!(Error::from(err).code(), "storage");
    }

    #[test]
    fn a_full_disk_from_the_file_system_is_classified_too() {
        let enospc = std::io::Error::from_raw_os_error(28);
        assert!(matches!(Error::from(enospc), Error::DiskFull));
        let other = Error::from(std::io::Error::other("the cable came loose"));
        assert_eq!(other.code(), "storage");
    }

    #[test]
    fn invalid_names_its_field() {
        let err = Error::invalid("stress", "Stress must be a whole number from 0 to 10.");
        assert_eq!(err.code(), "invalid_input");
        assert_eq!(err.field(), Some("stress"));
        assert_eq!(err.to_string(), "Stress must be a whole number from 0 to 10.");
    }
}
