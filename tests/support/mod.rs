//! The app built by its own `run_app` on Tauri's mock runtime (its context, capabilities and
//! setup; no background jobs, log file or desktop parts), on a fresh temp journal with a fixed
//! clock and a keychain in memory; commands go through the real IPC layer.

use chrono::NaiveDate;
use std::sync::Arc;

use resilience_core::encryption::{KeyStore, MemoryKeyStore};
use resilience_journal_lib::clock::{self, Clock};
use resilience_journal_lib::{run_app, AppOptions, AppState};
use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, AppHandle, Manager, State, WebviewWindow, WebviewWindowBuilder};

pub struct Harness {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    pub dir: tempfile::TempDir,
}

/// The app on a fresh temp journal, with the clock at 21:00 on 2026-11-25.
#[allow(dead_code)]
pub fn harness() -> Harness {
    harness_in(tempfile::tempdir().unwrap())
}

/// The app on the journal in `dir`, with the clock at 21:00 on 2026-11-25.
pub fn harness_in(dir: tempfile::TempDir) -> Harness {
    let now = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap().and_hms_opt(21, 0, 0).unwrap();
    harness_with(dir, clock::fixed(now))
}

/// The app on the journal in `dir` with the given clock.
#[allow(dead_code)]
pub fn harness_with(dir: tempfile::TempDir, clock: Arc<dyn Clock>) -> Harness {
    harness_with_keystore(dir, clock, Arc::new(MemoryKeyStore::new()))
}

/// The app on the journal in `dir` with the given clock and keychain (shared across restarts).
#[allow(dead_code)]
pub fn harness_with_keystore(dir: tempfile::TempDir, clock: Arc<dyn Clock>, keystore: Arc<dyn KeyStore>) -> Harness {
    let options = AppOptions::headless(dir.path().to_path_buf(), clock, keystore);
    let app = run_app(mock_builder(), options).unwrap();
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    Harness { _app: app, window, dir }
}

impl Harness {
    /// Quits the app and hands back its folder (to start it again on the same journal).
    #[allow(dead_code)]
    pub fn quit(self) -> tempfile::TempDir {
        self.dir
    }

    /// Calls `cmd` with `args` as the UI would; the error side is the `{code, message, field}` JSON.
    pub fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request).map(|body| body.deserialize::<Value>().unwrap())
    }

    /// The app's state, as the commands see it.
    #[allow(dead_code)]
    pub fn state(&self) -> State<'_, AppState> {
        self._app.state::<AppState>()
    }

    /// The app's handle.
    #[allow(dead_code)]
    pub fn handle(&self) -> AppHandle<MockRuntime> {
        self._app.handle().clone()
    }

    /// Rows in `table` of the journal file, tombstones included.
    #[allow(dead_code)]
    pub fn count(&self, table: &str) -> i64 {
        let conn = rusqlite::Connection::open(self.dir.path().join("journal.db")).unwrap();
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap()
    }
}
