### The Insights screen: today's resilience index, the last 7 and 30 days, the massage effect,
### bounce-back and the findings for a chosen range. The core's own sentences are in findings.ftl.
### Variables: $measure is a check-in measure (stress, sleepHours, sleepQuality, pain, selfEsteem,
### mood, anxiety, bodyAwareness); $unit is points or hours; $direction is less or more; $range is
### days30, days90, year or all (the range the lower cards describe); messages that say the range
### in a sentence read it through { insights-range-in }, which uses the sentence's own $range.

insights-title = Insights
insights-intro = How you are doing, how quickly you bounce back, and whether massage goes with better days — in your own data.
insights-load-failed = Your insights could not be worked out.
insights-loading = Looking through your journal…
insights-empty-title = Insights arrive as your journal grows
insights-empty-text = Check in on the Today screen. After a few days this page shows your resilience index; after a few weeks, how quickly you bounce back after a hard day and whether massage seems to help you.
insights-week-title = Last 7 days
insights-month-title = Last 30 days
insights-range-title = Looking back
insights-range-label = Range of days
insights-range-button = { $range ->
        [days30] Last 30 days
        [days90] Last 90 days
        [year] Last 1 year
       *[all] All
    }
# Inside a sentence: "No massage sessions in the last 90 days."
insights-range-in = { $range ->
        [days30] in the last 30 days
        [days90] in the last 90 days
        [year] in the last year
       *[all] in your whole journal
    }
insights-days-logged = { $count ->
        [one] { $count } day logged
       *[other] { $count } days logged
    }
insights-logged = Logged { $logged } of { $days ->
        [one] { $days } day
       *[other] { $days } days
    }

## Measures and numbers.

# A measure inside a sentence.
insights-measure-name = { $measure ->
        [stress] stress
        [sleepHours] sleep
        [sleepQuality] sleep quality
        [pain] pain
        [selfEsteem] self-esteem
        [mood] mood
        [anxiety] anxiety
       *[bodyAwareness] body awareness
    }
# A difference: "1.6 points lower", "0.5 hours longer".
insights-size = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $unit ->
        [hours] hours { $direction ->
            [less] shorter
           *[more] longer
        }
       *[points] points { $direction ->
            [less] lower
           *[more] higher
        }
    }
insights-about-the-same = about the same
# The 95% interval: $ci is below or above (zero; $low and $high are magnitudes), across (it
# includes zero: $low lower to $high higher) or none.
insights-interval = { $ci ->
        [below] 95% CI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } to { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [above] 95% CI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } to { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [across] 95% CI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $unit ->
            [hours] shorter
           *[points] lower
        } to { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $unit ->
            [hours] longer
           *[points] higher
        }
       *[none] no interval: the values did not vary
    }
insights-tone-better = better
insights-tone-worse = worse
# $change: a difference such as "1.2 points lower".
insights-change = { $change } than the { $days } days before
insights-change-same = about the same as the { $days } days before
insights-may-be-chance = may be chance
insights-could-be-chance = could be chance
# $words: a change and its interval.
insights-could-be-chance-after = { $words } — could be chance
insights-nothing-to-compare = nothing to compare with in the { $days } days before
insights-not-logged = not logged
# A mean of sleep hours; $hours is already formatted.
insights-hours-short = { $hours } h
insights-days = { $count ->
        [one] { $count } day
       *[other] { $count } days
    }

## Today's resilience index.

insights-index-today-title = Today's resilience index
insights-index-latest-title = Your latest resilience index
# $day: a date in words.
insights-index-from = No index for today yet. This is from { $day }.
insights-index-today-read = Resilience index today:
insights-index-on-read = Resilience index on { $day }:
insights-index-out-of-read = out of 100,
insights-index-formula = formula
insights-index-version = v{ $version }
insights-index-parts = What the index is made of
insights-index-sleep-parts = Sleep parts
insights-part-calm = Calm
insights-part-calm-hint = from stress
insights-part-sleep = Sleep
insights-part-sleep-hint = quality and duration
insights-part-quality = Quality
insights-part-duration = Duration
insights-part-comfort = Comfort
insights-part-comfort-hint = from pain
insights-part-self-worth = Self-worth
insights-part-self-worth-hint = from self-esteem
insights-score-out-of = out of 100
insights-index-parts-today = Today's check-in has { $count ->
        [one] { $count } part
       *[other] { $count } parts
    } so far; one more of stress, sleep, pain or self-esteem makes today's index.
insights-index-rate-two = Rate any two of stress, sleep, pain and self-esteem on the Today screen.
insights-index-how = The index is the mean of the parts you logged, each 0–100 where higher is better; it needs at least two.
insights-index-how-title = How is it computed?
insights-index-how-calm = Calm = 100 − 10 × stress
insights-index-how-sleep = Sleep = the mean of 10 × sleep quality and a duration score: 100 for 7–9 hours, 25 less per hour outside that, 0 at 3 hours or less or 13 or more
insights-index-how-comfort = Comfort = 100 − 10 × pain
insights-index-how-self-worth = Self-worth = 10 × self-esteem
insights-index-how-version = Index version { $version }. If the formula ever changes it gets a new version, and older numbers are not silently rewritten.

## The last 7 and 30 days.

insights-period-index = Index, mean
insights-period-no-index = no day with an index
insights-period-over-days = over { $count ->
        [one] { $count } day
       *[other] { $count } days
    }

## What your journal shows.

insights-findings-title = What your journal shows
insights-findings-lead = { $range ->
        [days30] Over the last 30 days, strongest first.
        [days90] Over the last 90 days, strongest first.
        [year] Over the last year, strongest first.
       *[all] Over your whole journal, strongest first.
    }
