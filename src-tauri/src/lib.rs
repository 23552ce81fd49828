//! The Resilience Journal desktop app: thin Tauri adapters over `resilience-core`.
//!
//! [`run_app`] builds the app with its real setup on any runtime: [`run`] on the desktop, the
//! command tests on Tauri's mock runtime (with their own clock and keychain, see [`AppOptions`]).
//! The commands are listed once, in `command_list.rs`.

pub mod args;
pub mod background;
pub mod bindings;
pub mod clock;
pub mod commands;
pub mod error;
pub mod i18n;
pub mod jobs;
pub mod keychain;
pub mod options;
pub mod paths;
pub mod profile;
pub mod rendering;
pub mod state;
pub mod tray_host;

use std::path::PathBuf;
use std::sync::Arc;

use resilience_core::file::ensure_private_dir;

use tauri::{App, Manager, Runtime};

pub use error::AppError;
pub use options::{AppOptions, LaunchOptions};
pub use state::AppState;

/// Makes [`COMMANDS`] and [`with_commands`] from the list in `command_list.rs`.
macro_rules! command_list {
    ($($($segment:ident)::+),* $(,)?) => {
        /// Every command's name, in the order of `command_list.rs`.
        pub const COMMANDS: &[&str] = &[$(last_segment!($($segment)::+)),*];

        /// Registers every command on `builder`.
        pub fn with_commands<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
            builder.invoke_handler(tauri::generate_handler![$($($segment)::+),*])
        }
    };
}

include!("command_list.rs");

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

/// Builds the app on `builder` with its real setup: the plugins (desktop only), the commands, the
/// data folder and its log, the journal (opened with the options' clock and keychain), the
/// background jobs, and — once the event loop runs and the window exists — its drawing mode,
/// title, tray and notifications. Closing the window follows the tray setting.
pub fn run_app<R: Runtime>(mut builder: tauri::Builder<R>, options: AppOptions) -> tauri::Result<App<R>> {
    if options.desktop {
        // A second launch on the default journal focuses the running window instead. An explicit
        // data folder (portable use, tests) is its own journal and may run beside it. Registered
        // first, as the plugin asks.
        if options.launch.data_dir.is_none() {
            builder = builder
                .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| background::show_main_window(app)))
                // Starting with the computer concerns the journal in its usual place only.
                .plugin(tauri_plugin_autostart::Builder::new().args([background::BACKGROUND_ARG]).build());
        }
        builder = builder.plugin(tauri_plugin_dialog::init()).plugin(tauri_plugin_notification::init());
    }
    let (demo, background, desktop, jobs) =
        (options.launch.demo, options.launch.background, options.desktop, options.jobs);
    let mut app = with_commands(builder)
        .setup(move |app| window_setup(app, WindowSetup { demo, background, desktop, jobs }))
        .on_page_load(|_, payload| {
            profile::note(match payload.event() {
                tauri::webview::PageLoadEvent::Started => "page-started",
                tauri::webview::PageLoadEvent::Finished => "page-loaded",
            })
        })
        .on_window_event(background::on_window_event)
        .build(context())?;
    open_journal(&mut app, options)?;
    Ok(app)
}

/// The data folder and its log, the journal, and (without the desktop's parts) the background jobs.
fn open_journal<R: Runtime>(app: &mut App<R>, options: AppOptions) -> tauri::Result<()> {
    profile::note("setup-started");
    let data_dir = match options.launch.data_dir {
        Some(dir) => dir,
        None => app.path().app_data_dir()?,
    };
    // The log lives in the (private) data folder, in a folder of its own made private too.
    let logs = data_dir.join("logs");
    if options.log && ensure_private_dir(&data_dir).and_then(|()| ensure_private_dir(&logs)).is_ok() {
        app.handle().plugin(logging(logs))?;
    }
    log::info!("Resilience Journal {} started", app.package_info().version);
    profile::note("logging-ready");
    let mut state = AppState::open(data_dir, options.launch.demo, options.clock, options.keystore);
    state.language = i18n::Language::new(i18n::system_locale(), options.launch.language);
    if let Ok(settings) = state.journal().and_then(|journal| Ok(journal.settings()?)) {
        state.language.choose(&settings.language);
    }
    app.manage(state);
    profile::note("journal-open");
    // On the desktop the jobs start once the tray and notifications are set up (`window_setup`),
    // so the first reminders already know how they can be shown.
    if options.jobs && !options.desktop {
        start_jobs(app.handle());
    }
    Ok(())
}

/// What `window_setup` does, from the options.
struct WindowSetup {
    demo: bool,
    background: bool,
    desktop: bool,
    jobs: bool,
}

/// What needs the window, once the event loop runs: the drawing mode (before the page loads),
/// the title in the person's language, and the tray, notifications and then the background jobs (desktop only).
fn window_setup<R: Runtime>(app: &mut App<R>, setup: WindowSetup) -> Result<(), Box<dyn std::error::Error>> {
    let WindowSetup { demo, background, desktop, jobs } = setup;
    // After the log, which records the choice; it takes effect before the page loads either way
    // (the setting is applied from the event loop, which starts after this setup).
    let drawing = rendering::for_this_computer();
    if let Some(window) = app.get_webview_window("main") {
        rendering::apply(&window, drawing);
        let catalogue = app.state::<AppState>().language.catalogue();
        window.set_title(&commands::app::window_title(&catalogue, demo))?;
    }
    if drawing == rendering::Rendering::Memory {
        profile::note("drawing-in-memory");
    }
    if desktop {
        background::setup(app, background)?;
        profile::note("tray-ready");
        if jobs {
            start_jobs(app.handle());
        }
    }
    profile::note("setup-done");
    Ok(())
}

/// Starts the background jobs, showing reminders as desktop notifications where possible.
fn start_jobs<R: Runtime>(app: &tauri::AppHandle<R>) {
    jobs::start(app, Arc::new(background::DesktopNotifier(app.clone())));
}

/// Starts the app with the options from the command line and environment.
pub fn run() {
    match run_app(tauri::Builder::default(), AppOptions::from_env()) {
        Ok(app) => app.run(|_, _| {}),
        Err(err) => {
            eprintln!("Resilience Journal could not start: {err}");
            std::process::exit(1);
        }
    }
}
