//! The core's operations on generated journals of 1, 10 and 100 years (365 days a year, about
//! seven days in eight logged, a massage every two to four weeks): saving a check-in, listing a
//! month and a year, searching notes, the Insights dashboard, the Trends chart, exports, imports
//! and a backup. Then a table of the medians with the 100-year / 10-year ratio and the targets:
//!
//! - saving a check-in (with the journal's own fsync) ≤ 5 ms;
//! - listing a month ≤ 2 ms;
//! - the Insights dashboard's computation over 10 years ≤ 2 ms (the engine on data in memory;
//!   the row with the journal's read beside it has no absolute target);
//! - every 100-year figure ≤ 12 × its 10-year figure (linear or better);
//! - opening the 10-year journal and computing its dashboard ≤ 1.5 × as long encrypted as plain
//!   (the plain baseline is an unkeyed file on the same SQLCipher library, measured in this run).
//!
//! The journals are generated once into `<target>/bench-journals/` (see
//! `resilience_core::demo::cached_sized_journal`) and each run works on copies in a temporary
//! folder beside them, on the same disk as the target folder, so the fsync is a real one.
//!
//! Run with `cargo bench -p resilience-core --bench scale`; a filter such as `-- save` runs
//! only the matching benchmarks and the table shows only what this run measured.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use criterion::measurement::WallTime;
use criterion::{BatchSize, BenchmarkGroup, BenchmarkId, Criterion, SamplingMode};
use resilience_core::charts::{ChartMetric, ChartQuery, ResolutionChoice};
use resilience_core::encryption::{migrate, DbKey, KeyFile};
use resilience_core::insights::dashboard_with_day_boundary;
use resilience_core::model::search::JournalQuery;
use resilience_core::portability::{backup, csv_export, json, ConflictPolicy, CsvExportOptions, ExportOptions};
use resilience_core::{demo, BodyArea, CheckInDraft, Journal, DEFAULT_DAY_BOUNDARY};
use tempfile::TempDir;

const YEARS: [u32; 3] = [1, 10, 100];
const TODAY: &str = "2026-11-25";
/// The range the Insights screen asks for under "All".
const EARLIEST_DAY: &str = "1900-01-01";
/// The measures the Trends screen shows first.
const FOUR: [ChartMetric; 4] = [ChartMetric::Stress, ChartMetric::SleepHours, ChartMetric::Pain, ChartMetric::Index];
/// The most a 100-year figure may be over its 10-year figure.
const MAX_RATIO: f64 = 12.0;

fn today() -> NaiveDate {
    TODAY.parse().expect("valid day")
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 20, 0, 0).single().expect("valid time")
}

/// The target folder as criterion finds it: `$CARGO_TARGET_DIR`, else what `cargo metadata`
/// says, else `./target`.
fn target_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(dir);
    }
    let from_cargo = std::env::var_os("CARGO").and_then(|cargo| {
        let output = std::process::Command::new(cargo).args(["metadata", "--format-version", "1"]).output().ok()?;
        let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).ok()?;
        metadata["target_directory"].as_str().map(PathBuf::from)
    });
    from_cargo.unwrap_or_else(|| PathBuf::from("target"))
}

/// Where criterion writes its results: `$CRITERION_HOME`, else `<target>/criterion`.
fn criterion_dir(target: &Path) -> PathBuf {
    std::env::var_os("CRITERION_HOME").map_or_else(|| target.join("criterion"), PathBuf::from)
}

/// A private copy of the cached journal of one size, open, in a temporary folder.
struct Fixture {
    _dir: TempDir,
    journal: Journal,
    path: PathBuf,
    export: Option<String>,
}

/// The copies, made the first time a benchmark of that size runs (so a filtered run makes only
/// the sizes it needs).
struct Journals {
    cache: PathBuf,
    copies: HashMap<u32, Fixture>,
}

impl Journals {
    fn new(target: &Path) -> Self {
        Journals { cache: target.join("bench-journals"), copies: HashMap::new() }
    }

    fn temp_dir(&self) -> TempDir {
        std::fs::create_dir_all(&self.cache).expect("cache folder");
        tempfile::Builder::new().prefix("run-").tempdir_in(&self.cache).expect("temp dir beside the cache")
    }

