//! The journal as one JSON file ([`super::document`]): export, and import through
//! [`ParsedImport`].

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, NaiveTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::batch::{
    Fields, ImportFormat, IncomingDay, IncomingSession, IncomingSettings, IncomingTag, ParsedImport, Stamps,
};
use super::document::{
    CheckInRecord, DayRange, ExportDocument, SessionRecord, SettingsRecord, TagRecord, FORMAT_NAME, FORMAT_VERSION,
};
use super::input::decode_text;
use crate::error::Message;
use crate::model::check_in::{tag_names, CheckInDraft};
use crate::model::day::{parse_day, EARLIEST_DAY};
use crate::model::massage_session::MassageSessionDraft;
use crate::store::transfer::{self, LAST_DAY};
use crate::store::{check_in, Journal};
use crate::{Error, Result};

/// Which days to export; both ends are optional and inclusive (ISO days).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(rename_all = "camelCase")]
pub struct ExportOptions {
    pub from: Option<String>,
    pub to: Option<String>,
}

impl ExportOptions {
    /// The days to export, `None` for the whole journal; a range that ends before it starts is
    /// refused.
    pub fn range(&self) -> Result<Option<(NaiveDate, NaiveDate)>> {
        if self.from.is_none() && self.to.is_none() {
            return Ok(None);
        }
        let from = self.from.as_deref().map(|d| parse_day("from", d)).transpose()?.unwrap_or(EARLIEST_DAY);
        let to = self.to.as_deref().map(|d| parse_day("to", d)).transpose()?.unwrap_or(LAST_DAY);
        if from > to {
            return Err(Error::invalid(
                "to",
                Message::new("error-range-reversed").arg("from", from.to_string()).arg("to", to.to_string()),
            ));
        }
        Ok(Some((from, to)))
    }
}

