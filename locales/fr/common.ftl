### Words used across the app: the product, errors without a screen of their own.

app-name = Resilience Journal
error-unknown = Un problème est survenu.
error-unknown-with = Un problème est survenu ({ $details }).

## Controls shared by several screens.

common-try-again = Réessayer
# Shown while a screen opens for the first time, if that takes more than a moment.
common-loading = Chargement…
common-undo = Annuler
common-notes = Notes
common-optional = facultatif
common-too-long = trop long
common-clear = Effacer
# $label: the measure's name, e.g. "Stress".
common-clear-rating = Effacer { $label }
# Read out before the word under the 0 of a 0–10 scale.
common-rating-zero-means = 0 signifie
# Read out before the word under the 10 of a 0–10 scale.
common-rating-ten-means = 10 signifie
common-rating-delete-clears = Suppr efface la valeur.
common-body-areas-hint = Facultatif · flèches pour vous déplacer, Espace pour choisir
