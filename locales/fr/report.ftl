### The printable monthly report. $month is a month in the language's own form ("November 2025").

report-kicker = { app-name } · rapport mensuel
report-back = ← Retour à vos données
report-previous-month = Mois précédent
report-next-month = Mois suivant
report-month = Mois
report-year = Année
report-print = Imprimer…
report-check-ins = { $count ->
        [one] Bilan fait { $count } jour sur { $days }
       *[other] Bilans faits { $count } jours sur { $days }
    }
report-sessions = { $count ->
        [one] { $count } séance de massage
       *[other] { $count } séances de massage
    }
report-failed = Le rapport n'a pas pu être établi.
report-try-again = Réessayer
report-loading = Préparation du rapport : { $month }…
report-empty = Rien n'a été saisi en { $month }. Choisissez un autre mois ci-dessus.

## Averages

report-averages = Moyennes
report-averages-none = Aucune mesure saisie ce mois-ci, seulement des notes.
report-averages-measure = Mesure
report-averages-average = Moyenne
report-averages-lowest = Minimum
report-averages-highest = Maximum
report-averages-days = Jours saisis
report-averages-note = Notes de 0 à 10 telles que vous les avez saisies : pour le stress, la douleur et l'anxiété, plus c'est bas, mieux c'est.
report-measure-sleep = Sommeil
# $value: a number already written in the language ("4,3").
report-value-rating = { $value }/10
report-value-hours = { $value } h

## The chart

report-chart-title = Stress, sommeil et douleur, jour par jour
report-chart-label = Graphique du stress, des heures de sommeil et de la douleur, jour par jour, en { $month }. Les moyennes figurent dans le tableau ci-dessus.
report-chart-axis-rating = 0–10
report-chart-axis-hours = heures
# $measure: a measure's name.
report-chart-right-axis = { $measure } (axe de droite)

## Sessions and notes

report-sessions-title = Séances de massage
report-sessions-none = Aucune séance ce mois-ci.
report-sessions-when = Quand
report-sessions-kind = Type
report-sessions-therapist = Thérapeute
# $day: "Tuesday 24 November"; $time: "18:00".
report-session-when = { $day } à { $time }
report-session-when-planned = { $day } à { $time } (prévue)
report-sessions-note = Stress et douleur : avant → après la séance.
report-notes-title = Notes du jour
report-notes-none = Aucune note ce mois-ci.
# $day: the day the report is printed.
report-footer = Données saisies par vous-même dans { app-name } ; imprimé le { $day }. Les moyennes portent sur les jours saisis. Ce n'est pas un dossier médical.
