//! Generates the Tauri context. The capabilities live in `src-tauri/capabilities` (tauri-build
//! looks beside the manifest by default, and the manifest is at the repository root), and every
//! command gets an `allow-…` permission so the capability can list exactly what the window may call.

const COMMANDS: &[&str] = &[
    "app_info",
    "startup_data",
    "get_check_in",
    "list_check_ins",
    "save_check_in",
    "delete_check_in",
    "restore_check_in",
    "session_overview",
    "get_session",
    "list_sessions",
    "save_session",
    "delete_session",
    "restore_session",
    "list_tags",
    "search_journal",
    "get_settings",
    "save_settings",
    "open_demo",
    "close_demo",
    "insights_dashboard",
    "chart_series",
    "save_chart_file",
    "reminder_overview",
    "save_reminder_settings",
    "preview_reminder_settings",
    "snooze_reminder",
    "answer_reminder",
    "book_from_reminder",
    "export_calendar",
    "set_start_with_computer",
    "export_journal",
    "import_columns",
    "preview_import",
    "commit_import",
    "backup_overview",
    "back_up_now",
    "restore_backup",
    "recover_journal",
    "encryption_status",
    "prepare_encryption",
    "save_recovery_key",
    "encrypt_journal",
    "decrypt_journal",
    "forget_plain_copy",
    "passphrase_strength",
    "unlock_journal",
    "profile_mark",
];

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(err) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {err:#}");
    }
}
