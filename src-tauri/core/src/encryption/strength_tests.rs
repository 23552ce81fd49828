use super::*;
use crate::error::MessageArg;

const WARNINGS: [Warning; 14] = [
    Warning::StraightRowsOfKeysAreEasyToGuess,
    Warning::ShortKeyboardPatternsAreEasyToGuess,
    Warning::RepeatsLikeAaaAreEasyToGuess,
    Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess,
    Warning::ThisIsATop10Password,
    Warning::ThisIsATop100Password,
    Warning::ThisIsACommonPassword,
    Warning::ThisIsSimilarToACommonlyUsedPassword,
    Warning::SequencesLikeAbcAreEasyToGuess,
    Warning::RecentYearsAreEasyToGuess,
    Warning::AWordByItselfIsEasyToGuess,
    Warning::DatesAreOftenEasyToGuess,
    Warning::NamesAndSurnamesByThemselvesAreEasyToGuess,
    Warning::CommonNamesAndSurnamesAreEasyToGuess,
];

/// The place of every warning in [`WARNINGS`]. No wildcard: a warning zxcvbn adds makes this
/// fail to build until it is listed (and [`warning_id`] maps it).
fn warning_place(warning: Warning) -> usize {
    match warning {
        Warning::StraightRowsOfKeysAreEasyToGuess => 0,
        Warning::ShortKeyboardPatternsAreEasyToGuess => 1,
        Warning::RepeatsLikeAaaAreEasyToGuess => 2,
        Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => 3,
        Warning::ThisIsATop10Password => 4,
        Warning::ThisIsATop100Password => 5,
        Warning::ThisIsACommonPassword => 6,
        Warning::ThisIsSimilarToACommonlyUsedPassword => 7,
        Warning::SequencesLikeAbcAreEasyToGuess => 8,
        Warning::RecentYearsAreEasyToGuess => 9,
        Warning::AWordByItselfIsEasyToGuess => 10,
        Warning::DatesAreOftenEasyToGuess => 11,
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess => 12,
        Warning::CommonNamesAndSurnamesAreEasyToGuess => 13,
    }
}

const SUGGESTIONS: [Suggestion; 13] = [
    Suggestion::UseAFewWordsAvoidCommonPhrases,
    Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters,
    Suggestion::AddAnotherWordOrTwo,
    Suggestion::CapitalizationDoesntHelpVeryMuch,
    Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase,
    Suggestion::ReversedWordsArentMuchHarderToGuess,
    Suggestion::PredictableSubstitutionsDontHelpVeryMuch,
    Suggestion::UseALongerKeyboardPatternWithMoreTurns,
    Suggestion::AvoidRepeatedWordsAndCharacters,
    Suggestion::AvoidSequences,
    Suggestion::AvoidRecentYears,
    Suggestion::AvoidYearsThatAreAssociatedWithYou,
    Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou,
];

/// The place of every suggestion in [`SUGGESTIONS`] (no wildcard, as for warnings).
fn suggestion_place(suggestion: Suggestion) -> usize {
    match suggestion {
        Suggestion::UseAFewWordsAvoidCommonPhrases => 0,
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => 1,
        Suggestion::AddAnotherWordOrTwo => 2,
        Suggestion::CapitalizationDoesntHelpVeryMuch => 3,
        Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => 4,
        Suggestion::ReversedWordsArentMuchHarderToGuess => 5,
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => 6,
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => 7,
        Suggestion::AvoidRepeatedWordsAndCharacters => 8,
        Suggestion::AvoidSequences => 9,
        Suggestion::AvoidRecentYears => 10,
        Suggestion::AvoidYearsThatAreAssociatedWithYou => 11,
        Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => 12,
    }
}

/// `ThisIsATop10Password` → `this-is-a-top10-password`.
fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

