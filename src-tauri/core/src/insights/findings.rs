//! Plain-language findings: a short ranked list of sentences made from the numbers (messages of
//! the catalogue, `locales/<language>/findings.ftl`, with the numbers as variables), each carrying its
//! count and interval, and a gentle note when low mood or high pain persists.
//!
//! Ranking: findings whose 95% interval excludes zero come first (strongest first: largest
//! estimate relative to the width of its interval), then descriptive ones without an interval,
//! then estimates whose interval includes zero (said as such). Never a claim without its n.
//! A tag finding must stay clear after allowing for how many tag comparisons were made.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::bounce_back::BounceBack;
use super::massage_effect::MassageReport;
use super::relations::{SleepStress, TagEffect};
use super::stats::{t_975, t_quantile};
use super::summary::PeriodSummary;
use super::{Comparison, DayRange, Interval};
use crate::error::Message;
use crate::model::metric::MetricKey;
use crate::CheckIn;

/// The message shown wherever findings are shown: associations in the person's own data, not
/// proof that one thing causes another, and not medical advice.
pub const CAVEAT: &str = "findings-caveat";
/// The longest list of findings.
pub const MAX_FINDINGS: usize = 8;
/// At most this many findings about tags (many tags × many measures would crowd out the rest).
pub const MAX_TAG_FINDINGS: usize = 2;
/// At most this many findings about the days after a massage (the massage card shows them all).
pub const MAX_MASSAGE_FINDINGS: usize = 4;
/// Recovered episodes a bounce-back finding needs.
pub const MIN_RECOVERED_FOR_FINDING: u32 = 3;
/// Logged days among the last 14 a care note needs.
pub const MIN_CARE_DAYS: u32 = 7;

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum FindingKind {
    MassageEffect,
    ImmediateEffect,
    TagEffect,
    SleepStress,
    IndexTrend,
    BounceBack,
}

/// One sentence (a message of the catalogue, its numbers as variables) and the numbers it came
/// from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Finding {
    pub kind: FindingKind,
    /// The sentence: `findings-…` with the measure, direction, size, counts and interval.
    pub text: Message,
    pub metric: Option<MetricKey>,
    pub tag: Option<String>,
    /// The number the sentence states: a difference of means, a mean change, Pearson's r, index
    /// points per 30 days, or median days to recover.
    pub estimate: f64,
    pub ci: Option<Interval>,
    /// The main count: sessions, days, or stress spikes.
    pub n: u32,
    /// The size of the set compared with, when there is one.
    pub n_other: Option<u32>,
    /// True when the 95% interval excludes zero.
    pub clear: bool,
}

/// Which persistent pattern a care note is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum CareConcern {
    /// Mood 3 or below.
    LowMood,
    /// Pain 7 or above.
    HighPain,
}

/// A gentle suggestion to talk to a professional, not an alarm.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct CareNote {
    pub concern: CareConcern,
    /// Days among the last 14 with the pattern.
    pub days: u32,
    /// Days among the last 14 with the measure logged.
    pub logged_days: u32,
    /// The note: `findings-care-low-mood` or `findings-care-high-pain` with `days`, `loggedDays`.
    pub text: Message,
}

/// The numbers findings are made from.
#[derive(Debug, Clone, Copy)]
pub struct FindingInputs<'a> {
    pub summary: &'a PeriodSummary,
    pub bounce_back: &'a BounceBack,
    pub massage: &'a MassageReport,
    pub tags: &'a [TagEffect],
    pub sleep_stress: &'a SleepStress,
}

/// The ranked findings, at most [`MAX_FINDINGS`].
pub fn findings(inputs: &FindingInputs<'_>) -> Vec<Finding> {
    let mut all: Vec<Finding> = Vec::new();
    for effect in inputs.massage.effects.iter() {
        if let Some(c) = effect.comparison {
            all.push(massage_finding(effect.metric, &c, effect.sessions));
        }
    }
    for effect in inputs.massage.immediate.iter() {
        if let (Some(change), true) = (effect.mean_change, effect.enough_data) {
            all.push(immediate_finding(effect.metric, change, effect.ci, effect.sessions));
        }
    }
    let comparisons: usize = inputs.tags.iter().map(|t| t.metrics.len()).sum();
    let mut tag_findings: Vec<Finding> = inputs
        .tags
        .iter()
        .flat_map(|t| t.metrics.iter().map(move |m| (t, m)))
        .filter(|(_, m)| clear_among(&m.comparison, comparisons))
        .map(|(t, m)| tag_finding(&t.tag, m.metric, &m.comparison))
        .collect();
    tag_findings.sort_by(|a, b| strength(b).total_cmp(&strength(a)));
    all.extend(tag_findings.into_iter().take(MAX_TAG_FINDINGS));
    all.extend(sleep_stress_finding(inputs.sleep_stress));
    all.extend(trend_finding(inputs.summary));
    all.extend(bounce_back_finding(inputs.bounce_back));
    all.sort_by(|a, b| tier(a).cmp(&tier(b)).then(strength(b).total_cmp(&strength(a))).then(b.n.cmp(&a.n)));
    let mut massage = 0;
    all.retain(|f| {
        massage += usize::from(f.kind == FindingKind::MassageEffect);
        f.kind != FindingKind::MassageEffect || massage <= MAX_MASSAGE_FINDINGS
    });
    all.truncate(MAX_FINDINGS);
    all
}

