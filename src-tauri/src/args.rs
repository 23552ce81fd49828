//! Command arguments read by the command itself, so that anything the IPC call sends — a wrong
//! type, `null`, a missing key — comes back as an `invalid_payload` [`AppError`] naming the
//! argument, instead of Tauri's plain-string rejection.
//!
//! Tauri deserialises each argument from the key of the call's JSON object through
//! `Deserializer::deserialize_option` when the type asks for an option: a missing key becomes
//! `None`, any present value `Some(value)` (and `null` `None`). [`Arg`] asks exactly that, so its
//! deserialisation cannot fail for a JSON call; its methods then check the value.

use serde::{Deserialize, Deserializer};
use serde_json::Value;

use crate::error::{parse_payload, payload_name};
use crate::AppError;
use resilience_core::error::Message;

/// One command argument as the call sent it: any JSON value, or `None` when the key was missing
/// or `null`. Read it with the method for the type the command expects, passing the argument's
/// name as the UI spells it (camelCase, e.g. `"startsAt"`), which the error names as its field.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Arg(Option<Value>);

impl Arg {
    /// An argument holding `value` (`null` reads as missing), for code that calls commands' logic
    /// directly and for tests.
    pub fn new(value: Value) -> Self {
        Arg((!value.is_null()).then_some(value))
    }

    /// A missing argument.
    pub fn missing() -> Self {
        Arg(None)
    }

    /// The argument as text; missing, `null` or another type is an error.
    pub fn text(self, name: &str) -> Result<String, AppError> {
        match self.0 {
            Some(Value::String(text)) => Ok(text),
            other => Err(wrong(name, "text", other.as_ref())),
        }
    }

    /// The argument as text, or `None` when it is missing or `null`; another type is an error.
    pub fn optional_text(self, name: &str) -> Result<Option<String>, AppError> {
        match self.0 {
            None => Ok(None),
            Some(Value::String(text)) => Ok(Some(text)),
            other => Err(wrong(name, "textOrNull", other.as_ref())),
        }
    }

    /// The argument as `true` or `false`; missing, `null` or another type is an error.
    pub fn flag(self, name: &str) -> Result<bool, AppError> {
        match self.0 {
            Some(Value::Bool(flag)) => Ok(flag),
            other => Err(wrong(name, "flag", other.as_ref())),
        }
    }

    /// The argument as any JSON value other than `null`; missing or `null` is an error.
    pub fn value(self, name: &str) -> Result<Value, AppError> {
        self.0.ok_or_else(|| wrong(name, "value", None))
    }

    /// The argument read as `T` with [`parse_payload`] (`what` names it in the message, e.g.
    /// "check-in"); missing or `null` is an error naming `name`, a mismatch inside names the
    /// offending field of the payload.
    pub fn payload<T: serde::de::DeserializeOwned>(self, what: &str, name: &str) -> Result<T, AppError> {
        match self.0 {
            Some(value) => parse_payload(what, value),
            None => Err(AppError {
                code: "invalid_payload".into(),
                message: Message::new("error-payload-missing").arg("what", payload_name(what)).arg("name", name),
                field: Some(name.into()),
            }),
        }
    }
}

impl<'de> Deserialize<'de> for Arg {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // `Option` goes through `deserialize_option`, which Tauri answers with `None` for a
        // missing key instead of failing.
        Option::<Value>::deserialize(deserializer).map(Arg)
    }
}

/// `expected` is the kind of value the argument takes (`text`, `textOrNull`, `flag`, `value`), a
/// key the catalogue's messages `error-argument-…` choose their words by, as they do for `got`.
fn wrong(name: &str, expected: &str, got: Option<&Value>) -> AppError {
    let got = match got {
        None => None,
        Some(Value::Null) => Some("null"),
        Some(Value::Bool(_)) => Some("flag"),
        Some(Value::Number(_)) => Some("number"),
        Some(Value::String(_)) => Some("text"),
        Some(Value::Array(_)) => Some("list"),
        Some(Value::Object(_)) => Some("object"),
    };
    let message = match got {
        None => Message::new("error-argument-missing"),
        Some(got) => Message::new("error-argument-wrong").arg("got", got),
    };
    let message = message.arg("name", name).arg("expected", expected);
    AppError { code: "invalid_payload".into(), message, field: Some(name.into()) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn from_object(object: Value, key: &str) -> Arg {
        // What Tauri does: the key's value through `deserialize_option`, `None` when missing.
        match object.get(key) {
            Some(value) => Arg::deserialize(value).unwrap(),
            None => Arg::missing(),
        }
    }

    #[test]
    fn any_json_value_deserialises() {
        for value in [json!(null), json!(1), json!("x"), json!([1]), json!({ "a": 1 }), json!(true)] {
            assert_eq!(Arg::deserialize(&value).unwrap(), Arg::new(value.clone()));
        }
    }

    #[test]
    fn text_is_read_and_anything_else_names_the_argument() {
        assert_eq!(from_object(json!({ "day": "2026-11-25" }), "day").text("day").unwrap(), "2026-11-25");
        for args in [json!({}), json!({ "day": null }), json!({ "day": 3 }), json!({ "day": ["x"] })] {
            let err = from_object(args, "day").text("day").unwrap_err();
            assert_eq!((err.code.as_str(), err.field.as_deref()), ("invalid_payload", Some("day")));
            assert_eq!(err.message.args.get("name"), Some(&"day".into()), "{}", err.message);
        }
    }

    #[test]
    fn optional_text_takes_missing_and_null_as_none() {
        assert_eq!(Arg::missing().optional_text("folder").unwrap(), None);
        assert_eq!(Arg::new(json!(null)).optional_text("folder").unwrap(), None);
        assert_eq!(Arg::new(json!("/x")).optional_text("folder").unwrap().as_deref(), Some("/x"));
        assert_eq!(Arg::new(json!(1)).optional_text("folder").unwrap_err().field.as_deref(), Some("folder"));
    }

    #[test]
    fn a_flag_is_a_boolean_only() {
        assert!(Arg::new(json!(true)).flag("enabled").unwrap());
        assert!(Arg::new(json!("true")).flag("enabled").is_err());
        assert!(Arg::missing().flag("enabled").is_err());
    }

    #[test]
    fn a_missing_payload_names_the_argument() {
        let err = Arg::missing().payload::<resilience_core::CheckInDraft>("check-in", "checkIn").unwrap_err();
        assert_eq!((err.code.as_str(), err.field.as_deref()), ("invalid_payload", Some("checkIn")));
        let err = Arg::new(json!({ "day": 1 })).payload::<resilience_core::CheckInDraft>("check-in", "checkIn");
        assert_eq!(err.unwrap_err().field.as_deref(), Some("day"));
    }
}
