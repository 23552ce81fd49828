### Reminder texts: the notification and the banner in the window show the same words.

# $part: morning, afternoon or evening (from the check-in time).
notification-check-in = { $part ->
    [morning] Time for your morning check-in
    [afternoon] Time for your afternoon check-in
   *[evening] Time for your evening check-in
}
notification-book-massage = { $days ->
    [one] It has been { $days } day since your last massage — book the next one?
   *[other] It has been { $days } days since your last massage — book the next one?
}
notification-stress-nudge = Stress has been high for a few days. A massage or a quiet break might help.
# $when: today, tomorrow or later; then $weekday (monday … sunday), $day (1–31) and $month
# (1–12) are the session's day; $time is its start (HH:MM).
notification-appointment = { $when ->
    [today] Massage today at { $time }
    [tomorrow] Massage tomorrow at { $time }
   *[later] Massage on { $weekday ->
        [monday] Monday
        [tuesday] Tuesday
        [wednesday] Wednesday
        [thursday] Thursday
        [friday] Friday
        [saturday] Saturday
       *[sunday] Sunday
    } { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } at { $time }
}
notification-appointment-with = { $when ->
    [today] Massage today at { $time } with { $therapist }
    [tomorrow] Massage tomorrow at { $time } with { $therapist }
   *[later] Massage on { $weekday ->
        [monday] Monday
        [tuesday] Tuesday
        [wednesday] Wednesday
        [thursday] Thursday
        [friday] Friday
        [saturday] Saturday
       *[sunday] Sunday
    } { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } at { $time } with { $therapist }
}
