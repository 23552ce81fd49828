//! Running in the background: desktop notifications, the tray icon and its menu, keeping the app
//! in the tray when the window closes, and starting with the computer.

use std::sync::atomic::{AtomicBool, Ordering};

use resilience_core::error::Message;
use resilience_core::reminders::{Reminder, ReminderAction, ReminderOutcome};
use tauri::menu::{Menu, MenuBuilder, MenuItemBuilder};
use tauri::tray::TrayIconBuilder;
use tauri::{App, AppHandle, Emitter, Manager, Runtime, Window, WindowEvent};
use tauri_plugin_notification::NotificationExt;

use crate::i18n::Catalogue;
use crate::jobs::reminders::Notifier;
use crate::AppState;

/// The event that asks the window to open a screen: its payload is a [`ReminderAction`].
pub const OPEN_EVENT: &str = "open-action";

/// The tray icon's id.
const TRAY_ID: &str = "main";

/// The argument the app is started with by the computer ("Start with my computer"): it starts in
/// the tray, without its window.
pub const BACKGROUND_ARG: &str = "--background";

/// Shows reminders as desktop notifications; choosing one opens its screen.
pub struct DesktopNotifier<R: Runtime>(pub AppHandle<R>);

impl<R: Runtime> Notifier for DesktopNotifier<R> {
    fn show(&self, reminder: &Reminder, log_id: &str) {
        if !self.0.state::<AppState>().reminders.delivery().notifications {
            return; // No notification service here: the banner in the window is all there is.
        }
        let catalogue = self.0.state::<AppState>().language.catalogue();
        let shown = self
            .0
            .notification()
            .builder()
            .title(catalogue.text("app-notification-title", &[]))
            .body(notification_text(&catalogue, reminder, BODY_MARKUP.load(Ordering::Relaxed)))
            .extra("logId", log_id)
            .extra("action", &reminder.action)
            .show();
        if let Err(err) = shown {
            log::warn!("a notification could not be shown: {err}");
        }
    }
}

/// Whether the notification server reads bodies as markup: the freedesktop specification lets
/// a server that says "body-markup" render `<b>`, `<i>`, `<u>`, `<a href>` and `<img>` there.
/// Until it has answered, taken as yes (Linux), so free text is never read as markup.
static BODY_MARKUP: AtomicBool = AtomicBool::new(cfg!(target_os = "linux"));

/// A reminder's notification body in the catalogue's language, escaped where the server reads
/// markup (see [`notification_body`]).
pub fn notification_text(catalogue: &Catalogue, reminder: &Reminder, markup: bool) -> String {
    notification_body(&catalogue.message(&reminder.message), markup)
}

