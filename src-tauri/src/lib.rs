//! The Resilience Journal desktop app: thin Tauri adapters over `resilience-core`.
//!
//! `run()` builds the real app; tests boot the same command set on Tauri's mock runtime through
//! [`with_commands`] and an [`AppState`] of their own.

pub mod args;
pub mod background;
pub mod bindings;
pub mod clock;
pub mod commands;
pub mod error;
pub mod keychain;
pub mod options;
pub mod profile;
pub mod reminders;
pub mod rendering;
pub mod state;

use std::path::PathBuf;
use std::sync::Arc;

use resilience_core::store::ensure_private_dir;

use tauri::{Emitter, Manager, Runtime};

pub use error::AppError;
pub use options::LaunchOptions;
pub use state::AppState;

/// Registers every command on `builder`.
pub fn with_commands<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        commands::app::app_info,
        commands::app::startup_data,
        commands::check_ins::get_check_in,
        commands::check_ins::list_check_ins,
        commands::check_ins::save_check_in,
        commands::check_ins::delete_check_in,
        commands::check_ins::restore_check_in,
        commands::sessions::session_overview,
        commands::sessions::get_session,
        commands::sessions::list_sessions,
        commands::sessions::save_session,
        commands::sessions::delete_session,
        commands::sessions::restore_session,
        commands::check_ins::list_tags,
        commands::check_ins::search_journal,
        commands::settings::get_settings,
        commands::settings::save_settings,
        commands::app::open_demo,
        commands::app::close_demo,
        commands::insights::insights_dashboard,
        commands::charts::chart_series,
        commands::charts::save_chart_file,
        commands::reminders::reminder_overview,
        commands::reminders::save_reminder_settings,
        commands::reminders::preview_reminder_settings,
        commands::reminders::snooze_reminder,
        commands::reminders::answer_reminder,
        commands::reminders::book_from_reminder,
        commands::reminders::export_calendar,
        commands::reminders::set_start_with_computer,
        commands::portability::export_journal,
        commands::portability::import_columns,
        commands::portability::preview_import,
        commands::portability::commit_import,
        commands::portability::backup_overview,
        commands::portability::back_up_now,
        commands::portability::restore_backup,
        commands::portability::recover_journal,
        commands::encryption::encryption_status,
        commands::encryption::prepare_encryption,
        commands::encryption::save_recovery_key,
        commands::encryption::encrypt_journal,
        commands::encryption::decrypt_journal,
        commands::encryption::forget_plain_copy,
        commands::encryption::passphrase_strength,
        commands::encryption::unlock_journal,
        profile::profile_mark,
    ])
}

/// The app's generated context (configuration, embedded UI, capabilities).
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// The app's log: warnings and a few milestones, never what the person wrote or rated (no command
/// arguments, no entries, no reminder texts). A rotating file in `logs` of the data folder, and
/// standard error.
fn logging<R: Runtime>(folder: PathBuf) -> tauri::plugin::TauriPlugin<R> {
    use tauri_plugin_log::{RotationStrategy, Target, TargetKind};
    let mut builder = tauri_plugin_log::Builder::new()
        .clear_targets()
        .target(Target::new(TargetKind::Folder { path: folder, file_name: Some("resilience-journal".into()) }))
        .target(Target::new(TargetKind::Stderr))
        .level(log::LevelFilter::Info)
        .max_file_size(512 * 1024)
        .rotation_strategy(RotationStrategy::KeepSome(4));
    // Libraries log at warning level only, so nothing of an IPC message can reach the file.
    for library in ["tauri", "wry", "tao", "zbus", "tracing", "notify_rust"] {
        builder = builder.level_for(library, log::LevelFilter::Warn);
    }
    builder.build()
}

/// Starts the app with the options from the command line and environment.
pub fn run() {
    let options = LaunchOptions::from_env();
    // A second launch on the default journal focuses the running window instead. An explicit
    // data folder (portable use, tests) is its own journal and may run beside it. Registered
    // first, as the plugin asks.
    let mut builder = tauri::Builder::default();
    if options.data_dir.is_none() {
        builder = builder
            .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| background::show_main_window(app)))
            // Starting with the computer concerns the journal in its usual place only.
            .plugin(tauri_plugin_autostart::Builder::new().args([background::BACKGROUND_ARG]).build());
    }
    let builder = builder.plugin(tauri_plugin_dialog::init()).plugin(tauri_plugin_notification::init());
    let app = with_commands(builder)
        .setup(move |app| {
            profile::note("setup-started");
            let data_dir = match &options.data_dir {
                Some(dir) => dir.clone(),
                None => app.path().app_data_dir()?,
            };
            // The log lives in the (private) data folder, in a folder of its own made private too.
            let logs = data_dir.join("logs");
            if ensure_private_dir(&data_dir).and_then(|()| ensure_private_dir(&logs)).is_ok() {
                app.handle().plugin(logging(logs))?;
            }
            log::info!("Resilience Journal {} started", app.package_info().version);
            profile::note("logging-ready");
            // After the log, which records the choice; it takes effect before the page loads either
            // way (the setting is applied from the event loop, which starts after this setup).
            let drawing = rendering::for_this_computer();
            if let Some(window) = app.get_webview_window("main") {
                rendering::apply(&window, drawing);
            }
            if drawing == rendering::Rendering::Memory {
                profile::note("drawing-in-memory");
            }
            let keystore = Arc::new(keychain::SystemKeyStore::new());
            app.manage(AppState::open(data_dir, options.demo, clock::system(), keystore));
            profile::note("journal-open");
            if options.demo {
                if let Some(window) = app.get_webview_window("main") {
                    window.set_title(commands::app::window_title(true))?;
                }
            }
            background::setup(app, options.background)?;
            profile::note("tray-ready");
            let handle = app.handle().clone();
            std::thread::spawn(move || loop {
                commands::portability::daily_backup(&handle.state::<AppState>());
                std::thread::sleep(std::time::Duration::from_secs(3 * 60 * 60));
            });
            let handle = app.handle().clone();
            let notifier = Arc::new(background::DesktopNotifier(app.handle().clone()));
            reminders::spawn(app.handle().clone(), chrono::Local, notifier, move |_| {
                let _ = handle.emit(reminders::CHANGED_EVENT, ());
            });
            profile::note("setup-done");
            Ok(())
        })
        .on_page_load(|_, payload| {
            profile::note(match payload.event() {
                tauri::webview::PageLoadEvent::Started => "page-started",
                tauri::webview::PageLoadEvent::Finished => "page-loaded",
            })
        })
        .on_window_event(background::on_window_event)
        .build(context());
    match app {
        Ok(app) => app.run(|_, _| {}),
        Err(err) => {
            eprintln!("Resilience Journal could not start: {err}");
            std::process::exit(1);
        }
    }
}