/// The journal (or the days `options` names) as the JSON export format: check-ins, the sessions
/// of those journal days, the tags they use (all live tags for a whole export) and the settings.
/// Deleted entries are not exported. The same journal and `now` always give the same bytes.
pub fn export(journal: &Journal, options: &ExportOptions, now: DateTime<Utc>) -> Result<String> {
    let document = export_document(journal, options, now)?;
    let mut text = serde_json::to_string_pretty(&document).map_err(|e| Error::Database(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Like [`export`], as the document rather than its text.
pub fn export_document(journal: &Journal, options: &ExportOptions, now: DateTime<Utc>) -> Result<ExportDocument> {
    let conn = journal.conn();
    let range = options.range()?;
    let (from, to) = range.unwrap_or((EARLIEST_DAY, LAST_DAY));
    let check_ins = check_in::list(conn, from, to)?;
    let (general, reminders) = transfer::all_settings(conn)?;
    let sessions = match range {
        None => transfer::live_sessions(conn)?,
        Some(_) => journal.sessions(&from.to_string(), &to.to_string(), general.day_boundary_time()?)?,
    };
    let used: HashSet<String> = check_ins.iter().flat_map(|c| &c.tags).map(|t| t.to_lowercase()).collect();
    let tags = transfer::live_tags(conn)?
        .into_iter()
        .filter(|t| range.is_none() || used.contains(&t.name.to_lowercase()))
        .map(TagRecord::from)
        .collect();
    Ok(ExportDocument {
        format: FORMAT_NAME.into(),
        version: FORMAT_VERSION,
        exported_at: now.to_rfc3339_opts(SecondsFormat::Secs, true),
        range: range.map(|(from, to)| DayRange { from: from.to_string(), to: to.to_string() }),
        check_ins: check_ins.into_iter().map(CheckInRecord::from).collect(),
        sessions: sessions.into_iter().map(SessionRecord::from).collect(),
        tags,
        settings: SettingsRecord { general, reminders, updated_at: transfer::settings_updated_at(conn)? },
    })
}

/// Just enough of a file to know whether this version can read it.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

/// Reads and validates a JSON export. Check-ins for days after `today` are refused, as when
/// checking in. A file from a newer format version is refused before anything else is read.
pub fn parse(bytes: &[u8], today: NaiveDate) -> Result<ParsedImport> {
    let text = decode_text(bytes)?;
    let header: Header = serde_json::from_str(text).map_err(json_error)?;
    match header.format.as_ref().and_then(|f| f.as_str()) {
        Some(FORMAT_NAME) => {}
        _ => return Err(Error::invalid("file", Message::new("error-import-not-an-export"))),
    }
    let version = header
        .version
        .as_ref()
        .and_then(|v| v.as_u64())
        .filter(|v| *v >= 1)
        .ok_or_else(|| Error::invalid("file", Message::new("error-import-no-version")))?;
    if version > u64::from(FORMAT_VERSION) {
        return Err(Error::invalid(
            "file",
            Message::new("error-import-newer-version")
                .arg("found", version.to_string())
                .arg("supported", FORMAT_VERSION.to_string()),
        ));
    }
    let document: ExportDocument = serde_json::from_str(text).map_err(json_error)?;
    from_document(document, today)
}

/// Validates a document as if each of its entries were typed in.
pub(crate) fn from_document(document: ExportDocument, today: NaiveDate) -> Result<ParsedImport> {
    let mut import = ParsedImport::new(ImportFormat::Json);
    let mut seen_days: HashMap<NaiveDate, usize> = HashMap::new();
    for (i, record) in document.check_ins.into_iter().enumerate() {
        let context =
            Message::new("error-context-check-in").arg("number", (i + 1).to_string()).arg("day", shorten(&record.day));
        let day = incoming_day(record, today).map_err(|e| within(context.clone(), e))?;
        if let Some(first) = seen_days.insert(day.values.day, i) {
            return Err(Error::invalid(
                "day",
                in_context(
                    context,
                    Message::new("error-import-same-day")
                        .arg("first", (first + 1).to_string())
                        .arg("second", (i + 1).to_string())
                        .arg("day", day.values.day.to_string()),
                ),
            ));
        }
        import.days.push(day);
    }
    let mut seen_sessions = HashSet::new();
    let end_of_today = today.and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or_default());
    for (i, record) in document.sessions.into_iter().enumerate() {
        let context = Message::new("error-context-session")
            .arg("number", (i + 1).to_string())
            .arg("start", shorten(&record.starts_at));
        let session = incoming_session(record, end_of_today).map_err(|e| within(context.clone(), e))?;
        if !seen_sessions.insert(session.id.clone()) {
            return Err(Error::invalid("id", in_context(context, Message::new("error-import-same-session-id"))));
        }
        import.sessions.push(session);
    }
    let mut seen_tags = HashSet::new();
    for (i, record) in document.tags.into_iter().enumerate() {
        let context =
            Message::new("error-context-tag").arg("number", (i + 1).to_string()).arg("name", shorten(&record.name));
        let tag = incoming_tag(record).map_err(|e| within(context.clone(), e))?;
        if !seen_tags.insert(tag.name.to_lowercase()) {
            return Err(Error::invalid("tags", in_context(context, Message::new("error-import-same-tag"))));
        }
        import.tags.push(tag);
    }
    let settings = document.settings;
    settings.general.validate().map_err(|e| within(Message::new("error-context-settings"), e))?;
    settings.reminders.validate().map_err(|e| within(Message::new("error-context-reminder-settings"), e))?;
    import.settings = Some(IncomingSettings {
        general: settings.general,
        reminders: settings.reminders,
        updated_at: settings.updated_at.as_deref().map(|t| timestamp("settings.updatedAt", t)).transpose()?,
    });
    Ok(import)
}

fn incoming_day(record: CheckInRecord, today: NaiveDate) -> Result<IncomingDay> {
    let stamps = stamps(&record.created_at, &record.updated_at, record.version)?;
    let draft = CheckInDraft {
        day: record.day,
        stress: record.stress,
        sleep_hours: record.sleep_hours,
        sleep_quality: record.sleep_quality,
        pain: record.pain,
        self_esteem: record.self_esteem,
        mood: record.mood,
        anxiety: record.anxiety,
        body_awareness: record.body_awareness,
        pain_areas: record.pain_areas,
        tags: record.tags,
        notes: record.notes,
        version: None,
    };
    Ok(IncomingDay { values: draft.validate(today)?, fields: Fields::all(), stamps: Some(stamps) })
}

fn incoming_session(record: SessionRecord, now_local: chrono::NaiveDateTime) -> Result<IncomingSession> {
    let stamps = stamps(&record.created_at, &record.updated_at, record.version)?;
    let draft = MassageSessionDraft {
        id: Some(record.id.clone()),
        starts_at: record.starts_at,
        status: record.status,
        kind: record.kind,
        kind_other: record.kind_other,
        duration_min: record.duration_min,
        therapist: record.therapist,
        place: record.place,
        pressure: record.pressure,
        focus_areas: record.focus_areas,
        cost_cents: record.cost_cents,
        notes: record.notes,
        stress_before: record.stress_before,
        stress_after: record.stress_after,
        pain_before: record.pain_before,
        pain_after: record.pain_after,
        version: Some(record.version),
    };
    // Without the person's time zone, no start can fall into a daylight-saving gap.
    let values = draft.validate(&Utc, now_local)?;
    Ok(IncomingSession { id: record.id, values, stamps })
}

fn incoming_tag(record: TagRecord) -> Result<IncomingTag> {
    let name = tag_names(std::slice::from_ref(&record.name))?.pop().unwrap_or_default();
    match uuid::Uuid::try_parse(&record.id) {
        Ok(id) if id.hyphenated().to_string() == record.id => {}
        _ => return Err(Error::invalid("tags", Message::new("error-import-tag-id"))),
    }
    Ok(IncomingTag { id: record.id, name, created_at: timestamp("createdAt", &record.created_at)? })
}

fn stamps(created_at: &str, updated_at: &str, version: i64) -> Result<Stamps> {
    if version < 1 {
        return Err(Error::invalid("version", Message::new("error-import-version").arg("value", version.to_string())));
    }
    Ok(Stamps {
        created_at: timestamp("createdAt", created_at)?,
        updated_at: timestamp("updatedAt", updated_at)?,
        version,
    })
}

/// An RFC 3339 time, written the way the journal writes times (UTC, `Z`).
fn timestamp(field: &'static str, text: &str) -> Result<String> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc).to_rfc3339_opts(SecondsFormat::AutoSi, true))
        .map_err(|_| Error::invalid(field, Message::new("error-import-timestamp").arg("text", shorten(text))))
}

/// Puts `context` in front of a validation message, so that it says which entry is wrong.
pub(crate) fn within(context: Message, err: Error) -> Error {
    match err {
        Error::Invalid { field, message } => Error::invalid(field, in_context(context, message)),
        other => other,
    }
}

/// "Check-in 3 (2026-05-01): …": `reason` said about the entry `context` names.
pub(crate) fn in_context(context: Message, reason: Message) -> Message {
    Message::new("error-in-context").arg("context", context).arg("reason", reason)
}

fn shorten(text: &str) -> String {
    text.chars().take(40).collect()
}

/// A parser's complaint, with the line and column it names.
fn json_error(err: serde_json::Error) -> Error {
    use serde_json::error::Category;
    let (line, column) = (err.line(), err.column());
    let full = err.to_string();
    let detail = full.split(" at line ").next().unwrap_or(&full);
    let message = match err.classify() {
        Category::Eof => Message::new("error-json-cut-off"),
        Category::Syntax => Message::new("error-json-syntax"),
        Category::Data => Message::new("error-json-data"),
        Category::Io => Message::new("error-file-unreadable"),
    };
    let message = message.arg("line", line.to_string()).arg("column", column.to_string()).arg("detail", detail);
    Error::invalid("file", message)
}