    fn get(&mut self, years: u32) -> &mut Fixture {
        if !self.copies.contains_key(&years) {
            let dir = self.temp_dir();
            let path = dir.path().join("journal.db");
            let started = std::time::Instant::now();
            demo::copy_sized_journal(&self.cache, &path, years, today(), now()).expect("sized journal");
            eprintln!("{years}-year journal ready in {:.1} s", started.elapsed().as_secs_f64());
            let (journal, _) = Journal::open(&path, now()).expect("open the copy");
            self.copies.insert(years, Fixture { _dir: dir, journal, path, export: None });
        }
        self.copies.get_mut(&years).expect("just made")
    }

    fn export(&mut self, years: u32) -> &str {
        let copy = self.get(years);
        let journal = &copy.journal;
        copy.export.get_or_insert_with(|| json::export(journal, &ExportOptions::default(), now()).expect("export"))
    }
}

fn id(years: u32) -> BenchmarkId {
    BenchmarkId::from_parameter(format!("{years}y"))
}

/// Fast operations: many samples over a short time.
fn quick<'a>(c: &'a mut Criterion, name: &str) -> BenchmarkGroup<'a, WallTime> {
    let mut group = c.benchmark_group(name);
    group.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
    group
}

/// Operations that take up to seconds at 100 years: flat sampling, fewer samples (see
/// [`samples_for`]).
fn heavy<'a>(c: &'a mut Criterion, name: &str) -> BenchmarkGroup<'a, WallTime> {
    let mut group = c.benchmark_group(name);
    group
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    group
}

/// Sets the samples of a heavy benchmark of `years`: ten at 100 years (one run each may take
/// seconds), thirty below, where a run is short and the median should be steady.
fn samples_for(group: &mut BenchmarkGroup<'_, WallTime>, years: u32) {
    group.sample_size(if years >= 100 { 10 } else { 30 });
}

fn save_check_in(c: &mut Criterion, journals: &mut Journals) {
    let mut group = quick(c, "save_check_in");
    group.measurement_time(Duration::from_secs(3));
    for years in YEARS {
        group.bench_function(id(years), |b| {
            let journal = &mut journals.get(years).journal;
            let mut version = journal.check_in(TODAY).expect("read").map(|c| c.version);
            let mut stress = 0;
            b.iter(|| {
                stress = (stress + 1) % 10;
                let draft = CheckInDraft {
                    day: TODAY.into(),
                    stress: Some(stress),
                    sleep_hours: Some(7.5),
                    sleep_quality: Some(6),
                    pain: Some(4),
                    self_esteem: Some(6),
                    pain_areas: vec![BodyArea::Neck, BodyArea::Shoulders],
                    tags: vec!["work".into(), "yoga".into()],
                    notes: "Evening walk, shoulders looser.".into(),
                    version,
                    ..Default::default()
                };
                version = Some(journal.save_check_in(&draft, today(), now()).expect("save").version);
            })
        });
    }
    group.finish();
}

fn list(c: &mut Criterion, journals: &mut Journals) {
    for (name, from) in [("list_month", "2026-11-01"), ("list_year", "2025-11-26")] {
        let mut group = quick(c, name);
        for years in YEARS {
            group.bench_function(id(years), |b| {
                let journal = &journals.get(years).journal;
                b.iter(|| journal.check_ins(from, TODAY).expect("list"))
            });
        }
        group.finish();
    }
}

fn search(c: &mut Criterion, journals: &mut Journals) {
    let words = JournalQuery { text: "shoulders".into(), ..Default::default() };
    let with_tag = JournalQuery { text: "walk air".into(), tag: Some("work".into()), ..Default::default() };
    for (name, query) in [("search_notes", words), ("search_notes_tag", with_tag)] {
        let mut group = quick(c, name);
        for years in YEARS {
            group.bench_function(id(years), |b| {
                let journal = &journals.get(years).journal;
                b.iter(|| journal.search(&query).expect("search"))
            });
        }
        group.finish();
    }
}

fn dashboard(c: &mut Criterion, journals: &mut Journals) {
    let mut group = quick(c, "dashboard");
    for years in YEARS {
        group.bench_function(id(years), |b| {
            let journal = &journals.get(years).journal;
            b.iter(|| journal.dashboard(EARLIEST_DAY, TODAY, today(), DEFAULT_DAY_BOUNDARY).expect("dashboard"))
        });
    }
    group.finish();
}

