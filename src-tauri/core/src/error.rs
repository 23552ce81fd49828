//! The one error type of the core crate. Each variant has a stable `code` the UI can act on, and
//! a [`Message`]: an id in the catalogue (`locales/<language>/*.ftl`) with its variables, which
//! the UI puts into words in the person's language. The core never writes a sentence for people.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A variable of a [`Message`]: a number (formatted, and chosen plural forms by, the language) or
/// a text (a name, a path, a date in ISO form). A variable can also be a message itself: see
/// [`Message::parts`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum MessageArg {
    Number(f64),
    Text(String),
}

impl From<&str> for MessageArg {
    fn from(text: &str) -> Self {
        MessageArg::Text(text.to_string())
    }
}

impl From<String> for MessageArg {
    fn from(text: String) -> Self {
        MessageArg::Text(text)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for MessageArg {
            fn from(n: $t) -> Self {
                MessageArg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, f32, f64);

/// Something to tell the person, in no language yet: a message id of the catalogue and its
/// variables by name. `Message::new("error-currency").arg("code", "EU")`.
///
/// It travels as `{ id, args }`; a variable that is a message itself (a label, or the reason
/// inside "Line 4: …", kept in [`Message::parts`]) is one of the `args` as `{ id, args }` too, and
/// is put into words before the message that holds it.
#[derive(Debug, Clone, PartialEq, TS)]
pub struct Message {
    pub id: String,
    #[ts(type = "Record<string, string | number | Message>")]
    pub args: BTreeMap<String, MessageArg>,
    /// The variables that are messages themselves (sent among `args`).
    #[ts(skip)]
    pub parts: BTreeMap<String, Message>,
}

/// A value [`Message::arg`] takes: anything that makes a [`MessageArg`], or a [`Message`].
pub enum ArgValue {
    Plain(MessageArg),
    Part(Message),
}

impl<T: Into<MessageArg>> From<T> for ArgValue {
    fn from(value: T) -> Self {
        ArgValue::Plain(value.into())
    }
}

impl From<Message> for ArgValue {
    fn from(message: Message) -> Self {
        ArgValue::Part(message)
    }
}

impl Message {
    /// A message with no variables yet.
    pub fn new(id: &str) -> Self {
        Message { id: id.to_string(), args: BTreeMap::new(), parts: BTreeMap::new() }
    }

    /// Adds the variable `name` (as the catalogue spells it, e.g. `count`): a number, a text or
    /// another message.
    pub fn arg(mut self, name: &str, value: impl Into<ArgValue>) -> Self {
        match value.into() {
            ArgValue::Plain(value) => {
                self.parts.remove(name);
                self.args.insert(name.to_string(), value);
            }
            ArgValue::Part(message) => {
                self.args.remove(name);
                self.parts.insert(name.to_string(), message);
            }
        }
        self
    }
}

/// A variable on the wire: `args` holds plain values and messages alike.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum WireArg<T, M> {
    Plain(T),
    Part(M),
}

impl Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let plain = self.args.iter().map(|(name, value)| (name.as_str(), WireArg::Plain(value)));
        let parts = self.parts.iter().map(|(name, message)| (name.as_str(), WireArg::Part(message)));
        let args: BTreeMap<&str, WireArg<&MessageArg, &Message>> = plain.chain(parts).collect();
        let mut wire = serializer.serialize_struct("Message", 2)?;
        wire.serialize_field("id", &self.id)?;
        wire.serialize_field("args", &args)?;
        wire.end()
    }
}

impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Wire {
            id: String,
            #[serde(default)]
            args: BTreeMap<String, WireArg<MessageArg, Message>>,
        }
        let wire = Wire::deserialize(deserializer)?;
        Ok(wire.args.into_iter().fold(Message::new(&wire.id), |message, (name, value)| match value {
            WireArg::Plain(value) => message.arg(&name, value),
            WireArg::Part(part) => message.arg(&name, part),
        }))
    }
}

/// For logs and test failures only: the id and its variables, never shown to the person.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.id)?;
        let plain = self.args.iter().map(|(name, value)| (name, WireArg::Plain(value)));
        let parts = self.parts.iter().map(|(name, part)| (name, WireArg::Part(part)));
        let all: BTreeMap<&String, WireArg<&MessageArg, &Message>> = plain.chain(parts).collect();
        for (name, value) in all {
            match value {
                WireArg::Plain(MessageArg::Number(n)) => write!(f, " {name}={n}")?,
                WireArg::Plain(MessageArg::Text(t)) => write!(f, " {name}={t:?}")?,
                WireArg::Part(part) => write!(f, " {name}=({part})")?,
            }
        }
        Ok(())
    }
}

