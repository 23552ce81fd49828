//! Hostile input over IPC: every command through Tauri's real IPC layer (mock runtime, the app's
//! own capabilities) with argument objects built from hostile values — out-of-range numbers, huge
//! and empty strings, NUL and control characters, emoji and right-to-left text, invalid dates,
//! SQL-ish text, booleans, `null`, lists, nested objects with real and unknown field names, and
//! missing keys. Every call either succeeds (reads, and writes that are valid) or fails with a
//! `{code, message}` object, and no refused call — nor any read — changes the journal.
//!
//! NaN and infinity cannot travel in JSON: the webview's `JSON.stringify` sends them as `null`
//! (and `serde_json` does the same), so `null` stands for them here, beside the strings "NaN" and
//! "Infinity" and numbers as large as JSON allows.

mod support;

use std::collections::BTreeSet;
use std::path::Path;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use resilience_core::reminders::Reminder;
use resilience_journal_lib::jobs::reminders::{run_pass, Notifier};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use support::{harness, Harness};

/// Commands the property tests leave out, and why. Those that write a file get
/// `file_writing_commands_refuse_hostile_paths_and_write_nothing` instead.
const NOT_FUZZED: &[(&str, &str)] = &[
    ("save_chart_file", "writes a file at the path it is given"),
    ("export_calendar", "writes a file at the path it is given"),
    ("export_journal", "writes a file at the path it is given"),
    ("back_up_now", "writes a backup into the folder it is given"),
    ("restore_backup", "replaces the journal file with the one it is given"),
    ("recover_journal", "replaces the journal file (refused anyway while the journal is open)"),
    ("set_start_with_computer", "changes the operating system's autostart entries"),
    ("open_demo", "switches the app to another journal file"),
    ("close_demo", "switches the app to another journal file"),
    ("save_recovery_key", "writes a file at the path it is given"),
    ("encrypt_journal", "replaces the journal file (tests/commands_encryption.rs)"),
    ("decrypt_journal", "replaces the journal file (tests/commands_encryption.rs)"),
    ("forget_plain_copy", "removes the unencrypted copy (tests/commands_encryption.rs)"),
    ("unlock_journal", "refused while the journal is open (tests/commands_encryption.rs)"),
    ("prepare_encryption", "keeps a new key in memory only (tests/commands_encryption.rs)"),
];

/// Every command, from the one list (`src-tauri/src/command_list.rs`).
const ALL_COMMANDS: &[&str] = resilience_journal_lib::COMMANDS;

const CASES: u32 = 64;

// ---- The journal's content ----------------------------------------------------------------

/// A hash of every row of every table (and the schema) of the journal file, read through a fresh
/// read-only connection, which sees everything committed (WAL included).
fn content_hash(dir: &Path) -> String {
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = rusqlite::Connection::open_with_flags(dir.join("journal.db"), flags).unwrap();
    let mut tables = conn.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").unwrap();
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

/// Every file under `dir` with its size, to see that nothing was written. The journal's own files
/// are listed without their size: closing the journal (as a restore does before it checks the
/// backup) moves the write-ahead log into the database file without changing the content.
fn files_under(dir: &Path) -> BTreeSet<(String, u64)> {
    let mut found = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let entry = entry.unwrap();
            let meta = entry.metadata().unwrap();
            if meta.is_dir() {
                stack.push(entry.path());
            }
            let journal = entry.file_name().to_string_lossy().starts_with("journal.db");
            let size = if meta.is_dir() || journal { 0 } else { meta.len() };
            found.insert((entry.path().display().to_string(), size));
        }
    }
    found
}

