//! Journal operations on ten years of generated entries (3,650 days, notes on about a third).
//! Target: a note search answers in well under 20 ms.

use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use resilience_core::model::search::JournalQuery;
use resilience_core::{demo, CheckInDraft, Journal};

fn ten_year_journal() -> (tempfile::TempDir, Journal) {
    let dir = tempfile::tempdir().expect("temp dir");
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 20, 0, 0).single().expect("valid time");
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).expect("valid day");
    let (mut journal, _) = Journal::open(&dir.path().join("journal.db"), now).expect("journal");
    demo::fill_days(&mut journal, demo::SEED, today, 3_650, now).expect("demo data");
    (dir, journal)
}

fn journal_benches(c: &mut Criterion) {
    let (_dir, mut journal) = ten_year_journal();
    let words = JournalQuery { text: "shoulders".into(), ..Default::default() };
    c.bench_function("search notes, 10 years", |b| b.iter(|| journal.search(&words).expect("search")));
    let prefix = JournalQuery { text: "walk air".into(), tag: Some("work".into()), ..Default::default() };
    c.bench_function("search notes + tag, 10 years", |b| b.iter(|| journal.search(&prefix).expect("search")));
    c.bench_function("list a year of check-ins", |b| {
        b.iter(|| journal.check_ins("2025-11-26", "2026-11-25").expect("list"))
    });
    c.bench_function("list a month of check-ins", |b| {
        b.iter(|| journal.check_ins("2026-11-01", "2026-11-30").expect("list"))
    });
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).expect("valid day");
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 21, 0, 0).single().expect("valid time");
    let mut version = journal.check_in("2026-11-25").expect("read").map(|c| c.version);
    c.bench_function("save a check-in (fsync)", |b| {
        b.iter(|| {
            let draft = CheckInDraft {
                day: "2026-11-25".into(),
                stress: Some(3),
                notes: "Evening walk".into(),
                version,
                ..Default::default()
            };
            version = Some(journal.save_check_in(&draft, today, now).expect("save").version);
        })
    });
}

criterion_group!(benches, journal_benches);
criterion_main!(benches);
