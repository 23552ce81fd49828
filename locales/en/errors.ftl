### What the app says when something cannot be done: refused input, files that cannot be read,
### an encrypted or damaged journal. Variables named `label`, `reason`, `context`, `problem`,
### `warning` and `what` are messages of the catalogue themselves, already in words.

## The journal and its storage

error-stale-version = This entry was changed elsewhere — reload it to see the latest version before saving again.
error-newer-schema = This journal ({ $path }) was written by a newer version of Resilience Journal (format { $found }; this version understands up to { $supported }). It has been left untouched — please update the app to open it.
error-damaged = The journal file { $path } is damaged or is not a journal ({ $detail }). It has been left untouched.
error-damaged-moved-aside = { $problem } It was moved aside, unchanged, to { $path }. Nothing has been deleted.
error-damaged-not-moved = { $problem } (It could not be moved aside: { $reason }.)
error-locked = This journal is encrypted: it opens with its passphrase, the system keychain or its recovery key.
error-wrong-key = This key does not open the journal { $path }. Nothing was changed; try the recovery key.
error-wrong-passphrase = That passphrase does not open this journal. Check Caps Lock and try again, or use your recovery key.
error-disk-full = The disk is full, so nothing was saved. Free some space and try again.
error-read-only = The journal cannot be written to (it is read-only), so nothing was saved.
error-busy = The journal is busy in another program. Try again in a moment.
error-database = The journal could not be read or written: { $detail }
error-io = A file could not be read or written: { $detail }

## Opening, locking and switching

error-journal-locked = Your journal is encrypted. Enter its recovery key to open it.
error-journal-locked-passphrase = Your journal is encrypted. Enter its passphrase or recovery key to open it.
error-journal-locked-because = Your journal is encrypted. { $problem } Enter its recovery key to open it.
error-journal-locked-passphrase-because = Your journal is encrypted. { $problem } Enter its passphrase or recovery key to open it.
error-lock-key-does-not-fit = The key kept for this journal does not open it. Use your recovery key.
error-lock-no-key-file = The file that says how this journal's key is kept is missing (for example after moving the journal to another computer).
error-lock-keychain-holds-other = The system keychain holds something else than this journal's key.
error-lock-not-in-keychain = This journal's key is not in the system keychain (any more).
error-journal-not-open-because = The journal is not open: { $reason }
error-journal-not-open = The journal is not open.
error-journal-not-opened-yet = Not opened yet.
error-journal-switching = Switching journals.
error-journal-being-replaced = The journal is being replaced.
error-journal-not-locked = The journal is not locked.
error-recover-while-open = The journal is open; restore a backup on the Data screen instead.
error-demo-not-encrypted = The demo journal is never encrypted.
error-demo-not-encrypted-go-back = The demo journal is never encrypted. Go back to your journal first.

## Encryption

error-already-encrypted = The journal is already encrypted.
error-not-encrypted = The journal is not encrypted.
error-journal-already-encrypted = This journal is already encrypted.
error-journal-not-encrypted = This journal is not encrypted.
error-key-in-keychain = This journal's key is kept in the system keychain, not by a passphrase.
error-no-pending-key = Start again from “Encrypt my journal”: no recovery key was made yet.
error-other-recovery-key = This is not the recovery key shown in the previous step. Go back and copy or type that one.
error-weak-passphrase = Choose a stronger passphrase. { $warning }
error-weak-passphrase-guessable = Choose a stronger passphrase. It would be guessed too easily.
error-keychain-changed = The system keychain did not give the key back as it was stored.
error-no-passphrase-file = The file that keeps the passphrase's key is missing: use the recovery key.
error-step-wrong-key = This key does not open the journal. Check it and try again; nothing was changed.
error-wrong-recovery-key = This recovery key does not open this journal. It may belong to another journal; nothing was changed.
error-recovery-key-length = A recovery key has { $expected } letters and digits; this one has { $count }. Check that none are missing.
error-recovery-key-character = A recovery key has only the digits 0–9 and the letters A–Z except I, L, O and U; “{ $character }” is not one of them.
error-recovery-key-typo = This recovery key has a typo: check it letter by letter against the one you saved.
error-keychain-unavailable = The system keychain is not available on this computer ({ $detail }).
error-keychain-locked = The system keychain is locked. Unlock it (for example by logging in again) and try again.
error-keychain-not-persistent = The system keychain here keeps secrets only until you log out ({ $detail }), so it cannot keep your journal's key.
error-keychain-other = The system keychain reported a problem: { $detail }

