//! Owning your data on ten years of generated entries (3,650 days, about 3,200 logged, with
//! sessions, tags and notes). Targets: each operation well under one second.

use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use resilience_core::portability::{backup, json, ConflictPolicy, CsvExportOptions, ExportOptions};
use resilience_core::{demo, Journal};

fn portability_benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 20, 0, 0).single().expect("valid time");
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).expect("valid day");
    let path = dir.path().join("journal.db");
    let (mut journal, _) = Journal::open(&path, now).expect("journal");
    demo::fill_days(&mut journal, demo::SEED, today, 3_650, now).expect("demo data");
    let text = json::export(&journal, &ExportOptions::default(), now).expect("export");

    let mut group = c.benchmark_group("10 years");
    group.sample_size(10);
    group.bench_function("export JSON", |b| b.iter(|| json::export(&journal, &ExportOptions::default(), now)));
    group.bench_function("export days CSV", |b| {
        b.iter(|| resilience_core::portability::csv_export::export_days(&journal, &CsvExportOptions::default()))
    });
    group.bench_function("parse + preview JSON", |b| {
        b.iter(|| json::parse(text.as_bytes(), today).expect("parse").preview(&journal).expect("preview"))
    });
    group.bench_function("import JSON into an empty journal file", |b| {
        b.iter_batched(
            || {
                let target = tempfile::tempdir().expect("temp dir");
                let (empty, _) = Journal::open(&target.path().join("journal.db"), now).expect("journal");
                (target, empty)
            },
            |(_target, mut empty)| {
                let import = json::parse(text.as_bytes(), today).expect("parse");
                import.commit(&mut empty, ConflictPolicy::KeepMine, now).expect("commit")
            },
            criterion::BatchSize::PerIteration,
        )
    });
    group.bench_function("backup (VACUUM INTO, integrity check, fsync)", |b| {
        let folder = dir.path().join("manual");
        std::fs::create_dir_all(&folder).expect("folder");
        b.iter(|| backup::backup_to(&path, &folder, now).expect("backup"))
    });
    group.finish();
}

criterion_group!(benches, portability_benches);
criterion_main!(benches);
