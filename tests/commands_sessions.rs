//! The massage-session commands through Tauri's real IPC layer (mock runtime, the app's own
//! capabilities).

mod support;

use serde_json::{json, Value};
use support::{harness, Harness};

trait Sessions {
    fn save(&self, session: Value) -> Result<Value, Value>;
    fn row_counts(&self) -> (i64, i64);
}

impl Sessions for Harness {
    fn save(&self, session: Value) -> Result<Value, Value> {
        self.invoke("save_session", json!({ "session": session }))
    }

    /// Rows in the session table and in its focus-area table, tombstones included.
    fn row_counts(&self) -> (i64, i64) {
        (self.count("massage_session"), self.count("massage_session_focus_area"))
    }
}

fn session(starts_at: &str, status: &str) -> Value {
    json!({ "id": null, "startsAt": starts_at, "status": status, "kind": "shiatsu", "kindOther": null,
        "durationMin": 60, "therapist": "Ana", "place": "Studio Nord", "pressure": "medium",
        "focusAreas": ["shoulders", "neck"], "costCents": 7500, "notes": "Much looser afterwards 🌿",
        "stressBefore": 7, "stressAfter": 3, "painBefore": null, "painAfter": 2, "version": null })
}

fn edit_of(saved: &Value) -> Value {
    let mut draft = saved.clone();
    let fields = draft.as_object_mut().unwrap();
    fields.remove("createdAt");
    fields.remove("updatedAt");
    draft
}

#[test]
fn a_saved_session_is_read_back() {
    let h = harness();
    let saved = h.save(session("2026-11-25T18:30", "done")).unwrap();
    assert_eq!((saved["version"].as_i64(), saved["startsAt"].as_str()), (Some(1), Some("2026-11-25T18:30")));
    assert_eq!(saved["focusAreas"], json!(["neck", "shoulders"]));
    assert_eq!((saved["kind"].as_str(), saved["pressure"].as_str()), (Some("shiatsu"), Some("medium")));
    assert_eq!((saved["costCents"].as_i64(), saved["painBefore"].as_i64()), (Some(7500), None));
    let id = saved["id"].as_str().unwrap();
    assert_eq!(h.invoke("get_session", json!({ "id": id })).unwrap(), saved);
    let listed = h.invoke("list_sessions", json!({ "from": "2026-11-25", "to": "2026-11-25" })).unwrap();
    assert_eq!(listed, json!([saved]));
    assert_eq!(h.row_counts(), (1, 2));
}

#[test]
fn an_edit_with_the_current_version_is_saved() {
    let h = harness();
    let saved = h.save(session("2026-11-28T10:00", "planned")).unwrap();
    let mut edit = edit_of(&saved);
    edit["startsAt"] = json!("2026-11-24T10:00");
    edit["status"] = json!("done");
    edit["kind"] = json!("other");
    edit["kindOther"] = json!("Lomi lomi");
    edit["focusAreas"] = json!(["feet"]);
    let updated = h.save(edit).unwrap();
    assert_eq!((updated["id"].clone(), updated["version"].as_i64()), (saved["id"].clone(), Some(2)));
    assert_eq!((updated["kindOther"].as_str(), updated["focusAreas"].clone()), (Some("Lomi lomi"), json!(["feet"])));
    assert_eq!(h.row_counts(), (1, 1));
}

#[test]
fn malformed_payloads_get_code_and_message_and_write_nothing() {
    let h = harness();
    let cases: [(&str, Value, &str, &str); 10] = [
        ("unknown field", json!({ "mood": 3 }), "invalid_payload", "mood"),
        ("wrong kind", json!({ "kind": "hot_stone" }), "invalid_payload", "kind"),
        ("wrong status", json!({ "status": "Done" }), "invalid_payload", "status"),
        ("wrong area", json!({ "focusAreas": ["neck", "elbow"] }), "invalid_payload", "focusAreas[1]"),
        ("NaN duration", json!({ "durationMin": "NaN" }), "invalid_payload", "durationMin"),
        ("fractional cost", json!({ "costCents": 12.5 }), "invalid_payload", "costCents"),
        ("duration 0", json!({ "durationMin": 0 }), "invalid_input", "durationMin"),
        ("duration 601", json!({ "durationMin": 601 }), "invalid_input", "durationMin"),
        ("other without name", json!({ "kind": "other" }), "invalid_input", "kindOther"),
        ("no such day", json!({ "startsAt": "2025-02-30T10:00" }), "invalid_input", "startsAt"),
    ];
    for (what, change, code, field) in cases {
        let mut draft = session("2026-11-25T18:30", "done");
        for (key, value) in change.as_object().unwrap() {
            draft[key] = value.clone();
        }
        let err = h.save(draft).unwrap_err();
        assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some(code), Some(field)), "{what}: {err}");
        assert!(err["message"]["id"].as_str().is_some_and(|id| id.starts_with("error-")), "{what}: {err}");
    }
    for starts_at in ["NaN", "nan", "Infinity", "2026-11-25T18:30:00", ""] {
        let err = h.save(session(starts_at, "planned")).unwrap_err();
        assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("invalid_input"), Some("startsAt")), "{err}");
    }
    let mut missing = session("2026-11-25T18:30", "done");
    missing.as_object_mut().unwrap().remove("notes");
    assert_eq!(h.save(missing).unwrap_err()["code"], "invalid_payload");
    assert_eq!(h.row_counts(), (0, 0));
}

