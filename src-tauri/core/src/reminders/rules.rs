//! The four rules: when each kind of reminder occurs, what holds it, and when it applies.

use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeZone, Timelike};

use super::clock::{day_start, minus_real_minutes, next_time_of_day, shift_days, skip_gap, slot, utc_to_local};
use super::{snooze_choices, JournalState, LogEntry, PlannedSession, Reminder, ReminderAction, UnansweredReminder};
use crate::error::Message;
use crate::model::day::journal_day;
use crate::model::reminder_settings::{
    is_quiet, ParsedReminderSettings, ReminderKind, ReminderOutcome, ReminderSettings,
};

/// How far ahead [`Rules::next`] looks for a daily reminder (a cadence is at most a year).
const HORIZON_DAYS: i64 = 400;
/// Stress at or above this counts as high.
const HIGH_STRESS: u8 = 7;
/// High-stress days among the last four logged days that call for the nudge.
const HIGH_STRESS_DAYS: usize = 3;
/// A massage done or planned this many days around today makes the stress nudge unnecessary.
const NUDGE_MASSAGE_WINDOW_DAYS: i64 = 14;

/// One kind of reminder, or one session's appointment reminders.
#[derive(Debug, Clone, Copy)]
enum Track<'a> {
    CheckIn,
    BookMassage,
    Appointment(&'a PlannedSession),
    StressNudge,
}

impl<'a> Track<'a> {
    fn kind(self) -> ReminderKind {
        match self {
            Track::CheckIn => ReminderKind::CheckIn,
            Track::BookMassage => ReminderKind::BookMassage,
            Track::Appointment(_) => ReminderKind::Appointment,
            Track::StressNudge => ReminderKind::StressNudge,
        }
    }

    fn subject(self) -> &'a str {
        match self {
            Track::Appointment(session) => &session.id,
            _ => "",
        }
    }

    /// After firing, how many journal days (counting the day it fired) it stays quiet.
    fn cooldown_days(self) -> i64 {
        match self {
            Track::StressNudge => 7,
            _ => 1,
        }
    }
}

/// A fired reminder with its time in local time.
struct Fired<'a> {
    entry: &'a LogEntry,
    local: NaiveDateTime,
}

/// The rules over one set of inputs.
pub(super) struct Rules<'a, Tz: TimeZone> {
    tz: &'a Tz,
    settings: ParsedReminderSettings,
    state: &'a JournalState,
    fired: Vec<Fired<'a>>,
}

impl<'a, Tz: TimeZone> Rules<'a, Tz> {
    /// `None` when the settings are invalid.
    pub(super) fn new(
        tz: &'a Tz,
        settings: &ReminderSettings,
        state: &'a JournalState,
        log: &'a [LogEntry],
    ) -> Option<Self> {
        let settings = settings.parse().ok()?;
        let fired = log.iter().map(|entry| Fired { entry, local: utc_to_local(tz, entry.fired_at) }).collect();
        Some(Rules { tz, settings, state, fired })
    }

