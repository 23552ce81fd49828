use serde_json::json;

use super::*;
use crate::insights::fixtures::{day, session};
use crate::insights::massage_effect::{massage_report, Cadence, ImmediateEffect, MetricEffect};
use crate::insights::Comparison;
use crate::model::day::DEFAULT_DAY_BOUNDARY;
use crate::MassageSession;

fn march() -> DayRange {
    DayRange::new(day("2026-03-01"), day("2026-03-31"))
}

fn cadence() -> Cadence {
    Cadence { sessions: 0, session_days: 0, median_days_between: None, last_session_day: None }
}

fn rated(text: &str, stress: (u8, u8), pain: (u8, u8)) -> MassageSession {
    MassageSession {
        stress_before: Some(stress.0),
        stress_after: Some(stress.1),
        pain_before: Some(pain.0),
        pain_after: Some(pain.1),
        ..session(text)
    }
}

/// Two days after vs usual days of `metric` over 4 sessions, with `days` logged after-days and
/// usual days; enough data when there is a comparison.
fn after(metric: MetricKey, days: (u32, u32), comparison: Option<Comparison>) -> MetricEffect {
    MetricEffect {
        metric,
        sessions: 4,
        after_days: days.0,
        baseline_days: days.1,
        enough_data: comparison.is_some(),
        more_sessions_needed: 0,
        more_after_days_needed: 6u32.saturating_sub(days.0),
        more_baseline_days_needed: 10u32.saturating_sub(days.1),
        comparison,
    }
}

fn compared(means: (f64, f64), days: (u32, u32), ci: (f64, f64)) -> Option<Comparison> {
    Some(Comparison {
        difference: means.0 - means.1,
        group_mean: means.0,
        group_days: days.0,
        other_mean: means.1,
        other_days: days.1,
        ci: Some(Interval { low: ci.0, high: ci.1 }),
        degrees_of_freedom: Some(9.0),
    })
}

#[test]
fn each_comparison_is_a_row_with_its_interval_counts_and_range() {
    let report = MassageReport {
        range: march(),
        sessions: 4,
        effects: vec![
            after(MetricKey::Pain, (6, 18), compared((2.0, 4.5), (6, 18), (-3.43623, -1.56377))),
            after(MetricKey::SleepHours, (6, 18), compared((7.25, 7.0), (6, 18), (-0.5, 1.0))),
            after(MetricKey::Mood, (2, 9), None),
        ],
        immediate: vec![ImmediateEffect {
            metric: MetricKey::Stress,
            sessions: 5,
            enough_data: true,
            more_sessions_needed: 0,
            mean_change: Some(-2.0),
            ci: None,
        }],
        cadence: cadence(),
    };
    assert_eq!(
        effect_to_csv(&report).unwrap(),
        "measure,comparison,difference,ci_low,ci_high,n,clear,after_days,usual_days,from,to\n\
         Pain,two days after vs usual days,-2.5,-3.436,-1.564,4,yes,6,18,2026-03-01,2026-03-31\n\
         Sleep hours,two days after vs usual days,0.25,-0.5,1,4,no,6,18,2026-03-01,2026-03-31\n\
         Mood,two days after vs usual days,,,,4,no,2,9,2026-03-01,2026-03-31\n\
         Stress,right after vs right before,-2,,,5,no,,,2026-03-01,2026-03-31\n"
    );
}

#[test]
fn the_rows_carry_the_insights_engines_numbers() {
    // Stress before → after: 6→4, 7→4, 8→4, changes −2 −3 −4: mean −3, s = 1, SE = 1/√3;
    // t(0.975, 2) = 4.302653 → half 2.484138 → −5.484 to −0.516, clearly lower.
    // Pain: 3→3, 2→3, 4→3, changes 0 +1 −1: mean 0, the same interval around 0, not clear.
    // No check-ins: every after-vs-usual row lacks data, with the 3 sessions behind it.
    let sessions =
        [rated("2026-03-03", (6, 4), (3, 3)), rated("2026-03-10", (7, 4), (2, 3)), rated("2026-03-17", (8, 4), (4, 3))];
    let report = massage_report(&[], &sessions, day("2026-03-31"), march(), DEFAULT_DAY_BOUNDARY);
    let csv = effect_to_csv(&report).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 1 + 8 + 2);
    assert_eq!(lines[1], "Stress,two days after vs usual days,,,,3,no,0,0,2026-03-01,2026-03-31");
    assert_eq!(lines[8], "Body awareness,two days after vs usual days,,,,3,no,0,0,2026-03-01,2026-03-31");
    assert_eq!(lines[9], "Stress,right after vs right before,-3,-5.484,-0.516,3,yes,,,2026-03-01,2026-03-31");
    assert_eq!(lines[10], "Pain,right after vs right before,0,-2.484,2.484,3,no,,,2026-03-01,2026-03-31");
}

#[test]
fn the_range_is_two_days_in_order_and_nothing_else() {
    assert_eq!(effect_range(json!({ "from": "2026-03-01", "to": "2026-03-31" })).unwrap(), march());
    assert_eq!(effect_range(json!({ "from": "2026-03-31", "to": "2026-03-31" })).unwrap().len_days(), 1);
    for bad in [
        json!({ "from": "2026-03-31", "to": "2026-03-01" }),
        json!({ "from": "2026-02-30", "to": "2026-03-01" }),
        json!({ "from": "1 March", "to": "2026-03-01" }),
        json!({ "from": 20260301, "to": "2026-03-01" }),
        json!({ "to": "2026-03-01" }),
        json!({ "from": "2026-03-01", "to": "2026-03-31", "metric": "pain" }),
        json!(["2026-03-01", "2026-03-31"]),
        json!("2026-03-01"),
    ] {
        let err = effect_range(bad.clone()).unwrap_err();
        assert_eq!((err.code(), err.field()), ("invalid_input", Some("data")), "{bad}");
    }
}
