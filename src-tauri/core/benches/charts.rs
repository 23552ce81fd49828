//! Chart series over ten years of generated entries (3,650 days, a session every few weeks).
//! Target: the series command answers in ≤ 10 ms, database read included.

use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use resilience_core::charts::{series, ChartMetric, ChartQuery, Resolution, ResolutionChoice};
use resilience_core::{demo, Journal, DEFAULT_DAY_BOUNDARY};

const FOUR: [ChartMetric; 4] = [ChartMetric::Stress, ChartMetric::SleepHours, ChartMetric::Pain, ChartMetric::Index];

fn ten_year_journal() -> (tempfile::TempDir, Journal) {
    let dir = tempfile::tempdir().expect("temp dir");
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 20, 0, 0).single().expect("valid time");
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).expect("valid day");
    let (mut journal, _) = Journal::open(&dir.path().join("journal.db"), now).expect("journal");
    demo::fill_days(&mut journal, demo::SEED, today, 3_650, now).expect("demo data");
    (dir, journal)
}

fn chart_benches(c: &mut Criterion) {
    let (_dir, journal) = ten_year_journal();
    let (from, to) = ("2016-11-28", "2026-11-25");
    let check_ins = journal.check_ins("2016-10-01", to).expect("check-ins");
    let sessions = journal.sessions(from, to, DEFAULT_DAY_BOUNDARY).expect("sessions");
    let (from_day, to_day) = (from.parse::<NaiveDate>().expect("day"), to.parse::<NaiveDate>().expect("day"));
    c.bench_function("series, 10 years by week, 4 metrics (pure)", |b| {
        b.iter(|| series(&check_ins, &sessions, from_day, to_day, &FOUR, Resolution::Week, DEFAULT_DAY_BOUNDARY))
    });
    c.bench_function("series, 10 years by day, 4 metrics (pure)", |b| {
        b.iter(|| series(&check_ins, &sessions, from_day, to_day, &FOUR, Resolution::Day, DEFAULT_DAY_BOUNDARY))
    });
    for (name, from, resolution) in [
        ("chart_series, 10 years (auto: weeks), 4 metrics", Some(from), ResolutionChoice::Auto),
        ("chart_series, all (auto: weeks), 4 metrics", None, ResolutionChoice::Auto),
        ("chart_series, 10 years by day, 4 metrics", Some(from), ResolutionChoice::Day),
        ("chart_series, 6 months by day, 4 metrics", Some("2026-05-26"), ResolutionChoice::Auto),
    ] {
        let query = ChartQuery { from: from.map(str::to_string), to: to.into(), metrics: FOUR.to_vec(), resolution };
        c.bench_function(name, |b| b.iter(|| journal.chart_series(&query, DEFAULT_DAY_BOUNDARY).expect("chart")));
    }
}

criterion_group!(benches, chart_benches);
criterion_main!(benches);