    fn tracks(&self) -> Vec<Track<'a>> {
        let mut tracks = vec![Track::CheckIn, Track::BookMassage];
        tracks.extend(self.state.planned.iter().map(Track::Appointment));
        tracks.push(Track::StressNudge);
        tracks
    }

    pub(super) fn due(&self, now: NaiveDateTime) -> Vec<Reminder> {
        let today = self.day_of(now);
        let mut due = Vec::new();
        for track in self.tracks() {
            let Some(nominal) = self.latest(track, now) else { continue };
            if self.release(track, now) > now || !self.applies(track, nominal, now) || self.blocked(track, nominal, now)
            {
                continue;
            }
            let fire_at = self.release(track, nominal).min(now);
            due.push(self.reminder(track, fire_at, now, today));
        }
        due
    }

    pub(super) fn next(&self, now: NaiveDateTime) -> Option<Reminder> {
        let mut best: Option<(NaiveDateTime, Track<'a>)> = None;
        for track in self.tracks() {
            let held = self.latest(track, now).and_then(|nominal| {
                let at = self.release(track, now);
                (at > now && self.fires(track, nominal, at)).then_some(at)
            });
            let upcoming = || {
                self.upcoming(track, now).into_iter().find_map(|nominal| {
                    let at = self.release(track, nominal);
                    self.fires(track, nominal, at).then_some(at)
                })
            };
            if let Some(at) = held.or_else(upcoming) {
                if best.is_none_or(|(best_at, _)| at < best_at) {
                    best = Some((at, track));
                }
            }
        }
        best.map(|(at, track)| self.reminder(track, at, at, self.day_of(at)))
    }

    pub(super) fn unanswered(&self, now: NaiveDateTime) -> Vec<UnansweredReminder> {
        let today = self.day_of(now);
        let mut open = Vec::new();
        for track in self.tracks() {
            // The last time it fired today, if the person has not answered that yet.
            let Some(fired) = self.entries(track).filter(|f| f.entry.day == today && f.local <= now).last() else {
                continue;
            };
            let Some(nominal) = self.latest(track, fired.local) else { continue };
            if fired.entry.outcome.is_none() && self.applies(track, nominal, now) {
                let reminder = self.reminder(track, self.release(track, nominal).min(fired.local), now, today);
                let starts_at = match track {
                    Track::Appointment(session) => Some(session.starts_at),
                    _ => None,
                };
                let snooze = snooze_choices(track.kind(), now, starts_at);
                open.push(UnansweredReminder { id: fired.entry.id.clone(), reminder, snooze });
            }
        }
        open
    }

    fn fires(&self, track: Track<'_>, nominal: NaiveDateTime, at: NaiveDateTime) -> bool {
        self.applies(track, nominal, at) && !self.blocked(track, nominal, at)
    }

    fn day_of(&self, t: NaiveDateTime) -> NaiveDate {
        journal_day(t, self.state.day_boundary)
    }

    /// The latest occurrence at or before `now`.
    fn latest(&self, track: Track<'_>, now: NaiveDateTime) -> Option<NaiveDateTime> {
        match track {
            Track::Appointment(session) => self.appointment_times(session).into_iter().rfind(|t| *t <= now),
            _ => {
                let today = self.day_of(now);
                (0..=7)
                    .filter_map(|back| shift_days(today, -back))
                    .filter_map(|day| self.daily(track, day))
                    .find(|t| *t <= now)
            }
        }
    }

    /// Occurrences after `now`, soonest first (daily ones up to [`HORIZON_DAYS`] ahead, or ahead
    /// of the end of a pause).
    fn upcoming(&self, track: Track<'_>, now: NaiveDateTime) -> Vec<NaiveDateTime> {
        match track {
            Track::Appointment(session) => self.appointment_times(session).into_iter().filter(|t| *t > now).collect(),
            _ => {
                let mut first = self.day_of(now);
                if let Some(pause_end) = self.settings.paused_until {
                    first = first.max(shift_days(self.day_of(pause_end), -1).unwrap_or(first));
                }
                (0..=HORIZON_DAYS)
                    .filter_map(|ahead| shift_days(first, ahead))
                    .filter_map(|day| self.daily(track, day))
                    .filter(|t| *t > now)
                    .collect()
            }
        }
    }

    /// The occurrence of a daily reminder on the journal day `day`, if it has one.
    fn daily(&self, track: Track<'_>, day: NaiveDate) -> Option<NaiveDateTime> {
        let s = &self.settings;
        let on = match track {
            Track::CheckIn => s.check_in_enabled && s.weekdays.contains(&day.weekday()),
            Track::BookMassage => s.cadence_days.is_some(),
            Track::StressNudge => s.stress_nudge_enabled,
            Track::Appointment(_) => false,
        };
        if on {
            slot(day, s.check_in_time, self.state.day_boundary)
        } else {
            None
        }
    }

    /// The evening before and the lead time before, in time order.
    fn appointment_times(&self, session: &PlannedSession) -> Vec<NaiveDateTime> {
        if !self.settings.appointment_enabled {
            return Vec::new();
        }
        let evening = session.starts_at.date().pred_opt().map(|day| day.and_time(self.settings.evening_before_time));
        let lead = minus_real_minutes(self.tz, session.starts_at, self.settings.lead_minutes);
        let mut times: Vec<NaiveDateTime> = evening.into_iter().chain(lead).collect();
        times.sort_unstable();
        times
    }

    /// The first moment at or after `t` at which nothing holds `track`: not a skipped local time,
    /// not paused, not snoozed, and (except appointments) not in quiet hours.
    fn release(&self, track: Track<'_>, t: NaiveDateTime) -> NaiveDateTime {
        let snoozed_until = self
            .entries(track)
            .filter(|f| f.entry.outcome == Some(ReminderOutcome::Snoozed))
            .filter_map(|f| f.entry.snoozed_until)
            .max();
        let mut t = t;
        // Each hold can only move `t` later; a few rounds settle one hold ending inside another.
        for _ in 0..8 {
            let before = t;
            t = skip_gap(self.tz, t);
            if let Some(until) = self.settings.paused_until {
                t = t.max(until);
            }
            if let Some(until) = snoozed_until {
                t = t.max(until);
            }
            if let (Some((start, end)), false) = (self.settings.quiet_hours, matches!(track, Track::Appointment(_))) {
                if is_quiet(t.time(), start, end) {
                    t = next_time_of_day(t, end).unwrap_or(t);
                }
            }
            if t == before {
                break;
            }
        }
        t
    }

    fn entries<'s>(&'s self, track: Track<'s>) -> impl Iterator<Item = &'s Fired<'a>> + 's {
        self.fired.iter().filter(move |f| f.entry.kind == track.kind() && f.entry.subject == track.subject())
    }

    /// Already handled: fired (and not snoozed) since the occurrence `nominal`, or within the
    /// cooldown before the journal day of `at`.
    fn blocked(&self, track: Track<'_>, nominal: NaiveDateTime, at: NaiveDateTime) -> bool {
        let day = self.day_of(at);
        let quiet_after = shift_days(day, -track.cooldown_days()).unwrap_or(NaiveDate::MIN);
        self.entries(track)
            .filter(|f| f.entry.outcome != Some(ReminderOutcome::Snoozed))
            .any(|f| f.local >= nominal || f.entry.day > quiet_after)
    }

    /// Whether the occurrence `nominal` still applies at `at`.
    fn applies(&self, track: Track<'_>, nominal: NaiveDateTime, at: NaiveDateTime) -> bool {
        let state = self.state;
        let day = self.day_of(at);
        match track {
            // Only on its own journal day, and not once that day is logged.
            Track::CheckIn => self.day_of(nominal) == day && !(day == state.today && state.today_logged),
            Track::BookMassage => {
                let (Some(cadence), Some(since)) = (self.settings.cadence_days, self.days_since_last(nominal)) else {
                    return false;
                };
                since >= i64::from(cadence)
                    && !self.planned_between(day_start(day, state.day_boundary), NaiveDateTime::MAX)
            }
            Track::Appointment(session) => {
                at < session.starts_at && nominal >= utc_to_local(self.tz, session.changed_at)
            }
            Track::StressNudge => {
                let high = state.recent_stress.iter().rev().take(4).filter(|d| d.stress >= HIGH_STRESS).count();
                let recent_massage = self.days_since_last(at).is_some_and(|d| d <= NUDGE_MASSAGE_WINDOW_DAYS);
                let window_end = shift_days(day, NUDGE_MASSAGE_WINDOW_DAYS + 1)
                    .map_or(NaiveDateTime::MAX, |d| day_start(d, state.day_boundary));
                let planned_soon = self.planned_between(day_start(day, state.day_boundary), window_end);
                high >= HIGH_STRESS_DAYS && !recent_massage && !planned_soon
            }
        }
    }

    /// Journal days from the last done session to the journal day of `t`.
    fn days_since_last(&self, t: NaiveDateTime) -> Option<i64> {
        let last = self.state.last_done?;
        Some((self.day_of(t) - self.day_of(last)).num_days())
    }

    /// A planned session starts at or after `from` and before `until`.
    fn planned_between(&self, from: NaiveDateTime, until: NaiveDateTime) -> bool {
        self.state.planned.iter().any(|p| p.starts_at >= from && p.starts_at < until)
    }

    fn reminder(&self, track: Track<'_>, fire_at: NaiveDateTime, at: NaiveDateTime, day: NaiveDate) -> Reminder {
        let (subject, message, action) = match track {
            Track::CheckIn => (String::new(), check_in_message(&self.settings), ReminderAction::OpenCheckIn),
            Track::BookMassage => {
                let days = self.days_since_last(at).unwrap_or_default();
                let message = Message::new("notification-book-massage").arg("days", days);
                (String::new(), message, ReminderAction::NewSession)
            }
            Track::Appointment(session) => (
                session.id.clone(),
                appointment_message(session, at),
                ReminderAction::OpenSession { id: session.id.clone() },
            ),
            Track::StressNudge => {
                (String::new(), Message::new("notification-stress-nudge"), ReminderAction::NewSession)
            }
        };
        Reminder { kind: track.kind(), subject, message, action, fire_at, day }
    }
}

