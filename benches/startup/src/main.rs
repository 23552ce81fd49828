//! Startup time and memory of Resilience Journal against a bare Tauri window (same Tauri, same
//! release profile), on the X display of `DISPLAY` (make bench runs it under Xvfb).
//!
//! ```text
//! startup-bench --app target/release/resilience-journal --bare target/release/bare-window \
//!               [--runs 10] [--years 10] [--switches 100]
//! ```
//!
//! Each run starts a program and watches the X server for its window being mapped ("visible");
//! the journal, started with `RESILIENCE_JOURNAL_PROFILE_STARTUP=1`, also prints when its first
//! screen has painted with data. The programs are started in turns (bare, bare drawn in memory,
//! journal, …) after one unmeasured start of each, and the medians are compared. The bare window
//! runs twice: as Tauri sets it up, and drawn without GPU compositing (`BARE_WINDOW_DRAWING=memory`),
//! as the journal draws on a computer without a GPU render node. The journal also starts from a copy
//! with sync turned on, its first paint compared with sync off's. Memory is the proportional set size
//! (PSS, /proc/PID/smaps_rollup) summed over a program and all its descendants (the WebKit
//! processes): the bare window's once shown, the journal's after visiting every screen and again
//! after `--switches` more screen changes.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use chrono::{Local, Utc};
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{ChangeWindowAttributesAux, ConnectionExt, EventMask};
use x11rb::protocol::Event;
use x11rb::rust_connection::RustConnection;

const TIMEOUT: Duration = Duration::from_secs(60);

struct Options {
    app: PathBuf,
    bare: PathBuf,
    runs: usize,
    years: u32,
    switches: u32,
}

fn options() -> Result<Options, String> {
    let mut options = Options { app: PathBuf::new(), bare: PathBuf::new(), runs: 10, years: 10, switches: 100 };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--app" => options.app = value()?.into(),
            "--bare" => options.bare = value()?.into(),
            "--runs" => options.runs = value()?.parse().map_err(|_| "--runs takes a number")?,
            "--years" => options.years = value()?.parse().map_err(|_| "--years takes a number")?,
            "--switches" => options.switches = value()?.parse().map_err(|_| "--switches takes a number")?,
            _ => return Err(format!("unknown argument {arg}")),
        }
    }
    for (name, path) in [("--app", &options.app), ("--bare", &options.bare)] {
        if !path.is_file() {
            return Err(format!("{name}: no program at {:?} (make bench builds it)", path));
        }
    }
    Ok(options)
}

/// The X server, told to report every window mapped on the root window.
struct Display {
    conn: RustConnection,
}

impl Display {
    fn open() -> Result<Self, String> {
        let (conn, screen) = x11rb::connect(None).map_err(|e| format!("no X display ({e}); run under xvfb-run"))?;
        let root = conn.setup().roots[screen].root;
        let events = ChangeWindowAttributesAux::new().event_mask(EventMask::SUBSTRUCTURE_NOTIFY);
        conn.change_window_attributes(root, &events).map_err(|e| e.to_string())?.check().map_err(|e| e.to_string())?;
        Ok(Self { conn })
    }

    /// Forgets events from earlier runs.
    fn drain(&self) {
        while let Ok(Some(_)) = self.conn.poll_for_event() {}
    }

    /// Waits for a top-level window (not a menu or tooltip) to be mapped.
    fn wait_for_window(&self, child: &mut Child) -> Result<SystemTime, String> {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            match self.conn.poll_for_event().map_err(|e| e.to_string())? {
                Some(Event::MapNotify(event)) if !event.override_redirect => return Ok(SystemTime::now()),
                Some(_) => continue,
                None => {}
            }
            if let Ok(Some(status)) = child.try_wait() {
                return Err(format!("the program exited ({status}) before showing a window"));
            }
            if Instant::now() > deadline {
                return Err("no window appeared within a minute".into());
            }
            std::thread::sleep(Duration::from_micros(500));
        }
    }
}

fn millis(from: SystemTime, to: SystemTime) -> f64 {
    to.duration_since(from).unwrap_or_default().as_secs_f64() * 1000.0
}

/// A started program in its own process group, its standard output read line by line.
struct Running {
    child: Child,
    started: SystemTime,
    lines: mpsc::Receiver<String>,
    /// Every line read so far.
    seen: std::cell::RefCell<Vec<String>>,
}

