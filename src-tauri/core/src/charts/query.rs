//! The chart query the UI sends and its validation (the read behind it is
//! [`crate::views`]' `Journal::chart_series`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ChartMetric, Resolution, DAILY_UP_TO_DAYS};
use crate::error::Message;
use crate::model::day::parse_day;
use crate::{Error, Result};

/// The most metrics one chart shows (all nine).
pub const MAX_CHART_METRICS: usize = 9;
/// The longest range a chart covers: 100 years of days.
pub const MAX_RANGE_DAYS: i64 = 36_525;

/// How finely to divide the x axis; `auto` picks days up to a year and weeks beyond.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum ResolutionChoice {
    #[default]
    Auto,
    Day,
    Week,
}

impl ResolutionChoice {
    /// The resolution for a range of `days` days.
    pub fn resolve(self, days: i64) -> Resolution {
        match self {
            ResolutionChoice::Day => Resolution::Day,
            ResolutionChoice::Week => Resolution::Week,
            ResolutionChoice::Auto if days > DAILY_UP_TO_DAYS => Resolution::Week,
            ResolutionChoice::Auto => Resolution::Day,
        }
    }
}

/// A chart as the UI asks for it, before validation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(rename_all = "camelCase")]
pub struct ChartQuery {
    /// The first ISO day; `null` starts at the first day with an entry or a session ("All").
    pub from: Option<String>,
    /// The last ISO day (inclusive). Later days than today are allowed (planned sessions).
    pub to: String,
    /// One to nine distinct metrics, in the order to draw them.
    pub metrics: Vec<ChartMetric>,
    #[serde(default)]
    pub resolution: ResolutionChoice,
}

/// A query that passed validation.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidChartQuery {
    pub from: Option<NaiveDate>,
    pub to: NaiveDate,
    pub metrics: Vec<ChartMetric>,
    pub resolution: ResolutionChoice,
}

impl ChartQuery {
    /// Checks the days and the metric list; the first problem found is returned, naming its field.
    pub fn validate(&self) -> Result<ValidChartQuery> {
        let from = self.from.as_deref().map(|text| parse_day("from", text)).transpose()?;
        let to = parse_day("to", &self.to)?;
        if let Some(from) = from {
            if from > to {
                return Err(Error::invalid(
                    "from",
                    Message::new("error-chart-range-reversed").arg("from", from.to_string()).arg("to", to.to_string()),
                ));
            }
            check_span(from, to)?;
        }
        if self.metrics.is_empty() {
            return Err(Error::invalid("metrics", Message::new("error-chart-no-measure")));
        }
        if self.metrics.len() > MAX_CHART_METRICS {
            return Err(Error::invalid(
                "metrics",
                Message::new("error-chart-too-many-measures")
                    .arg("max", MAX_CHART_METRICS)
                    .arg("count", self.metrics.len()),
            ));
        }
        for (i, metric) in self.metrics.iter().enumerate() {
            if self.metrics[..i].contains(metric) {
                return Err(Error::invalid(
                    "metrics",
                    Message::new("error-chart-measure-twice")
                        .arg("label", Message::new("error-measure").arg("measure", metric.id())),
                ));
            }
        }
        Ok(ValidChartQuery { from, to, metrics: self.metrics.clone(), resolution: self.resolution })
    }
}

/// Refuses a range longer than [`MAX_RANGE_DAYS`], naming `from`.
pub(crate) fn check_span(from: NaiveDate, to: NaiveDate) -> Result<()> {
    if (to - from).num_days() >= MAX_RANGE_DAYS {
        return Err(Error::invalid("from", Message::new("error-chart-range-too-long")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(from: Option<&str>, to: &str, metrics: &[ChartMetric]) -> ChartQuery {
        ChartQuery {
            from: from.map(str::to_string),
            to: to.into(),
            metrics: metrics.to_vec(),
            resolution: ResolutionChoice::Auto,
        }
    }

    #[test]
    fn bad_queries_name_their_field() {
        let s = [ChartMetric::Stress];
        for (q, field) in [
            (query(Some("2026-02-01"), "2026-01-01", &s), "from"),
            (query(Some("2026-02-30"), "2026-03-01", &s), "from"),
            (query(None, "yesterday", &s), "to"),
            (query(Some("1900-01-01"), "2026-01-01", &s), "from"),
            (query(Some("2026-01-01"), "2026-01-31", &[]), "metrics"),
            (query(Some("2026-01-01"), "2026-01-31", &[ChartMetric::Pain, ChartMetric::Pain]), "metrics"),
        ] {
            assert_eq!(q.validate().unwrap_err().field(), Some(field), "{q:?}");
        }
        let mut ten = ChartMetric::ALL.to_vec();
        ten.push(ChartMetric::Stress);
        assert!(query(None, "2026-01-31", &ten)
            .validate()
            .unwrap_err()
            .to_string()
            .contains("error-chart-too-many-measures count=10 max=9"));
    }

    #[test]
    fn auto_resolution_switches_to_weeks_after_366_days() {
        assert_eq!(ResolutionChoice::Auto.resolve(366), Resolution::Day);
        assert_eq!(ResolutionChoice::Auto.resolve(367), Resolution::Week);
        assert_eq!(ResolutionChoice::Day.resolve(4000), Resolution::Day);
        assert_eq!(ResolutionChoice::Week.resolve(30), Resolution::Week);
    }

    #[test]
    fn unknown_metrics_and_fields_are_refused_by_serde() {
        let unknown = serde_json::json!({ "from": null, "to": "2026-01-01", "metrics": ["weight"] });
        assert!(serde_json::from_value::<ChartQuery>(unknown).is_err());
        let extra = serde_json::json!({ "from": null, "to": "2026-01-01", "metrics": ["index"], "x": 1 });
        assert!(serde_json::from_value::<ChartQuery>(extra).is_err());
    }
}