fn catalogue(language: &str) -> String {
    let path = format!("{}/../../locales/{language}/encryption.ftl", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text of a one-line message `id = text` of the catalogue, if there is one.
fn one_line(catalogue: &str, id: &str) -> Option<String> {
    let start = format!("{id} =");
    catalogue.lines().find_map(|line| line.strip_prefix(&start)).map(|text| text.trim().to_string())
}

#[test]
fn every_warning_has_its_own_id_named_after_it_and_the_english_of_zxcvbn() {
    let english = catalogue("en");
    let mut ids = std::collections::BTreeSet::new();
    for (place, warning) in WARNINGS.iter().enumerate() {
        assert_eq!(warning_place(*warning), place, "{warning:?} is listed once, in order");
        let id = warning_id(*warning);
        assert_eq!(id, format!("encryption-strength-warning-{}", kebab(&format!("{warning:?}"))));
        assert!(ids.insert(id), "{id} twice");
        assert_eq!(one_line(&english, id), Some(warning.to_string()), "{id} in locales/en/encryption.ftl");
        assert_eq!(warning_message(*warning), Message::new(id));
    }
}

#[test]
fn every_suggestion_has_its_own_id_named_after_it_and_the_english_of_zxcvbn() {
    let english = catalogue("en");
    let mut ids = std::collections::BTreeSet::new();
    for (place, suggestion) in SUGGESTIONS.iter().enumerate() {
        assert_eq!(suggestion_place(*suggestion), place, "{suggestion:?} is listed once, in order");
        let id = suggestion_id(*suggestion);
        assert_eq!(id, format!("encryption-strength-suggestion-{}", kebab(&format!("{suggestion:?}"))));
        assert!(ids.insert(id), "{id} twice");
        assert_eq!(one_line(&english, id), Some(suggestion.to_string()), "{id} in locales/en/encryption.ftl");
        assert_eq!(suggestion_message(*suggestion), Message::new(id));
    }
}

#[test]
fn every_meter_id_is_in_every_language() {
    let ids = WARNINGS
        .iter()
        .map(|w| warning_id(*w))
        .chain(SUGGESTIONS.iter().map(|s| suggestion_id(*s)))
        .chain(["encryption-strength-warning-too-short", "encryption-strength-crack-time"]);
    let catalogues: Vec<(&str, String)> = ["en", "de", "es", "fr"].into_iter().map(|l| (l, catalogue(l))).collect();
    for id in ids {
        for (language, text) in &catalogues {
            assert!(text.lines().any(|line| line.starts_with(&format!("{id} ="))), "{id} in locales/{language}");
        }
    }
}

fn crack_time(seconds: u64) -> (String, f64) {
    unit_and_count(&crack_time_message(seconds))
}

fn unit_and_count(message: &Message) -> (String, f64) {
    assert_eq!(message.id, "encryption-strength-crack-time");
    assert_eq!(message.args.len(), 2, "{message}");
    let Some(MessageArg::Text(unit)) = message.args.get("unit") else { panic!("{message}") };
    let Some(MessageArg::Number(count)) = message.args.get("count") else { panic!("{message}") };
    (unit.clone(), *count)
}

#[test]
fn the_time_to_guess_is_a_unit_and_a_whole_number_as_zxcvbn_counts_them() {
    let minute = 60;
    let hour = 60 * minute;
    let day = 24 * hour;
    let month = 31 * day;
    let year = 12 * month;
    let cases = [
        (0, "instant", 0.0),
        (1, "seconds", 1.0),
        (59, "seconds", 59.0),
        (minute, "minutes", 1.0),
        (hour - 1, "minutes", 59.0),
        (2 * hour + 5, "hours", 2.0),
        (day, "days", 1.0),
        (month - 1, "days", 30.0),
        (3 * month, "months", 3.0),
        (year, "years", 1.0),
        (99 * year + month, "years", 99.0),
        (100 * year, "centuries", 1.0),
        (u64::MAX, "centuries", (u64::MAX / (100 * year)) as f64),
    ];
    for (seconds, unit, count) in cases {
        assert_eq!(crack_time(seconds), (unit.to_string(), count), "{seconds} s");
    }
}

#[test]
fn weak_and_short_passphrases_are_not_acceptable() {
    for weak in ["", "password", "journal2026", "qwertyuiop", "Tr0ub4dor"] {
        let rated = passphrase_strength(weak);
        assert!(!rated.acceptable, "{weak} was accepted: {rated:?}");
    }
    let rated = passphrase_strength("password");
    assert!(rated.score <= 1, "{rated:?}");
    assert_eq!(rated.warning, Some(Message::new("encryption-strength-warning-this-is-a-top10-password")));
    assert_eq!(unit_and_count(&rated.crack_time), ("instant".to_string(), 0.0));
}

#[test]
fn a_short_passphrase_without_a_zxcvbn_warning_is_told_the_length() {
    let rated = passphrase_strength("Xq7#vB2!");
    assert!(!rated.acceptable, "{rated:?}");
    assert_eq!(rated.warning, Some(Message::new("encryption-strength-warning-too-short").arg("count", MIN_CHARS)));
    assert!(passphrase_strength("").warning.is_none(), "an empty field gets no warning yet");
}

#[test]
fn a_long_unusual_passphrase_is_acceptable() {
    let rated = passphrase_strength("lantern orchid gravel kettle 1987 nimbus");
    assert!(rated.acceptable, "{rated:?}");
    assert_eq!(rated.score, 4);
    assert!(rated.warning.is_none(), "{rated:?}");
    let (unit, count) = unit_and_count(&rated.crack_time);
    assert!(unit == "centuries" || unit == "years", "{unit} {count}");
    assert!(count >= 1.0 && count.fract() == 0.0, "{count}");
}

#[test]
fn suggestions_travel_as_messages() {
    let rated = passphrase_strength("password");
    assert!(!rated.suggestions.is_empty(), "{rated:?}");
    assert!(rated.suggestions.iter().all(|s| s.id.starts_with("encryption-strength-suggestion-") && s.args.is_empty()));
    let json = serde_json::to_value(&rated).unwrap();
    assert_eq!(json["warning"]["id"], "encryption-strength-warning-this-is-a-top10-password");
    assert_eq!(
        json["crackTime"],
        serde_json::json!({ "id": "encryption-strength-crack-time", "args": { "unit": "instant", "count": 0.0 } })
    );
}
