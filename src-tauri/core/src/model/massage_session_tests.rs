use chrono::{NaiveDate, Utc};
use chrono_tz::Europe::Berlin;

use super::*;

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap().and_hms_opt(21, 0, 0).unwrap()
}

fn draft() -> MassageSessionDraft {
    MassageSessionDraft {
        id: None,
        starts_at: "2026-11-25T18:30".into(),
        status: SessionStatus::Done,
        kind: MassageKind::Swedish,
        kind_other: None,
        duration_min: Some(60),
        therapist: "Ana".into(),
        place: "Studio Nord".into(),
        pressure: Some(Pressure::Medium),
        focus_areas: vec![BodyArea::Neck, BodyArea::Shoulders],
        cost_cents: Some(7_500),
        notes: String::new(),
        stress_before: Some(7),
        stress_after: Some(3),
        pain_before: None,
        pain_after: None,
        version: None,
    }
}

fn field_of(draft: MassageSessionDraft) -> Option<&'static str> {
    draft.validate(&Utc, now()).err().and_then(|e| e.field())
}

#[test]
fn a_complete_session_is_valid() {
    let values = draft().validate(&Utc, now()).unwrap();
    assert_eq!(values.starts_at, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap().and_hms_opt(18, 30, 0).unwrap());
    assert_eq!(values.duration_min, Some(60));
    assert_eq!((values.stress_before, values.stress_after), (Some(7), Some(3)));
}

#[test]
fn starts_at_must_be_a_strict_local_minute() {
    for bad in [
        "2025-02-30T10:00",
        "2026-11-25",
        "2026-11-25 10:00",
        "2026-11-25T10:00:00",
        "2026-11-25T9:00",
        "2026-11-25T24:00",
        "2026-11-25T10:60",
        "2026-11-25T10:00Z",
        "NaN",
        "",
        "1899-12-31T10:00",
    ] {
        assert_eq!(field_of(MassageSessionDraft { starts_at: bad.into(), ..draft() }), Some("startsAt"), "{bad}");
    }
}

#[test]
fn a_dst_gap_time_is_refused() {
    let gap = MassageSessionDraft { starts_at: "2026-03-29T02:30".into(), ..draft() };
    let err = gap.validate(&Berlin, now()).unwrap_err();
    assert_eq!(err.field(), Some("startsAt"));
    assert!(err.to_string().contains("error-session-skipped-hour start=\"2026-03-29 02:30\""), "{err}");
    let after = MassageSessionDraft { starts_at: "2026-03-29T03:00".into(), ..draft() };
    assert!(after.validate(&Berlin, now()).is_ok());
}

#[test]
fn an_ambiguous_autumn_time_is_accepted() {
    let repeated = MassageSessionDraft { starts_at: "2026-10-25T02:30".into(), ..draft() };
    assert!(repeated.validate(&Berlin, now()).is_ok());
}

#[test]
fn done_in_the_future_is_refused() {
    let future = MassageSessionDraft { starts_at: "2026-11-25T21:01".into(), ..draft() };
    assert_eq!(field_of(future.clone()), Some("status"));
    let planned = MassageSessionDraft { status: SessionStatus::Planned, ..future };
    assert!(planned.validate(&Utc, now()).is_ok());
    let this_minute = MassageSessionDraft { starts_at: "2026-11-25T21:00".into(), ..draft() };
    assert!(this_minute.validate(&Utc, now()).is_ok());
}

#[test]
fn kind_other_needs_a_name_and_other_kinds_have_none() {
    let other = |name: Option<&str>| MassageSessionDraft {
        kind: MassageKind::Other,
        kind_other: name.map(str::to_string),
        ..draft()
    };
    assert_eq!(other(Some("  Lomi lomi ")).validate(&Utc, now()).unwrap().kind_other.as_deref(), Some("Lomi lomi"));
    assert!(other(Some(&"x".repeat(60))).validate(&Utc, now()).is_ok());
    for bad in [None, Some(""), Some("   "), Some(&*"x".repeat(61))] {
        assert_eq!(field_of(other(bad)), Some("kindOther"), "{bad:?}");
    }
    assert_eq!(field_of(MassageSessionDraft { kind_other: Some("Lomi lomi".into()), ..draft() }), Some("kindOther"));
}

#[test]
fn duration_is_1_to_600_minutes_or_absent() {
    for ok in [None, Some(1), Some(600)] {
        assert!(MassageSessionDraft { duration_min: ok, ..draft() }.validate(&Utc, now()).is_ok(), "{ok:?}");
    }
    for bad in [0, 601, -1, i32::MAX] {
        assert_eq!(field_of(MassageSessionDraft { duration_min: Some(bad), ..draft() }), Some("durationMin"), "{bad}");
    }
}

