use chrono::{NaiveDate, NaiveDateTime};

use super::*;
use crate::{MassageKind, SessionStatus, DEFAULT_DAY_BOUNDARY};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn days(texts: &[&str]) -> Vec<NaiveDate> {
    texts.iter().map(|t| day(t)).collect()
}

fn check_in(on: &str) -> CheckIn {
    CheckIn::fixture(day(on))
}

fn stress(on: &str, value: u8) -> CheckIn {
    CheckIn { stress: Some(value), ..check_in(on) }
}

fn session(id: &str, starts_at: &str, status: SessionStatus) -> MassageSession {
    MassageSession::fixture(id, NaiveDateTime::parse_from_str(starts_at, "%Y-%m-%dT%H:%M").unwrap(), status)
}

fn daily(check_ins: &[CheckIn], from: &str, to: &str, metrics: &[ChartMetric]) -> ChartData {
    series(check_ins, &[], day(from), day(to), metrics, Resolution::Day, DEFAULT_DAY_BOUNDARY)
}

fn weekly(check_ins: &[CheckIn], from: &str, to: &str) -> ChartData {
    series(check_ins, &[], day(from), day(to), &[ChartMetric::Stress], Resolution::Week, DEFAULT_DAY_BOUNDARY)
}

/// Stress 5, 3, –, 7, – on 1–5 March 2026.
fn five_days() -> Vec<CheckIn> {
    vec![stress("2026-03-04", 7), stress("2026-03-01", 5), stress("2026-03-02", 3)]
}

#[test]
fn missing_days_are_gaps_not_interpolated() {
    let chart = daily(&five_days(), "2026-03-01", "2026-03-05", &[ChartMetric::Stress]);
    assert_eq!(chart.days, days(&["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"]));
    let s = &chart.series[0];
    assert_eq!(s.values, vec![Some(5.0), Some(3.0), None, Some(7.0), None]);
    assert_eq!(s.counts, vec![1, 1, 0, 1, 0]);
    assert_eq!((chart.resolution, chart.rolling_days), (Resolution::Day, 7));
}

#[test]
fn rolling_mean_at_the_start_uses_only_the_days_there_are() {
    // Nothing before 1 March: 1 Mar 5/1 = 5; 2 Mar (5+3)/2 = 4; 3 Mar (gap) still 4;
    // 4 Mar (5+3+7)/3 = 5; 5 Mar 5.
    let chart = daily(&five_days(), "2026-03-01", "2026-03-05", &[ChartMetric::Stress]);
    assert_eq!(chart.series[0].rolling, vec![Some(5.0), Some(4.0), Some(4.0), Some(5.0), Some(5.0)]);
}

#[test]
fn rolling_mean_at_the_start_counts_logged_days_before_the_range() {
    // 23 Feb is the first day of 1 March's window (23 Feb … 1 Mar); 22 Feb is outside it.
    // 1 Mar: (9 + 5)/2 = 7; 2 Mar (window 24 Feb … 2 Mar, so 23 Feb drops out): (5 + 3)/2 = 4.
    let mut entries = five_days();
    entries.push(stress("2026-02-23", 9));
    entries.push(stress("2026-02-22", 1));
    let chart = daily(&entries, "2026-03-01", "2026-03-02", &[ChartMetric::Stress]);
    assert_eq!(chart.series[0].values, vec![Some(5.0), Some(3.0)]);
    assert_eq!(chart.series[0].rolling, vec![Some(7.0), Some(4.0)]);
    // The days before the range are not part of its summary.
    assert_eq!((chart.series[0].summary.logged_days, chart.series[0].summary.mean), (2, Some(4.0)));
}

#[test]
fn rolling_mean_bridges_short_gaps_and_breaks_on_a_week_without_entries() {
    // Logged 1 Mar (4) and 10 Mar (8). 7 Mar's window is 1–7 Mar: 4. 8 Mar's is 2–8 Mar: empty,
    // so no mean, and 9 Mar neither. 10 Mar: 8.
    let entries = [stress("2026-03-01", 4), stress("2026-03-10", 8)];
    let chart = daily(&entries, "2026-03-01", "2026-03-10", &[ChartMetric::Stress]);
    let rolling = &chart.series[0].rolling;
    assert_eq!(rolling[0..7], [Some(4.0); 7]);
    assert_eq!(rolling[7..], [None, None, Some(8.0)]);
}

