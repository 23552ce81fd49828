### The Trends screen: charts of the journal over time, the year in colour, comparing two
### measures and the massage effect, with their tables, summaries and exports.

trends-title = Trends
trends-lead = How your days have moved over weeks, months and years.
trends-tabs-label = Trend views
trends-tab-time = Over time
trends-tab-year = Year in colour
trends-tab-compare = Compare
trends-tab-effect = Massage effect

## A measure's name inside a sentence ($metric: stress, sleepHours, sleepQuality, pain,
## selfEsteem, mood, anxiety, bodyAwareness, index).

trends-measure-in-sentence = { $metric ->
    [stress] stress
    [sleepHours] sleep hours
    [sleepQuality] sleep quality
    [pain] pain
    [selfEsteem] self-esteem
    [mood] mood
    [anxiety] anxiety
    [bodyAwareness] body awareness
   *[index] resilience index
}
# $value is an already formatted number.
trends-value-hours = { $value } h
trends-value-index = { $value }/100

## Ranges

trends-range-label = Range
trends-range-1m = 1M
trends-range-3m = 3M
trends-range-6m = 6M
trends-range-1y = 1Y
trends-range-all = All
trends-range-custom = Custom
# How each range reads inside a sentence ("Averages over the last 6 months").
trends-range-1m-words = the last month
trends-range-3m-words = the last 3 months
trends-range-6m-words = the last 6 months
trends-range-1y-words = the last year
trends-range-all-words = your whole journal
trends-range-custom-words = the chosen days
trends-range-1m-title = Show the last month
trends-range-3m-title = Show the last 3 months
trends-range-6m-title = Show the last 6 months
trends-range-1y-title = Show the last year
trends-range-all-title = Show your whole journal
trends-range-custom-title = Choose the days
# A custom range inside a sentence; $from and $to are formatted dates.
trends-range-custom-span = { $from } to { $to }
trends-range-from = From
trends-range-to = To
trends-range-show = Show
trends-range-waiting = Choose the first and last day, then “Show”.
trends-range-error-no-from = Choose the first day of the range.
trends-range-error-no-to = Choose the last day of the range.
# $day is what was typed into the date field.
trends-range-error-not-a-day = { $day } is not a day in the calendar.
trends-range-error-too-early = The journal starts in 1900.
trends-range-error-backwards = The last day comes before the first. Swap them or pick a later end.
trends-range-error-too-long = A chart covers at most 100 years; choose a later first day.

## Measure chips

trends-metrics-label = Measures
trends-metrics-keep-one = Keep at least one measure selected.
trends-metrics-hidden = { $measure } hidden.

## Every view

trends-retry = Try again
trends-error-lead = The chart could not be drawn.
trends-loading-chart = Drawing your chart…
trends-legend-label = How to read the chart

## Over time

# $measures is a list of measures; $from and $to are formatted dates.
trends-over-time-label = Trends of { $measures } from { $from } to { $to }
trends-over-time-empty = Nothing to draw between { $from } and { $to }.
trends-over-time-empty-hint = Pick a longer range or “All”, choose other measures, or check in on Today to start the line.
trends-legend-day-value = each day's value
trends-legend-week-mean = each week's mean
trends-legend-mean-days = { $days }-day mean
trends-legend-mean-weeks = { $weeks }-week mean (weekly points)
trends-legend-done = massage
trends-legend-planned = planned
trends-legend-cancelled = cancelled
trends-legend-gaps = gaps are days without an entry
trends-panels-label-days = { $chart }. Arrow keys move between days, Enter opens the day.
trends-panels-label-weeks = { $chart }. Arrow keys move between weeks, Enter opens the day.
trends-panels-help = Massage sessions are the buttons under the time axis. "Show as table" lists every value.
trends-markers-label = Massage sessions in this range
# $marker is e.g. "Planned massage (Thai)"; $day a formatted date.
trends-marker-open = { $marker }, { $day }: open the session
trends-marker = { $status ->
    [planned] Planned massage
    [cancelled] Cancelled massage
   *[done] Massage
} ({ $kind })
# What a screen reader hears on a point: "Tue 3 Mar: Stress 3, Pain 2".
trends-readout = { $point }: { $values }
trends-readout-value = { $measure } { $value }
trends-readout-sessions = { $text }. { $sessions }
# The name of a rolling-mean line.
trends-series-mean = { $measure }, { $days }-day mean
# $date is a formatted date: "Week of 2 Mar".
trends-week-of = Week of { $date }
trends-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

## Tooltip

trends-tooltip-mean = mean { $value }
trends-tooltip-note = “{ $note }”
trends-tooltip-open-day = Click to open this day
trends-tooltip-open-week = Click to open the week's first day

