//! Plain-language findings: a short ranked list of sentences made from the numbers, each
//! carrying its count and interval, and a gentle note when low mood or high pain persists.
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
use crate::model::metric::MetricKey;
use crate::CheckIn;

/// Shown wherever findings are shown.
pub const CAVEAT: &str = "These are associations in your own data, not proof that one thing causes another, \
                          and not medical advice.";
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

/// One sentence and the numbers it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Finding {
    pub kind: FindingKind,
    pub text: String,
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
    pub text: String,
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

/// How a measure is named and counted in a sentence.
fn words(metric: MetricKey) -> (&'static str, &'static str, &'static str, &'static str) {
    // (name, unit, word for less, word for more)
    match metric {
        MetricKey::Stress => ("stress", "points", "lower", "higher"),
        MetricKey::SleepHours => ("sleep", "hours", "shorter", "longer"),
        MetricKey::SleepQuality => ("sleep quality", "points", "lower", "higher"),
        MetricKey::Pain => ("pain", "points", "lower", "higher"),
        MetricKey::SelfEsteem => ("self-esteem", "points", "lower", "higher"),
        MetricKey::Mood => ("mood", "points", "lower", "higher"),
        MetricKey::Anxiety => ("anxiety", "points", "lower", "higher"),
        MetricKey::BodyAwareness => ("body awareness", "points", "lower", "higher"),
    }
}

/// One decimal, never "-0.0".
pub(crate) fn one_decimal(x: f64) -> String {
    let rounded = (x * 10.0).round() / 10.0;
    format!("{:.1}", if rounded == 0.0 { 0.0 } else { rounded })
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "{size} {unit} {less|more}" for an estimate, or "about the same" when it rounds to zero.
fn sized(estimate: f64, unit: &str, less: &str, more: &str) -> Option<String> {
    let size = one_decimal(estimate.abs());
    (size != "0.0").then(|| format!("{size} {unit} {}", if estimate < 0.0 { less } else { more }))
}

/// The interval in words: magnitudes when it lies on one side of zero, else both directions.
fn interval_words(ci: Option<Interval>, less: &str, more: &str) -> String {
    match ci {
        None => "no interval: the values did not vary".into(),
        Some(ci) if ci.high < 0.0 => format!("95% CI {} to {}", one_decimal(-ci.high), one_decimal(-ci.low)),
        Some(ci) if ci.low > 0.0 => format!("95% CI {} to {}", one_decimal(ci.low), one_decimal(ci.high)),
        Some(ci) => format!("95% CI {} {less} to {} {more}", one_decimal(-ci.low), one_decimal(ci.high)),
    }
}

/// The sentence's claim, hedged when the interval includes zero.
fn claim(statement: String, ci: Option<Interval>) -> String {
    if ci.is_some_and(|ci| !ci.excludes_zero()) {
        format!("{statement}, but that is within what chance alone could give")
    } else {
        statement
    }
}

fn massage_finding(metric: MetricKey, c: &Comparison, sessions: u32) -> Finding {
    let (name, unit, less, more) = words(metric);
    let statement = match sized(c.difference, unit, less, more) {
        Some(size) => format!("{} was {size} on the two days after a massage", capitalised(name)),
        None => format!("{} was about the same on the two days after a massage as on other days", capitalised(name)),
    };
    let text = format!(
        "{} ({}; {}).",
        claim(statement, c.ci),
        plural(sessions, "session", "sessions"),
        interval_words(c.ci, less, more)
    );
    finding(FindingKind::MassageEffect, text, Some(metric), None, c.difference, c.ci, sessions, Some(c.other_days))
}

fn immediate_finding(metric: MetricKey, change: f64, ci: Option<Interval>, sessions: u32) -> Finding {
    let (name, unit, less, more) = words(metric);
    let statement = match sized(change, unit, less, more) {
        Some(size) => format!("{} was {size} right after a session than right before", capitalised(name)),
        None => format!("{} was about the same right after a session as right before", capitalised(name)),
    };
    let count = plural(sessions, "session with both ratings", "sessions with both ratings");
    let text = format!("{} ({count}; {}).", claim(statement, ci), interval_words(ci, less, more));
    finding(FindingKind::ImmediateEffect, text, Some(metric), None, change, ci, sessions, None)
}

fn tag_finding(tag: &str, metric: MetricKey, c: &Comparison) -> Finding {
    let (name, unit, less, more) = words(metric);
    let statement = match sized(c.difference, unit, less, more) {
        Some(size) => format!("On days tagged “{tag}”, {name} was {size} than on days without it"),
        None => format!("On days tagged “{tag}”, {name} was about the same as on days without it"),
    };
    let text = format!(
        "{} ({} with the tag, {} without; {}).",
        claim(statement, c.ci),
        plural(c.group_days, "day", "days"),
        c.other_days,
        interval_words(c.ci, less, more)
    );
    let tag = Some(tag.to_string());
    finding(FindingKind::TagEffect, text, Some(metric), tag, c.difference, c.ci, c.group_days, Some(c.other_days))
}

fn sleep_stress_finding(s: &SleepStress) -> Option<Finding> {
    let (r, ci) = (s.r?, s.ci?);
    if !ci.excludes_zero() {
        return None;
    }
    let direction = if r < 0.0 { "lower" } else { "higher" };
    let text = format!(
        "After nights with more sleep, stress the next day tended to be {direction} (r = {} over {}; 95% CI {} to {}).",
        signed(r, 2),
        plural(s.days, "day", "days"),
        signed(ci.low, 2),
        signed(ci.high, 2)
    );
    Some(finding(FindingKind::SleepStress, text, Some(MetricKey::Stress), None, r, Some(ci), s.days, None))
}

/// `x` with `decimals` places and a real minus sign.
fn signed(x: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, x);
    match text.strip_prefix('-') {
        Some(rest) if rest.chars().any(|c| c.is_ascii_digit() && c != '0') => format!("−{rest}"),
        Some(rest) => rest.to_string(),
        None => text,
    }
}

