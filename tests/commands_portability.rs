//! Export, import, backups and restore through Tauri's real IPC layer: a journal exported as JSON
//! and imported into an empty one holds the same days; an import is previewed first and backed up
//! before it is written; a restore moves the current journal aside and reopens.

mod support;

use serde_json::{json, Value};
use support::{harness, Harness};

trait Data {
    fn log(&self, day: &str, stress: i64, notes: &str);
    fn days(&self) -> Vec<(String, Value, String)>;
}

impl Data for Harness {
    fn log(&self, day: &str, stress: i64, notes: &str) {
        let check_in = json!({ "day": day, "stress": stress, "sleepHours": 7.5, "sleepQuality": 6, "pain": 2,
            "selfEsteem": 7, "mood": null, "anxiety": null, "bodyAwareness": null, "notes": notes,
            "tags": ["walk"], "version": null });
        self.invoke("save_check_in", json!({ "checkIn": check_in })).unwrap();
    }

    fn days(&self) -> Vec<(String, Value, String)> {
        let list = self.invoke("list_check_ins", json!({ "from": "2026-01-01", "to": "2026-11-25" })).unwrap();
        list.as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (c["day"].as_str().unwrap().to_string(), c["stress"].clone(), c["notes"].as_str().unwrap().to_string())
            })
            .collect()
    }
}

fn export(h: &Harness, format: &str, path: &std::path::Path) -> Result<Value, Value> {
    let request = json!({ "format": format, "from": null, "to": null, "bom": false });
    h.invoke("export_journal", json!({ "path": path, "request": request }))
}

#[test]
fn a_json_export_imported_into_an_empty_journal_has_the_same_days() {
    let mine = harness();
    mine.log("2026-11-20", 6, "Long day — שלום 😌");
    mine.log("2026-11-21", 3, "Calm <b>evening</b>");
    let file = mine.dir.path().join("export");
    let saved = export(&mine, "json", &file).unwrap();
    let path = saved["path"].as_str().unwrap().to_string();
    assert!(path.ends_with("export.json"));

    let fresh = harness();
    let source = json!({ "kind": "json" });
    let preview = fresh.invoke("preview_import", json!({ "path": path, "source": source })).unwrap();
    assert_eq!(
        (preview["days"].clone(), preview["newDays"].clone(), preview["conflicts"].clone()),
        (json!(2), json!(2), json!(0))
    );
    assert_eq!(fresh.count("check_in"), 0, "a preview writes nothing");
    let outcome =
        fresh.invoke("commit_import", json!({ "path": path, "source": source, "policy": "keep_mine" })).unwrap();
    assert_eq!(outcome["report"]["addedDays"], 2);
    assert!(outcome["backup"]["path"].as_str().unwrap().contains("backups"), "backed up before writing");
    assert_eq!(outcome["backup"]["kind"], "before_import");
    assert_eq!(fresh.days(), mine.days());

    // Exported again, the new journal says the same.
    let again = fresh.dir.path().join("again.json");
    export(&fresh, "json", &again).unwrap();
    let strip = |text: String| -> Value {
        let mut doc: Value = serde_json::from_str(&text).unwrap();
        doc.as_object_mut().unwrap().remove("exportedAt");
        doc
    };
    assert_eq!(strip(std::fs::read_to_string(&again).unwrap()), strip(std::fs::read_to_string(&path).unwrap()));
}

#[test]
fn csv_exports_and_bad_requests() {
    let h = harness();
    h.log("2026-11-20", 6, "a, \"quoted\" note");
    let days = export(&h, "days_csv", &h.dir.path().join("days")).unwrap();
    let text = std::fs::read_to_string(days["path"].as_str().unwrap()).unwrap();
    assert!(text.lines().nth(1).unwrap().starts_with("2026-11-20,"), "{text}");
    assert!(text.contains("\"a, \"\"quoted\"\" note\""));
    let bad = export(&h, "xml", &h.dir.path().join("x")).unwrap_err();
    assert_eq!(bad["field"], "format");
    let relative = export(&h, "json", std::path::Path::new("journal.json")).unwrap_err();
    assert_eq!(relative["field"], "path");
    let unknown =
        h.invoke("export_journal", json!({ "path": "/tmp/x.json", "request": { "format": "json", "colour": 1 } }));
    assert_eq!(unknown.unwrap_err()["code"], "invalid_payload");
}

#[test]
fn a_bad_import_changes_nothing_and_leaves_no_backup() {
    let h = harness();
    h.log("2026-11-20", 6, "mine");
    let file = h.dir.path().join("broken.json");
    std::fs::write(&file, b"{\"format\": \"resilience-journal\", \"version\": 99}").unwrap();
    let source = json!({ "kind": "json" });
    let err =
        h.invoke("commit_import", json!({ "path": file, "source": source, "policy": "take_theirs" })).unwrap_err();
    assert!(err["message"]["id"].as_str().is_some_and(|id| id.starts_with("error-")), "{err}");
    assert!(
        !h.dir.path().join("backups").exists() || std::fs::read_dir(h.dir.path().join("backups")).unwrap().count() == 0
    );
    let policy = h.invoke("commit_import", json!({ "path": file, "source": source, "policy": "merge" })).unwrap_err();
    assert_eq!(policy["field"], "policy");
    assert_eq!(h.days().len(), 1);
}

