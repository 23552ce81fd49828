### Reminders: the banner at the top of every screen and the Reminders section of Settings.

## What a reminder is about (the caption above its sentence).
reminders-kind-check-in = Bilan
reminders-kind-book-massage = Massage
reminders-kind-appointment = Rendez-vous
reminders-kind-stress-nudge = Une suggestion en douceur

## The banner.
reminders-banner = Rappels
reminders-check-in-now = Faire le bilan maintenant
reminders-open-session = Ouvrir la séance
reminders-log-session = Noter une séance…
reminders-plan-session = Prévoir une séance…
reminders-booked-it = J’ai réservé
reminders-snooze = Reporter
reminders-snooze-until = Reporter à
reminders-snooze-hour = Dans 1 heure
reminders-snooze-evening = Ce soir ({ $time })
reminders-snooze-tomorrow = Demain matin ({ $time })
reminders-dismiss = Ignorer
reminders-dismiss-reminder = Ignorer le rappel
reminders-booking = Quand a lieu le rendez-vous ?
reminders-booking-date = Date
reminders-booking-time = Heure
reminders-booking-saving = Enregistrement…
reminders-booking-save = Enregistrer la réservation
reminders-booking-cancel = Annuler
reminders-booking-no-date = Choisissez le jour du rendez-vous.
reminders-booking-no-time = Choisissez l’heure du rendez-vous.
# $date: "Thu 4 Dec"; $time: "18:00".
reminders-planned-for = Prévue le { $date } à { $time }
reminders-planned-at = Prévue le { $when }
reminders-show-session = Voir la séance
reminders-ok = OK
reminders-error-snooze = Le rappel n’a pas pu être reporté. { $details }
reminders-error-dismiss = Le rappel n’a pas pu être ignoré. { $details }
reminders-error-done = Le rappel n’a pas pu être marqué comme fait. { $details }

## When the next reminder comes ($time: "18:00", $weekday: "Thursday", $date: "Thursday 4 December").
reminders-when-today = aujourd’hui à { $time }
reminders-when-tomorrow = demain à { $time }
reminders-when-weekday = { $weekday } à { $time }
reminders-when-date = { $date } à { $time }
reminders-next = Prochain rappel : { $when } — { $message }
reminders-next-none = Aucun rappel à venir.
reminders-preview-invalid = Le prochain rappel s’affichera une fois le champ signalé corrigé.
reminders-preview-failed = Le prochain rappel n’a pas pu être calculé. { $details }

## The Reminders section of Settings.
reminders-title = Rappels
reminders-intro = De petits rappels bienveillants pour faire le bilan et prendre soin de vous. Ils arrivent sous forme de notifications de bureau et d’une note en haut de l’application ; chacun peut être reporté ou ignoré.
reminders-load-failed = Vos réglages de rappels n’ont pas pu être chargés.
reminders-try-again = Réessayer
reminders-loading = Chargement de vos réglages de rappels…
reminders-no-notifications = Ce bureau n’a pas de service de notifications : les rappels n’apparaissent donc que dans l’application.

reminders-daily-check-in = Bilan quotidien
reminders-check-in-toggle = Me rappeler de faire le bilan
reminders-check-in-time = Heure du bilan
reminders-on-these-days = Ces jours-là
# $day: the weekday's full name.
reminders-check-in-on = Bilan le { $day }

reminders-book-massage = Me rappeler de réserver un massage
reminders-book-massage-hint = Compté à partir de votre dernier massage ; le rappel arrive à l’heure de votre bilan.
reminders-cadence-off = Désactivé
reminders-cadence-weeks = { $count ->
    [one] Chaque semaine
   *[other] Toutes les { $count } semaines
}
reminders-cadence-custom = Tous les … jours
reminders-days-between = Jours entre deux massages
reminders-days-between-hint = De 1 à 365.

