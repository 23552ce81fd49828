//! Sync's own tables in the journal file: this computer's sync settings (`sync_state`), the
//! replicated document's bytes (`sync_doc`), the update files already applied (`sync_applied`) and
//! the entries changed here since the document last recorded them (`sync_dirty`).
//!
//! `sync_dirty` is filled by triggers on the entry tables, in the same transaction as the change
//! that fills it, whatever wrote it (a save, a delete, an import): a change is therefore never lost
//! to sync, even when the app stops right after saving. The triggers exist only while sync is on
//! (made by [`turn_on`], dropped by [`clear`]), so a journal that does not sync saves exactly as
//! before.
//!
//! A trigger adds its mark only when the entry has none yet, rather than by `INSERT OR IGNORE`:
//! SQLite lets the conflict handling of the statement that fires a trigger (the upsert of a
//! session's save, of an import) override the trigger's own, and a second save of the same entry
//! before a pass would then fail on the mark already there.

use rusqlite::{params, Connection, OptionalExtension};

use crate::Result;

/// The settings key of the reminder settings (one JSON value).
pub const REMINDER_SETTINGS_KEY: &str = super::reminder_log::SETTINGS_KEY;

pub(super) const MIGRATION_1: &str = "
CREATE TABLE sync_state (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    journal_id      TEXT NOT NULL,
    peer_id         INTEGER NOT NULL,
    folder          TEXT NOT NULL,
    computer_name   TEXT NOT NULL,
    paused          INTEGER NOT NULL DEFAULT 0,
    next_sequence   INTEGER NOT NULL DEFAULT 1,
    written_counter INTEGER NOT NULL DEFAULT 0,
    last_synced_at  TEXT,
    key             BLOB,
    restored        INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE sync_doc (
    part   INTEGER PRIMARY KEY,
    bytes  BLOB NOT NULL
) STRICT;
CREATE TABLE sync_applied (
    peer_id      INTEGER NOT NULL,
    sequence     INTEGER NOT NULL,
    fingerprint  BLOB NOT NULL,
    PRIMARY KEY (peer_id, sequence, fingerprint)
) STRICT, WITHOUT ROWID;
CREATE TABLE sync_dirty (
    kind  TEXT NOT NULL CHECK (kind IN ('day', 'session', 'setting')),
    key   TEXT NOT NULL,
    PRIMARY KEY (kind, key)
) STRICT, WITHOUT ROWID;
";

/// The triggers that mark changed entries and settings in `sync_dirty`: made when sync is turned
/// on ([`turn_on`]), dropped when it is turned off ([`clear`]), so a journal that does not sync
/// saves exactly as it did before sync existed.
const TRIGGERS: &str = "
CREATE TRIGGER IF NOT EXISTS sync_day_inserted AFTER INSERT ON check_in
BEGIN INSERT INTO sync_dirty SELECT 'day', NEW.day
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND key = NEW.day); END;
CREATE TRIGGER IF NOT EXISTS sync_day_updated AFTER UPDATE ON check_in
BEGIN INSERT INTO sync_dirty SELECT 'day', NEW.day
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND key = NEW.day); END;
CREATE TRIGGER IF NOT EXISTS sync_day_removed AFTER DELETE ON check_in
BEGIN INSERT INTO sync_dirty SELECT 'day', OLD.day
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND key = OLD.day); END;
CREATE TRIGGER IF NOT EXISTS sync_day_tag_added AFTER INSERT ON check_in_tag
BEGIN INSERT INTO sync_dirty SELECT 'day', NEW.day
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND key = NEW.day); END;
CREATE TRIGGER IF NOT EXISTS sync_day_tag_removed AFTER DELETE ON check_in_tag
BEGIN INSERT INTO sync_dirty SELECT 'day', OLD.day
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND key = OLD.day); END;
CREATE TRIGGER IF NOT EXISTS sync_day_area_added AFTER INSERT ON check_in_pain_area
BEGIN INSERT INTO sync_dirty SELECT 'day', NEW.day
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND key = NEW.day); END;
CREATE TRIGGER IF NOT EXISTS sync_day_area_removed AFTER DELETE ON check_in_pain_area
BEGIN INSERT INTO sync_dirty SELECT 'day', OLD.day
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'day' AND key = OLD.day); END;
CREATE TRIGGER IF NOT EXISTS sync_session_inserted AFTER INSERT ON massage_session
BEGIN INSERT INTO sync_dirty SELECT 'session', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'session' AND key = NEW.id); END;
CREATE TRIGGER IF NOT EXISTS sync_session_updated AFTER UPDATE ON massage_session
BEGIN INSERT INTO sync_dirty SELECT 'session', NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'session' AND key = NEW.id); END;
CREATE TRIGGER IF NOT EXISTS sync_session_removed AFTER DELETE ON massage_session
BEGIN INSERT INTO sync_dirty SELECT 'session', OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'session' AND key = OLD.id); END;
CREATE TRIGGER IF NOT EXISTS sync_session_area_added AFTER INSERT ON massage_session_focus_area
BEGIN INSERT INTO sync_dirty SELECT 'session', NEW.session_id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'session' AND key = NEW.session_id); END;
CREATE TRIGGER IF NOT EXISTS sync_session_area_removed AFTER DELETE ON massage_session_focus_area
BEGIN INSERT INTO sync_dirty SELECT 'session', OLD.session_id
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'session' AND key = OLD.session_id); END;
CREATE TRIGGER IF NOT EXISTS sync_setting_inserted AFTER INSERT ON settings
BEGIN INSERT INTO sync_dirty SELECT 'setting', NEW.key
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'setting' AND key = NEW.key); END;
CREATE TRIGGER IF NOT EXISTS sync_setting_updated AFTER UPDATE ON settings
WHEN OLD.value IS NOT NEW.value
BEGIN INSERT INTO sync_dirty SELECT 'setting', NEW.key
    WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'setting' AND key = NEW.key); END;
