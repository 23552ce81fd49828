//! Relations inside the journal: how days with a tag differ from days without it, and how last
//! night's sleep goes with today's stress.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::days::DayTable;
use super::stats::{fisher_interval, Moments, Pairs};
use super::{Comparison, DayRange, Interval};
use crate::model::metric::MetricKey;
use crate::CheckIn;

/// Logged days with a tag, and without it, that a tag comparison needs (each).
pub const MIN_TAG_DAYS: u32 = 3;
/// Days with both sleep hours and stress that the sleep–stress relation needs.
pub const MIN_SLEEP_STRESS_DAYS: u32 = 10;

/// One measure on days with a tag versus days without it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct MetricComparison {
    pub metric: MetricKey,
    /// Days with the tag (group) versus days without (other).
    pub comparison: Comparison,
}

/// How the days carrying one tag differ.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct TagEffect {
    /// The tag as first spelled in the data given (tags are compared ignoring case).
    pub tag: String,
    /// Check-ins in the range with the tag.
    pub days_with: u32,
    /// Check-ins in the range without it.
    pub days_without: u32,
    /// The measures logged on at least 3 days with and 3 without, in the order of `MetricKey`.
    pub metrics: Vec<MetricComparison>,
}

/// Last night's sleep against today's stress. "Last night" is the same check-in's sleep hours:
/// the check-in of a day records the night before it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct SleepStress {
    /// Days with both sleep hours and stress.
    pub days: u32,
    /// False below [`MIN_SLEEP_STRESS_DAYS`] days; then the numbers below are `None`.
    pub enough_data: bool,
    pub more_days_needed: u32,
    /// Pearson's r; `None` also when either measure never varied.
    pub r: Option<f64>,
    /// 95% interval of r (Fisher z, normal approximation).
    pub ci: Option<Interval>,
    /// Least-squares change in stress per extra hour of sleep.
    pub stress_per_hour: Option<f64>,
}

/// Tag effects over `range`: tags with at least one measure compared, most used first.
pub fn tag_effects(check_ins: &[CheckIn], range: DayRange) -> Vec<TagEffect> {
    tag_effects_table(&DayTable::with_tags(check_ins, range), range)
}

/// Sleep hours against same-day stress over `range`.
pub fn sleep_stress(check_ins: &[CheckIn], range: DayRange) -> SleepStress {
    sleep_stress_table(&DayTable::new(check_ins, range), range)
}

struct TagGroup {
    days: u32,
    with: [Moments; 8],
    last_offset: Option<u32>,
}

pub(crate) fn tag_effects_table(table: &DayTable<'_>, range: DayRange) -> Vec<TagEffect> {
    let offsets = table.offsets(range);
    let (_, rows) = table.rows(range);
    let mut all = [Moments::default(); 8];
    let mut days = 0;
    for row in rows.iter().filter(|row| row.logged()) {
        days += 1;
        for (moments, value) in all.iter_mut().zip(row.values()) {
            value.into_iter().for_each(|x| moments.add(x));
        }
    }
    let index = table.tags();
    let mut groups: Vec<TagGroup> =
        index.names.iter().map(|_| TagGroup { days: 0, with: [Moments::default(); 8], last_offset: None }).collect();
    for &(offset, id) in index.entries.iter().filter(|(offset, _)| offsets.contains(&(*offset as usize))) {
        let group = &mut groups[id as usize];
        if group.last_offset == Some(offset) {
            continue; // the same tag twice in one day, spelled differently
        }
        group.last_offset = Some(offset);
        group.days += 1;
        for (moments, value) in group.with.iter_mut().zip(table.row(offset as usize).values()) {
            value.into_iter().for_each(|x| moments.add(x));
        }
    }
    let mut effects: Vec<TagEffect> = groups
        .into_iter()
        .zip(&index.names)
        .map(|(group, name)| {
            let metrics = MetricKey::ALL
                .iter()
                .zip(group.with.iter().zip(&all))
                .filter_map(|(metric, (with, all))| {
                    let without = all.without(*with);
                    if with.n < MIN_TAG_DAYS || without.n < MIN_TAG_DAYS {
                        return None;
                    }
                    Comparison::of(with, &without).map(|comparison| MetricComparison { metric: *metric, comparison })
                })
                .collect();
            TagEffect { days_without: days - group.days, tag: name.to_string(), days_with: group.days, metrics }
        })
        .filter(|effect| !effect.metrics.is_empty())
        .collect();
    effects.sort_by(|a, b| b.days_with.cmp(&a.days_with).then_with(|| a.tag.to_lowercase().cmp(&b.tag.to_lowercase())));
    effects
}