/// "Time for your evening check-in": `part` is `morning`, `afternoon` or `evening`.
fn check_in_message(settings: &ParsedReminderSettings) -> Message {
    let part = match settings.check_in_time.hour() {
        4..=11 => "morning",
        12..=16 => "afternoon",
        _ => "evening",
    };
    Message::new("notification-check-in").arg("part", part)
}

/// "Massage tomorrow at 17:30 with Lea", seen from the local time `at`: `when` is `today`,
/// `tomorrow` or `later` (then `weekday` is an English day name in lower case, `day` the day of
/// the month and `month` 1 to 12), `time` is HH:MM; with the therapist's name when there is one.
fn appointment_message(session: &PlannedSession, at: NaiveDateTime) -> Message {
    let start = session.starts_at;
    let when = match (start.date() - at.date()).num_days() {
        0 => "today",
        1 => "tomorrow",
        _ => "later",
    };
    let message = match session.therapist.trim() {
        "" => Message::new("notification-appointment"),
        name => Message::new("notification-appointment-with").arg("therapist", name),
    };
    message
        .arg("when", when)
        .arg("weekday", start.format("%A").to_string().to_lowercase())
        .arg("day", start.day())
        .arg("month", start.month())
        .arg("time", start.format("%H:%M").to_string())
}
