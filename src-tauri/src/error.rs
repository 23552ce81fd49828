//! The one error type commands return. It reaches the UI as `{ code, message, field }`.

use std::path::Path;

use resilience_core::encryption::steps::StepError;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::state::{EncryptionMethod, LockedJournal};

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

    /// A value the person gave that is not acceptable, about the form field `field` (camelCase).
    pub fn invalid(field: &str, message: &str) -> Self {
        AppError { code: "invalid_input".into(), message: message.into(), field: Some(field.into()) }
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

/// Why a journal waits for its key instead of opening; the unlock screen shows its sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockReason {
    /// The key at hand (a keychain entry of another journal, say) does not open it.
    KeyDoesNotFit,
    /// The key file beside the journal is missing.
    NoKeyFile,
    /// The key file could not be read (the reason).
    UnreadableKeyFile(String),
    /// The keychain entry is not a key.
    KeychainHoldsOther,
    /// The keychain has no entry for the journal.
    NotInKeychain,
    /// The keychain failed (its own sentence).
    Keychain(String),
}

impl LockReason {
    /// The sentence for the person.
    pub fn message(&self) -> String {
        match self {
            LockReason::KeyDoesNotFit => {
                "The key kept for this journal does not open it. Use your recovery key.".into()
            }
            LockReason::NoKeyFile => "The file that says how this journal's key is kept is missing (for example after \
                                      moving the journal to another computer)."
                .into(),
            LockReason::UnreadableKeyFile(why) | LockReason::Keychain(why) => why.clone(),
            LockReason::KeychainHoldsOther => {
                "The system keychain holds something else than this journal's key.".into()
            }
            LockReason::NotInKeychain => "This journal's key is not in the system keychain (any more).".into(),
        }
    }
}

impl AppError {
    /// The journal is encrypted and waits for its key (`locked` says how it can be unlocked).
    pub fn locked(locked: &LockedJournal) -> Self {
        let ask = match locked.method {
            Some(EncryptionMethod::Passphrase) => "Enter its passphrase or recovery key to open it.",
            _ => "Enter its recovery key to open it.",
        };
        let message = match &locked.problem {
            Some(problem) => format!("Your journal is encrypted. {problem} {ask}"),
            None => format!("Your journal is encrypted. {ask}"),
        };
        AppError::new("locked", message)
    }

    /// The journal file is damaged; it was moved aside to `moved` (or could not be).
    pub fn damaged(err: &resilience_core::Error, moved: Result<&Path, &resilience_core::Error>) -> Self {
        let message = match moved {
            Ok(to) => format!("{err} It was moved aside, unchanged, to {}. Nothing has been deleted.", to.display()),
            Err(move_err) => format!("{err} (It could not be moved aside: {move_err}.)"),
        };
        AppError::new("damaged", message)
    }

    /// No journal is open, because of `why` (the error it could not be opened with).
    pub fn journal_unavailable(why: &AppError) -> Self {
        AppError::new("journal_unavailable", format!("The journal is not open: {}", why.message))
    }

    /// The journal is closed for a moment (opening, switching, replacing).
    pub fn journal_closed(while_: &str) -> Self {
        AppError::new("journal_unavailable", while_)
    }

    /// Unlocking when the journal is not locked.
    pub fn not_locked() -> Self {
        AppError::new("journal_open", "The journal is not locked.")
    }

    /// The keychain still does not give the key (the locked journal's sentence).
    pub fn still_locked(locked: &AppError) -> Self {
        AppError::new("keychain", locked.message.clone())
    }

    /// The demo journal is never encrypted; `go_back` adds what to do.
    pub fn demo_not_encrypted(go_back: bool) -> Self {
        AppError::new(
            "demo",
            if go_back {
                "The demo journal is never encrypted. Go back to your journal first."
            } else {
                "The demo journal is never encrypted."
            },
        )
    }

    /// Encrypting a journal that is already encrypted.
    pub fn already_encrypted() -> Self {
        AppError::new("already_encrypted", "The journal is already encrypted.")
    }

    /// Decrypting a journal that is not encrypted.
    pub fn not_encrypted() -> Self {
        AppError::new("not_encrypted", "The journal is not encrypted.")
    }

    /// Recovering while the journal is open.
    pub fn journal_open() -> Self {
        AppError::new("journal_open", "The journal is open; restore a backup on the Data screen instead.")
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

impl From<StepError> for AppError {
    fn from(err: StepError) -> Self {
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
