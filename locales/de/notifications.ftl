### Reminder texts: the notification and the banner in the window show the same words.

# $part: morning, afternoon or evening (from the check-in time).
notification-check-in = { $part ->
    [morning] Zeit für Ihren Check-in am Morgen
    [afternoon] Zeit für Ihren Check-in am Nachmittag
   *[evening] Zeit für Ihren Check-in am Abend
}
notification-book-massage = { $days ->
    [one] Ihre letzte Massage ist { $days } Tag her – möchten Sie den nächsten Termin buchen?
   *[other] Ihre letzte Massage ist { $days } Tage her – möchten Sie den nächsten Termin buchen?
}
notification-stress-nudge = Ihr Stress ist seit ein paar Tagen hoch. Eine Massage oder eine ruhige Pause könnte guttun.
# $when: today, tomorrow or later; then $weekday (monday … sunday), $day (1–31) and $month
# (1–12) are the session's day; $time is its start (HH:MM).
notification-appointment = { $when ->
    [today] Massage heute um { $time }
    [tomorrow] Massage morgen um { $time }
   *[later] Massage am { $weekday ->
        [monday] Montag
        [tuesday] Dienstag
        [wednesday] Mittwoch
        [thursday] Donnerstag
        [friday] Freitag
        [saturday] Samstag
       *[sunday] Sonntag
    }, { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } um { $time }
}
notification-appointment-with = { $when ->
    [today] Massage heute um { $time } bei { $therapist }
    [tomorrow] Massage morgen um { $time } bei { $therapist }
   *[later] Massage am { $weekday ->
        [monday] Montag
        [tuesday] Dienstag
        [wednesday] Mittwoch
        [thursday] Donnerstag
        [friday] Freitag
        [saturday] Samstag
       *[sunday] Sonntag
    }, { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } um { $time } bei { $therapist }
}
