### Words used across the app: the product, errors without a screen of their own.

app-name = Resilience Journal
error-unknown = Algo ha salido mal.
error-unknown-with = Algo ha salido mal ({ $details }).

## Controls shared by several screens.

common-try-again = Volver a intentarlo
# Shown while a screen opens for the first time, if that takes more than a moment.
common-loading = Cargando…
common-undo = Deshacer
common-notes = Notas
common-optional = opcional
common-too-long = demasiado largo
common-clear = Borrar
# $label: the measure's name, e.g. "Stress".
common-clear-rating = Borrar { $label }
# Read out before the word under the 0 of a 0–10 scale.
common-rating-zero-means = 0 significa
# Read out before the word under the 10 of a 0–10 scale.
common-rating-ten-means = 10 significa
common-rating-delete-clears = Supr borra la valoración.
common-body-areas-hint = Opcional · muévete con las flechas, marca con Espacio