/// The error side of a call must be a JSON object with a non-empty `code` and `message`.
fn assert_error_shape(command: &str, args: &Value, err: &Value) -> Result<(), TestCaseError> {
    let text = |key: &str| err.get(key).and_then(Value::as_str).filter(|s| !s.is_empty());
    prop_assert!(
        err.is_object() && text("code").is_some() && text("message").is_some(),
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

/// One argument: missing, its real value, a hostile value, or the real value with hostile fields.
fn argument(base: Value) -> BoxedStrategy<Option<Value>> {
    let mut names = Vec::new();
    field_names(&base, &mut names);
    let real = base.clone();
    let strategy = prop_oneof![
        1 => Just(None),
        1 => Just(Some(real)),
        3 => leaf().prop_map(Some),
        1 => hostile(names).prop_map(Some),
        if base.is_object() { 4 } else { 0 } => mutated(base).prop_map(Some),
    ];
    strategy.boxed()
}

/// The arguments object of a call: each argument as [`argument`] makes it, plus unknown keys; now
/// and then not an object at all.
fn arguments(args: &[(&'static str, Value)]) -> BoxedStrategy<Value> {
    let each: Vec<BoxedStrategy<Option<Value>>> = args.iter().map(|(_, base)| argument(base.clone())).collect();
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

/// A journal with a check-in, a deleted check-in, a done, a planned and a deleted session, and a
/// JSON export of it to import.
struct Seeded {
    h: Harness,
    session_id: String,
    deleted_session_id: String,
    export: String,
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
    let id = |session: &Value| session["id"].as_str().unwrap().to_string();
    Seeded { session_id: id(&done), deleted_session_id: id(&gone), h, export }
}

/// Runs `CASES` hostile calls of `command` (whose real arguments are `args`) on a seeded journal.
/// A read must leave the journal as it was, whatever it answers; a refused write too.
fn fuzz(command: &'static str, write: bool, args: impl FnOnce(&Seeded) -> Vec<(&'static str, Value)>) {
    assert!(ALL_COMMANDS.contains(&command), "{command} is not a command");
    assert!(!NOT_FUZZED.iter().any(|(name, _)| *name == command), "{command} is not to be fuzzed");
    let seeded = seeded();
    let strategy = arguments(&args(&seeded));
    let h = &seeded.h;
    let before = std::cell::RefCell::new(content_hash(h.dir.path()));
    let config = Config { cases: CASES, failure_persistence: None, max_shrink_iters: 256, ..Config::default() };
    let mut runner = TestRunner::new(config);
    let (accepted, refused) = (std::cell::Cell::new(0), std::cell::Cell::new(0));
    let result = runner.run(&strategy, |call| {
        let answer = h.invoke(command, call.clone());
        let after = content_hash(h.dir.path());
        let counter = if answer.is_ok() { &accepted } else { &refused };
        counter.set(counter.get() + 1);
        match &answer {
            Ok(_) if write => {
                before.replace(after);
                return Ok(());
            }
            Ok(_) => {}
            Err(err) => assert_error_shape(command, &call, err)?,
        }
        prop_assert_eq!(
            &after,
            &*before.borrow(),
            "{} changed the journal although it {} for {}",
            command,
            if answer.is_ok() { "only read it" } else { "refused" },
            short(&call)
        );
        Ok(())
    });
    if let Err(err) = result {
        panic!("{command}: {err}");
    }
    eprintln!("{command}: {} calls accepted, {} refused", accepted.get(), refused.get());
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
    fuzz("app_info", false, none);
}

#[test]
fn startup_data() {
    fuzz("startup_data", false, none);
}

#[test]
fn get_check_in() {
    fuzz("get_check_in", false, |_| vec![("day", json!("2026-11-25"))]);
}

#[test]
fn list_check_ins() {
    fuzz("list_check_ins", false, range);
}

#[test]
fn save_check_in() {
    fuzz("save_check_in", true, |_| vec![("checkIn", check_in("2026-11-24", "Walked 🌊"))]);
}

#[test]
fn delete_check_in() {
    fuzz("delete_check_in", true, |_| vec![("day", json!("2026-11-25"))]);
}

#[test]
fn restore_check_in() {
    fuzz("restore_check_in", true, |_| vec![("day", json!("2026-11-20"))]);
}

#[test]
fn session_overview() {
    fuzz("session_overview", false, none);
}

#[test]
fn get_session() {
    fuzz("get_session", false, session_id);
}

#[test]
fn list_sessions() {
    fuzz("list_sessions", false, range);
}

#[test]
fn save_session() {
    fuzz("save_session", true, |_| vec![("session", session("2026-11-23T18:30", "done", "Ana", "Looser 🌿"))]);
}

#[test]
fn delete_session() {
    fuzz("delete_session", true, session_id);
}

#[test]
fn restore_session() {
    fuzz("restore_session", true, |s| vec![("id", json!(s.deleted_session_id))]);
}

#[test]
fn list_tags() {
    fuzz("list_tags", false, none);
}

#[test]
fn search_journal() {
    fuzz("search_journal", false, |_| {
        vec![(
            "query",
            json!({ "text": "calm", "tag": "work", "metric": "stress", "min": 1, "max": 9,
                "from": "2026-11-01", "to": "2026-11-30" }),
        )]
    });
}

#[test]
fn get_settings() {
    fuzz("get_settings", false, none);
}

#[test]
fn save_settings() {
    fuzz("save_settings", true, |s| vec![("settings", s.h.invoke("get_settings", json!({})).unwrap())]);
}

#[test]
fn insights_dashboard() {
    fuzz("insights_dashboard", false, range);
}

#[test]
fn chart_series() {
    fuzz("chart_series", false, |_| {
        vec![("query", json!({ "from": "2026-11-01", "to": "2026-11-30", "metrics": ["stress", "index"] }))]
    });
}

#[test]
fn reminder_overview() {
    fuzz("reminder_overview", false, none);
}

#[test]
fn save_reminder_settings() {
    fuzz("save_reminder_settings", true, reminder_settings);
}

#[test]
fn preview_reminder_settings() {
    fuzz("preview_reminder_settings", false, reminder_settings);
}

#[test]
fn snooze_reminder() {
    fuzz("snooze_reminder", true, |s| banner_reminder(s, ("until", json!("2026-11-25T22:00"))));
}

#[test]
fn answer_reminder() {
    fuzz("answer_reminder", true, |s| banner_reminder(s, ("outcome", json!("dismissed"))));
}

#[test]
fn book_from_reminder() {
    fuzz("book_from_reminder", true, |s| banner_reminder(s, ("startsAt", json!("2026-12-01T10:00"))));
}

#[test]
fn import_columns() {
    fuzz("import_columns", false, |s| vec![("path", json!(s.export))]);
}

#[test]
fn preview_import() {
    fuzz("preview_import", false, |s| vec![("path", json!(s.export)), ("source", json!({ "kind": "json" }))]);
}

#[test]
fn commit_import() {
    fuzz("commit_import", true, |s| {
        vec![("path", json!(s.export)), ("source", json!({ "kind": "json" })), ("policy", json!("keep_mine"))]
    });
}

#[test]
fn backup_overview() {
    fuzz("backup_overview", false, none);
}

// ---- Commands that write files or change the system ---------------------------------------

/// Calls that must be refused with `{code, message}`, leaving the journal and the folder as they
/// were.
fn assert_refused_cleanly(h: &Harness, calls: &[(&str, Value)]) {
    for (command, args) in calls {
        let (hash, files) = (content_hash(h.dir.path()), files_under(h.dir.path()));
        let err = h.invoke(command, args.clone()).expect_err(&format!("{command} {} was not refused", short(args)));
        let text = |key: &str| err.get(key).and_then(Value::as_str).filter(|s| !s.is_empty()).is_some();
        assert!(err.is_object() && text("code") && text("message"), "{command} {} answered {err}", short(args));
        assert_eq!(content_hash(h.dir.path()), hash, "{command} {} changed the journal", short(args));
        assert_eq!(files_under(h.dir.path()), files, "{command} {} wrote a file", short(args));
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
    fuzz("encryption_status", false, |_| vec![]);
}

#[test]
fn passphrase_strength() {
    fuzz("passphrase_strength", false, |_| vec![("passphrase", json!("lantern orchid gravel"))]);
}

#[test]
fn profile_mark() {
    fuzz("profile_mark", false, |_| vec![("mark", json!("painted"))]);
}