#[test]
fn weekly_means_span_the_new_year_in_one_iso_week() {
    // 25 Dec 2024 is a Wednesday: weeks Wed 25 – Sun 29 Dec (partial, drawn at 25 Dec),
    // Mon 30 Dec – Sun 5 Jan (across New Year), Mon 6 – Sun 12 Jan.
    // Week 1: 27 Dec 6 → 6 (1 day). Week 2: 30 Dec 2, 1 Jan 4, 5 Jan 9 → 15/3 = 5 (3 days).
    // Week 3: nothing → gap; its 28-day mean ends 12 Jan (window 16 Dec … 12 Jan):
    // (6 + 2 + 4 + 9)/4 = 5.25. Week 1's window ends 29 Dec: 6. Week 2's ends 5 Jan: 21/4 = 5.25.
    let entries = [
        stress("2024-12-27", 6),
        stress("2024-12-30", 2),
        stress("2025-01-01", 4),
        stress("2025-01-05", 9),
        stress("2025-01-13", 1),
    ];
    let chart = weekly(&entries, "2024-12-25", "2025-01-12");
    assert_eq!(chart.days, days(&["2024-12-25", "2024-12-30", "2025-01-06"]));
    let s = &chart.series[0];
    assert_eq!(s.values, vec![Some(6.0), Some(5.0), None]);
    assert_eq!(s.counts, vec![1, 3, 0]);
    assert_eq!(s.rolling, vec![Some(6.0), Some(5.25), Some(5.25)]);
    assert_eq!(chart.rolling_days, 28);
    assert!(chart.notes.is_empty());
}

#[test]
fn a_leap_day_is_one_more_day_of_its_week() {
    // Mon 26 Feb – Sun 3 Mar 2024 holds 29 Feb: 28 Feb 3, 29 Feb 6, 1 Mar 9 → 18/3 = 6.
    let entries = [stress("2024-02-28", 3), stress("2024-02-29", 6), stress("2024-03-01", 9)];
    let chart = weekly(&entries, "2024-02-26", "2024-03-03");
    assert_eq!(chart.days, days(&["2024-02-26"]));
    assert_eq!((chart.series[0].values[0], chart.series[0].counts[0]), (Some(6.0), 3));
    let by_day = daily(&entries, "2024-02-28", "2024-03-01", &[ChartMetric::Stress]);
    assert_eq!(by_day.days, days(&["2024-02-28", "2024-02-29", "2024-03-01"]));
    assert_eq!(by_day.series[0].values, vec![Some(3.0), Some(6.0), Some(9.0)]);
}

#[test]
fn sessions_are_markers_on_their_journal_day() {
    let sessions = [
        session("late", "2026-03-04T01:30", SessionStatus::Planned), // before 04:00 → 3 March
        session("done", "2026-03-02T10:00", SessionStatus::Done),
        session("after", "2026-03-06T09:00", SessionStatus::Cancelled),
        session("before", "2026-03-01T02:00", SessionStatus::Done), // → 28 February
        session("cancelled", "2026-03-05T18:00", SessionStatus::Cancelled),
    ];
    let chart = series(
        &[],
        &sessions,
        day("2026-03-01"),
        day("2026-03-05"),
        &[ChartMetric::Pain],
        Resolution::Day,
        DEFAULT_DAY_BOUNDARY,
    );
    let found: Vec<(&str, NaiveDate, SessionStatus)> =
        chart.markers.iter().map(|m| (m.id.as_str(), m.day, m.status)).collect();
    assert_eq!(
        found,
        vec![
            ("done", day("2026-03-02"), SessionStatus::Done),
            ("late", day("2026-03-03"), SessionStatus::Planned),
            ("cancelled", day("2026-03-05"), SessionStatus::Cancelled),
        ]
    );
    assert_eq!(chart.markers[0].kind, MassageKind::Swedish);
}

#[test]
fn the_index_comes_from_the_insights_formula() {
    // Stress 3 → calm 70, pain 2 → comfort 80: index (70 + 80)/2 = 75. One component → none.
    let both = CheckIn { stress: Some(3), pain: Some(2), ..check_in("2026-03-01") };
    let one = CheckIn { stress: Some(3), ..check_in("2026-03-02") };
    let chart = daily(&[both.clone(), one], "2026-03-01", "2026-03-02", &[ChartMetric::Index]);
    assert_eq!(chart.series[0].values, vec![Some(75.0), None]);
    assert_eq!(chart.series[0].values[0], crate::insights::daily_index(&both).index);
}

#[test]
fn each_metric_reads_its_own_field() {
    let full = CheckIn {
        stress: Some(1),
        sleep_hours: Some(7.25),
        sleep_quality: Some(2),
        pain: Some(3),
        self_esteem: Some(4),
        mood: Some(5),
        anxiety: Some(6),
        body_awareness: Some(7),
        ..check_in("2026-03-01")
    };
    let chart = daily(&[full], "2026-03-01", "2026-03-01", &ChartMetric::ALL[..8]);
    let firsts: Vec<Option<f64>> = chart.series.iter().map(|s| s.values[0]).collect();
    let expected = [1.0, 7.25, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0].map(Some);
    assert_eq!(firsts, expected);
}

#[test]
fn summaries_split_the_range_in_halves() {
    // 5, 3, –, 7, – : 3 logged, mean 15/3 = 5, min 3, max 7.
    // First half = the first 3 of 5 days: (5 + 3)/2 = 4; second half (7, –): 7.
    let chart = daily(&five_days(), "2026-03-01", "2026-03-05", &[ChartMetric::Stress]);
    let s = chart.series[0].summary;
    assert_eq!((s.logged_days, s.mean, s.min, s.max), (3, Some(5.0), Some(3.0), Some(7.0)));
    assert_eq!((s.first_half_mean, s.second_half_mean), (Some(4.0), Some(7.0)));
}