";

/// The names of [`TRIGGERS`].
const TRIGGER_NAMES: [&str; 14] = [
    "sync_day_inserted",
    "sync_day_updated",
    "sync_day_removed",
    "sync_day_tag_added",
    "sync_day_tag_removed",
    "sync_day_area_added",
    "sync_day_area_removed",
    "sync_session_inserted",
    "sync_session_updated",
    "sync_session_removed",
    "sync_session_area_added",
    "sync_session_area_removed",
    "sync_setting_inserted",
    "sync_setting_updated",
];

/// This computer's sync settings, as kept in the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncRow {
    /// The journal's id in the sync folder (shared by every computer of the journal).
    pub journal_id: String,
    /// This computer's peer id in the document.
    pub peer_id: u64,
    /// The sync folder.
    pub folder: String,
    /// This computer's name, as the others see it.
    pub computer_name: String,
    pub paused: bool,
    /// The sequence number of the next file this computer writes.
    pub next_sequence: u64,
    /// This computer's own changes below this counter are in the sync folder.
    pub written_counter: i32,
    /// When the folder was last read and written in full (RFC 3339).
    pub last_synced_at: Option<String>,
    /// The sync key, when it is kept in the journal rather than the keychain.
    pub key: Option<Vec<u8>>,
    /// The journal was restored from a backup: its entries win over the document once.
    pub restored: bool,
}

impl SyncRow {
    /// Sync just turned on: the first file to write is number 1, nothing written yet.
    pub fn new(journal_id: String, peer_id: u64, folder: String, computer_name: String, key: Option<Vec<u8>>) -> Self {
        SyncRow {
            journal_id,
            peer_id,
            folder,
            computer_name,
            paused: false,
            next_sequence: 1,
            written_counter: 0,
            last_synced_at: None,
            key,
            restored: false,
        }
    }
}

const COLUMNS: &str = "journal_id, peer_id, folder, computer_name, paused, next_sequence, written_counter, \
                       last_synced_at, key, restored";

