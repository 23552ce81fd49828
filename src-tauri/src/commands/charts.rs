//! Charts: the series of a range, and saving a chart as PNG or its data as CSV.

use std::path::PathBuf;

use resilience_core::atomic_file::write_atomically;
use resilience_core::charts::{decode_png_data_url, effect_range, effect_to_csv, to_csv, ChartData, ChartQuery};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use crate::args::Arg;
use crate::error::parse_payload;
use crate::{AppError, AppState};

/// Where an exported file (chart, data, calendar) was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct SavedFile {
    /// The full path, with the file type's ending (`.png`, `.csv`, `.ics` …) added if the name
    /// lacked it.
    pub path: String,
}

/// The chart of `query` ([`ChartQuery`]): one x axis, per metric the values, a rolling mean and a
/// summary, the session markers and, for two metrics, their correlation.
#[tauri::command(async)]
pub fn chart_series(state: State<'_, AppState>, query: Arg) -> Result<ChartData, AppError> {
    let query: ChartQuery = query.payload("chart query", "query")?;
    state.journal()?.chart_series(&query, state.day_boundary()).map_err(Into::into)
}

/// Writes a chart file to `path` (from the save dialog), whole or not at all: `kind` "png" with
/// `data` a PNG data URL from the canvas, "csv" with `data` the chart query, whose series is
/// computed again here and written as CSV, or "effect-csv" with `data` `{ from, to }`, the range
/// of the massage effect chart, whose numbers the insights dashboard computes again here.
#[tauri::command(async)]
pub fn save_chart_file(state: State<'_, AppState>, path: Arg, kind: Arg, data: Arg) -> Result<SavedFile, AppError> {
    let (path, kind, data) = (path.text("path")?, kind.text("kind")?, data.value("data")?);
    let (bytes, ending) = match kind.as_str() {
        "png" => match data {
            serde_json::Value::String(url) => (decode_png_data_url(&url)?, "png"),
            _ => return Err(invalid("data", "The picture must arrive as a PNG data URL.")),
        },
        "csv" => {
            let query: ChartQuery = parse_payload("chart query", data)?;
            let chart = state.journal()?.chart_series(&query, state.day_boundary())?;
            (to_csv(&chart)?.into_bytes(), "csv")
        }
        "effect-csv" => {
            let range = effect_range(data)?;
            let (today, _) = state.today_and_now();
            let (from, to) = (range.from.to_string(), range.to.to_string());
            let dashboard = state.journal()?.dashboard(&from, &to, today, state.day_boundary())?;
            (effect_to_csv(&dashboard.massage)?.into_bytes(), "csv")
        }
        _ => return Err(invalid("kind", "A chart is saved as \"png\", \"csv\" or \"effect-csv\".")),
    };
    let path = target_path(&path, ending)?;
    write_atomically(&path, &bytes)?;
    Ok(SavedFile { path: path.to_string_lossy().into_owned() })
}

/// The absolute `path`, ending in `.kind` (added when the name has another or no ending, so an
/// export can never overwrite a file of another type, such as the journal itself). A path that
/// names a folder (ending in a separator, `.` or `..`) is refused, not turned into a file beside it.
pub(crate) fn target_path(path: &str, kind: &str) -> Result<PathBuf, AppError> {
    let names_folder = matches!(path.rsplit(std::path::is_separator).next(), Some("" | "." | ".."));
    let mut path = PathBuf::from(path);
    if names_folder || !path.is_absolute() || path.file_name().is_none() {
        return Err(invalid("path", "Choose where to save the file with the save dialog."));
    }
    let has_ending = path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case(kind));
    if !has_ending {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(format!(".{kind}"));
        path.set_file_name(name);
    }
    Ok(path)
}

pub(crate) fn invalid(field: &str, message: &str) -> AppError {
    AppError { code: "invalid_input".into(), message: message.into(), field: Some(field.into()) }
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
        for folder in ["", "/", ".", "..", "/tmp/", "/tmp/.", "/tmp/..", "/tmp//"] {
            let folder = folder.replace('/', std::path::MAIN_SEPARATOR_STR);
            assert_eq!(target_path(&folder, "png").unwrap_err().field.as_deref(), Some("path"), "{folder}");
        }
        assert!(target_path(&at("chart.png"), "png").is_ok());
    }
}