#[test]
fn notes_become_short_previews() {
    let long = CheckIn {
        notes: "one two three four five six seven eight nine ten eleven twelve thirteen".into(),
        ..stress("2026-03-01", 2)
    };
    let spaced = CheckIn { notes: "  Slept\n badly  ".into(), ..check_in("2026-03-02") };
    let blank = CheckIn { notes: " \n ".into(), ..stress("2026-03-03", 2) };
    let huge = CheckIn { notes: "x".repeat(500), ..check_in("2026-03-04") };
    let chart = daily(&[long, spaced, blank, huge], "2026-03-01", "2026-03-05", &[ChartMetric::Stress]);
    assert_eq!(chart.notes[0].as_deref(), Some("one two three four five six seven eight nine ten eleven twelve…"));
    assert_eq!(chart.notes[1].as_deref(), Some("Slept badly"));
    assert_eq!((chart.notes[2].as_deref(), chart.notes[4].as_deref()), (None, None));
    assert_eq!(chart.notes[3].as_ref().map(|n| n.chars().count()), Some(81));
}

#[test]
fn two_metrics_come_with_their_correlation() {
    // Stress 5, 3, –, 7 against sleep 6, 8, 7, 5: pairs on 1, 2 and 4 March.
    let mut entries = five_days();
    for (i, hours) in [6.0, 8.0, 7.0, 5.0].into_iter().enumerate() {
        let on = format!("2026-03-0{}", i + 1);
        match entries.iter_mut().find(|c| c.day == day(&on)) {
            Some(c) => c.sleep_hours = Some(hours),
            None => entries.push(CheckIn { sleep_hours: Some(hours), ..check_in(&on) }),
        }
    }
    let chart = daily(&entries, "2026-03-01", "2026-03-05", &[ChartMetric::Stress, ChartMetric::SleepHours]);
    let c = chart.correlation.unwrap();
    assert_eq!((c.a, c.b, c.n), (ChartMetric::Stress, ChartMetric::SleepHours, 3));
    // x = 5, 3, 7 (mean 5), y = 6, 8, 5 (mean 19/3): Σdxdy = 0·(−1/3) + (−2)(5/3) + 2(−4/3) = −6,
    // Σdx² = 8, Σdy² = 1/9 + 25/9 + 16/9 = 42/9. r = −6/√(8 · 42/9) = −0.98198…
    assert!((c.r.unwrap() - (-6.0 / (8.0f64 * 42.0 / 9.0).sqrt())).abs() < 1e-12);
    assert!(daily(&entries, "2026-03-01", "2026-03-05", &[ChartMetric::Stress]).correlation.is_none());
}

#[test]
fn an_empty_range_or_journal_gives_an_empty_chart_without_nan() {
    let backwards = daily(&five_days(), "2026-03-05", "2026-03-01", &[ChartMetric::Stress]);
    assert!(backwards.days.is_empty() && backwards.series[0].values.is_empty());
    let nothing = daily(&[], "2026-03-01", "2026-03-03", &ChartMetric::ALL);
    assert!(nothing.series.iter().all(|s| s.values.iter().all(Option::is_none) && s.summary.mean.is_none()));
    let json = serde_json::to_string(&nothing).unwrap();
    assert!(!json.contains("NaN") && !json.contains("inf"), "{json}");
}

/// The charts the UI's tests shape (`ui/src/lib/trends/fixtures/charts.json`), so they run on
/// Rust's own numbers. `UPDATE_BINDINGS=1` (`make bindings`) rewrites the file.
#[test]
fn the_ui_fixture_is_rusts_output() {
    let mut by_day = five_days();
    by_day[2].notes = "Slept well, long walk by the river with Sam and the dog before breakfast".into();
    by_day.push(CheckIn { sleep_hours: Some(7.5), ..check_in("2026-03-05") });
    let sessions = [
        session("019a0000-0000-7000-8000-000000000001", "2026-03-02T18:00", SessionStatus::Done),
        session("019a0000-0000-7000-8000-000000000002", "2026-03-05T10:00", SessionStatus::Planned),
    ];
    let daily = series(
        &by_day,
        &sessions,
        day("2026-03-01"),
        day("2026-03-05"),
        &[ChartMetric::Stress, ChartMetric::SleepHours],
        Resolution::Day,
        DEFAULT_DAY_BOUNDARY,
    );
    let by_week = [stress("2024-12-27", 6), stress("2024-12-30", 2), stress("2025-01-01", 4), stress("2025-01-05", 9)];
    let weekly = weekly(&by_week, "2024-12-25", "2025-01-12");
    let fresh = serde_json::to_string_pretty(&serde_json::json!({ "daily": daily, "weekly": weekly })).unwrap() + "\n";
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/trends/fixtures/charts.json");
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &fresh).unwrap();
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(checked_in, fresh, "{} is out of date: run `make bindings`", path.display());
}
