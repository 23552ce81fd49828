### The Settings screen: check-in options, language, appearance, currency, where the data lives.

settings-title = Settings
settings-saving = Saving…
settings-saved = Saved ✓
settings-load-failed = Your settings could not be loaded.
settings-try-again = Try again
settings-not-saved = Not saved.
settings-not-loaded = Settings could not be loaded, so changes cannot be saved yet.

settings-check-in = Check-in
settings-optional-measures = Optional measures
settings-optional-measures-hint = Shown under “More” in the check-in. Switching one off keeps what you logged.
settings-day-starts = Day starts at
settings-day-starts-hint = Between 00:00 and 06:00. Late nights count for the day before: with 04:00, an entry written at 00:30 belongs to the evening before.

settings-appearance = Appearance and calendar
settings-language = Language
# The system's language, in its own name: "System (Deutsch)".
settings-language-system = System ({ $language })
settings-theme = Theme
settings-theme-system = System
settings-theme-light = Light
settings-theme-dark = Dark
settings-week-starts = Week starts on
settings-week-monday = Monday
settings-week-sunday = Sunday
settings-currency = Currency
settings-currency-hint = For massage costs. A three-letter code such as EUR, USD or GBP.

settings-about-data = About your data
settings-data-file = Your journal lives in one file on this computer:
settings-data-local = Nothing leaves this computer unless you turn on sync, and then only sealed so that only your own computers can read it. The app makes no network requests; back the file up or move it like any other document.
settings-data-elsewhere = Export, import, backups and the printable monthly report are on the Data screen.
settings-data-demo = You are looking at the sample journal, which is a separate file from your own.

settings-about-app = About Resilience Journal
settings-version = Version
settings-licence = Licence
# After the licence's name and a dash: "MIT — free software: …".
settings-free-software = free software: you may use, study, share and change it.
settings-data-folder = Data folder
settings-updates = Installing a newer version replaces the app, never this folder. If a new version changes the journal's format, it first keeps a copy of the file beside it. An older version leaves a journal written by a newer one untouched.

settings-error-currency = Use a three-letter currency code, such as EUR or USD.
settings-error-day-boundary = Choose a time from 00:00 to 06:00.