/// The sync settings, or `None` when sync is off.
pub fn read(conn: &Connection) -> Result<Option<SyncRow>> {
    let sql = format!("SELECT {COLUMNS} FROM sync_state WHERE id = 1");
    Ok(conn
        .query_row(&sql, [], |r| {
            Ok(SyncRow {
                journal_id: r.get(0)?,
                peer_id: r.get::<_, i64>(1)? as u64,
                folder: r.get(2)?,
                computer_name: r.get(3)?,
                paused: r.get(4)?,
                next_sequence: r.get::<_, i64>(5)? as u64,
                written_counter: r.get(6)?,
                last_synced_at: r.get(7)?,
                key: r.get(8)?,
                restored: r.get(9)?,
            })
        })
        .optional()?)
}

/// Writes the sync settings (turning sync on when there were none).
pub fn write(conn: &Connection, row: &SyncRow) -> Result<()> {
    let sql = format!(
        "INSERT INTO sync_state (id, {COLUMNS}) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (id) DO UPDATE SET journal_id = ?1, peer_id = ?2, folder = ?3, computer_name = ?4,
         paused = ?5, next_sequence = ?6, written_counter = ?7, last_synced_at = ?8, key = ?9, restored = ?10"
    );
    conn.execute(
        &sql,
        params![
            row.journal_id,
            row.peer_id as i64,
            row.folder,
            row.computer_name,
            row.paused,
            row.next_sequence as i64,
            row.written_counter,
            row.last_synced_at,
            row.key,
            row.restored,
        ],
    )?;
    Ok(())
}

/// Turns sync off: the settings, the document, the applied files and the pending changes go.
pub fn clear(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "DELETE FROM sync_state; DELETE FROM sync_doc; DELETE FROM sync_applied; DELETE FROM sync_dirty;",
    )?;
    for name in TRIGGER_NAMES {
        conn.execute_batch(&format!("DROP TRIGGER IF EXISTS {name}"))?;
    }
    Ok(())
}

/// Turns sync on with `row`: whatever sync held before goes, and the triggers that mark changes
/// are made.
pub fn turn_on(conn: &Connection, row: &SyncRow) -> Result<()> {
    clear(conn)?;
    write(conn, row)?;
    conn.execute_batch(TRIGGERS)?;
    Ok(())
}

/// The document's stored parts, in the order they were written.
pub fn doc_parts(conn: &Connection) -> Result<Vec<Vec<u8>>> {
    let mut stmt = conn.prepare("SELECT bytes FROM sync_doc ORDER BY part")?;
    let parts = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(parts)
}

/// Appends a part (an update) to the stored document.
pub fn append_doc_part(conn: &Connection, bytes: &[u8]) -> Result<()> {
    conn.execute("INSERT INTO sync_doc (bytes) VALUES (?1)", [bytes])?;
    Ok(())
}

/// Replaces the stored document with one part (a snapshot).
pub fn replace_doc(conn: &Connection, snapshot: &[u8]) -> Result<()> {
    conn.execute("DELETE FROM sync_doc", [])?;
    append_doc_part(conn, snapshot)
}

/// The update files applied so far: (peer, sequence, SHA-256 of the file).
pub fn applied(conn: &Connection) -> Result<Vec<(u64, u64, [u8; 32])>> {
    let mut stmt = conn.prepare("SELECT peer_id, sequence, fingerprint FROM sync_applied")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as u64, r.get::<_, Vec<u8>>(2)?)))?
        .filter_map(|row| match row {
            Ok((peer, sequence, fingerprint)) => {
                <[u8; 32]>::try_from(fingerprint.as_slice()).ok().map(|f| Ok((peer, sequence, f)))
            }
            Err(err) => Some(Err(err)),
        })
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Records that an update file was applied.
pub fn add_applied(conn: &Connection, peer_id: u64, sequence: u64, fingerprint: &[u8; 32]) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO sync_applied (peer_id, sequence, fingerprint) VALUES (?1, ?2, ?3)",
        params![peer_id as i64, sequence as i64, fingerprint.as_slice()],
    )?;
    Ok(())
}

