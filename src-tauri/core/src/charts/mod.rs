//! Chart-ready series for the Trends screen: pure functions over slices of check-ins and
//! sessions that turn a range of days into one x axis and, per measure, the logged values (gaps
//! stay gaps, nothing is interpolated), a rolling mean, a short summary and the massage sessions
//! as markers.
//!
//! Nothing here reads the clock or the database: `Journal::chart_series` in [`crate::views`]
//! reads the range once and hands the slices to [`series`]. Every number that leaves is finite:
//! an undefined value is `None`, never NaN or infinity.

mod compare;
mod effect_csv;
mod export;
mod query;
mod series;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::metric::MetricKey;
use crate::{CheckIn, MassageKind, SessionStatus};

pub use compare::{compare, Correlation};
pub use effect_csv::{effect_range, effect_to_csv, AFTER_VS_BEFORE, AFTER_VS_USUAL};
pub use export::{decode_png_data_url, to_csv, MAX_PNG_BYTES};
pub(crate) use query::check_span;
pub use query::{ChartQuery, ResolutionChoice, MAX_CHART_METRICS, MAX_RANGE_DAYS};
pub use series::series;

/// Ranges longer than this many days are drawn as weekly means when the resolution is "auto".
pub const DAILY_UP_TO_DAYS: i64 = 366;
/// The rolling-mean window at day resolution.
pub const DAILY_ROLLING_DAYS: u32 = 7;
/// The rolling-mean window at week resolution (four weeks).
pub const WEEKLY_ROLLING_DAYS: u32 = 28;
/// The most words of a note shown in a tooltip.
pub const NOTE_PREVIEW_WORDS: usize = 12;
/// The most characters of a note shown in a tooltip.
pub const NOTE_PREVIEW_CHARS: usize = 80;

/// What a chart can show: one of the eight measures of a check-in, or the daily resilience index
/// (see [`crate::insights::index`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum ChartMetric {
    Stress,
    SleepHours,
    SleepQuality,
    Pain,
    SelfEsteem,
    Mood,
    Anxiety,
    BodyAwareness,
    Index,
}

impl ChartMetric {
    /// Every metric, in the order the UI offers them.
    pub const ALL: [ChartMetric; 9] = [
        ChartMetric::Stress,
        ChartMetric::SleepHours,
        ChartMetric::SleepQuality,
        ChartMetric::Pain,
        ChartMetric::SelfEsteem,
        ChartMetric::Mood,
        ChartMetric::Anxiety,
        ChartMetric::BodyAwareness,
        ChartMetric::Index,
    ];

    /// The check-in measure behind this metric (`None` for the index).
    pub fn measure(self) -> Option<MetricKey> {
        Some(match self {
            ChartMetric::Stress => MetricKey::Stress,
            ChartMetric::SleepHours => MetricKey::SleepHours,
            ChartMetric::SleepQuality => MetricKey::SleepQuality,
            ChartMetric::Pain => MetricKey::Pain,
            ChartMetric::SelfEsteem => MetricKey::SelfEsteem,
            ChartMetric::Mood => MetricKey::Mood,
            ChartMetric::Anxiety => MetricKey::Anxiety,
            ChartMetric::BodyAwareness => MetricKey::BodyAwareness,
            ChartMetric::Index => return None,
        })
    }

    /// The id used over IPC and in CSV headers (`sleepHours`, `index` …).
    pub fn id(self) -> &'static str {
        match self.measure() {
            Some(key) => key.as_str(),
            None => "index",
        }
    }

    /// A label for people ("Sleep hours").
    pub fn label(self) -> &'static str {
        match self {
            ChartMetric::Stress => "Stress",
            ChartMetric::SleepHours => "Sleep hours",
            ChartMetric::SleepQuality => "Sleep quality",
            ChartMetric::Pain => "Pain",
            ChartMetric::SelfEsteem => "Self-esteem",
            ChartMetric::Mood => "Mood",
            ChartMetric::Anxiety => "Anxiety",
            ChartMetric::BodyAwareness => "Body awareness",
            ChartMetric::Index => "Resilience index",
        }
    }

    /// This metric's value in one check-in; the index comes from
    /// [`crate::insights::daily_index`], never recomputed here.
    pub fn value(self, check_in: &CheckIn) -> Option<f64> {
        let rating = |r: Option<u8>| r.map(f64::from);
        let value = match self {
            ChartMetric::Stress => rating(check_in.stress),
            ChartMetric::SleepHours => check_in.sleep_hours,
            ChartMetric::SleepQuality => rating(check_in.sleep_quality),
            ChartMetric::Pain => rating(check_in.pain),
            ChartMetric::SelfEsteem => rating(check_in.self_esteem),
            ChartMetric::Mood => rating(check_in.mood),
            ChartMetric::Anxiety => rating(check_in.anxiety),
            ChartMetric::BodyAwareness => rating(check_in.body_awareness),
            ChartMetric::Index => crate::insights::daily_index(check_in).index,
        };
        value.filter(|v| v.is_finite())
    }
}

