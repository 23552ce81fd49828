//! Every command through Tauri's real IPC layer (mock runtime, the app's own capabilities).

mod support;

use serde_json::{json, Value};
use support::{harness, harness_in};

fn check_in(day: &str, stress: i64) -> Value {
    json!({ "checkIn": { "day": day, "stress": stress, "sleepHours": 7.5, "sleepQuality": 6,
        "pain": 2, "selfEsteem": 7, "mood": null, "anxiety": null, "bodyAwareness": null,
        "notes": "Walked by the river 🌊", "version": null } })
}

#[test]
fn app_info_reports_the_journal_day_and_location() {
    let h = harness();
    let info = h.invoke("app_info", json!({})).unwrap();
    assert_eq!(info["today"], "2026-11-25");
    assert_eq!(info["demo"], false);
    assert_eq!(info["startupError"], Value::Null);
    assert!(info["databasePath"].as_str().unwrap().ends_with("journal.db"));
}

#[test]
fn app_info_names_the_version_and_licence_of_cargo_toml() {
    let info = harness().invoke("app_info", json!({})).unwrap();
    assert_eq!(info["appVersion"], env!("CARGO_PKG_VERSION"));
    assert_eq!(info["licence"], "MIT");
}

#[test]
fn startup_data_is_what_app_info_get_settings_and_get_check_in_answer() {
    let h = harness();
    let data = h.invoke("startup_data", json!({})).unwrap();
    assert_eq!(data["info"], h.invoke("app_info", json!({})).unwrap());
    assert_eq!(data["settings"], h.invoke("get_settings", json!({})).unwrap());
    assert_eq!(data["today"], json!({ "day": "2026-11-25", "checkIn": null }), "no entry yet today");
    let saved = h.invoke("save_check_in", check_in("2026-11-25", 4)).unwrap();
    let data = h.invoke("startup_data", json!({})).unwrap();
    assert_eq!(data["today"]["checkIn"], saved);
    assert_eq!(data["today"]["day"], data["info"]["today"]);
}

#[test]
fn startup_data_of_a_journal_that_did_not_open_carries_only_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("journal.db"), b"this is not a database, just some text".repeat(200)).unwrap();
    let h = harness_in(dir);
    let data = h.invoke("startup_data", json!({})).unwrap();
    assert_eq!(data["info"]["startupError"]["code"], "damaged");
    assert_eq!((&data["settings"], &data["today"]), (&Value::Null, &Value::Null));
}

#[test]
fn a_saved_check_in_is_read_back() {
    let h = harness();
    let saved = h.invoke("save_check_in", check_in("2026-11-25", 4)).unwrap();
    assert_eq!(saved["version"], 1);
    let read = h.invoke("get_check_in", json!({ "day": "2026-11-25" })).unwrap();
    assert_eq!(read, saved);
    assert_eq!(read["notes"], "Walked by the river 🌊");
    assert_eq!(read["sleepHours"], 7.5);
    let listed = h.invoke("list_check_ins", json!({ "from": "2026-11-01", "to": "2026-11-30" })).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1);
}

#[test]
fn a_day_without_entry_reads_as_null() {
    let h = harness();
    assert_eq!(h.invoke("get_check_in", json!({ "day": "2026-11-24" })).unwrap(), Value::Null);
}

#[test]
fn an_unknown_field_gets_code_and_message_and_writes_nothing() {
    let h = harness();
    let mut args = check_in("2026-11-25", 4);
    args["checkIn"]["cortisol"] = json!(12);
    let err = h.invoke("save_check_in", args).unwrap_err();
    assert_eq!(err["code"], "invalid_payload");
    assert!(err["message"].to_string().contains("unknown field `cortisol`"), "{err}");
    assert_eq!(h.count("check_in"), 0);
}

#[test]
fn a_wrong_type_gets_code_and_message_and_writes_nothing() {
    let h = harness();
    let mut args = check_in("2026-11-25", 4);
    args["checkIn"]["stress"] = json!("very");
    let err = h.invoke("save_check_in", args).unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("invalid_payload"), Some("stress")));
    assert_eq!(h.count("check_in"), 0);
}

#[test]
fn an_out_of_range_value_names_its_field_and_writes_nothing() {
    let h = harness();
    let mut args = check_in("2026-11-25", 4);
    args["checkIn"]["sleepHours"] = json!(24.25);
    let err = h.invoke("save_check_in", args).unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("invalid_input"), Some("sleepHours")));
    assert_eq!(h.count("check_in"), 0);
}

#[test]
fn a_future_day_is_refused() {
    let h = harness();
    let err = h.invoke("save_check_in", check_in("2026-11-26", 4)).unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("invalid_input"), Some("day")));
}