## Names of what a message is about

error-measure = { $measure ->
    [stress] Stress
    [sleepHours] Sleep hours
    [sleepQuality] Sleep quality
    [pain] Pain
    [selfEsteem] Self-esteem
    [mood] Mood
    [anxiety] Anxiety
    [bodyAwareness] Body awareness
    [stressBefore] Stress before
    [stressAfter] Stress after
    [painBefore] Pain before
    [painAfter] Pain after
   *[index] Resilience index
}
error-label-notes = Notes
error-label-tag = The tag “{ $name }”
error-label-kind-other = The kind of massage
error-label-therapist = The therapist's name
error-label-place = The place
error-label-search = The search
error-label-check-in-time = The check-in time
error-label-evening-before-time = The time for the evening before
error-label-quiet-start = The start of the quiet hours
error-label-quiet-end = The end of the quiet hours

## Check-ins, sessions, settings

error-rating = { $label } must be a whole number from 0 to 10 (got { $value }).
error-text-too-long = { $label } can be at most { NUMBER($max, useGrouping: 0) } characters; this has { NUMBER($count, useGrouping: 0) }.
error-text-control-character = { $label } contains an invisible control character; please remove it.
error-date-form = “{ $text }” is not a date in the form YYYY-MM-DD.
error-date-not-in-calendar = { $text } is not a day in the calendar.
error-date-too-early = { $day } is too long ago; the journal starts in 1900.
error-date-in-future = { $day } is in the future; you can check in for today or earlier days.
error-date-time-form = “{ $text }” is not a date and time in the form YYYY-MM-DDTHH:MM.
error-range-reversed = The range ends ({ $to }) before it starts ({ $from }).
error-check-in-empty = Add at least one rating or a note before saving.
error-entry-version = The entry version must be 1 or more.
error-tag-empty = A tag needs at least one letter or digit.
error-too-many-tags = A day can have at most { $max } tags.
error-sleep-hours-range = Sleep hours must be between 0 and 24 (got { $value }).
error-sleep-hours-quarters = Sleep hours are counted in quarter hours, like 7, 7.25 or 7.5 (got { $value }).
error-no-entry = There is no entry for { $day }.
error-no-entry-to-delete = There is no entry for { $day } to delete.
error-no-entry-to-restore = There is no deleted entry for { $day } to bring back.
error-session-skipped-hour = { $start } does not exist in your time zone: the clocks skip that hour when summer time begins. Pick a time outside the skipped hour.
error-session-done-in-future = A session starting { $start } has not happened yet, so it cannot be marked done; keep it planned or correct the start.
error-session-new-with-version = A new session has no version yet.
error-session-version = The session version must be 1 or more.
error-session-id = “{ $text }” is not a session id.
error-session-start-form = “{ $text }” is not a start in the form YYYY-MM-DDTHH:MM.
error-session-time = { $text } is not a time of day (00:00 to 23:59).
error-kind-other-missing = Name the kind of massage (up to 60 characters).
error-kind-other-not-allowed = Only the kind “other” takes a name of its own; leave it empty for this kind.
error-duration = The duration must be a whole number of minutes from 1 to 600 (got { $value }).
error-cost = The cost must be between 0 and 1,000,000 (got { $cents } cents).
error-session-gone = This session was deleted or never existed, so it cannot be changed.
error-no-session = There is no such session.
error-no-session-to-delete = There is no such session to delete.
error-no-session-to-restore = There is no deleted session to bring back.
error-currency = The currency is a three-letter code such as EUR, USD or GBP.
error-day-boundary = The day starts at a time between 00:00 and 06:00, like 04:00.
error-language = The language is "system" or a language code such as de.
error-search-range-reversed = The date range ends before it starts.
error-search-choose-measure = Choose which measure the range is about.
error-search-value-range = The range must lie between 0 and { $max }.
error-search-max-below-min = The range's upper end is below its lower end.

## Reminders