#[test]
fn every_rating_accepts_0_and_10_and_refuses_minus_1_and_11() {
    type Setter = fn(&mut MassageSessionDraft, Option<i32>);
    let fields: [(&str, Setter); 4] = [
        ("stressBefore", |d, v| d.stress_before = v),
        ("stressAfter", |d, v| d.stress_after = v),
        ("painBefore", |d, v| d.pain_before = v),
        ("painAfter", |d, v| d.pain_after = v),
    ];
    for (name, set) in fields {
        for (value, ok) in [(0, true), (10, true), (-1, false), (11, false)] {
            let mut d = draft();
            set(&mut d, Some(value));
            assert_eq!(d.validate(&Utc, now()).is_ok(), ok, "{name}={value}");
            if !ok {
                assert_eq!(field_of(d), Some(name));
            }
        }
    }
}

#[test]
fn an_after_rating_without_a_before_rating_is_fine() {
    let d = MassageSessionDraft { stress_before: None, pain_after: Some(2), ..draft() };
    assert!(d.validate(&Utc, now()).is_ok());
}

#[test]
fn names_notes_and_cost_are_bounded() {
    assert!(MassageSessionDraft { therapist: "é".repeat(200), ..draft() }.validate(&Utc, now()).is_ok());
    assert_eq!(field_of(MassageSessionDraft { therapist: "é".repeat(201), ..draft() }), Some("therapist"));
    assert_eq!(field_of(MassageSessionDraft { place: "x".repeat(201), ..draft() }), Some("place"));
    assert_eq!(field_of(MassageSessionDraft { place: "a\0b".into(), ..draft() }), Some("place"));
    assert!(MassageSessionDraft { notes: "x".repeat(20_000), ..draft() }.validate(&Utc, now()).is_ok());
    assert_eq!(field_of(MassageSessionDraft { notes: "x".repeat(20_001), ..draft() }), Some("notes"));
    for ok in [0, 100_000_000] {
        assert!(MassageSessionDraft { cost_cents: Some(ok), ..draft() }.validate(&Utc, now()).is_ok());
    }
    for bad in [-1, 100_000_001] {
        assert_eq!(field_of(MassageSessionDraft { cost_cents: Some(bad), ..draft() }), Some("costCents"));
    }
}

#[test]
fn focus_areas_are_sorted_head_to_feet_without_repeats() {
    let d = MassageSessionDraft { focus_areas: vec![BodyArea::Feet, BodyArea::Neck, BodyArea::Feet], ..draft() };
    assert_eq!(d.validate(&Utc, now()).unwrap().focus_areas, [BodyArea::Neck, BodyArea::Feet]);
}

#[test]
fn ids_must_be_canonical_uuids_and_versions_belong_to_existing_sessions() {
    let id = "0192f0c1-7a3b-7cde-8f00-123456789abc";
    assert!(MassageSessionDraft { id: Some(id.into()), version: Some(1), ..draft() }.validate(&Utc, now()).is_ok());
    for bad in ["42", "0192F0C1-7A3B-7CDE-8F00-123456789ABC", "0192f0c17a3b7cde8f00123456789abc", ""] {
        assert_eq!(field_of(MassageSessionDraft { id: Some(bad.into()), version: Some(1), ..draft() }), Some("id"));
    }
    assert_eq!(field_of(MassageSessionDraft { version: Some(1), ..draft() }), Some("version"));
    assert_eq!(field_of(MassageSessionDraft { id: Some(id.into()), version: Some(0), ..draft() }), Some("version"));
}

#[test]
fn unknown_fields_and_values_are_rejected_when_parsing() {
    let mut json = serde_json::to_value(draft()).unwrap();
    assert_eq!(serde_json::from_value::<MassageSessionDraft>(json.clone()).unwrap(), draft());
    json["kind"] = "hot_stone".into();
    assert!(serde_json::from_value::<MassageSessionDraft>(json.clone()).is_err());
    json["kind"] = "swedish".into();
    json["temperature"] = 38.into();
    let err = serde_json::from_value::<MassageSessionDraft>(json).unwrap_err();
    assert!(err.to_string().contains("unknown field"), "{err}");
}

#[test]
fn enums_travel_as_their_snake_case_ids() {
    for &kind in MassageKind::ALL {
        assert_eq!(serde_json::to_value(kind).unwrap(), serde_json::Value::from(kind.as_str()));
        assert_eq!(kind.as_str().parse::<MassageKind>().unwrap(), kind);
    }
    assert_eq!(serde_json::to_value(MassageKind::DeepTissue).unwrap(), "deep_tissue");
    assert_eq!(serde_json::to_value(SessionStatus::Cancelled).unwrap(), "cancelled");
    assert_eq!(serde_json::to_value(Pressure::Firm).unwrap(), "firm");
}