#[test]
fn a_stale_edit_is_refused() {
    let h = harness();
    h.invoke("save_check_in", check_in("2026-11-25", 4)).unwrap();
    let err = h.invoke("save_check_in", check_in("2026-11-25", 9)).unwrap_err();
    assert_eq!(err["code"], "stale_version");
    let read = h.invoke("get_check_in", json!({ "day": "2026-11-25" })).unwrap();
    assert_eq!(read["stress"], 4);
}

#[test]
fn delete_and_restore() {
    let h = harness();
    h.invoke("save_check_in", check_in("2026-11-20", 4)).unwrap();
    assert_eq!(h.invoke("delete_check_in", json!({ "day": "2026-11-20" })).unwrap(), Value::Null);
    assert_eq!(h.invoke("get_check_in", json!({ "day": "2026-11-20" })).unwrap(), Value::Null);
    let err = h.invoke("delete_check_in", json!({ "day": "2026-11-20" })).unwrap_err();
    assert_eq!(err["code"], "not_found");
    let back = h.invoke("restore_check_in", json!({ "day": "2026-11-20" })).unwrap();
    assert_eq!(back["stress"], 4);
}

#[test]
fn a_malformed_day_is_an_invalid_input() {
    let h = harness();
    let err = h.invoke("get_check_in", json!({ "day": "2025-02-30" })).unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("invalid_input"), Some("day")));
}

#[test]
fn a_journal_that_cannot_be_opened_is_reported_and_commands_refuse() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("journal.db"), b"this is not a database, just some text".repeat(200)).unwrap();
    let h = harness_in(dir);
    let info = h.invoke("app_info", json!({})).unwrap();
    assert_eq!(info["startupError"]["code"], "damaged");
    let err = h.invoke("get_check_in", json!({ "day": "2026-11-25" })).unwrap_err();
    assert_eq!(err["code"], "journal_unavailable");
}

#[test]
fn tags_and_pain_areas_round_trip_and_tags_are_listed() {
    let h = harness();
    let mut args = check_in("2026-11-25", 4);
    args["checkIn"]["painAreas"] = json!(["lower_back", "neck"]);
    args["checkIn"]["tags"] = json!([" Work ", "yoga"]);
    let saved = h.invoke("save_check_in", args).unwrap();
    assert_eq!(saved["painAreas"], json!(["neck", "lower_back"]));
    assert_eq!(saved["tags"], json!(["Work", "yoga"]));
    let tags = h.invoke("list_tags", json!({})).unwrap();
    let names: Vec<(&str, i64)> =
        tags.as_array().unwrap().iter().map(|t| (t["name"].as_str().unwrap(), t["uses"].as_i64().unwrap())).collect();
    assert_eq!(names, [("Work", 1), ("yoga", 1)]);
}

#[test]
fn an_unknown_body_area_is_refused_and_writes_nothing() {
    let h = harness();
    let mut args = check_in("2026-11-25", 4);
    args["checkIn"]["painAreas"] = json!(["elbow"]);
    let err = h.invoke("save_check_in", args).unwrap_err();
    assert_eq!(err["code"], "invalid_payload");
    assert_eq!(h.count("check_in"), 0);
}

#[test]
fn search_finds_notes_and_filters() {
    let h = harness();
    h.invoke("save_check_in", check_in("2026-11-24", 8)).unwrap();
    let mut quiet = check_in("2026-11-25", 2);
    quiet["checkIn"]["notes"] = json!("Quiet evening at home");
    h.invoke("save_check_in", quiet).unwrap();
    let hits = h
        .invoke(
            "search_journal",
            json!({ "query": { "text": "rive", "tag": null, "metric": null,
        "min": null, "max": null, "from": null, "to": null } }),
        )
        .unwrap();
    assert_eq!(hits.as_array().unwrap().len(), 1);
    assert_eq!(hits[0]["checkIn"]["day"], "2026-11-24");
    assert_eq!(hits[0]["snippet"], "Walked by the \u{E000}river\u{E001} 🌊");
    let hits = h
        .invoke(
            "search_journal",
            json!({ "query": { "text": "", "tag": null, "metric": "stress",
        "min": null, "max": 3, "from": null, "to": null } }),
        )
        .unwrap();
    assert_eq!(hits[0]["checkIn"]["day"], "2026-11-25");
    assert_eq!(hits.as_array().unwrap().len(), 1);
}

