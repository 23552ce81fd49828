//! Bounce-back: stress spikes against the person's own 28-day baseline and how many days it
//! took to come back down — the "bounce back from adversity" the product is named for.
//!
//! Rules (DESIGN.md): the baseline on day s is the mean stress of the logged days among
//! s−28 … s−1 when there are at least 7. A spike is stress ≥ max(7, baseline + 2), or ≥ 7
//! without a baseline. Recovery is the first logged day t > s with stress ≤ baseline + 1 (≤ 5
//! without a baseline), and takes t − s days. No recovery within 14 days → unresolved, and the
//! next spike after s + 14 starts a new episode; otherwise a new episode starts only after t.
//!
//! Episodes are followed from the first check-in of the whole history, whatever range is shown:
//! an episode that started before the range still blocks spikes in it, and its baseline, its
//! recovery and so the spikes it blocks are the same for every range.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::days::DayTable;
use super::stats::{median, Moments};
use super::{add_days, sub_days, DayRange};
use crate::model::day::EARLIEST_DAY;
use crate::CheckIn;

/// Days before a day that its baseline looks at.
pub const BASELINE_WINDOW_DAYS: u32 = 28;
/// Logged stress days the baseline needs.
pub const MIN_BASELINE_DAYS: u32 = 7;
/// Stress at or above this is always a spike.
pub const SPIKE_STRESS: f64 = 7.0;
/// Days a spike has to resolve before it counts as unresolved.
pub const RESOLVE_WITHIN_DAYS: u32 = 14;

/// How a stress episode ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum EpisodeStatus {
    /// Stress came back down within 14 days.
    Recovered,
    /// No logged day within 14 days was back down (reported, never dropped).
    Unresolved,
    /// Not back down yet, and fewer than 14 days have passed.
    Ongoing,
}

/// One stress episode, from its spike day.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Episode {
    pub spike_day: NaiveDate,
    /// Stress on the spike day.
    pub stress: u8,
    /// The baseline on the spike day, if there was one.
    pub baseline: Option<f64>,
    /// Stress at or below this counts as recovered (baseline + 1, or 5 without a baseline).
    pub recovery_threshold: f64,
    pub status: EpisodeStatus,
    pub recovery_day: Option<NaiveDate>,
    /// `recoveryDay − spikeDay` in days, when recovered.
    pub recovery_days: Option<u32>,
}

/// The episodes that started in one calendar month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct MonthRecovery {
    /// `YYYY-MM`.
    pub month: String,
    pub spikes: u32,
    pub recovered: u32,
    pub unresolved: u32,
    /// Median recovery days of the recovered episodes.
    pub median_recovery_days: Option<f64>,
}

/// Bounce-back over a range of days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct BounceBack {
    pub range: DayRange,
    /// Today's baseline (mean stress of the logged days among the 28 before today).
    pub baseline_today: Option<f64>,
    /// Logged stress days among the 28 before today (the baseline needs 7).
    pub baseline_days_today: u32,
    /// Episodes whose spike day lies in the range, oldest first.
    pub episodes: Vec<Episode>,
    pub spikes: u32,
    pub recovered: u32,
    pub unresolved: u32,
    pub ongoing: u32,
    /// Median recovery days over the recovered episodes of the range.
    pub median_recovery_days: Option<f64>,
    /// Months of the range that had a spike, oldest first.
    pub by_month: Vec<MonthRecovery>,
}

/// The days whose check-ins `bounce_back` reads: the whole history from the journal's earliest
/// day (every episode before the range, with its full baseline, decides which spikes of the range
/// start an episode), the range, and on to today (for recoveries after the range).
pub fn bounce_back_window(today: NaiveDate, range: DayRange) -> DayRange {
    DayRange::new(EARLIEST_DAY, range.to.max(today))
}

/// The baseline on `day`: mean stress of the logged days among the 28 days before it, when
/// there are at least 7.
pub fn stress_baseline(check_ins: &[CheckIn], day: NaiveDate) -> Option<f64> {
    let table = DayTable::new(check_ins, DayRange::new(sub_days(day, u64::from(BASELINE_WINDOW_DAYS)), day));
    baseline_before(&table, day).0
}

/// Bounce-back for the spikes in `range`, as of `today`.
pub fn bounce_back(check_ins: &[CheckIn], today: NaiveDate, range: DayRange) -> BounceBack {
    bounce_back_table(&DayTable::new(check_ins, bounce_back_window(today, range)), today, range)
}

fn baseline_before(table: &DayTable<'_>, day: NaiveDate) -> (Option<f64>, u32) {
    let before = DayRange::new(sub_days(day, u64::from(BASELINE_WINDOW_DAYS)), sub_days(day, 1));
    let logged = Moments::of(table.rows(before).1.iter().filter_map(|r| r.stress()).map(f64::from));
    (logged.mean().filter(|_| logged.n >= MIN_BASELINE_DAYS), logged.n)
}

