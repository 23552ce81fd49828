//! How the window's page is drawn on Linux.
//!
//! WebKitGTK composites pages on the GPU whenever it is allowed to. On a computer without a GPU
//! render node (`/dev/dri/renderD*`: virtual machines, remote desktops, containers, a driver
//! without DRM) that GPU path runs on Mesa's software rasteriser: every frame is drawn by OpenGL
//! emulated on the CPU, shaders are compiled before the first frame, and the web process holds
//! GPU-style buffers. Drawing straight to memory is then both quicker and lighter (measured under
//! Xvfb, 10-year journal: first paint with data 1075 → 689 ms, memory after every screen
//! 498 → 278 MiB). With a render node, WebKit's own choice stands.
//!
//! The choice goes through WebKit's documented setting (hardware acceleration policy "never"),
//! not the `WEBKIT_DISABLE_DMABUF_RENDERER` variable, whose effect differs between WebKitGTK
//! releases. `RESILIENCE_JOURNAL_GPU=on` keeps WebKit's choice, `=off` always draws to memory.

use std::path::Path;

/// How WebKit should draw the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rendering {
    /// WebKit decides (GPU compositing when it can).
    WebKitDefault,
    /// No GPU compositing: the page is drawn into memory by the CPU.
    Memory,
}

/// The environment variable that overrides the choice: `on` (WebKit decides) or `off`.
pub const OVERRIDE_VAR: &str = "RESILIENCE_JOURNAL_GPU";

/// Chooses from the override (if set to a known value) and whether `dri` (normally `/dev/dri`)
/// has a render node.
pub fn choose(override_value: Option<&str>, dri: &Path) -> Rendering {
    match override_value.map(str::trim) {
        Some("on") => return Rendering::WebKitDefault,
        Some("off") => return Rendering::Memory,
        _ => {}
    }
    if has_render_node(dri) {
        Rendering::WebKitDefault
    } else {
        Rendering::Memory
    }
}

/// Whether `dri` holds a GPU render node (`renderD128`, …). A missing or unreadable folder has
/// none.
pub fn has_render_node(dri: &Path) -> bool {
    std::fs::read_dir(dri)
        .map(|entries| entries.flatten().any(|entry| entry.file_name().to_string_lossy().starts_with("renderD")))
        .unwrap_or(false)
}

/// The choice for this computer and environment.
pub fn for_this_computer() -> Rendering {
    let value = std::env::var(OVERRIDE_VAR).ok();
    choose(value.as_deref(), Path::new("/dev/dri"))
}

/// Applies `rendering` to the window's web view (Linux; elsewhere the system's web view decides).
pub fn apply<R: tauri::Runtime>(window: &tauri::WebviewWindow<R>, rendering: Rendering) {
    if rendering == Rendering::WebKitDefault {
        return;
    }
    #[cfg(target_os = "linux")]
    {
        let applied = window.with_webview(|webview| {
            use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
            if let Some(settings) = WebViewExt::settings(&webview.inner()) {
                settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            }
        });
        match applied {
            Ok(()) => log::info!("no GPU render node: the page is drawn without GPU compositing"),
            Err(err) => log::warn!("the drawing mode could not be set: {err}"),
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_render_node_leaves_the_choice_to_webkit() {
        let dri = tempfile::tempdir().unwrap();
        std::fs::write(dri.path().join("card0"), "").unwrap();
        assert_eq!(choose(None, dri.path()), Rendering::Memory, "a display card alone is no render node");
        std::fs::write(dri.path().join("renderD128"), "").unwrap();
        assert_eq!(choose(None, dri.path()), Rendering::WebKitDefault);
    }

    #[test]
    fn without_dri_the_page_is_drawn_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(choose(None, &dir.path().join("dri")), Rendering::Memory);
        assert_eq!(choose(None, dir.path()), Rendering::Memory, "an empty folder");
    }

    #[test]
    fn the_override_wins_and_unknown_values_are_ignored() {
        let none = tempfile::tempdir().unwrap();
        let gpu = tempfile::tempdir().unwrap();
        std::fs::write(gpu.path().join("renderD128"), "").unwrap();
        assert_eq!(choose(Some("on"), none.path()), Rendering::WebKitDefault);
        assert_eq!(choose(Some(" off\n"), gpu.path()), Rendering::Memory);
        assert_eq!(choose(Some("maybe"), none.path()), Rendering::Memory);
        assert_eq!(choose(Some(""), gpu.path()), Rendering::WebKitDefault);
    }
}
