//! Sync between two computers on generated journals, against the targets:
//!
//! - joining a 10-year journal (finding it in the sync folder with the code, merging it into this
//!   computer's journal, the first pass) ≤ 10 s;
//! - applying one day's change from another computer (the pass that reads the sync folder and
//!   applies the new file) ≤ 50 ms;
//! - the sync folder ≤ 2 × the JSON export of the same journal, once compacted;
//! - saving a check-in: unchanged with sync off (the journal then has none of sync's triggers,
//!   checked), ≤ 10 % slower with sync on (the triggers mark the day);
//! - starting: what loading the sync document adds to opening the journal (the target, ≤ 10 %,
//!   is the app's whole start, measured by `startup-bench`; this is sync's part of it).
//!
//! Computer A turns sync on with the 10-year journal and writes it into a temporary sync folder;
//! computer B, a new journal with a few check-ins of its own, joins. The journals come from
//! `resilience_core::demo::cached_sized_journal` (in `<target>/bench-journals/`, shared with
//! `scale.rs`) and every run works on copies in a temporary folder beside them, so each fsync is
//! a real one (except the saves': see `bench_save`). The end prints the medians with their targets, and the sizes.
//!
//! Run with `cargo bench -p resilience-core --bench sync`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use criterion::{BatchSize, BenchmarkId, Criterion, SamplingMode};
use loro::ExportMode;
use resilience_core::portability::{json, ExportOptions};
use resilience_core::store::sync_state::{self, SyncRow};
use resilience_core::sync::doc::SyncDoc;
use resilience_core::sync::engine::{Engine, PassReport, COMPACT_FILES_AFTER};
use resilience_core::sync::folder;
use resilience_core::sync::join;
use resilience_core::sync::seal::SyncKey;
use resilience_core::{demo, BodyArea, CheckInDraft, Journal};
use tempfile::TempDir;

const TODAY: &str = "2026-11-25";
const JOURNAL_ID: &str = "j0123456789abcdef";
/// The joined journal's size.
const YEARS: u32 = 10;
/// The size for saves (as in `scale.rs`'s save row).
const SAVE_YEARS: u32 = 1;
const PEER_A: u64 = 0xa;
const PEER_B: u64 = 0xb;

fn today() -> NaiveDate {
    TODAY.parse().expect("valid day")
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 20, 0, 0).single().expect("valid time")
}

