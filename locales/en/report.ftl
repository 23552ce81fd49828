### The printable monthly report. $month is a month in the language's own form ("November 2025").

report-kicker = { app-name } · monthly report
report-back = ← Back to your data
report-previous-month = Previous month
report-next-month = Next month
report-month = Month
report-year = Year
report-print = Print…
report-check-ins = Check-ins on { $count } of { $days } days
report-sessions = { $count ->
        [one] { $count } massage session
       *[other] { $count } massage sessions
    }
report-failed = The report could not be made.
report-try-again = Try again
report-loading = Gathering { $month }…
report-empty = Nothing was logged in { $month }. Choose another month above.

## Averages

report-averages = Averages
report-averages-none = No measures were logged this month, only notes.
report-averages-measure = Measure
report-averages-average = Average
report-averages-lowest = Lowest
report-averages-highest = Highest
report-averages-days = Days logged
report-averages-note = Ratings are 0–10 as you logged them: for stress, pain and anxiety lower is better.
report-measure-sleep = Sleep
# $value: a number already written in the language ("4.3").
report-value-rating = { $value }/10
report-value-hours = { $value } h

## The chart

report-chart-title = Stress, sleep and pain, day by day
report-chart-label = Chart of stress, sleep hours and pain on each day of { $month }. The averages are in the table above.
report-chart-axis-rating = 0–10
report-chart-axis-hours = hours
# $measure: a measure's name.
report-chart-right-axis = { $measure } (right axis)

## Sessions and notes

report-sessions-title = Massage sessions
report-sessions-none = No sessions this month.
report-sessions-when = When
report-sessions-kind = Kind
report-sessions-therapist = Therapist
# $day: "Tuesday 24 November"; $time: "18:00".
report-session-when = { $day }, { $time }
report-session-when-planned = { $day }, { $time } (planned)
report-sessions-note = Stress and pain: before → after the session.
report-notes-title = Day notes
report-notes-none = No notes this month.
# $day: the day the report is printed.
report-footer = Self-reported in { app-name }; printed { $day }. Averages are of the days logged. Not a medical record.