impl From<MetricKey> for ChartMetric {
    fn from(key: MetricKey) -> Self {
        match key {
            MetricKey::Stress => ChartMetric::Stress,
            MetricKey::SleepHours => ChartMetric::SleepHours,
            MetricKey::SleepQuality => ChartMetric::SleepQuality,
            MetricKey::Pain => ChartMetric::Pain,
            MetricKey::SelfEsteem => ChartMetric::SelfEsteem,
            MetricKey::Mood => ChartMetric::Mood,
            MetricKey::Anxiety => ChartMetric::Anxiety,
            MetricKey::BodyAwareness => ChartMetric::BodyAwareness,
        }
    }
}

/// How finely the x axis is divided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum Resolution {
    /// One point per day.
    Day,
    /// One point per Monday-to-Sunday week: the mean of that week's logged days.
    Week,
}

impl Resolution {
    /// The window of the rolling mean at this resolution, in days.
    pub fn rolling_days(self) -> u32 {
        match self {
            Resolution::Day => DAILY_ROLLING_DAYS,
            Resolution::Week => WEEKLY_ROLLING_DAYS,
        }
    }
}

/// Everything a chart of a range needs, in one answer.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ChartData {
    /// The first day of the range.
    #[ts(type = "string")]
    pub from: NaiveDate,
    /// The last day of the range (inclusive).
    #[ts(type = "string")]
    pub to: NaiveDate,
    pub resolution: Resolution,
    /// The window of every `rolling` line, in days (7 by day, 28 by week).
    pub rolling_days: u32,
    /// The x axis, one ISO day per point: every day of the range, or the first day in the range
    /// of each week.
    #[ts(type = "Array<string>")]
    pub days: Vec<NaiveDate>,
    /// One series per requested metric, in the order asked.
    pub series: Vec<MetricSeries>,
    /// By day: the first words of each day's note (`None` without a note), aligned with `days`.
    /// By week: empty.
    pub notes: Vec<Option<String>>,
    /// Massage sessions on the journal days of the range, by start.
    pub markers: Vec<SessionMarker>,
    /// Pearson's r of the two metrics over the days logging both, when exactly two were asked.
    pub correlation: Option<Correlation>,
}

/// One metric along the x axis.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct MetricSeries {
    pub metric: ChartMetric,
    /// The logged value of each day, or the mean of a week's logged days; `None` is a gap.
    pub values: Vec<Option<f64>>,
    /// The mean of the logged values in the `rollingDays` days ending on the point's (last) day;
    /// `None` when none of those days is logged. Days before the range count when logged.
    pub rolling: Vec<Option<f64>>,
    /// How many logged days each value stands for (0 or 1 by day, 0–7 by week).
    pub counts: Vec<u8>,
    pub summary: SeriesSummary,
}

/// The one-line summary of a metric over the range, from its daily values.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct SeriesSummary {
    /// Days in the range with a value.
    pub logged_days: u32,
    pub mean: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// The mean over the first half of the range's days (the middle day, if any, goes here).
    pub first_half_mean: Option<f64>,
    /// The mean over the second half.
    pub second_half_mean: Option<f64>,
}

/// A massage session drawn on the time axis.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct SessionMarker {
    pub id: String,
    /// The journal day the session starts on (the day boundary applied).
    #[ts(type = "string")]
    pub day: NaiveDate,
    pub status: SessionStatus,
    pub kind: MassageKind,
    pub kind_other: Option<String>,
}