reminders-planned-sessions = Séances prévues
reminders-appointments-toggle = Me rappeler mes rendez-vous
reminders-evening-before = La veille, à
reminders-lead = Et avant le début
reminders-lead-unit = Unité
reminders-unit-minutes = minutes
reminders-unit-hours = heures
reminders-unit-days = jours
reminders-lead-hint = De 5 minutes à 7 jours.

reminders-stressful-days = Après des journées stressantes
reminders-stress-toggle = Suggérer un massage quand le stress a été élevé
reminders-stress-hint = Quand le stress était de 7 ou plus lors de 3 de vos 4 derniers bilans et qu’aucun massage n’est fait ni prévu dans les 14 jours ; au plus une fois par semaine.

reminders-quiet-hours = Heures calmes
reminders-quiet-toggle = Respecter des heures calmes
reminders-quiet-hint = Aucun rappel pendant ces heures, sauf ceux de vos rendez-vous, qui arrivent quand même.
reminders-quiet-from = De
reminders-quiet-to = À

reminders-pause = Pause
reminders-pause-toggle = Mettre tous les rappels en pause jusqu’au…
reminders-pause-until = En pause jusqu’au

reminders-window-closed = Quand la fenêtre est fermée
reminders-tray-toggle = Rester dans la zone de notification quand la fenêtre est fermée
reminders-tray-hint = Les rappels n’arrivent que lorsque l’application est ouverte. Avec cette option, fermer la fenêtre la laisse dans la zone de notification.
reminders-no-tray-hint = Votre bureau n’affiche pas d’icônes dans la zone de notification : fermer la fenêtre quitte donc l’application. Les rappels n’arrivent que lorsque l’application est ouverte.

reminders-not-saved = Non enregistré.
reminders-save = Enregistrer les réglages des rappels
reminders-saving = Enregistrement…
reminders-saved = Enregistré ✓
reminders-unsaved = Vous avez des modifications non enregistrées.

## Problems with the reminder settings.
reminders-error-check-in-time = L’heure du bilan doit être une heure comme 20:30, entre 00:00 et 23:59.
reminders-error-evening-before-time = L’heure de la veille doit être une heure comme 20:30, entre 00:00 et 23:59.
reminders-error-quiet-start = Le début des heures calmes doit être une heure comme 20:30, entre 00:00 et 23:59.
reminders-error-quiet-end = La fin des heures calmes doit être une heure comme 20:30, entre 00:00 et 23:59.
reminders-error-weekdays = Choisissez au moins un jour pour le rappel du bilan, ou désactivez-le.
reminders-error-cadence-days = Saisissez un nombre de jours entre 1 et 365.
reminders-error-lead = Choisissez entre 5 minutes et 7 jours à l’avance.
reminders-error-quiet-same = Les heures calmes doivent se terminer à une autre heure que celle de leur début.
reminders-error-paused-until = Choisissez la date et l’heure auxquelles les rappels doivent reprendre.

## Starting with the computer and the calendar file.
reminders-start-with-computer = Démarrer avec mon ordinateur
reminders-start-unavailable = Disponible uniquement pour le journal à son emplacement habituel.
reminders-start-hint = S’ouvre discrètement dans la zone de notification à l’ouverture de votre session, pour que les rappels arrivent sans ouvrir l’application.
reminders-export = Exporter les séances prévues (.ics)…
reminders-exporting = Exportation…
reminders-export-nothing = Rien n’est encore prévu. Les séances que vous prévoyez dans l’écran Massage pourront être ajoutées à votre agenda d’ici.
reminders-export-hint = { $count ->
    [one] Enregistre votre séance prévue dans un fichier que les applications d’agenda peuvent importer.
   *[other] Enregistre vos { $count } séances prévues dans un fichier que les applications d’agenda peuvent importer.
}
reminders-export-saved = { $count ->
    [one] { $count } séance enregistrée dans { $path }. Le fichier n’est pas chiffré.
   *[other] { $count } séances enregistrées dans { $path }. Le fichier n’est pas chiffré.
}
