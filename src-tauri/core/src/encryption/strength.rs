//! How hard a passphrase would be to guess (zxcvbn), and whether it is strong enough to guard a
//! journal whose sealed key anyone with the file could try passphrases against offline.
//!
//! The meter's words are messages of the catalogue (`locales/<language>/encryption.ftl`): one id
//! per zxcvbn warning and suggestion, and the time to guess as a unit and a whole number.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zxcvbn::feedback::{Suggestion, Warning};

use crate::error::Message;

/// The lowest zxcvbn score (0–4) accepted.
pub const MIN_SCORE: u8 = 3;
/// The fewest characters accepted, whatever the score.
pub const MIN_CHARS: usize = 10;

/// What the strength meter shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PassphraseStrength {
    /// 0 (guessed at once) to 4 (very hard to guess).
    pub score: u8,
    /// Strong enough to be accepted.
    pub acceptable: bool,
    /// What makes the passphrase easy to guess, if anything (`encryption-strength-warning-…`).
    pub warning: Option<Message>,
    /// How to make it harder to guess (`encryption-strength-suggestion-…`).
    pub suggestions: Vec<Message>,
    /// How long an offline attacker with a slow hash would take: `encryption-strength-crack-time`
    /// with `unit` (instant, seconds, minutes, hours, days, months, years, centuries) and `count`.
    pub crack_time: Message,
}

/// Rates `passphrase`.
pub fn passphrase_strength(passphrase: &str) -> PassphraseStrength {
    let entropy = zxcvbn::zxcvbn(passphrase, &["resilience", "journal", "massage"]);
    let score = u8::from(entropy.score());
    let long_enough = passphrase.chars().count() >= MIN_CHARS;
    let mut warning = entropy.feedback().and_then(|f| f.warning()).map(warning_message);
    if !long_enough && !passphrase.is_empty() {
        warning.get_or_insert_with(too_short_message);
    }
    let suggestions = entropy
        .feedback()
        .map(|f| f.suggestions().iter().copied().map(suggestion_message).collect())
        .unwrap_or_default();
    let seconds = Duration::from(entropy.crack_times().offline_slow_hashing_1e4_per_second()).as_secs();
    PassphraseStrength {
        score,
        acceptable: score >= MIN_SCORE && long_enough,
        warning,
        suggestions,
        crack_time: crack_time_message(seconds),
    }
}

/// "Use at least 10 characters."
fn too_short_message() -> Message {
    Message::new("encryption-strength-warning-too-short").arg("count", MIN_CHARS)
}

fn warning_message(warning: Warning) -> Message {
    Message::new(warning_id(warning))
}

fn suggestion_message(suggestion: Suggestion) -> Message {
    Message::new(suggestion_id(suggestion))
}

/// The catalogue id of a zxcvbn warning: its name in kebab-case. The match names every variant, so
/// a zxcvbn that adds one does not build until it has an id here and in the catalogue.
fn warning_id(warning: Warning) -> &'static str {
    match warning {
        Warning::StraightRowsOfKeysAreEasyToGuess => {
            "encryption-strength-warning-straight-rows-of-keys-are-easy-to-guess"
        }
        Warning::ShortKeyboardPatternsAreEasyToGuess => {
            "encryption-strength-warning-short-keyboard-patterns-are-easy-to-guess"
        }
        Warning::RepeatsLikeAaaAreEasyToGuess => "encryption-strength-warning-repeats-like-aaa-are-easy-to-guess",
        Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => {
            "encryption-strength-warning-repeats-like-abc-abc-are-only-slightly-harder-to-guess"
        }
        Warning::ThisIsATop10Password => "encryption-strength-warning-this-is-a-top10-password",
        Warning::ThisIsATop100Password => "encryption-strength-warning-this-is-a-top100-password",
        Warning::ThisIsACommonPassword => "encryption-strength-warning-this-is-a-common-password",
        Warning::ThisIsSimilarToACommonlyUsedPassword => {
            "encryption-strength-warning-this-is-similar-to-a-commonly-used-password"
        }
        Warning::SequencesLikeAbcAreEasyToGuess => "encryption-strength-warning-sequences-like-abc-are-easy-to-guess",
        Warning::RecentYearsAreEasyToGuess => "encryption-strength-warning-recent-years-are-easy-to-guess",
        Warning::AWordByItselfIsEasyToGuess => "encryption-strength-warning-a-word-by-itself-is-easy-to-guess",
        Warning::DatesAreOftenEasyToGuess => "encryption-strength-warning-dates-are-often-easy-to-guess",
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess => {
            "encryption-strength-warning-names-and-surnames-by-themselves-are-easy-to-guess"
        }
        Warning::CommonNamesAndSurnamesAreEasyToGuess => {
            "encryption-strength-warning-common-names-and-surnames-are-easy-to-guess"
        }
    }
}

