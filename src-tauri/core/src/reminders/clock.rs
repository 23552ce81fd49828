//! Local wall-clock arithmetic that survives daylight-saving changes and the ends of the calendar.

use chrono::{DateTime, Duration, MappedLocalTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc};

/// The longest gap in local time we step over (some zones once skipped a whole day).
const LONGEST_GAP_MINUTES: u32 = 48 * 60;

/// `local` itself when it exists in `tz`; otherwise the first whole minute after the gap the
/// clocks skipped (02:30 on the night summer time starts becomes 03:00).
pub(crate) fn skip_gap<Tz: TimeZone>(tz: &Tz, local: NaiveDateTime) -> NaiveDateTime {
    if !matches!(tz.from_local_datetime(&local), MappedLocalTime::None) {
        return local;
    }
    let mut probe = whole_minute(local);
    for _ in 0..LONGEST_GAP_MINUTES {
        let Some(next) = probe.checked_add_signed(Duration::minutes(1)) else { break };
        probe = next;
        if !matches!(tz.from_local_datetime(&probe), MappedLocalTime::None) {
            return probe;
        }
    }
    local
}

/// The instant of the local time `local` in `tz`, for a timer: a time in the gap when the clocks
/// go forward counts from the end of the gap, and a time that occurs twice (when they go back)
/// means its first occurrence. `None` only at the ends of the calendar.
pub fn local_to_utc<Tz: TimeZone>(tz: &Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    tz.from_local_datetime(&skip_gap(tz, local)).earliest().map(|t| t.with_timezone(&Utc))
}

/// The local wall-clock time in `tz` at the instant `utc`.
pub fn utc_to_local<Tz: TimeZone>(tz: &Tz, utc: DateTime<Utc>) -> NaiveDateTime {
    tz.from_utc_datetime(&utc.naive_utc()).naive_local()
}

/// `local` moved by `minutes` of real time (not wall-clock time), so "two hours before" stays two
/// hours across a daylight-saving change.
pub(crate) fn minus_real_minutes<Tz: TimeZone>(tz: &Tz, local: NaiveDateTime, minutes: u32) -> Option<NaiveDateTime> {
    let lead = Duration::minutes(i64::from(minutes));
    match local_to_utc(tz, local) {
        Some(utc) => utc.checked_sub_signed(lead).map(|t| utc_to_local(tz, t)),
        None => local.checked_sub_signed(lead),
    }
}

/// The first local time at or after `t` whose time of day is `end`: when quiet hours that end
/// at `end` and hold `t` are over.
pub(crate) fn next_time_of_day(t: NaiveDateTime, end: NaiveTime) -> Option<NaiveDateTime> {
    if t.time() <= end {
        Some(t.date().and_time(end))
    } else {
        t.date().succ_opt().map(|d| d.and_time(end))
    }
}

/// The local time at which the journal day `day` shows `time`: on `day` itself from the day
/// boundary on, otherwise on the calendar day after (00:30 of Friday's journal day is Saturday).
pub(crate) fn slot(day: NaiveDate, time: NaiveTime, boundary: NaiveTime) -> Option<NaiveDateTime> {
    if time >= boundary {
        Some(day.and_time(time))
    } else {
        day.succ_opt().map(|d| d.and_time(time))
    }
}

/// When the journal day `day` begins.
pub(crate) fn day_start(day: NaiveDate, boundary: NaiveTime) -> NaiveDateTime {
    day.and_time(boundary)
}

/// `day` moved by `days` (negative: back), `None` past the ends of the calendar.
pub(crate) fn shift_days(day: NaiveDate, days: i64) -> Option<NaiveDate> {
    day.checked_add_signed(Duration::days(days))
}

fn whole_minute(t: NaiveDateTime) -> NaiveDateTime {
    t.with_second(0).and_then(|t| t.with_nanosecond(0)).unwrap_or(t)
}

#[cfg(test)]
mod tests {
    use chrono_tz::Europe::Berlin;

    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap()
    }

    #[test]
    fn a_time_in_the_spring_gap_moves_to_the_end_of_the_gap() {
        assert_eq!(skip_gap(&Berlin, at("2026-03-29T02:30")), at("2026-03-29T03:00"));
        assert_eq!(skip_gap(&Berlin, at("2026-03-29T01:59")), at("2026-03-29T01:59"));
        assert_eq!(local_to_utc(&Berlin, at("2026-03-29T02:00")).unwrap().to_rfc3339(), "2026-03-29T01:00:00+00:00");
    }

    #[test]
    fn a_repeated_time_in_autumn_means_its_first_occurrence() {
        assert_eq!(local_to_utc(&Berlin, at("2026-10-25T02:30")).unwrap().to_rfc3339(), "2026-10-25T00:30:00+00:00");
    }

    #[test]
    fn a_lead_time_is_real_time_across_the_change() {
        // 04:00 summer time is 02:00 UTC; two hours earlier is 00:00 UTC, 01:00 winter time.
        assert_eq!(minus_real_minutes(&Berlin, at("2026-03-29T04:00"), 120), Some(at("2026-03-29T01:00")));
        assert_eq!(minus_real_minutes(&Berlin, at("2026-10-25T04:00"), 120), Some(at("2026-10-25T02:00")));
    }

    #[test]
    fn slots_follow_the_day_boundary() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 6).unwrap();
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(slot(day, t(20, 30), t(4, 0)), Some(at("2026-03-06T20:30")));
        assert_eq!(slot(day, t(0, 30), t(4, 0)), Some(at("2026-03-07T00:30")));
        assert_eq!(slot(day, t(0, 30), NaiveTime::MIN), Some(at("2026-03-06T00:30")));
        assert_eq!(next_time_of_day(at("2026-03-06T23:00"), t(8, 0)), Some(at("2026-03-07T08:00")));
        assert_eq!(next_time_of_day(at("2026-03-07T03:00"), t(8, 0)), Some(at("2026-03-07T08:00")));
    }
}
