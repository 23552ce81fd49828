//! Whether this desktop shows tray icons. Loading the AppIndicator library is not enough: stock
//! GNOME without the AppIndicator extension, a plain X session or `xvfb-run` load it and show
//! nothing, and an app kept "in the tray" there would run on with no window and no icon. A tray
//! needs a host that shows it: a StatusNotifierWatcher on the session bus (KDE, GNOME's
//! AppIndicator extension, Xfce, most Wayland panels), or an XEmbed tray manager on the X display
//! (the AppIndicator library falls back to one when no watcher runs).

/// The D-Bus name a StatusNotifier host (the modern tray) owns on the session bus.
pub const WATCHER_NAME: &str = "org.kde.StatusNotifierWatcher";

/// Whether the tray icon can be shown, from what was found: a StatusNotifierWatcher on the
/// session bus, an XEmbed tray manager on the display, and whether the AppIndicator library that
/// draws the icon loads. Without a host the icon would be invisible, so there is no tray.
pub fn tray_available(watcher: bool, xembed_manager: bool, library_loads: bool) -> bool {
    library_loads && (watcher || xembed_manager)
}

/// Looks for a tray host and the library on this computer (Linux); Windows (the notification
/// area) and macOS (the menu bar) always have a place for the icon.
pub fn tray_shown_here() -> bool {
    #[cfg(target_os = "linux")]
    {
        let library = appindicator_loads();
        let watcher = library && watcher_present();
        let xembed = library && !watcher && xembed_manager_present();
        log::info!("tray: AppIndicator library {library}, StatusNotifierWatcher {watcher}, XEmbed tray {xembed}");
        tray_available(watcher, xembed, library)
    }
    #[cfg(not(target_os = "linux"))]
    {
        true
    }
}

/// Whether the tray's AppIndicator library can be loaded (the icon is made with it, and its
/// absence would end the app).
#[cfg(target_os = "linux")]
fn appindicator_loads() -> bool {
    ["libayatana-appindicator3.so.1", "libappindicator3.so.1"]
        .iter()
        // SAFETY: loading the library runs its initialisers, as the tray itself would.
        .any(|name| unsafe { libloading::Library::new(name) }.is_ok())
}

/// Whether some program owns [`WATCHER_NAME`] on the session bus (answered within a second).
#[cfg(target_os = "linux")]
fn watcher_present() -> bool {
    let owned = || -> zbus::Result<bool> {
        let connection = zbus::blocking::connection::Builder::session()?
            .method_timeout(std::time::Duration::from_secs(1))
            .build()?;
        let bus = zbus::blocking::fdo::DBusProxy::new(&connection)?;
        Ok(bus.name_has_owner(WATCHER_NAME.try_into()?)?)
    };
    owned().inspect_err(|err| log::info!("tray: no session bus to ask ({err})")).unwrap_or(false)
}

/// Whether an XEmbed tray manager owns the `_NET_SYSTEM_TRAY_S<screen>` selection of the X
/// display (through the Xlib the window system already loads; no display, no manager).
#[cfg(target_os = "linux")]
fn xembed_manager_present() -> bool {
    let Ok(xlib) = x11_dl::xlib::Xlib::open() else { return false };
    // SAFETY: a connection of our own, closed before returning; the atom is only looked up
    // (`only_if_exists`), and asked about only when it exists, so no X error can arise.
    unsafe {
        let display = (xlib.XOpenDisplay)(std::ptr::null());
        if display.is_null() {
            return false;
        }
        let screen = (xlib.XDefaultScreen)(display);
        let name = std::ffi::CString::new(format!("_NET_SYSTEM_TRAY_S{screen}")).unwrap_or_default();
        let atom = (xlib.XInternAtom)(display, name.as_ptr(), x11_dl::xlib::True);
        let owned = atom != 0 && (xlib.XGetSelectionOwner)(display, atom) != 0;
        (xlib.XCloseDisplay)(display);
        owned
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tray_needs_a_host_that_shows_it_and_the_library() {
        // The library loads but nothing shows icons (stock GNOME, a plain X session, xvfb-run).
        assert!(!tray_available(false, false, true), "no host: closing the window quits");
        assert!(tray_available(true, false, true), "a StatusNotifierWatcher shows it");
        assert!(tray_available(false, true, true), "an XEmbed tray manager shows it");
        assert!(tray_available(true, true, true));
        // A host without the library: the icon cannot be made.
        assert!(!tray_available(true, true, false));
        assert!(!tray_available(true, false, false));
        assert!(!tray_available(false, false, false));
    }
}