error-reminder-no-weekday = Choose at least one day for the check-in reminder, or switch it off.
error-reminder-cadence = The reminder to book a massage can come every 1 to 365 days (got { $value }).
error-reminder-lead = The reminder before a session can come 5 minutes to 7 days (10080 minutes) ahead (got { $value } minutes).
error-quiet-hours-empty = Quiet hours must end at a different time than they start.
error-check-in-in-quiet-hours = { $time } falls in your quiet hours ({ $start } to { $end }), so the check-in reminder would never show. Choose a time outside them or change the quiet hours.
error-time-of-day = { $label } must be a time of day like 20:30, from 00:00 to 23:59 (got “{ $text }”).
error-snooze-past = A reminder can only be snoozed until a later time.
error-snooze-too-long = A reminder can be snoozed for at most { $max } days.
error-snooze-needs-time = Snoozing needs a time to come back; use snooze.
error-snooze-choose-time = Choose when the reminder should come back.
error-reminder-outcome = A reminder is answered with "dismissed" or "acted".
error-reminder-not-found = This reminder is no longer in the log.
error-booking-in-past = A booked session starts later than now.
error-no-planned-sessions = There are no planned sessions to put in a calendar.
error-autostart = The computer did not accept the change: { $detail }
error-autostart-unavailable = Starting with the computer is only available for the journal in its usual place.

## Charts

error-chart-range-reversed = The range starts ({ $from }) after it ends ({ $to }).
error-chart-no-measure = Choose at least one measure to chart.
error-chart-too-many-measures = A chart shows at most { $max } measures; { $count } were asked for.
error-chart-measure-twice = { $label } is asked for twice.
error-chart-range-too-long = A chart covers at most 100 years; choose a shorter range.
error-chart-range-form = The range must be {"{"} from, to {"}"} as YYYY-MM-DD days.
error-chart-range-form-detail = The range must be {"{"} from, to {"}"} as YYYY-MM-DD days: { $detail }.
error-chart-file-kind = A chart is saved as "png", "csv" or "effect-csv".
error-picture-data-url = The picture must arrive as a PNG data URL.
error-picture-not-data-url = The picture must be a PNG data URL (data:image/png;base64,…).
error-picture-too-large = The picture is too large to save.
error-picture-unreadable = The picture could not be read: { $detail }.
error-picture-not-png = The picture is not a PNG image.

## Files, folders, backups

error-path-no-folder = Choose a file inside a folder.
error-path-is-folder = { $path } is a folder, not a file.
error-path-exists = { $path } exists already; choose a new file.
error-save-with-dialog = Choose where to save the file with the save dialog.
error-choose-with-dialog = Choose the file or folder with the dialog.
error-not-a-folder = { $path } is not a folder.
error-backup-is-journal = This is the journal itself, not a backup.
error-no-journal-to-back-up = There is no journal at { $path } to back up.
error-backup-missing = The backup { $path } does not exist.
error-backup-encrypted-journal-not = This backup is encrypted and the journal is not: turn encryption on with its recovery key first, or open it with the recovery key.
error-backup-other-key = This backup is encrypted with another key than the journal's, so it cannot be restored here.

## Importing