/// Forgets an applied file that is no longer in the folder (a peer compacted its files).
pub fn remove_applied(conn: &Connection, peer_id: u64, sequence: u64, fingerprint: &[u8; 32]) -> Result<()> {
    conn.execute(
        "DELETE FROM sync_applied WHERE peer_id = ?1 AND sequence = ?2 AND fingerprint = ?3",
        params![peer_id as i64, sequence as i64, fingerprint.as_slice()],
    )?;
    Ok(())
}

/// A changed entry waiting to be recorded in the document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Dirty {
    /// The check-in of an ISO day.
    Day(String),
    /// A session by its id.
    Session(String),
    /// A stored setting by its key (saving settings writes every key; only changed values mark).
    Setting(String),
}

fn dirty_of(kind: String, key: String) -> Dirty {
    match kind.as_str() {
        "day" => Dirty::Day(key),
        "session" => Dirty::Session(key),
        _ => Dirty::Setting(key),
    }
}

/// The entries changed since the document last recorded them.
pub fn dirty(conn: &Connection) -> Result<Vec<Dirty>> {
    let mut stmt = conn.prepare("SELECT kind, key FROM sync_dirty ORDER BY kind, key")?;
    let rows = stmt.query_map([], |r| Ok(dirty_of(r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Empties the list of changed entries (they are recorded, or were written by sync itself).
pub fn clear_dirty(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM sync_dirty", [])?;
    Ok(())
}

/// Every check-in day and session id in the journal, live or deleted, and every stored setting.
pub fn all_entries(conn: &Connection) -> Result<Vec<Dirty>> {
    let mut stmt = conn.prepare(
        "SELECT 'day', day FROM check_in UNION ALL SELECT 'session', id FROM massage_session
         UNION ALL SELECT 'setting', key FROM settings",
    )?;
    let rows = stmt.query_map([], |r| Ok(dirty_of(r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Whether `conn`'s journal has sync's tables (a journal from before sync has not).
pub fn has_tables(conn: &Connection) -> Result<bool> {
    let found: i64 =
        conn.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'", [], |r| {
            r.get(0)
        })?;
    Ok(found > 0)
}

/// Carries sync from the journal of `from` into the one of `to` (a backup about to replace it):
/// the settings, the document and the applied files, marked restored, so that the restored
/// entries become this computer's next change rather than a rewind of the other computers.
/// Does nothing when `from` does not sync or `to` predates sync.
pub fn carry(from: &Connection, to: &mut Connection) -> Result<()> {
    if !has_tables(from)? || !has_tables(to)? {
        return Ok(());
    }
    let Some(row) = read(from)? else {
        let tx = to.transaction()?;
        clear(&tx)?;
        tx.commit()?;
        return Ok(());
    };
    let parts = doc_parts(from)?;
    let applied = applied(from)?;
    let tx = to.transaction()?;
    turn_on(&tx, &SyncRow { restored: true, ..row })?;
    for part in &parts {
        append_doc_part(&tx, part)?;
    }
    for (peer, sequence, fingerprint) in &applied {
        add_applied(&tx, *peer, *sequence, fingerprint)?;
    }
    tx.commit()?;
    Ok(())
}

/// How many check-ins and sessions the journal holds (not deleted).
pub fn live_counts(conn: &Connection) -> Result<(u32, u32)> {
    Ok(conn.query_row(
        "SELECT (SELECT count(*) FROM check_in WHERE deleted_at IS NULL),
                (SELECT count(*) FROM massage_session WHERE deleted_at IS NULL)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

/// Turns sync off in one transaction ([`clear`]).
pub fn turn_off(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction()?;
    clear(&tx)?;
    tx.commit()?;
    Ok(())
}

/// The JSON text stored for the setting `key`, and when it changed.
pub fn setting_row(conn: &Connection, key: &str) -> Result<Option<(String, String)>> {
    Ok(conn
        .query_row("SELECT value, updated_at FROM settings WHERE key = ?1", [key], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Stores the JSON text of the setting `key` (from another computer), changed at `updated_at`.
pub fn put_setting(conn: &Connection, key: &str, value: &str, updated_at: &str) -> Result<()> {
    conn.execute(super::settings::UPSERT, params![key, value, updated_at])?;
    Ok(())
}