/// The catalogue id of a zxcvbn suggestion: its name in kebab-case (every variant, as above).
fn suggestion_id(suggestion: Suggestion) -> &'static str {
    match suggestion {
        Suggestion::UseAFewWordsAvoidCommonPhrases => {
            "encryption-strength-suggestion-use-a-few-words-avoid-common-phrases"
        }
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => {
            "encryption-strength-suggestion-no-need-for-symbols-digits-or-uppercase-letters"
        }
        Suggestion::AddAnotherWordOrTwo => "encryption-strength-suggestion-add-another-word-or-two",
        Suggestion::CapitalizationDoesntHelpVeryMuch => {
            "encryption-strength-suggestion-capitalization-doesnt-help-very-much"
        }
        Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => {
            "encryption-strength-suggestion-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase"
        }
        Suggestion::ReversedWordsArentMuchHarderToGuess => {
            "encryption-strength-suggestion-reversed-words-arent-much-harder-to-guess"
        }
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => {
            "encryption-strength-suggestion-predictable-substitutions-dont-help-very-much"
        }
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => {
            "encryption-strength-suggestion-use-a-longer-keyboard-pattern-with-more-turns"
        }
        Suggestion::AvoidRepeatedWordsAndCharacters => {
            "encryption-strength-suggestion-avoid-repeated-words-and-characters"
        }
        Suggestion::AvoidSequences => "encryption-strength-suggestion-avoid-sequences",
        Suggestion::AvoidRecentYears => "encryption-strength-suggestion-avoid-recent-years",
        Suggestion::AvoidYearsThatAreAssociatedWithYou => {
            "encryption-strength-suggestion-avoid-years-that-are-associated-with-you"
        }
        Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => {
            "encryption-strength-suggestion-avoid-dates-and-years-that-are-associated-with-you"
        }
    }
}

/// The time to guess as the largest whole unit, as zxcvbn counts it (a month is 31 days, a year
/// 12 such months): under a second is `instant`, from 100 years on `centuries`.
fn crack_time_message(seconds: u64) -> Message {
    const MINUTE: u64 = 60;
    const HOUR: u64 = MINUTE * 60;
    const DAY: u64 = HOUR * 24;
    const MONTH: u64 = DAY * 31;
    const YEAR: u64 = MONTH * 12;
    const CENTURY: u64 = YEAR * 100;
    let (unit, count) = match seconds {
        0 => ("instant", 0),
        s if s < MINUTE => ("seconds", s),
        s if s < HOUR => ("minutes", s / MINUTE),
        s if s < DAY => ("hours", s / HOUR),
        s if s < MONTH => ("days", s / DAY),
        s if s < YEAR => ("months", s / MONTH),
        s if s < CENTURY => ("years", s / YEAR),
        s => ("centuries", s / CENTURY),
    };
    Message::new("encryption-strength-crack-time").arg("unit", unit).arg("count", count)
}

#[cfg(test)]
#[path = "strength_tests.rs"]
mod tests;