/// Bounce-back from a table that covers at least [`bounce_back_window`]; only that window is
/// read, so the answer does not depend on how much more the table holds.
pub(crate) fn bounce_back_table(table: &DayTable<'_>, today: NaiveDate, range: DayRange) -> BounceBack {
    let (baseline_today, baseline_days_today) = baseline_before(table, today);
    let episodes = episodes(table, today, range);
    let count = |status| episodes.iter().filter(|e| e.status == status).count() as u32;
    BounceBack {
        range,
        baseline_today,
        baseline_days_today,
        spikes: episodes.len() as u32,
        recovered: count(EpisodeStatus::Recovered),
        unresolved: count(EpisodeStatus::Unresolved),
        ongoing: count(EpisodeStatus::Ongoing),
        median_recovery_days: median_recovery(&episodes),
        by_month: by_month(&episodes),
        episodes,
    }
}

/// The median recovery days of the recovered episodes among `episodes`.
pub fn median_recovery(episodes: &[Episode]) -> Option<f64> {
    let mut days: Vec<f64> = episodes.iter().filter_map(|e| e.recovery_days).map(f64::from).collect();
    median(&mut days)
}

fn episodes(table: &DayTable<'_>, today: NaiveDate, range: DayRange) -> Vec<Episode> {
    let window = bounce_back_window(today, range);
    let (first_day, rows) = table.rows(window);
    let stress: Vec<Option<u8>> = rows.iter().map(|r| r.stress()).collect();
    // Logged-day counts and sums before each offset, so every baseline is two subtractions.
    let mut logged = vec![(0u32, 0u64); stress.len() + 1];
    for (i, s) in stress.iter().enumerate() {
        let (n, sum) = logged[i];
        logged[i + 1] = match s {
            Some(s) => (n + 1, sum + u64::from(*s)),
            None => (n, sum),
        };
    }
    let day_at = |i: usize| add_days(first_day, i as u64);
    let today_at = (today - first_day).num_days();
    let range_from = (range.from - first_day).num_days();
    let range_to = (range.to - first_day).num_days();
    let window_days = BASELINE_WINDOW_DAYS as usize;
    let mut episodes = Vec::new();
    let mut free_from = 0; // the first offset where a new episode may start
    for s in 0..stress.len() {
        let Some(level) = stress[s] else { continue };
        // Spikes before the range are followed too: an episode still running blocks new ones.
        if s < free_from {
            continue;
        }
        if s as i64 > range_to {
            break;
        }
        let (n, sum) = (
            logged[s].0 - logged[s.saturating_sub(window_days)].0,
            logged[s].1 - logged[s.saturating_sub(window_days)].1,
        );
        let baseline = (n >= MIN_BASELINE_DAYS).then(|| sum as f64 / f64::from(n));
        let spike_at = baseline.map_or(SPIKE_STRESS, |b| SPIKE_STRESS.max(b + 2.0));
        if f64::from(level) < spike_at {
            continue;
        }
        let recovery_threshold = baseline.map_or(5.0, |b| b + 1.0);
        let last = (s + RESOLVE_WITHIN_DAYS as usize).min(stress.len() - 1);
        let recovery = (s + 1..=last).find(|t| stress[*t].is_some_and(|v| f64::from(v) <= recovery_threshold));
        let status = match recovery {
            Some(_) => EpisodeStatus::Recovered,
            None if (s as i64) + i64::from(RESOLVE_WITHIN_DAYS) <= today_at => EpisodeStatus::Unresolved,
            None => EpisodeStatus::Ongoing,
        };
        free_from = match (recovery, status) {
            (Some(t), _) => t + 1,
            (None, EpisodeStatus::Unresolved) => s + RESOLVE_WITHIN_DAYS as usize + 1,
            (None, _) => usize::MAX,
        };
        if (s as i64) < range_from {
            continue;
        }
        episodes.push(Episode {
            spike_day: day_at(s),
            stress: level,
            baseline,
            recovery_threshold,
            status,
            recovery_day: recovery.map(day_at),
            recovery_days: recovery.map(|t| (t - s) as u32),
        });
    }
    episodes
}

fn by_month(episodes: &[Episode]) -> Vec<MonthRecovery> {
    let month_of = |e: &Episode| (e.spike_day.year(), e.spike_day.month());
    episodes
        .chunk_by(|a, b| month_of(a) == month_of(b))
        .map(|group| {
            let (year, month) = month_of(&group[0]);
            let count = |status| group.iter().filter(|e| e.status == status).count() as u32;
            MonthRecovery {
                month: format!("{year:04}-{month:02}"),
                spikes: group.len() as u32,
                recovered: count(EpisodeStatus::Recovered),
                unresolved: count(EpisodeStatus::Unresolved),
                median_recovery_days: median_recovery(group),
            }
        })
        .collect()
}

#[cfg(test)]
#[path = "bounce_back_tests.rs"]
mod tests;