/// Opening the 10-year journal (with its checks) and computing the dashboard, plain and
/// encrypted: what a start with an encrypted journal costs.
fn open_dashboard(c: &mut Criterion, journals: &mut Journals) {
    const YEARS_OPENED: u32 = 10;
    let mut group = c.benchmark_group("open_dashboard");
    group.sampling_mode(SamplingMode::Flat).sample_size(20).measurement_time(Duration::from_secs(10));
    let dir = journals.temp_dir();
    let plain = dir.path().join("plain.db");
    demo::copy_sized_journal(&journals.cache, &plain, YEARS_OPENED, today(), now()).expect("sized journal");
    let encrypted_dir = dir.path().join("encrypted");
    std::fs::create_dir(&encrypted_dir).expect("folder");
    let encrypted = encrypted_dir.join("journal.db");
    std::fs::copy(&plain, &encrypted).expect("copy");
    let key = DbKey::generate();
    migrate::encrypt(&encrypted, &key, &KeyFile::keychain(&key), now(), |_| {}).expect("encrypt");
    for (name, path, key) in [("plain", &plain, None), ("encrypted", &encrypted, Some(&key))] {
        group.bench_function(BenchmarkId::new(name, format!("{YEARS_OPENED}y")), |b| {
            b.iter(|| {
                let (journal, _) = Journal::open_with_key(path, key, now()).expect("open");
                journal.dashboard(EARLIEST_DAY, TODAY, today(), DEFAULT_DAY_BOUNDARY).expect("dashboard")
            })
        });
    }
    group.finish();
}

/// The same dashboard computed from check-ins and sessions already in memory: the insights
/// engine alone, without the read.
fn dashboard_compute(c: &mut Criterion, journals: &mut Journals) {
    let mut group = quick(c, "dashboard_compute");
    let range = (EARLIEST_DAY.parse().expect("valid day"), today());
    for years in YEARS {
        group.bench_function(id(years), |b| {
            let journal = &journals.get(years).journal;
            let check_ins = journal.check_ins(EARLIEST_DAY, TODAY).expect("check-ins");
            let sessions = journal.sessions(EARLIEST_DAY, TODAY, DEFAULT_DAY_BOUNDARY).expect("sessions");
            b.iter(|| dashboard_with_day_boundary(&check_ins, &sessions, today(), range, DEFAULT_DAY_BOUNDARY))
        });
    }
    group.finish();
}

fn chart_series(c: &mut Criterion, journals: &mut Journals) {
    let mut group = quick(c, "chart_series");
    group.measurement_time(Duration::from_secs(3));
    let all = ChartQuery { from: None, to: TODAY.into(), metrics: FOUR.to_vec(), resolution: ResolutionChoice::Auto };
    for years in YEARS {
        group.bench_function(id(years), |b| {
            let journal = &journals.get(years).journal;
            b.iter(|| journal.chart_series(&all, DEFAULT_DAY_BOUNDARY).expect("chart"))
        });
    }
    group.finish();
}

fn export_json(c: &mut Criterion, journals: &mut Journals) {
    let mut group = heavy(c, "export_json");
    for years in YEARS {
        samples_for(&mut group, years);
        group.bench_function(id(years), |b| {
            let journal = &journals.get(years).journal;
            b.iter(|| json::export(journal, &ExportOptions::default(), now()).expect("export"))
        });
    }
    group.finish();
}

fn export_csv(c: &mut Criterion, journals: &mut Journals) {
    let mut group = heavy(c, "export_csv");
    for years in YEARS {
        samples_for(&mut group, years);
        group.bench_function(id(years), |b| {
            let journal = &journals.get(years).journal;
            b.iter(|| csv_export::export_days(journal, &CsvExportOptions::default()).expect("export"))
        });
    }
    group.finish();
}

/// What the Data screen shows before an import: the file read and compared with the journal
/// (here the journal it came from, so every day is a conflict to report).
fn import_preview(c: &mut Criterion, journals: &mut Journals) {
    let mut group = heavy(c, "import_preview");
    for years in YEARS {
        samples_for(&mut group, years);
        group.bench_function(id(years), |b| {
            let text = journals.export(years).to_owned();
            let journal = &journals.get(years).journal;
            b.iter(|| json::parse(text.as_bytes(), today()).expect("parse").preview(journal).expect("preview"))
        });
    }
    group.finish();
}

