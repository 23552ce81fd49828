### Reminders: the banner at the top of every screen and the Reminders section of Settings.

## What a reminder is about (the caption above its sentence).
reminders-kind-check-in = Check-in
reminders-kind-book-massage = Massage
reminders-kind-appointment = Appointment
reminders-kind-stress-nudge = A gentle suggestion

## The banner.
reminders-banner = Reminders
reminders-check-in-now = Check in now
reminders-open-session = Open session
reminders-log-session = Log a session…
reminders-plan-session = Plan a session…
reminders-booked-it = I booked it
reminders-snooze = Snooze
reminders-snooze-until = Snooze until
reminders-snooze-hour = 1 hour
reminders-snooze-evening = This evening ({ $time })
reminders-snooze-tomorrow = Tomorrow morning ({ $time })
reminders-dismiss = Dismiss
reminders-dismiss-reminder = Dismiss reminder
reminders-booking = When is the appointment?
reminders-booking-date = Date
reminders-booking-time = Time
reminders-booking-saving = Saving…
reminders-booking-save = Save booking
reminders-booking-cancel = Cancel
reminders-booking-no-date = Choose the day of the appointment.
reminders-booking-no-time = Choose the time of the appointment.
# $date: "Thu 4 Dec"; $time: "18:00".
reminders-planned-for = Planned for { $date }, { $time }
reminders-planned-at = Planned for { $when }
reminders-show-session = Show the session
reminders-ok = OK
reminders-error-snooze = The reminder could not be snoozed. { $details }
reminders-error-dismiss = The reminder could not be dismissed. { $details }
reminders-error-done = The reminder could not be marked as done. { $details }

## When the next reminder comes ($time: "18:00", $weekday: "Thursday", $date: "Thursday 4 December").
reminders-when-today = today { $time }
reminders-when-tomorrow = tomorrow { $time }
reminders-when-weekday = { $weekday } { $time }
reminders-when-date = { $date } { $time }
reminders-next = Next reminder: { $when } — { $message }
reminders-next-none = No reminders are coming up.
reminders-preview-invalid = The next reminder shows once the highlighted field is fixed.
reminders-preview-failed = The next reminder could not be worked out. { $details }

## The Reminders section of Settings.
reminders-title = Reminders
reminders-intro = Gentle nudges to check in and to look after yourself. They come as desktop notifications and as a note at the top of the app, and each can be snoozed or dismissed.
reminders-load-failed = Your reminder settings could not be loaded.
reminders-try-again = Try again
reminders-loading = Loading your reminder settings…
reminders-no-notifications = This desktop has no notification service, so reminders appear only inside the app.

reminders-daily-check-in = Daily check-in
reminders-check-in-toggle = Remind me to check in
reminders-check-in-time = Check-in time
reminders-on-these-days = On these days
# $day: the weekday's full name.
reminders-check-in-on = Check-in on { $day }

reminders-book-massage = Remind me to book a massage
reminders-book-massage-hint = Counted from your last massage; it comes at your check-in time.
reminders-cadence-off = Off
reminders-cadence-weeks = { $count ->
    [one] Every week
   *[other] Every { $count } weeks
}
reminders-cadence-custom = Every … days
reminders-days-between = Days between massages
reminders-days-between-hint = From 1 to 365.

reminders-planned-sessions = Planned sessions
reminders-appointments-toggle = Remind me of my appointments
reminders-evening-before = The evening before, at
reminders-lead = And before it starts
reminders-lead-unit = Unit
reminders-unit-minutes = minutes
reminders-unit-hours = hours
reminders-unit-days = days
reminders-lead-hint = From 5 minutes to 7 days.

reminders-stressful-days = After stressful days
reminders-stress-toggle = Suggest a massage when stress has been high
reminders-stress-hint = When stress was 7 or more on 3 of your last 4 check-ins and no massage is done or planned within 14 days; at most once a week.

reminders-quiet-hours = Quiet hours
reminders-quiet-toggle = Keep quiet hours
reminders-quiet-hint = No reminders in these hours, except those of your appointments, which still come through.
reminders-quiet-from = From
reminders-quiet-to = To

reminders-pause = Pause
reminders-pause-toggle = Pause all reminders until…
reminders-pause-until = Pause until

reminders-window-closed = When the window is closed
reminders-tray-toggle = Keep running in the tray when the window is closed
reminders-tray-hint = Reminders only arrive while the app is running. With this on, closing the window leaves it in the tray.
reminders-no-tray-hint = Your desktop shows no tray icons, so closing the window quits the app. Reminders only arrive while the app is running.

reminders-not-saved = Not saved.
reminders-save = Save reminder settings
reminders-saving = Saving…
reminders-saved = Saved ✓
reminders-unsaved = You have changes that are not saved yet.

## Problems with the reminder settings.
reminders-error-check-in-time = The check-in time must be a time of day like 20:30, from 00:00 to 23:59.
reminders-error-evening-before-time = The time for the evening before must be a time of day like 20:30, from 00:00 to 23:59.
reminders-error-quiet-start = The start of the quiet hours must be a time of day like 20:30, from 00:00 to 23:59.
reminders-error-quiet-end = The end of the quiet hours must be a time of day like 20:30, from 00:00 to 23:59.
reminders-error-weekdays = Choose at least one day for the check-in reminder, or switch it off.
reminders-error-cadence-days = Enter a number of days from 1 to 365.
reminders-error-lead = Choose from 5 minutes to 7 days ahead.
reminders-error-quiet-same = Quiet hours must end at a different time than they start.
reminders-error-paused-until = Choose the date and time the reminders should start again.

## Starting with the computer and the calendar file.
reminders-start-with-computer = Start with my computer
reminders-start-unavailable = Available for the journal in its usual place only.
reminders-start-hint = Opens quietly in the tray when you log in, so reminders come without opening the app.
reminders-export = Export planned sessions (.ics)…
reminders-exporting = Exporting…
reminders-export-nothing = Nothing is planned yet. Sessions you plan on the Massage screen can be added to your calendar from here.
reminders-export-hint = { $count ->
    [one] Saves your planned session as a file that calendar apps can import.
   *[other] Saves your { $count } planned sessions as a file that calendar apps can import.
}
reminders-export-saved = { $count ->
    [one] Saved { $count } session to { $path }. The file is not encrypted.
   *[other] Saved { $count } sessions to { $path }. The file is not encrypted.
}
