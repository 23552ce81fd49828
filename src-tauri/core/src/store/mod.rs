//! The journal's tables: opening a journal (its schema checked and migrated), the migrations, and
//! one module per table. The file itself — opening it with a key, private files, leftovers of an
//! interrupted step — is [`crate::file`]'s.
//!
//! Opening never changes a file it cannot fully understand: a file from a newer version, or one
//! that fails `quick_check`, is refused before any PRAGMA or migration writes to it.

mod body_area;
pub mod check_in;
mod massage_session;
mod reminder_log;
pub mod replica;
mod search;
mod settings;
mod sql;
pub mod sync_state;
pub mod tag;
pub mod transfer;

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use rusqlite_migration::{Migrations, SchemaVersion, M};

use crate::file::{self, open_connection, sibling, DbKey, OpenFlags};
use crate::{Error, Result};

/// Every schema step, oldest first. A shipped step is never edited; changes are new steps.
const STEPS: [&str; 9] = [
    check_in::MIGRATION_1,
    tag::MIGRATION_1,
    body_area::MIGRATION_1,
    massage_session::MIGRATION_1,
    settings::MIGRATION_1,
    reminder_log::MIGRATION_1,
    search::MIGRATION_1,
    reminder_log::MIGRATION_2,
    sync_state::MIGRATION_1,
];

/// The latest schema version (`PRAGMA user_version`) this build understands.
pub const LATEST_SCHEMA_VERSION: usize = STEPS.len();

/// The migration list built from [`STEPS`].
pub static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(STEPS.iter().map(|sql| M::up(sql)).collect()));

/// The most memory the page cache of a connection may take, in KiB.
const PAGE_CACHE_KIB: i64 = 16 * 1024;

/// How long a writer waits for another process holding the file before giving up.
const BUSY_TIMEOUT_MS: u64 = 5_000;

/// What happened while opening a journal file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OpenReport {
    /// The file did not exist and was created.
    pub created: bool,
    /// The schema version found before migrating.
    pub from_version: usize,
    /// A copy made before migrating, if migrations ran on an existing file.
    pub backup: Option<PathBuf>,
}

/// An open journal: one SQLite connection with the PRAGMAs set and the schema up to date.
pub struct Journal {
    conn: Connection,
    path: Option<PathBuf>,
    encrypted: bool,
}

impl std::fmt::Debug for Journal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Journal").field("path", &self.path).finish_non_exhaustive()
    }
}

impl Journal {
    /// Opens (or creates) the journal file at `path`, migrating it to the latest schema.
    ///
    /// `now` names the backup made before migrating an existing file.
    pub fn open(path: &Path, now: DateTime<Utc>) -> Result<(Self, OpenReport)> {
        Self::open_with_key(path, None, now)
    }

    /// Like [`Journal::open`], with the key of an encrypted journal. An encrypted file without a
    /// key is [`Error::Locked`], with a key that does not fit [`Error::WrongKey`]; neither touches
    /// the file. A key given for a plain file is not used. A new journal is always plain.
    pub fn open_with_key(path: &Path, key: Option<&DbKey>, now: DateTime<Utc>) -> Result<(Self, OpenReport)> {
        file::settle(path)?;
        file::recovery::set_aside_stray_sidecars(path, now)?;
        if !path.exists() {
            return Self::create(path, now);
        }
        if std::fs::metadata(path)?.len() == 0 {
            return Err(damaged(path, "the file is empty"));
        }
        Self::open_created_or_existing(path, false, key, now)
    }

