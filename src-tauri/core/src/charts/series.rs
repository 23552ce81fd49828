//! The series of a range: values by day or by week, rolling means, summaries and markers.
//!
//! The rules, in days (all local journal days):
//! - by day, a point's value is that day's logged value; a day without one is a gap (`None`),
//!   never filled in from its neighbours;
//! - by week, weeks run Monday to Sunday (ISO weeks, so a week can span New Year); a point is the
//!   mean of the logged days of its week that lie in the range, drawn at the first of those days;
//! - the rolling mean of a point is the mean of the logged values among the `w` days ending on the
//!   point's day (by week: the week's last day in the range), `w` = 7 by day and 28 by week. Days
//!   before the range count when the slice holds them, so the line is right from the first day;
//!   it is `None` only when none of those `w` days is logged, so it bridges gaps shorter than `w`.

use chrono::{Datelike, Days, NaiveDate, NaiveTime, Weekday};

use super::compare::{compare, Correlation};
use super::{
    ChartData, ChartMetric, MetricSeries, Resolution, SeriesSummary, SessionMarker, NOTE_PREVIEW_CHARS,
    NOTE_PREVIEW_WORDS,
};
use crate::model::day::journal_day;
use crate::{CheckIn, MassageSession};

/// The chart of `metrics` over the days `from` … `to` at `resolution`.
///
/// `check_ins` may hold days outside the range (those just before it feed the rolling mean) and
/// need not be sorted; `sessions` are placed on their journal day with `day_boundary`. A range
/// whose `to` is before its `from` gives an empty chart.
pub fn series(
    check_ins: &[CheckIn],
    sessions: &[MassageSession],
    from: NaiveDate,
    to: NaiveDate,
    metrics: &[ChartMetric],
    resolution: Resolution,
    day_boundary: NaiveTime,
) -> ChartData {
    let rolling_days = resolution.rolling_days();
    let grid = DayGrid::new(check_ins, from, to, metrics, rolling_days, resolution == Resolution::Day);
    let buckets = match resolution {
        Resolution::Day => (0..grid.len).map(|i| (i, i)).collect(),
        Resolution::Week => week_buckets(from, grid.len),
    };
    let days = buckets.iter().map(|(first, _)| add_days(from, *first)).collect();
    let series = metrics
        .iter()
        .zip(&grid.values)
        .map(|(&metric, daily)| metric_series(metric, daily, grid.lead, &buckets, rolling_days))
        .collect();
    let correlation = match (metrics, grid.values.as_slice()) {
        ([a, b], [va, vb]) => {
            let (r, n) = compare(&va[grid.lead..], &vb[grid.lead..]);
            Some(Correlation { a: *a, b: *b, r, n })
        }
        _ => None,
    };
    ChartData {
        from,
        to,
        resolution,
        rolling_days,
        days,
        series,
        notes: grid.notes,
        markers: markers(sessions, from, to, day_boundary),
        correlation,
    }
}

/// Daily values of each metric on the `lead` days before the range and on the range itself.
struct DayGrid {
    /// Days before `from` held for the rolling mean.
    lead: usize,
    /// Days in the range.
    len: usize,
    /// Per metric, `lead + len` daily values.
    values: Vec<Vec<Option<f64>>>,
    /// Per day of the range, a preview of its note (empty unless asked for).
    notes: Vec<Option<String>>,
}

impl DayGrid {
    fn new(
        check_ins: &[CheckIn],
        from: NaiveDate,
        to: NaiveDate,
        metrics: &[ChartMetric],
        rolling_days: u32,
        with_notes: bool,
    ) -> Self {
        let len = usize::try_from((to - from).num_days() + 1).unwrap_or(0);
        let wanted_lead = u64::from(rolling_days.saturating_sub(1));
        let start = from.checked_sub_days(Days::new(wanted_lead)).unwrap_or(NaiveDate::MIN);
        let lead = usize::try_from((from - start).num_days()).unwrap_or(0);
        let mut values = vec![vec![None; lead + len]; metrics.len()];
        let mut notes = if with_notes { vec![None; len] } else { Vec::new() };
        if len > 0 {
            for check_in in check_ins.iter().filter(|c| start <= c.day && c.day <= to) {
                let at = usize::try_from((check_in.day - start).num_days()).unwrap_or(0);
                for (metric, column) in metrics.iter().zip(&mut values) {
                    column[at] = metric.value(check_in);
                }
                if with_notes && at >= lead {
                    notes[at - lead] = note_preview(&check_in.notes);
                }
            }
        }
        DayGrid { lead, len, values, notes }
    }
}

