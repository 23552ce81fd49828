//! Finding days again: full-text over notes plus filters by tag, measure range and dates.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::check_in::CheckIn;
use super::day::parse_day;
use super::metric::MetricKey;
use super::text::check_text;
use crate::error::Message;
use crate::{Error, Result};

/// Marks the start of a matched word in a [`JournalHit::snippet`] (a private-use character).
pub const MATCH_START: char = '\u{E000}';
/// Marks the end of a matched word.
pub const MATCH_END: char = '\u{E001}';
/// The most hits one search returns.
pub const MAX_HITS: u32 = 500;

/// What to look for. Every part is optional; an empty query lists the newest days.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JournalQuery {
    /// Words to find in notes (each word also matches as a prefix: "mass" finds "massage").
    #[serde(default)]
    pub text: String,
    /// Only days carrying this tag (name, ignoring case).
    pub tag: Option<String>,
    /// With `min`/`max`: only days where this measure lies in the inclusive range.
    pub metric: Option<MetricKey>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Only days from/to these ISO dates (inclusive).
    pub from: Option<String>,
    pub to: Option<String>,
}

/// One day found, with the part of its note that matched.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct JournalHit {
    pub check_in: CheckIn,
    /// Text around the match; matched words are wrapped in U+E000 … U+E001.
    pub snippet: Option<String>,
}

/// A validated [`JournalQuery`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchFilter {
    /// The FTS5 match expression, when there are words to find.
    pub match_expression: Option<String>,
    pub tag: Option<String>,
    pub metric: Option<(MetricKey, f64, f64)>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl JournalQuery {
    /// Validates the query and turns the words into a safe FTS5 expression.
    pub fn validate(&self) -> Result<SearchFilter> {
        check_text("text", Message::new("error-label-search"), &self.text, 200)?;
        let from = self.from.as_deref().map(|d| parse_day("from", d)).transpose()?;
        let to = self.to.as_deref().map(|d| parse_day("to", d)).transpose()?;
        if let (Some(from), Some(to)) = (from, to) {
            if from > to {
                return Err(Error::invalid("to", Message::new("error-search-range-reversed")));
            }
        }
        let metric = match (self.metric, self.min, self.max) {
            (None, None, None) => None,
            (None, _, _) => return Err(Error::invalid("metric", Message::new("error-search-choose-measure"))),
            (Some(metric), min, max) => {
                let top = metric.max_value();
                let (min, max) = (min.unwrap_or(0.0), max.unwrap_or(top));
                for (field, value) in [("min", min), ("max", max)] {
                    if !value.is_finite() || !(0.0..=top).contains(&value) {
                        return Err(Error::invalid(field, Message::new("error-search-value-range").arg("max", top)));
                    }
                }
                if min > max {
                    return Err(Error::invalid("max", Message::new("error-search-max-below-min")));
                }
                Some((metric, min, max))
            }
        };
        let tag = self.tag.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_string);
        Ok(SearchFilter { match_expression: match_expression(&self.text), tag, metric, from, to })
    }
}

/// Each word of `text` as a quoted prefix term, all required: `"calm"* "river"*`. Quoting keeps
/// FTS5 operators and punctuation typed by the person from being read as query syntax.
pub fn match_expression(text: &str) -> Option<String> {
    let terms: Vec<String> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| format!("\"{w}\"*")).collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_become_quoted_prefix_terms() {
        assert_eq!(match_expression("calm river").as_deref(), Some("\"calm\"* \"river\"*"));
        assert_eq!(match_expression("  NOT (a OR \"b\")* ").as_deref(), Some("\"NOT\"* \"a\"* \"OR\"* \"b\"*"));
        assert_eq!(match_expression("café — ok").as_deref(), Some("\"café\"* \"ok\"*"));
        assert_eq!(match_expression(" -- "), None);
    }

    #[test]
    fn a_metric_range_defaults_its_open_end() {
        let q = JournalQuery { metric: Some(MetricKey::Pain), min: Some(6.0), ..Default::default() };
        assert_eq!(q.validate().unwrap().metric, Some((MetricKey::Pain, 6.0, 10.0)));
        let q = JournalQuery { metric: Some(MetricKey::SleepHours), max: Some(6.0), ..Default::default() };
        assert_eq!(q.validate().unwrap().metric, Some((MetricKey::SleepHours, 0.0, 6.0)));
    }

    #[test]
    fn bad_ranges_and_dates_are_refused() {
        let field = |q: JournalQuery| q.validate().unwrap_err().field();
        assert_eq!(field(JournalQuery { min: Some(3.0), ..Default::default() }), Some("metric"));
        assert_eq!(
            field(JournalQuery { metric: Some(MetricKey::Pain), min: Some(11.0), ..Default::default() }),
            Some("min")
        );
        assert_eq!(
            field(JournalQuery { metric: Some(MetricKey::Pain), min: Some(f64::NAN), ..Default::default() }),
            Some("min")
        );
        assert_eq!(
            field(JournalQuery { metric: Some(MetricKey::Pain), min: Some(7.0), max: Some(2.0), ..Default::default() }),
            Some("max")
        );
        assert_eq!(
            field(JournalQuery {
                from: Some("2026-02-01".into()),
                to: Some("2026-01-01".into()),
                ..Default::default()
            }),
            Some("to")
        );
        assert_eq!(field(JournalQuery { text: "a\0".into(), ..Default::default() }), Some("text"));
    }
}
