### Massage sessions: the Massage screen, its lists and the session form.

massage-heading = Massage
massage-log = Noter une séance
massage-plan = Prévoir une séance
massage-load-failed = Vos séances n’ont pas pu être chargées.
massage-try-again = Réessayer
massage-days-none = Aucun massage enregistré pour l’instant
massage-days-today = Dernier massage aujourd’hui
massage-days-yesterday = Dernier massage hier
massage-days-since = { $count ->
    [one] Dernier massage il y a { $count } jour
   *[other] Dernier massage il y a { $count } jours
}

## Kinds, statuses and pressure

massage-kind-swedish = Suédois
massage-kind-deep-tissue = Tissus profonds
massage-kind-sports = Sportif
massage-kind-shiatsu = Shiatsu
massage-kind-thai = Thaï
massage-kind-reflexology = Réflexologie
massage-kind-self-massage = Automassage
massage-kind-other = Autre
massage-status-planned = Prévue
massage-status-done = Faite
massage-status-cancelled = Annulée
massage-pressure-light = Légère
massage-pressure-medium = Moyenne
massage-pressure-firm = Ferme
massage-pressure-not-set = Non précisée

## The lists

massage-empty-heading = Vos séances s’afficheront ici
massage-empty-why = Notez vos massages pour voir s’ils sont suivis de journées plus calmes dans votre propre journal. Au bout de quelques semaines, vos bilans montrent comment se situent les jours qui suivent une séance — pour vous, pas pour les gens en général.
massage-empty-how = Ajoutez une séance passée ou prévoyez la prochaine. Les évaluations avant et après sont facultatives, et tout reste sur cet ordinateur.
massage-awaiting-heading = Ces séances ont-elles eu lieu ?
massage-awaiting-hint = Séances prévues dont l’heure est passée.
massage-upcoming-heading = À venir
massage-upcoming-empty = Rien de prévu. « Prévoir une séance » ajoute la prochaine ici.
massage-past-heading = Passées
massage-past-more = { $count ->
    [one] Afficher plus ({ $count } plus ancienne)
   *[other] Afficher plus ({ $count } plus anciennes)
}
massage-duration-minutes = { $minutes } min
massage-duration-hours = { $hours } h
massage-duration-hours-minutes = { $hours } h { $minutes } min
# $pressure is the pressure's key.
massage-item-pressure = { $pressure ->
    [light] Pression légère
    [medium] Pression moyenne
   *[firm] Pression ferme
}
# $areas is a list of body areas.
massage-item-focus = Zones travaillées : { $areas }
# A rating before and after a session; $measure is "Stress" or "Pain".
massage-change = { $measure } { $before } → { $after }
massage-change-before = { $measure } avant : { $before }
massage-change-after = { $measure } après : { $after }
massage-item-happened = Oui, elle a eu lieu
massage-item-cancel-planned = Non, l’annuler
massage-item-edit = Modifier
massage-item-delete = Supprimer

## Deleting

massage-delete-title = Supprimer cette séance ?
massage-delete-confirm = Supprimer
massage-delete-keep = La garder
# $kind is the kind of massage, $when its date and time.
massage-delete-body = { $kind }, { $when }. Vous pourrez annuler la suppression pendant quelques secondes.
massage-deleted = Séance supprimée
massage-error-session-gone = Cette séance n’existe plus ; elle a peut-être été supprimée.
# $reason is the cause, in a sentence of its own.
massage-error-open-failed = La séance n’a pas pu être ouverte. { $reason }
massage-error-cancel-failed = La séance n’a pas pu être marquée comme annulée. { $reason }
massage-error-delete-failed = La séance n’a pas pu être supprimée. { $reason }
massage-error-restore-failed = La séance n’a pas pu être rétablie. { $reason }

## The session form

massage-editor-edit = Modifier la séance
massage-editor-outcome = Comment ça s’est passé ?
massage-form-close = Fermer
massage-field-when = Quand
massage-field-date = Date
massage-field-time = Heure
massage-field-status = Statut
massage-field-kind = Type
massage-field-kind-other = Nom du type
massage-field-kind-other-hint = Par exemple lomi-lomi ou pierres chaudes
massage-field-therapist = Thérapeute
massage-field-place = Lieu
massage-field-duration = Durée (minutes)
massage-field-cost = Prix
# $currency is an ISO 4217 code such as EUR.
massage-field-cost-hint = En { $currency }, p. ex. 45,50 · facultatif
massage-field-pressure = Pression
massage-field-focus = Zones travaillées
massage-field-notes-placeholder = Comment ça s’est passé, quoi demander la prochaine fois…
massage-feel-heading = Comment vous sentiez-vous ?
massage-feel-hint = Facultatif. Évaluez juste avant et juste après la séance.
massage-stress-before = Stress avant
massage-stress-after = Stress après
massage-pain-before = Douleur avant
massage-pain-after = Douleur après
massage-form-stale = Cette séance a été modifiée ailleurs. Rechargez-la pour voir la dernière version ; vos modifications ici seront remplacées.
massage-form-reload = Recharger
massage-form-gone = Cette séance n’existe plus ; elle a été supprimée ailleurs.
massage-form-not-saved = La séance n’a pas été enregistrée.
massage-form-saving = Enregistrement…
massage-form-cancel = Annuler
massage-form-save = Enregistrer la séance
massage-discard-title = Abandonner les modifications ?
massage-discard-confirm = Abandonner
massage-discard-keep = Continuer à modifier
massage-discard-body = Vos modifications de cette séance n’ont pas été enregistrées.

## Problems with the form's values

massage-error-date-missing = Choisissez la date de la séance.
massage-error-date-invalid = Saisissez une date réelle, p. ex. 2025-11-25.
massage-error-time-missing = Choisissez l’heure de début de la séance.
massage-error-time-invalid = Saisissez une heure comme 18:30.
massage-error-done-in-future = Une séance qui n’a pas encore commencé ne peut pas être faite. Choisissez « Prévue », ou une date et une heure antérieures.
massage-error-kind-other-missing = Indiquez le type de massage.
massage-error-kind-other-too-long = { $max ->
    [one] Le nom ne peut pas dépasser { $max } caractère (actuellement { $count }).
   *[other] Le nom ne peut pas dépasser { $max } caractères (actuellement { $count }).
}
massage-error-therapist-too-long = { $max ->
    [one] Le champ Thérapeute ne peut pas dépasser { $max } caractère (actuellement { $count }).
   *[other] Le champ Thérapeute ne peut pas dépasser { $max } caractères (actuellement { $count }).
}
massage-error-place-too-long = { $max ->
    [one] Le lieu ne peut pas dépasser { $max } caractère (actuellement { $count }).
   *[other] Le lieu ne peut pas dépasser { $max } caractères (actuellement { $count }).
}
massage-error-notes-too-long = { $max ->
    [one] Les notes ne peuvent pas dépasser { $max } caractère (actuellement { $count }).
   *[other] Les notes ne peuvent pas dépasser { $max } caractères (actuellement { $count }).
}
massage-error-duration-number = Saisissez la durée en minutes entières, p. ex. 60.
massage-error-duration-range = { $max ->
    [one] La durée doit être un nombre entier de { $min } à { $max } minute.
   *[other] La durée doit être un nombre entier de { $min } à { $max } minutes.
}
massage-error-cost-format = Saisissez un montant comme 45,50, sans la devise.
massage-error-cost-too-large = Ce montant est trop élevé.
massage-error-rating = Choisissez un nombre entier de 0 à 10.