## Summary sentence: "Averages over the last 6 months (160 days logged, 10 massages): stress
## 4.2, steady; pain 2.6, down from 3.1 to 2.2."

trends-summary-empty = Nothing logged in { $range } for the chosen measures.
trends-summary = Averages over { $range }: { $parts }.
trends-summary-with-notes = Averages over { $range } ({ $notes }): { $parts }.
trends-summary-separator = {"; "}
trends-summary-note-separator = {", "}
trends-summary-not-logged = { $measure } not logged
trends-summary-measure = { $measure } { $value }
trends-summary-measure-days = { $measure } { $value } over { $count ->
    [one] { $count } day
   *[other] { $count } days
}
trends-summary-measure-change = { $text }, { $change }
trends-summary-steady = steady
trends-summary-up = up from { $from } to { $to }
trends-summary-down = down from { $from } to { $to }
trends-summary-days-logged = { $count ->
    [one] { $count } day logged
   *[other] { $count } days logged
}
trends-summary-massages = { $count ->
    [one] { $count } massage
   *[other] { $count } massages
}

## Table

trends-table-show = Show as table
trends-table-hide = Hide table
trends-table-caption-days = Each day, { $from } to { $to }, newest first
trends-table-caption-weeks = Weekly means, { $from } to { $to }, newest first
trends-table-day = Day
trends-table-week = Week
trends-table-mean = (mean)
trends-table-mean-days = { $days }-day mean
trends-table-mean-weeks = { $weeks }-week mean
trends-table-massage = Massage
trends-table-note = Note
trends-table-open-day = Open { $day }
trends-table-empty = Nothing logged in this range.
# $hidden is how many rows are not shown yet.
trends-table-more = { $count ->
    [one] Show { $count } older row ({ $hidden } not shown)
   *[other] Show { $count } older rows ({ $hidden } not shown)
}

## Saving charts

trends-export-png = Save as PNG
trends-export-csv = Save data as CSV
trends-export-saved = Saved to { $path }. The file is not encrypted: keep it somewhere private.
trends-export-failed = The file was not saved. { $reason }
trends-export-no-picture = There is no chart on screen to save.
trends-export-no-data = There is no chart data to save.
trends-export-not-drawn = The chart could not be drawn as a picture.
trends-export-title-over-time = Resilience Journal · Trends
trends-export-title-compare = Resilience Journal · { $pair }
trends-export-title-effect = Resilience Journal · Massage effect, { $from } to { $to }

## Compare

trends-compare-title = Compare two measures
trends-compare-left = Left axis
trends-compare-right = Right axis
trends-compare-versus = vs
trends-compare-pair = { $a } and { $b }
trends-compare-caption = { $pair }: { $r }
trends-compare-empty = Nothing logged for these two between { $from } and { $to }. Try a longer range.
trends-compare-series = Series
trends-compare-series-left = { $measure } (left axis)
trends-compare-series-right = { $measure } (right axis)
trends-compare-chart-label = { $chart }. Arrow keys move between points, Enter opens the day.
trends-compare-same = Choose two different measures to compare.
# Pearson's r and the number of days; $r and $n are formatted numbers.
trends-correlation-r = r = { $r } (n = { $n })
trends-correlation-r-none = r not available (n = { $n })
trends-correlation-too-few = Fewer than 3 days log both { $a } and { $b }, so there is nothing to compare yet.
trends-correlation-constant = { $count ->
    [one] One of the two never changed on the { $count } day that logs both, so there is no correlation to show.
   *[other] One of the two never changed on the { $count } days that log both, so there is no correlation to show.
}
trends-correlation-none = { $count ->
    [one] No clear link between { $a } and { $b } on the { $count } day that logs both.
   *[other] No clear link between { $a } and { $b } on the { $count } days that log both.
}
# $way: higher or lower; $strength: weak, moderate or strong.
trends-correlation-link = When { $a } was higher, { $b } tended to be { $way ->
    [higher] higher
   *[lower] lower
}: { $strength ->
    [weak] a weak
    [moderate] a moderate
   *[strong] a strong
} link over { $count ->
    [one] { $count } day
   *[other] { $count } days
}. A pattern in your own entries, not proof of cause.

## Year in colour