/// True when a comparison's difference stays clear of zero even after allowing for the number
/// of comparisons made alongside it (Bonferroni: each interval widened to 1 − 0.05/m). Every
/// tag is compared on every measure, so one in twenty would look "clear" by chance alone.
fn clear_among(c: &Comparison, comparisons: usize) -> bool {
    let (Some(ci), Some(df)) = (c.ci, c.degrees_of_freedom) else { return false };
    if !ci.excludes_zero() {
        return false; // a wider interval would include zero too
    }
    let se = (ci.high - ci.low) / (2.0 * t_975(df));
    let half = t_quantile(1.0 - 0.025 / comparisons.max(1) as f64, df) * se;
    c.difference - half > 0.0 || c.difference + half < 0.0
}

/// 0: the interval excludes zero; 1: no interval (descriptive); 2: the interval includes zero.
fn tier(f: &Finding) -> u8 {
    match (f.clear, f.ci) {
        (true, _) => 0,
        (false, None) => 1,
        (false, Some(_)) => 2,
    }
}

/// The estimate relative to its interval's width (proportional to |t|); 0 without an interval.
fn strength(f: &Finding) -> f64 {
    f.ci.map_or(0.0, |ci| if ci.high > ci.low { f.estimate.abs() / (ci.high - ci.low) } else { 0.0 })
}

/// `x` rounded to `decimals` places, never −0: the value a sentence shows.
pub(crate) fn rounded(x: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    let r = (x * scale).round() / scale;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// Which way an estimate goes once rounded to one decimal: `less`, `more`, or `same`.
fn direction(estimate: f64) -> &'static str {
    match rounded(estimate, 1) {
        r if r < 0.0 => "less",
        r if r > 0.0 => "more",
        _ => "same",
    }
}

/// Adds the size of an estimate (one decimal, without its sign) and its direction.
fn sized(message: Message, estimate: f64) -> Message {
    message.arg("size", rounded(estimate.abs(), 1)).arg("direction", direction(estimate))
}

/// Adds the 95% interval as the sentence says it: `ci` is `none` (the values did not vary),
/// `below` or `above` zero (`low` and `high` are then magnitudes, smaller first), or `across`
/// zero (`low` is the magnitude on the lower side, `high` on the higher). A finding whose
/// interval lies `across` zero is hedged: chance alone could give it.
fn interval(message: Message, ci: Option<Interval>) -> Message {
    match ci {
        None => message.arg("ci", "none"),
        Some(ci) if ci.high < 0.0 => {
            message.arg("ci", "below").arg("low", rounded(-ci.high, 1)).arg("high", rounded(-ci.low, 1))
        }
        Some(ci) if ci.low > 0.0 => {
            message.arg("ci", "above").arg("low", rounded(ci.low, 1)).arg("high", rounded(ci.high, 1))
        }
        Some(ci) => message.arg("ci", "across").arg("low", rounded(-ci.low, 1)).arg("high", rounded(ci.high, 1)),
    }
}

fn massage_finding(metric: MetricKey, c: &Comparison, sessions: u32) -> Finding {
    let text = Message::new("findings-massage-effect").arg("measure", metric.as_str()).arg("sessions", sessions);
    let text = interval(sized(text, c.difference), c.ci);
    finding(FindingKind::MassageEffect, text, Some(metric), None, c.difference, c.ci, sessions, Some(c.other_days))
}

fn immediate_finding(metric: MetricKey, change: f64, ci: Option<Interval>, sessions: u32) -> Finding {
    let text = Message::new("findings-immediate-effect").arg("measure", metric.as_str()).arg("sessions", sessions);
    let text = interval(sized(text, change), ci);
    finding(FindingKind::ImmediateEffect, text, Some(metric), None, change, ci, sessions, None)
}

