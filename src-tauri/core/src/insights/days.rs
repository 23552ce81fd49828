//! Check-ins laid out by day, so every statistic is one linear pass over a slice and a day's
//! neighbours are found by offset rather than by search. Each day's values sit in a small
//! [`Row`] (24 bytes, index computed once), so the passes stay in cache even over a century.

use chrono::{NaiveDate, NaiveTime};

use super::index::index_value;
use super::tag_index::TagIndex;
use super::{sub_days, DayRange};
use crate::model::day::journal_day;
use crate::model::massage_session::{MassageSession, SessionStatus};
use crate::model::metric::MetricKey;
use crate::CheckIn;

/// A rating that was not logged.
const NO_RATING: u8 = u8::MAX;

/// One day's values (`NaN` / [`NO_RATING`] = not logged).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Row {
    index: f64,
    sleep_hours: f64,
    /// Stress, sleep quality, pain, self-esteem, mood, anxiety, body awareness.
    ratings: [u8; 7],
    logged: bool,
}

impl Row {
    const EMPTY: Row = Row { index: f64::NAN, sleep_hours: f64::NAN, ratings: [NO_RATING; 7], logged: false };

    fn of(c: &CheckIn) -> Row {
        let rating = |r: Option<u8>| r.unwrap_or(NO_RATING);
        Row {
            index: index_value(c).unwrap_or(f64::NAN),
            sleep_hours: c.sleep_hours.filter(|h| h.is_finite()).unwrap_or(f64::NAN),
            ratings: [c.stress, c.sleep_quality, c.pain, c.self_esteem, c.mood, c.anxiety, c.body_awareness]
                .map(rating),
            logged: true,
        }
    }

    /// True when the day has a check-in.
    pub fn logged(&self) -> bool {
        self.logged
    }

    /// The day's resilience index.
    pub fn index(&self) -> Option<f64> {
        (!self.index.is_nan()).then_some(self.index)
    }

    /// The day's stress rating.
    pub fn stress(&self) -> Option<u8> {
        (self.ratings[0] != NO_RATING).then_some(self.ratings[0])
    }

    /// The value of one measure.
    pub fn value(&self, metric: MetricKey) -> Option<f64> {
        let position = match metric {
            MetricKey::SleepHours => return (!self.sleep_hours.is_nan()).then_some(self.sleep_hours),
            MetricKey::Stress => 0,
            MetricKey::SleepQuality => 1,
            MetricKey::Pain => 2,
            MetricKey::SelfEsteem => 3,
            MetricKey::Mood => 4,
            MetricKey::Anxiety => 5,
            MetricKey::BodyAwareness => 6,
        };
        let rating = self.ratings[position];
        (rating != NO_RATING).then(|| f64::from(rating))
    }

    /// Every measure, in the order of `MetricKey::ALL`.
    pub fn values(&self) -> [Option<f64>; 8] {
        let r = |i: usize| (self.ratings[i] != NO_RATING).then(|| f64::from(self.ratings[i]));
        let hours = (!self.sleep_hours.is_nan()).then_some(self.sleep_hours);
        [r(0), hours, r(1), r(2), r(3), r(4), r(5), r(6)]
    }
}

/// The check-ins of a window of days, one slot per day from the first to the last check-in
/// inside the window (the days around them hold nothing, so they take no memory).
pub(crate) struct DayTable<'a> {
    span: DayRange,
    rows: Vec<Row>,
    check_ins: Vec<Option<&'a CheckIn>>,
    tags: TagIndex<'a>,
}

impl<'a> DayTable<'a> {
    /// Lays out the check-ins that fall inside `window`, in any order; of two check-ins for one
    /// day (which the journal never stores) the later in the slice wins.
    pub fn new(check_ins: &'a [CheckIn], window: DayRange) -> Self {
        Self::build(check_ins, window, false)
    }

    /// [`DayTable::new`], with the days' tags indexed too.
    pub fn with_tags(check_ins: &'a [CheckIn], window: DayRange) -> Self {
        Self::build(check_ins, window, true)
    }

