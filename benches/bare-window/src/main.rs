//! A Tauri window showing an empty page: the baseline that `make bench` compares the journal's
//! startup time and memory with. Like the journal in its profiling mode, it prints
//! `profile: painted <ms since start> ms <unix µs>` when its page has painted.

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

static STARTED: OnceLock<Instant> = OnceLock::new();

#[tauri::command]
fn painted() {
    let since = STARTED.get().map(Instant::elapsed).unwrap_or_default();
    let unix = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    println!("profile: painted {:.1} ms {}", since.as_secs_f64() * 1000.0, unix.as_micros());
}

fn main() {
    STARTED.get_or_init(Instant::now);
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![painted])
        .run(tauri::generate_context!())
        .expect("the bare window could not start");
}
