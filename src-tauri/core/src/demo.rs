//! A seeded generator of plausible journals: the demo journal a newcomer can explore, and the
//! data sets the benchmarks use. The same seed and `today` always give the same journal.
//!
//! The story it tells: stress around 4 with a few stressful stretches, pain that follows stress,
//! more sleep in winter, and a massage every two to four weeks that is followed by two calmer,
//! less painful days — so the insights have something real to find.

use std::f64::consts::PI;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, Duration, NaiveDate, SecondsFormat, Utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::error::Message;
use crate::model::body_area::BodyArea;
use crate::model::massage_session::{MassageKind, MassageSessionDraft, Pressure, SessionStatus};
use crate::store::transfer::{self, RowStamps};
use crate::{CheckInDraft, Error, Journal, Result};

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
    // Both lists are in day order, so one pass over the days walks each of them once.
    let (mut massages_before, mut stretch) = (0, 0);
    let mut day = start;
    while day <= today {
        while massages_before < massage_days.len() && massage_days[massages_before] < day {
            massages_before += 1;
        }
        let since_massage = massages_before.checked_sub(1).map(|i| (day - massage_days[i]).num_days());
        let relief = match since_massage {
            Some(1) => 1.8,
            Some(2) => 1.1,
            _ => 0.0,
        };
        // Stretches start in order and never overlap (each ends before the next starts).
        while stretch < stretches.len() && stretches[stretch].1 < day {
            stretch += 1;
        }
        let stressed = stretches.get(stretch).is_some_and(|(a, b)| day >= *a && day <= *b);
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

/// Fills an empty journal with `days` days of generated data ending at `today`, in one
/// transaction, and marks the journal welcomed.
pub fn fill_days(journal: &mut Journal, seed: u64, today: NaiveDate, days: u32, now: DateTime<Utc>) -> Result<()> {
    let data = generate(seed, today, days);
    write(journal, &data, NaiveDate::MIN, today, now)?;
    Ok(())
}

/// Writes the entries of `data` from `first` on as a save from the screens would (validated,
/// stamped `now`, version 1), all in one transaction, then marks the journal welcomed. Session
/// ids are UUIDv7s of `now` numbered by their place in `data`, so a session always gets the same
/// id. Returns how many check-ins and sessions were written.
fn write(
    journal: &mut Journal,
    data: &DemoData,
    first: NaiveDate,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<(usize, usize)> {
    let stamp = now.to_rfc3339_opts(SecondsFormat::Secs, true);
    let stamps = RowStamps { created_at: stamp.clone(), updated_at: stamp.clone(), version: 1 };
    let now_local = today.and_hms_opt(12, 0, 0).unwrap_or_default();
    let millis = u64::try_from(now.timestamp_millis()).unwrap_or_default();
    let (mut check_ins, mut sessions) = (0, 0);
    let tx = journal.conn_mut().transaction()?;
    for check_in in &data.check_ins {
        let values = check_in.validate(today)?;
        if values.day >= first {
            transfer::put_check_in(&tx, &values, &stamps, &stamp)?;
            check_ins += 1;
        }
    }
    for (number, session) in (0_u32..).zip(&data.sessions) {
        let values = session.validate(&Utc, now_local)?;
        if values.starts_at.date() < first {
            continue;
        }
        let mut counter = [0_u8; 10];
        counter[6..].copy_from_slice(&number.to_be_bytes());
        let id = uuid::Builder::from_unix_timestamp_millis(millis, &counter).into_uuid().hyphenated().to_string();
        transfer::put_session(&tx, &id, &values, &stamps)?;
        sessions += 1;
    }
    tx.commit()?;
    let settings = crate::model::settings::Settings { welcomed: true, ..journal.settings()? };
    journal.save_settings(&settings, now)?;
    Ok((check_ins, sessions))
}

/// Bumped whenever [`sized_journal`] would write something different, so that cached journals
/// of an older generator are not reused (see [`cached_sized_journal`]).
pub const SIZED_JOURNAL_VERSION: u32 = 2;

/// How many days a "year" of [`sized_journal`] has.
pub const DAYS_PER_YEAR: u32 = 365;

/// The history that sized journals of up to 100 years are cut from.
const NESTED_DAYS: u32 = 100 * DAYS_PER_YEAR;

/// What [`sized_journal`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SizedJournal {
    /// Days covered, ending at `today`: `years × 365`.
    pub days: u32,
    /// Check-ins written (about seven days in eight are logged).
    pub check_ins: usize,
    /// Massage sessions written: done every two to four weeks, and one planned ten days ahead.
    pub sessions: usize,
}

/// Makes a new journal file at `path` holding `years` years (365 days each) of generated
/// check-ins and massage sessions ending at `today`, from the demo seed [`SEED`], so the same
/// arguments always give the same entries. The sizes are nested: up to 100 years, each journal
/// is the latest `years` of the same 100-year history (sessions keep their ids), so comparing
/// sizes compares only how much history there is. The journal's settings say it has been welcomed, so
/// the app opens it straight on Today. Everything is written in one transaction: 100 years take
/// a few seconds.
///
/// `path` must not exist yet (anything else is refused, so a real journal is never touched).
/// Benchmarks that run often should use [`cached_sized_journal`] and copy its file.
pub fn sized_journal(path: &Path, years: u32, today: NaiveDate, now: DateTime<Utc>) -> Result<SizedJournal> {
    if path.exists() {
        return Err(Error::invalid("path", Message::new("error-path-exists").arg("path", path.display().to_string())));
    }
    let days = years.max(1) * DAYS_PER_YEAR;
    // Every size is the latest part of one history, so sizes differ only in how far back they go.
    let data = generate(SEED, today, days.max(NESTED_DAYS));
    let first = today - Duration::days(i64::from(days) - 1);
    let (mut journal, _) = Journal::open(path, now)?;
    let (check_ins, sessions) = write(&mut journal, &data, first, today, now)?;
    // Leave one self-contained file: the write-ahead log is folded in and removed on close.
    journal.conn().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    drop(journal);
    Ok(SizedJournal { days, check_ins, sessions })
}

/// The file name of a cached [`sized_journal`]: it names everything the content depends on
/// (years, seed, `today`, generator version and schema version).
pub fn sized_journal_file_name(years: u32, today: NaiveDate) -> String {
    format!("journal-{years}y-seed{SEED}-{today}-g{SIZED_JOURNAL_VERSION}-s{}.db", crate::store::LATEST_SCHEMA_VERSION)
}

/// The path of a [`sized_journal`] in `cache_dir`, generated there first if no earlier run left
/// it (`now` only stamps a newly generated file). The file is made under a temporary name and
/// renamed when whole, so an interrupted run never leaves a partial file to be reused.
///
/// The cached file is shared by later runs: never open it as a journal (opening adds a
/// write-ahead log beside it and may write); copy it first, e.g. with [`copy_sized_journal`].
pub fn cached_sized_journal(cache_dir: &Path, years: u32, today: NaiveDate, now: DateTime<Utc>) -> Result<PathBuf> {
    let cached = cache_dir.join(sized_journal_file_name(years, today));
    if cached.is_file() {
        return Ok(cached);
    }
    std::fs::create_dir_all(cache_dir)?;
    let making = tempfile::Builder::new().prefix(".making-").tempdir_in(cache_dir)?;
    let made = making.path().join("journal.db");
    sized_journal(&made, years, today, now)?;
    std::fs::rename(&made, &cached)?;
    Ok(cached)
}

/// Copies the cached [`sized_journal`] of `years` (generated in `cache_dir` on first use) to
/// `dest`, a new file that the caller may open and change freely.
pub fn copy_sized_journal(
    cache_dir: &Path,
    dest: &Path,
    years: u32,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<()> {
    if dest.exists() {
        return Err(Error::invalid("path", Message::new("error-path-exists").arg("path", dest.display().to_string())));
    }
    std::fs::copy(cached_sized_journal(cache_dir, years, today, now)?, dest)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::DEFAULT_DAY_BOUNDARY;

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

    #[test]
    fn a_sized_journal_has_every_year_filled_and_is_the_same_each_time() {
        let dir = tempfile::tempdir().unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 20, 0, 0).unwrap();
        let (a, b) = (dir.path().join("a.db"), dir.path().join("b.db"));
        let made = sized_journal(&a, 3, today(), now).unwrap();
        assert_eq!(made.days, 3 * 365);
        assert_eq!(sized_journal(&b, 3, today(), now).unwrap(), made);
        assert_eq!(sized_journal(&a, 3, today(), now).unwrap_err().field(), Some("path"), "never overwrites");
        assert!(!dir.path().join("a.db-wal").exists(), "one self-contained file");

        let (journal, _) = Journal::open(&a, now).unwrap();
        let first = today() - Duration::days(3 * 365 - 1);
        let all = journal.check_ins(&first.to_string(), &today().to_string()).unwrap();
        assert_eq!(all.len(), made.check_ins);
        assert!(journal.check_ins("1900-01-01", &(first - Duration::days(1)).to_string()).unwrap().is_empty());
        // Each of the three years: about seven days in eight logged, a massage every 2–4 weeks.
        for year in 0..3 {
            let from = first + Duration::days(365 * year);
            let to = from + Duration::days(364);
            let logged = all.iter().filter(|c| c.day >= from && c.day <= to).count();
            assert!((290..=345).contains(&logged), "year {year}: {logged} days logged");
            let sessions = journal.sessions(&from.to_string(), &to.to_string(), DEFAULT_DAY_BOUNDARY).unwrap();
            assert!((12..=27).contains(&sessions.len()), "year {year}: {} sessions", sessions.len());
            assert!(sessions.iter().all(|s| s.status == SessionStatus::Done && s.stress_after.is_some()));
        }
        let sessions = journal.sessions("1900-01-01", "2100-12-31", DEFAULT_DAY_BOUNDARY).unwrap();
        assert_eq!(sessions.len(), made.sessions);
        assert_eq!(sessions.iter().filter(|s| s.status == SessionStatus::Planned).count(), 1);
        assert!(journal.settings().unwrap().welcomed, "the app opens it on Today");
        assert!(all.iter().any(|c| !c.tags.is_empty()) && all.iter().any(|c| !c.notes.is_empty()));

        // The same seed gives the same entries, session ids included.
        let (other, _) = Journal::open(&b, now).unwrap();
        assert_eq!(other.check_ins(&first.to_string(), &today().to_string()).unwrap(), all);
        assert_eq!(other.sessions("1900-01-01", "2100-12-31", DEFAULT_DAY_BOUNDARY).unwrap(), sessions);

        // A smaller size is the latest part of the larger one.
        let one = dir.path().join("one.db");
        let small = sized_journal(&one, 1, today(), now).unwrap();
        let (one, _) = Journal::open(&one, now).unwrap();
        let last_year = (today() - Duration::days(364)).to_string();
        let in_both = one.check_ins("1900-01-01", &today().to_string()).unwrap();
        assert_eq!(in_both.len(), small.check_ins);
        assert_eq!(in_both, journal.check_ins(&last_year, &today().to_string()).unwrap());
        let sessions_in_both = one.sessions("1900-01-01", "2100-12-31", DEFAULT_DAY_BOUNDARY).unwrap();
        assert_eq!(sessions_in_both, journal.sessions(&last_year, "2100-12-31", DEFAULT_DAY_BOUNDARY).unwrap());
    }

    #[test]
    fn a_cached_sized_journal_is_made_once_and_copies_are_separate_files() {
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join("cache");
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 20, 0, 0).unwrap();
        let cached = cached_sized_journal(&cache, 1, today(), now).unwrap();
        assert_eq!(cached.file_name().unwrap().to_str().unwrap(), sized_journal_file_name(1, today()));
        let modified = std::fs::metadata(&cached).unwrap().modified().unwrap();
        let later = now + Duration::hours(1);
        assert_eq!(cached_sized_journal(&cache, 1, today(), later).unwrap(), cached);
        assert_eq!(std::fs::metadata(&cached).unwrap().modified().unwrap(), modified, "reused, not made again");
        assert_eq!(std::fs::read_dir(&cache).unwrap().count(), 1, "no temporary files left behind");

        let before = std::fs::read(&cached).unwrap();
        let copy = dir.path().join("copy.db");
        copy_sized_journal(&cache, &copy, 1, today(), now).unwrap();
        let (journal, _) = Journal::open(&copy, now).unwrap();
        journal.delete_check_in(&today().to_string(), now).unwrap();
        drop(journal);
        assert_eq!(std::fs::read(&cached).unwrap(), before, "the cache is untouched");
        assert_eq!(std::fs::read_dir(&cache).unwrap().count(), 1);
        assert_eq!(copy_sized_journal(&cache, &copy, 1, today(), now).unwrap_err().field(), Some("path"));
    }
}