impl Running {
    fn start(program: &Path, args: &[&str], env: &[(&str, String)]) -> Result<Self, String> {
        use std::os::unix::process::CommandExt;
        let mut command = Command::new(program);
        command.args(args).stdout(Stdio::piped()).stderr(Stdio::null()).process_group(0);
        for (key, value) in env {
            command.env(key, value);
        }
        let started = SystemTime::now();
        let mut child = command.spawn().map_err(|e| format!("{}: {e}", program.display()))?;
        let stdout = child.stdout.take().ok_or("no standard output")?;
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Ok(Self { child, started, lines, seen: Default::default() })
    }

    /// Waits for the line `profile: <mark> …` and returns when (by the app's own clock) it was
    /// printed.
    fn wait_for_mark(&self, mark: &str) -> Result<SystemTime, String> {
        let prefix = format!("profile: {mark} ");
        let deadline = Instant::now() + TIMEOUT * 2;
        while Instant::now() < deadline {
            match self.lines.recv_timeout(Duration::from_millis(200)) {
                Ok(line) if line.starts_with(&prefix) => {
                    self.seen.borrow_mut().push(line.clone());
                    let micros: u64 = line
                        .rsplit(' ')
                        .next()
                        .and_then(|v| v.parse().ok())
                        .ok_or(format!("unreadable milestone line: {line}"))?;
                    return Ok(UNIX_EPOCH + Duration::from_micros(micros));
                }
                Ok(line) => self.seen.borrow_mut().push(line),
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    return Err(format!("the journal exited before reporting '{mark}'"))
                }
            }
        }
        Err(format!("the journal did not report '{mark}'"))
    }

    /// The page timeline the journal prints right after its `painted` milestone: name → ms.
    fn page_timings(&self) -> BTreeMap<String, f64> {
        match self.lines.recv_timeout(Duration::from_secs(2)) {
            Ok(line) => parse_page_line(&line),
            Err(_) => BTreeMap::new(),
        }
    }

    /// Stops the program and everything it started.
    fn stop(mut self) {
        let group = self.child.id() as i32;
        // SAFETY: kill only sends a signal to the process group this bench created.
        unsafe {
            libc::kill(-group, libc::SIGTERM);
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        // SAFETY: as above; whatever did not stop on SIGTERM.
        unsafe {
            libc::kill(-group, libc::SIGKILL);
        }
        let _ = self.child.wait();
        // Let WebKit's helper processes go before the next start.
        std::thread::sleep(Duration::from_millis(300));
    }
}

/// `profile: page (ms) origin=180.0 script=42.2` → {origin: 180, script: 42.2}.
fn parse_page_line(line: &str) -> BTreeMap<String, f64> {
    let Some(rest) = line.strip_prefix("profile: page (ms)") else { return BTreeMap::new() };
    rest.split_whitespace()
        .filter_map(|pair| pair.split_once('='))
        .filter_map(|(name, ms)| Some((name.to_string(), ms.parse().ok()?)))
        .collect()
}

/// Every descendant of `pid` (and `pid`), from /proc.
fn process_tree(pid: u32) -> Vec<u32> {
    let mut parents: Vec<(u32, u32)> = Vec::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for entry in entries.flatten() {
            let Some(id) = entry.file_name().to_str().and_then(|n| n.parse::<u32>().ok()) else { continue };
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else { continue };
            if let Some(parent) = parent_of(&stat) {
                parents.push((id, parent));
            }
        }
    }
    let mut tree = vec![pid];
    let mut i = 0;
    while i < tree.len() {
        let parent = tree[i];
        tree.extend(parents.iter().filter(|(_, p)| *p == parent).map(|(id, _)| *id));
        i += 1;
    }
    tree
}

/// The parent process id in the text of /proc/PID/stat.
fn parent_of(stat: &str) -> Option<u32> {
    // The fields after the command name, which is in parentheses and may hold spaces.
    let (_, after) = stat.rsplit_once(") ")?;
    after.split(' ').nth(1)?.parse().ok()
}

