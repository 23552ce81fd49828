//! Period summaries: for any inclusive range of days, each measure's mean, spread and change
//! versus the period of equal length just before; the index trend; the best and hardest days.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::days::DayTable;
use super::stats::{welch, Moments, Pairs};
use super::{add_days, finite, DayRange, Interval};
use crate::model::metric::MetricKey;
use crate::CheckIn;

/// The fewest days with an index that give a trend.
pub const MIN_TREND_DAYS: u32 = 14;
/// How many best and hardest days a summary lists (at most).
pub const LISTED_DAYS: usize = 3;

/// A named period ending today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum Period {
    /// The last 7 days.
    Week,
    /// The last 30 days.
    Month,
    /// The last 90 days.
    Quarter,
    /// The last 365 days.
    Year,
    /// From the first check-in to today.
    All,
}

impl Period {
    /// The days of this period ending at `today`; `All` starts at `first_day` (the earliest
    /// check-in, or today when there is none).
    pub fn range(self, today: NaiveDate, first_day: Option<NaiveDate>) -> DayRange {
        match self {
            Period::Week => DayRange::ending(today, 7),
            Period::Month => DayRange::ending(today, 30),
            Period::Quarter => DayRange::ending(today, 90),
            Period::Year => DayRange::ending(today, 365),
            Period::All => DayRange::new(first_day.unwrap_or(today).min(today), today),
        }
    }
}

/// One measure over a period, and its change from the period before.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct MeasureSummary {
    /// Days in the period with a value.
    pub days_logged: u32,
    pub mean: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Sample standard deviation (divisor n − 1); `None` below two values.
    pub sd: Option<f64>,
    /// Days with a value in the previous period of equal length.
    pub previous_days_logged: u32,
    pub previous_mean: Option<f64>,
    /// `mean − previousMean`; `None` unless both periods have a value.
    pub change: Option<f64>,
    /// Welch 95% interval of the change; `None` below two values in either period or when
    /// neither varies.
    pub change_ci: Option<Interval>,
}

/// A check-in measure's summary.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct MetricSummary {
    pub metric: MetricKey,
    pub summary: MeasureSummary,
}

/// The least-squares slope of the daily index against the day, in index points per 30 days.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct IndexTrend {
    pub per_30_days: f64,
    /// 95% t interval of the slope (per 30 days); `None` when every point lies on the line.
    pub ci: Option<Interval>,
    /// Days with an index the line was fitted to (at least [`MIN_TREND_DAYS`]).
    pub days: u32,
}

/// A day and its index.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct DayScore {
    pub day: NaiveDate,
    pub index: f64,
}

/// Everything about one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PeriodSummary {
    pub range: DayRange,
    /// The period of equal length just before, which the changes compare with.
    pub previous: DayRange,
    /// Days in the period.
    pub days: u32,
    /// Days with a check-in.
    pub days_logged: u32,
    /// Days with a check-in in the previous period.
    pub previous_days_logged: u32,
    /// One entry per check-in measure, in the order of `MetricKey`.
    pub metrics: Vec<MetricSummary>,
    /// The daily resilience index.
    pub index: MeasureSummary,
    /// `None` with fewer than [`MIN_TREND_DAYS`] days with an index.
    pub index_trend: Option<IndexTrend>,
    /// Highest index first (ties: the more recent day first). Up to three, and never more than
    /// half the days with an index, so a day is never both best and hardest.
    pub best_days: Vec<DayScore>,
    /// Lowest index first (ties: the more recent day first); same limits as `bestDays`.
    pub hardest_days: Vec<DayScore>,
}

/// The summary of `range` (and the change from the equal period before it). Check-ins outside
/// the two periods are ignored, in any order.
pub fn summarize(check_ins: &[CheckIn], range: DayRange) -> PeriodSummary {
    let window = DayRange::new(range.previous().from, range.to);
    summarize_table(&DayTable::new(check_ins, window), range)
}

/// The summary of a named period ending at `today`.
pub fn period_summary(check_ins: &[CheckIn], today: NaiveDate, period: Period) -> PeriodSummary {
    let first_day = check_ins.iter().map(|c| c.day).min();
    summarize(check_ins, period.range(today, first_day))
}

/// A measure's sums plus its extremes.
#[derive(Debug, Clone, Copy, Default)]
struct Tally {
    moments: Moments,
    min: Option<f64>,
    max: Option<f64>,
}

impl Tally {
    fn add(&mut self, x: f64) {
        self.moments.add(x);
        self.min = Some(self.min.map_or(x, |m| m.min(x)));
        self.max = Some(self.max.map_or(x, |m| m.max(x)));
    }
}

