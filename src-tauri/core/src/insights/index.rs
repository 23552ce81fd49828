//! The daily resilience index, version 1: four component scores from one day's check-in and
//! their mean. The formula is transparent (the UI always shows the breakdown) and versioned: a
//! changed formula gets a new [`INDEX_VERSION`] instead of silently rewriting old summaries.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::CheckIn;

/// The version of the index formula implemented here.
pub const INDEX_VERSION: u32 = 1;

/// The fewest components a day needs for an index.
pub const MIN_COMPONENTS: u8 = 2;

/// One day's resilience index with the component scores it was made from (each 0–100, higher is
/// better; `None` = not logged that day).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct IndexBreakdown {
    /// The day the check-in belongs to.
    pub day: NaiveDate,
    /// The formula version ([`INDEX_VERSION`]).
    pub version: u32,
    /// The mean of the available components; `None` with fewer than two.
    pub index: Option<f64>,
    /// 100 − 10 · stress.
    pub calm: Option<f64>,
    /// The mean of the available sleep scores below.
    pub sleep: Option<f64>,
    /// 10 · sleep quality.
    pub sleep_quality_score: Option<f64>,
    /// 100 for 7–9 hours, 25 points less per hour outside that band, 0 at ≤ 3 h or ≥ 13 h.
    pub sleep_duration_score: Option<f64>,
    /// 100 − 10 · pain.
    pub comfort: Option<f64>,
    /// 10 · self-esteem.
    pub self_worth: Option<f64>,
    /// How many of the four components (calm, sleep, comfort, self-worth) were available.
    pub components: u8,
}

impl IndexBreakdown {
    /// The breakdown of a day without a check-in: every score absent.
    pub fn none(day: NaiveDate) -> Self {
        IndexBreakdown {
            day,
            version: INDEX_VERSION,
            index: None,
            calm: None,
            sleep: None,
            sleep_quality_score: None,
            sleep_duration_score: None,
            comfort: None,
            self_worth: None,
            components: 0,
        }
    }
}

/// The score of a night's sleep duration: 100 for 7–9 hours, falling 25 points per hour outside
/// that band, so 0 at 3 hours or less and at 13 hours or more.
pub fn duration_score(hours: f64) -> f64 {
    let outside = if hours < 7.0 { 7.0 - hours } else { (hours - 9.0).max(0.0) };
    (100.0 - 25.0 * outside).clamp(0.0, 100.0)
}

/// The index and its breakdown for one check-in.
pub fn daily_index(check_in: &CheckIn) -> IndexBreakdown {
    // Ratings are 0–10 by validation; clamping keeps a score in 0–100 whatever a caller builds.
    let score = |rating: Option<u8>| rating.map(|r| 10.0 * f64::from(r.min(10)));
    let sleep_quality_score = score(check_in.sleep_quality);
    let sleep_duration_score = check_in.sleep_hours.filter(|h| h.is_finite()).map(duration_score);
    let calm = score(check_in.stress).map(|s| 100.0 - s);
    let sleep = mean_of(&[sleep_quality_score, sleep_duration_score]).map(|(mean, _)| mean);
    let comfort = score(check_in.pain).map(|p| 100.0 - p);
    let self_worth = score(check_in.self_esteem);
    let (index, components) = match mean_of(&[calm, sleep, comfort, self_worth]) {
        Some((mean, n)) if n >= MIN_COMPONENTS => (Some(mean), n),
        Some((_, n)) => (None, n),
        None => (None, 0),
    };
    IndexBreakdown {
        day: check_in.day,
        version: INDEX_VERSION,
        index,
        calm,
        sleep,
        sleep_quality_score,
        sleep_duration_score,
        comfort,
        self_worth,
        components,
    }
}

/// The index of one check-in, without the breakdown.
pub fn index_value(check_in: &CheckIn) -> Option<f64> {
    daily_index(check_in).index
}

