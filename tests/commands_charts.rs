//! The chart commands through Tauri's real IPC layer (mock runtime, the app's own capabilities):
//! the series of a range as the Trends screen asks for it, bad queries, and chart files.

mod support;

use serde_json::{json, Value};
use support::{harness, Harness};

trait Charts {
    fn log(&self, day: &str, stress: Option<i64>, pain: Option<i64>, notes: &str);
    fn book(&self, starts_at: &str, status: &str) -> String;
    fn chart(&self, query: Value) -> Result<Value, Value>;
}

impl Charts for Harness {
    fn log(&self, day: &str, stress: Option<i64>, pain: Option<i64>, notes: &str) {
        let check_in = json!({ "day": day, "stress": stress, "sleepHours": null, "sleepQuality": null,
            "pain": pain, "selfEsteem": null, "mood": null, "anxiety": null, "bodyAwareness": null,
            "notes": notes, "version": null });
        self.invoke("save_check_in", json!({ "checkIn": check_in })).unwrap();
    }

    fn book(&self, starts_at: &str, status: &str) -> String {
        let session = json!({ "id": null, "startsAt": starts_at, "status": status, "kind": "thai",
            "kindOther": null, "durationMin": 60, "therapist": "", "place": "", "pressure": null,
            "focusAreas": [], "costCents": null, "notes": "", "stressBefore": null, "stressAfter": null,
            "painBefore": null, "painAfter": null, "version": null });
        let saved = self.invoke("save_session", json!({ "session": session })).unwrap();
        saved["id"].as_str().unwrap().to_string()
    }

    fn chart(&self, query: Value) -> Result<Value, Value> {
        self.invoke("chart_series", json!({ "query": query }))
    }
}

