use proptest::prelude::*;

use super::*;
use crate::insights::fixtures::{blank, close, day, stress};

fn range(from: &str, to: &str) -> DayRange {
    DayRange::new(day(from), day(to))
}

fn metric(summary: &PeriodSummary, key: MetricKey) -> MeasureSummary {
    summary.metrics.iter().find(|m| m.metric == key).unwrap().summary
}

/// A week with a gap, the week before it, and a day on each side outside both.
fn week_fixture() -> Vec<CheckIn> {
    vec![
        stress("2026-02-10", 10), // outside both periods
        stress("2026-02-25", 7),
        stress("2026-02-27", 5),
        CheckIn { stress: Some(4), pain: Some(2), ..blank("2026-03-01") },
        stress("2026-03-02", 6),
        CheckIn { stress: Some(2), pain: Some(5), ..blank("2026-03-04") },
        CheckIn { stress: Some(4), pain: Some(3), self_esteem: Some(8), ..blank("2026-03-07") },
        stress("2026-03-08", 0), // after the range
    ]
}

#[test]
fn a_week_with_a_gap() {
    let s = summarize(&week_fixture(), range("2026-03-01", "2026-03-07"));
    assert_eq!(s.previous, range("2026-02-22", "2026-02-28"));
    assert_eq!((s.days, s.days_logged, s.previous_days_logged), (7, 4, 2));

    // Stress 4 6 2 4: mean 4, min 2, max 6, variance (0 + 4 + 4 + 0)/3 = 8/3, sd 1.632993.
    // Before: 7 5, mean 6, variance 2. Change 4 − 6 = −2.
    // Welch: SE = √((8/3)/4 + 2/2) = √1.666667 = 1.290994;
    // df = 1.666667² / (0.666667²/3 + 1²/1) = 2.777778 / 1.148148 = 2.419355;
    // t(0.975, 2.419) = 3.661 (between 4.303 at df 2 and 3.182 at df 3);
    // half 3.661364 · 1.290994 = 4.726854 → CI −6.727 to 2.727.
    let stress = metric(&s, MetricKey::Stress);
    assert_eq!((stress.days_logged, stress.mean, stress.min, stress.max), (4, Some(4.0), Some(2.0), Some(6.0)));
    close(stress.sd.unwrap(), 1.632_993);
    assert_eq!((stress.previous_days_logged, stress.previous_mean, stress.change), (2, Some(6.0), Some(-2.0)));
    let ci = stress.change_ci.unwrap();
    close(ci.low, -6.727);
    close(ci.high, 2.727);

    // Pain 2 5 3: mean 10/3; nothing before, so no change.
    let pain = metric(&s, MetricKey::Pain);
    close(pain.mean.unwrap(), 3.333);
    assert_eq!((pain.previous_mean, pain.change, pain.change_ci), (None, None, None));

    // Nothing logged: counts of zero, every number absent.
    assert_eq!(metric(&s, MetricKey::Mood), MeasureSummary::default());
}

#[test]
fn the_index_in_a_summary_and_its_best_and_hardest_days() {
    let s = summarize(&week_fixture(), range("2026-03-01", "2026-03-07"));
    // 03-01: calm 60, comfort 80 → 70. 03-02: calm only → no index.
    // 03-04: calm 80, comfort 50 → 65. 03-07: calm 60, comfort 70, self-worth 80 → 70.
    // Mean 205/3 = 68.333; deviations 1.667 −3.333 1.667, squares sum 16.667, /2 = 8.333,
    // sd 2.887. Three index days → one best and one hardest (never more than half).
    assert_eq!(s.index.days_logged, 3);
    close(s.index.mean.unwrap(), 68.333);
    close(s.index.sd.unwrap(), 2.887);
    assert_eq!(s.index.previous_days_logged, 0);
    // 03-01 and 03-07 tie at 70: the more recent day is listed.
    assert_eq!(s.best_days, vec![DayScore { day: day("2026-03-07"), index: 70.0 }]);
    assert_eq!(s.hardest_days, vec![DayScore { day: day("2026-03-04"), index: 65.0 }]);
    assert_eq!(s.index_trend, None);
}

/// 14 days across the leap day with index 75 − 5·stress (pain 5 → comfort 50).
fn fortnight_across_the_leap_day() -> Vec<CheckIn> {
    let stresses = [8, 8, 7, 7, 6, 6, 5, 5, 4, 4, 3, 3, 2, 2];
    let first = day("2024-02-20");
    stresses
        .iter()
        .enumerate()
        .map(|(i, s)| CheckIn {
            stress: Some(*s),
            pain: Some(5),
            ..blank(&(first + chrono::Days::new(i as u64)).to_string())
        })
        .collect()
}

