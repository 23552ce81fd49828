//! A seeded generator of plausible journals: the demo journal a newcomer can explore, and the
//! data sets the benchmarks use. The same seed and `today` always give the same journal.
//!
//! The story it tells: stress around 4 with a few stressful stretches, pain that follows stress,
//! more sleep in winter, and a massage every two to four weeks that is followed by two calmer,
//! less painful days — so the insights have something real to find.

use std::f64::consts::PI;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::model::body_area::BodyArea;
use crate::model::massage_session::{MassageKind, MassageSessionDraft, Pressure, SessionStatus};
use crate::{CheckInDraft, Journal, Result};

/// The seed of the demo journal.
pub const SEED: u64 = 20_261_125;

/// A generated journal, oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoData {
    pub check_ins: Vec<CheckInDraft>,
    pub sessions: Vec<MassageSessionDraft>,
}

const NOTES: &[&str] = &[
    "Long walk after work, the air helped.",
    "Busy day, too many meetings.",
    "Slept badly, woke up at 4.",
    "Yoga in the evening, shoulders looser.",
    "Dinner with friends, laughed a lot.",
    "Deadline pressure all day.",
    "Quiet Sunday, read a book.",
    "Neck stiff from the laptop.",
    "Felt proud of how I handled a hard conversation.",
    "Rainy and slow, but calm.",
];
const TAGS: &[&str] = &["work", "exercise", "family", "friends", "yoga", "travel", "screen late"];
const THERAPISTS: &[&str] = &["Anna", "Marco", "Lea"];

fn clamp_rating(value: f64) -> i32 {
    value.round().clamp(0.0, 10.0) as i32
}

