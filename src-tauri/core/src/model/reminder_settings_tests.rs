use serde_json::json;

use super::*;

fn field_of(settings: &ReminderSettings) -> Option<&'static str> {
    settings.validate().err().and_then(|err| err.field())
}

#[test]
fn defaults_are_valid_and_as_documented() {
    let parsed = ReminderSettings::default().parse().unwrap();
    let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    assert!(parsed.check_in_enabled);
    assert_eq!(parsed.check_in_time, at(20, 30));
    assert_eq!(parsed.weekdays.len(), 7);
    assert_eq!(parsed.cadence_days, None);
    assert_eq!((parsed.evening_before_time, parsed.lead_minutes), (at(19, 0), 120));
    assert!(parsed.stress_nudge_enabled);
    assert_eq!(parsed.quiet_hours, Some((at(22, 0), at(8, 0))));
    assert_eq!(parsed.paused_until, None);
    assert!(ReminderSettings::default().keep_in_tray);
    assert!(ReminderSettings::default().any_enabled());
}

#[test]
fn any_enabled_is_false_only_when_every_reminder_is_off() {
    let mut s = ReminderSettings::default();
    s.check_in.enabled = false;
    s.appointment.enabled = false;
    s.stress_nudge.enabled = false;
    assert!(!s.any_enabled());
    s.massage_cadence.days = Some(28);
    assert!(s.any_enabled());
}

#[test]
fn the_json_is_camel_case() {
    let json = serde_json::to_value(ReminderSettings::default()).unwrap();
    assert_eq!(
        json,
        json!({
            "checkIn": { "enabled": true, "time": "20:30",
                         "weekdays": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] },
            "massageCadence": { "days": null },
            "appointment": { "enabled": true, "eveningBeforeTime": "19:00", "leadMinutes": 120 },
            "stressNudge": { "enabled": true },
            "quietHours": { "enabled": true, "start": "22:00", "end": "08:00" },
            "pausedUntil": null,
            "keepInTray": true
        })
    );
}

#[test]
fn unknown_fields_are_refused_and_missing_ones_take_defaults() {
    assert!(serde_json::from_value::<ReminderSettings>(json!({ "checkIn": { "volume": 3 } })).is_err());
    assert!(serde_json::from_value::<ReminderSettings>(json!({ "snoozeAll": true })).is_err());
    let partial: ReminderSettings = serde_json::from_value(json!({ "massageCadence": { "days": 21 } })).unwrap();
    assert_eq!(partial, ReminderSettings { massage_cadence: MassageCadence { days: Some(21) }, ..Default::default() });
}

#[test]
fn cadence_must_be_1_to_365_days() {
    for (days, ok) in [(0, false), (1, true), (21, true), (365, true), (366, false)] {
        let s = ReminderSettings { massage_cadence: MassageCadence { days: Some(days) }, ..Default::default() };
        assert_eq!(field_of(&s), (!ok).then_some("massageCadence.days"), "{days}");
    }
    let err = ReminderSettings { massage_cadence: MassageCadence { days: Some(0) }, ..Default::default() }
        .validate()
        .unwrap_err();
    assert!(err.to_string().contains("error-reminder-cadence value=\"0\""), "{err}");
}

#[test]
fn lead_time_must_be_5_minutes_to_7_days() {
    for (minutes, ok) in [(4, false), (5, true), (120, true), (10_080, true), (10_081, false)] {
        let mut s = ReminderSettings::default();
        s.appointment.lead_minutes = minutes;
        assert_eq!(field_of(&s), (!ok).then_some("appointment.leadMinutes"), "{minutes}");
    }
}

#[test]
fn an_empty_weekday_set_is_refused() {
    let mut s = ReminderSettings::default();
    s.check_in.weekdays.clear();
    assert_eq!(field_of(&s), Some("checkIn.weekdays"));
    // Switched off, the days do not matter.
    s.check_in.enabled = false;
    assert_eq!(field_of(&s), None);
}

#[test]
fn times_must_exist_on_a_clock() {
    for bad in ["25:00", "24:00", "20:60", "8:30", "20.30", "", "evening", "20:30:00"] {
        let mut s = ReminderSettings::default();
        s.check_in.time = bad.into();
        assert_eq!(field_of(&s), Some("checkIn.time"), "{bad}");
        let mut s = ReminderSettings::default();
        s.appointment.evening_before_time = bad.into();
        assert_eq!(field_of(&s), Some("appointment.eveningBeforeTime"), "{bad}");
        let mut s = ReminderSettings::default();
        s.quiet_hours.start = bad.into();
        assert_eq!(field_of(&s), Some("quietHours.start"), "{bad}");
        let mut s = ReminderSettings::default();
        s.quiet_hours.end = bad.into();
        assert_eq!(field_of(&s), Some("quietHours.end"), "{bad}");
    }
    let mut s = ReminderSettings::default();
    s.check_in.time = "25:00".into();
    assert!(s.validate().unwrap_err().to_string().contains("text=\"25:00\""));
}

#[test]
fn quiet_hours_must_not_be_empty() {
    let mut s = ReminderSettings::default();
    s.quiet_hours.end = "22:00".into();
    assert_eq!(field_of(&s), Some("quietHours.end"));
    s.quiet_hours.enabled = false;
    assert_eq!(field_of(&s), None, "switched off, the times do not matter");
}

#[test]
fn a_check_in_time_inside_quiet_hours_is_refused() {
    for (time, quiet) in [("23:00", true), ("07:59", true), ("08:00", false), ("21:59", false)] {
        let mut s = ReminderSettings::default();
        s.check_in.time = time.into();
        assert_eq!(field_of(&s), quiet.then_some("checkIn.time"), "{time}");
        s.check_in.enabled = false;
        assert_eq!(field_of(&s), None, "{time} with the check-in reminder off");
    }
}

#[test]
fn paused_until_is_a_local_date_time() {
    let mut s = ReminderSettings { paused_until: Some("2026-03-29T09:00".into()), ..Default::default() };
    assert_eq!(s.parse().unwrap().paused_until.map(|t| t.to_string()).as_deref(), Some("2026-03-29 09:00:00"));
    for bad in ["2026-03-29", "2026-02-30T09:00", "tomorrow", "2026-03-29T25:00"] {
        s.paused_until = Some(bad.into());
        assert_eq!(field_of(&s), Some("pausedUntil"), "{bad}");
    }
}

#[test]
fn quiet_hours_may_span_midnight() {
    let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    let (start, end) = (at(22, 0), at(8, 0));
    assert!(is_quiet(at(22, 0), start, end));
    assert!(is_quiet(at(0, 0), start, end));
    assert!(is_quiet(at(7, 59), start, end));
    assert!(!is_quiet(at(8, 0), start, end));
    assert!(!is_quiet(at(21, 59), start, end));
    assert!(is_quiet(at(13, 0), at(12, 0), at(14, 0)));
    assert!(!is_quiet(at(14, 0), at(12, 0), at(14, 0)));
}

#[test]
fn weekdays_are_normalised() {
    let mut s = ReminderSettings::default();
    s.check_in.weekdays = vec![DayOfWeek::Friday, DayOfWeek::Monday, DayOfWeek::Friday];
    assert_eq!(s.normalized().check_in.weekdays, [DayOfWeek::Monday, DayOfWeek::Friday]);
}
