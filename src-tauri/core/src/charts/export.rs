//! A chart's data as CSV, and a chart's picture as PNG bytes from the UI's data URL.

use base64::Engine as _;

use super::{ChartData, Resolution, SessionMarker};
use crate::error::Message;
use crate::{Error, Result};

/// The largest PNG accepted from the UI (a chart is a few hundred kilobytes).
pub const MAX_PNG_BYTES: usize = 20 * 1024 * 1024;

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
const DATA_URL_PREFIX: &str = "data:image/png;base64,";

/// The PNG inside `data:image/png;base64,…` (as `canvas.toDataURL()` makes it), checked to be a
/// PNG and not larger than [`MAX_PNG_BYTES`].
pub fn decode_png_data_url(data_url: &str) -> Result<Vec<u8>> {
    let encoded = data_url
        .strip_prefix(DATA_URL_PREFIX)
        .ok_or_else(|| Error::invalid("data", Message::new("error-picture-not-data-url")))?;
    if encoded.len() / 4 * 3 > MAX_PNG_BYTES {
        return Err(Error::invalid("data", Message::new("error-picture-too-large")));
    }
    let bytes = base64::engine::general_purpose::STANDARD.decode(encoded.trim()).map_err(|err| {
        Error::invalid("data", Message::new("error-picture-unreadable").arg("detail", err.to_string()))
    })?;
    if !bytes.starts_with(PNG_SIGNATURE) {
        return Err(Error::invalid("data", Message::new("error-picture-not-png")));
    }
    Ok(bytes)
}

/// The chart's table as CSV: one row per point with ISO days, each metric's value and rolling
/// mean (and, by week, how many days the mean stands for), and the sessions of that day or week.
/// Numbers are plain decimals with at most three places; a gap is an empty cell.
pub fn to_csv(data: &ChartData) -> Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let weekly = data.resolution == Resolution::Week;
    let mut header = vec![if weekly { "week_start".to_string() } else { "day".to_string() }];
    for series in &data.series {
        let id = series.metric.id();
        header.push(id.to_string());
        header.push(format!("{id}_mean_{}d", data.rolling_days));
        if weekly {
            header.push(format!("{id}_days"));
        }
    }
    header.push("sessions".into());
    writer.write_record(&header).map_err(csv_error)?;
    for (i, day) in data.days.iter().enumerate() {
        let next = data.days.get(i + 1).copied();
        let mut row = vec![day.to_string()];
        for series in &data.series {
            row.push(number(series.values[i]));
            row.push(number(series.rolling[i]));
            if weekly {
                row.push(series.counts[i].to_string());
            }
        }
        let in_row = |m: &&SessionMarker| m.day >= *day && next.is_none_or(|next| m.day < next);
        row.push(data.markers.iter().filter(in_row).map(describe).collect::<Vec<_>>().join("; "));
        writer.write_record(&row).map_err(csv_error)?;
    }
    let bytes = writer.into_inner().map_err(|err| Error::from(err.into_error()))?;
    String::from_utf8(bytes).map_err(|err| Error::Database(err.to_string()))
}

fn describe(marker: &SessionMarker) -> String {
    match &marker.kind_other {
        Some(name) => format!("{} {} ({name})", marker.status, marker.kind),
        None => format!("{} {}", marker.status, marker.kind),
    }
}

/// At most three decimals, without trailing zeros; empty for a gap.
pub(super) fn number(value: Option<f64>) -> String {
    let Some(value) = value.filter(|v| v.is_finite()) else {
        return String::new();
    };
    let text = format!("{value:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.into()
    }
}

pub(super) fn csv_error(err: csv::Error) -> Error {
    Error::Io(std::io::Error::other(err))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::charts::{ChartMetric, MetricSeries, SeriesSummary};
    use crate::{MassageKind, SessionStatus};

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn summary() -> SeriesSummary {
        SeriesSummary {
            logged_days: 0,
            mean: None,
            min: None,
            max: None,
            first_half_mean: None,
            second_half_mean: None,
        }
    }

    #[test]
    fn numbers_are_plain_decimals() {
        assert_eq!(number(Some(4.0)), "4");
        assert_eq!(number(Some(7.25)), "7.25");
        assert_eq!(number(Some(13.0 / 3.0)), "4.333");
        assert_eq!(number(Some(-0.0001)), "0");
        assert_eq!(number(None), "");
        assert_eq!(number(Some(f64::NAN)), "");
    }

    #[test]
    fn weekly_csv_has_iso_days_numbers_counts_and_sessions() {
        let data = ChartData {
            from: day("2024-12-30"),
            to: day("2025-01-12"),
            resolution: Resolution::Week,
            rolling_days: 28,
            days: vec![day("2024-12-30"), day("2025-01-06")],
            series: vec![MetricSeries {
                metric: ChartMetric::SleepHours,
                values: vec![Some(7.5), None],
                rolling: vec![Some(7.125), Some(7.125)],
                counts: vec![2, 0],
                summary: summary(),
            }],
            notes: vec![],
            markers: vec![SessionMarker {
                id: "s1".into(),
                day: day("2025-01-02"),
                status: SessionStatus::Done,
                kind: MassageKind::Other,
                kind_other: Some("Lomi, lomi".into()),
            }],
            correlation: None,
        };
        let csv = to_csv(&data).unwrap();
        assert_eq!(
            csv,
            "week_start,sleepHours,sleepHours_mean_28d,sleepHours_days,sessions\n\
             2024-12-30,7.5,7.125,2,\"done other (Lomi, lomi)\"\n\
             2025-01-06,,7.125,0,\n"
        );
    }

    #[test]
    fn a_png_data_url_is_decoded_and_anything_else_refused() {
        let png = [PNG_SIGNATURE, b"rest"].concat();
        let url = format!("{DATA_URL_PREFIX}{}", base64::engine::general_purpose::STANDARD.encode(&png));
        assert_eq!(decode_png_data_url(&url).unwrap(), png);
        for bad in [
            "data:image/jpeg;base64,AAAA".to_string(),
            format!("{DATA_URL_PREFIX}not base64!"),
            format!("{DATA_URL_PREFIX}{}", base64::engine::general_purpose::STANDARD.encode(b"GIF89a")),
        ] {
            assert_eq!(decode_png_data_url(&bad).unwrap_err().field(), Some("data"), "{bad}");
        }
    }
}