/// The `Pss:` line of /proc/PID/smaps_rollup, in KiB.
fn pss_of(smaps_rollup: &str) -> u64 {
    smaps_rollup
        .lines()
        .find_map(|l| l.strip_prefix("Pss:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// The proportional set size of `pid` and its descendants, in KiB.
fn pss_kib(pid: u32) -> u64 {
    process_tree(pid)
        .iter()
        .filter_map(|p| std::fs::read_to_string(format!("/proc/{p}/smaps_rollup")).ok())
        .map(|text| pss_of(&text))
        .sum()
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

/// A journal of `years` of generated check-ins and sessions up to today, ready to open.
fn journal(years: u32) -> Result<tempfile::TempDir, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let today = Local::now().date_naive();
    resilience_core::demo::sized_journal(&dir.path().join("journal.db"), years, today, Utc::now())
        .map_err(|e| e.to_string())?;
    Ok(dir)
}

/// A copy of the journal in `data` with sync turned on (into a sync folder of its own, the key kept
/// in the journal), to compare start-up with sync on and off.
fn synced_copy(data: &Path) -> Result<(tempfile::TempDir, tempfile::TempDir), String> {
    use resilience_core::store::sync_state::SyncRow;
    use resilience_core::sync::{doc::SyncDoc, engine, seal::SyncKey};
    let (dir, folder) =
        (tempfile::tempdir().map_err(|e| e.to_string())?, tempfile::tempdir().map_err(|e| e.to_string())?);
    let file = dir.path().join("journal.db");
    std::fs::copy(data.join("journal.db"), &file).map_err(|e| e.to_string())?;
    let (mut journal, _) = resilience_core::Journal::open(&file, Utc::now()).map_err(|e| e.to_string())?;
    let key = SyncKey::generate();
    let peer_id = engine::new_peer_id();
    let row = SyncRow::new(
        engine::new_journal_id(),
        peer_id,
        folder.path().display().to_string(),
        "Bench".into(),
        Some(key.bytes().to_vec()),
    );
    let doc = SyncDoc::new(peer_id).map_err(|e| e.to_string())?;
    let mut engine = engine::Engine::start(&mut journal, row, doc, false).map_err(|e| e.to_string())?;
    engine.pass(&mut journal, &key, Utc::now()).map_err(|e| e.to_string())?;
    Ok((dir, folder))
}

fn env(data: &Path, switches: u32) -> Vec<(&'static str, String)> {
    vec![
        ("RESILIENCE_JOURNAL_DATA_DIR", data.display().to_string()),
        ("RESILIENCE_JOURNAL_PROFILE_STARTUP", "1".into()),
        ("RESILIENCE_JOURNAL_PROFILE_TOUR", switches.to_string()),
        ("RESILIENCE_JOURNAL_PROFILE_EXIT", "1".into()),
    ]
}

/// The bare window's environment: Tauri's defaults, or its page drawn in memory (no GPU
/// compositing) as the journal draws it on a computer without a GPU render node.
fn bare_env(in_memory: bool) -> Vec<(&'static str, String)> {
    if in_memory {
        vec![("BARE_WINDOW_DRAWING", "memory".into())]
    } else {
        Vec::new()
    }
}

/// One start of the bare window: milliseconds until its window is visible and until its empty
/// page has painted.
fn bare_start(display: &Display, bare: &Path, in_memory: bool) -> Result<(f64, f64), String> {
    display.drain();
    let mut running = Running::start(bare, &[], &bare_env(in_memory))?;
    let shown = display.wait_for_window(&mut running.child);
    let painted = running.wait_for_mark("painted");
    let started = running.started;
    running.stop();
    Ok((millis(started, shown?), millis(started, painted?)))
}

/// One start of the journal.
struct JournalStart {
    /// Milliseconds until the window is visible.
    shown: f64,
    /// Milliseconds until the first screen has painted with data.
    painted: f64,
    /// The page's own timeline (see `profile.rs`): when the page began, relative to the process
    /// start, then each moment relative to the page's beginning.
    page: BTreeMap<String, f64>,
    /// Whether the journal chose to draw without GPU compositing.
    in_memory: bool,
}

fn journal_start(display: &Display, app: &Path, data: &Path) -> Result<JournalStart, String> {
    display.drain();
    let mut running = Running::start(app, &[], &env(data, 0))?;
    let shown = display.wait_for_window(&mut running.child);
    let painted = running.wait_for_mark("painted");
    let page = running.page_timings();
    let in_memory = running.seen.borrow().iter().any(|line| line.starts_with("profile: drawing-in-memory"));
    let started = running.started;
    running.stop();
    Ok(JournalStart { shown: millis(started, shown?), painted: millis(started, painted?), page, in_memory })
}

fn main() {
    if let Err(message) = run() {
        eprintln!("startup-bench: {message}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let options = options()?;
    let display = Display::open()?;
    let made = Instant::now();
    let data = journal(options.years)?;
    println!(
        "Journal of {} years generated in {:.1} s; {} starts of each program, in turns.",
        options.years,
        made.elapsed().as_secs_f64(),
        options.runs
    );

    // One unmeasured start of each: the files come into the page cache, as on a computer in use.
    bare_start(&display, &options.bare, false)?;
    bare_start(&display, &options.bare, true)?;
    let (synced, _sync_folder) = synced_copy(data.path())?;
    let in_memory = journal_start(&display, &options.app, data.path())?.in_memory;
    journal_start(&display, &options.app, synced.path())?;
    let mut painted_synced = Vec::new();
    let (mut bare, mut bare_painted, mut shown, mut painted) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut bare_memory_painted = Vec::new();
    let mut page: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for _ in 0..options.runs {
        let (visible, page_painted) = bare_start(&display, &options.bare, false)?;
        bare.push(visible);
        bare_painted.push(page_painted);
        bare_memory_painted.push(bare_start(&display, &options.bare, true)?.1);
        let start = journal_start(&display, &options.app, data.path())?;
        shown.push(start.shown);
        painted.push(start.painted);
        painted_synced.push(journal_start(&display, &options.app, synced.path())?.painted);
        for (name, ms) in start.page {
            page.entry(name).or_default().push(ms);
        }
    }
    let (bare, shown, painted) = (median(&mut bare), median(&mut shown), median(&mut painted));
    let bare_painted = median(&mut bare_painted);
    let bare_memory_painted = median(&mut bare_memory_painted);
    let painted_synced = median(&mut painted_synced);

    // Memory: the bare window once shown and settled; the journal after every screen and after
    // the switches.
    let bare_pss = bare_memory(&display, &options.bare, false)?;
    let bare_memory_pss = bare_memory(&display, &options.bare, true)?;
    display.drain();
    let mut running = Running::start(&options.app, &[], &env(data.path(), options.switches))?;
    display.wait_for_window(&mut running.child)?;
    running.wait_for_mark("toured")?;
    std::thread::sleep(Duration::from_millis(1500));
    let toured_pss = pss_kib(running.child.id());
    running.wait_for_mark("switched")?;
    std::thread::sleep(Duration::from_millis(1500));
    let switched_pss = pss_kib(running.child.id());
    running.stop();

    let ratio = |a: f64, b: f64| a / b;
    println!();
    println!("{:<58} {:>10} {:>10} {:>8} {:>8}", "Startup (median of runs)", "journal", "bare", "ratio", "target");
    println!(
        "{:<58} {:>7.0} ms {:>7.0} ms {:>8.2} {:>8}",
        "window visible (mapped)",
        shown,
        bare,
        ratio(shown, bare),
        ""
    );
    println!(
        "{:<58} {:>7.0} ms {:>7.0} ms {:>8.2} {:>8}  {}",
        format!("first paint: with data ({} y) ÷ bare's empty page", options.years),
        painted,
        bare_painted,
        ratio(painted, bare_painted),
        "≤ 1.25",
        verdict(ratio(painted, bare_painted) <= 1.25)
    );
    println!(
        "{:<58} {:>7.0} ms {:>7.0} ms {:>8.2} {:>8}  {}",
        "  ÷ bare's empty page drawn in memory too",
        painted,
        bare_memory_painted,
        ratio(painted, bare_memory_painted),
        "≤ 1.25",
        verdict(ratio(painted, bare_memory_painted) <= 1.25)
    );
    println!(
        "{:<58} {:>7.0} ms {:>7.0} ms {:>8.2} {:>8}  {}",
        "first paint with data ÷ bare window visible (mapped)",
        painted,
        bare,
        ratio(painted, bare),
        "≤ 1.25",
        verdict(ratio(painted, bare) <= 1.25)
    );
    println!(
        "{:<58} {:>7.0} ms {:>7.0} ms {:>8.2} {:>8}  {}",
        "first paint with data, sync on ÷ sync off",
        painted_synced,
        painted,
        ratio(painted_synced, painted),
        "≤ 1.10",
        verdict(ratio(painted_synced, painted) <= 1.10)
    );
    let mut timeline: Vec<(String, f64)> = page.into_iter().map(|(name, mut ms)| (name, median(&mut ms))).collect();
    timeline.sort_by(|a, b| a.1.total_cmp(&b.1));
    let timeline: Vec<String> = timeline.iter().map(|(name, ms)| format!("{name} {ms:.0}")).collect();
    println!(
        "  the journal drew its page {}; the bare window as Tauri sets it up, and drawn in memory too",
        if in_memory { "in memory (no GPU render node here)" } else { "as WebKit chose (GPU compositing)" }
    );
    println!("  journal page timeline, median ms (origin: since process start; others: since origin):");
    println!("  {}", timeline.join(" · "));
    let mib = |kib: u64| kib as f64 / 1024.0;
    println!();
    println!(
        "{:<58} {:>10} {:>10} {:>8} {:>8}",
        "Memory (PSS, app + WebKit processes)", "journal", "bare", "ratio", "target"
    );
    println!(
        "{:<58} {:>6.1} MiB {:>6.1} MiB {:>8.2} {:>8}  {}",
        "after visiting every screen",
        mib(toured_pss),
        mib(bare_pss),
        ratio(toured_pss as f64, bare_pss as f64),
        "≤ 1.15",
        verdict(toured_pss as f64 <= 1.15 * bare_pss as f64)
    );
    println!(
        "{:<58} {:>6.1} MiB {:>6.1} MiB {:>8.2} {:>8}  {}",
        "  ÷ bare's empty page drawn in memory too",
        mib(toured_pss),
        mib(bare_memory_pss),
        ratio(toured_pss as f64, bare_memory_pss as f64),
        "≤ 1.15",
        verdict(toured_pss as f64 <= 1.15 * bare_memory_pss as f64)
    );
    println!(
        "{:<58} {:>6.1} MiB {:>10} {:>8.2} {:>8}",
        format!("after {} more screen changes (÷ after every screen)", options.switches),
        mib(switched_pss),
        "",
        ratio(switched_pss as f64, toured_pss as f64),
        ""
    );
    Ok(())
}

/// The bare window's PSS once shown and settled.
fn bare_memory(display: &Display, bare: &Path, in_memory: bool) -> Result<u64, String> {
    display.drain();
    let mut running = Running::start(bare, &[], &bare_env(in_memory))?;
    display.wait_for_window(&mut running.child)?;
    std::thread::sleep(Duration::from_secs(3));
    let pss = pss_kib(running.child.id());
    running.stop();
    Ok(pss)
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "ok"
    } else {
        "MISSED"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parent_is_read_past_a_command_name_with_spaces_and_parentheses() {
        assert_eq!(parent_of("4242 (Web Content (x)) S 4200 4242 4242 0 -1"), Some(4200));
        assert_eq!(parent_of("17 (bash) R 1 17 17"), Some(1));
        assert_eq!(parent_of("garbage"), None);
    }

    #[test]
    fn pss_is_the_pss_line_not_the_other_pss_lines() {
        let rollup = "55d0-7ffd ---p 00000000 00:00 0 [rollup]\nRss:  120 kB\nPss:   98 kB\n\
                      Pss_Dirty:  40 kB\nPss_Anon:  30 kB\n";
        assert_eq!(pss_of(rollup), 98);
        assert_eq!(pss_of("Rss: 1 kB"), 0);
    }

    #[test]
    fn the_page_line_is_read_into_names_and_milliseconds() {
        let page = parse_page_line("profile: page (ms) dom-ready=95.5 origin=180.0 script=42.2");
        assert_eq!(page.get("origin"), Some(&180.0));
        assert_eq!(page.get("dom-ready"), Some(&95.5));
        assert_eq!(page.len(), 3);
        assert!(parse_page_line("profile: painted 312.5 ms 1").is_empty());
    }

    #[test]
    fn the_median_of_odd_and_even_counts() {
        assert_eq!(median(&mut [5.0, 1.0, 3.0]), 3.0);
        assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), 2.5);
        assert!(median(&mut []).is_nan());
    }

    #[test]
    fn the_tree_of_this_process_includes_a_child_it_started() {
        let mut child = Command::new("sleep").arg("5").spawn().unwrap();
        let tree = process_tree(std::process::id());
        let _ = child.kill();
        let _ = child.wait();
        assert_eq!(tree[0], std::process::id());
        assert!(tree.contains(&child.id()), "{tree:?}");
    }
}