fn tag_finding(tag: &str, metric: MetricKey, c: &Comparison) -> Finding {
    let text = Message::new("findings-tag-effect")
        .arg("tag", tag)
        .arg("measure", metric.as_str())
        .arg("days", c.group_days)
        .arg("otherDays", c.other_days);
    let text = interval(sized(text, c.difference), c.ci);
    let tag = Some(tag.to_string());
    finding(FindingKind::TagEffect, text, Some(metric), tag, c.difference, c.ci, c.group_days, Some(c.other_days))
}

fn sleep_stress_finding(s: &SleepStress) -> Option<Finding> {
    let (r, ci) = (s.r?, s.ci?);
    if !ci.excludes_zero() {
        return None;
    }
    let text = Message::new("findings-sleep-stress")
        .arg("direction", if r < 0.0 { "less" } else { "more" })
        .arg("r", rounded(r, 2))
        .arg("days", s.days)
        .arg("low", rounded(ci.low, 2))
        .arg("high", rounded(ci.high, 2));
    Some(finding(FindingKind::SleepStress, text, Some(MetricKey::Stress), None, r, Some(ci), s.days, None))
}

fn trend_finding(summary: &PeriodSummary) -> Option<Finding> {
    let trend = summary.index_trend?;
    let estimate = trend.per_30_days;
    let kind = if trend.ci.is_some_and(|ci| !ci.excludes_zero()) {
        "unclear"
    } else {
        match direction(estimate) {
            "less" => "down",
            "more" => "up",
            _ => "steady",
        }
    };
    let text = Message::new("findings-index-trend")
        .arg("trend", kind)
        .arg("estimate", rounded(estimate, 1))
        .arg("size", rounded(estimate.abs(), 1))
        .arg("days", trend.days);
    let text = interval(text, trend.ci);
    Some(finding(FindingKind::IndexTrend, text, None, None, estimate, trend.ci, trend.days, None))
}

fn bounce_back_finding(b: &BounceBack) -> Option<Finding> {
    let median = b.median_recovery_days.filter(|_| b.recovered >= MIN_RECOVERED_FOR_FINDING)?;
    let text = Message::new("findings-bounce-back")
        .arg("median", rounded(median, 1))
        .arg("spikes", b.spikes)
        .arg("unresolved", b.unresolved);
    Some(finding(FindingKind::BounceBack, text, Some(MetricKey::Stress), None, median, None, b.spikes, None))
}

#[allow(clippy::too_many_arguments)]
fn finding(
    kind: FindingKind,
    text: Message,
    metric: Option<MetricKey>,
    tag: Option<String>,
    estimate: f64,
    ci: Option<Interval>,
    n: u32,
    n_other: Option<u32>,
) -> Finding {
    let clear = ci.is_some_and(|ci| ci.excludes_zero());
    Finding { kind, text, metric, tag, estimate, ci, n, n_other, clear }
}

/// Gentle notes when mood has been 3 or below, or pain 7 or above, on most logged days of the
/// 14 days ending `today` (at least 7 logged days).
pub fn care_notes(check_ins: &[CheckIn], today: NaiveDate) -> Vec<CareNote> {
    let fortnight = DayRange::ending(today, 14);
    care_notes_of(&check_ins.iter().filter(|c| fortnight.contains(c.day)).collect::<Vec<_>>())
}

/// Care notes from the check-ins of the last 14 days.
pub(crate) fn care_notes_of(recent: &[&CheckIn]) -> Vec<CareNote> {
    let count = |value: fn(&CheckIn) -> Option<u8>, hit: fn(u8) -> bool| {
        let logged: Vec<u8> = recent.iter().filter_map(|c| value(c)).collect();
        (logged.iter().filter(|v| hit(**v)).count() as u32, logged.len() as u32)
    };
    let mut notes = Vec::new();
    let (days, logged_days) = count(|c| c.mood, |m| m <= 3);
    if logged_days >= MIN_CARE_DAYS && 2 * days > logged_days {
        notes.push(CareNote {
            concern: CareConcern::LowMood,
            days,
            logged_days,
            text: Message::new("findings-care-low-mood").arg("days", days).arg("loggedDays", logged_days),
        });
    }
    let (days, logged_days) = count(|c| c.pain, |p| p >= 7);
    if logged_days >= MIN_CARE_DAYS && 2 * days > logged_days {
        notes.push(CareNote {
            concern: CareConcern::HighPain,
            days,
            logged_days,
            text: Message::new("findings-care-high-pain").arg("days", days).arg("loggedDays", logged_days),
        });
    }
    notes
}

#[cfg(test)]
#[path = "findings_tests.rs"]
mod tests;
