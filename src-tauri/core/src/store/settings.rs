//! Settings as key/value JSON; their types live in the model.

pub(super) const MIGRATION_1: &str = "
CREATE TABLE settings (
    key         TEXT PRIMARY KEY NOT NULL,
    value       TEXT NOT NULL CHECK (json_valid(value)),
    updated_at  TEXT NOT NULL
) STRICT;
";

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, Connection};
use serde_json::{Map, Value};

use super::Journal;
use crate::model::settings::Settings;
use crate::{Error, Result};

/// Stores one setting (key, JSON value, when), over any earlier value of that key.
pub(super) const UPSERT: &str = "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at";

/// The stored settings over the defaults. A stored value this version cannot read (an unknown key,
/// or a value of the wrong shape) is ignored rather than making the journal unreadable.
pub fn get(conn: &Connection) -> Result<Settings> {
    let mut fields = as_object(&Settings::default())?;
    let mut stmt = conn.prepare_cached("SELECT key, value FROM settings ORDER BY key")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (key, text) = row?;
        let Ok(value) = serde_json::from_str::<Value>(&text) else { continue };
        if !fields.contains_key(&key) {
            continue;
        }
        let mut trial = fields.clone();
        trial.insert(key, value);
        if serde_json::from_value::<Settings>(Value::Object(trial.clone())).is_ok() {
            fields = trial;
        }
    }
    serde_json::from_value(Value::Object(fields)).map_err(|e| Error::Database(e.to_string()))
}

fn as_object(settings: &Settings) -> Result<Map<String, Value>> {
    match serde_json::to_value(settings) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(Error::Database("settings did not serialise to an object".into())),
    }
}

/// Validates and stores every setting in one transaction.
pub fn save(conn: &mut Connection, settings: &Settings, now: DateTime<Utc>) -> Result<Settings> {
    settings.validate()?;
    let fields = as_object(settings)?;
    let stamp = now.to_rfc3339_opts(SecondsFormat::Secs, true);
    let tx = conn.transaction()?;
    for (key, value) in fields {
        tx.execute(UPSERT, params![key, value.to_string(), stamp])?;
    }
    tx.commit()?;
    get(conn)
}

impl Journal {
    /// The person's settings (defaults for anything never saved).
    pub fn settings(&self) -> Result<Settings> {
        get(self.conn())
    }

    /// Validates and saves all settings.
    pub fn save_settings(&mut self, settings: &Settings, now: DateTime<Utc>) -> Result<Settings> {
        save(self.conn_mut(), settings, now)
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::model::settings::Theme;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 20, 0, 0).unwrap()
    }

    #[test]
    fn a_new_journal_has_the_defaults() {
        let journal = Journal::open_in_memory().unwrap();
        assert_eq!(journal.settings().unwrap(), Settings::default());
    }

    #[test]
    fn saved_settings_are_read_back() {
        let mut journal = Journal::open_in_memory().unwrap();
        let wanted = Settings { theme: Theme::Dark, currency: "CHF".into(), show_mood: false, ..Default::default() };
        assert_eq!(journal.save_settings(&wanted, now()).unwrap(), wanted);
        assert_eq!(journal.settings().unwrap(), wanted);
    }

    #[test]
    fn invalid_settings_change_nothing() {
        let mut journal = Journal::open_in_memory().unwrap();
        let bad = Settings { theme: Theme::Dark, currency: "euro".into(), ..Default::default() };
        assert_eq!(journal.save_settings(&bad, now()).unwrap_err().field(), Some("currency"));
        assert_eq!(journal.settings().unwrap(), Settings::default());
    }

    #[test]
    fn unknown_or_unreadable_stored_values_fall_back_to_defaults() {
        let journal = Journal::open_in_memory().unwrap();
        journal
            .conn()
            .execute_batch(
                "INSERT INTO settings VALUES ('fromTheFuture', '42', 'x');
                 INSERT INTO settings VALUES ('theme', '\"sepia\"', 'x');
                 INSERT INTO settings VALUES ('currency', '\"GBP\"', 'x');",
            )
            .unwrap();
        let settings = journal.settings().unwrap();
        assert_eq!((settings.theme, settings.currency.as_str()), (Theme::System, "GBP"));
    }
}