#[test]
fn a_month_by_day_has_gaps_rolling_means_notes_and_markers() {
    let h = harness();
    h.log("2026-11-01", Some(6), Some(3), "Long day at work, then a walk by the river with Sam");
    h.log("2026-11-02", Some(4), None, "");
    h.log("2026-11-04", Some(2), Some(1), "");
    let done = h.book("2026-11-02T18:00", "done");
    let planned = h.book("2026-11-28T10:00", "planned");
    let chart = h
        .chart(json!({ "from": "2026-11-01", "to": "2026-11-30", "metrics": ["stress", "pain", "index"],
            "resolution": "auto" }))
        .unwrap();
    assert_eq!((chart["resolution"].as_str(), chart["rollingDays"].as_u64()), (Some("day"), Some(7)));
    assert_eq!(chart["days"].as_array().unwrap().len(), 30);
    assert_eq!(chart["days"][3], "2026-11-04");
    let stress = &chart["series"][0];
    assert_eq!(stress["metric"], "stress");
    assert_eq!(
        stress["values"].as_array().unwrap()[..5],
        [json!(6.0), json!(4.0), Value::Null, json!(2.0), Value::Null]
    );
    // 7-day means: (6)/1, (6+4)/2, gap day still 5, (6+4+2)/3 = 4.
    assert_eq!(stress["rolling"].as_array().unwrap()[..4], [json!(6.0), json!(5.0), json!(5.0), json!(4.0)]);
    assert_eq!(stress["summary"]["loggedDays"], 3);
    assert_eq!(stress["summary"]["mean"], 4.0);
    // Index of 1 Nov: calm 40, comfort 70 → 55; 2 Nov has one component only → gap.
    assert_eq!(chart["series"][2]["values"].as_array().unwrap()[..2], [json!(55.0), Value::Null]);
    assert_eq!(chart["notes"][0], "Long day at work, then a walk by the river with Sam");
    assert_eq!(chart["notes"][1], Value::Null);
    let markers: Vec<(&str, &str, &str)> = chart["markers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["id"].as_str().unwrap(), m["day"].as_str().unwrap(), m["status"].as_str().unwrap()))
        .collect();
    assert_eq!(markers, vec![(done.as_str(), "2026-11-02", "done"), (planned.as_str(), "2026-11-28", "planned")]);
    assert_eq!(chart["correlation"], Value::Null);
}

#[test]
fn all_of_the_journal_starts_at_its_first_entry_and_long_ranges_come_by_week() {
    let h = harness();
    h.log("2024-06-05", Some(8), None, "");
    h.log("2024-06-06", Some(6), None, "");
    h.log("2026-11-25", Some(2), None, "");
    let chart = h.chart(json!({ "from": null, "to": "2026-11-25", "metrics": ["stress"] })).unwrap();
    assert_eq!((chart["from"].as_str(), chart["resolution"].as_str()), (Some("2024-06-05"), Some("week")));
    // 5 June 2024 is a Wednesday: the first week is Wed–Sun, its mean (8 + 6)/2 = 7 over 2 days.
    assert_eq!((chart["days"][0].as_str(), chart["days"][1].as_str()), (Some("2024-06-05"), Some("2024-06-10")));
    assert_eq!(
        (chart["series"][0]["values"][0].as_f64(), chart["series"][0]["counts"][0].as_u64()),
        (Some(7.0), Some(2))
    );
    assert_eq!(chart["notes"], json!([]));
    // Asked by day, the same range has a point per day.
    let by_day =
        h.chart(json!({ "from": null, "to": "2026-11-25", "metrics": ["stress"], "resolution": "day" })).unwrap();
    assert_eq!(by_day["days"].as_array().unwrap().len(), 904);
    // An empty journal gives a one-day chart without values, not an error.
    let empty = harness();
    let nothing = empty.chart(json!({ "from": null, "to": "2026-11-25", "metrics": ["mood"] })).unwrap();
    assert_eq!(
        (nothing["days"].clone(), nothing["series"][0]["values"].clone()),
        (json!(["2026-11-25"]), json!([null]))
    );
}

#[test]
fn two_metrics_come_with_r_and_n() {
    let h = harness();
    for (day, stress, pain) in [("2026-11-01", 2, 1), ("2026-11-02", 5, 4), ("2026-11-03", 8, 9)] {
        h.log(day, Some(stress), Some(pain), "");
    }
    h.log("2026-11-04", Some(3), None, "");
    let chart = h.chart(json!({ "from": "2026-11-01", "to": "2026-11-07", "metrics": ["stress", "pain"] })).unwrap();
    let correlation = &chart["correlation"];
    assert_eq!(
        (correlation["a"].as_str(), correlation["b"].as_str(), correlation["n"].as_u64()),
        (Some("stress"), Some("pain"), Some(3))
    );
    // Stress 2, 5, 8 (mean 5) and pain 1, 4, 9 (mean 14/3): Σdxdy = 11 + 0 + 13 = 24, Σdx² = 18,
    // Σdy² = (121 + 4 + 169)/9 = 294/9, so r = 24/√(18 · 294/9) = 24/√588 = 0.98974…
    assert!((correlation["r"].as_f64().unwrap() - 24.0 / 588f64.sqrt()).abs() < 1e-12);
}

#[test]
fn bad_queries_say_what_is_wrong_and_where() {
    let h = harness();
    let nine =
        ["stress", "sleepHours", "sleepQuality", "pain", "selfEsteem", "mood", "anxiety", "bodyAwareness", "index"];
    let mut ten: Vec<&str> = nine.to_vec();
    ten.push("stress");
    let cases: [(&str, Value, &str, &str); 9] = [
        (
            "start after end",
            json!({ "from": "2026-11-10", "to": "2026-11-01", "metrics": ["stress"] }),
            "invalid_input",
            "from",
        ),
        ("no metric", json!({ "from": "2026-11-01", "to": "2026-11-10", "metrics": [] }), "invalid_input", "metrics"),
        (
            "ten metrics",
            json!({ "from": "2026-11-01", "to": "2026-11-10", "metrics": ten }),
            "invalid_input",
            "metrics",
        ),
        (
            "unknown metric",
            json!({ "from": "2026-11-01", "to": "2026-11-10", "metrics": ["stress", "weight"] }),
            "invalid_payload",
            "metrics[1]",
        ),
        (
            "not a day",
            json!({ "from": "2026-11-31", "to": "2026-12-10", "metrics": ["stress"] }),
            "invalid_input",
            "from",
        ),
        (
            "end not a text",
            json!({ "from": "2026-11-01", "metrics": ["stress"], "to": 20261110 }),
            "invalid_payload",
            "to",
        ),
        (
            "unknown resolution",
            json!({ "from": null, "to": "2026-11-10", "metrics": ["pain"], "resolution": "month" }),
            "invalid_payload",
            "resolution",
        ),
        (
            "unknown field",
            json!({ "from": null, "to": "2026-11-10", "metrics": ["pain"], "smooth": true }),
            "invalid_payload",
            "smooth",
        ),
        (
            "a century and more",
            json!({ "from": "1900-01-01", "to": "2026-11-10", "metrics": ["pain"] }),
            "invalid_input",
            "from",
        ),
    ];
    for (what, query, code, field) in cases {
        let err = h.chart(query).unwrap_err();
        assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some(code), Some(field)), "{what}: {err}");
        assert!(err["message"]["id"].as_str().is_some_and(|id| id.starts_with("error-")), "{what}");
    }
    assert!(h.chart(json!({ "from": null, "to": "2026-11-10", "metrics": nine })).is_ok());
    // Charts only read: nothing was written to the journal.
    assert_eq!((h.count("check_in"), h.count("massage_session")), (0, 0));
}