/// Later than every generated entry, so B's own check-ins are the later-changed side.
fn later() -> DateTime<Utc> {
    now() + chrono::Duration::hours(1)
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

/// This computer's sync settings as turning sync on or joining writes them.
fn row(folder: &Path, peer_id: u64, name: &str) -> SyncRow {
    SyncRow {
        journal_id: JOURNAL_ID.into(),
        peer_id,
        folder: folder.display().to_string(),
        computer_name: name.into(),
        paused: false,
        next_sequence: 1,
        written_counter: 0,
        last_synced_at: None,
        key: None,
        restored: false,
    }
}

/// A full check-in of `day`, its stress set by `stress`, saved over `version`.
fn draft(day: NaiveDate, stress: i32, version: Option<i64>) -> CheckInDraft {
    CheckInDraft {
        day: day.to_string(),
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
    }
}

/// A journal with sync on.
struct Computer {
    journal: Journal,
    engine: Engine,
}

impl Computer {
    fn pass(&mut self, key: &SyncKey, now: DateTime<Utc>) -> PassReport {
        self.engine.pass(&mut self.journal, key, now).expect("pass")
    }

    /// Saves the check-in of `day` with a new stress value.
    fn save(&mut self, day: NaiveDate, stress: i32, now: DateTime<Utc>) {
        let version = self.journal.check_in(&day.to_string()).expect("read").map(|c| c.version);
        self.journal.save_check_in(&draft(day, stress, version), today(), now).expect("save");
    }
}

/// The run's folders, beside the cached journals (the same disk as the target folder).
struct Place {
    cache: PathBuf,
}

impl Place {
    fn temp_dir(&self) -> TempDir {
        std::fs::create_dir_all(&self.cache).expect("cache folder");
        tempfile::Builder::new().prefix("sync-").tempdir_in(&self.cache).expect("temp dir beside the cache")
    }

    /// A private copy of the sized journal of `years` at `path`, open.
    fn sized(&self, path: &Path, years: u32) -> Journal {
        demo::copy_sized_journal(&self.cache, path, years, today(), now()).expect("sized journal");
        Journal::open(path, now()).expect("open the copy").0
    }
}

/// Computer B before it joins: a new journal with check-ins of the last three days, saved later
/// than A's entries of those days (so the merge keeps B's).
fn new_journal_b(dir: &Path) -> Journal {
    let (mut journal, _) = Journal::open(&dir.join("b.db"), now()).expect("new journal");
    for (offset, stress) in [(0, 2), (1, 5), (2, 8)] {
        let day = today() - chrono::Duration::days(offset);
        journal.save_check_in(&draft(day, stress, None), today(), later()).expect("save");
    }
    journal
}

/// Computer B joins the journal in `folder`: finds it with the code, turns sync on merging both
/// journals, and makes its first pass.
fn join_b(mut journal: Journal, folder: &Path, key: &SyncKey) -> Computer {
    let found = join::find(folder, key, PEER_B).expect("find");
    let row = SyncRow { journal_id: found.journal_id, ..row(folder, PEER_B, "Laptop") };
    let engine = Engine::start(&mut journal, row, found.doc, true).expect("join");
    let mut b = Computer { journal, engine };
    let report = b.pass(key, later());
    assert_eq!(report.files_applied, 1, "A's file is applied by the first pass");
    b
}

/// Every file's bytes under `dir`.
fn folder_bytes(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries
        .filter_map(|e| e.ok())
        .map(|e| match e.file_type() {
            Ok(kind) if kind.is_dir() => folder_bytes(&e.path()),
            _ => e.metadata().map_or(0, |m| m.len()),
        })
        .sum()
}

/// The own files of the computer `peer_id` in the sync folder: (path, sequence), in sequence order.
fn own_files(folder: &Path, peer_id: u64) -> Vec<(PathBuf, u64)> {
    let dir = folder.join(JOURNAL_ID).join(folder::peer_folder_name(peer_id));
    let mut files: Vec<(PathBuf, u64)> = std::fs::read_dir(dir)
        .expect("peer folder")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_string();
            let sequence = name.strip_suffix(&format!(".{}", folder::EXTENSION))?.parse().ok()?;
            Some((e.path(), sequence))
        })
        .collect();
    files.sort_by_key(|(_, sequence)| *sequence);
    files
}

/// The sizes found along the way, printed at the end.
#[derive(Default)]
struct Sizes {
    export: u64,
    turned_on: Duration,
    after_start: u64,
    after_join: u64,
    after_compaction: Option<u64>,
    /// A's document: its update from the start (what the first file holds), its snapshot with
    /// history, and a snapshot without history.
    update: usize,
    snapshot: usize,
    shallow: usize,
    /// The document stored in A's journal (`sync_doc`), right after sync was turned on.
    stored: usize,
}

/// Computers A (the 10-year journal, sync on, written into the folder) and B (joined), in step.
struct Pair {
    _dir: TempDir,
    folder: PathBuf,
    key: SyncKey,
    a: Computer,
    b: Computer,
    /// Seconds after [`later`] of A's last save: every save is a change, stamped later.
    tick: i64,
}

/// A saves one day of the last month with a new stress value, a second after its last save.
fn save_on_a(a: &mut Computer, tick: &mut i64) {
    *tick += 1;
    let day = today() - chrono::Duration::days(*tick % 30);
    a.save(day, (*tick % 11) as i32, later() + chrono::Duration::seconds(*tick));
}