trends-year-loading = Colouring your year…
trends-year-nav = Year
trends-year-previous = Previous year
trends-year-next = Next year
trends-year-colour-by = Colour by
trends-year-scale = Colour scale: { $low } to { $high }
trends-year-no-entry = no entry
trends-year-higher-better = higher is better
trends-year-lower-better = lower is better
trends-year-readout-hint = Point at or move to a day to read it; click to open it.
# $day is e.g. "Thursday 29 February: stress 8".
trends-year-open-day = { $day }. Open the day.
trends-year-table-caption = Each logged day of { $year }, newest first
# $day is a formatted date: "Thursday 29 February".
trends-year-day-empty = { $day }: not logged
trends-year-day-value = { $day }: { $measure } { $value }
# $metric is the measure's key (index for the resilience index), $measure its name in a sentence.
trends-year-summary-empty = Nothing logged for { $metric ->
    [index] the resilience index
   *[other] { $measure }
} in { $year }.
trends-year-summary = { $year }: { $metric ->
    [index] the resilience index
   *[other] { $measure }
} logged on { $count ->
    [one] { $count } day
   *[other] { $count } days
}, averaging { $mean }.
trends-year-summary-months = { $year }: { $metric ->
    [index] the resilience index
   *[other] { $measure }
} logged on { $count ->
    [one] { $count } day
   *[other] { $count } days
}, averaging { $mean }; best month { $best } ({ $bestValue }), hardest { $hardest } ({ $hardestValue }).

## Massage effect

trends-effect-loading = Gathering your sessions…
trends-effect-legend-clear = clear difference (interval excludes 0)
trends-effect-legend-unclear = no clear difference
trends-effect-legend-whiskers = whiskers: 95% interval
trends-effect-legend-units = differences in each measure's own units (0–10 points, hours of sleep)
trends-effect-after-title = { $count ->
    [one] The two days after a massage vs your usual days ({ $count } session)
   *[other] The two days after a massage vs your usual days ({ $count } sessions)
}
trends-effect-after-lower = lower than usual
trends-effect-after-higher = higher than usual
trends-effect-now-title = Right after a session vs right before (your session ratings)
trends-effect-now-lower = went down
trends-effect-now-higher = went up
trends-effect-figure-label = { $title }. The numbers are listed below.
trends-effect-missing = not enough data yet
trends-effect-picture-note = Filled dot: clear difference (its 95% interval, the whiskers, excludes 0). Hollow dot: no clear difference. Differences are in each measure's own units (0–10 points, hours of sleep).
trends-effect-table-caption = Massage effect, { $from } to { $to }
trends-effect-table-measure = Measure
trends-effect-table-compared = Compared
trends-effect-table-difference = Difference
trends-effect-table-reading = Reading
trends-effect-table-basis = Based on
trends-effect-table-after = 2 days after vs usual
trends-effect-table-now = after vs before
trends-effect-reading-none = no clear difference
# $direction: higher or lower; $verdict: better or worse.
trends-effect-reading-after = { $direction ->
    [higher] higher
   *[lower] lower
} on the two days after ({ $verdict ->
    [better] better
   *[worse] worse
})
trends-effect-reading-now = { $direction ->
    [higher] higher
   *[lower] lower
} right after ({ $verdict ->
    [better] better
   *[worse] worse
})
# A difference with its 95% confidence interval; the values are formatted with their sign.
trends-effect-numbers = { $value } (95% CI { $low } to { $high })
trends-effect-not-enough = Not enough data yet
# $missing lists what is still needed: "1 more session, 3 more usual days".
trends-effect-not-enough-list = Not enough data yet: { $missing }
trends-effect-list-separator = {", "}
trends-effect-more-sessions = { $count ->
    [one] { $count } more session
   *[other] { $count } more sessions
}
trends-effect-more-after-days = { $count ->
    [one] { $count } more logged day after sessions
   *[other] { $count } more logged days after sessions
}
trends-effect-more-usual-days = { $count ->
    [one] { $count } more usual day
   *[other] { $count } more usual days
}
trends-effect-basis-counts = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $afterDays ->
    [one] { $afterDays } after-day
   *[other] { $afterDays } after-days
}, { $usualDays ->
    [one] { $usualDays } usual day
   *[other] { $usualDays } usual days
}
# $after and $usual are formatted means.
trends-effect-basis-means = after { $after } on { $afterDays ->
    [one] { $afterDays } day
   *[other] { $afterDays } days
} vs usual { $usual } on { $usualDays ->
    [one] { $usualDays } day
   *[other] { $usualDays } days
}
trends-effect-rated-sessions = { $count ->
    [one] { $count } rated session
   *[other] { $count } rated sessions
}
trends-effect-not-enough-rated = Not enough rated sessions yet
trends-effect-not-enough-rated-more = Not enough rated sessions yet: { $count } more
# $measures is a list of measures: "stress and pain lower".
trends-effect-changes-lower = { $measures } lower
trends-effect-changes-higher = { $measures } higher
trends-effect-summary-none-clear = No clear difference yet between the days after a massage and your usual days.
trends-effect-summary-not-enough = Not enough sessions and check-ins yet to compare the days after a massage with your usual days.
trends-effect-summary-after = On the two days after a massage: { $changes }.
trends-effect-summary-now = Right after a session: { $changes }.
