//! The massage effect chart's numbers as CSV: per measure, the two days after a session against
//! usual days and the change from right before to right after a session, as the insights engine
//! computed them (see [`crate::insights::massage_effect`]); nothing is recomputed here.

use serde::Deserialize;

use super::export::{csv_error, number};
use super::ChartMetric;
use crate::error::Message;
use crate::insights::massage_effect::MassageReport;
use crate::insights::{DayRange, Interval};
use crate::model::day::parse_day;
use crate::model::metric::MetricKey;
use crate::{Error, Result};

/// What the rows of the two comparisons say they compare.
pub const AFTER_VS_USUAL: &str = "two days after vs usual days";
pub const AFTER_VS_BEFORE: &str = "right after vs right before";

/// The range of the chart to save, as the UI sends it: `{ "from": "YYYY-MM-DD", "to":
/// "YYYY-MM-DD" }`. Anything else (a missing or extra key, a wrong type, a day not in the
/// calendar, an end before the start) is refused naming the field `data`.
pub fn effect_range(data: serde_json::Value) -> Result<DayRange> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Range {
        from: String,
        to: String,
    }
    let refuse = |why: Option<String>| match why {
        None => Error::invalid("data", Message::new("error-chart-range-form")),
        Some(detail) => Error::invalid("data", Message::new("error-chart-range-form-detail").arg("detail", detail)),
    };
    if !data.is_object() {
        return Err(refuse(None));
    }
    let range: Range = serde_json::from_value(data).map_err(|err| refuse(Some(err.to_string())))?;
    let (from, to) = (parse_day("data", &range.from)?, parse_day("data", &range.to)?);
    if from > to {
        return Err(Error::invalid(
            "data",
            Message::new("error-range-reversed").arg("from", from.to_string()).arg("to", to.to_string()),
        ));
    }
    Ok(DayRange::new(from, to))
}

/// One row per measure and comparison: `measure` (its label), `comparison`, the `difference`
/// (after − usual, or after − before) with its 95% interval `ci_low` … `ci_high`, `n` the
/// sessions behind it, `clear` ("yes" when the interval excludes zero), the logged `after_days`
/// and `usual_days` (after-vs-usual rows only) and the range `from` … `to`. Without enough data
/// the numbers are empty cells and `clear` is "no", as the chart shows "not enough data yet".
pub fn effect_to_csv(report: &MassageReport) -> Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(HEADER).map_err(csv_error)?;
    let range = &report.range;
    for effect in &report.effects {
        let comparison = effect.comparison.filter(|_| effect.enough_data);
        let row = Row {
            metric: effect.metric,
            comparison: AFTER_VS_USUAL,
            difference: comparison.map(|c| c.difference),
            ci: comparison.and_then(|c| c.ci),
            n: effect.sessions,
            days: Some((effect.after_days, effect.baseline_days)),
            range,
        };
        writer.write_record(row.cells()).map_err(csv_error)?;
    }
    for effect in &report.immediate {
        let difference = effect.mean_change.filter(|_| effect.enough_data);
        let row = Row {
            metric: effect.metric,
            comparison: AFTER_VS_BEFORE,
            difference,
            ci: effect.ci.filter(|_| difference.is_some()),
            n: effect.sessions,
            days: None,
            range,
        };
        writer.write_record(row.cells()).map_err(csv_error)?;
    }
    let bytes = writer.into_inner().map_err(|err| Error::from(err.into_error()))?;
    String::from_utf8(bytes).map_err(|err| Error::Database(err.to_string()))
}

const HEADER: [&str; 11] = [
    "measure",
    "comparison",
    "difference",
    "ci_low",
    "ci_high",
    "n",
    "clear",
    "after_days",
    "usual_days",
    "from",
    "to",
];

struct Row<'a> {
    metric: MetricKey,
    comparison: &'static str,
    difference: Option<f64>,
    ci: Option<Interval>,
    n: u32,
    /// Logged after-days and usual days (after-vs-usual rows only).
    days: Option<(u32, u32)>,
    range: &'a DayRange,
}

impl Row<'_> {
    fn cells(&self) -> [String; 11] {
        let clear = self.difference.is_some() && self.ci.is_some_and(|ci| ci.low > 0.0 || ci.high < 0.0);
        let count = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        [
            ChartMetric::from(self.metric).label().to_string(),
            self.comparison.to_string(),
            number(self.difference),
            number(self.ci.map(|ci| ci.low)),
            number(self.ci.map(|ci| ci.high)),
            self.n.to_string(),
            if clear { "yes" } else { "no" }.to_string(),
            count(self.days.map(|d| d.0)),
            count(self.days.map(|d| d.1)),
            self.range.from.to_string(),
            self.range.to.to_string(),
        ]
    }
}

#[cfg(test)]
#[path = "effect_csv_tests.rs"]
mod tests;
