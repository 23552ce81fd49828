//! Does massage help *me*? Each measure on the two days after a done session versus baseline
//! days, the immediate change from before/after ratings, and the cadence of sessions.
//!
//! "After" days are d+1 and d+2 of each done session on day d, counted once however many
//! sessions precede them, and never a session day itself. "Baseline" days are days x with no
//! done session on any of x−3 … x. The sets never overlap; session days and the third day after
//! are in neither. Associations in one person's data, not proof.
//!
//! The Welch interval treats days as independent. They are not quite (a stressful week is
//! stressful for days on end), so the intervals are somewhat narrower than they should be:
//! they are a guide to how much the data can say, not a guarantee.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::days::{done_session_days, session_day, DayTable};
use super::stats::{mean_with_interval, median, Moments};
use super::{sub_days, Comparison, DayRange, Interval};
use crate::model::massage_session::{MassageSession, SessionStatus};
use crate::model::metric::MetricKey;
use crate::CheckIn;

/// Sessions (on distinct days) an effect needs.
pub const MIN_SESSIONS: u32 = 3;
/// Logged after-days an effect needs.
pub const MIN_AFTER_DAYS: u32 = 6;
/// Logged baseline days an effect needs.
pub const MIN_BASELINE_DAYS: u32 = 10;
/// Sessions with both ratings the immediate effect needs.
pub const MIN_RATED_SESSIONS: u32 = 3;
/// Days before a day that must be free of sessions for it to be a baseline day.
const BASELINE_GAP_DAYS: usize = 3;

/// One measure after a massage versus baseline days.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct MetricEffect {
    pub metric: MetricKey,
    /// Distinct session days with an after-day in the range.
    pub sessions: u32,
    /// After-days with this measure logged.
    pub after_days: u32,
    /// Baseline days with this measure logged.
    pub baseline_days: u32,
    /// False below 3 sessions, 6 logged after-days or 10 logged baseline days: "not enough data
    /// yet", and then there is no comparison.
    pub enough_data: bool,
    pub more_sessions_needed: u32,
    pub more_after_days_needed: u32,
    pub more_baseline_days_needed: u32,
    /// After (group) versus baseline (other), with enough data.
    pub comparison: Option<Comparison>,
}

/// The change from right before to right after a session, from the session's own ratings.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ImmediateEffect {
    /// `stress` or `pain`.
    pub metric: MetricKey,
    /// Done sessions in the range with both ratings.
    pub sessions: u32,
    /// False below [`MIN_RATED_SESSIONS`] sessions; then there is no change.
    pub enough_data: bool,
    pub more_sessions_needed: u32,
    /// Mean of after − before (negative = lower after).
    pub mean_change: Option<f64>,
    /// 95% t interval of the mean change; `None` when every change was the same.
    pub ci: Option<Interval>,
}

/// How often sessions happen.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Cadence {
    /// Done sessions in the range.
    pub sessions: u32,
    /// Distinct days with a done session in the range.
    pub session_days: u32,
    /// Median days between consecutive session days; `None` below two.
    pub median_days_between: Option<f64>,
    pub last_session_day: Option<NaiveDate>,
}

/// Everything about massage over a range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct MassageReport {
    pub range: DayRange,
    /// Distinct session days with an after-day in the range.
    pub sessions: u32,
    /// One per check-in measure, in the order of `MetricKey`.
    pub effects: Vec<MetricEffect>,
    /// Stress, then pain.
    pub immediate: Vec<ImmediateEffect>,
    pub cadence: Cadence,
}

/// The massage report for `range` as of `today`. It reads the check-ins of the range and the
/// sessions from 3 days before it (a session on the range's eve still shapes its first days);
/// sessions are placed on journal days that start at `day_boundary`.
pub fn massage_report(
    check_ins: &[CheckIn],
    sessions: &[MassageSession],
    today: NaiveDate,
    range: DayRange,
    day_boundary: NaiveTime,
) -> MassageReport {
    massage_report_table(&DayTable::new(check_ins, range), sessions, today, range, day_boundary)
}

pub(crate) fn massage_report_table(
    table: &DayTable<'_>,
    sessions: &[MassageSession],
    today: NaiveDate,
    range: DayRange,
    day_boundary: NaiveTime,
) -> MassageReport {
    let session_days = done_session_days(sessions, today, day_boundary);
    let contributing = DayRange::new(sub_days(range.from, 2), sub_days(range.to, 1));
    let sessions_in_range = session_days.iter().filter(|d| contributing.contains(**d)).count() as u32;
    MassageReport {
        range,
        sessions: sessions_in_range,
        effects: effects(table, &session_days, sessions_in_range, range),
        immediate: immediate_effects(sessions, today, range, day_boundary),
        cadence: cadence_of(&session_days, sessions, today, range, day_boundary),
    }
}