fn trend_finding(summary: &PeriodSummary) -> Option<Finding> {
    let trend = summary.index_trend?;
    let estimate = trend.per_30_days;
    let numbers =
        format!("{} with an index; {}", plural(trend.days, "day", "days"), interval_words(trend.ci, "down", "up"));
    let text = if trend.ci.is_some_and(|ci| !ci.excludes_zero()) {
        format!(
            "Your resilience index showed no clear trend over this period ({} points per 30 days; {numbers}).",
            signed(estimate, 1)
        )
    } else if one_decimal(estimate) == "0.0" {
        format!("Your resilience index held steady over this period ({numbers}).")
    } else {
        format!(
            "Your resilience index {} by {} points per 30 days over this period ({numbers}).",
            if estimate < 0.0 { "fell" } else { "rose" },
            one_decimal(estimate.abs())
        )
    };
    Some(finding(FindingKind::IndexTrend, text, None, None, estimate, trend.ci, trend.days, None))
}

fn bounce_back_finding(b: &BounceBack) -> Option<Finding> {
    let median = b.median_recovery_days.filter(|_| b.recovered >= MIN_RECOVERED_FOR_FINDING)?;
    let unresolved =
        if b.unresolved > 0 { format!("; {} not back down within 14 days", b.unresolved) } else { String::new() };
    let days = if median == 1.0 { "day".to_string() } else { "days".to_string() };
    let text = format!(
        "After a stress spike, your stress came back down in a median of {} {days} ({}{unresolved}).",
        one_decimal(median).trim_end_matches(".0"),
        plural(b.spikes, "spike", "spikes"),
    );
    Some(finding(FindingKind::BounceBack, text, Some(MetricKey::Stress), None, median, None, b.spikes, None))
}

#[allow(clippy::too_many_arguments)]
fn finding(
    kind: FindingKind,
    text: String,
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
            text: format!(
                "Your mood has been low (3 or below) on {days} of the {logged_days} days you logged in the last two \
                 weeks. Low mood that lasts is worth talking over with someone you trust, or with a professional \
                 such as your doctor."
            ),
        });
    }
    let (days, logged_days) = count(|c| c.pain, |p| p >= 7);
    if logged_days >= MIN_CARE_DAYS && 2 * days > logged_days {
        notes.push(CareNote {
            concern: CareConcern::HighPain,
            days,
            logged_days,
            text: format!(
                "Pain has been 7 or higher on {days} of the {logged_days} days you logged in the last two weeks. \
                 Pain that persists deserves a look from a doctor or physiotherapist."
            ),
        });
    }
    notes
}

#[cfg(test)]
#[path = "findings_tests.rs"]
mod tests;
