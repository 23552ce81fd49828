//! While data is low: what appears after how much more, as messages the Insights screen shows.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::bounce_back::MIN_BASELINE_DAYS;
use super::dashboard::{Dashboard, MONTH_DAYS, WEEK_DAYS};
use super::relations::MIN_TAG_DAYS;
use super::summary::MIN_TREND_DAYS;
use super::{add_days, index};
use crate::error::Message;

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
    /// What appears after how much more: a `findings-need-…` message with the numbers.
    pub text: Message,
}

fn need(topic: DataTopic, more: Option<u32>, unit: DataUnit, text: Message) -> DataNeed {
    DataNeed { topic, more, unit, text }
}

/// What is still missing from `dashboard`, given the first day with a check-in and whether any
/// check-in in the range carries a tag.
pub(crate) fn data_needed(dashboard: &Dashboard, first_day: Option<NaiveDate>, has_tags: bool) -> Vec<DataNeed> {
    use DataTopic::*;
    use DataUnit::*;
    let mut needs = Vec::new();
    if dashboard.today_index.index.is_none() {
        let text = Message::new("findings-need-today-index").arg("components", index::MIN_COMPONENTS);
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
            Some(more) => Message::new("findings-need-change-in").arg("days", days).arg("more", more),
            None if first_day.is_none() => Message::new("findings-need-change-after-first").arg("days", days),
            None => Message::new("findings-need-change-none-before").arg("days", days),
        };
        needs.push(need(topic, more.or(first_day.is_none().then_some(days)), Days, text));
    }
    let index_days = dashboard.summary.index.days_logged;
    if index_days < MIN_TREND_DAYS {
        let more = MIN_TREND_DAYS - index_days;
        let text = Message::new("findings-need-index-trend").arg("days", MIN_TREND_DAYS).arg("more", more);
        needs.push(need(IndexTrend, Some(more), Days, text));
    }
    let b = &dashboard.bounce_back;
    if b.baseline_today.is_none() {
        let more = MIN_BASELINE_DAYS.saturating_sub(b.baseline_days_today);
        let text = Message::new("findings-need-bounce-back").arg("days", MIN_BASELINE_DAYS).arg("more", more);
        needs.push(need(BounceBack, Some(more), Days, text));
    }
    let effects = &dashboard.massage.effects;
    if !effects.is_empty() && effects.iter().all(|e| !e.enough_data) {
        // The measure closest to enough data speaks for all.
        let closest = effects.iter().min_by_key(|e| (e.more_after_days_needed + e.more_baseline_days_needed, e.metric));
        if let Some(e) = closest {
            let (more, unit) = if e.more_sessions_needed > 0 {
                (e.more_sessions_needed, Sessions)
            } else {
                (e.more_after_days_needed.max(e.more_baseline_days_needed), Days)
            };
            // Each count is what is still missing; 0 leaves its part out of the list.
            let text = Message::new("findings-need-massage-effect")
                .arg("sessions", e.more_sessions_needed)
                .arg("afterDays", e.more_after_days_needed)
                .arg("baselineDays", e.more_baseline_days_needed);
            needs.push(need(MassageEffect, Some(more), unit, text));
        }
    }
    if let Some(stress) = dashboard.massage.immediate.first().filter(|e| !e.enough_data) {
        let more = stress.more_sessions_needed;
        let text = Message::new("findings-need-immediate-effect").arg("more", more);
        needs.push(need(ImmediateEffect, Some(more), Sessions, text));
    }
    if dashboard.tag_effects.is_empty() {
        let text = if has_tags {
            Message::new("findings-need-tag-effects").arg("days", MIN_TAG_DAYS)
        } else {
            Message::new("findings-need-tags")
        };
        needs.push(need(TagEffects, None, Days, text));
    }
    let sleep = &dashboard.sleep_stress;
    if !sleep.enough_data {
        let text = Message::new("findings-need-sleep-stress").arg("more", sleep.more_days_needed);
        needs.push(need(SleepStress, Some(sleep.more_days_needed), Days, text));
    }
    needs
}
