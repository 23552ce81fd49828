//! Resilience Journal's domain, storage and insights.
//!
//! Nothing here depends on Tauri or reads the system clock: the app passes `today` and `now` in,
//! so every rule is testable on fixed dates.

pub mod charts;
pub mod demo;
pub mod encryption;
pub mod error;
pub mod file;
pub mod insights;
pub mod model;
pub mod portability;
pub mod reminders;
pub mod store;
pub mod sync;
pub mod views;

pub use error::{Error, Result};
pub use model::body_area::BodyArea;
pub use model::check_in::{CheckIn, CheckInDraft};
pub use model::day::{journal_day, DEFAULT_DAY_BOUNDARY};
pub use model::massage_session::{MassageKind, MassageSession, MassageSessionDraft, Pressure, SessionStatus};
pub use model::session_overview::SessionOverview;
pub use portability::{ConflictPolicy, ImportPreview, ImportReport, ImportSource, ParsedImport};
pub use store::Journal;