pub(crate) fn sleep_stress_table(table: &DayTable<'_>, range: DayRange) -> SleepStress {
    let mut pairs = Pairs::default();
    for row in table.rows(range).1 {
        if let (Some(hours), Some(stress)) = (row.value(MetricKey::SleepHours), row.value(MetricKey::Stress)) {
            pairs.add(hours, stress);
        }
    }
    let enough_data = pairs.n >= MIN_SLEEP_STRESS_DAYS;
    let r = if enough_data { pairs.pearson() } else { None };
    SleepStress {
        days: pairs.n,
        enough_data,
        more_days_needed: MIN_SLEEP_STRESS_DAYS.saturating_sub(pairs.n),
        r,
        ci: r.and_then(|r| fisher_interval(r, pairs.n)),
        stress_per_hour: if r.is_some() { pairs.slope().map(|s| s.slope) } else { None },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insights::fixtures::{blank, close, day};

    fn march() -> DayRange {
        DayRange::new(day("2026-03-01"), day("2026-03-31"))
    }

    fn tagged(text: &str, stress: u8, tags: &[&str]) -> CheckIn {
        CheckIn { stress: Some(stress), tags: tags.iter().map(|t| t.to_string()).collect(), ..blank(text) }
    }

    #[test]
    fn days_with_a_tag_against_days_without() {
        // "work" (once spelled "Work"): stress 6 7 8 → mean 7, variance 1, var/n 0.333333.
        // Without: 3 4 5 4 → mean 4, variance 2/3, var/n 0.166667.
        // Difference 3; SE √0.5 = 0.707107; df = 0.25 / (0.333333²/2 + 0.166667²/3)
        // = 0.25 / 0.064815 = 3.857; t(0.975, 3.857) = 2.817 (table: 3.182 at 3, 2.776 at 4);
        // half 2.817474 · 0.707107 = 1.992254 → CI 1.008 to 4.992.
        // "yoga" is on two days only, "daily" on every day: neither can be compared.
        let days = [
            tagged("2026-03-02", 6, &["work", "daily"]),
            tagged("2026-03-03", 7, &["Work", "daily", "yoga"]),
            tagged("2026-03-04", 8, &["work", "daily"]),
            tagged("2026-03-05", 3, &["daily"]),
            tagged("2026-03-06", 4, &["daily", "yoga"]),
            tagged("2026-03-07", 5, &["daily"]),
            tagged("2026-03-08", 4, &["daily"]),
            tagged("2026-04-01", 10, &["work"]), // outside the range
        ];
        let effects = tag_effects(&days, march());
        assert_eq!(effects.len(), 1);
        let work = &effects[0];
        assert_eq!((work.tag.as_str(), work.days_with, work.days_without), ("work", 3, 4));
        assert_eq!(work.metrics.len(), 1, "only stress is logged");
        let c = work.metrics[0].comparison;
        assert_eq!(
            (work.metrics[0].metric, c.difference, c.group_mean, c.other_mean),
            (MetricKey::Stress, 3.0, 7.0, 4.0)
        );
        close(c.degrees_of_freedom.unwrap(), 3.857);
        close(c.ci.unwrap().low, 1.008);
        close(c.ci.unwrap().high, 4.992);
    }

    #[test]
    fn no_tags_no_effects() {
        assert!(tag_effects(&[], march()).is_empty());
        assert!(tag_effects(&[tagged("2026-03-02", 6, &[])], march()).is_empty());
    }

    fn night(text: &str, hours: f64, stress: u8) -> CheckIn {
        CheckIn { sleep_hours: Some(hours), stress: Some(stress), ..blank(text) }
    }

    #[test]
    fn last_nights_sleep_against_todays_stress() {
        // (hours, stress): (6,7) (7,5) (8,4) (9,4) (5,8) (7,6) (8,5) (6,6) (9,3) (10,3).
        // x̄ 7.5, ȳ 5.1; Sxx 22.5, Syy 24.9, Sxy −22.5.
        // r = −22.5 / √(22.5 · 24.9) = −0.951; slope −22.5/22.5 = −1 stress point per hour.
        // Fisher: z = atanh(−0.950586) = −1.837830, half 1.959964/√7 = 0.740797;
        // tanh(−2.578627) = −0.989, tanh(−1.097033) = −0.799.
        let points =
            [(6.0, 7), (7.0, 5), (8.0, 4), (9.0, 4), (5.0, 8), (7.0, 6), (8.0, 5), (6.0, 6), (9.0, 3), (10.0, 3)];
        let mut days: Vec<CheckIn> =
            points.iter().enumerate().map(|(i, (h, s))| night(&format!("2026-03-{:02}", i + 1), *h, *s)).collect();
        days.push(CheckIn { sleep_hours: Some(4.0), ..blank("2026-03-20") }); // no stress: not a pair
        let s = sleep_stress(&days, march());
        assert_eq!((s.days, s.enough_data, s.more_days_needed), (10, true, 0));
        close(s.r.unwrap(), -0.951);
        close(s.stress_per_hour.unwrap(), -1.0);
        close(s.ci.unwrap().low, -0.989);
        close(s.ci.unwrap().high, -0.799);
        // Nine pairs are not enough.
        let s = sleep_stress(&days[1..], march());
        assert_eq!((s.days, s.enough_data, s.more_days_needed, s.r, s.ci), (9, false, 1, None, None));
    }

    #[test]
    fn no_relation_when_sleep_never_varies() {
        let days: Vec<CheckIn> = (1..=12).map(|d| night(&format!("2026-03-{d:02}"), 8.0, (d % 5) as u8)).collect();
        let s = sleep_stress(&days, march());
        assert_eq!((s.days, s.r, s.ci, s.stress_per_hour), (12, None, None, None));
    }
}
