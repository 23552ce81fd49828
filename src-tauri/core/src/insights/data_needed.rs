//! While data is low: what appears after how much more, in words the Insights screen can show.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::bounce_back::MIN_BASELINE_DAYS;
use super::dashboard::{Dashboard, MONTH_DAYS, WEEK_DAYS};
use super::relations::MIN_TAG_DAYS;
use super::summary::MIN_TREND_DAYS;
use super::{add_days, index};

/// Which part of the screen is waiting for data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum DataTopic {
    TodayIndex,
    WeekChange,
    MonthChange,
    IndexTrend,
    BounceBack,
    MassageEffect,
    ImmediateEffect,
    TagEffects,
    SleepStress,
}

/// What `more` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub enum DataUnit {
    Days,
    Sessions,
}

/// One part of the screen that appears once there is more data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct DataNeed {
    pub topic: DataTopic,
    /// How many more days or sessions, when that is a number.
    pub more: Option<u32>,
    pub unit: DataUnit,
    pub text: String,
}

fn need(topic: DataTopic, more: Option<u32>, unit: DataUnit, text: String) -> DataNeed {
    DataNeed { topic, more, unit, text }
}

fn count(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What is still missing from `dashboard`, given the first day with a check-in and whether any
/// check-in in the range carries a tag.
pub(crate) fn data_needed(dashboard: &Dashboard, first_day: Option<NaiveDate>, has_tags: bool) -> Vec<DataNeed> {
    use DataTopic::*;
    use DataUnit::*;
    let mut needs = Vec::new();
    if dashboard.today_index.index.is_none() {
        let text = format!(
            "Today's resilience index appears once today's check-in has at least {} of stress, sleep, pain and \
             self-esteem.",
            index::MIN_COMPONENTS
        );
        needs.push(need(TodayIndex, None, Days, text));
    }
    for (topic, days, summary) in
        [(WeekChange, WEEK_DAYS, &dashboard.week), (MonthChange, MONTH_DAYS, &dashboard.month)]
    {
        if summary.previous_days_logged > 0 {
            continue;
        }
        // The card's comparison period starts having entries once the first check-in is `days` old.
        let more = first_day
            .map(|first| (add_days(first, u64::from(days)) - dashboard.today).num_days())
            .filter(|more| *more > 0)
            .map(|more| more as u32);
        let text = match more {
            Some(more) => format!(
                "The change over {days} days appears in {}, when your first check-in is {days} days old.",
                count(more, "day", "days")
            ),
            None if first_day.is_none() => {
                format!("The change over {days} days appears {days} days after your first check-in.")
            }
            None => {
                format!("There are no check-ins in the {days} days before these {days}, so there is no change to show.")
            }
        };
        needs.push(need(topic, more.or(first_day.is_none().then_some(days)), Days, text));
    }
    let index_days = dashboard.summary.index.days_logged;
    if index_days < MIN_TREND_DAYS {
        let more = MIN_TREND_DAYS - index_days;
        let text = format!(
            "The index trend appears once {MIN_TREND_DAYS} days in this period have an index: {more} more to go."
        );
        needs.push(need(IndexTrend, Some(more), Days, text));
    }
    let b = &dashboard.bounce_back;
    if b.baseline_today.is_none() {
        let more = MIN_BASELINE_DAYS.saturating_sub(b.baseline_days_today);
        let text = format!(
            "Bounce-back compares stress with your own usual level, which needs a stress rating on {MIN_BASELINE_DAYS} \
             of the last 28 days: {more} more to go."
        );
        needs.push(need(BounceBack, Some(more), Days, text));
    }
    let effects = &dashboard.massage.effects;
    if !effects.is_empty() && effects.iter().all(|e| !e.enough_data) {
        // The measure closest to enough data speaks for all.
        let closest = effects.iter().min_by_key(|e| (e.more_after_days_needed + e.more_baseline_days_needed, e.metric));
        if let Some(e) = closest {
            let mut missing = Vec::new();
            if e.more_sessions_needed > 0 {
                missing.push(count(e.more_sessions_needed, "more session", "more sessions"));
            }
            if e.more_after_days_needed > 0 {
                missing.push(
                    count(e.more_after_days_needed, "more check-in", "more check-ins")
                        + " on the two days after a session",
                );
            }
            if e.more_baseline_days_needed > 0 {
                missing.push(
                    count(e.more_baseline_days_needed, "more check-in", "more check-ins")
                        + " on days without a recent session",
                );
            }
            let (more, unit) = if e.more_sessions_needed > 0 {
                (e.more_sessions_needed, Sessions)
            } else {
                (e.more_after_days_needed.max(e.more_baseline_days_needed), Days)
            };
            let text = format!(
                "Whether massage goes with better days for you appears after 3 sessions, 6 check-ins on the two days \
                 after them and 10 on other days: {}.",
                missing.join(", ")
            );
            needs.push(need(MassageEffect, Some(more), unit, text));
        }
    }
    if let Some(stress) = dashboard.massage.immediate.first().filter(|e| !e.enough_data) {
        let more = stress.more_sessions_needed;
        let text = format!(
            "The change from right before to right after a session appears once {} stress rated before and after.",
            count(more, "more session has", "more sessions have")
        );
        needs.push(need(ImmediateEffect, Some(more), Sessions, text));
    }
    if dashboard.tag_effects.is_empty() {
        let text = if has_tags {
            format!("A tag's effect appears once it is on at least {MIN_TAG_DAYS} logged days and missing from at least {MIN_TAG_DAYS}.")
        } else {
            "Add tags such as “work” or “yoga” to your check-ins to compare days with and without them.".to_string()
        };
        needs.push(need(TagEffects, None, Days, text));
    }
    let sleep = &dashboard.sleep_stress;
    if !sleep.enough_data {
        let text = format!(
            "How last night's sleep goes with today's stress appears after {} with both sleep hours and stress.",
            count(sleep.more_days_needed, "more day", "more days")
        );
        needs.push(need(SleepStress, Some(sleep.more_days_needed), Days, text));
    }
    needs
}
