//! The Resilience Journal desktop app: thin Tauri adapters over `resilience-core`.
//!
//! `run()` builds the real app; tests boot the same command set on Tauri's mock runtime through
//! [`with_commands`] and an [`AppState`] of their own.

pub mod bindings;
pub mod clock;
pub mod commands;
pub mod error;
pub mod options;
pub mod state;

use tauri::{Manager, Runtime};

pub use error::AppError;
pub use options::LaunchOptions;
pub use state::AppState;

/// Registers every command on `builder`.
pub fn with_commands<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        commands::app::app_info,
        commands::check_ins::get_check_in,
        commands::check_ins::list_check_ins,
        commands::check_ins::save_check_in,
        commands::check_ins::delete_check_in,
        commands::check_ins::restore_check_in,
    ])
}

/// The app's generated context (configuration, embedded UI, capabilities).
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// Starts the app with the options from the command line and environment.
pub fn run() {
    let options = LaunchOptions::from_env();
    let app = with_commands(tauri::Builder::default())
        .setup(move |app| {
            let data_dir = match &options.data_dir {
                Some(dir) => dir.clone(),
                None => app.path().app_data_dir()?,
            };
            app.manage(AppState::open(data_dir, options.demo, clock::system()));
            Ok(())
        })
        .build(context());
    match app {
        Ok(app) => app.run(|_, _| {}),
        Err(err) => {
            eprintln!("Resilience Journal could not start: {err}");
            std::process::exit(1);
        }
    }
}
