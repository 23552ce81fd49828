### The Settings screen: check-in options, language, appearance, currency, where the data lives.

settings-title = Einstellungen
settings-saving = Wird gespeichert…
settings-saved = Gespeichert ✓
settings-load-failed = Ihre Einstellungen konnten nicht geladen werden.
settings-try-again = Erneut versuchen
settings-not-saved = Nicht gespeichert.
settings-not-loaded = Die Einstellungen konnten nicht geladen werden, daher lassen sich Änderungen noch nicht speichern.

settings-check-in = Check-in
settings-optional-measures = Zusätzliche Werte
settings-optional-measures-hint = Erscheinen im Check-in unter „Mehr“. Wenn Sie einen Wert ausschalten, bleibt alles erhalten, was Sie bereits erfasst haben.
settings-day-starts = Der Tag beginnt um
settings-day-starts-hint = Zwischen 00:00 und 06:00. Späte Stunden zählen zum Vortag: Bei 04:00 gehört ein Eintrag von 00:30 noch zum Abend davor.

settings-appearance = Darstellung und Kalender
settings-language = Sprache
# The system's language, in its own name: "System (Deutsch)".
settings-language-system = System ({ $language })
settings-theme = Farbschema
settings-theme-system = System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-week-starts = Die Woche beginnt am
settings-week-monday = Montag
settings-week-sunday = Sonntag
settings-currency = Währung
settings-currency-hint = Für die Kosten Ihrer Massagen. Ein dreistelliger Code wie EUR, USD oder GBP.

settings-about-data = Über Ihre Daten
settings-data-file = Ihr Tagebuch liegt in einer einzigen Datei auf diesem Computer:
settings-data-local = Nichts verlässt diesen Computer, außer Sie schalten die Synchronisierung ein – und dann nur verschlüsselt, sodass nur Ihre eigenen Computer es lesen können. Die App stellt keine Verbindung ins Internet her; Sie können die Datei wie jedes andere Dokument sichern oder verschieben.
settings-data-elsewhere = Export, Import, Sicherungen und den druckbaren Monatsbericht finden Sie unter „Daten“.
settings-data-demo = Sie sehen gerade das Beispieltagebuch, eine eigene Datei getrennt von Ihrem Tagebuch.

settings-about-app = Über Resilience Journal
settings-version = Version
settings-licence = Lizenz
# After the licence's name and a dash: "MIT — free software: …".
settings-free-software = freie Software: Sie dürfen sie nutzen, untersuchen, weitergeben und verändern.
settings-data-folder = Datenordner
settings-updates = Eine neuere Version ersetzt beim Installieren die App, niemals diesen Ordner. Ändert eine neue Version das Format des Tagebuchs, legt sie zuerst eine Kopie der Datei daneben ab. Eine ältere Version lässt ein Tagebuch, das eine neuere geschrieben hat, unangetastet.

settings-error-currency = Bitte geben Sie einen dreistelligen Währungscode an, etwa EUR oder USD.
settings-error-day-boundary = Bitte wählen Sie eine Uhrzeit zwischen 00:00 und 06:00.
