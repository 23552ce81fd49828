//! Paths from the native dialogs: where an exported file goes (its ending added when missing), and
//! what the UI hears back about a written file.

use resilience_core::error::Message;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::AppError;

/// Where an exported file (chart, data, calendar) was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct SavedFile {
    /// The full path, with the file type's ending (`.png`, `.csv`, `.ics` …) added if the name
    /// lacked it.
    pub path: String,
}

impl SavedFile {
    /// The file written at `path`.
    pub fn at(path: &Path) -> Self {
        SavedFile { path: path.to_string_lossy().into_owned() }
    }
}

/// The absolute `path`, ending in `.kind` (added when the name has another or no ending, so an
/// export can never overwrite a file of another type, such as the journal itself). A path that
/// names a folder (ending in a separator, `.` or `..`) is refused, not turned into a file beside it; so are relative
/// paths and `..` in a path.
pub fn target_path(path: &str, kind: &str) -> Result<PathBuf, AppError> {
    let names_folder = matches!(path.rsplit(std::path::is_separator).next(), Some("" | "." | ".."));
    let mut path = PathBuf::from(path);
    if names_folder || !is_dialog_path(&path) {
        return Err(AppError::invalid("path", Message::new("error-save-with-dialog")));
    }
    let has_ending = path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case(kind));
    if !has_ending {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(format!(".{kind}"));
        path.set_file_name(name);
    }
    Ok(path)
}

/// Writes `bytes` to `path` (from the save dialog, ending in `.ending`), whole or not at all.
pub fn save_file(path: &str, ending: &str, bytes: &[u8]) -> Result<SavedFile, AppError> {
    let path = target_path(path, ending)?;
    resilience_core::file::write_atomically(&path, bytes)?;
    Ok(SavedFile::at(&path))
}

/// The absolute `path` of a file or folder chosen with a dialog (`field` names the argument); a
/// relative path or one with `..` in it is refused.
pub fn absolute(path: &str, field: &str) -> Result<PathBuf, AppError> {
    let path = PathBuf::from(path);
    if is_dialog_path(&path) {
        Ok(path)
    } else {
        Err(AppError::invalid(field, Message::new("error-choose-with-dialog")))
    }
}

/// A path as a dialog gives it: absolute, naming a file or folder, without `..` (which a dialog
/// never writes, and which would let a path seem to be in one folder while it is in another).
fn is_dialog_path(path: &Path) -> bool {
    path.is_absolute()
        && path.file_name().is_some()
        && !path.components().any(|part| part == std::path::Component::ParentDir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ending_is_added_only_when_missing() {
        let dir = std::env::temp_dir();
        let at = |name: &str| dir.join(name).to_string_lossy().into_owned();
        assert_eq!(target_path(&at("chart.png"), "png").unwrap(), dir.join("chart.png"));
        assert_eq!(target_path(&at("Chart.PNG"), "png").unwrap(), dir.join("Chart.PNG"));
        assert_eq!(target_path(&at("chart"), "csv").unwrap(), dir.join("chart.csv"));
        assert_eq!(target_path(&at("journal.db"), "csv").unwrap(), dir.join("journal.db.csv"));
        assert_eq!(target_path("chart.png", "png").unwrap_err().field.as_deref(), Some("path"));
        assert!(target_path(&at("sub/../chart.png"), "png").is_err(), "`..` is refused");
        assert!(absolute(&at("sub/../import.json"), "path").is_err(), "`..` is refused");
        for folder in ["", "/", ".", "..", "/tmp/", "/tmp/.", "/tmp/..", "/tmp//"] {
            let folder = folder.replace('/', std::path::MAIN_SEPARATOR_STR);
            assert_eq!(target_path(&folder, "png").unwrap_err().field.as_deref(), Some("path"), "{folder}");
        }
        assert!(target_path(&at("chart.png"), "png").is_ok());
    }
}