#[test]
fn csv_is_built_from_the_same_series_and_written_where_asked() {
    let h = harness();
    h.log("2026-11-01", Some(6), None, "");
    h.log("2026-11-03", Some(3), None, "");
    h.book("2026-11-03T09:00", "done");
    let path = h.dir.path().join("trends");
    let query = json!({ "from": "2026-11-01", "to": "2026-11-03", "metrics": ["stress"], "resolution": "day" });
    let saved = h.invoke("save_chart_file", json!({ "path": path, "kind": "csv", "data": query })).unwrap();
    let written = h.dir.path().join("trends.csv");
    assert_eq!(saved["path"].as_str(), written.to_str());
    assert_eq!(
        std::fs::read_to_string(&written).unwrap(),
        "day,stress,stress_mean_7d,sessions\n2026-11-01,6,6,\n2026-11-02,,6,\n2026-11-03,3,4.5,done thai\n"
    );
}

#[test]
fn a_png_replaces_a_file_only_when_it_is_a_png() {
    let h = harness();
    let path = h.dir.path().join("chart.png");
    std::fs::write(&path, b"old picture").unwrap();
    let not_png = h
        .invoke("save_chart_file", json!({ "path": path, "kind": "png", "data": "data:image/png;base64,R0lGODlh" }))
        .unwrap_err();
    assert_eq!((not_png["code"].as_str(), not_png["field"].as_str()), (Some("invalid_input"), Some("data")));
    assert_eq!(std::fs::read(&path).unwrap(), b"old picture");
    // An 8-byte PNG signature, base64.
    let png = "data:image/png;base64,iVBORw0KGgo=";
    h.invoke("save_chart_file", json!({ "path": path, "kind": "png", "data": png })).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"\x89PNG\r\n\x1a\n");
    let leftovers: Vec<_> = std::fs::read_dir(h.dir.path())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn chart_files_refuse_a_relative_path_an_unknown_kind_and_a_missing_folder() {
    let h = harness();
    let png = "data:image/png;base64,iVBORw0KGgo=";
    let relative = h.invoke("save_chart_file", json!({ "path": "chart.png", "kind": "png", "data": png })).unwrap_err();
    assert_eq!(relative["field"], "path");
    let pdf = h.dir.path().join("chart.pdf");
    let kind = h.invoke("save_chart_file", json!({ "path": pdf, "kind": "pdf", "data": png })).unwrap_err();
    assert_eq!(kind["field"], "kind");
    let missing = h.dir.path().join("nowhere/chart.png");
    let err = h.invoke("save_chart_file", json!({ "path": missing, "kind": "png", "data": png })).unwrap_err();
    assert_eq!(err["code"], "storage");
    let bad_query = h
        .invoke(
            "save_chart_file",
            json!({ "path": h.dir.path().join("x.csv"), "kind": "csv", "data": { "to": "2026-11-01" } }),
        )
        .unwrap_err();
    assert_eq!(bad_query["code"], "invalid_payload");
    assert!(!h.dir.path().join("x.csv").exists());
}

