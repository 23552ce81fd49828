//! The one error type commands return. It reaches the UI as `{ code, message, field }`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An error as the UI sees it: a stable `code`, a sentence for the person, and the field it is
/// about (camelCase, as in the form) when there is one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "ApiErrorBody", rename_all = "camelCase")]
pub struct AppError {
    pub code: String,
    pub message: String,
    pub field: Option<String>,
}

impl AppError {
    /// An error with no field.
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        AppError { code: code.to_string(), message: message.into(), field: None }
    }

    /// A payload that could not be read as the expected type (unknown field, wrong type …).
    pub fn invalid_payload(what: &str, err: &serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = err.path().to_string();
        let field = (path != ".").then(|| path.clone());
        let inner = err.inner().to_string();
        let message = match &field {
            Some(path) => format!("The {what} could not be read: {path}: {inner}."),
            None => format!("The {what} could not be read: {inner}."),
        };
        AppError { code: "invalid_payload".into(), message, field }
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

impl std::error::Error for AppError {}

impl From<resilience_core::Error> for AppError {
    fn from(err: resilience_core::Error) -> Self {
        AppError { code: err.code().to_string(), message: err.to_string(), field: err.field().map(str::to_string) }
    }
}

/// Reads a command's JSON argument as `T`, turning any mismatch into an `invalid_payload` error
/// that names the offending field, instead of IPC's plain-string rejection.
pub fn parse_payload<T: serde::de::DeserializeOwned>(what: &str, value: serde_json::Value) -> Result<T, AppError> {
    serde_path_to_error::deserialize(value).map_err(|err| AppError::invalid_payload(what, &err))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn serialises_to_code_message_field() {
        let err = AppError::from(resilience_core::Error::invalid("stress", "Stress must be 0–10."));
        assert_eq!(
            serde_json::to_value(&err).unwrap(),
            json!({ "code": "invalid_input", "message": "Stress must be 0–10.", "field": "stress" })
        );
    }

    #[test]
    fn an_unknown_field_is_an_invalid_payload() {
        let err =
            parse_payload::<resilience_core::CheckInDraft>("check-in", json!({ "day": "2026-11-25", "mood2": 3 }))
                .unwrap_err();
        assert_eq!(err.code, "invalid_payload");
        assert!(err.message.contains("unknown field `mood2`"), "{}", err.message);
    }

    #[test]
    fn a_wrong_type_names_the_field() {
        let err = parse_payload::<resilience_core::CheckInDraft>(
            "check-in",
            json!({ "day": "2026-11-25", "stress": "high" }),
        )
        .unwrap_err();
        assert_eq!(err.field.as_deref(), Some("stress"));
    }
}
