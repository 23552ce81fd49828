//! The Insights screen in one value, computed in one pass over the data of one read.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::bounce_back::{bounce_back_table, bounce_back_window, BounceBack};
use super::data_needed::{data_needed, DataNeed};
use super::days::DayTable;
use super::findings::{care_notes_of, findings, CareNote, Finding, FindingInputs, CAVEAT};
use super::index::{daily_index, IndexBreakdown, INDEX_VERSION};
use super::massage_effect::{massage_report_table, MassageReport};
use super::relations::{sleep_stress_table, tag_effects_table, SleepStress, TagEffect};
use super::summary::{summarize_table, PeriodSummary};
use super::{add_days, DayRange};
use crate::error::Message;
use crate::model::day::DEFAULT_DAY_BOUNDARY;
use crate::model::massage_session::MassageSession;
use crate::CheckIn;

/// Days of the 7-day card.
pub const WEEK_DAYS: u32 = 7;
/// Days of the 30-day card.
pub const MONTH_DAYS: u32 = 30;

/// Everything the Insights screen shows for a range of days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Dashboard {
    /// The index formula version every index here was computed with.
    pub index_version: u32,
    pub today: NaiveDate,
    /// The range the range-wide parts (summary, bounce-back, massage, tags, sleep) describe.
    pub range: DayRange,
    /// Today's index and breakdown (all absent before today's check-in).
    pub today_index: IndexBreakdown,
    /// The most recent day up to today with an index, for when today has none yet.
    pub latest_index: Option<IndexBreakdown>,
    /// The last 7 days, with the change from the 7 before.
    pub week: PeriodSummary,
    /// The last 30 days, with the change from the 30 before.
    pub month: PeriodSummary,
    /// The range, with the change from the equal period before it.
    pub summary: PeriodSummary,
    pub bounce_back: BounceBack,
    pub massage: MassageReport,
    pub tag_effects: Vec<TagEffect>,
    pub sleep_stress: SleepStress,
    /// Ranked plain-language findings, each with its numbers.
    pub findings: Vec<Finding>,
    /// Gentle notes about persistent low mood or high pain (usually empty).
    pub care_notes: Vec<CareNote>,
    /// Association in your own data, not proof, not medical advice (`findings-caveat`).
    pub caveat: Message,
    /// What appears after how much more data, while data is low.
    pub data_needed: Vec<DataNeed>,
}

/// The days whose check-ins [`dashboard`] needs for `range` as of `today`: the whole history
/// from the journal's earliest day (bounce-back follows every episode with its full baseline, so
/// an episode reads the same for every range), the range and the equal period before it, the 60
/// days up to today (the 30-day card and its comparison) and on to today (recoveries). Read
/// these, and the sessions of the same days, in one query each.
pub fn data_window(today: NaiveDate, range: DayRange) -> DayRange {
    let cards = DayRange::ending(today, 2 * MONTH_DAYS);
    let from = range.previous().from.min(bounce_back_window(today, range).from).min(cards.from);
    DayRange::new(from, range.to.max(today))
}

/// The dashboard for `range` (inclusive days) as of `today`, with journal days starting at the
/// default 04:00. `check_ins` must cover [`data_window`]; anything outside it is ignored.
pub fn dashboard(
    check_ins: &[CheckIn],
    sessions: &[MassageSession],
    today: NaiveDate,
    range: (NaiveDate, NaiveDate),
) -> Dashboard {
    dashboard_with_day_boundary(check_ins, sessions, today, range, DEFAULT_DAY_BOUNDARY)
}

/// [`dashboard`] for a person whose journal day starts at `day_boundary` (a session at 00:30
/// belongs to the evening before when the day starts at 04:00).
pub fn dashboard_with_day_boundary(
    check_ins: &[CheckIn],
    sessions: &[MassageSession],
    today: NaiveDate,
    range: (NaiveDate, NaiveDate),
    day_boundary: NaiveTime,
) -> Dashboard {
    let range = DayRange::from(range);
    let table = DayTable::with_tags(check_ins, data_window(today, range));
    let summary = summarize_table(&table, range);
    let bounce_back = bounce_back_table(&table, today, range);
    let massage = massage_report_table(&table, sessions, today, range, day_boundary);
    let tag_effects = tag_effects_table(&table, range);
    let sleep_stress = sleep_stress_table(&table, range);
    let findings = findings(&FindingInputs {
        summary: &summary,
        bounce_back: &bounce_back,
        massage: &massage,
        tags: &tag_effects,
        sleep_stress: &sleep_stress,
    });
    let week = summarize_table(&table, DayRange::ending(today, WEEK_DAYS));
    let month = summarize_table(&table, DayRange::ending(today, MONTH_DAYS));
    let today_index = table.get(today).map_or_else(|| IndexBreakdown::none(today), daily_index);
    let latest_index = latest_index(&table, today);
    let recent: Vec<&CheckIn> = table.in_range(DayRange::ending(today, 14)).collect();
    let mut dashboard = Dashboard {
        index_version: INDEX_VERSION,
        today,
        range,
        today_index,
        latest_index,
        week,
        month,
        summary,
        bounce_back,
        massage,
        tag_effects,
        sleep_stress,
        findings,
        care_notes: care_notes_of(&recent),
        caveat: Message::new(CAVEAT),
        data_needed: Vec::new(),
    };
    dashboard.data_needed = data_needed(&dashboard, table.first_day(), has_tags(&table, range));
    dashboard
}

fn latest_index(table: &DayTable<'_>, today: NaiveDate) -> Option<IndexBreakdown> {
    let (first, rows) = table.rows(DayRange::new(table.first_day()?, today));
    let latest = rows.iter().rposition(|row| row.index().is_some())?;
    table.get(add_days(first, latest as u64)).map(daily_index)
}

fn has_tags(table: &DayTable<'_>, range: DayRange) -> bool {
    let offsets = table.offsets(range);
    table.tags().entries.iter().any(|(offset, _)| offsets.contains(&(*offset as usize)))
}

#[cfg(test)]
#[path = "dashboard_tests.rs"]
mod tests;
