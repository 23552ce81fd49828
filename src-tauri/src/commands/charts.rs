//! Charts: the series of a range, and saving a chart as PNG or its data as CSV.

use resilience_core::charts::{decode_png_data_url, effect_range, effect_to_csv, to_csv, ChartData, ChartQuery};
use resilience_core::error::Message;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tauri::State;
use ts_rs::TS;

use crate::args::Arg;
use crate::error::parse_payload;
use crate::paths::{save_file, SavedFile};
use crate::{AppError, AppState};

/// What a chart is saved as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ChartFileKind {
    /// The picture: `data` is a PNG data URL from the canvas.
    Png,
    /// The chart's data: `data` is the chart query, whose series is computed again here.
    Csv,
    /// The massage effect chart's numbers: `data` is `{ from, to }`, the range of the chart, whose
    /// insights dashboard is computed again here.
    EffectCsv,
}

impl std::str::FromStr for ChartFileKind {
    type Err = AppError;
    fn from_str(text: &str) -> Result<Self, AppError> {
        serde_json::from_value(Value::String(text.into()))
            .map_err(|_| AppError::invalid("kind", Message::new("error-chart-file-kind")))
    }
}

impl ChartFileKind {
    /// The file's bytes and ending.
    fn contents(self, state: &AppState, data: Value) -> Result<(Vec<u8>, &'static str), AppError> {
        Ok(match self {
            ChartFileKind::Png => match data {
                Value::String(url) => (decode_png_data_url(&url)?, "png"),
                _ => return Err(AppError::invalid("data", Message::new("error-picture-data-url"))),
            },
            ChartFileKind::Csv => {
                let query: ChartQuery = parse_payload("chart query", data)?;
                let chart = state.journal()?.chart_series(&query, state.time.day_boundary())?;
                (to_csv(&chart)?.into_bytes(), "csv")
            }
            ChartFileKind::EffectCsv => {
                let range = effect_range(data)?;
                let (today, _) = state.time.today_and_now();
                let (from, to) = (range.from.to_string(), range.to.to_string());
                let dashboard = state.journal()?.dashboard(&from, &to, today, state.time.day_boundary())?;
                (effect_to_csv(&dashboard.massage)?.into_bytes(), "csv")
            }
        })
    }
}

/// The chart of `query` ([`ChartQuery`]): one x axis, per metric the values, a rolling mean and a
/// summary, the session markers and, for two metrics, their correlation.
#[tauri::command(async)]
pub fn chart_series(state: State<'_, AppState>, query: Arg) -> Result<ChartData, AppError> {
    let query: ChartQuery = query.payload("chart query", "query")?;
    state.journal()?.chart_series(&query, state.time.day_boundary()).map_err(Into::into)
}

/// Writes a chart file to `path` (from the save dialog), whole or not at all, as `kind` says
/// ([`ChartFileKind`]) from `data`.
#[tauri::command(async)]
pub fn save_chart_file(state: State<'_, AppState>, path: Arg, kind: Arg, data: Arg) -> Result<SavedFile, AppError> {
    let (path, kind, data) = (path.text("path")?, kind.text("kind")?, data.value("data")?);
    let (bytes, ending) = kind.parse::<ChartFileKind>()?.contents(&state, data)?;
    save_file(&path, ending, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kinds_keep_their_wire_names() {
        for (text, kind) in
            [("png", ChartFileKind::Png), ("csv", ChartFileKind::Csv), ("effect-csv", ChartFileKind::EffectCsv)]
        {
            assert_eq!(text.parse::<ChartFileKind>().unwrap(), kind);
            assert_eq!(serde_json::to_value(kind).unwrap(), text);
        }
        assert_eq!("pdf".parse::<ChartFileKind>().unwrap_err().field.as_deref(), Some("kind"));
    }
}