/// Everything that can go wrong in the journal's domain and storage.
#[derive(Debug)]
pub enum Error {
    /// A value the person entered is not acceptable; `field` names it (camelCase, as in the UI).
    Invalid { field: &'static str, message: Message },

    /// The edit was based on an older version of the entry than the one stored.
    StaleVersion { expected: Option<i64>, found: Option<i64> },

    /// The thing asked for does not exist (or was deleted).
    NotFound(Message),

    /// The journal file was written by a newer version of the app.
    NewerSchema { path: PathBuf, found: usize, supported: usize },

    /// The journal file cannot be read as a healthy SQLite database.
    Damaged { path: PathBuf, detail: String },

    /// The journal is encrypted and no key was given.
    Locked { path: PathBuf },

    /// The key given does not open the encrypted journal (the file is left untouched).
    WrongKey { path: PathBuf },

    /// The passphrase does not unseal the journal's key (the file is left untouched).
    WrongPassphrase,

    /// The disk is full: nothing was saved.
    DiskFull,

    /// The journal cannot be written (read-only file, folder or medium): nothing was saved.
    ReadOnly,

    /// Another program holds the journal busy for longer than we wait.
    Busy,

    /// Any other database failure.
    Database(String),

    /// A file-system failure (creating the data folder, a backup …). A full disk or an exhausted
    /// quota is [`Error::DiskFull`] instead (see the `From<std::io::Error>` below).
    Io(std::io::Error),
}

/// For logs and test failures: the message's id and variables (see [`Error::message`]).
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for Error {}

/// Result with the core [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Builds an [`Error::Invalid`] for `field`.
    pub fn invalid(field: &'static str, message: Message) -> Self {
        Error::Invalid { field, message }
    }

    /// What to tell the person, as a message of the catalogue (`locales/<language>/errors.ftl`).
    pub fn message(&self) -> Message {
        let path = |p: &PathBuf| p.display().to_string();
        match self {
            Error::Invalid { message, .. } | Error::NotFound(message) => message.clone(),
            Error::StaleVersion { .. } => Message::new("error-stale-version"),
            Error::NewerSchema { path: p, found, supported } => Message::new("error-newer-schema")
                .arg("path", path(p))
                .arg("found", found.to_string())
                .arg("supported", supported.to_string()),
            Error::Damaged { path: p, detail } => {
                Message::new("error-damaged").arg("path", path(p)).arg("detail", detail.as_str())
            }
            Error::Locked { .. } => Message::new("error-locked"),
            Error::WrongKey { path: p } => Message::new("error-wrong-key").arg("path", path(p)),
            Error::WrongPassphrase => Message::new("error-wrong-passphrase"),
            Error::DiskFull => Message::new("error-disk-full"),
            Error::ReadOnly => Message::new("error-read-only"),
            Error::Busy => Message::new("error-busy"),
            Error::Database(detail) => Message::new("error-database").arg("detail", detail.as_str()),
            Error::Io(err) => Message::new("error-io").arg("detail", err.to_string()),
        }
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
        let err = Error::invalid("stress", Message::new("error-rating").arg("value", "11"));
        assert_eq!(err.code(), "invalid_input");
        assert_eq!(err.field(), Some("stress"));
        assert_eq!(err.message(), Message::new("error-rating").arg("value", "11"));
        assert_eq!(err.to_string(), "error-rating value=\"11\"");
    }

    #[test]
    fn a_message_serialises_as_id_and_args_with_nested_messages() {
        let label = Message::new("error-label-stress");
        let message = Message::new("error-rating").arg("label", label).arg("value", "11").arg("count", 2);
        assert_eq!(
            serde_json::to_value(&message).unwrap(),
            serde_json::json!({
                "id": "error-rating",
                "args": { "count": 2.0, "label": { "id": "error-label-stress", "args": {} }, "value": "11" }
            })
        );
        let back: Message = serde_json::from_value(serde_json::to_value(&message).unwrap()).unwrap();
        assert_eq!(back, message);
    }
}
