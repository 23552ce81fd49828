// Every command the window may call, once. `src-tauri/build.rs` reads this file for the
// permissions (an `allow-…` per command), `lib.rs` for the IPC handler (`with_commands`) and
// `COMMANDS`; a test checks the capability file and the hostile-input tests against it.
// To add a command: write it in its module under `commands/`, add its path here, add
// `allow-<its-name-with-dashes>` to `src-tauri/capabilities/main.json`, and fuzz it (or say why
// not) in `tests/hostile_ipc.rs`.

/// The last segment of a path: the command's name (for `command_list!` in both includers).
macro_rules! last_segment {
    ($name:ident) => {
        stringify!($name)
    };
    ($module:ident :: $($rest:tt)+) => {
        last_segment!($($rest)+)
    };
}

command_list! {
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
    commands::sync::sync_status,
    commands::sync::sync_start,
    commands::sync::sync_preview_join,
    commands::sync::sync_join,
    commands::sync::sync_code,
    commands::sync::sync_now,
    commands::sync::sync_pause,
    commands::sync::sync_rename,
    commands::sync::sync_leave,
    profile::profile_mark,
}
