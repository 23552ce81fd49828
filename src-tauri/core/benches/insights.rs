//! The Insights dashboard over generated journals of 10 and 100 years, held in memory (the
//! store's read with it is benchmarked in `scale.rs`). Targets: the 10-year dashboard in ≤ 2 ms, and
//! 100 years costing ≤ 12× the 10-year time (the ratio is printed at the end).

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use resilience_core::insights::summary::summarize;
use resilience_core::insights::{dashboard, DayRange};
use resilience_core::{demo, CheckIn, MassageSession};

const STAMP: &str = "2026-11-25T20:00:00Z";

/// `days` days of the demo journal ending `today`, validated as the store would.
fn journal(today: NaiveDate, days: u32) -> (Vec<CheckIn>, Vec<MassageSession>) {
    let data = demo::generate(demo::SEED, today, days);
    let check_ins = data
        .check_ins
        .iter()
        .map(|draft| {
            let v = draft.validate(today).expect("valid demo check-in");
            CheckIn::fixture_from(v, STAMP)
        })
        .collect();
    let noon = today.and_hms_opt(12, 0, 0).expect("valid time");
    let sessions = data
        .sessions
        .iter()
        .enumerate()
        .map(|(i, draft)| {
            let v = draft.validate(&Utc, noon).expect("valid demo session");
            MassageSession::fixture_from(format!("session-{i}"), v, STAMP)
        })
        .collect();
    (check_ins, sessions)
}

/// The fastest of `runs` timed calls of each function, run in turns so that other load on the
/// machine falls on both alike (the minimum is the least disturbed estimate of the cost).
fn fastest_in_turns(runs: usize, mut a: impl FnMut(), mut b: impl FnMut()) -> (Duration, Duration) {
    let time = |f: &mut dyn FnMut()| {
        let start = Instant::now();
        f();
        start.elapsed()
    };
    (0..runs).fold((Duration::MAX, Duration::MAX), |(best_a, best_b), _| {
        let a_time = (0..10).map(|_| time(&mut a)).min().unwrap_or(Duration::MAX);
        (best_a.min(a_time), best_b.min(time(&mut b)))
    })
}

fn insights_benches(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).expect("valid day");
    let (ten, ten_sessions) = journal(today, 3_650);
    let (hundred, hundred_sessions) = journal(today, 36_500);
    let ten_years = DayRange::ending(today, 3_650);
    let hundred_years = DayRange::ending(today, 36_500);
    eprintln!(
        "10 years: {} check-ins, {} sessions; 100 years: {} check-ins, {} sessions",
        ten.len(),
        ten_sessions.len(),
        hundred.len(),
        hundred_sessions.len()
    );

    c.bench_function("summary, 10 years", |b| b.iter(|| summarize(black_box(&ten), ten_years)));
    c.bench_function("dashboard, 10 years", |b| {
        b.iter(|| dashboard(black_box(&ten), &ten_sessions, today, (ten_years.from, ten_years.to)))
    });
    c.bench_function("dashboard, last 30 days of 10 years", |b| {
        b.iter(|| dashboard(black_box(&ten), &ten_sessions, today, (today - chrono::Days::new(29), today)))
    });
    c.bench_function("dashboard, 100 years", |b| {
        b.iter(|| dashboard(black_box(&hundred), &hundred_sessions, today, (hundred_years.from, hundred_years.to)))
    });

    let (ten_time, hundred_time) = fastest_in_turns(
        60,
        || {
            black_box(dashboard(&ten, &ten_sessions, today, (ten_years.from, ten_years.to)));
        },
        || {
            black_box(dashboard(&hundred, &hundred_sessions, today, (hundred_years.from, hundred_years.to)));
        },
    );
    eprintln!(
        "dashboard, fastest of 600 / 60 runs taken in turns: 10 years {:.3} ms, 100 years {:.3} ms, \
         ratio {:.1}× (target ≤ 12×)",
        ten_time.as_secs_f64() * 1e3,
        hundred_time.as_secs_f64() * 1e3,
        hundred_time.as_secs_f64() / ten_time.as_secs_f64()
    );
}

criterion_group!(benches, insights_benches);
criterion_main!(benches);
