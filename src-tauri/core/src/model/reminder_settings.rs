//! What the person wants to be reminded of, and when. Stored as one JSON value under the settings
//! key `"reminders"`; the rules that read it live in [`crate::reminders`].

use chrono::{NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::massage_session::parse_starts_at;
use super::text_enum::text_enum;
use crate::error::Message;
use crate::{Error, Result};

/// The longest cadence for the book-a-massage reminder, in days.
pub const MAX_CADENCE_DAYS: u32 = 365;
/// The shortest lead time before an appointment, in minutes.
pub const MIN_LEAD_MINUTES: u32 = 5;
/// The longest lead time before an appointment, in minutes (seven days).
pub const MAX_LEAD_MINUTES: u32 = 7 * 24 * 60;

text_enum! {
    /// The kinds of reminder. Each has its own section in [`ReminderSettings`] and its own rule.
    pub enum ReminderKind {
        CheckIn = "check_in",
        BookMassage = "book_massage",
        Appointment = "appointment",
        StressNudge = "stress_nudge",
    }
}

text_enum! {
    /// What the person did with a reminder that fired.
    pub enum ReminderOutcome {
        /// Put off until a later time; it comes back then if it still applies.
        Snoozed = "snoozed",
        /// Put away; it does not come back for that occurrence.
        Dismissed = "dismissed",
        /// Followed: the check-in or session screen was opened from it.
        Acted = "acted",
    }
}

text_enum! {
    /// A day of the week, for the check-in reminder.
    pub enum DayOfWeek {
        Monday = "monday",
        Tuesday = "tuesday",
        Wednesday = "wednesday",
        Thursday = "thursday",
        Friday = "friday",
        Saturday = "saturday",
        Sunday = "sunday",
    }
}

impl DayOfWeek {
    /// The same day as chrono names it.
    pub fn weekday(self) -> Weekday {
        match self {
            DayOfWeek::Monday => Weekday::Mon,
            DayOfWeek::Tuesday => Weekday::Tue,
            DayOfWeek::Wednesday => Weekday::Wed,
            DayOfWeek::Thursday => Weekday::Thu,
            DayOfWeek::Friday => Weekday::Fri,
            DayOfWeek::Saturday => Weekday::Sat,
            DayOfWeek::Sunday => Weekday::Sun,
        }
    }
}

/// All reminder settings. Every field has a default, so a journal that never saved them is valid;
/// a stored value missing a field (written by an older version) takes that field's default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
#[ts(rename_all = "camelCase")]
pub struct ReminderSettings {
    pub check_in: CheckInReminder,
    pub massage_cadence: MassageCadence,
    pub appointment: AppointmentReminder,
    pub stress_nudge: StressNudge,
    pub quiet_hours: QuietHours,
    /// Every reminder waits until this local time, `YYYY-MM-DDTHH:MM` ("pause all"); `None` when
    /// not paused. A time in the past means not paused.
    pub paused_until: Option<String>,
    /// Closing the window keeps the app running in the tray so reminders still come, while any
    /// reminder is on.
    pub keep_in_tray: bool,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            check_in: CheckInReminder::default(),
            massage_cadence: MassageCadence::default(),
            appointment: AppointmentReminder::default(),
            stress_nudge: StressNudge::default(),
            quiet_hours: QuietHours::default(),
            paused_until: None,
            keep_in_tray: true,
        }
    }
}

impl ReminderSettings {
    /// Whether any reminder is switched on.
    pub fn any_enabled(&self) -> bool {
        self.check_in.enabled
            || self.massage_cadence.days.is_some()
            || self.appointment.enabled
            || self.stress_nudge.enabled
    }
}

/// The daily check-in reminder, on chosen days of the week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
#[ts(rename_all = "camelCase")]
pub struct CheckInReminder {
    pub enabled: bool,
    /// "HH:MM". A time before the journal's day boundary belongs to the journal day before (00:30
    /// on Saturday reminds of Friday's check-in); the days below are journal days.
    pub time: String,
    /// At least one day.
    pub weekdays: Vec<DayOfWeek>,
}

impl Default for CheckInReminder {
    fn default() -> Self {
        CheckInReminder { enabled: true, time: "20:30".into(), weekdays: DayOfWeek::ALL.to_vec() }
    }
}

/// How often the person wants a massage: the book-a-massage reminder comes once this many days
/// have passed since the last one. It uses the check-in reminder's time of day.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
#[ts(rename_all = "camelCase")]
pub struct MassageCadence {
    /// 1–365 days; `None` switches the reminder off (the default, until the person chooses).
    pub days: Option<u32>,
}

/// Reminders of planned sessions: the evening before and a lead time before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
#[ts(rename_all = "camelCase")]
pub struct AppointmentReminder {
    pub enabled: bool,
    /// "HH:MM" on the calendar day before the session.
    pub evening_before_time: String,
    /// 5–10080 minutes (five minutes to seven days) before the start.
    pub lead_minutes: u32,
}

impl Default for AppointmentReminder {
    fn default() -> Self {
        AppointmentReminder { enabled: true, evening_before_time: "19:00".into(), lead_minutes: 120 }
    }
}

/// The gentle suggestion after several stressful days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
#[ts(rename_all = "camelCase")]
pub struct StressNudge {
    pub enabled: bool,
}

impl Default for StressNudge {
    fn default() -> Self {
        StressNudge { enabled: true }
    }
}