insights-findings-label = Findings
insights-findings-none = Nothing stands out yet { insights-range-in }. Findings appear here as the journal grows.
insights-findings-coming = Still to come
insights-kind-massage-effect = Massage
insights-kind-immediate-effect = During a session
insights-kind-tag-effect = Tags
insights-kind-sleep-stress = Sleep and stress
insights-kind-index-trend = Trend
insights-kind-bounce-back = Bounce-back

## Massage effect.

insights-massage-title = Massage effect
insights-massage-lead = Each measure on the two days after a session, compared with days that had no session in the three days before.
insights-massage-none = No massage sessions { insights-range-in }.
insights-massage-log-hint = Log the sessions you have on the Massage screen; check-ins around them do the rest.
# $cadence: "every 21 days (median)", or none; $last: the last session's date in words, or none.
insights-massage-sessions = { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } { insights-range-in }{ $cadence ->
        [none] {""}
       *[other] , { $cadence }
    }{ $last ->
        [none] {""}
       *[other] ; the last on { $last }
    }.
insights-cadence = every { $days ->
        [one] { $days } day
       *[other] { $days } days
    } (median)
insights-massage-effects-label = Effect per measure
# After a difference such as "1.6 points lower"; $interval: "95% CI 0.9 to 2.3".
insights-massage-after = on the two days after ({ $interval })
# $counts: "14 sessions, 28 after-days vs 210 baseline days"; $after and $baseline: means.
insights-massage-averages = { $counts }; averages { $after } after vs { $baseline } on baseline days
insights-effect-counts = { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }, { $afterDays ->
        [one] { $afterDays } after-day
       *[other] { $afterDays } after-days
    } vs { $baselineDays ->
        [one] { $baselineDays } baseline day
       *[other] { $baselineDays } baseline days
    }
insights-missing-none = Not enough data yet
# $missing: a list of what is missing.
insights-missing = Not enough data yet — { $missing }
insights-missing-sessions = { $count ->
        [one] { $count } more session
       *[other] { $count } more sessions
    }
insights-missing-after-days = { $count ->
        [one] { $count } more check-in
       *[other] { $count } more check-ins
    } on the two days after a session
insights-missing-baseline-days = { $count ->
        [one] { $count } more check-in
       *[other] { $count } more check-ins
    } on days without a recent session
insights-legend-difference = difference, with its 95% interval as the line
insights-legend-hollow = hollow: the interval crosses zero, so it could be chance
insights-legend-sides = Left of 0 is lower after a session, right of 0 higher.
# $measures: a list of measure names.
insights-massage-not-logged = Not logged around sessions { insights-range-in }: { $measures }.
insights-immediate-title = Right before and right after a session
# $change: a difference such as "2.1 points lower"; $interval: "95% CI 1.5 to 2.7".
insights-immediate-change = { $change } right after than right before ({ $interval })
insights-immediate-same = about the same right after as right before ({ $interval })
insights-immediate-sessions = { $count ->
        [one] { $count } session with both ratings
       *[other] { $count } sessions with both ratings
    }
insights-immediate-missing = Appears once { $count ->
        [one] { $count } more session has
       *[other] { $count } more sessions have
    } { $measure ->
        [stress] stress
        [sleepHours] sleep
        [sleepQuality] sleep quality
        [pain] pain
        [selfEsteem] self-esteem
        [mood] mood
        [anxiety] anxiety
       *[bodyAwareness] body awareness
    } rated before and after.
insights-massage-caveat = The days after a session can differ for other reasons too (a calmer week, a day off), so this is an association in your own data, not proof that massage caused it.

## Bounce-back.

insights-bounce-title = Bounce-back
insights-bounce-lead = After a stress spike, how many days your stress takes to come back down.
insights-bounce-no-spikes = No stress spikes { insights-range-in }.
# $stress: the usual stress level, already formatted; $days: how many of the last 28 days it is the mean of.
insights-bounce-usual-is = Your usual stress lately is { $stress } (from { $days } of the last 28 days).
insights-bounce-usual = Your usual stress lately: { $stress }, the mean of { $days } of the last 28 days.
insights-bounce-none-yet = None of these spikes has come back down yet
insights-bounce-median = median time to come back down
insights-bounce-spikes = Stress spikes
insights-bounce-recovered = Came back down
insights-bounce-unresolved = Not within 14 days
insights-bounce-ongoing = Still going
insights-bounce-by-month = Median recovery by month
insights-bounce-earlier = Earlier months ({ $count })
insights-bounce-none-back = none back down
insights-bounce-month-spikes = { $count ->
        [one] { $count } spike
       *[other] { $count } spikes
    }
insights-bounce-how-title = How is this measured?
insights-bounce-how-usual = Your usual level on a day is the mean stress of the days you rated among the 28 before it; it needs at least 7 of them.
insights-bounce-how-spike = A spike is a day with stress of 7 or more and at least 2 above your usual level (without a usual level yet: 7 or more). A new spike can start only once the last one has come back down or its 14 days are over.
insights-bounce-how-back = Coming back down is the first later day you rated with stress at most 1 above your usual level on the spike day (without one: 5 or less). The days from the spike to that day are the recovery time.
insights-bounce-how-unresolved = A spike not back down within 14 days is counted as “not within 14 days”, never dropped; one whose 14 days are not over yet is “still going”.

## Care notes.

insights-care-title = A gentle note
insights-care-fine = The journal cannot tell why, and it is not a diagnosis. If you ever feel unsafe, please contact a helpline or your local emergency number.
