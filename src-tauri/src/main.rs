// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    resilience_journal_lib::profile::mark_process_start();
    // Everything the app creates — the journal, its logs, backups and exports — is readable by
    // the user only (0600 files, 0700 folders).
    #[cfg(unix)]
    // SAFETY: umask only sets the process's file-creation mask; it cannot fail.
    unsafe {
        libc::umask(0o077);
    }
    resilience_journal_lib::run();
}
