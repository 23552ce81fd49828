//! Hostile input over IPC: every command through Tauri's real IPC layer (mock runtime, the app's
//! own capabilities) with argument objects built from hostile values — out-of-range numbers, huge
//! and empty strings, NUL and control characters, emoji and right-to-left text, invalid dates,
//! SQL-ish text, booleans, `null`, lists, nested objects with real and unknown field names, and
//! missing keys; path arguments also get hostile paths (`..`, folders, FIFOs, links to a file
//! outside, read-only places, relative, empty, very long, NUL), each one also with the other
//! arguments real. Every call either succeeds or fails with a `{code, message}` object within
//! [`HANG`]; a refused call changes nothing (the journal's rows, every file in the journal's
//! folder and in a folder outside it), an accepted one only what its command may ([`May`]).
//!
//! NaN and infinity cannot travel in JSON: the webview's `JSON.stringify` sends them as `null`
//! (and `serde_json` does the same), so `null` stands for them here, beside the strings "NaN" and
//! "Infinity" and numbers as large as JSON allows.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use resilience_core::reminders::Reminder;
use resilience_journal_lib::jobs::reminders::{run_pass, Notifier};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use support::{harness, Harness};

/// Commands the property tests leave out, and why: none. Commands that take a path are fuzzed
/// with hostile paths too (see [`Hostile`]), and every accepted call is held to what the command
/// may change ([`May`]).
const NOT_FUZZED: &[(&str, &str)] = &[];

/// Every command, from the one list (`src-tauri/src/command_list.rs`).
const ALL_COMMANDS: &[&str] = resilience_journal_lib::COMMANDS;

const CASES: u32 = 64;

// ---- The journal's content ----------------------------------------------------------------

/// A hash of every row of every table (and the schema) of the journal file, read through a fresh
/// read-only connection, which sees everything committed (WAL included).
fn content_hash(dir: &Path) -> String {
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = rusqlite::Connection::open_with_flags(dir.join("journal.db"), flags).unwrap();
    // An encrypted journal cannot be read without its key: it hashes as that (and so differs).
    let mut tables = match conn.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name") {
        Ok(tables) => tables,
        Err(err) => return format!("not readable without a key: {err}"),
    };
    let tables: Vec<(String, Option<String>)> =
        tables.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect();
    let mut hasher = Sha256::new();
    for (table, sql) in tables {
        hasher.update(format!("table {table}: {sql:?}\n"));
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{}\"", table.replace('"', "\"\""))).unwrap();
        let columns = stmt.column_count();
        let mut rows = BTreeSet::new();
        let mut query = stmt.query([]).unwrap();
        while let Some(row) = query.next().unwrap() {
            let cells: Vec<String> = (0..columns).map(|i| format!("{:?}", row.get_ref(i).unwrap())).collect();
            rows.insert(cells.join("\u{1f}"));
        }
        for row in rows {
            hasher.update(row);
            hasher.update("\n");
        }
    }
    format!("{:x}", hasher.finalize())
}

/// Whether `path` is one of the journal's own files (`journal.db`, its `-wal` and `-shm`), whose
/// bytes may change without their content changing (a checkpoint); [`content_hash`] sees those.
fn journal_file(path: &Path) -> bool {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    matches!(name.as_ref(), "journal.db" | "journal.db-wal" | "journal.db-shm")
}

/// Every entry under `roots` (symbolic links not followed) with what it is: a file's mode, size
/// and SHA-256, a folder's mode, a link's target, a FIFO. The journal's own files are listed by
/// name only (see [`journal_file`]).
fn files_under(roots: &[&Path]) -> BTreeMap<PathBuf, String> {
    use std::os::unix::fs::{FileTypeExt, PermissionsExt};
    let mut found = BTreeMap::new();
    let mut stack: Vec<PathBuf> = roots.iter().map(|r| r.to_path_buf()).collect();
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            let (kind, mode) = (meta.file_type(), meta.permissions().mode());
            let state = if kind.is_dir() {
                stack.push(path.clone());
                format!("folder {mode:o}")
            } else if kind.is_symlink() {
                format!("link to {}", std::fs::read_link(&path).unwrap().display())
            } else if kind.is_fifo() {
                format!("fifo {mode:o}")
            } else if journal_file(&path) {
                "journal file".into()
            } else if kind.is_file() {
                let bytes = std::fs::read(&path).unwrap();
                format!("file {mode:o} {} {:x}", bytes.len(), Sha256::digest(&bytes))
            } else {
                "other".into()
            };
            found.insert(path, state);
        }
    }
    found
}

/// The journal's content and every file of the test's folders.
#[derive(Clone, PartialEq, Eq, Debug)]
struct Snapshot {
    journal: String,
    files: BTreeMap<PathBuf, String>,
}

/// A message of the catalogue: an `error-…` id and an object of variables.
fn is_message(message: &Value) -> bool {
    message["id"].as_str().is_some_and(|id| id.starts_with("error-")) && message["args"].is_object()
}

/// The paths that were added, removed or changed between two listings.
fn changed(before: &BTreeMap<PathBuf, String>, after: &BTreeMap<PathBuf, String>) -> Vec<PathBuf> {
    let paths: BTreeSet<&PathBuf> = before.keys().chain(after.keys()).collect();
    paths.into_iter().filter(|p| before.get(*p) != after.get(*p)).cloned().collect()
}

/// The error side of a call must be a JSON object with a non-empty `code` and a `message` of the
/// catalogue (`{ id, args }`).
fn assert_error_shape(command: &str, args: &Value, err: &Value) -> Result<(), TestCaseError> {
    let text = |key: &str| err.get(key).and_then(Value::as_str).filter(|s| !s.is_empty());
    prop_assert!(
        err.is_object() && text("code").is_some() && is_message(&err["message"]),
        "{command} answered {} with {err}",
        short(args)
    );
    Ok(())
}

/// The start of a value's JSON, for messages (some hold 100 000 characters).
fn short(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(300) {
        Some((at, _)) => format!("{}… ({} chars)", &text[..at], text.chars().count()),
        None => text,
    }
}

// ---- Hostile values --------------------------------------------------------------------------

const TWO_53_PLUS_1: u64 = (1 << 53) + 1;

fn hostile_numbers() -> Vec<Value> {
    vec![
        json!(-1),
        json!(0),
        json!(11),
        json!(1e308),
        json!(-1e308),
        json!(TWO_53_PLUS_1),
        json!(TWO_53_PLUS_1 as f64),
        json!(0.5),
        json!(-0.0),
        json!(i64::MAX as f64),
        json!(i64::MIN as f64),
        json!(i64::MAX),
        json!(i64::MIN),
        json!(u64::MAX),
        json!(f64::MIN_POSITIVE),
        // NaN and infinity become null in JSON.
        json!(f64::NAN),
        json!(f64::INFINITY),
    ]
}

