//! Which daily backups to keep: the newest of each of the last 7 days that have one, and then,
//! among the older days, the newest of each of the last 4 ISO weeks that have one — a week of daily
//! restore points and about a month of weekly ones. Pure, so it is tested on a fixed clock.

use std::collections::HashSet;

use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// Daily restore points kept.
pub const KEEP_DAILY: usize = 7;
/// Weekly restore points kept beyond the daily ones.
pub const KEEP_WEEKLY: usize = 4;

/// The indexes into `stamps` (the times of the daily backups, in any order) of the backups that
/// rotation removes, with days that are UTC dates.
pub fn to_remove(stamps: &[DateTime<Utc>]) -> Vec<usize> {
    to_remove_by(stamps, |at| at.date_naive())
}

/// [`to_remove`] with the days `day_of` gives (the person's journal days).
pub fn to_remove_by(stamps: &[DateTime<Utc>], day_of: impl Fn(DateTime<Utc>) -> NaiveDate) -> Vec<usize> {
    let mut newest_first: Vec<usize> = (0..stamps.len()).collect();
    newest_first.sort_by(|a, b| stamps[*b].cmp(&stamps[*a]).then(b.cmp(a)));
    let mut keep: HashSet<usize> = HashSet::new();
    let mut days: Vec<NaiveDate> = Vec::new();
    for &i in &newest_first {
        let day = day_of(stamps[i]);
        if !days.contains(&day) && days.len() < KEEP_DAILY {
            days.push(day);
            keep.insert(i);
        }
    }
    let mut weeks: Vec<(i32, u32)> = Vec::new();
    for &i in newest_first.iter().filter(|i| !days.contains(&day_of(stamps[**i]))) {
        let week = day_of(stamps[i]).iso_week();
        let week = (week.year(), week.week());
        if !weeks.contains(&week) && weeks.len() < KEEP_WEEKLY {
            weeks.push(week);
            keep.insert(i);
        }
    }
    let mut remove: Vec<usize> = (0..stamps.len()).filter(|i| !keep.contains(i)).collect();
    remove.sort_unstable();
    remove
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone};

    use super::*;

    fn day(d: i64) -> DateTime<Utc> {
        // 2026-11-25 is a Wednesday.
        Utc.with_ymd_and_hms(2026, 11, 25, 3, 0, 0).unwrap() - Duration::days(d)
    }

    fn kept_days(stamps: &[DateTime<Utc>]) -> Vec<String> {
        let removed = to_remove(stamps);
        let mut kept: Vec<String> =
            (0..stamps.len()).filter(|i| !removed.contains(i)).map(|i| stamps[i].date_naive().to_string()).collect();
        kept.sort();
        kept
    }

    #[test]
    fn sixty_daily_backups_keep_a_week_of_days_and_four_weeks() {
        let stamps: Vec<_> = (0..60).map(day).collect();
        assert_eq!(
            kept_days(&stamps),
            [
                "2026-11-01", // Sunday, week of 26 October
                "2026-11-08", // Sunday, week of 2 November
                "2026-11-15", // Sunday, week of 9 November
                "2026-11-18", // the newest left in the week of 16 November
                "2026-11-19",
                "2026-11-20",
                "2026-11-21",
                "2026-11-22",
                "2026-11-23",
                "2026-11-24",
                "2026-11-25",
            ]
        );
    }

    #[test]
    fn gaps_count_days_with_a_backup_not_calendar_days() {
        let stamps: Vec<_> = [0, 3, 9, 30, 31, 32, 33, 34, 35, 36, 37, 38].into_iter().map(day).collect();
        let kept = kept_days(&stamps);
        // Daily: 0, 3, 9, 30–33 days ago; weekly: the newest left in each of two older weeks.
        assert_eq!(kept.len(), KEEP_DAILY + 2, "{kept:?}");
        assert!(kept.contains(&"2026-10-22".to_string()) && kept.contains(&"2026-10-18".to_string()));
    }

    #[test]
    fn only_the_newest_of_a_day_is_kept() {
        let stamps = [day(0), day(0) + Duration::hours(5), day(0) + Duration::hours(1)];
        assert_eq!(to_remove(&stamps), [0, 2]);
    }

    #[test]
    fn few_backups_are_all_kept() {
        let stamps: Vec<_> = (0..5).map(day).collect();
        assert!(to_remove(&stamps).is_empty());
        assert!(to_remove(&[]).is_empty());
    }
}
