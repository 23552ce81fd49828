use super::*;
use crate::insights::fixtures::{blank, close, day, session, session_at};
use crate::model::day::DEFAULT_DAY_BOUNDARY;

fn march() -> DayRange {
    DayRange::new(day("2026-03-01"), day("2026-03-31"))
}

fn today() -> NaiveDate {
    day("2026-03-31")
}

fn report(check_ins: &[CheckIn], sessions: &[MassageSession]) -> MassageReport {
    massage_report(check_ins, sessions, today(), march(), DEFAULT_DAY_BOUNDARY)
}

fn effect(report: &MassageReport, metric: MetricKey) -> MetricEffect {
    *report.effects.iter().find(|e| e.metric == metric).unwrap()
}

/// Sessions on 03-05 and 03-06 (consecutive), 03-20, and 03-27 at 00:30 — which belongs to the
/// journal day 03-26 — plus a planned, a cancelled and a future "done" session that never count.
fn march_sessions() -> Vec<MassageSession> {
    vec![
        session("2026-03-05"),
        session("2026-03-06"),
        session("2026-03-20"),
        session_at("2026-03-27", 0, 30, SessionStatus::Done),
        session_at("2026-03-12", 18, 0, SessionStatus::Planned),
        session_at("2026-03-14", 18, 0, SessionStatus::Cancelled),
        session("2026-04-02"),
    ]
}

/// Pain on every day of March 2026:
/// after-days 03-07 2, 03-08 1, 03-21 3, 03-22 2, 03-27 1, 03-28 3;
/// session days and third days after (03-05 06 09 20 23 26 29) 9, in neither set;
/// the 18 baseline days alternate 4 and 5.
fn march_pain() -> Vec<CheckIn> {
    let after = [(7, 2), (8, 1), (21, 3), (22, 2), (27, 1), (28, 3)];
    let neither = [5, 6, 9, 20, 23, 26, 29];
    let mut baseline_days = 0;
    (1..=31)
        .map(|d| {
            let pain = if let Some((_, p)) = after.iter().find(|(a, _)| *a == d) {
                *p
            } else if neither.contains(&d) {
                9
            } else {
                baseline_days += 1;
                if baseline_days % 2 == 0 {
                    5
                } else {
                    4
                }
            };
            CheckIn { pain: Some(pain), ..blank(&format!("2026-03-{d:02}")) }
        })
        .collect()
}

#[test]
fn pain_after_a_massage_against_baseline_days() {
    // After: 2 1 3 2 1 3 → mean 2, variance (0+1+1+0+1+1)/5 = 0.8, var/n = 0.133333.
    // Baseline: nine 4s and nine 5s → mean 4.5, variance 18·0.25/17 = 0.264706, var/n = 0.014706.
    // Difference 2 − 4.5 = −2.5. SE = √0.148039 = 0.384759;
    // df = 0.148039² / (0.133333²/5 + 0.014706²/17) = 0.021916 / 0.003568 = 6.142;
    // t(0.975, 6.142) = 2.433 (table: 2.447 at df 6, 2.365 at df 7);
    // half 2.433284 · 0.384759 = 0.936228 → CI −3.436 to −1.564.
    let r = report(&march_pain(), &march_sessions());
    assert_eq!(r.sessions, 4);
    let pain = effect(&r, MetricKey::Pain);
    assert_eq!((pain.after_days, pain.baseline_days, pain.enough_data), (6, 18, true));
    let c = pain.comparison.unwrap();
    assert_eq!((c.difference, c.group_mean, c.other_mean), (-2.5, 2.0, 4.5));
    assert_eq!((c.group_days, c.other_days), (6, 18));
    close(c.degrees_of_freedom.unwrap(), 6.142);
    close(c.ci.unwrap().low, -3.436);
    close(c.ci.unwrap().high, -1.564);
}

#[test]
fn an_unlogged_measure_is_not_enough_data() {
    let r = report(&march_pain(), &march_sessions());
    let stress = effect(&r, MetricKey::Stress);
    assert!(!stress.enough_data);
    assert_eq!(
        (stress.more_sessions_needed, stress.more_after_days_needed, stress.more_baseline_days_needed),
        (0, 6, 10)
    );
    assert_eq!(stress.comparison, None);
}

#[test]
fn two_sessions_are_not_enough() {
    let r = report(&march_pain(), &march_sessions()[..2]);
    let pain = effect(&r, MetricKey::Pain);
    assert_eq!((r.sessions, pain.enough_data, pain.more_sessions_needed, pain.comparison), (2, false, 1, None));
}

#[test]
fn consecutive_sessions_count_after_days_once_and_exclude_session_days() {
    // Sessions 03-05 and 03-06. 03-06 is d+1 of the first but a session day: in neither set.
    // 03-07 is d+2 of one and d+1 of the other: one after-day. 03-08 is the other. 03-09 is the
    // third day after 03-06: in neither. Baseline: 03-01 … 03-04 and 03-10 … 03-31 = 26 days.
    let every_day: Vec<CheckIn> =
        (1..=31).map(|d| CheckIn { mood: Some(5), ..blank(&format!("2026-03-{d:02}")) }).collect();
    let r = report(&every_day, &march_sessions()[..2]);
    let mood = effect(&r, MetricKey::Mood);
    assert_eq!((mood.after_days, mood.baseline_days), (2, 26));
}

