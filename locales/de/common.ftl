### Words used across the app: the product, errors without a screen of their own.

app-name = Resilience Journal
error-unknown = Etwas ist schiefgelaufen.
error-unknown-with = Etwas ist schiefgelaufen ({ $details }).

## Controls shared by several screens.

common-try-again = Erneut versuchen
# Shown while a screen opens for the first time, if that takes more than a moment.
common-loading = Wird geladen…
common-undo = Rückgängig
common-notes = Notizen
common-optional = optional
common-too-long = zu lang
common-clear = Löschen
# $label: the measure's name, e.g. "Stress".
common-clear-rating = { $label } löschen
# Read out before the word under the 0 of a 0–10 scale.
common-rating-zero-means = 0 bedeutet
# Read out before the word under the 10 of a 0–10 scale.
common-rating-ten-means = 10 bedeutet
common-rating-delete-clears = Entf löscht die Bewertung.
common-body-areas-hint = Optional · Pfeiltasten wechseln, Leertaste wählt aus
