### Reminder texts: the notification and the banner in the window show the same words.

# $part: morning, afternoon or evening (from the check-in time).
notification-check-in = { $part ->
    [morning] C’est l’heure de votre bilan du matin
    [afternoon] C’est l’heure de votre bilan de l’après-midi
   *[evening] C’est l’heure de votre bilan du soir
}
notification-book-massage = { $days ->
    [one] Votre dernier massage date d’il y a { $days } jour. Réserver le prochain ?
   *[other] Votre dernier massage date d’il y a { $days } jours. Réserver le prochain ?
}
notification-stress-nudge = Votre stress est élevé depuis quelques jours. Un massage ou une pause au calme pourrait vous faire du bien.
# $when: today, tomorrow or later; then $weekday (monday … sunday), $day (1–31) and $month
# (1–12) are the session's day; $time is its start (HH:MM).
notification-appointment = { $when ->
    [today] Massage aujourd’hui à { $time }
    [tomorrow] Massage demain à { $time }
   *[later] Massage le { $weekday ->
        [monday] lundi
        [tuesday] mardi
        [wednesday] mercredi
        [thursday] jeudi
        [friday] vendredi
        [saturday] samedi
       *[sunday] dimanche
    } { $day } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } à { $time }
}
notification-appointment-with = { $when ->
    [today] Massage aujourd’hui à { $time } avec { $therapist }
    [tomorrow] Massage demain à { $time } avec { $therapist }
   *[later] Massage le { $weekday ->
        [monday] lundi
        [tuesday] mardi
        [wednesday] mercredi
        [thursday] jeudi
        [friday] vendredi
        [saturday] samedi
       *[sunday] dimanche
    } { $day } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } à { $time } avec { $therapist }
}