fn pair(place: &Place, sizes: &mut Sizes) -> Pair {
    let dir = place.temp_dir();
    let folder = dir.path().join("sync");
    std::fs::create_dir(&folder).expect("sync folder");
    let key = SyncKey::generate();
    let a_path = dir.path().join("a.db");
    let mut journal = place.sized(&a_path, YEARS);
    sizes.export = json::export(&journal, &ExportOptions::default(), now()).expect("export").len() as u64;

    let started = Instant::now();
    let engine = Engine::start(&mut journal, row(&folder, PEER_A, "Desk"), SyncDoc::new(PEER_A).expect("doc"), false)
        .expect("turn sync on");
    let mut a = Computer { journal, engine };
    assert!(a.pass(&key, now()).written.is_some());
    sizes.turned_on = started.elapsed();
    sizes.after_start = folder_bytes(&folder);
    let doc = a.engine.doc();
    sizes.update = doc.export_own(0, doc.own_end()).expect("update").len();
    sizes.snapshot = doc.snapshot().expect("snapshot").len();
    let frontiers = doc.loro().oplog_frontiers();
    sizes.shallow = doc.loro().export(ExportMode::shallow_snapshot(&frontiers)).expect("shallow snapshot").len();
    sizes.stored = sync_state::doc_parts(a.journal.conn()).expect("parts").iter().map(Vec::len).sum();

    let b_dir = dir.path().join("b");
    std::fs::create_dir(&b_dir).expect("folder");
    let b = join_b(new_journal_b(&b_dir), &folder, &key);
    a.pass(&key, later());
    sizes.after_join = folder_bytes(&folder);
    Pair { _dir: dir, folder, key, a, b, tick: 0 }
}

