//! Generates the Tauri context. The capabilities live in `src-tauri/capabilities` (tauri-build
//! looks beside the manifest by default, and the manifest is at the repository root), and every
//! command gets an `allow-…` permission so the capability can list exactly what the window may call.
//! The commands come from `src/command_list.rs`, the one list of them.

/// The last segment of a path: the command's name.
macro_rules! last_segment {
    ($name:ident) => {
        stringify!($name)
    };
    ($module:ident :: $($rest:tt)+) => {
        last_segment!($($rest)+)
    };
}

/// The command list (`src/command_list.rs`) as the names tauri-build makes permissions for.
macro_rules! command_list {
    ($($($segment:ident)::+),* $(,)?) => {
        const COMMANDS: &[&str] = &[$(last_segment!($($segment)::+)),*];
    };
}

include!("src/command_list.rs");

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    println!("cargo:rerun-if-changed=src-tauri/src/command_list.rs");
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(err) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {err:#}");
    }
}