fn hostile_strings() -> Vec<Value> {
    vec![
        json!(""),
        json!(" "),
        json!("x".repeat(100_000)),
        json!("🧘".repeat(25_000)),
        json!("\u{0}"),
        json!("2026-11-25\u{0}"),
        json!("😌🧘🏽‍♀️"),
        json!("שלום عليكم \u{202e}txt.exe"),
        json!("e\u{301}\u{308}\u{20dd}"),
        json!("2026-02-30"),
        json!("2026-13-01"),
        json!("0000-00-00"),
        json!("9999-12-31T25:61"),
        json!("2026-11-25T24:00"),
        json!("-2026-11-25"),
        json!("'; DROP TABLE check_in; --"),
        json!("\" OR 1=1 --"),
        json!("NaN"),
        json!("Infinity"),
        json!("-inf"),
        json!("1e309"),
        json!("null"),
        json!("../../../../etc/passwd"),
        json!("relative.json"),
        json!("/"),
        json!("/nonexistent/folder/file.json"),
        // Values that are valid somewhere, so deeper checks are reached too.
        json!("2026-11-25"),
        json!("2026-11-01"),
        json!("2026-11-24T10:00"),
        json!("2026-12-01T10:00"),
        json!("2026-11-25T22:00"),
        json!("2027-01-01T10:00"),
        json!("stress"),
        json!("json"),
        json!("csv"),
        json!("keep_mine"),
        json!("dismissed"),
        json!("acted"),
        json!("shiatsu"),
        json!("done"),
        json!("planned"),
    ]
}

/// A hostile leaf: a number, a string, a control character in text, a boolean or null.
fn leaf() -> BoxedStrategy<Value> {
    prop_oneof![
        3 => prop::sample::select(hostile_numbers()),
        5 => prop::sample::select(hostile_strings()),
        1 => (1u32..0x20).prop_map(|c| json!(format!("note{}end", char::from_u32(c).unwrap()))),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => Just(Value::Null),
        1 => any::<i64>().prop_map(|n| json!(n)),
        1 => any::<f64>().prop_map(|n| json!(n)),
    ]
    .boxed()
}

const UNKNOWN_NAMES: &[&str] = &["cortisol", "__proto__", "constructor", "", "día", "🧘", "checkIn2"];

/// A leaf, or a list or an object (keys from `names`, the command's real field names, and
/// unknown ones) of hostile values, up to two levels deep.
fn hostile(names: Vec<String>) -> BoxedStrategy<Value> {
    let mut keys = names;
    keys.extend(UNKNOWN_NAMES.iter().map(|s| s.to_string()));
    leaf()
        .prop_recursive(2, 12, 4, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::vec((prop::sample::select(keys.clone()), inner), 0..5)
                    .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
            ]
        })
        .boxed()
}

/// The paths of `value`'s object fields, two levels deep, and one unknown field in each object.
fn field_paths(value: &Value, prefix: &[String], out: &mut Vec<Vec<String>>) {
    if let Value::Object(map) = value {
        let mut unknown = prefix.to_vec();
        unknown.push("cortisol".into());
        out.push(unknown);
        for (key, inner) in map {
            let mut path = prefix.to_vec();
            path.push(key.clone());
            if path.len() < 3 {
                field_paths(inner, &path, out);
            }
            out.push(path);
        }
    }
}

fn field_names(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                out.push(key.clone());
                field_names(inner, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| field_names(item, out)),
        _ => {}
    }
}

/// `base` with one to three fields set to hostile values or removed.
fn mutated(base: Value) -> BoxedStrategy<Value> {
    let mut paths = Vec::new();
    field_paths(&base, &[], &mut paths);
    if paths.is_empty() {
        return Just(base).boxed();
    }
    let mut names = Vec::new();
    field_names(&base, &mut names);
    let edit = (prop::sample::select(paths), prop::option::weighted(0.85, hostile(names)));
    prop::collection::vec(edit, 1..4)
        .prop_map(move |edits| {
            let mut value = base.clone();
            for (path, new) in edits {
                set_path(&mut value, &path, new);
            }
            value
        })
        .boxed()
}

fn set_path(value: &mut Value, path: &[String], new: Option<Value>) {
    let Some((last, parents)) = path.split_last() else { return };
    let mut at = value;
    for key in parents {
        match at.get_mut(key) {
            Some(inner) => at = inner,
            None => return,
        }
    }
    if let Value::Object(map) = at {
        match new {
            Some(new) => {
                map.insert(last.clone(), new);
            }
            None => {
                map.remove(last);
            }
        }
    }
}

/// The argument names that hold a path from a file or folder dialog.
const PATH_KEYS: &[&str] = &["path", "folder"];

/// One argument: missing, its real value, a hostile value, or the real value with hostile fields;
/// a path (or an object with a path, such as a recovery choice) also gets the hostile `paths`.
fn argument(key: &str, base: Value, paths: &[Value]) -> BoxedStrategy<Option<Value>> {
    let mut names = Vec::new();
    field_names(&base, &mut names);
    let real = base.clone();
    let path_object = base.get("path").is_some();
    let is_path = PATH_KEYS.contains(&key) && !paths.is_empty();
    let with_path = {
        let base = base.clone();
        prop::sample::select(if paths.is_empty() { vec![Value::Null] } else { paths.to_vec() }).prop_map(move |p| {
            let mut value = base.clone();
            if let Value::Object(map) = &mut value {
                map.insert("path".into(), p);
                Some(value)
            } else {
                Some(p)
            }
        })
    };
    let strategy = prop_oneof![
        1 => Just(None),
        1 => Just(Some(real)),
        3 => leaf().prop_map(Some),
        1 => hostile(names).prop_map(Some),
        if base.is_object() { 4 } else { 0 } => mutated(base).prop_map(Some),
        if is_path || (path_object && !paths.is_empty()) { 12 } else { 0 } => with_path,
    ];
    strategy.boxed()
}