/// Index ranges (inclusive, relative to the first day of the range) of the Monday-to-Sunday weeks
/// that cover `len` days starting at `from`.
fn week_buckets(from: NaiveDate, len: usize) -> Vec<(usize, usize)> {
    let mut buckets: Vec<(usize, usize)> = Vec::with_capacity(len / 7 + 2);
    let mut weekday = from.weekday();
    for i in 0..len {
        match buckets.last_mut() {
            Some(last) if weekday != Weekday::Mon => last.1 = i,
            _ => buckets.push((i, i)),
        }
        weekday = weekday.succ();
    }
    buckets
}

fn metric_series(
    metric: ChartMetric,
    daily: &[Option<f64>],
    lead: usize,
    buckets: &[(usize, usize)],
    rolling_days: u32,
) -> MetricSeries {
    let window = rolling_days as usize;
    let mut values = Vec::with_capacity(buckets.len());
    let mut rolling = Vec::with_capacity(buckets.len());
    let mut counts = Vec::with_capacity(buckets.len());
    for &(first, last) in buckets {
        let bucket = Mean::of(&daily[lead + first..=lead + last]);
        values.push(bucket.value());
        counts.push(u8::try_from(bucket.n).unwrap_or(u8::MAX));
        let end = lead + last;
        rolling.push(Mean::of(&daily[(end + 1).saturating_sub(window)..=end]).value());
    }
    MetricSeries { metric, values, rolling, counts, summary: summary(&daily[lead..]) }
}

fn summary(days: &[Option<f64>]) -> SeriesSummary {
    let logged = || days.iter().flatten().copied();
    let half = days.len().div_ceil(2);
    let all = Mean::of(days);
    SeriesSummary {
        logged_days: u32::try_from(all.n).unwrap_or(u32::MAX),
        mean: all.value(),
        min: logged().reduce(f64::min),
        max: logged().reduce(f64::max),
        first_half_mean: Mean::of(&days[..half]).value(),
        second_half_mean: Mean::of(&days[half..]).value(),
    }
}

fn markers(sessions: &[MassageSession], from: NaiveDate, to: NaiveDate, day_boundary: NaiveTime) -> Vec<SessionMarker> {
    let mut found: Vec<(&MassageSession, NaiveDate)> = sessions
        .iter()
        .map(|s| (s, journal_day(s.starts_at, day_boundary)))
        .filter(|(_, day)| from <= *day && *day <= to)
        .collect();
    found.sort_by_key(|(s, _)| s.starts_at);
    found
        .into_iter()
        .map(|(s, day)| SessionMarker {
            id: s.id.clone(),
            day,
            status: s.status,
            kind: s.kind,
            kind_other: s.kind_other.clone(),
        })
        .collect()
}

/// The first words of a note, on one line, with "…" when some were left out.
fn note_preview(notes: &str) -> Option<String> {
    let words: Vec<&str> = notes.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    let mut preview = words.iter().take(NOTE_PREVIEW_WORDS).copied().collect::<Vec<_>>().join(" ");
    let mut cut = words.len() > NOTE_PREVIEW_WORDS;
    if preview.chars().count() > NOTE_PREVIEW_CHARS {
        preview = preview.chars().take(NOTE_PREVIEW_CHARS).collect::<String>().trim_end().to_string();
        cut = true;
    }
    if cut {
        preview.push('…');
    }
    Some(preview)
}

/// The mean of the present values.
struct Mean {
    sum: f64,
    n: usize,
}

impl Mean {
    fn of(values: &[Option<f64>]) -> Self {
        values.iter().flatten().fold(Mean { sum: 0.0, n: 0 }, |m, v| Mean { sum: m.sum + v, n: m.n + 1 })
    }

    fn value(&self) -> Option<f64> {
        (self.n > 0).then(|| self.sum / self.n as f64).filter(|v| v.is_finite())
    }
}

fn add_days(day: NaiveDate, n: usize) -> NaiveDate {
    day.checked_add_days(Days::new(n as u64)).unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
#[path = "series_tests.rs"]
mod tests;
