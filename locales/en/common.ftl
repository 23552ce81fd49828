### Words used across the app: the product, errors without a screen of their own.

app-name = Resilience Journal
error-unknown = Something went wrong.
error-unknown-with = Something went wrong ({ $details }).

## Controls shared by several screens.

common-try-again = Try again
# Shown while a screen opens for the first time, if that takes more than a moment.
common-loading = Loading…
common-undo = Undo
common-notes = Notes
common-optional = optional
common-too-long = too long
common-clear = Clear
# $label: the measure's name, e.g. "Stress".
common-clear-rating = Clear { $label }
# Read out before the word under the 0 of a 0–10 scale.
common-rating-zero-means = 0 means
# Read out before the word under the 10 of a 0–10 scale.
common-rating-ten-means = 10 means
common-rating-delete-clears = Delete clears the rating.
common-body-areas-hint = Optional · arrow keys move, Space picks
