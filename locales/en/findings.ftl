### Findings on the Insights screen: sentences the core makes from the numbers of the person's own
### data (each with its count and 95% interval), gentle care notes, and what appears after how much
### more data. Variables: $measure is a check-in measure (stress, sleepHours, sleepQuality, pain,
### selfEsteem, mood, anxiety, bodyAwareness); $direction is less, more or same; $size, $low and
### $high are magnitudes rounded to one decimal; $ci is none, below, above or across (zero).

## Parts shared by the sentences below (they read the sentence's own variables).

findings-measure-start = { $measure ->
        [stress] Stress
        [sleepHours] Sleep
        [sleepQuality] Sleep quality
        [pain] Pain
        [selfEsteem] Self-esteem
        [mood] Mood
        [anxiety] Anxiety
       *[bodyAwareness] Body awareness
    }
findings-measure = { $measure ->
        [stress] stress
        [sleepHours] sleep
        [sleepQuality] sleep quality
        [pain] pain
        [selfEsteem] self-esteem
        [mood] mood
        [anxiety] anxiety
       *[bodyAwareness] body awareness
    }
findings-size = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $measure ->
        [sleepHours] hours { $direction ->
            [less] shorter
           *[more] longer
        }
       *[other] points { $direction ->
            [less] lower
           *[more] higher
        }
    }
# Said when the 95% interval includes zero.
findings-hedge = { $ci ->
        [across] , but that is within what chance alone could give
       *[other] {""}
    }
findings-interval = { $ci ->
        [below] 95% CI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } to { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [above] 95% CI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } to { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [across] 95% CI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $measure ->
            [sleepHours] shorter
           *[other] lower
        } to { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $measure ->
            [sleepHours] longer
           *[other] higher
        }
       *[none] no interval: the values did not vary
    }

## Findings.

findings-massage-effect = { $direction ->
        [same] { findings-measure-start } was about the same on the two days after a massage as on other days
       *[other] { findings-measure-start } was { findings-size } on the two days after a massage
    }{ findings-hedge } ({ $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }; { findings-interval }).
findings-immediate-effect = { $direction ->
        [same] { findings-measure-start } was about the same right after a session as right before
       *[other] { findings-measure-start } was { findings-size } right after a session than right before
    }{ findings-hedge } ({ $sessions ->
        [one] { $sessions } session with both ratings
       *[other] { $sessions } sessions with both ratings
    }; { findings-interval }).
findings-tag-effect = { $direction ->
        [same] On days tagged “{ $tag }”, { findings-measure } was about the same as on days without it
       *[other] On days tagged “{ $tag }”, { findings-measure } was { findings-size } than on days without it
    }{ findings-hedge } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    } with the tag, { $otherDays } without; { findings-interval }).
findings-sleep-stress = After nights with more sleep, stress the next day tended to be { $direction ->
        [less] lower
       *[more] higher
    } (r = { NUMBER($r, minimumFractionDigits: 2, maximumFractionDigits: 2) } over { $days ->
        [one] { $days } day
       *[other] { $days } days
    }; 95% CI { NUMBER($low, minimumFractionDigits: 2, maximumFractionDigits: 2) } to { NUMBER($high, minimumFractionDigits: 2, maximumFractionDigits: 2) }).
findings-trend-numbers = { $days ->
        [one] { $days } day
       *[other] { $days } days
    } with an index; { $ci ->
        [below] 95% CI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } to { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [above] 95% CI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } to { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [across] 95% CI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } down to { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) } up
       *[none] no interval: the values did not vary
    }
# $trend: unclear (the interval includes zero), steady, down or up; $estimate keeps its sign.
findings-index-trend = { $trend ->
        [unclear] Your resilience index showed no clear trend over this period ({ NUMBER($estimate, minimumFractionDigits: 1, maximumFractionDigits: 1) } points per 30 days; { findings-trend-numbers }).
        [steady] Your resilience index held steady over this period ({ findings-trend-numbers }).
        [down] Your resilience index fell by { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } points per 30 days over this period ({ findings-trend-numbers }).
       *[up] Your resilience index rose by { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } points per 30 days over this period ({ findings-trend-numbers }).
    }
findings-bounce-back = After a stress spike, your stress came back down in a median of { NUMBER($median, maximumFractionDigits: 1) } { $median ->
        [one] day
       *[other] days
    } ({ $spikes ->
        [one] { $spikes } spike
       *[other] { $spikes } spikes
    }{ $unresolved ->
        [0] {""}
       *[other] ; { $unresolved } not back down within 14 days
    }).

## Care notes and the caution that goes wherever findings go.

findings-care-low-mood = Your mood has been low (3 or below) on { $days } of the { $loggedDays } days you logged in the last two weeks. Low mood that lasts is worth talking over with someone you trust, or with a professional such as your doctor.
findings-care-high-pain = Pain has been 7 or higher on { $days } of the { $loggedDays } days you logged in the last two weeks. Pain that persists deserves a look from a doctor or physiotherapist.
findings-caveat = These are associations in your own data, not proof that one thing causes another, and not medical advice.

## What appears after how much more data.

findings-need-today-index = Today's resilience index appears once today's check-in has at least { $components } of stress, sleep, pain and self-esteem.
findings-need-change-in = The change over { $days } days appears in { $more ->
        [one] { $more } day
       *[other] { $more } days
    }, when your first check-in is { $days } days old.
findings-need-change-after-first = The change over { $days } days appears { $days } days after your first check-in.
findings-need-change-none-before = There are no check-ins in the { $days } days before these { $days }, so there is no change to show.
findings-need-index-trend = The index trend appears once { $days } days in this period have an index: { $more } more to go.
findings-need-bounce-back = Bounce-back compares stress with your own usual level, which needs a stress rating on { $days } of the last 28 days: { $more } more to go.
findings-need-missing-sessions = { $sessions ->
        [one] { $sessions } more session
       *[other] { $sessions } more sessions
    }
findings-need-missing-after = { $afterDays ->
        [one] { $afterDays } more check-in
       *[other] { $afterDays } more check-ins
    } on the two days after a session
findings-need-missing-baseline = { $baselineDays ->
        [one] { $baselineDays } more check-in
       *[other] { $baselineDays } more check-ins
    } on days without a recent session
# Each of $sessions, $afterDays and $baselineDays is what is still missing; 0 leaves its part out.
findings-need-massage-effect = Whether massage goes with better days for you appears after 3 sessions, 6 check-ins on the two days after them and 10 on other days: { $sessions ->
        [0] { $afterDays ->
            [0] { findings-need-missing-baseline }
           *[other] { findings-need-missing-after }{ $baselineDays ->
                [0] {""}
               *[other] , { findings-need-missing-baseline }
            }
        }
       *[other] { findings-need-missing-sessions }{ $afterDays ->
            [0] {""}
           *[other] , { findings-need-missing-after }
        }{ $baselineDays ->
            [0] {""}
           *[other] , { findings-need-missing-baseline }
        }
    }.
findings-need-immediate-effect = The change from right before to right after a session appears once { $more ->
        [one] { $more } more session has
       *[other] { $more } more sessions have
    } stress rated before and after.
findings-need-tag-effects = A tag's effect appears once it is on at least { $days } logged days and missing from at least { $days }.
findings-need-tags = Add tags such as “work” or “yoga” to your check-ins to compare days with and without them.
findings-need-sleep-stress = How last night's sleep goes with today's stress appears after { $more ->
        [one] { $more } more day
       *[other] { $more } more days
    } with both sleep hours and stress.