/// The mean of the present values and how many there were.
fn mean_of(values: &[Option<f64>]) -> Option<(f64, u8)> {
    let (sum, n) = values.iter().flatten().fold((0.0, 0u8), |(sum, n), v| (sum + v, n + 1));
    (n > 0).then(|| (sum / f64::from(n), n))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::insights::fixtures::{blank, close};

    #[test]
    fn duration_score_is_100_in_the_band_and_falls_25_per_hour() {
        for (hours, score) in [
            (7.0, 100.0),
            (8.0, 100.0),
            (9.0, 100.0),
            (6.5, 87.5),   // 0.5 h short: 100 − 12.5
            (6.0, 75.0),   // 1 h short
            (4.0, 25.0),   // 3 h short
            (3.0, 0.0),    // 4 h short: 100 − 100
            (0.0, 0.0),    // floor
            (9.25, 93.75), // 0.25 h over: 100 − 6.25
            (11.0, 50.0),  // 2 h over
            (13.0, 0.0),   // 4 h over
            (24.0, 0.0),
        ] {
            assert_eq!(duration_score(hours), score, "{hours} h");
        }
    }

    #[test]
    fn a_full_check_in_averages_four_components() {
        // stress 3 → calm 70; quality 6 → 60 and 6.5 h → 87.5, sleep (60 + 87.5)/2 = 73.75;
        // pain 2 → comfort 80; self-esteem 7 → 70. Index (70 + 73.75 + 80 + 70)/4 = 73.4375.
        let c = CheckIn {
            stress: Some(3),
            sleep_quality: Some(6),
            sleep_hours: Some(6.5),
            pain: Some(2),
            self_esteem: Some(7),
            mood: Some(1),
            ..blank("2026-03-01")
        };
        let b = daily_index(&c);
        assert_eq!((b.calm, b.sleep, b.comfort, b.self_worth), (Some(70.0), Some(73.75), Some(80.0), Some(70.0)));
        assert_eq!((b.sleep_quality_score, b.sleep_duration_score), (Some(60.0), Some(87.5)));
        assert_eq!((b.index, b.components, b.version), (Some(73.4375), 4, 1));
    }

    #[test]
    fn two_components_are_enough_and_one_is_not() {
        // calm 100 − 80 = 20, sleep from hours alone: 8 h → 100. Index (20 + 100)/2 = 60.
        let two = CheckIn { stress: Some(8), sleep_hours: Some(8.0), ..blank("2026-03-01") };
        assert_eq!(daily_index(&two).index, Some(60.0));
        // Sleep quality and sleep hours are one component (sleep), so still only one.
        let one = CheckIn { sleep_quality: Some(5), sleep_hours: Some(8.0), ..blank("2026-03-01") };
        let b = daily_index(&one);
        assert_eq!((b.index, b.components, b.sleep), (None, 1, Some(75.0)));
        // Mood, anxiety and body awareness are not part of index v1.
        let none = CheckIn { mood: Some(5), anxiety: Some(5), body_awareness: Some(5), ..blank("2026-03-01") };
        assert_eq!((daily_index(&none).index, daily_index(&none).components), (None, 0));
    }

    #[test]
    fn three_components_give_a_non_integer_index() {
        // calm 100 − 50 = 50, comfort 100 − 40 = 60, self-worth 70: 180/3 = 60;
        // with self-esteem 8 instead: (50 + 60 + 80)/3 = 63.333.
        let c = CheckIn { stress: Some(5), pain: Some(4), self_esteem: Some(8), ..blank("2024-02-29") };
        close(index_value(&c).unwrap(), 63.333);
        assert_eq!(daily_index(&c).day, crate::insights::fixtures::day("2024-02-29"));
    }

    fn rating() -> impl Strategy<Value = Option<u8>> {
        proptest::option::of(0u8..=255)
    }

    proptest! {
        #[test]
        fn the_index_is_always_within_0_and_100(
            stress in rating(), quality in rating(), pain in rating(), esteem in rating(),
            hours in proptest::option::of(prop_oneof![0.0f64..=24.0, Just(f64::NAN), Just(f64::INFINITY)]),
        ) {
            let c = CheckIn {
                stress, sleep_quality: quality, pain, self_esteem: esteem, sleep_hours: hours,
                ..blank("2026-03-01")
            };
            let b = daily_index(&c);
            for score in [b.index, b.calm, b.sleep, b.comfort, b.self_worth, b.sleep_duration_score].into_iter().flatten() {
                prop_assert!((0.0..=100.0).contains(&score), "{score}");
            }
            prop_assert_eq!(b.index.is_some(), b.components >= 2);
        }
    }
}
