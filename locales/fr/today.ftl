### The Today screen: the check-in of one day.

today-heading-today = Comment s’est passée votre journée ?
today-heading-yesterday = Comment s’est passée la journée d’hier ?
# $day: the weekday and date, e.g. "Monday 24 November".
today-heading-day = Comment s’est passé le { $day } ?
today-intro = Prenez un moment pour les quatre mesures essentielles. Une seule valeur suffit pour enregistrer.
today-consistency = { $logged ->
    [one] Bilan fait { $logged } jour sur les { $days } derniers
   *[other] Bilan fait { $logged } jours sur les { $days } derniers
}
today-load-failed = L’entrée de ce jour n’a pas pu être chargée.
today-form = Bilan
today-core-measures = Mesures essentielles
today-sleep-unit = heures
today-sleep-hint = Par quarts d’heure, p. ex. { $example }
today-pain-areas = Où avez-vous mal ?
today-notes-placeholder = Quelque chose à retenir de cette journée ?

today-check-in-for = Bilan du
today-day = Jour
today-previous-day = Jour précédent
today-next-day = Jour suivant
today-back-to-today = Revenir à aujourd’hui
today-future-day = Impossible de faire le bilan d’un jour à venir : choisissez aujourd’hui ou un jour passé.
today-before-earliest = Le journal commence en 1900.

today-more = Plus
# $names: the optional measures, e.g. "mood, anxiety, body awareness".
today-more-hint = { $names } · facultatif
today-more-hint-filled = { $filled ->
    [one] { $names } · facultatif · { $filled } remplie
   *[other] { $names } · facultatif · { $filled } remplies
}
# An optional measure's name inside the summary line of "More".
today-more-measure = { $measure ->
    [mood] humeur
    [anxiety] anxiété
   *[body-awareness] conscience corporelle
}

today-tag-label = Ajouter une étiquette
today-tag-add = Ajouter
today-tag-hint = Entrée pour ajouter · jusqu’à { $tags } étiquettes de { $chars } caractères
today-tags-on-day = Ce jour-là :
today-tags-on-day-label = Étiquettes de ce jour
today-tag-remove = Retirer l’étiquette { $name }
today-tags-often-used = Souvent utilisées :
today-tag-suggest = Ajouter l’étiquette { $name }

today-saving = Enregistrement…
today-unsaved = Modifications non enregistrées
today-saved = Enregistré ✓
today-saved-at = Enregistré ✓ à { $time }
today-nothing-saved = Rien n’est encore enregistré pour ce jour
today-stale = Cette entrée a été modifiée ailleurs — rechargez-la pour voir la dernière version
today-reload = Recharger
today-not-saved = Votre bilan n’a pas été enregistré.
today-save = Enregistrer le bilan

today-delete = Supprimer l’entrée
today-delete-title = Supprimer cette entrée ?
today-delete-confirm = Supprimer
today-delete-cancel = La garder
# $day: the weekday and date, e.g. "Monday 24 November".
today-delete-body = L’entrée du { $day } sera retirée de votre journal.
today-delete-body-no-day = L’entrée de ce jour sera retirée de votre journal.
today-delete-undo-hint = Vous pourrez annuler pendant quelques secondes.
# $day: a short date, e.g. "Tue 24 Nov".
today-deleted = Entrée du { $day } supprimée
today-delete-failed = L’entrée n’a pas été supprimée. { $reason }
today-restore-failed = L’entrée n’a pas pu être restaurée. { $reason }
today-nothing-to-delete = Aucune entrée enregistrée à supprimer.

today-error-rating = Choisissez un nombre entier de 0 à 10.
today-error-sleep-number = Saisissez les heures de sommeil sous forme de nombre, p. ex. { $example }.
today-error-sleep-range = Les heures de sommeil doivent être comprises entre { $min } et { $max }.
# $examples: a list of quarter hours, e.g. "7, 7.25, 7.5 or 7.75".
today-error-sleep-quarter = Utilisez des quarts d’heure, p. ex. { $examples }.
today-error-notes-too-long = Les notes peuvent compter au plus { $max } caractères (actuellement { $count }).
today-error-too-many-tags = Un jour peut avoir au plus { $max } étiquettes.
today-error-tag-size = Chaque étiquette doit compter de 1 à { $max } caractères.
today-error-empty = Ajoutez au moins une valeur, vos heures de sommeil ou une note avant d’enregistrer.
today-error-tag-empty = Saisissez d’abord un nom d’étiquette.
today-error-tag-too-long = Une étiquette peut compter au plus { $max } caractères.
# $name: the tag as the person typed it.
today-error-tag-duplicate = « { $name } » figure déjà sur ce jour.
