//! How hard a passphrase would be to guess (zxcvbn), and whether it is strong enough to guard a
//! journal whose sealed key anyone with the file could try passphrases against offline.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The lowest zxcvbn score (0–4) accepted.
pub const MIN_SCORE: u8 = 3;
/// The fewest characters accepted, whatever the score.
pub const MIN_CHARS: usize = 10;

/// What the strength meter shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PassphraseStrength {
    /// 0 (guessed at once) to 4 (very hard to guess).
    pub score: u8,
    /// Strong enough to be accepted.
    pub acceptable: bool,
    pub warning: Option<String>,
    pub suggestions: Vec<String>,
    /// How long an offline attacker with a slow hash would take, in words ("3 months").
    pub crack_time: String,
}

/// Rates `passphrase`.
pub fn passphrase_strength(passphrase: &str) -> PassphraseStrength {
    let entropy = zxcvbn::zxcvbn(passphrase, &["resilience", "journal", "massage"]);
    let score = u8::from(entropy.score());
    let long_enough = passphrase.chars().count() >= MIN_CHARS;
    let mut warning = entropy.feedback().and_then(|f| f.warning()).map(|w| w.to_string());
    if !long_enough && !passphrase.is_empty() {
        warning.get_or_insert_with(|| format!("Use at least {MIN_CHARS} characters."));
    }
    let suggestions =
        entropy.feedback().map(|f| f.suggestions().iter().map(ToString::to_string).collect()).unwrap_or_default();
    PassphraseStrength {
        score,
        acceptable: score >= MIN_SCORE && long_enough,
        warning,
        suggestions,
        crack_time: entropy.crack_times().offline_slow_hashing_1e4_per_second().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_and_short_passphrases_are_not_acceptable() {
        for weak in ["", "password", "journal2026", "qwertyuiop", "Tr0ub4dor"] {
            let rated = passphrase_strength(weak);
            assert!(!rated.acceptable, "{weak} was accepted: {rated:?}");
        }
        let rated = passphrase_strength("password");
        assert!(rated.score <= 1 && rated.warning.is_some(), "{rated:?}");
    }

    #[test]
    fn a_long_unusual_passphrase_is_acceptable() {
        let rated = passphrase_strength("lantern orchid gravel kettle 1987 nimbus");
        assert!(rated.acceptable, "{rated:?}");
        assert_eq!(rated.score, 4);
        assert!(rated.crack_time.contains("centuries") || rated.crack_time.contains("year"), "{}", rated.crack_time);
    }
}