fn effects(table: &DayTable<'_>, session_days: &[NaiveDate], sessions: u32, range: DayRange) -> Vec<MetricEffect> {
    // Only the days with rows matter (the table is clipped to the logged days), and for them
    // the sessions of the 3 days before: marked[k] is a session on first − 3 + k.
    let (first, rows) = table.rows(range);
    let marks_from = sub_days(first, BASELINE_GAP_DAYS as u64);
    let mut marked = vec![false; rows.len() + BASELINE_GAP_DAYS];
    for day in session_days.iter().filter(|d| marks_from <= **d) {
        match marked.get_mut((*day - marks_from).num_days() as usize) {
            Some(mark) => *mark = true,
            None => break, // session days are in order: the rest are later still
        }
    }
    let mut after = [Moments::default(); 8];
    let mut baseline = [Moments::default(); 8];
    for (i, row) in rows.iter().enumerate().filter(|(_, row)| row.logged()) {
        let k = i + BASELINE_GAP_DAYS;
        let recent = &marked[k - BASELINE_GAP_DAYS..=k];
        let group = if !recent.contains(&true) {
            &mut baseline
        } else if !marked[k] && (marked[k - 1] || marked[k - 2]) {
            &mut after
        } else {
            continue;
        };
        for (moments, value) in group.iter_mut().zip(row.values()) {
            if let Some(x) = value {
                moments.add(x);
            }
        }
    }
    MetricKey::ALL
        .iter()
        .zip(after.iter().zip(&baseline))
        .map(|(metric, (after, baseline))| {
            let more = |have: u32, need: u32| need.saturating_sub(have);
            let enough_data = sessions >= MIN_SESSIONS && after.n >= MIN_AFTER_DAYS && baseline.n >= MIN_BASELINE_DAYS;
            MetricEffect {
                metric: *metric,
                sessions,
                after_days: after.n,
                baseline_days: baseline.n,
                enough_data,
                more_sessions_needed: more(sessions, MIN_SESSIONS),
                more_after_days_needed: more(after.n, MIN_AFTER_DAYS),
                more_baseline_days_needed: more(baseline.n, MIN_BASELINE_DAYS),
                comparison: if enough_data { Comparison::of(after, baseline) } else { None },
            }
        })
        .collect()
}

/// Done sessions whose journal day lies in `range` (and not after `today`).
fn done_in(
    sessions: &[MassageSession],
    today: NaiveDate,
    range: DayRange,
    day_boundary: NaiveTime,
) -> impl Iterator<Item = &MassageSession> {
    sessions.iter().filter(move |s| {
        let day = session_day(s, day_boundary);
        s.status == SessionStatus::Done && range.contains(day) && day <= today
    })
}

/// The paired before/after change of stress and of pain over the done sessions in `range`.
pub fn immediate_effects(
    sessions: &[MassageSession],
    today: NaiveDate,
    range: DayRange,
    day_boundary: NaiveTime,
) -> Vec<ImmediateEffect> {
    type Ratings = fn(&MassageSession) -> (Option<u8>, Option<u8>);
    let measures: [(MetricKey, Ratings); 2] = [
        (MetricKey::Stress, |s| (s.stress_before, s.stress_after)),
        (MetricKey::Pain, |s| (s.pain_before, s.pain_after)),
    ];
    measures
        .into_iter()
        .map(|(metric, ratings)| {
            let changes = Moments::of(done_in(sessions, today, range, day_boundary).filter_map(|s| match ratings(s) {
                (Some(before), Some(after)) => Some(f64::from(after) - f64::from(before)),
                _ => None,
            }));
            let enough_data = changes.n >= MIN_RATED_SESSIONS;
            let estimate = if enough_data { mean_with_interval(&changes) } else { None };
            ImmediateEffect {
                metric,
                sessions: changes.n,
                enough_data,
                more_sessions_needed: MIN_RATED_SESSIONS.saturating_sub(changes.n),
                mean_change: estimate.map(|(mean, _)| mean),
                ci: estimate.and_then(|(_, ci)| ci),
            }
        })
        .collect()
}

/// How often done sessions happened in `range`.
pub fn cadence(sessions: &[MassageSession], today: NaiveDate, range: DayRange, day_boundary: NaiveTime) -> Cadence {
    cadence_of(&done_session_days(sessions, today, day_boundary), sessions, today, range, day_boundary)
}

fn cadence_of(
    session_days: &[NaiveDate],
    sessions: &[MassageSession],
    today: NaiveDate,
    range: DayRange,
    day_boundary: NaiveTime,
) -> Cadence {
    let days: Vec<NaiveDate> = session_days.iter().copied().filter(|d| range.contains(*d)).collect();
    let mut gaps: Vec<f64> = days.windows(2).map(|w| (w[1] - w[0]).num_days() as f64).collect();
    Cadence {
        sessions: done_in(sessions, today, range, day_boundary).count() as u32,
        session_days: days.len() as u32,
        median_days_between: median(&mut gaps),
        last_session_day: days.last().copied(),
    }
}

#[cfg(test)]
#[path = "massage_effect_tests.rs"]
mod tests;