    /// Makes a new journal whole before it appears under its name: the schema is written to a
    /// private temporary file beside it, which is then renamed into place, so a crash while a
    /// journal is being created never leaves a half-made journal behind.
    fn create(path: &Path, now: DateTime<Utc>) -> Result<(Self, OpenReport)> {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".creating");
        let temp = path.with_file_name(name);
        // A leftover from a creation that was cut short holds nothing; start it again.
        for leftover in [temp.clone(), sibling(&temp, "-wal"), sibling(&temp, "-shm")] {
            if leftover.exists() {
                std::fs::remove_file(&leftover)?;
            }
        }
        file::create_private_file_if_missing(&temp)?;
        let made = Self::open_created_or_existing(&temp, true, None, now).map(|(journal, _)| drop(journal));
        if let Err(err) = made {
            let _ = std::fs::remove_file(&temp);
            return Err(err);
        }
        std::fs::rename(&temp, path)?;
        let (journal, _) = Self::open_created_or_existing(path, false, None, now)?;
        Ok((journal, OpenReport { created: true, from_version: 0, backup: None }))
    }

    fn open_created_or_existing(
        path: &Path,
        created: bool,
        key: Option<&DbKey>,
        now: DateTime<Utc>,
    ) -> Result<(Self, OpenReport)> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let (conn, encrypted) = open_connection(path, flags, key)?;
        let (mut conn, from_version) = check_opened(conn, path).map_err(|e| classify_open_error(path, e))?;
        let pending = MIGRATIONS.pending_migrations(&conn)?;
        let backup = if !created && pending > 0 {
            Some(file::backup_before_migration(&conn, path, from_version, now)?)
        } else {
            None
        };
        conn.pragma_update(None, "journal_mode", "WAL")?;
        MIGRATIONS.to_latest(&mut conn)?;
        Ok((Journal { conn, path: Some(path.to_path_buf()), encrypted }, OpenReport { created, from_version, backup }))
    }

    /// An empty journal in memory, for tests and previews.
    pub fn open_in_memory() -> Result<Self> {
        let mut conn = Connection::open_in_memory()?;
        set_connection_pragmas(&conn)?;
        MIGRATIONS.to_latest(&mut conn)?;
        Ok(Journal { conn, path: None, encrypted: false })
    }

    /// The file this journal lives in (none for an in-memory journal).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether the journal file is encrypted.
    pub fn is_encrypted(&self) -> bool {
        self.encrypted
    }

    /// The underlying connection, for the table modules.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The underlying connection, mutably (transactions).
    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

/// Checks an opened file before anything writes to it: the schema version must be one we know
/// and `quick_check` must pass. Returns the connection and the schema version.
fn check_opened(conn: Connection, path: &Path) -> Result<(Connection, usize)> {
    set_connection_pragmas(&conn)?;
    let version = match MIGRATIONS.current_version(&conn)? {
        SchemaVersion::NoneSet => 0,
        SchemaVersion::Inside(n) => n.get(),
        SchemaVersion::Outside(n) => {
            drop(conn);
            return Err(Error::NewerSchema {
                path: path.to_path_buf(),
                found: n.get(),
                supported: LATEST_SCHEMA_VERSION,
            });
        }
    };
    quick_check(&conn)?;
    Ok((conn, version))
}

/// PRAGMAs that hold for one connection only, set on every open. None of them writes to the
/// file, so they are safe before the file has been checked. (`journal_mode` is set after.)
fn set_connection_pragmas(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    // Room for a century of entries in memory (SQLite's default of 2 MiB holds about 20 years),
    // taken only as pages are read.
    conn.pragma_update(None, "cache_size", -PAGE_CACHE_KIB)?;
    conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS))?;
    Ok(())
}

/// Runs `PRAGMA quick_check` and fails with its first complaint unless it says "ok".
fn quick_check(conn: &Connection) -> Result<()> {
    let verdict: String = conn.query_row("PRAGMA quick_check(1)", [], |row| row.get(0))?;
    if verdict == "ok" {
        Ok(())
    } else {
        Err(Error::Database(format!("quick_check: {verdict}")))
    }
}

/// Any failure while first reading a file means we cannot trust it: report it as damaged.
fn classify_open_error(path: &Path, err: Error) -> Error {
    match err {
        Error::Busy => Error::Busy,
        Error::Database(detail) => damaged(path, &detail),
        other => other,
    }
}

fn damaged(path: &Path, detail: &str) -> Error {
    Error::Damaged { path: path.to_path_buf(), detail: detail.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_validate() {
        MIGRATIONS.validate().unwrap();
    }

    #[test]
    fn connection_pragmas_are_set_on_open() {
        let journal = Journal::open_in_memory().unwrap();
        let fk: i64 = journal.conn().query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
        let sync: i64 = journal.conn().query_row("PRAGMA synchronous", [], |r| r.get(0)).unwrap();
        assert_eq!((fk, sync), (1, 2));
    }
}