error-import-not-a-file = This is not a file that can be imported. Choose a JSON or CSV file.
error-import-too-large = The file is { NUMBER($size, useGrouping: 0) } MB; an import can read at most { $max } MB. Nothing was imported.
error-import-utf16 = The file is saved as UTF-16. Save it as UTF-8 (the usual choice for CSV and JSON) and try again.
error-import-empty = The file is empty.
error-import-binary = This is not a text file: line { $line }, column { $column } holds binary data.
error-import-not-utf8 = The file is not UTF-8 text: line { $line }, column { $column } has a character in another encoding. Save the file as UTF-8 and try again.
error-import-policy = Choose what to do with days you already have: keep mine, take theirs or keep the newer.
error-import-not-an-export = This JSON file is not a Resilience Journal export (it has no "format": "resilience-journal").
error-import-no-version = This export has no valid "version", so it cannot be read safely.
error-import-newer-version = This export was made by a newer version of Resilience Journal (format version { $found }; this version reads up to { $supported }). Update the app to import it. Nothing was imported.
error-import-same-day = check-ins { $first } and { $second } are both for { $day }.
error-import-same-session-id = another session has the same id.
error-import-same-tag = the tag is listed twice.
error-import-tag-id = The tag's id is not a UUID.
error-import-version = The version must be 1 or more (got { $value }).
error-import-timestamp = “{ $text }” is not a date and time (RFC 3339).
error-json-cut-off = The file ends too early (line { $line }, column { $column }): it may have been cut off.
error-json-syntax = Line { $line }, column { $column }: this is not valid JSON ({ $detail }).
error-json-data = Line { $line }, column { $column }: { $detail }.
error-file-unreadable = The file could not be read: { $detail }.
error-csv-column-twice = Line 1: the column “{ $name }” appears twice.
error-csv-field-count = { $count ->
    [one] Line { $line } has { $count } field, but the header has { $expected }. The file may be cut off or damaged.
   *[other] Line { $line } has { $count } fields, but the header has { $expected }. The file may be cut off or damaged.
}
error-csv-line-unreadable = Line { $line } cannot be read: { $detail }.
error-csv-unreadable = The file cannot be read as CSV: { $detail }.
error-csv-column-missing = The column “{ $name }” is not in the file (line 1 has: { $columns }).
error-csv-measure-twice = Only one column can hold { $label }.
error-csv-day-again = Line { $line }: { $day } appears again (first on line { $first }).
error-csv-rating = Ratings are whole numbers from 0 to 10 (got { $value }).
error-date-not-in-format = “{ $text }” is not a date in the chosen format ({ $format }).
error-not-a-number = “{ $text }” is not a number.
error-daylio-mood-range = The mood for “{ $label }” must be from 0 to 10.
error-daylio-not-an-export = This is not a Daylio export: line 1 has no column “{ $missing }” (it has: { $columns }).
error-daylio-unmapped-mood = { $count ->
    [one] Choose a mood for “{ $label }” (used { $count } time) before importing, or import it without a mood.
   *[other] Choose a mood for “{ $label }” (used { $count } times) before importing, or import it without a mood.
}
error-daylio-year = “{ $text }” is not a year such as 2018.
error-daylio-date = “{ $text }” is not a day of { $year } such as “18 May”.
# $actual: the weekday of that date (monday … sunday); $written: the one in the file.
error-daylio-weekday = { $date } { $year } was a { $actual ->
        [monday] Monday
        [tuesday] Tuesday
        [wednesday] Wednesday
        [thursday] Thursday
        [friday] Friday
        [saturday] Saturday
       *[sunday] Sunday
    }, not a { $written }.
error-in-context = { $context }: { $reason }
error-context-check-in = Check-in { $number } ({ $day })
error-context-session = Session { $number } ({ $start })
error-context-tag = Tag { $number } ({ $name })
error-context-settings = Settings
error-context-reminder-settings = Reminder settings
error-context-cell = Line { $line }, column “{ $column }”
error-context-line-day = Line { $line } ({ $day })
error-skipped-no-value = { $day } has no value to import.
error-skipped-only-activities = { $day } has no mood and no note, only activities, which a day cannot hold alone.
error-warning-sleep-rounded = { $count ->
    [one] { $count } sleep duration was rounded to the nearest quarter hour.
   *[other] { $count } sleep durations were rounded to the nearest quarter hour.
}
error-warning-columns-ignored = These columns are not imported: { $columns }.
error-import-summary =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }, { $conflicts ->
        [one] { $conflicts } conflict
       *[other] { $conflicts } conflicts
    }

## Command arguments the app could not read

error-payload = The { $what } could not be read: { $detail }.
error-payload-at = The { $what } could not be read: { $path }: { $detail }.
error-payload-missing = The { $what } could not be read: `{ $name }` is missing.
error-payload-chart-query = chart query
error-payload-check-in = check-in
error-payload-encryption-request = encryption request
error-payload-export = export
error-payload-import-source = import source
error-payload-page-timings = page timings
error-payload-recovery-choice = recovery choice
error-payload-reminder-settings = reminder settings
error-payload-search = search
error-payload-session = session
error-payload-settings = settings
error-payload-unlock-secret = unlock secret
# $expected: text, textOrNull, flag or value; $got: null, flag, number, text, list or object.
error-argument-missing = The argument `{ $name }` is missing; it must be { $expected ->
        [text] text
        [textOrNull] text or null
        [flag] true or false
       *[value] a value
    }.
error-argument-wrong = The argument `{ $name }` must be { $expected ->
        [text] text
        [textOrNull] text or null
        [flag] true or false
       *[value] a value
    }, not { $got ->
        [null] null
        [flag] true or false
        [number] a number
        [text] text
        [list] a list
       *[object] an object
    }.
error-profile-timings = Unreadable page timings.
error-profile-mark = Unknown profiling milestone.