    fn build(check_ins: &'a [CheckIn], window: DayRange, with_tags: bool) -> Self {
        let span = check_ins.iter().map(|c| c.day).filter(|d| window.contains(*d)).fold(None, |span, day| match span {
            None => Some(DayRange::new(day, day)),
            Some(s) => Some(DayRange::new(s.from.min(day), s.to.max(day))),
        });
        let span = span.unwrap_or_else(|| DayRange::new(window.from, sub_days(window.from, 1)));
        let len = span.len_days() as usize;
        let mut table =
            DayTable { span, rows: vec![Row::EMPTY; len], check_ins: vec![None; len], tags: TagIndex::default() };
        let mut repeated_day = false;
        for check_in in check_ins.iter().filter(|c| span.contains(c.day)) {
            let Some(i) = offset(span.from, check_in.day) else { continue };
            repeated_day |= table.check_ins[i].is_some();
            table.rows[i] = Row::of(check_in);
            table.check_ins[i] = Some(check_in);
            if with_tags {
                table.tags.add(i as u32, &check_in.tags);
            }
        }
        if with_tags && repeated_day {
            // Index again from the check-ins that won their day.
            let mut tags = TagIndex::default();
            for (i, check_in) in table.check_ins.iter().enumerate() {
                check_in.iter().for_each(|c| tags.add(i as u32, &c.tags));
            }
            table.tags = tags;
        }
        table
    }

    /// The indexed tags (empty unless built [`DayTable::with_tags`]).
    pub fn tags(&self) -> &TagIndex<'a> {
        &self.tags
    }

    /// The table offsets of the part of `range` that the table holds.
    pub fn offsets(&self, range: DayRange) -> std::ops::Range<usize> {
        self.bounds(range).1
    }

    /// The check-in of `day`, if logged and inside the window.
    pub fn get(&self, day: NaiveDate) -> Option<&'a CheckIn> {
        offset(self.span.from, day).and_then(|i| self.check_ins.get(i).copied().flatten())
    }

    /// The earliest day with a check-in.
    pub fn first_day(&self) -> Option<NaiveDate> {
        (!self.span.is_empty()).then_some(self.span.from)
    }

    /// The offsets of the part of `range` that the table holds, and the day of the first.
    fn bounds(&self, range: DayRange) -> (NaiveDate, std::ops::Range<usize>) {
        let from = range.from.max(self.span.from);
        let to = range.to.min(self.span.to);
        match (offset(self.span.from, from), offset(self.span.from, to)) {
            (Some(first), Some(last)) if from <= to => (from, first..last + 1),
            _ => (from, 0..0),
        }
    }

    /// The rows of `range` that the table holds (days without a row hold no check-in), with the
    /// day of the first row.
    pub fn rows(&self, range: DayRange) -> (NaiveDate, &[Row]) {
        let (first, offsets) = self.bounds(range);
        (first, &self.rows[offsets])
    }

    /// The check-ins of `range`, oldest first.
    pub fn in_range(&self, range: DayRange) -> impl Iterator<Item = &'a CheckIn> + '_ {
        let (_, offsets) = self.bounds(range);
        self.check_ins[offsets].iter().flatten().copied()
    }

    /// The row at a table offset.
    pub fn row(&self, offset: usize) -> &Row {
        &self.rows[offset]
    }
}

/// Days from `start` to `day`, when `day` is not before `start`.
pub(crate) fn offset(start: NaiveDate, day: NaiveDate) -> Option<usize> {
    usize::try_from((day - start).num_days()).ok()
}

/// The journal day a session belongs to (a start at 00:30 belongs to the evening before when
/// days start at 04:00).
pub(crate) fn session_day(session: &MassageSession, day_boundary: NaiveTime) -> NaiveDate {
    journal_day(session.starts_at, day_boundary)
}

/// The distinct days of done sessions up to `today`, oldest first. A session marked done but
/// dated after today (possible after a clock change) has not happened yet and is left out.
pub(crate) fn done_session_days(
    sessions: &[MassageSession],
    today: NaiveDate,
    day_boundary: NaiveTime,
) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Done)
        .map(|s| session_day(s, day_boundary))
        .filter(|day| *day <= today)
        .collect();
    days.sort_unstable();
    days.dedup();
    days
}
