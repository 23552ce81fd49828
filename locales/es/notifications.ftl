### Reminder texts: the notification and the banner in the window show the same words.

# $part: morning, afternoon or evening (from the check-in time).
notification-check-in = { $part ->
    [morning] Es hora de tu registro de la mañana
    [afternoon] Es hora de tu registro de la tarde
   *[evening] Es hora de tu registro de la noche
}
notification-book-massage = { $days ->
    [one] Ha pasado { $days } día desde tu último masaje. ¿Reservas el siguiente?
   *[other] Han pasado { $days } días desde tu último masaje. ¿Reservas el siguiente?
}
notification-stress-nudge = Llevas unos días con el estrés alto. Un masaje o una pausa tranquila podrían ayudarte.
# $when: today, tomorrow or later; then $weekday (monday … sunday), $day (1–31) and $month
# (1–12) are the session's day; $time is its start (HH:MM).
notification-appointment = { $when ->
    [today] Masaje hoy a las { $time }
    [tomorrow] Masaje mañana a las { $time }
   *[later] Masaje el { $weekday ->
        [monday] lunes
        [tuesday] martes
        [wednesday] miércoles
        [thursday] jueves
        [friday] viernes
        [saturday] sábado
       *[sunday] domingo
    } { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } a las { $time }
}
notification-appointment-with = { $when ->
    [today] Masaje hoy a las { $time } con { $therapist }
    [tomorrow] Masaje mañana a las { $time } con { $therapist }
   *[later] Masaje el { $weekday ->
        [monday] lunes
        [tuesday] martes
        [wednesday] miércoles
        [thursday] jueves
        [friday] viernes
        [saturday] sábado
       *[sunday] domingo
    } { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } a las { $time } con { $therapist }
}
