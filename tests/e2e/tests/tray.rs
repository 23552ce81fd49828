//! Closing the window where people really run the app: without a tray host (this virtual display
//! and private session bus have none) closing quits, so no invisible app is left behind; with a
//! tray host (a small StatusNotifierWatcher served by this test) closing keeps the app in the
//! tray, and the tray menu's "Open" brings the window back.
//!
//! The binary is started directly (not through tauri-driver, which would hold the window open)
//! with the defaults that keep an app in the tray: the check-in reminder and "keep in the tray"
//! on. The window is closed as a window manager's close button does: a `WM_DELETE_WINDOW`
//! message.

use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;
use resilience_core::reminders::ReminderSettings;
use resilience_core::Journal;
use resilience_e2e::app_binary;
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{AtomEnum, ClientMessageEvent, ConnectionExt, EventMask, MapState, Window};
use x11rb::rust_connection::RustConnection;
use zbus::zvariant::{OwnedObjectPath, OwnedValue, Value};

const WATCHER: &str = "org.kde.StatusNotifierWatcher";
const TITLE: &str = "Resilience Journal";

/// The app, started with its own data folder (its journal has the default reminder settings),
/// killed when dropped.
struct App {
    child: Child,
    data: tempfile::TempDir,
}

impl App {
    fn start() -> Self {
        let data = tempfile::tempdir().expect("temp dir");
        {
            let (journal, _) = Journal::open(&data.path().join("journal.db"), Utc::now()).expect("a new journal");
            let settings = ReminderSettings { keep_in_tray: true, ..ReminderSettings::default() };
            assert!(settings.any_enabled(), "the check-in reminder is on by default");
            journal.save_reminder_settings(&settings, Utc::now()).expect("settings saved");
        }
        let child = Command::new(app_binary())
            .arg("--data-dir")
            .arg(data.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the app starts");
        App { child, data }
    }

    /// Waits until the app has decided about its tray (its log says so).
    fn wait_for_tray_decision(&mut self) {
        let log = self.data.path().join("logs/resilience-journal.log");
        wait_for(&mut self.child, "the tray decision in the log", || {
            std::fs::read_to_string(&log).is_ok_and(|text| text.contains("tray: "))
        });
        // The decision is stored just after it is logged.
        std::thread::sleep(Duration::from_secs(1));
    }

    /// Whether the process has ended, waiting up to `within`.
    fn exits_within(&mut self, within: Duration) -> bool {
        let deadline = Instant::now() + within;
        while Instant::now() < deadline {
            if self.child.try_wait().expect("the app's status").is_some() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Polls `done` for up to 30 s, failing early if the app exits.
fn wait_for(child: &mut Child, what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !done() {
        if let Ok(Some(status)) = child.try_wait() {
            panic!("the app exited ({status}) while waiting for {what}");
        }
        assert!(Instant::now() < deadline, "no {what} within 30 s");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The X display, to find the app's window, see whether it is shown, and close it.
struct Display {
    conn: RustConnection,
    root: Window,
}

impl Display {
    /// Connects to the display, trying again for a moment: after many apps in one session the
    /// virtual display has once reset a new connection.
    fn open() -> Self {
        let mut attempt = 0;
        let (conn, screen) = loop {
            match x11rb::connect(None) {
                Ok(connected) => break connected,
                Err(err) if attempt < 10 => {
                    attempt += 1;
                    eprintln!("X display not reached ({err}); trying again");
                    std::thread::sleep(Duration::from_millis(300));
                }
                Err(err) => panic!("an X display: run under xvfb-run (make e2e): {err}"),
            }
        };
        let root = conn.setup().roots[screen].root;
        Display { conn, root }
    }

    fn atom(&self, name: &str) -> u32 {
        self.conn.intern_atom(false, name.as_bytes()).expect("intern_atom").reply().expect("an atom").atom
    }

    /// Whether an XEmbed tray manager owns the tray selection of the first screen.
    fn has_xembed_tray(&self) -> bool {
        let selection = self.atom("_NET_SYSTEM_TRAY_S0");
        self.conn.get_selection_owner(selection).expect("request").reply().expect("reply").owner != 0
    }

    /// The top-level window of process `pid` titled like the app (there is no window manager, so
    /// top-level windows are the root's children).
    fn window_of(&self, pid: u32) -> Option<Window> {
        let (pid_atom, name_atom, utf8) =
            (self.atom("_NET_WM_PID"), self.atom("_NET_WM_NAME"), self.atom("UTF8_STRING"));
        let tree = self.conn.query_tree(self.root).ok()?.reply().ok()?;
        tree.children.into_iter().find(|&window| {
            let owner = self
                .conn
                .get_property(false, window, pid_atom, AtomEnum::CARDINAL, 0, 1)
                .ok()
                .and_then(|c| c.reply().ok())
                .and_then(|r| r.value32().and_then(|mut v| v.next()));
            let name = self
                .conn
                .get_property(false, window, name_atom, utf8, 0, 256)
                .ok()
                .and_then(|c| c.reply().ok())
                .map(|r| String::from_utf8_lossy(&r.value).into_owned());
            owner == Some(pid) && name.is_some_and(|n| n.starts_with(TITLE))
        })
    }

    fn is_shown(&self, window: Window) -> bool {
        self.conn
            .get_window_attributes(window)
            .ok()
            .and_then(|c| c.reply().ok())
            .is_some_and(|a| a.map_state == MapState::VIEWABLE)
    }

    /// Waits for the app's window to be shown and returns it.
    fn shown_window(&self, app: &mut App) -> Window {
        let pid = app.child.id();
        let mut found = None;
        wait_for(&mut app.child, "shown window", || {
            found = self.window_of(pid).filter(|&w| self.is_shown(w));
            found.is_some()
        });
        found.expect("the window")
    }

    /// Asks the window to close, as a window manager's close button does.
    fn close(&self, window: Window) {
        let (protocols, delete) = (self.atom("WM_PROTOCOLS"), self.atom("WM_DELETE_WINDOW"));
        let event = ClientMessageEvent::new(32, window, protocols, [delete, 0, 0, 0, 0]);
        self.conn.send_event(false, window, EventMask::NO_EVENT, event).expect("send_event");
        self.conn.flush().expect("flush");
    }
}

fn session_bus() -> zbus::blocking::Connection {
    zbus::blocking::Connection::session().expect("a session bus: run under dbus-run-session (make e2e)")
}

fn watcher_present(bus: &zbus::blocking::Connection) -> bool {
    let dbus = zbus::blocking::fdo::DBusProxy::new(bus).expect("the bus's own interface");
    dbus.name_has_owner(WATCHER.try_into().expect("a bus name")).expect("NameHasOwner")
}

#[test]
fn closing_the_window_without_a_tray_host_quits_the_app() {
    let display = Display::open();
    assert!(!watcher_present(&session_bus()), "this test needs a session bus without a tray host");
    assert!(!display.has_xembed_tray(), "this test needs a display without a tray");

    let mut app = App::start();
    let window = display.shown_window(&mut app);
    app.wait_for_tray_decision();
    display.close(window);
    assert!(app.exits_within(Duration::from_secs(10)), "without a tray, closing the window ends the app");
}

/// What the fake tray host heard: (the sender's bus name, the item it registered).
type Items = Arc<Mutex<Vec<(String, String)>>>;

/// A tray host as a desktop panel runs it: it owns the watcher's name and takes registrations.
struct Watcher {
    items: Items,
}

#[zbus::interface(name = "org.kde.StatusNotifierWatcher")]
impl Watcher {
    fn register_status_notifier_item(&self, service: String, #[zbus(header)] header: zbus::message::Header<'_>) {
        let sender = header.sender().map(|s| s.to_string()).unwrap_or_default();
        self.items.lock().unwrap().push((sender, service));
    }

    fn register_status_notifier_host(&self, _service: String) {}

    #[zbus(property)]
    fn registered_status_notifier_items(&self) -> Vec<String> {
        self.items.lock().unwrap().iter().map(|(_, item)| item.clone()).collect()
    }

    #[zbus(property)]
    fn is_status_notifier_host_registered(&self) -> bool {
        true
    }

    #[zbus(property)]
    fn protocol_version(&self) -> i32 {
        0
    }
}

/// A menu entry as com.canonical.dbusmenu lays it out: id, properties, children.
type Layout = (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>);

/// The id of the menu entry labelled `label` (mnemonic underscores aside) in `layout`.
fn entry_id(layout: Layout, label: &str) -> Option<i32> {
    let (id, properties, children) = layout;
    let own = properties.get("label").and_then(|v| String::try_from(v.try_clone().ok()?).ok());
    if own.is_some_and(|l| l.replace('_', "") == label) {
        return Some(id);
    }
    children.into_iter().find_map(|child| entry_id(Layout::try_from(child).ok()?, label))
}

/// Chooses `label` in the tray menu of the item `(sender, service)`, as a click in the panel does.
fn choose_in_tray_menu(bus: &zbus::blocking::Connection, (sender, service): &(String, String), label: &str) {
    // Items register with their object path (the AppIndicator library) or their bus name.
    let (destination, path) = match service.starts_with('/') {
        true => (sender.as_str(), service.as_str()),
        false => (service.as_str(), "/StatusNotifierItem"),
    };
    let item = zbus::blocking::Proxy::new(bus, destination, path, "org.kde.StatusNotifierItem").expect("the item");
    let menu: OwnedObjectPath = item.get_property("Menu").expect("the item's menu");
    let menu =
        zbus::blocking::Proxy::new(bus, destination, menu.as_str(), "com.canonical.dbusmenu").expect("the item's menu");
    let (_revision, layout): (u32, Layout) =
        menu.call("GetLayout", &(0i32, -1i32, vec!["label"])).expect("the menu's layout");
    let id = entry_id(layout, label).unwrap_or_else(|| panic!("no {label:?} in the tray menu"));
    let timestamp = 0u32;
    let _: () = menu.call("Event", &(id, "clicked", Value::from(0i32), timestamp)).expect("the click");
}

#[test]
fn closing_the_window_with_a_tray_host_keeps_the_app_in_the_tray_and_open_brings_it_back() {
    let display = Display::open();
    let items = Items::default();
    let _host = zbus::blocking::connection::Builder::session()
        .and_then(|b| b.name(WATCHER))
        .and_then(|b| b.serve_at("/StatusNotifierWatcher", Watcher { items: Arc::clone(&items) }))
        .and_then(|b| b.build())
        .expect("the tray host owns its name on the session bus");

    let mut app = App::start();
    let window = display.shown_window(&mut app);
    wait_for(&mut app.child, "tray icon registered with the host", || !items.lock().unwrap().is_empty());
    app.wait_for_tray_decision();

    display.close(window);
    assert!(!app.exits_within(Duration::from_secs(3)), "with a tray, closing the window keeps the app running");
    assert!(!display.is_shown(window), "the window is hidden");

    let item = items.lock().unwrap()[0].clone();
    choose_in_tray_menu(&session_bus(), &item, "Open Resilience Journal");
    wait_for(&mut app.child, "window shown again", || display.is_shown(window));
}
