### The app shell: the navigation, the screens' names and the banners above every screen.

nav-main = Hauptnavigation
nav-today = Heute
nav-journal = Tagebuch
nav-massage = Massage
nav-insights = Einblicke
nav-trends = Verläufe
nav-settings = Einstellungen
nav-data = Daten
# A keyboard shortcut on Windows and Linux, e.g. "Ctrl+2" ($key: the key pressed with Ctrl).
nav-shortcut = Strg+{ $key }
# Tooltip of a navigation item: the screen's name and its shortcut.
nav-item-title = { $screen } ({ $shortcut })

nav-demo-region = Beispieldaten
nav-demo-title = Sie sehen sich Beispieldaten an
nav-demo-note = nichts davon stammt aus Ihrem Tagebuch.
nav-demo-leave = Demo verlassen
nav-demo-leaving = Wird verlassen…

nav-settings-load-failed = Ihre Einstellungen konnten nicht geladen werden, deshalb gelten vorerst die Standardwerte.
