//! The texts Rust shows itself — the window title, the tray menu, notifications, calendar event
//! titles — in the person's language, from the same Fluent catalogue as the UI (`locales/`; the
//! files named in build.rs are embedded). The UI puts everything else into words, including the
//! [`Message`]s the core returns.
//!
//! The language is the person's setting ("system" or a code); "system" follows the computer's
//! locale (`sys-locale`), and a language we do not have falls back to English.

use std::borrow::Cow;
use std::sync::{Arc, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use resilience_core::error::{Message, MessageArg};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// The language everything falls back to.
pub const SOURCE_LANGUAGE: &str = "en";

/// The setting's value that follows the computer's language.
pub const SYSTEM: &str = "system";

/// The codes of the languages the person can choose, in the list's order.
pub fn language_codes() -> impl Iterator<Item = &'static str> {
    EMBEDDED.iter().map(|(code, _, _)| *code)
}

/// The base language of a BCP 47 or POSIX locale: "de-AT", "de_AT.UTF-8" → "de".
pub fn base_language(locale: &str) -> String {
    locale.split(['-', '_', '.', '@']).next().unwrap_or_default().to_ascii_lowercase()
}

/// The language shown for `choice` ("system" or a code) on a computer whose locale is `system`.
pub fn resolve(choice: &str, system: &str) -> &'static str {
    let wanted = if choice == SYSTEM { base_language(system) } else { choice.to_string() };
    language_codes().find(|code| *code == wanted).unwrap_or(SOURCE_LANGUAGE)
}

/// The computer's locale as a BCP 47 tag ("en-US" when it cannot be read).
pub fn system_locale() -> String {
    sys_locale::get_locale().unwrap_or_else(|| "en-US".to_string())
}

/// One language's messages.
pub struct Catalogue {
    language: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl Catalogue {
    /// The embedded messages of `language` (a code from [`language_codes`]; another falls back to
    /// English).
    pub fn embedded(language: &str) -> Self {
        let (code, _, texts) = EMBEDDED.iter().find(|(code, _, _)| *code == language).unwrap_or_else(|| &EMBEDDED[0]);
        Self::from_texts(code, texts.iter().copied())
    }

    /// A catalogue of `language` made of the given `.ftl` texts (tests read the whole folder).
    pub fn from_texts<'a>(language: &'static str, texts: impl IntoIterator<Item = &'a str>) -> Self {
        let id: LanguageIdentifier = language.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Left-to-right languages only: isolation marks would show up in notifications.
        bundle.set_use_isolating(false);
        if let Err(err) = bundle.add_builtins() {
            log::warn!("catalogue {language}: NUMBER and DATETIME are missing: {err}");
        }
        for text in texts {
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(resource, errors)| {
                log::warn!("catalogue {language}: {} syntax errors", errors.len());
                resource
            });
            if let Err(errors) = bundle.add_resource(resource) {
                log::warn!("catalogue {language}: {errors:?}");
            }
        }
        Catalogue { language, bundle }
    }

    /// This catalogue's language code.
    pub fn language(&self) -> &'static str {
        self.language
    }

    /// The message `id` with `args`; a missing message gives its id (and a warning in the log).
    pub fn text(&self, id: &str, args: &[(&str, MessageArg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            log::warn!("no message {id} in the {} catalogue", self.language);
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, fluent_value(value));
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            log::warn!("message {id} ({}): {errors:?}", self.language);
        }
        text.into_owned()
    }

    /// A [`Message`] from the core in words (a message inside it first).
    pub fn message(&self, message: &Message) -> String {
        let plain = message.args.iter().map(|(name, value)| (name.as_str(), value.clone()));
        let parts = message.parts.iter().map(|(name, part)| (name.as_str(), MessageArg::Text(self.message(part))));
        let args: Vec<(&str, MessageArg)> = plain.chain(parts).collect();
        self.text(&message.id, &args)
    }
}

fn fluent_value(value: &MessageArg) -> FluentValue<'static> {
    match value {
        MessageArg::Number(n) => FluentValue::from(*n),
        MessageArg::Text(t) => FluentValue::String(Cow::Owned(t.clone())),
    }
}

/// The language the app's own texts are in now; the Settings screen changes it, and the tray
/// and window title follow. A language given on the command line (`--language`, for tests and
/// screenshots) wins over the setting.
pub struct Language {
    system: String,
    forced: Option<String>,
    current: RwLock<Arc<Catalogue>>,
}

impl Language {
    /// The computer's language (`system` is its locale), or `forced` when given.
    pub fn new(system: String, forced: Option<String>) -> Self {
        let catalogue = Catalogue::embedded(resolve(forced.as_deref().unwrap_or(SYSTEM), &system));
        Language { system, forced, current: RwLock::new(Arc::new(catalogue)) }
    }

    /// The computer's locale, as read at start.
    pub fn system(&self) -> &str {
        &self.system
    }

    /// The language given on the command line, which the setting does not change.
    pub fn forced(&self) -> Option<&str> {
        self.forced.as_deref()
    }

    /// The catalogue in use.
    pub fn catalogue(&self) -> Arc<Catalogue> {
        self.current.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Switches to the setting `choice` ("system" or a code) unless a language is forced; true
    /// when the language changed.
    pub fn choose(&self, choice: &str) -> bool {
        if self.forced.is_some() {
            return false;
        }
        let language = resolve(choice, &self.system);
        let mut current = self.current.write().unwrap_or_else(|e| e.into_inner());
        if current.language() == language {
            return false;
        }
        *current = Arc::new(Catalogue::embedded(language));
        true
    }
}

#[cfg(test)]
mod tests;
