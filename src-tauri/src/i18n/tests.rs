use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use super::*;

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Every `.ftl` file of `language` under `root`, by file name.
fn files(root: &Path, language: &str) -> BTreeMap<String, String> {
    let dir = root.join(language);
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            files.insert(name, std::fs::read_to_string(&path).unwrap());
        }
    }
    files
}

fn variables_of_inline(expression: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        ast::InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                variables_of_inline(argument, into);
            }
            for argument in &arguments.named {
                variables_of_inline(&argument.value, into);
            }
        }
        ast::InlineExpression::Placeable { expression } => variables_of_expression(expression, into),
        _ => {}
    }
}

fn variables_of_expression(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            variables_of_inline(selector, into);
            for variant in variants {
                variables_of_pattern(&variant.value, into);
            }
        }
        ast::Expression::Inline(inline) => variables_of_inline(inline, into),
    }
}

fn variables_of_pattern(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_of_expression(expression, into);
        }
    }
}

/// Message id (and `id.attribute`) → the variables it uses, for one language; syntax errors and
/// an id defined twice are listed in `problems`.
fn messages(root: &Path, language: &str, problems: &mut Vec<String>) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut messages = BTreeMap::new();
    for (file, text) in files(root, language) {
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                problems.push(format!("{language}/{file}: {} syntax errors: {errors:?}", errors.len()));
                resource
            }
        };
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let mut variables = BTreeSet::new();
            if let Some(value) = value {
                variables_of_pattern(value, &mut variables);
            }
            let mut entries = vec![(id.clone(), variables)];
            for attribute in attributes {
                let mut variables = BTreeSet::new();
                variables_of_pattern(&attribute.value, &mut variables);
                entries.push((format!("{id}.{}", attribute.id.name), variables));
            }
            for (id, variables) in entries {
                if let Some((first, _)) = messages.insert(id.clone(), (file.clone(), variables)) {
                    problems.push(format!("{language}: {id} is defined twice ({first} and {file})"));
                }
            }
        }
    }
    messages
}

/// What differs between English and each of `languages` under `root`.
fn catalogue_problems(root: &Path, languages: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    let english = messages(root, SOURCE_LANGUAGE, &mut problems);
    for language in languages.iter().filter(|code| **code != SOURCE_LANGUAGE) {
        let other = messages(root, language, &mut problems);
        for (id, (file, variables)) in &english {
            match other.get(id) {
                None => problems.push(format!("{language}: {id} (from en/{file}) is missing")),
                Some((other_file, _)) if other_file != file => {
                    problems.push(format!("{language}: {id} is in {other_file}, in English in {file}"))
                }
                Some((_, theirs)) if theirs != variables => {
                    problems.push(format!("{language}: {id} uses the variables {theirs:?}, English uses {variables:?}"))
                }
                Some(_) => {}
            }
        }
        for id in other.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{language}: {id} is not in English"));
        }
    }
    problems
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let mut ignored = Vec::new();
    let english = messages(&locales(), SOURCE_LANGUAGE, &mut ignored);
    assert!(english.len() > 20, "the English catalogue holds {} messages", english.len());
    let languages: Vec<&str> = language_codes().collect();
    let problems = catalogue_problems(&locales(), &languages);
    assert!(problems.is_empty(), "{} problems in the catalogue:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_check_finds_every_kind_of_difference() {
    let root = tempfile::tempdir().unwrap();
    let write = |language: &str, file: &str, text: &str| {
        std::fs::create_dir_all(root.path().join(language)).unwrap();
        std::fs::write(root.path().join(language).join(file), text).unwrap();
    };
    write(
        "en",
        "a.ftl",
        "same = Same { $n }\ngone = Gone\nvars = { $count ->\n    [one] One\n   *[other] { $count }\n}\nmoved = M\n",
    );
    write("xx", "a.ftl", "same = Pareil { $n }\nvars = { $total }\nextra = E\nbroken = { $x ->\n  [one] y\n}\n");
    write("xx", "b.ftl", "moved = M\n");
    let problems = catalogue_problems(root.path(), &["en", "xx"]);
    let has = |needle: &str| problems.iter().any(|p| p.contains(needle));
    assert!(has("xx: gone (from en/a.ftl) is missing"), "{problems:#?}");
    assert!(has("xx: vars uses the variables {\"total\"}"), "{problems:#?}");
    assert!(has("xx: extra is not in English"), "{problems:#?}");
    assert!(has("xx: moved is in b.ftl"), "{problems:#?}");
    assert!(has("xx/a.ftl: 1 syntax errors"), "{problems:#?}");
    assert!(!has(" same "), "{problems:#?}");
    assert_eq!(problems.len(), 5, "{problems:#?}");
}