/// Computer B joining: each run in a fresh copy of the sync folder as A left it (A's one file),
/// with a fresh B.
fn bench_join(c: &mut Criterion, place: &Place, p: &Pair) {
    let mut group = c.benchmark_group("sync_join");
    group.sampling_mode(SamplingMode::Flat).sample_size(10).warm_up_time(Duration::from_millis(1));
    group.measurement_time(Duration::from_secs(10));
    let (a_file, _) = own_files(&p.folder, PEER_A).into_iter().next().expect("A's first file");
    let a_peer = folder::peer_folder_name(PEER_A);
    group.bench_function(BenchmarkId::from_parameter(format!("{YEARS}y")), |bench| {
        bench.iter_batched(
            || {
                let dir = place.temp_dir();
                let peer_dir = dir.path().join("sync").join(JOURNAL_ID).join(&a_peer);
                std::fs::create_dir_all(&peer_dir).expect("folders");
                std::fs::copy(&a_file, peer_dir.join(a_file.file_name().expect("name"))).expect("copy");
                let journal = new_journal_b(dir.path());
                (dir, journal)
            },
            // Handed back, so that closing the journal and removing the folder are not timed.
            |(dir, journal)| {
                let b = join_b(journal, &dir.path().join("sync"), &p.key);
                (dir, b)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// A saves one check-in and writes its file (not timed); B's pass that reads the folder and
/// applies it (timed). A's small files are removed before A would compact them, so that every
/// measured pass applies one day's file, not a compacted whole journal (B has applied them all).
fn bench_one_day(c: &mut Criterion, p: &mut Pair) {
    let mut group = c.benchmark_group("sync_one_day");
    group.sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    let Pair { folder, key, a, b, tick, .. } = p;
    let key = &*key;
    group.bench_function(BenchmarkId::from_parameter(format!("{YEARS}y")), |bench| {
        bench.iter_batched(
            || {
                let own = own_files(folder, PEER_A);
                if own.len() + 1 >= COMPACT_FILES_AFTER {
                    for (path, _) in &own[1..] {
                        std::fs::remove_file(path).expect("remove");
                    }
                }
                save_on_a(a, tick);
                assert!(a.pass(key, later()).written.is_some());
            },
            |()| {
                let report = b.pass(key, later());
                assert_eq!((report.files_applied, report.applied.days), (1, 1));
                report
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// Saving today's check-in on the 1-year journal with sync off (the journal has none of sync's
/// triggers: saving is what it was before sync existed, checked here) and with sync on (the
/// triggers mark the day; the document records it in the next pass, not in the save). Each on the
/// disk, as a person saves (`disk`), and on a memory file system where there is one (`memory`,
/// `/dev/shm`): there the disk's flush, which varies by ±20 % from run to run, no longer hides the
/// work sync adds.
fn bench_save(c: &mut Criterion, place: &Place) {
    let mut group = c.benchmark_group("sync_save");
    group.sample_size(30).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    let disk = place.temp_dir();
    let memory = tempfile::tempdir_in("/dev/shm").ok();
    let places = [Some(("disk", &disk)), memory.as_ref().map(|m| ("memory", m))];
    for (medium, dir) in places.into_iter().flatten() {
        for name in ["off", "on"] {
            let path = dir.path().join(format!("{name}.db"));
            let mut journal = place.sized(&path, SAVE_YEARS);
            if name == "on" {
                let row = row(&dir.path().join("sync"), PEER_A, "Desk");
                Engine::start(&mut journal, row, SyncDoc::new(PEER_A).expect("doc"), false).expect("turn sync on");
            } else {
                assert_eq!(sync_triggers(&journal), 0, "a journal that does not sync has no sync triggers");
            }
            group.bench_function(BenchmarkId::new(format!("{name}-{medium}"), format!("{SAVE_YEARS}y")), |bench| {
                let mut version = journal.check_in(TODAY).expect("read").map(|c| c.version);
                let mut stress = 0;
                bench.iter(|| {
                    stress = (stress + 1) % 10;
                    version = Some(
                        journal.save_check_in(&draft(today(), stress, version), today(), now()).expect("save").version,
                    );
                })
            });
        }
    }
    group.finish();
}

/// How many of sync's triggers the journal has.
fn sync_triggers(journal: &Journal) -> i64 {
    journal
        .conn()
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'",
            [],
            |r| r.get(0),
        )
        .expect("sync's triggers")
}

/// Opening the 10-year journal as the app starts: the journal alone (sync off), and the journal
/// with its sync document loaded (sync on; A's journal as turning sync on and joining left it).
fn bench_open(c: &mut Criterion, place: &Place, p: &Pair) {
    let mut group = c.benchmark_group("sync_open");
    group.sampling_mode(SamplingMode::Flat).sample_size(10).warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(4));
    let dir = place.temp_dir();
    let off = dir.path().join("off.db");
    drop(place.sized(&off, YEARS));
    let on = dir.path().join("on.db");
    p.a.journal.conn().execute("VACUUM INTO ?1", [on.to_string_lossy()]).expect("copy A's journal");
    drop(Journal::open(&on, now()).expect("open once"));
    for (name, path) in [("off", &off), ("on", &on)] {
        group.bench_function(BenchmarkId::new(name, format!("{YEARS}y")), |bench| {
            bench.iter(|| {
                let (journal, _) = Journal::open(path, now()).expect("open");
                let engine = Engine::load(&journal).expect("load");
                assert_eq!(engine.is_some(), name == "on");
                (journal, engine)
            })
        });
    }
    group.finish();
}

/// A keeps saving and passing until it replaces its files by one.
fn compact_a(p: &mut Pair, sizes: &mut Sizes) {
    for _ in 0..=COMPACT_FILES_AFTER {
        save_on_a(&mut p.a, &mut p.tick);
        p.a.pass(&p.key, later());
        if own_files(&p.folder, PEER_A).len() == 1 {
            p.b.pass(&p.key, later());
            sizes.after_compaction = Some(folder_bytes(&p.folder));
            return;
        }
    }
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

fn mib(bytes: u64) -> String {
    format!("{:.2} MiB", bytes as f64 / (1024.0 * 1024.0))
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "ok"
    } else {
        "MISSED"
    }
}

fn print_report(criterion: &Path, since: SystemTime, sizes: &Sizes) {
    let median = |group: &str, id: &str| median_of(&criterion.join(group).join(id), since);
    let mut missed = 0;
    println!("\nSync, {YEARS}-year journal (criterion medians, {}):", criterion.display());
    println!("turning sync on (A: record every entry, write the first file): {} (once)", human(sizes.turned_on));
    for (group, label, limit) in [
        ("sync_join", "join (find + merge + first pass)", Duration::from_secs(10)),
        ("sync_one_day", "apply one day's change (B's pass)", Duration::from_millis(50)),
    ] {
        if let Some(time) = median(group, &format!("{YEARS}y")) {
            let ok = time <= limit;
            missed += usize::from(!ok);
            println!("{label}: {} (target ≤ {}) {}", human(time), human(limit), verdict(ok));
        }
    }
    let save = |name: &str| median("sync_save", &format!("{name}/{SAVE_YEARS}y"));
    if let (Some(off), Some(on)) = (save("off-disk"), save("on-disk")) {
        let on_ratio = on.as_secs_f64() / off.as_secs_f64();
        let on_ok = on_ratio <= 1.10;
        missed += usize::from(!on_ok);
        println!(
            "save a check-in ({SAVE_YEARS} y, on disk): sync off {} (no sync triggers: as before sync, target \
             unchanged) ok; sync on {} → {on_ratio:.2}× sync off (target ≤ 1.10×) {}",
            human(off),
            human(on),
            verdict(on_ok)
        );
    }
    if let (Some(off), Some(on)) = (save("off-memory"), save("on-memory")) {
        println!(
            "  … on a memory file system (no flush): sync off {}, sync on {} (+{})",
            human(off),
            human(on),
            human(on.saturating_sub(off))
        );
    }
    let open = |name: &str| median("sync_open", &format!("{name}/{YEARS}y"));
    if let (Some(off), Some(on)) = (open("off"), open("on")) {
        // The app loads the document in its sync job, beside the first paint: what it adds to the
        // start is this difference, against the whole start (performance.md).
        println!(
            "open the journal ({YEARS} y): sync off {}, sync on (the document loaded too) {} → +{}",
            human(off),
            human(on),
            human(on.saturating_sub(off))
        );
    }
    let export = sizes.export as f64;
    println!("JSON export: {}", mib(sizes.export));
    let mut folders =
        vec![("sync folder after turning sync on", sizes.after_start), ("… after B joined", sizes.after_join)];
    if let Some(compacted) = sizes.after_compaction {
        folders.push(("… after A's next compaction", compacted));
    }
    for (label, bytes) in folders {
        let ratio = bytes as f64 / export;
        let ok = ratio <= 2.0;
        missed += usize::from(!ok);
        println!("{label}: {} → {ratio:.2}× the export (target ≤ 2×) {}", mib(bytes), verdict(ok));
    }
    println!(
        "A's document: update from the start {}, snapshot {}, snapshot without history {}, stored in the journal {}",
        mib(sizes.update as u64),
        mib(sizes.snapshot as u64),
        mib(sizes.shallow as u64),
        mib(sizes.stored as u64)
    );
    if missed > 0 {
        println!("{missed} target(s) MISSED.");
    } else {
        println!("Every target met.");
    }
}

fn main() {
    // A little before now, for file systems that keep modification times coarsely.
    let started = SystemTime::now() - Duration::from_secs(1);
    let target = target_dir();
    let mut c = Criterion::default().configure_from_args();
    let place = Place { cache: target.join("bench-journals") };
    let mut sizes = Sizes::default();
    let made = Instant::now();
    let mut p = pair(&place, &mut sizes);
    eprintln!("A and B in step in {:.1} s", made.elapsed().as_secs_f64());
    bench_join(&mut c, &place, &p);
    bench_one_day(&mut c, &mut p);
    bench_save(&mut c, &place);
    bench_open(&mut c, &place, &p);
    compact_a(&mut p, &mut sizes);
    drop(p);
    c.final_summary();
    print_report(&criterion_dir(&target), started, &sizes);
}