/// Generates `days` days ending at `today` (the last massage before today, and one planned
/// ten days ahead).
pub fn generate(seed: u64, today: NaiveDate, days: u32) -> DemoData {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let start = today - Duration::days(i64::from(days.max(1)) - 1);

    // Stressful stretches: about one every four months, 5–12 days long.
    let mut stretches = Vec::new();
    let mut day = start + Duration::days(rng.random_range(10..60));
    while day <= today {
        let length = rng.random_range(5..=12);
        stretches.push((day, day + Duration::days(length)));
        day += Duration::days(rng.random_range(80..160));
    }

    // Massage days: every 14–28 days.
    let mut massage_days = Vec::new();
    let mut day = start + Duration::days(rng.random_range(3..14));
    while day < today {
        massage_days.push(day);
        day += Duration::days(rng.random_range(14..=28));
    }

    let mut check_ins = Vec::new();
    let mut stress_by_day = std::collections::HashMap::new();
    let mut day = start;
    while day <= today {
        let since_massage = massage_days.iter().rev().find(|m| **m < day).map(|m| (day - *m).num_days());
        let relief = match since_massage {
            Some(1) => 1.8,
            Some(2) => 1.1,
            _ => 0.0,
        };
        let stressed = stretches.iter().any(|(a, b)| day >= *a && day <= *b);
        let season = (2.0 * PI * (f64::from(day.ordinal()) - 15.0) / 365.25).cos(); // +1 mid-January
        let noise = |rng: &mut ChaCha8Rng| rng.random_range(-1.5..1.5);

        let stress = 4.0 + if stressed { 3.2 } else { 0.0 } - relief + noise(&mut rng);
        stress_by_day.insert(day, clamp_rating(stress));
        // Roughly one day in eight goes unlogged, as in a real journal.
        if day != today && rng.random_bool(0.12) {
            day += Duration::days(1);
            continue;
        }
        let sleep_hours = (7.2 + 0.5 * season - 0.25 * (stress - 4.0) + rng.random_range(-0.9..0.9)).clamp(3.5, 10.5);
        let sleep_hours = (sleep_hours * 4.0).round() / 4.0;
        let sleep_quality = 6.0 + 0.8 * (sleep_hours - 7.0) - 0.35 * (stress - 4.0) + 0.6 * relief + noise(&mut rng);
        let pain = 2.5 + 0.45 * (stress - 4.0) - 0.9 * relief + noise(&mut rng);
        let self_esteem = 6.5 - 0.3 * (stress - 4.0) + noise(&mut rng);
        let mood = 6.5 - 0.45 * (stress - 4.0) + 0.4 * relief + noise(&mut rng);
        let anxiety = 3.0 + 0.6 * (stress - 4.0) + noise(&mut rng);
        let body_awareness = 5.0 + 0.8 * relief + noise(&mut rng);

        let pain = clamp_rating(pain);
        let mut pain_areas = Vec::new();
        if pain >= 4 {
            let choices =
                [BodyArea::Neck, BodyArea::Shoulders, BodyArea::UpperBack, BodyArea::LowerBack, BodyArea::Head];
            for _ in 0..rng.random_range(1..=2) {
                pain_areas.push(choices[rng.random_range(0..choices.len())]);
            }
        }
        let mut tags = Vec::new();
        if day.weekday().num_days_from_monday() < 5 && rng.random_bool(0.6) {
            tags.push("work".to_string());
        }
        if rng.random_bool(0.3) {
            tags.push(TAGS[rng.random_range(1..TAGS.len())].to_string());
        }
        let notes =
            if rng.random_bool(0.35) { NOTES[rng.random_range(0..NOTES.len())].to_string() } else { String::new() };
        let optional = rng.random_bool(0.7);
        check_ins.push(CheckInDraft {
            day: day.to_string(),
            stress: Some(clamp_rating(stress)),
            sleep_hours: Some(sleep_hours),
            sleep_quality: Some(clamp_rating(sleep_quality)),
            pain: Some(pain),
            self_esteem: Some(clamp_rating(self_esteem)),
            mood: optional.then(|| clamp_rating(mood)),
            anxiety: optional.then(|| clamp_rating(anxiety)),
            body_awareness: optional.then(|| clamp_rating(body_awareness)),
            pain_areas,
            tags,
            notes,
            version: None,
        });
        day += Duration::days(1);
    }

    let kinds = [MassageKind::Swedish, MassageKind::DeepTissue, MassageKind::Shiatsu, MassageKind::Sports];
    let mut sessions: Vec<MassageSessionDraft> = massage_days
        .iter()
        .map(|day| {
            let before = stress_by_day.get(day).copied().unwrap_or(5);
            let pain_before = rng.random_range(2..=6);
            MassageSessionDraft {
                id: None,
                starts_at: format!("{day}T{:02}:{:02}", rng.random_range(10..19), [0, 30][rng.random_range(0..2)]),
                status: SessionStatus::Done,
                kind: kinds[rng.random_range(0..kinds.len())],
                kind_other: None,
                duration_min: Some([45, 60, 60, 90][rng.random_range(0..4)]),
                therapist: THERAPISTS[rng.random_range(0..THERAPISTS.len())].to_string(),
                place: "Linden Massage Studio".to_string(),
                pressure: Some([Pressure::Light, Pressure::Medium, Pressure::Firm][rng.random_range(0..3)]),
                focus_areas: vec![BodyArea::Neck, BodyArea::Shoulders],
                cost_cents: Some(6_500),
                notes: String::new(),
                stress_before: Some(before),
                stress_after: Some((before - rng.random_range(2..=4)).max(0)),
                pain_before: Some(pain_before),
                pain_after: Some((pain_before - rng.random_range(1..=3)).max(0)),
                version: None,
            }
        })
        .collect();
    sessions.push(MassageSessionDraft {
        starts_at: format!("{}T17:30", today + Duration::days(10)),
        status: SessionStatus::Planned,
        stress_before: None,
        stress_after: None,
        pain_before: None,
        pain_after: None,
        ..sessions.last().cloned().unwrap_or_else(|| planned_template(today))
    });
    DemoData { check_ins, sessions }
}

fn planned_template(today: NaiveDate) -> MassageSessionDraft {
    MassageSessionDraft {
        id: None,
        starts_at: format!("{today}T17:30"),
        status: SessionStatus::Planned,
        kind: MassageKind::Swedish,
        kind_other: None,
        duration_min: Some(60),
        therapist: THERAPISTS[0].to_string(),
        place: "Linden Massage Studio".to_string(),
        pressure: Some(Pressure::Medium),
        focus_areas: vec![BodyArea::Neck, BodyArea::Shoulders],
        cost_cents: Some(6_500),
        notes: String::new(),
        stress_before: None,
        stress_after: None,
        pain_before: None,
        pain_after: None,
        version: None,
    }
}

