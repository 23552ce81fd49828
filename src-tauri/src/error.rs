//! The one error type commands return. It reaches the UI as `{ code, message, field }`.

use std::path::Path;

use resilience_core::encryption::steps::StepError;
use resilience_core::error::Message;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::state::{EncryptionMethod, LockedJournal};

/// An error as the UI sees it: a stable `code`, what to tell the person (a message of the
/// catalogue, `locales/<language>/errors.ftl`, with its variables), and the field it is about (camelCase,
/// as in the form) when there is one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "ApiErrorBody", rename_all = "camelCase")]
pub struct AppError {
    pub code: String,
    pub message: Message,
    pub field: Option<String>,
}

impl AppError {
    /// An error with no field.
    pub fn new(code: &str, message: Message) -> Self {
        AppError { code: code.to_string(), message, field: None }
    }

    /// A value the person gave that is not acceptable, about the form field `field` (camelCase).
    pub fn invalid(field: &str, message: Message) -> Self {
        AppError { code: "invalid_input".into(), message, field: Some(field.into()) }
    }

    /// A payload that could not be read as the expected type (unknown field, wrong type …);
    /// `what` names it ("check-in", "reminder settings"), see [`payload_name`].
    pub fn invalid_payload(what: &str, err: &serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = err.path().to_string();
        let field = (path != ".").then(|| path.clone());
        let detail = err.inner().to_string();
        let message = match &field {
            Some(path) => Message::new("error-payload-at").arg("path", path.as_str()),
            None => Message::new("error-payload"),
        };
        let message = message.arg("what", payload_name(what)).arg("detail", detail);
        AppError { code: "invalid_payload".into(), message, field }
    }
}

/// The name of a command's payload ("check-in", "reminder settings") as a message of the
/// catalogue: `error-payload-check-in`, `error-payload-reminder-settings`.
pub fn payload_name(what: &str) -> Message {
    Message::new(&format!("error-payload-{}", what.replace(' ', "-")))
}

/// Why a journal waits for its key instead of opening; the unlock screen shows its message.
#[derive(Debug, Clone, PartialEq)]
pub enum LockReason {
    /// The key at hand (a keychain entry of another journal, say) does not open it.
    KeyDoesNotFit,
    /// The key file beside the journal is missing.
    NoKeyFile,
    /// The key file could not be read (why).
    UnreadableKeyFile(Message),
    /// The keychain entry is not a key.
    KeychainHoldsOther,
    /// The keychain has no entry for the journal.
    NotInKeychain,
    /// The keychain failed.
    Keychain(resilience_core::encryption::KeyStoreError),
}

impl LockReason {
    /// What to tell the person.
    pub fn message(&self) -> Message {
        match self {
            LockReason::KeyDoesNotFit => Message::new("error-lock-key-does-not-fit"),
            LockReason::NoKeyFile => Message::new("error-lock-no-key-file"),
            LockReason::UnreadableKeyFile(why) => why.clone(),
            LockReason::Keychain(err) => resilience_core::encryption::steps::key_store_message(err),
            LockReason::KeychainHoldsOther => Message::new("error-lock-keychain-holds-other"),
            LockReason::NotInKeychain => Message::new("error-lock-not-in-keychain"),
        }
    }
}

impl AppError {
    /// The journal is encrypted and waits for its key (`locked` says how it can be unlocked).
    pub fn locked(locked: &LockedJournal) -> Self {
        let id = match (&locked.problem, locked.method) {
            (None, Some(EncryptionMethod::Passphrase)) => "error-journal-locked-passphrase",
            (None, _) => "error-journal-locked",
            (Some(_), Some(EncryptionMethod::Passphrase)) => "error-journal-locked-passphrase-because",
            (Some(_), _) => "error-journal-locked-because",
        };
        let message = match &locked.problem {
            Some(problem) => Message::new(id).arg("problem", problem.clone()),
            None => Message::new(id),
        };
        AppError::new("locked", message)
    }

    /// The journal file is damaged; it was moved aside to `moved` (or could not be).
    pub fn damaged(err: &resilience_core::Error, moved: Result<&Path, &resilience_core::Error>) -> Self {
        let message = match moved {
            Ok(to) => Message::new("error-damaged-moved-aside")
                .arg("problem", err.message())
                .arg("path", to.display().to_string()),
            Err(move_err) => {
                Message::new("error-damaged-not-moved").arg("problem", err.message()).arg("reason", move_err.message())
            }
        };
        AppError::new("damaged", message)
    }

    /// No journal is open, because of `why` (the error it could not be opened with).
    pub fn journal_unavailable(why: &AppError) -> Self {
        AppError::new(
            "journal_unavailable",
            Message::new("error-journal-not-open-because").arg("reason", why.message.clone()),
        )
    }

    /// The journal is closed for a moment (opening, switching, replacing): `while_` says why.
    pub fn journal_closed(while_: Message) -> Self {
        AppError::new("journal_unavailable", while_)
    }

    /// Unlocking when the journal is not locked.
    pub fn not_locked() -> Self {
        AppError::new("journal_open", Message::new("error-journal-not-locked"))
    }

    /// The keychain still does not give the key (the locked journal's message).
    pub fn still_locked(locked: &AppError) -> Self {
        AppError::new("keychain", locked.message.clone())
    }

    /// The demo journal is never encrypted; `go_back` adds what to do.
    pub fn demo_not_encrypted(go_back: bool) -> Self {
        let id = if go_back { "error-demo-not-encrypted-go-back" } else { "error-demo-not-encrypted" };
        AppError::new("demo", Message::new(id))
    }

    /// Encrypting a journal that is already encrypted.
    pub fn already_encrypted() -> Self {
        AppError::new("already_encrypted", Message::new("error-already-encrypted"))
    }

    /// Decrypting a journal that is not encrypted.
    pub fn not_encrypted() -> Self {
        AppError::new("not_encrypted", Message::new("error-not-encrypted"))
    }

    /// Recovering while the journal is open.
    pub fn journal_open() -> Self {
        AppError::new("journal_open", Message::new("error-recover-while-open"))
    }
}

/// For logs and test failures: the message's id and variables, and the code.
impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

impl std::error::Error for AppError {}

impl From<resilience_core::Error> for AppError {
    fn from(err: resilience_core::Error) -> Self {
        AppError { code: err.code().to_string(), message: err.message(), field: err.field().map(str::to_string) }
    }
}

impl From<StepError> for AppError {
    fn from(err: StepError) -> Self {
        AppError { code: err.code().to_string(), message: err.message(), field: err.field().map(str::to_string) }
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
        let message = Message::new("error-rating").arg("label", Message::new("error-measure").arg("measure", "stress"));
        let err = AppError::from(resilience_core::Error::invalid("stress", message.arg("value", "11")));
        assert_eq!(
            serde_json::to_value(&err).unwrap(),
            json!({
                "code": "invalid_input",
                "message": {
                    "id": "error-rating",
                    "args": { "label": { "id": "error-measure", "args": { "measure": "stress" } }, "value": "11" }
                },
                "field": "stress"
            })
        );
    }

    #[test]
    fn an_unknown_field_is_an_invalid_payload() {
        let err =
            parse_payload::<resilience_core::CheckInDraft>("check-in", json!({ "day": "2026-11-25", "mood2": 3 }))
                .unwrap_err();
        assert_eq!(err.code, "invalid_payload");
        assert!(err.message.id.starts_with("error-payload"), "{}", err.message);
        assert!(err.message.to_string().contains("unknown field `mood2`"), "{}", err.message);
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