#[test]
fn a_malformed_search_gets_code_and_message() {
    let h = harness();
    let err = h.invoke("search_journal", json!({ "query": { "text": "x", "metric": "cortisol" } })).unwrap_err();
    assert_eq!(err["code"], "invalid_payload");
    let err = h.invoke("search_journal", json!({ "query": { "text": "x", "metric": "pain", "min": 12 } })).unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("invalid_input"), Some("min")));
}

#[test]
fn settings_round_trip_and_the_day_boundary_applies_at_once() {
    let h = harness();
    let mut settings = h.invoke("get_settings", json!({})).unwrap();
    assert_eq!(settings["theme"], "system");
    settings["theme"] = json!("dark");
    settings["dayBoundary"] = json!("00:00");
    let saved = h.invoke("save_settings", json!({ "settings": settings })).unwrap();
    assert_eq!(saved["theme"], "dark");
    assert_eq!(h.invoke("get_settings", json!({})).unwrap(), saved);
    // The harness clock reads 21:00, so only a boundary after 21:00 could change the day; check a
    // valid boundary keeps today and an invalid one is refused without changing anything.
    assert_eq!(h.invoke("app_info", json!({})).unwrap()["today"], "2026-11-25");
    settings["dayBoundary"] = json!("23:00");
    let err = h.invoke("save_settings", json!({ "settings": settings })).unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("invalid_input"), Some("dayBoundary")));
    assert_eq!(h.invoke("get_settings", json!({})).unwrap()["dayBoundary"], "00:00");
}

#[test]
fn settings_with_an_unknown_field_are_refused() {
    let h = harness();
    let mut settings = h.invoke("get_settings", json!({})).unwrap();
    settings["fontSize"] = json!(18);
    let err = h.invoke("save_settings", json!({ "settings": settings })).unwrap_err();
    assert_eq!(err["code"], "invalid_payload");
}

#[test]
fn the_demo_journal_is_separate_and_the_real_one_is_untouched() {
    let h = harness();
    h.invoke("save_check_in", check_in("2026-11-25", 4)).unwrap();
    let real = h.dir.path().join("journal.db");
    let info = h.invoke("open_demo", json!({})).unwrap();
    assert_eq!(info["demo"], true);
    assert!(info["databasePath"].as_str().unwrap().ends_with("demo-journal.db"));
    let year = h.invoke("list_check_ins", json!({ "from": "2025-11-26", "to": "2026-11-25" })).unwrap();
    assert!(year.as_array().unwrap().len() > 250, "about a year of sample days");
    assert_eq!(h.invoke("get_settings", json!({})).unwrap()["welcomed"], true);

    let info = h.invoke("close_demo", json!({})).unwrap();
    assert_eq!(info["demo"], false);
    let conn = rusqlite::Connection::open(real).unwrap();
    let days: i64 = conn.query_row("SELECT count(*) FROM check_in", [], |r| r.get(0)).unwrap();
    assert_eq!(days, 1, "the real journal holds only what the person wrote");
    let today = h.invoke("get_check_in", json!({ "day": "2026-11-25" })).unwrap();
    assert_eq!(today["stress"], 4);
}

#[test]
fn the_insights_dashboard_comes_in_one_round_trip() {
    let h = harness();
    h.invoke("open_demo", json!({})).unwrap();
    let dashboard = h.invoke("insights_dashboard", json!({ "from": "2026-05-29", "to": "2026-11-25" })).unwrap();
    assert_eq!(dashboard["indexVersion"], 1);
    assert_eq!(dashboard["range"], json!({ "from": "2026-05-29", "to": "2026-11-25" }));
    assert!(dashboard["massage"]["sessions"].as_u64().unwrap() >= 5);
    assert!(!dashboard["findings"].as_array().unwrap().is_empty());
    assert_eq!(dashboard["caveat"]["id"], "findings-caveat", "{}", dashboard["caveat"]);
    let err = h.invoke("insights_dashboard", json!({ "from": "2026-11-25", "to": "2026-05-29" })).unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("invalid_input"), Some("to")));
}

/// The handler, the permissions and the capability all come from the one command list: every
/// listed command is reachable and answers with a result or a `{code, message}` error, and a name
/// that is not listed is refused by IPC itself.
#[test]
fn every_listed_command_is_registered_and_allowed() {
    let h = harness();
    for command in resilience_journal_lib::COMMANDS {
        if matches!(*command, "open_demo" | "set_start_with_computer") {
            continue; // Switches journals / asks the operating system; their own tests cover them.
        }
        if let Err(err) = h.invoke(command, json!({})) {
            assert!(err["code"].is_string(), "{command} is not reachable: {err}");
        }
    }
    let unknown = h.invoke("drop_journal", json!({})).unwrap_err();
    assert!(unknown.get("code").is_none(), "an unlisted command must not reach the app: {unknown}");
}
