//! A Tauri window showing an empty page: the baseline that `make bench` compares the journal's
//! startup time and memory with. Like the journal in its profiling mode, it prints
//! `profile: painted <ms since start> ms <unix µs>` when its page has painted.
//!
//! With `BARE_WINDOW_DRAWING=memory` its page is drawn without GPU compositing (WebKit's hardware
//! acceleration policy "never"), the way the journal draws on a computer without a GPU render
//! node, so both can also be compared drawn the same way.

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use tauri::Manager;

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
        .setup(|app| {
            if std::env::var("BARE_WINDOW_DRAWING").is_ok_and(|v| v == "memory") {
                if let Some(window) = app.get_webview_window("main") {
                    draw_in_memory(&window)?;
                }
            }
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("the bare window could not start");
}

#[cfg(target_os = "linux")]
fn draw_in_memory(window: &tauri::WebviewWindow) -> tauri::Result<()> {
    window.with_webview(|webview| {
        use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
        if let Some(settings) = WebViewExt::settings(&webview.inner()) {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
        }
    })
}

#[cfg(not(target_os = "linux"))]
fn draw_in_memory(_: &tauri::WebviewWindow) -> tauri::Result<()> {
    Ok(())
}
