use super::*;
use crate::insights::fixtures::{close, day, stress, stress_days};

fn march(check_ins: &[CheckIn]) -> BounceBack {
    bounce_back(check_ins, day("2026-03-31"), DayRange::new(day("2026-03-01"), day("2026-03-31")))
}

fn summary(e: &Episode) -> (String, Option<u32>, EpisodeStatus) {
    (e.spike_day.to_string(), e.recovery_days, e.status)
}

#[test]
fn without_a_baseline_a_spike_is_7_and_recovery_is_5() {
    // 03-01 3, 03-02 8 (spike: no baseline, 8 ≥ 7), 03-03 7 (same episode), 03-04 6,
    // 03-05 5 (≤ 5: recovered, 3 days after the spike), 03-06 4.
    let b = march(&stress_days("2026-03-01", &[Some(3), Some(8), Some(7), Some(6), Some(5), Some(4)]));
    assert_eq!(b.episodes.len(), 1);
    let e = b.episodes[0];
    assert_eq!((e.stress, e.baseline, e.recovery_threshold), (8, None, 5.0));
    assert_eq!(e.recovery_day, Some(day("2026-03-05")));
    assert_eq!(summary(&e), ("2026-03-02".into(), Some(3), EpisodeStatus::Recovered));
    assert_eq!((b.spikes, b.recovered, b.unresolved, b.ongoing), (1, 1, 0, 0));
    assert_eq!(b.median_recovery_days, Some(3.0));
}

/// Ten days of stress `level` from 02-19 to 02-28, then `after` from 03-01.
fn settled_then(level: u8, after: &[Option<u8>]) -> Vec<CheckIn> {
    let mut days = stress_days("2026-02-19", &[Some(level); 10]);
    days.extend(stress_days("2026-03-01", after));
    days
}

#[test]
fn with_a_baseline_a_spike_is_two_above_it_and_at_least_7() {
    // Baseline on 03-01: ten logged days of 4 → 4. Spike at ≥ max(7, 4 + 2) = 7; recovered at
    // ≤ 4 + 1 = 5. 03-02 6, 03-03 not logged, 03-04 5 → 3 days.
    let b = march(&settled_then(4, &[Some(7), Some(6), None, Some(5)]));
    let e = b.episodes[0];
    assert_eq!((e.baseline, e.recovery_threshold), (Some(4.0), 5.0));
    assert_eq!(summary(&e), ("2026-03-01".into(), Some(3), EpisodeStatus::Recovered));
    // With a baseline of 6, 7 is an ordinary day: a spike needs max(7, 6 + 2) = 8.
    assert!(march(&settled_then(6, &[Some(7), Some(5)])).episodes.is_empty());
    // 8 is a spike; back at ≤ 7 the next day.
    let b = march(&settled_then(6, &[Some(8), Some(7)]));
    assert_eq!(summary(&b.episodes[0]), ("2026-03-01".into(), Some(1), EpisodeStatus::Recovered));
}

#[test]
fn the_baseline_needs_7_logged_days_among_the_28_before() {
    // Six days of 6 in the window: no baseline, so 7 is a spike.
    let six = stress_days("2026-02-20", &[Some(6); 6]);
    let mut days = six.clone();
    days.push(stress("2026-03-01", 7));
    assert_eq!(march(&days).episodes[0].baseline, None);
    assert_eq!(stress_baseline(&days, day("2026-03-01")), None);
    // A seventh day 29 days before 03-01 (01-31) is outside the window: still no baseline.
    days.push(stress("2026-01-31", 6));
    assert_eq!(stress_baseline(&days, day("2026-03-01")), None);
    assert_eq!(march(&days).spikes, 1);
    // On 02-01 (28 days before) it counts: baseline 6, and 7 is no longer a spike.
    days.push(stress("2026-02-01", 6));
    assert_eq!(stress_baseline(&days, day("2026-03-01")), Some(6.0));
    assert_eq!(march(&days).spikes, 0);
}

#[test]
fn an_unresolved_spike_blocks_14_days_and_the_next_spike_starts_a_new_episode() {
    // Offsets from 03-01: 0 → 8 (spike, no baseline, recovery at ≤ 5); 1 … 13 → 7;
    // 14 → 10 (still s + 14: part of the first episode, which never got to ≤ 5 → unresolved);
    // 15 → 10: baseline = mean of offsets 0 … 14 = (8 + 13·7 + 10)/15 = 109/15 = 7.2667,
    // spike at ≥ 9.2667 → yes; recovery at ≤ 8.2667; 16 → 8 → recovered in 1 day.
    let mut values = vec![Some(8)];
    values.extend([Some(7); 13]);
    values.extend([Some(10), Some(10), Some(8)]);
    let b = march(&stress_days("2026-03-01", &values));
    let got: Vec<_> = b.episodes.iter().map(summary).collect();
    assert_eq!(
        got,
        [
            ("2026-03-01".into(), None, EpisodeStatus::Unresolved),
            ("2026-03-16".into(), Some(1), EpisodeStatus::Recovered)
        ]
    );
    close(b.episodes[1].baseline.unwrap(), 7.267);
    close(b.episodes[1].recovery_threshold, 8.267);
    assert_eq!((b.unresolved, b.recovered), (1, 1));
    // The unresolved episode is reported but has no recovery time: the median is 1.
    assert_eq!(b.median_recovery_days, Some(1.0));
}

#[test]
fn a_recent_spike_is_ongoing_until_14_days_have_passed() {
    // Spike on 03-29, today 03-31: not back down, only 2 days passed; 03-31 9 is the same episode.
    let b = march(&stress_days("2026-03-29", &[Some(8), Some(6), Some(9)]));
    assert_eq!(
        b.episodes.iter().map(summary).collect::<Vec<_>>(),
        [("2026-03-29".into(), None, EpisodeStatus::Ongoing)]
    );
    assert_eq!((b.ongoing, b.median_recovery_days), (1, None));
}