/// The arguments object of a call: each argument as [`argument`] makes it, plus unknown keys; now
/// and then not an object at all.
fn arguments(args: &[(&'static str, Value)], paths: &[Value]) -> BoxedStrategy<Value> {
    let each: Vec<BoxedStrategy<Option<Value>>> =
        args.iter().map(|(key, base)| argument(key, base.clone(), paths)).collect();
    let keys: Vec<&'static str> = args.iter().map(|(key, _)| *key).collect();
    let extra = prop::collection::vec((prop::sample::select(UNKNOWN_NAMES.to_vec()), leaf()), 0..3);
    let object = (each, extra).prop_map(move |(values, extra)| {
        let mut map = Map::new();
        for (key, value) in extra {
            map.insert(key.to_string(), value);
        }
        for (key, value) in keys.iter().zip(values) {
            if let Some(value) = value {
                map.insert(key.to_string(), value);
            }
        }
        Value::Object(map)
    });
    prop_oneof![15 => object, 1 => leaf(), 1 => Just(json!([]))].boxed()
}

// ---- The journal the commands run on -----------------------------------------------------

fn check_in(day: &str, notes: &str) -> Value {
    json!({ "day": day, "stress": 4, "sleepHours": 7.5, "sleepQuality": 6, "pain": 2, "selfEsteem": 7,
        "mood": null, "anxiety": null, "bodyAwareness": null, "painAreas": ["neck"], "tags": ["work"],
        "notes": notes, "version": null })
}

fn session(starts_at: &str, status: &str, therapist: &str, notes: &str) -> Value {
    json!({ "id": null, "startsAt": starts_at, "status": status, "kind": "shiatsu", "kindOther": null,
        "durationMin": 60, "therapist": therapist, "place": "Studio Nord", "pressure": "medium",
        "focusAreas": ["shoulders", "neck"], "costCents": 7500, "notes": notes,
        "stressBefore": null, "stressAfter": null, "painBefore": null, "painAfter": null, "version": null })
}

/// A journal with a check-in, a deleted check-in, a done, a planned and a deleted session, a JSON
/// export of it to import, a backup of it to restore, and the [`Hostile`] places around it.
struct Seeded {
    h: Harness,
    session_id: String,
    deleted_session_id: String,
    export: String,
    backup: String,
    hostile: Hostile,
}

/// Places a hostile path may point to, beside the journal and outside its folder: a FIFO, links
/// to a file and a folder outside, a read-only folder and file, a folder named like a file.
struct Hostile {
    outside: tempfile::TempDir,
    paths: Vec<Value>,
}

/// The file outside the journal's folder that links point to; nothing may ever change it.
const VICTIM: &str = "victim.json";

fn hostile_places(dir: &Path) -> Hostile {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let outside = tempfile::tempdir().unwrap();
    let out = outside.path();
    std::fs::write(out.join(VICTIM), "{\"keep\": \"me\"}").unwrap();
    std::fs::create_dir(out.join("folder")).unwrap();
    std::fs::create_dir(out.join("read-only")).unwrap();
    std::fs::write(out.join("read-only/inside.json"), "{}").unwrap();
    std::fs::set_permissions(out.join("read-only"), std::fs::Permissions::from_mode(0o555)).unwrap();
    std::fs::write(dir.join("read-only.json"), "{}").unwrap();
    std::fs::set_permissions(dir.join("read-only.json"), std::fs::Permissions::from_mode(0o444)).unwrap();
    let endings = ["json", "csv", "ics", "png", "txt", "db"];
    let mut fifos = vec![out.join("fifo")];
    fifos.extend(endings.iter().map(|e| dir.join(format!("fifo.{e}"))));
    for fifo in fifos {
        let name = std::ffi::CString::new(fifo.display().to_string()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0, "mkfifo {}", fifo.display());
    }
    // Links named with each ending the commands add, so a write reaches them.
    for e in endings {
        symlink(out.join(VICTIM), dir.join(format!("link.{e}"))).unwrap();
    }
    symlink(out.join(VICTIM), dir.join("link")).unwrap();
    symlink(out.join("folder"), dir.join("folder-link")).unwrap();
    std::fs::create_dir(dir.join("folder.json")).unwrap();
    let at = |base: &Path, name: &str| json!(base.join(name).display().to_string());
    let mut paths = vec![
        // `..` components, into and out of the journal's folder.
        at(dir, "../x.json"),
        at(dir, &format!("sub/../../{}/{VICTIM}", out.file_name().unwrap().to_string_lossy())),
        at(dir, "backups/../journal.db"),
        at(out, "folder/../fifo"),
        // Folders, with and without an ending.
        json!(out.display().to_string()),
        at(out, "folder"),
        at(dir, "folder.json"),
        at(dir, "folder-link"),
        // FIFOs: a command that opens one to read would wait for ever.
        at(out, "fifo"),
        // Links to a file outside: the file they point to must never change.
        at(dir, "link"),
        // A read-only folder and file (root writes there anyway; then the contract still holds).
        at(out, "read-only/x.json"),
        at(out, "read-only/inside.json"),
        at(out, "read-only"),
        at(dir, "read-only.json"),
        // The journal itself, its folder and its backups folder.
        at(dir, "journal.db"),
        at(dir, "journal.db-wal"),
        at(dir, "backups"),
        // Relative, empty, long, NUL, and strange text.
        json!("relative.json"),
        json!("sub/x.json"),
        json!("./journal.db"),
        json!("../../x.json"),
        json!(""),
        json!(" "),
        at(dir, &"x".repeat(300)),
        at(dir, &format!("{}/x.json", "deep".repeat(1200))),
        at(dir, "x\u{0}.json"),
        json!("\u{0}"),
        at(dir, "\u{fffd}\u{fffe}\u{202e}nosj.exe"),
        at(dir, "%C0%AE%C0%AE/x.json"),
        json!(format!("file://{}", dir.join("x.json").display())),
        json!("\\\\server\\share\\x.json"),
        json!("C:\\Windows\\x.json"),
        json!("/dev/null"),
        json!("/dev/zero"),
        json!("/proc/self/mem"),
        // Fine paths, so that accepted calls are reached and checked too.
        at(dir, "fine.json"),
        at(dir, "fine"),
        at(out, "fine.csv"),
    ];
    for e in endings {
        paths.extend([at(dir, &format!("fifo.{e}")), at(dir, &format!("link.{e}"))]);
    }
    paths.extend([json!(null), json!(7), json!([at(dir, "x.json")]), json!({ "path": at(dir, "x.json") })]);
    Hostile { outside, paths }
}

fn seeded() -> Seeded {
    let h = harness();
    h.invoke("save_check_in", json!({ "checkIn": check_in("2026-11-25", "Calm 😌") })).unwrap();
    h.invoke("save_check_in", json!({ "checkIn": check_in("2026-11-20", "gone") })).unwrap();
    h.invoke("delete_check_in", json!({ "day": "2026-11-20" })).unwrap();
    let done = h.invoke("save_session", json!({ "session": session("2026-11-24T10:00", "done", "Ana", "") })).unwrap();
    h.invoke("save_session", json!({ "session": session("2026-12-02T10:00", "planned", "Ana", "") })).unwrap();
    let gone = h.invoke("save_session", json!({ "session": session("2026-11-10T10:00", "done", "Bo", "") })).unwrap();
    h.invoke("delete_session", json!({ "id": gone["id"] })).unwrap();
    let export = h.dir.path().join("import.json").display().to_string();
    let request = json!({ "format": "json", "from": null, "to": null, "bom": false });
    h.invoke("export_journal", json!({ "path": export, "request": request })).unwrap();
    let backup = h.invoke("back_up_now", json!({ "folder": null })).unwrap()["path"].as_str().unwrap().to_string();
    let id = |session: &Value| session["id"].as_str().unwrap().to_string();
    let hostile = hostile_places(h.dir.path());
    Seeded { session_id: id(&done), deleted_session_id: id(&gone), h, export, backup, hostile }
}

impl Seeded {
    fn snapshot(&self) -> Snapshot {
        let files = files_under(&[self.h.dir.path(), self.hostile.outside.path()]);
        Snapshot { journal: content_hash(self.h.dir.path()), files }
    }
}

// ---- What an accepted call may change -------------------------------------------------------

/// What a command may change when it accepts a call. A refused call changes nothing at all: not
/// the journal, not a file in the journal's folder or outside it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum May {
    /// Nothing on disk: a read, or a call that only changes the app's memory.
    ChangeNothing,
    /// The journal's rows, and no file.
    EditJournal,
    /// The journal's rows and one new backup made before the import, in `backups/`.
    Import,
    /// The one file it answers with (`path`): the absolute path it was given, its ending added when
    /// missing. Nothing else: not the file a link there points to, not the journal.
    WriteTheFileItNames,
    /// One new backup file, in the folder it was given (or the backups folder), which it names.
    BackUp,
    /// The journal becomes the backup it was given (checked: the same rows); the replaced journal
    /// is moved into `backups/`.
    Restore,
    /// The demo journal's files beside the journal; the journal's rows stay as they were (closing it
    /// folds its write-ahead log in).
    SwitchJournal,
    /// The journal (encrypted: decrypting it gives the same rows back), its key file, and the
    /// backups and the plain copy in `backups/`.
    Encrypt,
    /// The journal (sync's tables), new files under the sync folder it was given, and one backup
    /// made before joining, in `backups/`.
    Sync,
}

/// A watchdog for calls that never return (a FIFO opened to read waits for a writer for ever): a
/// call that takes longer than [`HANG`] ends the test run with a failure naming it.
struct Watchdog(Arc<Mutex<Option<(Instant, String)>>>);

const HANG: Duration = Duration::from_secs(20);

impl Watchdog {
    fn new() -> Self {
        let current: Arc<Mutex<Option<(Instant, String)>>> = Arc::new(Mutex::new(None));
        let watched = Arc::downgrade(&current);
        std::thread::spawn(move || {
            while let Some(current) = watched.upgrade() {
                if let Some((since, call)) = &*current.lock().unwrap() {
                    if since.elapsed() > HANG {
                        // Straight to stderr: the test harness's capture would swallow `eprintln!`.
                        let message =
                            format!("\nHUNG: {call} did not return within {HANG:?} (a FIFO opened to read?)\n");
                        let _ = std::io::Write::write_all(&mut std::io::stderr(), message.as_bytes());
                        std::process::exit(101);
                    }
                }
                drop(current);
                std::thread::sleep(Duration::from_millis(200));
            }
        });
        Watchdog(current)
    }

    fn call<T>(&self, what: String, call: impl FnOnce() -> T) -> T {
        *self.0.lock().unwrap() = Some((Instant::now(), what));
        let answer = call();
        *self.0.lock().unwrap() = None;
        answer
    }
}

/// The path argument of a call, if it has one that is text.
fn path_argument(call: &Value) -> Option<&str> {
    let direct = PATH_KEYS.iter().find_map(|key| call.get(key));
    direct.or_else(|| call.get("choice").and_then(|c| c.get("path"))).and_then(Value::as_str)
}

/// Checks an accepted call of `command` (`may`) against the snapshots before and after it.
fn check_accepted(
    s: &Seeded,
    command: &str,
    may: May,
    call: &Value,
    answer: &Value,
    before: &Snapshot,
    after: &Snapshot,
) -> Result<(), TestCaseError> {
    let dir = s.h.dir.path();
    let changed = changed(&before.files, &after.files);
    let what = || format!("{command} accepted {} and changed {changed:?}", short(call));
    let given = path_argument(call);
    if let Some(given) = given {
        prop_assert!(Path::new(given).is_absolute(), "{command} accepted the relative path in {}", short(call));
        prop_assert!(
            !Path::new(given).components().any(|c| c == std::path::Component::ParentDir),
            "{command} accepted a path with `..` in {}",
            short(call)
        );
    }
    let backups = dir.join("backups");
    let only = |allowed: &dyn Fn(&Path) -> bool| changed.iter().all(|p| allowed(p));
    let new_in = |folder: &Path, prefix: &str, p: &Path| {
        p.parent() == Some(folder)
            && !before.files.contains_key(p)
            && p.file_name().unwrap_or_default().to_string_lossy().starts_with(prefix)
    };
    match may {
        May::ChangeNothing => prop_assert!(changed.is_empty() && after.journal == before.journal, "{}", what()),
        May::EditJournal => prop_assert!(only(&|p: &Path| p.parent() == Some(dir) && journal_file(p)), "{}", what()),
        May::Import => prop_assert!(
            only(&|p: &Path| {
                (p.parent() == Some(dir) && journal_file(p)) || new_in(&backups, "journal-before-import-", p)
            }) && changed.iter().filter(|p| !journal_file(p)).count() <= 1,
            "{}",
            what()
        ),
        May::WriteTheFileItNames | May::BackUp => {
            // The path it answers with (a calendar export answers `{ file: { path }, sessions }`).
            let answered = answer["path"].as_str().or_else(|| answer["file"]["path"].as_str());
            let written = PathBuf::from(answered.unwrap_or_default());
            let given = PathBuf::from(given.unwrap_or_default());
            // Where a path really is: its folder with links resolved (a dialog may give a linked
            // folder), its own name kept (a link there is replaced, never followed).
            let real = |p: &Path| match (p.parent().map(Path::canonicalize), p.file_name()) {
                (Some(Ok(folder)), Some(name)) => folder.join(name),
                _ => p.to_path_buf(),
            };
            let right_place = if may == May::BackUp {
                let folder = if call.get("folder").is_some_and(|f| !f.is_null()) { given } else { backups.clone() };
                written.parent() == Some(folder.as_path())
                    && changed == [real(&written)]
                    && !before.files.contains_key(&real(&written))
            } else {
                let name = |p: &Path| p.file_name().unwrap_or_default().to_string_lossy().into_owned();
                let (w, g) = (name(&written), name(&given));
                let ending = w.strip_prefix(g.as_str()).unwrap_or("-");
                let ending_ok = ending.is_empty()
                    || (ending.starts_with('.') && ending[1..].bytes().all(|b| b.is_ascii_alphanumeric()));
                written.parent() == given.parent() && ending_ok && changed.iter().all(|p| *p == real(&written))
            };
            prop_assert!(right_place, "{} (it answered {written:?})", what());
            prop_assert!(after.journal == before.journal, "{command} changed the journal for {}", short(call));
        }
        May::Restore => {
            let restored = PathBuf::from(given.unwrap_or_default());
            prop_assert!(
                only(&|p: &Path| (p.parent() == Some(dir) && journal_file(p))
                    || new_in(&backups, "journal-replaced-", p)),
                "{}",
                what()
            );
            prop_assert_eq!(&after.journal, &content_hash_of(&restored), "{} is not the backup it restored", what());
        }
        May::SwitchJournal => prop_assert!(
            only(&|p: &Path| p.parent() == Some(dir)
                && (journal_file(p)
                    || p.file_name().unwrap_or_default().to_string_lossy().starts_with("demo-journal.db")))
                && after.journal == before.journal,
            "{}",
            what()
        ),
        May::Sync => {
            let folder = PathBuf::from(given.unwrap_or_default());
            let folder = folder.canonicalize().unwrap_or(folder);
            prop_assert!(
                only(&|p: &Path| (p.parent() == Some(dir) && journal_file(p))
                    || (p.starts_with(&folder) && !before.files.contains_key(p))
                    || new_in(&backups, "journal-before-import-", p)),
                "{}",
                what()
            );
        }
        May::Encrypt => {
            prop_assert!(
                only(&|p: &Path| (p.parent() == Some(dir)
                    && p.file_name().unwrap_or_default().to_string_lossy().starts_with("journal.db"))
                    || p.starts_with(&backups)),
                "{}",
                what()
            );
        }
    }
    Ok(())
}

/// [`content_hash`] of the journal file at `path`.
fn content_hash_of(path: &Path) -> String {
    let copy = tempfile::tempdir().unwrap();
    std::fs::copy(path, copy.path().join("journal.db")).unwrap();
    content_hash(copy.path())
}

/// Runs `CASES` hostile calls of `command` (whose real arguments are `args`) on a seeded journal,
/// path arguments drawn from hostile paths too. A refused call must change nothing at all; an
/// accepted one only what `may` allows. A call that does not return fails the run.
fn fuzz(command: &'static str, may: May, args: impl FnOnce(&Seeded) -> Vec<(&'static str, Value)>) {
    assert!(ALL_COMMANDS.contains(&command), "{command} is not a command");
    assert!(!NOT_FUZZED.iter().any(|(name, _)| *name == command), "{command} is not to be fuzzed");
    let seeded = seeded();
    let real = args(&seeded);
    let strategy = arguments(&real, &seeded.hostile.paths);
    let s = &seeded;
    let watchdog = Watchdog::new();
    let (accepted, refused) = (std::cell::Cell::new(0), std::cell::Cell::new(0));
    let one = |call: Value| -> Result<(), TestCaseError> {
        let answer = call_and_check(s, &watchdog, command, may, &call)?;
        let counter = if answer { &accepted } else { &refused };
        counter.set(counter.get() + 1);
        Ok(())
    };
    // Every hostile path, with the other arguments real, so each is reached by a valid call.
    for path in &s.hostile.paths {
        for call in with_hostile_path(&real, path) {
            if let Err(err) = one(call) {
                panic!("{command}: {err}");
            }
        }
    }
    let config = Config { cases: CASES, failure_persistence: None, max_shrink_iters: 64, ..Config::default() };
    let mut runner = TestRunner::new(config);
    if let Err(err) = runner.run(&strategy, one) {
        panic!("{command}: {err}");
    }
    eprintln!("{command}: {} calls accepted, {} refused", accepted.get(), refused.get());
}