#[test]
fn an_unknown_field_is_named_in_the_message() {
    let h = harness();
    let mut draft = session("2026-11-25T18:30", "done");
    draft["temperature"] = json!(38);
    let err = h.save(draft).unwrap_err();
    assert!(err["message"].to_string().contains("unknown field `temperature`"), "{err}");
}

#[test]
fn done_in_the_future_is_refused_but_planned_is_fine() {
    let h = harness();
    let err = h.save(session("2026-11-26T09:00", "done")).unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("invalid_input"), Some("status")));
    assert_eq!(h.row_counts(), (0, 0));
    assert!(h.save(session("2026-11-26T09:00", "planned")).is_ok());
}

#[test]
fn a_stale_edit_is_refused() {
    let h = harness();
    let saved = h.save(session("2026-11-25T18:30", "done")).unwrap();
    let mut first = edit_of(&saved);
    first["notes"] = json!("First edit.");
    h.save(first).unwrap();
    let mut second = edit_of(&saved);
    second["notes"] = json!("Second edit, from an old copy.");
    let err = h.save(second).unwrap_err();
    assert_eq!(err["code"], "stale_version");
    let read = h.invoke("get_session", json!({ "id": saved["id"] })).unwrap();
    assert_eq!((read["notes"].as_str(), read["version"].as_i64()), (Some("First edit."), Some(2)));
}

#[test]
fn delete_and_restore() {
    let h = harness();
    let saved = h.save(session("2026-11-20T18:30", "done")).unwrap();
    let id = json!({ "id": saved["id"] });
    assert_eq!(h.invoke("delete_session", id.clone()).unwrap(), Value::Null);
    assert_eq!(h.invoke("get_session", id.clone()).unwrap(), Value::Null);
    assert_eq!(h.invoke("list_sessions", json!({ "from": "2026-11-01", "to": "2026-11-30" })).unwrap(), json!([]));
    assert_eq!(h.invoke("delete_session", id.clone()).unwrap_err()["code"], "not_found");
    assert_eq!(h.row_counts(), (1, 2), "a tombstone, not a removal");
    let back = h.invoke("restore_session", id).unwrap();
    assert_eq!((back["version"].as_i64(), back["focusAreas"].clone()), (Some(3), saved["focusAreas"].clone()));
}

#[test]
fn ids_and_days_are_checked() {
    let h = harness();
    let unknown = json!({ "id": "0192f0c1-7a3b-7cde-8f00-123456789abc" });
    assert_eq!(h.invoke("get_session", unknown.clone()).unwrap(), Value::Null);
    assert_eq!(h.invoke("restore_session", unknown).unwrap_err()["code"], "not_found");
    let err = h.invoke("get_session", json!({ "id": "42" })).unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("invalid_input"), Some("id")));
    let err = h.invoke("list_sessions", json!({ "from": "2026-11-30", "to": "2026-11-01" })).unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("invalid_input"), Some("to")));
}

#[test]
fn the_overview_groups_sessions_around_now() {
    let h = harness();
    let empty = h.invoke("session_overview", json!({})).unwrap();
    assert_eq!(
        empty,
        json!({ "upcoming": [], "awaitingOutcome": [], "past": [], "daysSinceLast": null, "lastDone": null })
    );
    let id = |starts_at, status| h.save(session(starts_at, status)).unwrap()["id"].clone();
    let upcoming = id("2026-11-27T18:00", "planned");
    let missed = id("2026-11-24T18:00", "planned");
    let done = id("2026-11-22T18:00", "done");
    let cancelled = id("2026-11-23T18:00", "cancelled");
    let overview = h.invoke("session_overview", json!({})).unwrap();
    let ids = |key: &str| overview[key].as_array().unwrap().iter().map(|s| s["id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids("upcoming"), [upcoming]);
    assert_eq!(ids("awaitingOutcome"), [missed]);
    assert_eq!(ids("past"), [cancelled, done.clone()]);
    assert_eq!(overview["lastDone"]["id"], done);
    // 22 to 25 November.
    assert_eq!(overview["daysSinceLast"], 3);
}