#[test]
fn a_restore_moves_the_journal_aside_and_reopens_and_can_be_undone() {
    let h = harness();
    h.log("2026-11-20", 6, "before the backup");
    let backup = h.invoke("back_up_now", json!({ "folder": null })).unwrap();
    h.log("2026-11-21", 2, "after the backup");
    assert_eq!(h.days().len(), 2);

    let report = h.invoke("restore_backup", json!({ "path": backup["path"] })).unwrap();
    assert_eq!(h.days().len(), 1, "the journal in use is the backup");
    let moved = report["movedAside"].as_str().unwrap().to_string();
    assert!(std::path::Path::new(&moved).exists(), "the replaced journal is kept");
    let overview = h.invoke("backup_overview", json!({})).unwrap();
    let kinds: Vec<&str> =
        overview["backups"].as_array().unwrap().iter().map(|b| b["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"replaced") && kinds.contains(&"manual"), "{kinds:?}");

    // Undo: restore the journal that was moved aside.
    h.invoke("restore_backup", json!({ "path": moved })).unwrap();
    assert_eq!(h.days().len(), 2);
    let not_a_backup = h.dir.path().join("notes.txt");
    std::fs::write(&not_a_backup, "hello").unwrap();
    let err = h.invoke("restore_backup", json!({ "path": not_a_backup })).unwrap_err();
    assert!(err["message"]["id"].as_str().is_some_and(|id| id.starts_with("error-")), "{err}");
    assert_eq!(h.days().len(), 2, "a bad backup changes nothing");
}

// ---- The daily backup: once per journal day ------------------------------------------------

fn local_time(day: u32, h: u32, m: u32) -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, day).unwrap().and_hms_opt(h, m, 0).unwrap()
}

fn dailies(h: &Harness) -> usize {
    let overview = h.invoke("backup_overview", json!({})).unwrap();
    overview["backups"].as_array().unwrap().iter().filter(|b| b["kind"] == "daily").count()
}

#[test]
fn the_daily_backup_is_taken_once_per_journal_day_in_the_local_time_zone() {
    // UTC+10: every pass below is on Nov 25 in UTC; UTC-8: on Nov 26; UTC: 23:30 is Nov 25 and
    // 02:00 Nov 26. Only the journal day (boundary 04:00) tells the passes apart.
    for hours in [10, -8, 0] {
        let clock = resilience_journal_lib::clock::ManualClock::in_zone(
            local_time(25, 23, 30),
            chrono::FixedOffset::east_opt(hours * 3600).unwrap(),
        );
        let h = support::harness_with(tempfile::tempdir().unwrap(), clock.clone());
        resilience_journal_lib::jobs::backup::daily_backup(&h.state());
        assert_eq!(dailies(&h), 1, "UTC{hours:+}: the first pass backs up");
        clock.set(local_time(26, 2, 0));
        resilience_journal_lib::jobs::backup::daily_backup(&h.state());
        assert_eq!(dailies(&h), 1, "UTC{hours:+}: 02:00 is still the journal day of 23:30");
        clock.set(local_time(26, 4, 30));
        resilience_journal_lib::jobs::backup::daily_backup(&h.state());
        assert_eq!(dailies(&h), 2, "UTC{hours:+}: 04:30 begins a new journal day");
        clock.set(local_time(26, 23, 0));
        resilience_journal_lib::jobs::backup::daily_backup(&h.state());
        assert_eq!(dailies(&h), 2, "UTC{hours:+}: once per journal day");
    }
}

#[test]
fn the_daily_backup_follows_the_day_boundary_in_the_settings() {
    // UTC+3: 23:30 and 02:00 are both on Nov 25 in UTC.
    let clock = resilience_journal_lib::clock::ManualClock::in_zone(
        local_time(25, 23, 30),
        chrono::FixedOffset::east_opt(3 * 3600).unwrap(),
    );
    let h = support::harness_with(tempfile::tempdir().unwrap(), clock.clone());
    let mut settings = h.invoke("get_settings", json!({})).unwrap();
    settings["dayBoundary"] = json!("00:00");
    h.invoke("save_settings", json!({ "settings": settings })).unwrap();
    resilience_journal_lib::jobs::backup::daily_backup(&h.state());
    clock.set(local_time(26, 2, 0));
    resilience_journal_lib::jobs::backup::daily_backup(&h.state());
    assert_eq!(dailies(&h), 2, "with days beginning at midnight, 02:00 is a new journal day");
}