/// The real arguments with the path in them (an argument named in [`PATH_KEYS`], or the `path` of
/// an object argument) replaced by `path`; none when they hold no path.
fn with_hostile_path(real: &[(&'static str, Value)], path: &Value) -> Vec<Value> {
    let mut calls = Vec::new();
    for (i, (key, value)) in real.iter().enumerate() {
        let replaced = if PATH_KEYS.contains(key) {
            path.clone()
        } else if value.get("path").is_some() {
            let mut value = value.clone();
            value["path"] = path.clone();
            value
        } else {
            continue;
        };
        let mut map: Map<String, Value> = real.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        map.insert(real[i].0.to_string(), replaced);
        calls.push(Value::Object(map));
    }
    calls
}

/// Calls `command` and checks what it changed against `may` (a refused call: nothing). Returns
/// whether the call was accepted.
fn call_and_check(
    s: &Seeded,
    watchdog: &Watchdog,
    command: &str,
    may: May,
    call: &Value,
) -> Result<bool, TestCaseError> {
    let before = s.snapshot();
    let answer = watchdog.call(format!("{command} {}", short(call)), || s.h.invoke(command, call.clone()));
    let after = s.snapshot();
    match &answer {
        Ok(value) => check_accepted(s, command, may, call, value, &before, &after)?,
        Err(err) => {
            assert_error_shape(command, call, err)?;
            let changed = changed(&before.files, &after.files);
            prop_assert!(changed.is_empty(), "{command} refused {} but changed {changed:?}", short(call));
            prop_assert_eq!(
                &after.journal,
                &before.journal,
                "{} changed the journal although it refused {}",
                command,
                short(call)
            );
        }
    }
    if answer.is_ok() && may == May::Encrypt {
        // Back to a plain journal: the rows must be the ones it had.
        s.h.invoke("decrypt_journal", json!({})).unwrap();
        s.h.invoke("forget_plain_copy", json!({})).unwrap();
        prop_assert_eq!(&content_hash(s.h.dir.path()), &before.journal, "encrypting lost rows");
    }
    Ok(answer.is_ok())
}

// ---- One property test per command --------------------------------------------------------

fn none(_: &Seeded) -> Vec<(&'static str, Value)> {
    Vec::new()
}

fn range(_: &Seeded) -> Vec<(&'static str, Value)> {
    vec![("from", json!("2026-11-01")), ("to", json!("2026-11-30"))]
}

fn session_id(s: &Seeded) -> Vec<(&'static str, Value)> {
    vec![("id", json!(s.session_id))]
}

struct Silent;
impl Notifier for Silent {
    fn show(&self, _: &Reminder, _: &str) {}
}

/// The id and reminder arguments of a check-in reminder on the banner: today's check-in is
/// deleted and the scheduler runs once (at 21:00 the 20:30 reminder is due).
fn banner_reminder(s: &Seeded, second: (&'static str, Value)) -> Vec<(&'static str, Value)> {
    s.h.invoke("delete_check_in", json!({ "day": "2026-11-25" })).unwrap();
    run_pass(&s.h.state(), &chrono::Utc, &Silent).unwrap();
    let overview = s.h.invoke("reminder_overview", json!({})).unwrap();
    let id = overview["unanswered"][0]["id"].clone();
    assert!(id.is_string(), "no reminder fired: {overview}");
    vec![("id", id), second]
}

fn reminder_settings(s: &Seeded) -> Vec<(&'static str, Value)> {
    vec![("settings", s.h.invoke("reminder_overview", json!({})).unwrap()["settings"].clone())]
}

#[test]
fn every_command_is_fuzzed_or_listed_with_a_reason() {
    let this = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile_ipc.rs")).unwrap();
    for command in ALL_COMMANDS {
        let fuzzed = this.contains(&format!("fuzz(\"{command}\""));
        let skipped = NOT_FUZZED.iter().any(|(name, _)| name == command);
        assert!(fuzzed != skipped, "{command} must be fuzzed or listed in NOT_FUZZED (not both)");
    }
    for (name, _) in NOT_FUZZED {
        assert!(ALL_COMMANDS.contains(name), "{name} in NOT_FUZZED is not a command");
    }
}

#[test]
fn app_info() {
    fuzz("app_info", May::ChangeNothing, none);
}

#[test]
fn startup_data() {
    fuzz("startup_data", May::ChangeNothing, none);
}

#[test]
fn get_check_in() {
    fuzz("get_check_in", May::ChangeNothing, |_| vec![("day", json!("2026-11-25"))]);
}

#[test]
fn list_check_ins() {
    fuzz("list_check_ins", May::ChangeNothing, range);
}

#[test]
fn save_check_in() {
    fuzz("save_check_in", May::EditJournal, |_| vec![("checkIn", check_in("2026-11-24", "Walked 🌊"))]);
}

#[test]
fn delete_check_in() {
    fuzz("delete_check_in", May::EditJournal, |_| vec![("day", json!("2026-11-25"))]);
}

#[test]
fn restore_check_in() {
    fuzz("restore_check_in", May::EditJournal, |_| vec![("day", json!("2026-11-20"))]);
}

#[test]
fn session_overview() {
    fuzz("session_overview", May::ChangeNothing, none);
}

#[test]
fn get_session() {
    fuzz("get_session", May::ChangeNothing, session_id);
}

#[test]
fn list_sessions() {
    fuzz("list_sessions", May::ChangeNothing, range);
}

#[test]
fn save_session() {
    fuzz("save_session", May::EditJournal, |_| {
        vec![("session", session("2026-11-23T18:30", "done", "Ana", "Looser 🌿"))]
    });
}

#[test]
fn delete_session() {
    fuzz("delete_session", May::EditJournal, session_id);
}

#[test]
fn restore_session() {
    fuzz("restore_session", May::EditJournal, |s| vec![("id", json!(s.deleted_session_id))]);
}

#[test]
fn list_tags() {
    fuzz("list_tags", May::ChangeNothing, none);
}

#[test]
fn search_journal() {
    fuzz("search_journal", May::ChangeNothing, |_| {
        vec![(
            "query",
            json!({ "text": "calm", "tag": "work", "metric": "stress", "min": 1, "max": 9,
                "from": "2026-11-01", "to": "2026-11-30" }),
        )]
    });
}

#[test]
fn get_settings() {
    fuzz("get_settings", May::ChangeNothing, none);
}

#[test]
fn save_settings() {
    fuzz("save_settings", May::EditJournal, |s| vec![("settings", s.h.invoke("get_settings", json!({})).unwrap())]);
}

#[test]
fn insights_dashboard() {
    fuzz("insights_dashboard", May::ChangeNothing, range);
}

#[test]
fn chart_series() {
    fuzz("chart_series", May::ChangeNothing, |_| {
        vec![("query", json!({ "from": "2026-11-01", "to": "2026-11-30", "metrics": ["stress", "index"] }))]
    });
}

#[test]
fn reminder_overview() {
    fuzz("reminder_overview", May::ChangeNothing, none);
}

#[test]
fn save_reminder_settings() {
    fuzz("save_reminder_settings", May::EditJournal, reminder_settings);
}

#[test]
fn preview_reminder_settings() {
    fuzz("preview_reminder_settings", May::ChangeNothing, reminder_settings);
}

#[test]
fn snooze_reminder() {
    fuzz("snooze_reminder", May::EditJournal, |s| banner_reminder(s, ("until", json!("2026-11-25T22:00"))));
}

#[test]
fn answer_reminder() {
    fuzz("answer_reminder", May::EditJournal, |s| banner_reminder(s, ("outcome", json!("dismissed"))));
}

#[test]
fn book_from_reminder() {
    fuzz("book_from_reminder", May::EditJournal, |s| banner_reminder(s, ("startsAt", json!("2026-12-01T10:00"))));
}

#[test]
fn import_columns() {
    fuzz("import_columns", May::ChangeNothing, |s| vec![("path", json!(s.export))]);
}

#[test]
fn preview_import() {
    fuzz("preview_import", May::ChangeNothing, |s| {
        vec![("path", json!(s.export)), ("source", json!({ "kind": "json" }))]
    });
}

#[test]
fn commit_import() {
    fuzz("commit_import", May::Import, |s| {
        vec![("path", json!(s.export)), ("source", json!({ "kind": "json" })), ("policy", json!("keep_mine"))]
    });
}

#[test]
fn backup_overview() {
    fuzz("backup_overview", May::ChangeNothing, none);
}

#[test]
fn export_journal() {
    fuzz("export_journal", May::WriteTheFileItNames, |s| {
        let at = s.h.dir.path().join("out").display().to_string();
        vec![("path", json!(at)), ("request", json!({ "format": "days_csv", "from": null, "to": null, "bom": true }))]
    });
}

#[test]
fn save_chart_file() {
    fuzz("save_chart_file", May::WriteTheFileItNames, |s| {
        let at = s.h.dir.path().join("chart").display().to_string();
        vec![
            ("path", json!(at)),
            ("kind", json!("csv")),
            ("data", json!({ "from": "2026-11-01", "to": "2026-11-30", "metrics": ["stress"] })),
        ]
    });
}

#[test]
fn export_calendar() {
    fuzz("export_calendar", May::WriteTheFileItNames, |s| {
        vec![("path", json!(s.h.dir.path().join("plan.ics").display().to_string()))]
    });
}

#[test]
fn save_recovery_key() {
    fuzz("save_recovery_key", May::WriteTheFileItNames, |s| {
        s.h.invoke("prepare_encryption", json!({})).unwrap();
        vec![("path", json!(s.h.dir.path().join("recovery-key").display().to_string()))]
    });
}

#[test]
fn back_up_now() {
    fuzz("back_up_now", May::BackUp, |s| {
        vec![("folder", json!(s.hostile.outside.path().join("folder").display().to_string()))]
    });
}

#[test]
fn restore_backup() {
    fuzz("restore_backup", May::Restore, |s| vec![("path", json!(s.backup))]);
}

#[test]
fn recover_journal() {
    // Refused while the journal is open; an accepted call would be held to a restore's contract.
    fuzz("recover_journal", May::Restore, |s| vec![("choice", json!({ "kind": "restore", "path": s.backup }))]);
}

#[test]
fn set_start_with_computer() {
    // The mock app has no autostart entry to change: every call is refused, and changes nothing.
    fuzz("set_start_with_computer", May::ChangeNothing, |_| vec![("enabled", json!(true))]);
}

#[test]
fn open_demo() {
    fuzz("open_demo", May::SwitchJournal, none);
}

#[test]
fn close_demo() {
    fuzz("close_demo", May::SwitchJournal, |s| {
        s.h.invoke("open_demo", json!({})).unwrap();
        vec![]
    });
}

#[test]
fn prepare_encryption() {
    fuzz("prepare_encryption", May::ChangeNothing, none);
}

#[test]
fn encrypt_journal() {
    fuzz("encrypt_journal", May::Encrypt, |s| {
        let key = s.h.invoke("prepare_encryption", json!({})).unwrap()["recoveryKey"].clone();
        vec![("request", json!({ "method": "keychain", "passphrase": null, "recoveryKey": key }))]
    });
}

#[test]
fn decrypt_journal() {
    // The journal is not encrypted: every call is refused.
    fuzz("decrypt_journal", May::ChangeNothing, none);
}

#[test]
fn forget_plain_copy() {
    // There is no plain copy to forget: nothing changes.
    fuzz("forget_plain_copy", May::ChangeNothing, none);
}

/// A sync folder outside the data folder, and a code that is well formed but opens nothing.
fn sync_folder(s: &Seeded) -> Value {
    let folder = s.hostile.outside.path().join("sync");
    std::fs::create_dir_all(&folder).unwrap();
    json!(folder.display().to_string())
}

const SYNC_CODE: &str = "00000-00000-00000-00000-00000-00000-00000-00000-00000-00000-00000";

#[test]
fn sync_status() {
    fuzz("sync_status", May::ChangeNothing, none);
}

#[test]
fn sync_start() {
    fuzz("sync_start", May::Sync, |s| vec![("folder", sync_folder(s)), ("computerName", json!("Desk"))]);
}

#[test]
fn sync_preview_join() {
    fuzz("sync_preview_join", May::ChangeNothing, |s| vec![("folder", sync_folder(s)), ("code", json!(SYNC_CODE))]);
}

#[test]
fn sync_join() {
    fuzz("sync_join", May::Sync, |s| {
        vec![("folder", sync_folder(s)), ("code", json!(SYNC_CODE)), ("computerName", json!("Laptop"))]
    });
}

#[test]
fn sync_code() {
    // Sync is off: refused.
    fuzz("sync_code", May::ChangeNothing, none);
}

#[test]
fn sync_now() {
    fuzz("sync_now", May::ChangeNothing, none);
}

#[test]
fn sync_pause() {
    fuzz("sync_pause", May::ChangeNothing, |_| vec![("paused", json!(true))]);
}

#[test]
fn sync_rename() {
    fuzz("sync_rename", May::ChangeNothing, |_| vec![("computerName", json!("Desk"))]);
}

#[test]
fn sync_leave() {
    fuzz("sync_leave", May::ChangeNothing, none);
}

#[test]
fn unlock_journal() {
    // Refused while the journal is open.
    fuzz("unlock_journal", May::ChangeNothing, |_| vec![("secret", json!({ "kind": "keychain" }))]);
}

// ---- Commands that write files or change the system ---------------------------------------

/// Calls that must be refused with `{code, message}`, leaving the journal and the folder as they
/// were.
fn assert_refused_cleanly(h: &Harness, calls: &[(&str, Value)]) {
    for (command, args) in calls {
        let (hash, files) = (content_hash(h.dir.path()), files_under(&[h.dir.path()]));
        let err = h.invoke(command, args.clone()).expect_err(&format!("{command} {} was not refused", short(args)));
        let code = err.get("code").and_then(Value::as_str).is_some_and(|s| !s.is_empty());
        assert!(err.is_object() && code && is_message(&err["message"]), "{command} {} answered {err}", short(args));
        assert_eq!(content_hash(h.dir.path()), hash, "{command} {} changed the journal", short(args));
        assert_eq!(files_under(&[h.dir.path()]), files, "{command} {} wrote a file", short(args));
    }
}

#[test]
fn file_writing_commands_refuse_hostile_paths_and_write_nothing() {
    let s = seeded();
    let h = &s.h;
    let dir = h.dir.path();
    // Folders named like the files the commands would write.
    for name in ["chart.png", "chart.csv", "plan.ics", "out.json", "out.csv"] {
        std::fs::create_dir(dir.join(name)).unwrap();
    }
    let at = |name: &str| dir.join(name).display().to_string();
    let journal = at("journal.db");
    let huge = format!("/{}", "x".repeat(100_000));
    let png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    let query = json!({ "from": "2026-11-01", "to": "2026-11-30", "metrics": ["stress"] });
    let range = json!({ "from": "2026-11-01", "to": "2026-11-30" });
    let request = json!({ "format": "json", "from": null, "to": null, "bom": false });
    let mut hostile_paths: Vec<Value> =
        ["", "relative.json", "\u{0}", "/\u{0}", "/", "..", "😌", huge.as_str()].iter().map(|p| json!(p)).collect();
    hostile_paths.extend([json!(at("sub\u{0}dir/x")), json!(null), json!(7), json!(true), json!([at("x")])]);
    // A folder inside the journal's folder, so a file wrongly written beside it is seen.
    std::fs::create_dir(dir.join("sub")).unwrap();
    let folders: Vec<Value> = ["sub/", "sub/.", "sub/..", "sub//"].iter().map(|f| json!(at(f))).collect();

    let mut calls: Vec<(&str, Value)> = Vec::new();
    for path in hostile_paths.iter().chain(&folders) {
        let folder = folders.contains(path);
        calls.push(("save_chart_file", json!({ "path": path, "kind": "png", "data": png })));
        calls.push(("save_chart_file", json!({ "path": path, "kind": "csv", "data": query })));
        calls.push(("save_chart_file", json!({ "path": path, "kind": "effect-csv", "data": range })));
        calls.push(("export_calendar", json!({ "path": path })));
        calls.push(("export_journal", json!({ "path": path, "request": request })));
        calls.push(("restore_backup", json!({ "path": path })));
        calls.push(("recover_journal", json!({ "choice": { "kind": "restore", "path": path } })));
        if !path.is_null() && !folder {
            // A null folder means the app's own backups folder; a folder is where a backup goes.
            calls.push(("back_up_now", json!({ "folder": path })));
        }
    }
    // Paths that are folders, the journal itself, missing folders and hostile arguments.
    calls.extend([
        ("save_chart_file", json!({ "path": at("chart.png"), "kind": "png", "data": png })),
        ("save_chart_file", json!({ "path": at("chart.csv"), "kind": "csv", "data": query })),
        ("save_chart_file", json!({ "path": at("x.png"), "kind": "gif", "data": png })),
        ("save_chart_file", json!({ "path": at("x.png"), "kind": "png", "data": "data:image/png;base64,!!" })),
        ("save_chart_file", json!({ "path": at("x.png"), "kind": "png", "data": query })),
        ("save_chart_file", json!({ "path": at("x.csv"), "kind": "csv", "data": { "to": "2026-02-30" } })),
        ("save_chart_file", json!({ "path": at("chart.csv"), "kind": "effect-csv", "data": range })),
        ("save_chart_file", json!({ "path": at("x.csv"), "kind": "effect-csv", "data": query })),
        (
            "save_chart_file",
            json!({ "path": at("x.csv"), "kind": "effect-csv", "data": { "from": "2026-11-30", "to": "2026-11-01" } }),
        ),
        ("save_chart_file", json!({ "path": at("x.png"), "kind": "png" })),
        ("save_chart_file", json!({ "path": at("nowhere/x.png"), "kind": "png", "data": png })),
        ("export_calendar", json!({ "path": at("plan.ics") })),
        ("export_calendar", json!({ "path": at("nowhere/plan.ics") })),
        ("export_journal", json!({ "path": at("out.json"), "request": request })),
        ("export_journal", json!({ "path": at("out"), "request": { "format": "days_csv", "bom": "yes" } })),
        ("export_journal", json!({ "path": at("out"), "request": { "format": "xml" } })),
        ("export_journal", json!({ "path": at("out"), "request": { "format": "json", "from": "2026-02-30" } })),
        ("export_journal", json!({ "path": at("out") })),
        ("export_journal", json!({ "path": at("nowhere/out.json"), "request": request })),
        ("back_up_now", json!({ "folder": journal })),
        ("back_up_now", json!({ "folder": at("nowhere") })),
        ("restore_backup", json!({ "path": journal })),
        ("restore_backup", json!({ "path": at("import.json") })),
        ("restore_backup", json!({ "path": at("chart.png") })),
        ("restore_backup", json!({})),
        ("recover_journal", json!({ "choice": { "kind": "empty" } })),
        ("recover_journal", json!({ "choice": "empty" })),
        ("recover_journal", json!({})),
        ("set_start_with_computer", json!({})),
        ("set_start_with_computer", json!({ "enabled": null })),
        ("set_start_with_computer", json!({ "enabled": "true" })),
        ("set_start_with_computer", json!({ "enabled": 1 })),
        ("set_start_with_computer", json!({ "enabled": [true] })),
    ]);
    assert_refused_cleanly(h, &calls);
}

// ---- Text comes back exactly --------------------------------------------------------------

/// Emoji (with skin tone and joiners), right-to-left text with an override, combining marks,
/// tab and line breaks: everything a person may type.
const MIXED: &str = "Calmer 😌🧘🏽‍♀️ — שלום عليكم \u{202e}txt.exe\u{202c} e\u{301}\u{308} Zoë\tdone\r\nnext\n";

fn text_of(len: usize) -> String {
    MIXED.chars().cycle().take(len).collect()
}

#[test]
fn text_round_trips_byte_for_byte() {
    let h = harness();
    let notes = text_of(20_000);
    assert_eq!(notes.chars().count(), 20_000);
    h.invoke("save_check_in", json!({ "checkIn": check_in("2026-11-25", &notes) })).unwrap();
    let read = h.invoke("get_check_in", json!({ "day": "2026-11-25" })).unwrap();
    assert!(read["notes"].as_str() == Some(notes.as_str()), "the check-in's notes changed");

    // Names are trimmed (documented), so the therapist starts and ends with a letter.
    let therapist = format!("Ana {}", text_of(150).replace(['\t', '\r', '\n'], " ").trim_end());
    let saved = h
        .invoke("save_session", json!({ "session": session("2026-11-24T10:00", "done", &therapist, &notes) }))
        .unwrap();
    let read = h.invoke("get_session", json!({ "id": saved["id"] })).unwrap();
    assert!(read["therapist"].as_str() == Some(therapist.as_str()), "the therapist changed");
    assert!(read["notes"].as_str() == Some(notes.as_str()), "the session's notes changed");
}

#[test]
fn nul_control_characters_and_too_long_text_are_refused_by_name() {
    let h = harness();
    let before = content_hash(h.dir.path());
    let mut bad: Vec<String> = ["\u{0}", "\u{1}", "\u{7}", "\u{1b}[31m", "\u{1f}", "\u{7f}", "\u{85}"]
        .iter()
        .map(|c| format!("fine {c} text"))
        .collect();
    bad.push(text_of(20_001));
    for text in &bad {
        let err = h.invoke("save_check_in", json!({ "checkIn": check_in("2026-11-25", text) })).unwrap_err();
        assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("invalid_input"), Some("notes")), "{err}");
        let session = session("2026-11-24T10:00", "done", &format!("Ana{text}"), "");
        let err = h.invoke("save_session", json!({ "session": session })).unwrap_err();
        assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("invalid_input"), Some("therapist")), "{err}");
    }
    assert_eq!(content_hash(h.dir.path()), before);
}

#[test]
fn encryption_status() {
    fuzz("encryption_status", May::ChangeNothing, |_| vec![]);
}

#[test]
fn passphrase_strength() {
    fuzz("passphrase_strength", May::ChangeNothing, |_| vec![("passphrase", json!("lantern orchid gravel"))]);
}

#[test]
fn profile_mark() {
    fuzz("profile_mark", May::ChangeNothing, |_| vec![("mark", json!("painted"))]);
}