/// Hours in which nothing but appointment reminders is shown; they may span midnight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
#[ts(rename_all = "camelCase")]
pub struct QuietHours {
    pub enabled: bool,
    /// "HH:MM", the first quiet minute.
    pub start: String,
    /// "HH:MM", the first minute after the quiet hours; differs from `start`.
    pub end: String,
}

impl Default for QuietHours {
    fn default() -> Self {
        QuietHours { enabled: true, start: "22:00".into(), end: "08:00".into() }
    }
}

/// The settings with their text parsed, as the rules use them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedReminderSettings {
    pub check_in_enabled: bool,
    pub check_in_time: NaiveTime,
    pub weekdays: Vec<Weekday>,
    pub cadence_days: Option<u32>,
    pub appointment_enabled: bool,
    pub evening_before_time: NaiveTime,
    pub lead_minutes: u32,
    pub stress_nudge_enabled: bool,
    /// `(start, end)` when quiet hours are on.
    pub quiet_hours: Option<(NaiveTime, NaiveTime)>,
    pub paused_until: Option<NaiveDateTime>,
}

impl ReminderSettings {
    /// Checks every field; the first problem names its field by its camelCase path
    /// (`"checkIn.time"`, `"massageCadence.days"` …).
    pub fn validate(&self) -> Result<()> {
        self.parse().map(|_| ())
    }

    /// Validates and parses the settings.
    pub fn parse(&self) -> Result<ParsedReminderSettings> {
        let check_in_time = clock_time("checkIn.time", "error-label-check-in-time", &self.check_in.time)?;
        if self.check_in.enabled && self.check_in.weekdays.is_empty() {
            return Err(Error::invalid("checkIn.weekdays", Message::new("error-reminder-no-weekday")));
        }
        if let Some(days) = self.massage_cadence.days {
            if !(1..=MAX_CADENCE_DAYS).contains(&days) {
                return Err(Error::invalid(
                    "massageCadence.days",
                    Message::new("error-reminder-cadence").arg("value", days.to_string()),
                ));
            }
        }
        let evening_before_time = clock_time(
            "appointment.eveningBeforeTime",
            "error-label-evening-before-time",
            &self.appointment.evening_before_time,
        )?;
        let lead_minutes = self.appointment.lead_minutes;
        if !(MIN_LEAD_MINUTES..=MAX_LEAD_MINUTES).contains(&lead_minutes) {
            return Err(Error::invalid(
                "appointment.leadMinutes",
                Message::new("error-reminder-lead").arg("value", lead_minutes.to_string()),
            ));
        }
        let quiet_start = clock_time("quietHours.start", "error-label-quiet-start", &self.quiet_hours.start)?;
        let quiet_end = clock_time("quietHours.end", "error-label-quiet-end", &self.quiet_hours.end)?;
        let quiet_hours = self.quiet_hours.enabled.then_some((quiet_start, quiet_end));
        if quiet_hours.is_some() && quiet_start == quiet_end {
            return Err(Error::invalid("quietHours.end", Message::new("error-quiet-hours-empty")));
        }
        if let Some((start, end)) = quiet_hours {
            if self.check_in.enabled && is_quiet(check_in_time, start, end) {
                return Err(Error::invalid(
                    "checkIn.time",
                    Message::new("error-check-in-in-quiet-hours")
                        .arg("time", self.check_in.time.as_str())
                        .arg("start", self.quiet_hours.start.as_str())
                        .arg("end", self.quiet_hours.end.as_str()),
                ));
            }
        }
        let paused_until = match &self.paused_until {
            None => None,
            Some(text) => Some(parse_starts_at(text).map_err(|_| {
                let shown: String = text.chars().take(40).collect();
                Error::invalid("pausedUntil", Message::new("error-date-time-form").arg("text", shown))
            })?),
        };
        Ok(ParsedReminderSettings {
            check_in_enabled: self.check_in.enabled,
            check_in_time,
            weekdays: self.check_in.weekdays.iter().map(|d| d.weekday()).collect(),
            cadence_days: self.massage_cadence.days,
            appointment_enabled: self.appointment.enabled,
            evening_before_time,
            lead_minutes,
            stress_nudge_enabled: self.stress_nudge.enabled,
            quiet_hours,
            paused_until,
        })
    }

    /// The same settings with the weekdays sorted Monday first and without repeats.
    pub fn normalized(&self) -> ReminderSettings {
        let mut settings = self.clone();
        settings.check_in.weekdays.sort_unstable();
        settings.check_in.weekdays.dedup();
        settings
    }
}

/// True when `time` lies in the quiet hours `start` (inclusive) to `end` (exclusive), which span
/// midnight when `end` is not after `start`.
pub fn is_quiet(time: NaiveTime, start: NaiveTime, end: NaiveTime) -> bool {
    if start < end {
        start <= time && time < end
    } else {
        time >= start || time < end
    }
}

/// Parses a time of day "HH:MM" strictly (zero-padded, 00:00 to 23:59).
fn clock_time(field: &'static str, label: &str, text: &str) -> Result<NaiveTime> {
    let well_formed =
        text.len() == 5 && text.bytes().enumerate().all(|(i, b)| if i == 2 { b == b':' } else { b.is_ascii_digit() });
    let parsed = if well_formed { NaiveTime::parse_from_str(text, "%H:%M").ok() } else { None };
    parsed.ok_or_else(|| {
        let shown: String = text.chars().take(20).collect();
        Error::invalid(field, Message::new("error-time-of-day").arg("label", Message::new(label)).arg("text", shown))
    })
}

#[cfg(test)]
#[path = "reminder_settings_tests.rs"]
mod tests;