/// Fills an empty journal with about two years of generated data ending at `today`.
pub fn fill(journal: &mut Journal, seed: u64, today: NaiveDate, now: DateTime<Utc>) -> Result<()> {
    fill_days(journal, seed, today, 730, now)
}

/// Fills an empty journal with `days` days of generated data ending at `today`.
pub fn fill_days(journal: &mut Journal, seed: u64, today: NaiveDate, days: u32, now: DateTime<Utc>) -> Result<()> {
    let data = generate(seed, today, days);
    // Generated data can be generated again, so skip the per-commit fsync while writing it.
    journal.conn().pragma_update(None, "synchronous", "OFF")?;
    let written = write(journal, &data, today, now);
    journal.conn().pragma_update(None, "synchronous", "FULL")?;
    written
}

fn write(journal: &mut Journal, data: &DemoData, today: NaiveDate, now: DateTime<Utc>) -> Result<()> {
    for check_in in &data.check_ins {
        journal.save_check_in(check_in, today, now)?;
    }
    let now_local = today.and_hms_opt(12, 0, 0).unwrap_or_default();
    for session in &data.sessions {
        journal.save_session(session, &Utc, now_local, now)?;
    }
    let settings = crate::model::settings::Settings { welcomed: true, ..journal.settings()? };
    journal.save_settings(&settings, now)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    #[test]
    fn the_same_seed_gives_the_same_journal() {
        assert_eq!(generate(7, today(), 730), generate(7, today(), 730));
        assert_ne!(generate(7, today(), 730), generate(8, today(), 730));
    }

    #[test]
    fn two_years_look_like_a_journal() {
        let data = generate(SEED, today(), 730);
        let logged = data.check_ins.len();
        assert!((560..=700).contains(&logged), "{logged} of 730 days logged");
        let done = data.sessions.iter().filter(|s| s.status == SessionStatus::Done).count();
        assert!((25..=52).contains(&done), "{done} sessions in two years");
        assert_eq!(data.sessions.iter().filter(|s| s.status == SessionStatus::Planned).count(), 1);
        assert_eq!(data.check_ins.last().unwrap().day, "2026-11-25");
    }

    #[test]
    fn stress_is_lower_on_the_two_days_after_a_massage() {
        let data = generate(SEED, today(), 730);
        let massage_days: Vec<NaiveDate> = data
            .sessions
            .iter()
            .filter(|s| s.status == SessionStatus::Done)
            .map(|s| NaiveDate::parse_from_str(&s.starts_at[..10], "%Y-%m-%d").unwrap())
            .collect();
        let (mut after, mut other) = (Vec::new(), Vec::new());
        for c in &data.check_ins {
            let day = NaiveDate::parse_from_str(&c.day, "%Y-%m-%d").unwrap();
            let is_after = massage_days.iter().any(|m| matches!((day - *m).num_days(), 1 | 2));
            let stress = f64::from(c.stress.unwrap());
            if is_after {
                after.push(stress)
            } else {
                other.push(stress)
            }
        }
        let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
        assert!(mean(&after) + 0.8 < mean(&other), "after {} vs other {}", mean(&after), mean(&other));
    }

    #[test]
    fn every_generated_entry_is_valid_and_saves() {
        let mut journal = Journal::open_in_memory().unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 20, 0, 0).unwrap();
        fill_days(&mut journal, SEED, today(), 120, now).unwrap();
        let saved = journal.check_ins("2026-01-01", "2026-12-31").unwrap();
        assert_eq!(saved.len(), generate(SEED, today(), 120).check_ins.len());
        assert!(journal.settings().unwrap().welcomed);
        let sync: i64 = journal.conn().query_row("PRAGMA synchronous", [], |r| r.get(0)).unwrap();
        assert_eq!(sync, 2, "full sync is back on afterwards");
    }
}
