### Massage sessions: the Massage screen, its lists and the session form.

massage-heading = Massage
massage-log = Log a session
massage-plan = Plan a session
massage-load-failed = Your sessions could not be loaded.
massage-try-again = Try again
massage-days-none = No massage logged yet
massage-days-today = Last massage today
massage-days-yesterday = Last massage yesterday
massage-days-since = { $count ->
    [one] { $count } day since your last massage
   *[other] { $count } days since your last massage
}

## Kinds, statuses and pressure

massage-kind-swedish = Swedish
massage-kind-deep-tissue = Deep tissue
massage-kind-sports = Sports
massage-kind-shiatsu = Shiatsu
massage-kind-thai = Thai
massage-kind-reflexology = Reflexology
massage-kind-self-massage = Self-massage
massage-kind-other = Other
massage-status-planned = Planned
massage-status-done = Done
massage-status-cancelled = Cancelled
massage-pressure-light = Light
massage-pressure-medium = Medium
massage-pressure-firm = Firm
massage-pressure-not-set = Not set

## The lists

massage-empty-heading = Your sessions will gather here
massage-empty-why = Log massages to see whether they're followed by calmer days in your own journal. Over a few weeks, your check-ins show how the days after a session compare — for you, not for people in general.
massage-empty-how = Add one you have had, or plan the next. Before-and-after ratings are optional, and everything stays on this computer.
massage-awaiting-heading = Did these happen?
massage-awaiting-hint = Planned sessions whose time has passed.
massage-upcoming-heading = Upcoming
massage-upcoming-empty = Nothing planned. “Plan a session” puts the next one here.
massage-past-heading = Past
massage-past-more = Show more ({ $count } older)
massage-duration-minutes = { $minutes } min
massage-duration-hours = { $hours } h
massage-duration-hours-minutes = { $hours } h { $minutes } min
# $pressure is the pressure's key.
massage-item-pressure = { $pressure ->
    [light] Light pressure
    [medium] Medium pressure
   *[firm] Firm pressure
}
# $areas is a list of body areas.
massage-item-focus = Focus: { $areas }
# A rating before and after a session; $measure is "Stress" or "Pain".
massage-change = { $measure } { $before } → { $after }
massage-change-before = { $measure } before { $before }
massage-change-after = { $measure } after { $after }
massage-item-happened = Yes, it happened
massage-item-cancel-planned = No, cancel it
massage-item-edit = Edit
massage-item-delete = Delete

## Deleting

massage-delete-title = Delete this session?
massage-delete-confirm = Delete
massage-delete-keep = Keep it
# $kind is the kind of massage, $when its date and time.
massage-delete-body = { $kind }, { $when }. You can undo this for a few seconds afterwards.
massage-deleted = Session deleted
massage-error-session-gone = That session no longer exists; it may have been deleted.
# $reason is the cause, in a sentence of its own.
massage-error-open-failed = The session could not be opened. { $reason }
massage-error-cancel-failed = The session could not be marked as cancelled. { $reason }
massage-error-delete-failed = The session could not be deleted. { $reason }
massage-error-restore-failed = The session could not be brought back. { $reason }

## The session form

massage-editor-edit = Edit session
massage-editor-outcome = How did it go?
massage-form-close = Close
massage-field-when = When
massage-field-date = Date
massage-field-time = Time
massage-field-status = Status
massage-field-kind = Kind
massage-field-kind-other = Name of the kind
massage-field-kind-other-hint = For example Lomi lomi or Hot stone
massage-field-therapist = Therapist
massage-field-place = Place
massage-field-duration = Duration (minutes)
massage-field-cost = Cost
# $currency is an ISO 4217 code such as EUR.
massage-field-cost-hint = In { $currency }, e.g. 45.50 · optional
massage-field-pressure = Pressure
massage-field-focus = Focus areas
massage-field-notes-placeholder = How it went, what to ask for next time…
massage-feel-heading = How did you feel?
massage-feel-hint = Optional. Rate just before and just after the session.
massage-stress-before = Stress before
massage-stress-after = Stress after
massage-pain-before = Pain before
massage-pain-after = Pain after
massage-form-stale = This session was changed elsewhere. Reload to see the latest; your edits here will be replaced.
massage-form-reload = Reload
massage-form-gone = This session no longer exists; it was deleted elsewhere.
massage-form-not-saved = The session was not saved.
massage-form-saving = Saving…
massage-form-cancel = Cancel
massage-form-save = Save session
massage-discard-title = Discard changes?
massage-discard-confirm = Discard
massage-discard-keep = Keep editing
massage-discard-body = What you changed in this session has not been saved.

## Problems with the form's values

massage-error-date-missing = Choose the date of the session.
massage-error-date-invalid = Enter a real date, e.g. 2025-11-25.
massage-error-time-missing = Choose the time the session starts.
massage-error-time-invalid = Enter a time such as 18:30.
massage-error-done-in-future = A session that has not started yet cannot be done. Choose Planned, or an earlier date and time.
massage-error-kind-other-missing = Name the kind of massage.
massage-error-kind-other-too-long = { $max ->
    [one] The name can be at most { $max } character (now { $count }).
   *[other] The name can be at most { $max } characters (now { $count }).
}
massage-error-therapist-too-long = { $max ->
    [one] Therapist can be at most { $max } character (now { $count }).
   *[other] Therapist can be at most { $max } characters (now { $count }).
}
massage-error-place-too-long = { $max ->
    [one] Place can be at most { $max } character (now { $count }).
   *[other] Place can be at most { $max } characters (now { $count }).
}
massage-error-notes-too-long = { $max ->
    [one] Notes can be at most { $max } character (now { $count }).
   *[other] Notes can be at most { $max } characters (now { $count }).
}
massage-error-duration-number = Enter the duration in whole minutes, e.g. 60.
massage-error-duration-range = { $max ->
    [one] Duration must be a whole number from { $min } to { $max } minute.
   *[other] Duration must be a whole number from { $min } to { $max } minutes.
}
massage-error-cost-format = Enter an amount like 45.50, without the currency.
massage-error-cost-too-large = That amount is too large.
massage-error-rating = Choose a whole number from 0 to 10.
