//! TypeScript bindings for every type that crosses IPC, generated with ts-rs into
//! `ui/src/api/bindings`. A test fails when the checked-in files drift from the Rust types;
//! `make bindings` rewrites them.

use std::path::Path;

use ts_rs::{Config, ExportError, TS};

/// Writes every binding into `dir`.
pub fn export_all(dir: &Path) -> Result<(), ExportError> {
    let cfg = Config::new().with_out_dir(dir);
    resilience_core::CheckIn::export_all(&cfg)?;
    resilience_core::CheckInDraft::export_all(&cfg)?;
    resilience_core::BodyArea::export_all(&cfg)?;
    resilience_core::SessionStatus::export_all(&cfg)?;
    resilience_core::MassageKind::export_all(&cfg)?;
    resilience_core::Pressure::export_all(&cfg)?;
    resilience_core::MassageSession::export_all(&cfg)?;
    resilience_core::MassageSessionDraft::export_all(&cfg)?;
    resilience_core::SessionOverview::export_all(&cfg)?;
    resilience_core::store::tag::Tag::export_all(&cfg)?;
    resilience_core::model::metric::MetricKey::export_all(&cfg)?;
    resilience_core::model::search::JournalQuery::export_all(&cfg)?;
    resilience_core::model::search::JournalHit::export_all(&cfg)?;
    resilience_core::model::settings::Settings::export_all(&cfg)?;
    resilience_core::model::settings::Theme::export_all(&cfg)?;
    resilience_core::model::settings::WeekStart::export_all(&cfg)?;
    resilience_core::insights::Dashboard::export_all(&cfg)?;
    crate::commands::app::AppInfo::export_all(&cfg)?;
    crate::commands::app::StartupData::export_all(&cfg)?;
    crate::commands::encryption::EncryptionStatus::export_all(&cfg)?;
    crate::commands::encryption::PreparedEncryption::export_all(&cfg)?;
    crate::commands::encryption::EncryptRequest::export_all(&cfg)?;
    crate::commands::encryption::UnlockSecret::export_all(&cfg)?;
    crate::commands::sync::SyncStatus::export_all(&cfg)?;
    crate::commands::sync::JoinPreview::export_all(&cfg)?;
    resilience_core::encryption::PassphraseStrength::export_all(&cfg)?;
    crate::profile::ProfilePlan::export_all(&cfg)?;
    crate::AppError::export_all(&cfg)?;
    resilience_core::charts::ChartQuery::export_all(&cfg)?;
    resilience_core::charts::ChartData::export_all(&cfg)?;
    crate::paths::SavedFile::export_all(&cfg)?;
    crate::commands::charts::ChartFileKind::export_all(&cfg)?;
    crate::commands::reminders::ReminderOverview::export_all(&cfg)?;
    crate::commands::reminders::CalendarExport::export_all(&cfg)?;
    resilience_core::reminders::ReminderSettings::export_all(&cfg)?;
    resilience_core::reminders::Reminder::export_all(&cfg)?;
    crate::commands::portability::ExportRequest::export_all(&cfg)?;
    crate::commands::portability::ExportFormat::export_all(&cfg)?;
    crate::commands::portability::ImportOutcome::export_all(&cfg)?;
    crate::commands::portability::BackupOverview::export_all(&cfg)?;
    crate::commands::portability::RecoveryChoice::export_all(&cfg)?;
    resilience_core::portability::ImportPreview::export_all(&cfg)?;
    resilience_core::portability::ImportSource::export_all(&cfg)?;
    resilience_core::portability::ConflictPolicy::export_all(&cfg)?;
    resilience_core::portability::CsvColumns::export_all(&cfg)?;
    resilience_core::portability::RestoreReport::export_all(&cfg)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};

    fn read_dir(dir: &Path) -> BTreeMap<PathBuf, String> {
        let mut files = BTreeMap::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            files.insert(path.strip_prefix(dir).unwrap().to_path_buf(), text);
        }
        files
    }

    /// Run with `UPDATE_BINDINGS=1` (`make bindings`) to rewrite the checked-in files.
    #[test]
    fn checked_in_bindings_match_the_rust_types() {
        let checked_in = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/api/bindings");
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::create_dir_all(&checked_in).unwrap();
            super::export_all(&checked_in).unwrap();
        }
        let fresh = tempfile::tempdir().unwrap();
        super::export_all(fresh.path()).unwrap();
        assert_eq!(
            read_dir(&checked_in),
            read_dir(fresh.path()),
            "ui/src/api/bindings is out of date with the Rust types: run `make bindings`"
        );
    }
}
