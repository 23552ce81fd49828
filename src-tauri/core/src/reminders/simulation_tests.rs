//! A scheduler that only ever sleeps until `next_due`, run for weeks across a daylight-saving
//! change with random settings: it never wakes for nothing, never fires twice, and never fires
//! in quiet hours.

use std::collections::HashSet;

use chrono::{Datelike, Duration, NaiveDateTime};
use proptest::prelude::*;

use super::fixtures::{at, World};
use super::{ReminderKind, ReminderSettings};
use crate::model::day::journal_day;
use crate::model::reminder_settings::{is_quiet, DayOfWeek};

fn hhmm(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

prop_compose! {
    fn settings()(
        check_in in 0u32..1440,
        weekdays in proptest::collection::vec(0usize..7, 1..7),
        cadence in proptest::option::of(1u32..30),
        evening in 0u32..1440,
        lead in 5u32..3000,
        quiet in proptest::option::of((0u32..1440, 0u32..1440)),
    ) -> ReminderSettings {
        let mut s = ReminderSettings::default();
        s.check_in.time = hhmm(check_in);
        s.check_in.weekdays = weekdays.into_iter().map(|i| DayOfWeek::ALL[i]).collect();
        s.massage_cadence.days = cadence;
        s.appointment.evening_before_time = hhmm(evening);
        s.appointment.lead_minutes = lead;
        match quiet {
            Some((start, end)) => {
                s.quiet_hours.start = hhmm(start);
                s.quiet_hours.end = hhmm(end);
            }
            None => s.quiet_hours.enabled = false,
        }
        s
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn a_scheduler_sleeping_until_next_due_fires_each_reminder_once(
        settings in settings(),
        autumn in any::<bool>(),
        session_offsets in proptest::collection::vec((1i64..20, 0u32..96), 0..3),
    ) {
        prop_assume!(settings.validate().is_ok());
        let start = if autumn { at("2026-10-15T12:00") } else { at("2026-03-20T12:00") };
        let end = start + Duration::days(21);
        let mut world = World::new(settings.clone());
        world.done(&(start - Duration::days(9)).format("%Y-%m-%dT10:00").to_string());
        for day in 0..3 {
            world.log_day(&(start.date() - Duration::days(3 - day)).to_string(), Some(8));
        }
        for (i, (days, quarter)) in session_offsets.iter().enumerate() {
            let starts = start.date().and_hms_opt(0, 0, 0).unwrap()
                + Duration::days(*days)
                + Duration::minutes(i64::from(*quarter) * 15);
            world.planned(&format!("p{i}"), &starts.format("%Y-%m-%dT%H:%M").to_string());
        }
        let parsed = settings.parse().unwrap();
        let mut now = start;
        let mut fired = HashSet::new();
        let mut nudges: Vec<NaiveDateTime> = Vec::new();
        world.fire(&now.format("%Y-%m-%dT%H:%M").to_string());
        while let Some(next) = world.next_due(&now.format("%Y-%m-%dT%H:%M").to_string()) {
            prop_assert!(next > now, "next_due {next} is not after {now}");
            if next > end {
                break;
            }
            now = next;
            let due = world.due(&now.format("%Y-%m-%dT%H:%M").to_string());
            prop_assert!(!due.is_empty(), "woke at {now} for nothing");
            world.fire(&now.format("%Y-%m-%dT%H:%M").to_string());
            for reminder in due {
                let day = journal_day(now, world.day_boundary);
                prop_assert!(
                    fired.insert((reminder.kind, reminder.subject.clone(), day)),
                    "{:?} {} twice on {day}", reminder.kind, reminder.subject
                );
                let held_by_quiet_hours = reminder.kind != ReminderKind::Appointment;
                if let (Some((q_start, q_end)), true) = (parsed.quiet_hours, held_by_quiet_hours) {
                    prop_assert!(!is_quiet(now.time(), q_start, q_end), "{:?} quiet at {now}", reminder.kind);
                }
                if reminder.kind == ReminderKind::CheckIn {
                    prop_assert!(parsed.weekdays.contains(&day.weekday()));
                }
                if reminder.kind == ReminderKind::StressNudge {
                    let week_after = |last: &NaiveDateTime| journal_day(*last, world.day_boundary) + Duration::days(7);
                    prop_assert!(nudges.last().is_none_or(|last| week_after(last) <= day));
                    nudges.push(now);
                }
            }
        }
    }
}
