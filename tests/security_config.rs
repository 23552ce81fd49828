//! The window's security settings stay strict: a CSP without inline or remote script, a frozen
//! prototype, no global Tauri object, and a capability that grants exactly the app's own commands
//! and the plugin permissions it really uses.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

/// Plugin permissions the window needs: the native save and open dialogs for exports, imports and backups, and listening to the
/// app's own events (reminders fired, tray and notification clicks).
const PLUGIN_PERMISSIONS: &[&str] =
    &["dialog:allow-save", "dialog:allow-open", "core:event:allow-listen", "core:event:allow-unlisten"];

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

fn json(path: &str) -> Value {
    serde_json::from_str(&read(path)).unwrap()
}

/// The app's commands, from the one list (`src-tauri/src/command_list.rs`), which `build.rs`
/// makes the permissions from and `lib.rs` the handler.
fn commands() -> BTreeSet<String> {
    resilience_journal_lib::COMMANDS.iter().map(|c| c.to_string()).collect()
}

#[test]
fn the_content_security_policy_allows_no_inline_or_remote_code() {
    let conf = json("tauri.conf.json");
    let security = &conf["app"]["security"];
    assert_eq!(security["freezePrototype"], true);
    assert_eq!(conf["app"]["withGlobalTauri"], false);
    let csp = security["csp"].as_object().expect("a CSP object");
    for directive in ["default-src", "script-src", "style-src"] {
        assert_eq!(csp[directive], "'self'", "{directive}");
    }
    assert_eq!(csp["object-src"], "'none'");
    assert_eq!(csp["base-uri"], "'none'");
    assert_eq!(csp["frame-src"], "'none'");
    assert_eq!(csp["connect-src"], "ipc: http://ipc.localhost", "no network but IPC");
    for (directive, value) in csp {
        let value = value.as_str().unwrap();
        for banned in ["unsafe-inline", "unsafe-eval", "http:", "https:", "*"] {
            let allowed = directive == "connect-src" && value == "ipc: http://ipc.localhost";
            assert!(allowed || !value.contains(banned), "{directive} allows {banned}: {value}");
        }
    }
    assert!(security.get("dangerousDisableAssetCspModification").is_none());
}

#[test]
fn the_capability_grants_the_apps_own_commands_the_save_dialog_and_events_only() {
    let capability = json("src-tauri/capabilities/main.json");
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    assert!(capability.get("remote").is_none(), "no remote URL may call the app");
    let granted: BTreeSet<String> =
        capability["permissions"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_string()).collect();
    let mut expected: BTreeSet<String> = commands().iter().map(|c| format!("allow-{}", c.replace('_', "-"))).collect();
    expected.extend(PLUGIN_PERMISSIONS.iter().map(|p| p.to_string()));
    assert_eq!(granted, expected);
    let capabilities = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/capabilities")).unwrap();
    assert_eq!(capabilities.count(), 1, "one capability file");
}

#[test]
fn every_listed_command_is_listed_once_by_its_path() {
    let list = read("src-tauri/src/command_list.rs");
    let body = &list[list.find("command_list! {").unwrap()..];
    let names: Vec<&str> = body
        .lines()
        .filter_map(|line| line.trim().strip_suffix(','))
        .filter_map(|path| path.rsplit("::").next())
        .collect();
    assert_eq!(names, resilience_journal_lib::COMMANDS, "COMMANDS is made from command_list.rs");
    assert_eq!(commands().len(), names.len(), "a command is listed twice");
}
