### The Today screen: the check-in of one day.

today-heading-today = How was today?
today-heading-yesterday = How was yesterday?
# $day: the weekday and date, e.g. "Monday 24 November".
today-heading-day = How was { $day }?
today-intro = Take a moment for the four core measures. One value is enough to save.
today-consistency = { $days ->
    [one] Logged { $logged } of the last day
   *[other] Logged { $logged } of the last { $days } days
}
today-load-failed = This day's entry could not be loaded.
today-form = Check-in
today-core-measures = Core measures
today-sleep-unit = hours
today-sleep-hint = Quarter hours, e.g. { $example }
today-pain-areas = Where does it hurt?
today-notes-placeholder = Anything worth remembering about today?

today-check-in-for = Check in for
today-day = Day
today-previous-day = Previous day
today-next-day = Next day
today-back-to-today = Back to today
today-future-day = Future days can't be checked in yet — pick today or an earlier day.
today-before-earliest = The journal starts in 1900.

today-more = More
# $names: the optional measures, e.g. "mood, anxiety, body awareness".
today-more-hint = { $names } · optional
today-more-hint-filled = { $names } · optional · { $filled } filled
# An optional measure's name inside the summary line of "More".
today-more-measure = { $measure ->
    [mood] mood
    [anxiety] anxiety
   *[body-awareness] body awareness
}

today-tag-label = Add a tag
today-tag-add = Add
today-tag-hint = Enter adds it · up to { $tags } tags of { $chars } characters
today-tags-on-day = On this day:
today-tags-on-day-label = Tags on this day
today-tag-remove = Remove tag { $name }
today-tags-often-used = Often used:
today-tag-suggest = Add tag { $name }

today-saving = Saving…
today-unsaved = Unsaved changes
today-saved = Saved ✓
today-saved-at = Saved ✓ at { $time }
today-nothing-saved = Nothing saved for this day yet
today-stale = This entry was changed elsewhere — reload to see the latest
today-reload = Reload
today-not-saved = Your check-in was not saved.
today-save = Save check-in

today-delete = Delete entry
today-delete-title = Delete this entry?
today-delete-confirm = Delete
today-delete-cancel = Keep it
# $day: the weekday and date, e.g. "Monday 24 November".
today-delete-body = The entry for { $day } will be removed from your journal.
today-delete-body-no-day = The entry for this day will be removed from your journal.
today-delete-undo-hint = You can undo this for a few seconds afterwards.
# $day: a short date, e.g. "Tue 24 Nov".
today-deleted = Entry for { $day } deleted
today-delete-failed = The entry was not deleted. { $reason }
today-restore-failed = The entry could not be restored. { $reason }
today-nothing-to-delete = There is no saved entry to delete.

today-error-rating = Choose a whole number from 0 to 10.
today-error-sleep-number = Enter sleep hours as a number, e.g. { $example }.
today-error-sleep-range = Sleep hours must be between { $min } and { $max }.
# $examples: a list of quarter hours, e.g. "7, 7.25, 7.5 or 7.75".
today-error-sleep-quarter = Use quarter hours, e.g. { $examples }.
today-error-notes-too-long = Notes can be at most { $max } characters (now { $count }).
today-error-too-many-tags = A day can have at most { $max } tags.
today-error-tag-size = Each tag needs 1 to { $max } characters.
today-error-empty = Add at least one rating, your sleep hours or a note before saving.
today-error-tag-empty = Type a tag name first.
today-error-tag-too-long = A tag can be at most { $max } characters.
# $name: the tag as the person typed it.
today-error-tag-duplicate = “{ $name }” is already on this day.
