//! Insights: pure functions over slices of check-ins and sessions that answer "am I getting more
//! resilient?" and "does massage help *me*?" — honestly, with counts and intervals.
//!
//! Every function takes the data and `today` as arguments and returns plain, serialisable structs;
//! nothing here reads the clock, the database or prints. Every `f64` in an output is finite: a
//! value that is undefined (no data, zero variance) is `None`, never NaN or infinity.
//!
//! The statistics describe associations in one person's own data. They are not proof of cause
//! and not medical advice; [`CAVEAT`] says so in one sentence that goes wherever findings go.

pub mod bounce_back;
pub mod dashboard;
pub mod data_needed;
mod days;
pub mod findings;
pub mod index;
pub mod massage_effect;
pub mod relations;
mod stats;
pub mod summary;
mod tag_index;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use dashboard::{dashboard, dashboard_with_day_boundary, data_window, Dashboard};
pub use findings::CAVEAT;
pub use index::{daily_index, IndexBreakdown, INDEX_VERSION};

/// An inclusive range of journal days. A range whose `to` is before its `from` is empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct DayRange {
    /// The first day.
    pub from: NaiveDate,
    /// The last day (inclusive).
    pub to: NaiveDate,
}

impl DayRange {
    /// The days `from` … `to`, inclusive.
    pub fn new(from: NaiveDate, to: NaiveDate) -> Self {
        DayRange { from, to }
    }

    /// The `days` days that end with `last` (one day when `days` is 0).
    pub fn ending(last: NaiveDate, days: u32) -> Self {
        DayRange { from: sub_days(last, u64::from(days.max(1)) - 1), to: last }
    }

    /// How many days the range holds (0 when empty).
    pub fn len_days(&self) -> u32 {
        u32::try_from((self.to - self.from).num_days() + 1).unwrap_or(0)
    }

    /// True when the range holds no day.
    pub fn is_empty(&self) -> bool {
        self.to < self.from
    }

    /// True when `day` lies in the range.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    /// The range of the same length that ends the day before this one starts.
    pub fn previous(&self) -> DayRange {
        let to = sub_days(self.from, 1);
        DayRange { from: sub_days(self.from, u64::from(self.len_days().max(1))), to }
    }
}

impl From<(NaiveDate, NaiveDate)> for DayRange {
    fn from((from, to): (NaiveDate, NaiveDate)) -> Self {
        DayRange { from, to }
    }
}

/// A 95% confidence interval `low` … `high` (both finite, `low ≤ high`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

impl Interval {
    /// The interval `low` … `high`, or `None` unless both ends are finite and in order.
    pub(crate) fn new(low: f64, high: f64) -> Option<Self> {
        (low.is_finite() && high.is_finite() && low <= high).then_some(Interval { low, high })
    }

    /// True when the whole interval lies on one side of zero (the data show a clear difference).
    pub fn excludes_zero(&self) -> bool {
        self.low > 0.0 || self.high < 0.0
    }
}

/// Two groups of days compared on one measure: the difference of their means with a Welch 95%
/// interval. What "group" and "other" are depends on the use (after a massage vs baseline days,
/// with a tag vs without).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Comparison {
    /// `groupMean − otherMean`.
    pub difference: f64,
    pub group_mean: f64,
    /// Logged days in the group.
    pub group_days: u32,
    pub other_mean: f64,
    /// Logged days in the other set.
    pub other_days: u32,
    /// Welch 95% interval of the difference; `None` when neither group varies.
    pub ci: Option<Interval>,
    /// Welch–Satterthwaite degrees of freedom, when there is an interval.
    pub degrees_of_freedom: Option<f64>,
}

impl Comparison {
    /// Compares two samples; `None` when either is empty.
    pub(crate) fn of(group: &stats::Moments, other: &stats::Moments) -> Option<Self> {
        let welch = stats::welch(group, other)?;
        Some(Comparison {
            difference: welch.difference,
            group_mean: group.mean()?,
            group_days: group.n,
            other_mean: other.mean()?,
            other_days: other.n,
            ci: welch.ci,
            degrees_of_freedom: welch.ci.and(welch.df),
        })
    }
}

/// `day` minus `n` days, stopping at the earliest date chrono knows.
pub(crate) fn sub_days(day: NaiveDate, n: u64) -> NaiveDate {
    day.checked_sub_days(Days::new(n)).unwrap_or(NaiveDate::MIN)
}

/// `day` plus `n` days, stopping at the latest date chrono knows.
pub(crate) fn add_days(day: NaiveDate, n: u64) -> NaiveDate {
    day.checked_add_days(Days::new(n)).unwrap_or(NaiveDate::MAX)
}

/// `Some(x)` when `x` is finite: the one gate every computed number passes on its way out.
pub(crate) fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

#[cfg(test)]
pub(crate) mod fixtures;
#[cfg(test)]
mod probe;
