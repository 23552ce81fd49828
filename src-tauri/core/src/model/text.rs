//! Rules shared by every free-text field.

use crate::error::Message;
use crate::{Error, Result};

/// Checks a free-text value: at most `max_chars` characters and no control characters other
/// than tab and line breaks (a NUL or escape code in a note is never something a person typed).
pub fn check_text(field: &'static str, label: Message, text: &str, max_chars: usize) -> Result<()> {
    let count = text.chars().count();
    if count > max_chars {
        let message = Message::new("error-text-too-long").arg("label", label).arg("max", max_chars).arg("count", count);
        return Err(Error::invalid(field, message));
    }
    if text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(Error::invalid(field, Message::new("error-text-control-character").arg("label", label)));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emoji_and_right_to_left_text_are_fine() {
        assert!(check_text("notes", Message::new("error-label-notes"), "Calmer 😌 today — שלום\n\tok", 100).is_ok());
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(check_text("notes", Message::new("error-label-notes"), &"é".repeat(5), 5).is_ok());
        assert!(check_text("notes", Message::new("error-label-notes"), &"é".repeat(6), 5).is_err());
    }

    #[test]
    fn nul_and_escape_are_refused() {
        assert!(check_text("notes", Message::new("error-label-notes"), "a\0b", 10).is_err());
        assert!(check_text("notes", Message::new("error-label-notes"), "a\u{1b}[31m", 10).is_err());
    }
}
