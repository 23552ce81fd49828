//! Owning your data: export the journal (JSON, CSV), import it back or from elsewhere (our JSON,
//! a Daylio CSV, any CSV with a column mapping), and backups of the journal file (daily and on
//! request, listed, restorable with undo).
//!
//! Every import is two steps: parse the file into a [`ParsedImport`] (which validates every row
//! as if it were typed in), then [`ParsedImport::preview`] what it would change — writing
//! nothing — and [`ParsedImport::commit`] it with a [`ConflictPolicy`], in one transaction.

pub mod backup;
pub mod batch;
pub mod csv_export;
pub mod csv_import;
mod csv_read;
pub mod daylio;
pub mod document;
pub mod input;
pub mod json;
mod merge;
pub mod report;
pub mod rotation;
pub mod source;

pub use backup::{
    backup_before_import, backup_if_due, backup_to, daily_backup_if_due, list_backups, restore_backup, BackupInfo,
    BackupKind, RestoreReport,
};
pub use batch::{ConflictPolicy, ImportFormat, ImportPreview, ImportReport, ItemChange, ParsedImport, SkippedRow};
pub use csv_export::CsvExportOptions;
pub use csv_import::{CsvColumns, CsvMapping, MetricColumn};
pub use daylio::{MoodLabel, MoodMapping};
pub use input::{read_import_file, MAX_IMPORT_BYTES};
pub use json::ExportOptions;
pub use source::{commit_import, preview_import, ImportSource};

#[cfg(test)]
mod bad_input_tests;
#[cfg(test)]
mod json_tests;
#[cfg(test)]
mod test_support;

#[cfg(test)]
mod binding_tests {
    use ts_rs::{Config, TS};

    use super::*;

    #[test]
    fn every_ipc_type_declares_camel_case_typescript() {
        let cfg = Config::new();
        let decls = [
            ImportPreview::decl(&cfg),
            ImportReport::decl(&cfg),
            ImportSource::decl(&cfg),
            ConflictPolicy::decl(&cfg),
            MoodMapping::decl(&cfg),
            MoodLabel::decl(&cfg),
            CsvMapping::decl(&cfg),
            CsvColumns::decl(&cfg),
            CsvExportOptions::decl(&cfg),
            ExportOptions::decl(&cfg),
            BackupInfo::decl(&cfg),
            RestoreReport::decl(&cfg),
        ];
        let all = decls.join("\n");
        for field in [
            "newDays: number",
            "conflictDays: Array<string>",
            "sizeBytes: number",
            "\"kind\": \"daylio\"",
            "dateColumn",
        ] {
            assert!(all.contains(field), "{field} missing in:\n{all}");
        }
        assert!(!all.contains("new_days"));
    }
}