/// The body a notification shows for `message`: where the body is `markup`, the journal's free
/// text in it (a therapist's name, a place) is escaped, so it shows as written — never bold,
/// a link or a picture. Every notification body passes through here.
pub fn notification_body(message: &str, markup: bool) -> String {
    if !markup {
        return message.to_string();
    }
    let mut escaped = String::with_capacity(message.len());
    for c in message.chars() {
        // Quotes stay: with `<` escaped no tag (and so no attribute) can start, and `&apos;` is
        // not an entity every server knows.
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Sets up everything that lets reminders reach the person: finds out whether the desktop has a
/// notification service, builds the tray icon where the desktop can show one, listens for clicks
/// on notifications, and reads whether the app starts with the computer.
pub fn setup<R: Runtime>(app: &mut App<R>, background: bool) -> tauri::Result<()> {
    let handle = app.handle().clone();
    std::thread::spawn(move || {
        let available = notification_service_available();
        BODY_MARKUP.store(available && body_markup(), Ordering::Relaxed);
        log::info!("desktop notifications: {}", if available { "available" } else { "no service, in-app only" });
        let state = handle.state::<AppState>();
        state.reminders.set_delivery(|d| d.notifications = available);
        state.reminders.changed();
    });
    let tray = crate::tray_host::tray_shown_here()
        && build_tray(app).inspect_err(|err| log::warn!("no tray icon: {err}")).is_ok();
    let start_with_computer = autostart_enabled(app.handle());
    app.state::<AppState>().reminders.set_delivery(|d| {
        d.tray = tray;
        d.start_with_computer = start_with_computer;
    });
    let handle = app.handle().clone();
    let _ = app.notification().on_action(move |performed| {
        if performed.action_id() != "tap" {
            return;
        }
        let extra = performed.notification().map(|n| n.extra().clone()).unwrap_or_default();
        let action = extra.get("action").and_then(|v| serde_json::from_value::<ReminderAction>(v.clone()).ok());
        if let Some(log_id) = extra.get("logId").and_then(|v| v.as_str()) {
            let state = handle.state::<AppState>();
            if let Ok(journal) = state.journal() {
                let _ = journal.close_reminder(log_id, ReminderOutcome::Acted);
            }
            state.reminders.changed();
        }
        show_main_window(&handle);
        if let Some(action) = action {
            let _ = handle.emit(OPEN_EVENT, action);
        }
    });
    if background && tray {
        if let Some(window) = app.get_webview_window("main") {
            window.hide()?;
        }
    }
    Ok(())
}

/// Brings the main window to the front.
pub fn show_main_window<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Closing the window hides it instead while the app keeps running in the tray: when the tray
/// icon is shown, the setting is on and any reminder is on.
pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else { return };
    let state = window.state::<AppState>();
    if !state.reminders.delivery().tray {
        return;
    }
    let keep = state
        .journal()
        .ok()
        .and_then(|j| j.reminder_settings().ok())
        .is_some_and(|s| s.keep_in_tray && s.any_enabled());
    if keep {
        api.prevent_close();
        let _ = window.hide();
    }
}

/// The tray's menu in the app's language.
fn tray_menu<R: Runtime, M: Manager<R>>(app: &M, catalogue: &Catalogue) -> tauri::Result<Menu<R>> {
    let item = |id: &str, message: &str| MenuItemBuilder::with_id(id, catalogue.text(message, &[])).build(app);
    MenuBuilder::new(app)
        .item(&item("check_in", "tray-check-in")?)
        .item(&item("log_massage", "tray-log-massage")?)
        .separator()
        .item(&item("open", "tray-open")?)
        .item(&item("quit", "tray-quit")?)
        .build()
}

fn build_tray<R: Runtime>(app: &App<R>) -> tauri::Result<()> {
    let catalogue = app.state::<AppState>().language.catalogue();
    let menu = tray_menu(app, &catalogue)?;
    let mut tray = TrayIconBuilder::with_id(TRAY_ID)
        .tooltip(catalogue.text("tray-tooltip", &[]))
        .menu(&menu)
        .on_menu_event(|app, event| {
            let action = match event.id().as_ref() {
                "check_in" => Some(ReminderAction::OpenCheckIn),
                "log_massage" => Some(ReminderAction::LogSession),
                "quit" => return app.exit(0),
                _ => None,
            };
            show_main_window(app);
            if let Some(action) = action {
                let _ = app.emit(OPEN_EVENT, action);
            }
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    Ok(())
}

/// Switches the texts Rust shows (tray menu and tooltip, window title, notifications) to the
/// setting `choice`, when that changes the language.
pub fn follow_language<R: Runtime>(app: &AppHandle<R>, state: &AppState, choice: &str) {
    if !state.language.choose(choice) {
        return;
    }
    let catalogue = state.language.catalogue();
    if let Some(tray) = app.tray_by_id(TRAY_ID) {
        match tray_menu(app, &catalogue) {
            Ok(menu) => {
                let _ = tray.set_menu(Some(menu));
                let _ = tray.set_tooltip(Some(catalogue.text("tray-tooltip", &[])));
            }
            Err(err) => log::warn!("the tray menu could not be rebuilt: {err}"),
        }
    }
    if let Some(window) = app.get_webview_window("main") {
        let demo = state.database().1;
        let _ = window.set_title(&crate::commands::app::window_title(&catalogue, demo));
    }
}

/// Whether a desktop notification service answers (on Linux, over D-Bus).
fn notification_service_available() -> bool {
    #[cfg(target_os = "linux")]
    {
        notify_rust::get_server_information().is_ok()
    }
    // Windows and macOS have a notification centre built into the system.
    #[cfg(not(target_os = "linux"))]
    {
        true
    }
}

/// Whether the notification server reads bodies as markup (it lists "body-markup"); if it
/// cannot say, taken as yes, so free text is escaped rather than rendered.
fn body_markup() -> bool {
    #[cfg(target_os = "linux")]
    {
        notify_rust::get_capabilities().map_or(true, |caps| caps.iter().any(|c| c == "body-markup"))
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
    }
}

/// Whether the app starts with the computer, or `None` where that cannot be set (a journal in a
/// chosen folder, or the platform refused to say).
pub fn autostart_enabled<R: Runtime>(app: &AppHandle<R>) -> Option<bool> {
    app.try_state::<tauri_plugin_autostart::AutoLaunchManager>()?.is_enabled().ok()
}

/// Turns starting with the computer on or off; a refusal is a message for the person (the
/// system's own words, when it gave some, as its detail).
pub fn set_autostart<R: Runtime>(app: &AppHandle<R>, enabled: bool) -> Result<bool, Message> {
    let manager = app
        .try_state::<tauri_plugin_autostart::AutoLaunchManager>()
        .ok_or_else(|| Message::new("error-autostart-unavailable"))?;
    let result = if enabled { manager.enable() } else { manager.disable() };
    let refused = |err: tauri_plugin_autostart::Error| Message::new("error-autostart").arg("detail", err.to_string());
    result.map_err(refused)?;
    manager.is_enabled().map_err(refused)
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use chrono::{NaiveDateTime, Utc};
    use resilience_core::reminders::{ReminderKind, ReminderSettings};
    use resilience_core::{MassageKind, MassageSessionDraft, SessionStatus};

    use super::*;
    use crate::clock::ManualClock;
    use crate::jobs::reminders::run_pass;

    /// Records the bodies a markup-reading notification server would be sent, in English.
    struct Bodies(Mutex<Vec<(ReminderKind, String)>>, Catalogue);

    impl Default for Bodies {
        fn default() -> Self {
            Bodies(Mutex::default(), Catalogue::embedded("en"))
        }
    }

    impl Notifier for Bodies {
        fn show(&self, reminder: &Reminder, _log_id: &str) {
            self.0.lock().unwrap().push((reminder.kind, notification_text(&self.1, reminder, true)));
        }
    }

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S").unwrap()
    }

    #[test]
    fn markup_in_a_therapists_name_reaches_the_notification_escaped() {
        let dir = tempfile::tempdir().unwrap();
        let clock = ManualClock::new(at("2026-11-25T18:00:00"));
        let keystore = Arc::new(resilience_core::encryption::MemoryKeyStore::new());
        let state = AppState::open(dir.path().to_path_buf(), false, clock.clone(), keystore);
        let mut journal = state.journal().unwrap();
        journal.save_reminder_settings(&ReminderSettings::default(), state.time.now_utc()).unwrap();
        let draft = MassageSessionDraft {
            therapist: r#"<b>Ann</b> & <a href="x">Co</a>"#.into(),
            ..MassageSessionDraft::new("2026-11-26T17:30", SessionStatus::Planned, MassageKind::Swedish)
        };
        journal.save_session(&draft, &Utc, state.time.local_now(), state.time.now_utc()).unwrap();
        drop(journal);

        // The evening before, at 19:00: "Massage tomorrow at 17:30 with …".
        clock.set(at("2026-11-25T19:00:00"));
        let bodies = Bodies::default();
        run_pass(&state, &Utc, &bodies).unwrap();
        let shown = bodies.0.lock().unwrap();
        let (_, body) = shown.iter().find(|(kind, _)| *kind == ReminderKind::Appointment).expect("the appointment");
        assert_eq!(
            body,
            r#"Massage tomorrow at 17:30 with &lt;b&gt;Ann&lt;/b&gt; &amp; &lt;a href="x"&gt;Co&lt;/a&gt;"#
        );
        assert!(!body.contains('<') && !body.contains('>'), "no raw markup: {body}");
    }

    #[test]
    fn a_body_that_is_not_markup_is_sent_as_written() {
        let text = r#"with <b>Ann</b> & <a href="x">Co</a>"#;
        assert_eq!(notification_body(text, false), text);
        assert_eq!(notification_body("Time for your evening check-in", true), "Time for your evening check-in");
    }
}