#[test]
fn the_index_trend_over_a_leap_day() {
    // 2024-02-20 … 2024-03-04 is 14 days (29 February included): x = 0 … 13.
    // Index 35 35 40 40 … 65 65. x̄ 6.5, Sxx 227.5, Sxy 560, Syy 1400.
    // Slope 560/227.5 = 2.461538 a day → 73.846 per 30 days.
    // Residual SS 1400 − 2.461538·560 = 21.538; SE √(21.538/12/227.5) = 0.088823;
    // t(0.975, 12) = 2.179; half 0.193529 a day = 5.806 per 30 → CI 68.040 to 79.652.
    let s = summarize(&fortnight_across_the_leap_day(), range("2024-02-20", "2024-03-04"));
    assert_eq!(s.days, 14);
    let trend = s.index_trend.unwrap();
    assert_eq!(trend.days, 14);
    close(trend.per_30_days, 73.846);
    let ci = trend.ci.unwrap();
    close(ci.low, 68.040);
    close(ci.high, 79.652);
    // Best 65 (03-04 and 03-03, more recent first), hardest 35.
    let best: Vec<String> = s.best_days.iter().map(|d| format!("{} {}", d.day, d.index)).collect();
    assert_eq!(best, ["2024-03-04 65", "2024-03-03 65", "2024-03-02 60"]);
    let hardest: Vec<String> = s.hardest_days.iter().map(|d| format!("{} {}", d.day, d.index)).collect();
    assert_eq!(hardest, ["2024-02-21 35", "2024-02-20 35", "2024-02-23 40"]);
}

#[test]
fn thirteen_index_days_give_no_trend() {
    let mut days = fortnight_across_the_leap_day();
    days.remove(5);
    assert_eq!(summarize(&days, range("2024-02-20", "2024-03-04")).index_trend, None);
}

#[test]
fn no_data_and_one_day() {
    let empty = summarize(&[], range("2026-03-01", "2026-03-31"));
    assert_eq!((empty.days, empty.days_logged, empty.index.mean), (31, 0, None));
    assert!(empty.best_days.is_empty() && empty.hardest_days.is_empty());
    let one = summarize(&[stress("2026-03-05", 3)], range("2026-03-05", "2026-03-05"));
    assert_eq!(one.previous, range("2026-03-04", "2026-03-04"));
    let s = metric(&one, MetricKey::Stress);
    assert_eq!((s.days_logged, s.mean, s.min, s.max, s.sd), (1, Some(3.0), Some(3.0), Some(3.0), None));
}

#[test]
fn all_equal_values_have_zero_spread_and_no_interval() {
    let now = [stress("2026-03-01", 5), stress("2026-03-02", 5), stress("2026-03-03", 5)];
    let before = [stress("2026-02-26", 5), stress("2026-02-27", 5)];
    let all: Vec<CheckIn> = now.iter().chain(&before).cloned().collect();
    let s = metric(&summarize(&all, range("2026-03-01", "2026-03-03")), MetricKey::Stress);
    assert_eq!((s.sd, s.change, s.change_ci), (Some(0.0), Some(0.0), None));
}

#[test]
fn named_periods_end_today() {
    let today = day("2026-03-31");
    assert_eq!(Period::Week.range(today, None), range("2026-03-25", "2026-03-31"));
    assert_eq!(Period::Month.range(today, None), range("2026-03-02", "2026-03-31"));
    assert_eq!(Period::Quarter.range(today, None).len_days(), 90);
    assert_eq!(Period::Year.range(day("2024-12-31"), None), range("2024-01-02", "2024-12-31"));
    assert_eq!(Period::All.range(today, Some(day("2025-01-15"))), range("2025-01-15", "2026-03-31"));
    assert_eq!(Period::All.range(today, None), range("2026-03-31", "2026-03-31"));
    let s = period_summary(&week_fixture(), day("2026-03-08"), Period::All);
    assert_eq!((s.range, s.days_logged), (range("2026-02-10", "2026-03-08"), 8));
}

fn any_check_in(first: NaiveDate, span: u64) -> impl Strategy<Value = CheckIn> {
    (0..span, proptest::option::of(0u8..=10), proptest::option::of(0u8..=10), proptest::option::of(0u8..=40)).prop_map(
        move |(offset, stress, pain, quarters)| CheckIn {
            stress,
            pain,
            sleep_hours: quarters.map(|q| f64::from(q) / 4.0),
            ..blank(&(first + chrono::Days::new(offset)).to_string())
        },
    )
}

proptest! {
    #[test]
    fn a_day_outside_the_range_and_its_previous_period_changes_nothing(
        days in proptest::collection::vec(any_check_in(day("2026-01-01"), 120), 0..60),
        extra in any_check_in(day("2026-01-01"), 120),
    ) {
        let r = range("2026-02-20", "2026-03-11");
        let outside = !r.contains(extra.day) && !r.previous().contains(extra.day);
        let in_previous = r.previous().contains(extra.day);
        let mut unique: Vec<CheckIn> = days.into_iter().filter(|c| c.day != extra.day).collect();
        let before = summarize(&unique, r);
        unique.push(extra);
        let after = summarize(&unique, r);
        if outside {
            prop_assert_eq!(&before, &after);
        }
        if in_previous {
            // Only the comparison with the period before may change.
            let strip = |s: &PeriodSummary| {
                let mut s = s.clone();
                s.previous_days_logged = 0;
                for m in s.metrics.iter_mut().map(|m| &mut m.summary).chain([&mut s.index]) {
                    (m.previous_days_logged, m.previous_mean, m.change, m.change_ci) = (0, None, None, None);
                }
                s
            };
            prop_assert_eq!(strip(&before), strip(&after));
        }
    }
}