#[test]
fn an_episode_that_started_before_the_range_is_not_reported_and_blocks_its_days() {
    // 02-27 8 (spike before the range), 02-28 7, 03-01 7, 03-02 9, 03-03 4 (recovery).
    let b = march(&stress_days("2026-02-27", &[Some(8), Some(7), Some(7), Some(9), Some(4)]));
    assert!(b.episodes.is_empty());
}

#[test]
fn recovery_across_the_leap_day_and_medians_by_month() {
    // Six logged days in all, so never a baseline:
    // 02-10 8 → 02-13 4: 3 days. 02-28 9 → 02-29 3: 1 day. 03-10 8 → 03-15 5: 5 days.
    let days = [
        stress("2024-02-10", 8),
        stress("2024-02-13", 4),
        stress("2024-02-28", 9),
        stress("2024-02-29", 3),
        stress("2024-03-10", 8),
        stress("2024-03-15", 5),
    ];
    let b = bounce_back(&days, day("2024-03-31"), DayRange::new(day("2024-02-01"), day("2024-03-31")));
    let recovery: Vec<_> = b.episodes.iter().map(|e| e.recovery_days).collect();
    assert_eq!(recovery, [Some(3), Some(1), Some(5)]);
    // Median of 3 1 5 → 3. February: 3 and 1 → 2. March: 5.
    assert_eq!(b.median_recovery_days, Some(3.0));
    let months: Vec<_> = b.by_month.iter().map(|m| (m.month.as_str(), m.spikes, m.median_recovery_days)).collect();
    assert_eq!(months, [("2024-02", 2, Some(2.0)), ("2024-03", 1, Some(5.0))]);
}

#[test]
fn todays_baseline_and_no_data() {
    // 7 logged days in the 28 before 03-31: 2 2 4 4 6 6 – 3 → mean 27/7 = 3.857.
    let days = stress_days("2026-03-20", &[Some(2), Some(2), Some(4), None, Some(4), Some(6), Some(6), Some(3)]);
    let b = march(&days);
    close(b.baseline_today.unwrap(), 3.857);
    assert_eq!(b.baseline_days_today, 7);
    let empty = march(&[]);
    assert_eq!((empty.baseline_today, empty.baseline_days_today, empty.spikes), (None, 0, 0));
    assert!(empty.by_month.is_empty() && empty.episodes.is_empty());
}

/// A history whose early days only a long range sees: 02-01 … 02-28 stress 6, 03-01 … 03-20
/// stress 2, 03-21 a spike of 9 (Q), 03-22 … 03-30 stress 4, 03-31 a spike of 9 (E), 04-01 …
/// 04-10 stress 3; today is 04-10.
fn history_before_the_window() -> Vec<CheckIn> {
    let mut days = stress_days("2026-02-01", &[Some(6); 28]);
    days.extend(stress_days("2026-03-01", &[Some(2); 20]));
    days.push(stress("2026-03-21", 9));
    days.extend(stress_days("2026-03-22", &[Some(4); 9]));
    days.push(stress("2026-03-31", 9));
    days.extend(stress_days("2026-04-01", &[Some(3); 10]));
    days
}

#[test]
fn an_episode_reads_the_same_for_every_range_that_includes_it() {
    // By hand, from the whole history:
    // Q on 03-21: baseline over 02-21 … 03-20 = (8 · 6 + 20 · 2) / 28 = 88/28 = 22/7 ≈ 3.14; spike
    //   at ≥ max(7, 5.14) = 7 → 9 is one; recovered at ≤ 29/7 ≈ 4.14 → 03-22 (4), after 1 day.
    // E on 03-31: baseline over 03-03 … 03-30 = (18 · 2 + 9 + 9 · 4) / 28 = 81/28 ≈ 2.89; spike at
    //   ≥ 7 → 9 is one; recovered at ≤ 109/28 ≈ 3.89 → 04-01 (3), after 1 day.
    // A range from 03-29 reads from 03-01 if only 28 days before it are read: Q's baseline there
    // would be 20 days of 2 = 2.0, recovery at ≤ 3 — not before 04-01, so Q would swallow E.
    let history = history_before_the_window();
    let today = day("2026-04-10");
    let q = Episode {
        spike_day: day("2026-03-21"),
        stress: 9,
        baseline: Some(88.0 / 28.0),
        recovery_threshold: 88.0 / 28.0 + 1.0,
        status: EpisodeStatus::Recovered,
        recovery_day: Some(day("2026-03-22")),
        recovery_days: Some(1),
    };
    let e = Episode {
        spike_day: day("2026-03-31"),
        stress: 9,
        baseline: Some(81.0 / 28.0),
        recovery_threshold: 81.0 / 28.0 + 1.0,
        status: EpisodeStatus::Recovered,
        recovery_day: Some(day("2026-04-01")),
        recovery_days: Some(1),
    };
    for (from, to) in [
        ("2026-02-01", "2026-04-10"),
        ("2026-03-16", "2026-04-10"),
        ("2026-03-21", "2026-03-31"),
        ("2026-03-29", "2026-04-10"),
        ("2026-03-31", "2026-03-31"),
        ("2026-03-31", "2026-04-10"),
    ] {
        let range = DayRange::new(day(from), day(to));
        let b = bounce_back(&history, today, range);
        let expected: Vec<Episode> = [q, e].into_iter().filter(|x| range.contains(x.spike_day)).collect();
        assert_eq!(b.episodes, expected, "range {from} … {to}");
    }
    assert_eq!(stress_baseline(&history, day("2026-03-21")), Some(88.0 / 28.0));
}