fn import_json(c: &mut Criterion, journals: &mut Journals) {
    let mut group = heavy(c, "import_json");
    for years in YEARS {
        samples_for(&mut group, years);
        group.bench_function(id(years), |b| {
            let text = journals.export(years).to_owned();
            let empty = || {
                let dir = journals.temp_dir();
                let (journal, _) = Journal::open(&dir.path().join("journal.db"), now()).expect("empty journal");
                (dir, journal)
            };
            b.iter_batched(
                empty,
                // The journal is handed back so that closing it and removing the folder are not timed.
                |(dir, mut journal)| {
                    let parsed = json::parse(text.as_bytes(), today()).expect("parse");
                    let report = parsed.commit(&mut journal, ConflictPolicy::KeepMine, now()).expect("commit");
                    (dir, journal, report)
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

/// "Back up now": `VACUUM INTO` a new file, its integrity checked, flushed to disk.
fn backup_now(c: &mut Criterion, journals: &mut Journals) {
    let mut group = heavy(c, "backup");
    for years in YEARS {
        samples_for(&mut group, years);
        group.bench_function(id(years), |b| {
            let path = journals.get(years).path.clone();
            b.iter_batched(
                || journals.temp_dir(),
                |folder| {
                    let made = backup::backup_to(&path, None, folder.path(), now()).expect("backup");
                    (folder, made)
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

/// One row of the table: a group and its absolute target, if it has one.
struct Row {
    group: &'static str,
    label: &'static str,
    /// The most the median may take at the given sizes.
    limit: Option<(Duration, &'static [u32])>,
}

const ROWS: [Row; 13] = [
    Row { group: "save_check_in", label: "save a check-in (fsync)", limit: Some((Duration::from_millis(5), &YEARS)) },
    Row { group: "list_month", label: "list a month", limit: Some((Duration::from_millis(2), &YEARS)) },
    Row { group: "list_year", label: "list a year", limit: None },
    Row { group: "search_notes", label: "search notes", limit: None },
    Row { group: "search_notes_tag", label: "search notes + tag", limit: None },
    Row { group: "dashboard", label: "dashboard (All): read + compute", limit: None },
    Row {
        group: "dashboard_compute",
        label: "dashboard (All): compute",
        limit: Some((Duration::from_millis(2), &[10])),
    },
    Row { group: "chart_series", label: "chart series (All, 4)", limit: None },
    Row { group: "export_json", label: "export JSON", limit: None },
    Row { group: "export_csv", label: "export days CSV", limit: None },
    Row { group: "import_preview", label: "import JSON preview", limit: None },
    Row { group: "import_json", label: "import JSON (empty)", limit: None },
    Row { group: "backup", label: "backup now", limit: None },
];

/// The median of `<group>/<years>y` if this run measured it (its estimates are newer than
/// `since`).
fn median(criterion: &Path, group: &str, years: u32, since: SystemTime) -> Option<Duration> {
    median_of(&criterion.join(group).join(format!("{years}y")), since)
}

/// The median in the criterion folder `bench` if this run measured it.
fn median_of(bench: &Path, since: SystemTime) -> Option<Duration> {
    let file = bench.join("new").join("estimates.json");
    let modified = std::fs::metadata(&file).and_then(|m| m.modified()).ok()?;
    if modified < since {
        return None;
    }
    let estimates: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).ok()?).ok()?;
    let nanos = estimates["median"]["point_estimate"].as_f64()?;
    Some(Duration::from_secs_f64(nanos / 1e9))
}

fn human(time: Duration) -> String {
    let seconds = time.as_secs_f64();
    match seconds {
        s if s >= 1.0 => format!("{s:.2} s"),
        s if s >= 1e-3 => format!("{:.2} ms", s * 1e3),
        s => format!("{:.1} µs", s * 1e6),
    }
}

fn print_table(criterion: &Path, since: SystemTime) {
    let mut lines = Vec::new();
    let mut missed = 0;
    for row in &ROWS {
        let times: Vec<Option<Duration>> = YEARS.iter().map(|&y| median(criterion, row.group, y, since)).collect();
        if times.iter().all(Option::is_none) {
            continue;
        }
        let ratio = match (times[1], times[2]) {
            (Some(ten), Some(hundred)) => Some(hundred.as_secs_f64() / ten.as_secs_f64()),
            _ => None,
        };
        let mut ok = ratio.is_none_or(|r| r <= MAX_RATIO);
        let mut target = format!("100y ≤ {MAX_RATIO:.0}× 10y");
        if let Some((limit, sizes)) = row.limit {
            for (years, time) in YEARS.iter().zip(&times) {
                if sizes.contains(years) && time.is_some_and(|t| t > limit) {
                    ok = false;
                }
            }
            let at = if sizes.len() == YEARS.len() { String::new() } else { format!(" at {}y", sizes[0]) };
            target = format!("≤ {}{at}; {target}", human(limit));
        }
        missed += usize::from(!ok);
        let cell = |t: &Option<Duration>| t.map_or_else(|| "–".to_string(), human);
        lines.push([
            row.label.to_string(),
            cell(&times[0]),
            cell(&times[1]),
            cell(&times[2]),
            ratio.map_or_else(|| "–".to_string(), |r| format!("{r:.1}×")),
            target,
            if ok { "ok" } else { "MISSED" }.to_string(),
        ]);
    }
    if lines.is_empty() {
        println!("\nNo benchmark of the scale table ran (filtered out, or not in benchmark mode).");
    } else {
        print_rows(criterion, &lines);
    }
    let opened = |name: &str| median_of(&criterion.join("open_dashboard").join(name).join("10y"), since);
    if let (Some(plain), Some(encrypted)) = (opened("plain"), opened("encrypted")) {
        let ratio = encrypted.as_secs_f64() / plain.as_secs_f64();
        let ok = ratio <= 1.5;
        missed += usize::from(!ok);
        println!(
            "\nOpen + dashboard, 10 y: plain {}, encrypted {} → {ratio:.2}× (target ≤ 1.5×) {}",
            human(plain),
            human(encrypted),
            if ok { "ok" } else { "MISSED" }
        );
    }
    if missed > 0 {
        println!("{missed} target(s) MISSED.");
    } else {
        println!("Every target met.");
    }
}

fn print_rows(criterion: &Path, lines: &[[String; 7]]) {
    let header = ["operation", "1 y", "10 y", "100 y", "100y/10y", "target", "ok/MISSED"].map(String::from);
    let mut widths = [0; 7];
    for line in std::iter::once(&header).chain(lines) {
        for (width, cell) in widths.iter_mut().zip(line) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let format = |line: &[String; 7]| {
        let cells: Vec<String> = line
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(i, (cell, width))| {
                let pad = " ".repeat(width - cell.chars().count());
                // Names and targets read left to right; numbers line up on the right.
                if i == 0 || i >= 5 {
                    format!("{cell}{pad}")
                } else {
                    format!("{pad}{cell}")
                }
            })
            .collect();
        format!("| {} |", cells.join(" | "))
    };
    println!("\nMedians on generated journals (criterion, {}):", criterion.display());
    println!("{}", format(&header));
    println!("|{}|", widths.iter().map(|w| "-".repeat(w + 2)).collect::<Vec<_>>().join("|"));
    for line in lines {
        println!("{}", format(line));
    }
}

fn main() {
    // A little before now, for file systems that keep modification times coarsely.
    let started = SystemTime::now() - Duration::from_secs(1);
    let target = target_dir();
    let mut c = Criterion::default().configure_from_args();
    let mut journals = Journals::new(&target);
    save_check_in(&mut c, &mut journals);
    list(&mut c, &mut journals);
    search(&mut c, &mut journals);
    dashboard(&mut c, &mut journals);
    dashboard_compute(&mut c, &mut journals);
    open_dashboard(&mut c, &mut journals);
    chart_series(&mut c, &mut journals);
    export_json(&mut c, &mut journals);
    export_csv(&mut c, &mut journals);
    import_preview(&mut c, &mut journals);
    import_json(&mut c, &mut journals);
    backup_now(&mut c, &mut journals);
    drop(journals);
    c.final_summary();
    print_table(&criterion_dir(&target), started);
}
