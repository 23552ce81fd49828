//! Launch options: where the journal lives and whether to open the demo journal.

use std::ffi::OsString;
use std::path::PathBuf;

/// The environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "RESILIENCE_JOURNAL_DATA_DIR";

/// What the command line and environment ask for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LaunchOptions {
    /// `--data-dir PATH` (or `--data-dir=PATH`), else `RESILIENCE_JOURNAL_DATA_DIR`.
    pub data_dir: Option<PathBuf>,
    /// `--demo`: open the separate demo journal.
    pub demo: bool,
    /// `--background`: start in the tray without showing the window (how the computer starts it).
    pub background: bool,
    /// `--language CODE`: show the app in this language whatever the setting says (tests,
    /// screenshots; "pseudo" is the test pseudo-language).
    pub language: Option<String>,
}

impl LaunchOptions {
    /// Reads the process's arguments and environment.
    pub fn from_env() -> Self {
        Self::parse(std::env::args_os().skip(1), std::env::var_os(DATA_DIR_ENV))
    }

    /// Parses `args` (without the program name); `env_dir` is the environment override.
    /// Unknown arguments are ignored, as desktop launchers sometimes add their own.
    pub fn parse(args: impl IntoIterator<Item = OsString>, env_dir: Option<OsString>) -> Self {
        let mut options = LaunchOptions::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let text = arg.to_string_lossy();
            if text == "--data-dir" {
                options.data_dir = args.next().map(PathBuf::from);
            } else if let Some(dir) = text.strip_prefix("--data-dir=") {
                options.data_dir = Some(PathBuf::from(dir));
            } else if text == "--language" {
                options.language = args.next().map(|code| code.to_string_lossy().into_owned());
            } else if let Some(code) = text.strip_prefix("--language=") {
                options.language = Some(code.to_string());
            } else if text == "--demo" {
                options.demo = true;
            } else if text == crate::background::BACKGROUND_ARG {
                options.background = true;
            }
        }
        if options.data_dir.is_none() {
            options.data_dir = env_dir.filter(|d| !d.is_empty()).map(PathBuf::from);
        }
        options
    }
}

/// Everything [`crate::run_app`] needs besides the builder: the launch options, the clock and the
/// keychain (fakes in tests), and which parts of the real setup run.
pub struct AppOptions {
    pub launch: LaunchOptions,
    pub clock: std::sync::Arc<dyn crate::clock::Clock>,
    pub keystore: std::sync::Arc<dyn resilience_core::encryption::KeyStore>,
    /// Starts the background jobs (daily backup, reminders); tests run passes themselves.
    pub jobs: bool,
    /// Writes the log file (the logger is global to the process, so only one app may).
    pub log: bool,
    /// The desktop's parts: single instance, autostart, dialogs, notifications and the tray.
    /// Without them (on the mock runtime) reminders show only in the window.
    pub desktop: bool,
}

impl AppOptions {
    /// The app as started from the command line: system clock and keychain, everything on.
    pub fn from_env() -> Self {
        AppOptions {
            launch: LaunchOptions::from_env(),
            clock: crate::clock::system(),
            keystore: std::sync::Arc::new(crate::keychain::SystemKeyStore::new()),
            jobs: true,
            log: true,
            desktop: true,
        }
    }

    /// The app on the journal in `data_dir` with `clock` and `keystore`, without background jobs,
    /// log file or desktop parts (what the command tests boot on the mock runtime).
    pub fn headless(
        data_dir: PathBuf,
        clock: std::sync::Arc<dyn crate::clock::Clock>,
        keystore: std::sync::Arc<dyn resilience_core::encryption::KeyStore>,
    ) -> Self {
        AppOptions {
            launch: LaunchOptions { data_dir: Some(data_dir), ..LaunchOptions::default() },
            clock,
            keystore,
            jobs: false,
            log: false,
            desktop: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str], env: Option<&str>) -> LaunchOptions {
        LaunchOptions::parse(args.iter().map(OsString::from), env.map(OsString::from))
    }

    #[test]
    fn the_flag_wins_over_the_environment() {
        assert_eq!(parse(&["--data-dir", "/a"], Some("/b")).data_dir, Some(PathBuf::from("/a")));
        assert_eq!(parse(&["--data-dir=/c"], Some("/b")).data_dir, Some(PathBuf::from("/c")));
    }

    #[test]
    fn the_environment_is_used_without_a_flag() {
        assert_eq!(parse(&[], Some("/b")).data_dir, Some(PathBuf::from("/b")));
        assert_eq!(parse(&[], Some("")).data_dir, None);
        assert_eq!(parse(&[], None), LaunchOptions::default());
    }

    #[test]
    fn demo_and_unknown_arguments() {
        assert_eq!(parse(&["--language", "de"], None).language.as_deref(), Some("de"));
        assert_eq!(parse(&["--language=pseudo"], None).language.as_deref(), Some("pseudo"));
        let options = parse(&["--demo", "--something-else"], None);
        assert!(options.demo);
        assert_eq!(options.data_dir, None);
    }
}