/// The CSV cell of `value` as the export writes it: at most three decimals, empty for none.
fn cell(value: &Value) -> String {
    match value.as_f64() {
        Some(x) => {
            let text = format!("{x:.3}");
            let text = text.trim_end_matches('0').trim_end_matches('.');
            if text == "-0" { "0" } else { text }.to_string()
        }
        None => String::new(),
    }
}

#[test]
fn the_massage_effect_csv_holds_the_dashboards_numbers() {
    let h = harness();
    h.invoke("open_demo", json!({})).unwrap();
    let range = json!({ "from": "2026-05-29", "to": "2026-11-25" });
    let dashboard = h.invoke("insights_dashboard", range.clone()).unwrap();
    let massage = &dashboard["massage"];
    let path = h.dir.path().join("massage effect");
    let saved = h.invoke("save_chart_file", json!({ "path": path, "kind": "effect-csv", "data": range })).unwrap();
    let written = h.dir.path().join("massage effect.csv");
    assert_eq!(saved["path"].as_str(), written.to_str());
    let text = std::fs::read_to_string(&written).unwrap();
    // No cell holds a comma or a quote, so the lines split plainly.
    assert!(!text.contains('"'), "{text}");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("measure,comparison,difference,ci_low,ci_high,n,clear,after_days,usual_days,from,to")
    );
    let rows: Vec<Vec<&str>> = lines.map(|line| line.split(',').collect()).collect();
    let (effects, immediate) = (massage["effects"].as_array().unwrap(), massage["immediate"].as_array().unwrap());
    assert_eq!((rows.len(), effects.len(), immediate.len()), (10, 8, 2));
    let mut clear = 0;
    for (row, effect) in rows.iter().zip(effects) {
        let c = &effect["comparison"];
        assert_eq!(row[1], "two days after vs usual days");
        assert_eq!(
            [row[2], row[3], row[4], row[5], row[7], row[8]],
            [
                cell(&c["difference"]),
                cell(&c["ci"]["low"]),
                cell(&c["ci"]["high"]),
                effect["sessions"].to_string(),
                effect["afterDays"].to_string(),
                effect["baselineDays"].to_string()
            ],
            "{}",
            &row[0]
        );
        let (low, high) = (c["ci"]["low"].as_f64(), c["ci"]["high"].as_f64());
        let expected = low.is_some_and(|l| l > 0.0) || high.is_some_and(|h| h < 0.0);
        assert_eq!(row[6], if expected { "yes" } else { "no" }, "{}", &row[0]);
        clear += usize::from(expected);
        assert_eq!((row[9], row[10]), ("2026-05-29", "2026-11-25"));
    }
    for (row, effect) in rows[8..].iter().zip(immediate) {
        assert_eq!(
            (row[0], row[1]),
            (if effect["metric"] == "stress" { "Stress" } else { "Pain" }, "right after vs right before")
        );
        assert_eq!(
            [row[2], row[3], row[4], row[5]],
            [
                cell(&effect["meanChange"]),
                cell(&effect["ci"]["low"]),
                cell(&effect["ci"]["high"]),
                effect["sessions"].to_string()
            ]
        );
    }
    // The demo journal has enough sessions for numbers, and some differences are clear.
    assert!(rows.iter().filter(|r| !r[2].is_empty()).count() >= 8, "{text}");
    assert!(clear > 0, "{text}");
}

#[test]
fn a_bad_massage_effect_range_writes_nothing() {
    let h = harness();
    let path = h.dir.path().join("effect.csv");
    for data in [
        json!({ "from": "2026-11-25", "to": "2026-05-29" }),
        json!({ "from": "2026-02-30", "to": "2026-05-29" }),
        json!({ "from": "29 May 2026", "to": "2026-11-25" }),
        json!({ "from": 20260529, "to": "2026-11-25" }),
        json!({ "from": "2026-05-29" }),
        json!(["2026-05-29", "2026-11-25"]),
        json!("2026-05-29"),
    ] {
        let err = h.invoke("save_chart_file", json!({ "path": path, "kind": "effect-csv", "data": data })).unwrap_err();
        assert_eq!(
            (err["code"].as_str(), err["field"].as_str()),
            (Some("invalid_input"), Some("data")),
            "{data}: {err}"
        );
        assert!(!path.exists(), "{data}");
    }
}