const MEASURES: usize = 9; // the eight metrics, then the index

struct Pass {
    tallies: [Tally; MEASURES],
    logged: u32,
}

/// One pass over the days of `range`; `each_index` sees every index with its offset from
/// `range.from`.
fn tally(table: &DayTable<'_>, range: DayRange, mut each_index: impl FnMut(i64, f64)) -> Pass {
    let mut pass = Pass { tallies: [Tally::default(); MEASURES], logged: 0 };
    let (first, rows) = table.rows(range);
    let skipped = (first - range.from).num_days();
    for (i, row) in rows.iter().enumerate().filter(|(_, row)| row.logged()) {
        pass.logged += 1;
        for (tally, value) in pass.tallies.iter_mut().zip(row.values()) {
            if let Some(x) = value {
                tally.add(x);
            }
        }
        if let Some(index) = row.index() {
            pass.tallies[MEASURES - 1].add(index);
            each_index(skipped + i as i64, index);
        }
    }
    pass
}

pub(crate) fn summarize_table(table: &DayTable<'_>, range: DayRange) -> PeriodSummary {
    let previous = range.previous();
    let mut line = Pairs::default();
    let mut best = Ranked::new(|a: f64, b: f64| a >= b);
    let mut hardest = Ranked::new(|a: f64, b: f64| a <= b);
    let current = tally(table, range, |offset, index| {
        line.add(offset as f64, index);
        best.offer(offset, index);
        hardest.offer(offset, index);
    });
    let before = tally(table, previous, |_, _| {});
    let measure = |i: usize| measure_summary(&current.tallies[i], &before.tallies[i]);
    let index = measure(MEASURES - 1);
    let listed = LISTED_DAYS.min(index.days_logged as usize / 2);
    PeriodSummary {
        range,
        previous,
        days: range.len_days(),
        days_logged: current.logged,
        previous_days_logged: before.logged,
        metrics: MetricKey::ALL
            .iter()
            .enumerate()
            .map(|(i, m)| MetricSummary { metric: *m, summary: measure(i) })
            .collect(),
        index,
        index_trend: trend(&line),
        best_days: best.take(listed, range.from),
        hardest_days: hardest.take(listed, range.from),
    }
}

fn measure_summary(current: &Tally, previous: &Tally) -> MeasureSummary {
    let change = welch(&current.moments, &previous.moments);
    MeasureSummary {
        days_logged: current.moments.n,
        mean: current.moments.mean(),
        min: current.min,
        max: current.max,
        sd: current.moments.sd(),
        previous_days_logged: previous.moments.n,
        previous_mean: previous.moments.mean(),
        change: change.map(|w| w.difference),
        change_ci: change.and_then(|w| w.ci),
    }
}

fn trend(line: &Pairs) -> Option<IndexTrend> {
    if line.n < MIN_TREND_DAYS {
        return None;
    }
    let slope = line.slope()?;
    Some(IndexTrend {
        per_30_days: finite(slope.slope * 30.0)?,
        ci: slope.ci.and_then(|ci| Interval::new(ci.low * 30.0, ci.high * 30.0)),
        days: line.n,
    })
}

/// The first [`LISTED_DAYS`] days by a ranking of their index, kept while streaming (linear, no
/// sort) as day offsets. Days arrive oldest first, so a newcomer that ties goes before the days
/// already kept.
struct Ranked<F> {
    at_least_as_good: F,
    kept: Vec<(i64, f64)>,
}

impl<F: Fn(f64, f64) -> bool> Ranked<F> {
    fn new(at_least_as_good: F) -> Self {
        Ranked { at_least_as_good, kept: Vec::with_capacity(LISTED_DAYS + 1) }
    }

    fn offer(&mut self, offset: i64, index: f64) {
        if self.kept.len() == LISTED_DAYS && !(self.at_least_as_good)(index, self.kept[LISTED_DAYS - 1].1) {
            return;
        }
        let place = self.kept.iter().position(|kept| (self.at_least_as_good)(index, kept.1)).unwrap_or(self.kept.len());
        self.kept.insert(place, (offset, index));
        self.kept.truncate(LISTED_DAYS);
    }

    fn take(self, n: usize, first_day: NaiveDate) -> Vec<DayScore> {
        self.kept
            .into_iter()
            .take(n)
            .map(|(offset, index)| DayScore { day: add_days(first_day, offset as u64), index })
            .collect()
    }
}

#[cfg(test)]
#[path = "summary_tests.rs"]
mod tests;