#[test]
fn every_language_of_the_list_has_a_folder_and_the_rust_texts() {
    for (code, name, texts) in EMBEDDED {
        assert!(locales().join(code).is_dir(), "locales/{code} for {name}");
        assert!(!texts.is_empty());
        let catalogue = Catalogue::embedded(code);
        assert_eq!(catalogue.language(), *code);
        assert_ne!(catalogue.text("app-window-title", &[]), "app-window-title", "{code}");
    }
}

#[test]
fn the_system_language_is_used_when_we_have_it() {
    assert_eq!(resolve(SYSTEM, "de-AT"), "de");
    assert_eq!(resolve(SYSTEM, "fr_CA.UTF-8"), "fr");
    assert_eq!(resolve(SYSTEM, "es"), "es");
    assert_eq!(resolve(SYSTEM, "pt-BR"), "en", "a language we do not have falls back to English");
    assert_eq!(resolve(SYSTEM, ""), "en");
    assert_eq!(resolve("fr", "de-DE"), "fr", "the person's choice wins over the system's");
    assert_eq!(resolve("xx", "de-DE"), "en", "an unknown choice falls back to English");
}

#[test]
fn switching_language_changes_the_texts() {
    let language = Language::new("de-DE".into(), None);
    assert_eq!(language.catalogue().language(), "de");
    assert_eq!(language.catalogue().text("tray-quit", &[]), "Beenden");
    assert!(language.choose("fr"));
    assert_eq!(language.catalogue().text("tray-quit", &[]), "Quitter");
    assert!(!language.choose("fr"), "choosing the same language again changes nothing");
    assert!(language.choose(SYSTEM));
    assert_eq!(language.catalogue().language(), "de");
}

#[test]
fn a_language_given_at_start_wins_over_the_setting() {
    let language = Language::new("de-DE".into(), Some("es".into()));
    assert_eq!(language.catalogue().language(), "es");
    assert!(!language.choose("fr"));
    assert_eq!(language.catalogue().text("tray-quit", &[]), "Salir");
    let pseudo = Language::new("de-DE".into(), Some("pseudo".into()));
    assert_eq!(pseudo.catalogue().language(), "en", "the pseudo-language is English to Rust");
}

#[test]
fn a_missing_message_shows_its_id() {
    let catalogue = Catalogue::from_texts("en", ["a = A\n"]);
    assert_eq!(catalogue.text("a", &[]), "A");
    assert_eq!(catalogue.text("b", &[]), "b");
}

/// Rust's Fluent formats numbers plainly (no locale digits): the texts Rust shows carry none that
/// need a decimal comma; plural forms do follow the language.
#[test]
fn plurals_follow_the_language() {
    let text = "n = { $count ->\n    [one] { $count } session\n   *[other] { $count } sessions\n}\nh = { $hours } h\n";
    let fr_text = "n = { $count ->\n    [one] { $count } séance\n   *[other] { $count } séances\n}\nh = { $hours } h\n";
    let en = Catalogue::from_texts("en", [text]);
    let de = Catalogue::from_texts("de", [text]);
    let fr = Catalogue::from_texts("fr", [fr_text]);
    assert_eq!(en.text("n", &[("count", 1.into())]), "1 session");
    assert_eq!(en.text("n", &[("count", 0.into())]), "0 sessions");
    assert_eq!(fr.text("n", &[("count", 0.into())]), "0 séance", "French counts 0 as one");
    assert_eq!(de.text("h", &[("hours", 7.5.into())]), "7.5 h");
}

#[test]
fn a_reminder_from_the_core_reads_in_each_language() {
    let evening = Message::new("notification-check-in").arg("part", "evening");
    let expected = [
        ("en", "Time for your evening check-in"),
        ("de", "Zeit für Ihren Check-in am Abend"),
        ("es", "Es hora de tu registro de la noche"),
        ("fr", "C’est l’heure de votre bilan du soir"),
    ];
    for (language, text) in expected {
        assert_eq!(Catalogue::embedded(language).message(&evening), text, "{language}");
    }
    let days = |n: u32| Message::new("notification-book-massage").arg("days", n);
    let de = Catalogue::embedded("de");
    let nested = Catalogue::from_texts("en", ["outer = Line { $line }: { $reason }\ninner = too long\n"]);
    let message = Message::new("outer").arg("line", "4").arg("reason", Message::new("inner"));
    assert_eq!(nested.message(&message), "Line 4: too long", "a message inside a message");
    assert!(de.message(&days(1)).contains("1 Tag "), "{}", de.message(&days(1)));
    assert!(de.message(&days(21)).contains("21 Tage"), "{}", de.message(&days(21)));
}
