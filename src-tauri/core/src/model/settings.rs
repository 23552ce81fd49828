//! The person's preferences, typed. Stored as one JSON value per key so that a later version can
//! add settings without a migration and an older one ignores keys it does not know.

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::text_enum::text_enum;
use crate::error::Message;
use crate::{Error, Result};

text_enum! {
    /// Light, dark, or whatever the system uses.
    pub enum Theme {
        System = "system",
        Light = "light",
        Dark = "dark",
    }
}

text_enum! {
    /// The first day of the week in calendars.
    pub enum WeekStart {
        Monday = "monday",
        Sunday = "sunday",
    }
}

/// All settings. Every field has a default, so a journal with no stored settings is valid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Settings {
    pub show_mood: bool,
    pub show_anxiety: bool,
    pub show_body_awareness: bool,
    pub theme: Theme,
    pub week_start: WeekStart,
    /// ISO 4217 code for session costs, e.g. "EUR".
    pub currency: String,
    /// When a new journal day begins, "HH:MM" from 00:00 to 06:00.
    pub day_boundary: String,
    /// The welcome has been seen.
    pub welcomed: bool,
    /// The language of the app: "system" (the computer's, when the app has it) or a language
    /// code of `locales/languages.json`, e.g. "de". A code the app does not have shows English.
    #[serde(default = "system_language")]
    pub language: String,
}

/// The value of [`Settings::language`] that follows the computer's language.
pub const SYSTEM_LANGUAGE: &str = "system";

fn system_language() -> String {
    SYSTEM_LANGUAGE.to_string()
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            show_mood: true,
            show_anxiety: true,
            show_body_awareness: true,
            theme: Theme::System,
            week_start: WeekStart::Monday,
            currency: "EUR".into(),
            day_boundary: "04:00".into(),
            welcomed: false,
            language: system_language(),
        }
    }
}

impl Settings {
    /// Checks every field; the first problem names its field.
    pub fn validate(&self) -> Result<()> {
        if self.currency.len() != 3 || !self.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(Error::invalid("currency", Message::new("error-currency")));
        }
        self.day_boundary_time()?;
        let code = self.language.as_str();
        let language_code = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
        if code != SYSTEM_LANGUAGE && !language_code {
            return Err(Error::invalid("language", Message::new("error-language")));
        }
        Ok(())
    }

    /// The day boundary as a time (validated: "HH:MM", 00:00–06:00).
    pub fn day_boundary_time(&self) -> Result<NaiveTime> {
        let invalid = || Error::invalid("dayBoundary", Message::new("error-day-boundary"));
        if self.day_boundary.len() != 5 {
            return Err(invalid());
        }
        let time = NaiveTime::parse_from_str(&self.day_boundary, "%H:%M").map_err(|_| invalid())?;
        match NaiveTime::from_hms_opt(6, 0, 0) {
            Some(latest) if time <= latest => Ok(time),
            _ => Err(invalid()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid() {
        Settings::default().validate().unwrap();
        assert_eq!(Settings::default().day_boundary_time().unwrap(), NaiveTime::from_hms_opt(4, 0, 0).unwrap());
    }

    #[test]
    fn currency_must_be_three_capital_letters() {
        for bad in ["eur", "EURO", "E1R", "", "€"] {
            let s = Settings { currency: bad.into(), ..Default::default() };
            assert_eq!(s.validate().unwrap_err().field(), Some("currency"), "{bad}");
        }
    }

    #[test]
    fn the_day_boundary_lies_between_midnight_and_six() {
        for ok in ["00:00", "04:30", "06:00"] {
            assert!(Settings { day_boundary: ok.into(), ..Default::default() }.validate().is_ok(), "{ok}");
        }
        for bad in ["06:01", "4:00", "23:00", "24:00", "noon"] {
            let s = Settings { day_boundary: bad.into(), ..Default::default() };
            assert_eq!(s.validate().unwrap_err().field(), Some("dayBoundary"), "{bad}");
        }
    }

    #[test]
    fn the_language_is_system_or_a_language_code() {
        for ok in ["system", "de", "fr", "fil"] {
            assert!(Settings { language: ok.into(), ..Default::default() }.validate().is_ok(), "{ok}");
        }
        for bad in ["", "DE", "de-DE", "deutsch", "d", "../x"] {
            let s = Settings { language: bad.into(), ..Default::default() };
            assert_eq!(s.validate().unwrap_err().field(), Some("language"), "{bad}");
        }
    }

    #[test]
    fn settings_saved_before_languages_read_as_the_system_language() {
        let mut json = serde_json::to_value(Settings::default()).unwrap();
        json.as_object_mut().unwrap().remove("language");
        assert_eq!(serde_json::from_value::<Settings>(json).unwrap().language, "system");
    }

    #[test]
    fn unknown_fields_are_refused() {
        let mut json = serde_json::to_value(Settings::default()).unwrap();
        json["fontSize"] = 14.into();
        assert!(serde_json::from_value::<Settings>(json).is_err());
    }
}