#[test]
fn a_session_just_before_the_range_shapes_its_first_days() {
    // Session 02-28: 03-01 and 03-02 are after-days, 03-03 neither (02-28 is x − 3), 03-04 baseline.
    let days: Vec<CheckIn> = (1..=4).map(|d| CheckIn { mood: Some(5), ..blank(&format!("2026-03-{d:02}")) }).collect();
    let r = report(&days, &[session("2026-02-28")]);
    let mood = effect(&r, MetricKey::Mood);
    assert_eq!((r.sessions, mood.after_days, mood.baseline_days), (1, 2, 1));
    // The same session seen from a range that starts 03-03 contributes nothing.
    let later = DayRange::new(day("2026-03-03"), day("2026-03-31"));
    assert_eq!(massage_report(&days, &[session("2026-02-28")], today(), later, DEFAULT_DAY_BOUNDARY).sessions, 0);
}

#[test]
fn equal_values_give_a_difference_but_no_interval() {
    // After-days all 2, baseline days all 4: difference −2, both variances 0 → no interval.
    let flat: Vec<CheckIn> = march_pain()
        .into_iter()
        .map(|c| CheckIn {
            pain: c.pain.map(|p| {
                if p <= 3 {
                    2
                } else if p == 9 {
                    9
                } else {
                    4
                }
            }),
            ..c
        })
        .collect();
    let c = effect(&report(&flat, &march_sessions()), MetricKey::Pain).comparison.unwrap();
    assert_eq!((c.difference, c.ci, c.degrees_of_freedom), (-2.0, None, None));
}

#[test]
fn immediate_change_from_session_ratings() {
    // Stress before → after: 6 → 3, 5 → 3, 7 → 3: changes −3 −2 −4, mean −3,
    // variance (0 + 1 + 1)/2 = 1, SE √(1/3) = 0.577350, t(0.975, 2) = 4.303 (table);
    // half 4.302653 · 0.577350 = 2.484138 → CI −5.484 to −0.516.
    // Pain rated on two sessions only: not enough (needs 3).
    let rated = |text: &str, stress: (u8, u8), pain: Option<(u8, u8)>| MassageSession {
        stress_before: Some(stress.0),
        stress_after: Some(stress.1),
        pain_before: pain.map(|p| p.0),
        pain_after: pain.map(|p| p.1),
        ..session(text)
    };
    let sessions = [
        rated("2026-03-05", (6, 3), Some((5, 2))),
        rated("2026-03-12", (5, 3), Some((4, 4))),
        rated("2026-03-19", (7, 3), None),
        MassageSession { stress_before: Some(9), ..session("2026-03-26") }, // no after rating
        MassageSession { stress_before: Some(9), stress_after: Some(0), ..session("2026-02-26") }, // before the range
    ];
    let effects = immediate_effects(&sessions, today(), march(), DEFAULT_DAY_BOUNDARY);
    let stress = effects[0];
    assert_eq!(
        (stress.metric, stress.sessions, stress.enough_data, stress.mean_change),
        (MetricKey::Stress, 3, true, Some(-3.0))
    );
    close(stress.ci.unwrap().low, -5.484);
    close(stress.ci.unwrap().high, -0.516);
    let pain = effects[1];
    assert_eq!(
        (pain.metric, pain.sessions, pain.enough_data, pain.more_sessions_needed),
        (MetricKey::Pain, 2, false, 1)
    );
    assert_eq!((pain.mean_change, pain.ci), (None, None));
}

#[test]
fn cadence_is_the_median_gap_between_session_days() {
    // Session days 03-05 03-06 03-20 03-26: gaps 1, 14, 6 → median 6.
    let c = report(&[], &march_sessions()).cadence;
    assert_eq!((c.sessions, c.session_days, c.median_days_between), (4, 4, Some(6.0)));
    assert_eq!(c.last_session_day, Some(day("2026-03-26")));
    // Two sessions on one day: two sessions, one day, no gap yet.
    let same_day = [session("2026-03-05"), session_at("2026-03-05", 18, 0, SessionStatus::Done)];
    let c = cadence(&same_day, today(), march(), DEFAULT_DAY_BOUNDARY);
    assert_eq!((c.sessions, c.session_days, c.median_days_between), (2, 1, None));
}

#[test]
fn no_data_at_all() {
    let r = report(&[], &[]);
    assert_eq!(r.sessions, 0);
    assert!(r.effects.iter().all(|e| !e.enough_data && e.comparison.is_none() && e.more_sessions_needed == 3));
    assert!(r.immediate.iter().all(|e| e.sessions == 0 && e.mean_change.is_none()));
    assert_eq!(r.cadence.median_days_between, None);
}
