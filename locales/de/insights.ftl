### The Insights screen: today's resilience index, the last 7 and 30 days, the massage effect,
### bounce-back and the findings for a chosen range. The core's own sentences are in findings.ftl.
### Variables: $measure is a check-in measure (stress, sleepHours, sleepQuality, pain, selfEsteem,
### mood, anxiety, bodyAwareness); $unit is points or hours; $direction is less or more; $range is
### days30, days90, year or all (the range the lower cards describe); messages that say the range
### in a sentence read it through { insights-range-in }, which uses the sentence's own $range.

insights-title = Einblicke
insights-intro = Wie es Ihnen geht, wie schnell Sie sich nach Stress erholen und ob Massage mit besseren Tagen einhergeht – in Ihren eigenen Daten.
insights-load-failed = Ihre Einblicke konnten nicht berechnet werden.
insights-loading = Ihr Tagebuch wird durchgesehen …
insights-empty-title = Einblicke entstehen, während Ihr Tagebuch wächst
insights-empty-text = Machen Sie Ihren Check-in unter „Heute“. Nach ein paar Tagen zeigt diese Seite Ihren Resilienz-Index, nach ein paar Wochen auch, wie schnell Sie sich nach einem schweren Tag erholen und ob Massage Ihnen zu helfen scheint.
insights-week-title = Letzte 7 Tage
insights-month-title = Letzte 30 Tage
insights-range-title = Rückblick
insights-range-label = Zeitraum
insights-range-button = { $range ->
        [days30] Letzte 30 Tage
        [days90] Letzte 90 Tage
        [year] Letztes Jahr
       *[all] Alles
    }
# Inside a sentence: "No massage sessions in the last 90 days."
insights-range-in = { $range ->
        [days30] in den letzten 30 Tagen
        [days90] in den letzten 90 Tagen
        [year] im letzten Jahr
       *[all] in Ihrem gesamten Tagebuch
    }
insights-days-logged = { $count ->
        [one] { $count } Tag erfasst
       *[other] { $count } Tage erfasst
    }
insights-logged = An { $logged } von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } erfasst

## Measures and numbers.

# A measure inside a sentence.
insights-measure-name = { $measure ->
        [stress] Stress
        [sleepHours] Schlaf
        [sleepQuality] Schlafqualität
        [pain] Schmerz
        [selfEsteem] Selbstwert
        [mood] Stimmung
        [anxiety] Anspannung
       *[bodyAwareness] Körperwahrnehmung
    }
# A difference: "1.6 points lower", "0.5 hours longer".
insights-size = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $unit ->
        [hours] Stunden { $direction ->
            [less] kürzer
           *[more] länger
        }
       *[points] Punkte { $direction ->
            [less] niedriger
           *[more] höher
        }
    }
insights-about-the-same = etwa gleich
# The 95% interval: $ci is below or above (zero; $low and $high are magnitudes), across (it
# includes zero: $low lower to $high higher) or none.
insights-interval = { $ci ->
        [below] 95-%-KI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } bis { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [above] 95-%-KI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } bis { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [across] 95-%-KI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $unit ->
            [hours] kürzer
           *[points] niedriger
        } bis { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $unit ->
            [hours] länger
           *[points] höher
        }
       *[none] kein Intervall: Die Werte schwankten nicht
    }
insights-tone-better = besser
insights-tone-worse = schlechter
# $change: a difference such as "1.2 points lower".
insights-change = { $change } als in den { $days } Tagen davor
insights-change-same = etwa so wie in den { $days } Tagen davor
insights-may-be-chance = vielleicht Zufall
insights-could-be-chance = könnte Zufall sein
# $words: a change and its interval.
insights-could-be-chance-after = { $words } – könnte Zufall sein
insights-nothing-to-compare = kein Vergleich mit den { $days } Tagen davor möglich
insights-not-logged = nicht erfasst
# A mean of sleep hours; $hours is already formatted.
insights-hours-short = { $hours } h
insights-days = { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }

## Today's resilience index.

insights-index-today-title = Ihr Resilienz-Index heute
insights-index-latest-title = Ihr letzter Resilienz-Index
# $day: a date in words.
insights-index-from = Für heute gibt es noch keinen Index. Dieser stammt vom { $day }.
insights-index-today-read = Resilienz-Index heute:
insights-index-on-read = Resilienz-Index am { $day }:
insights-index-out-of-read = von 100,
insights-index-formula = Formel
insights-index-version = v{ $version }
insights-index-parts = Woraus sich der Index zusammensetzt
insights-index-sleep-parts = Teile des Schlafwerts
insights-part-calm = Ruhe
insights-part-calm-hint = aus dem Stress
insights-part-sleep = Schlaf
insights-part-sleep-hint = Qualität und Dauer
insights-part-quality = Qualität
insights-part-duration = Dauer
insights-part-comfort = Wohlbefinden
insights-part-comfort-hint = aus dem Schmerz
insights-part-self-worth = Selbstwertgefühl
insights-part-self-worth-hint = aus dem Selbstwert
insights-score-out-of = von 100
insights-index-parts-today = Der heutige Check-in hat bisher { $count ->
        [one] { $count } Teil
       *[other] { $count } Teile
    }; noch einer von Stress, Schlaf, Schmerz oder Selbstwert ergibt den heutigen Index.
insights-index-rate-two = Bewerten Sie unter „Heute“ zwei beliebige von Stress, Schlaf, Schmerz und Selbstwert.
insights-index-how = Der Index ist der Mittelwert der Teile, die Sie erfasst haben, jeder von 0 bis 100, wobei höher besser ist; er braucht mindestens zwei.
insights-index-how-title = Wie wird er berechnet?
insights-index-how-calm = Ruhe = 100 − 10 × Stress
insights-index-how-sleep = Schlaf = Mittelwert aus 10 × Schlafqualität und einem Wert für die Dauer: 100 bei 7–9 Stunden, 25 weniger je Stunde darüber oder darunter, 0 bei 3 Stunden oder weniger bzw. 13 oder mehr
insights-index-how-comfort = Wohlbefinden = 100 − 10 × Schmerz
insights-index-how-self-worth = Selbstwertgefühl = 10 × Selbstwert
insights-index-how-version = Index-Version { $version }. Ändert sich die Formel einmal, bekommt sie eine neue Version, und ältere Zahlen werden nicht stillschweigend umgeschrieben.

## The last 7 and 30 days.

insights-period-index = Index, Mittelwert
insights-period-no-index = kein Tag mit Index
insights-period-over-days = über { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }

## What your journal shows.

insights-findings-title = Was Ihr Tagebuch zeigt
insights-findings-lead = { $range ->
        [days30] Die letzten 30 Tage, das Deutlichste zuerst.
        [days90] Die letzten 90 Tage, das Deutlichste zuerst.
        [year] Das letzte Jahr, das Deutlichste zuerst.
       *[all] Ihr gesamtes Tagebuch, das Deutlichste zuerst.
    }
insights-findings-label = Erkenntnisse
insights-findings-none = Noch fällt { insights-range-in } nichts auf. Erkenntnisse erscheinen hier, während Ihr Tagebuch wächst.
insights-findings-coming = Was noch kommt
insights-kind-massage-effect = Massage
insights-kind-immediate-effect = Während einer Sitzung
insights-kind-tag-effect = Schlagwörter
insights-kind-sleep-stress = Schlaf und Stress
insights-kind-index-trend = Trend
insights-kind-bounce-back = Erholung nach Stress

## Massage effect.

insights-massage-title = Wirkung der Massage
insights-massage-lead = Jeder Wert an den zwei Tagen nach einer Sitzung, verglichen mit Tagen ohne Sitzung in den drei Tagen davor.
insights-massage-none = Keine Massagetermine { insights-range-in }.
insights-massage-log-hint = Tragen Sie Ihre Termine unter „Massage“ ein; die Check-ins rund um sie erledigen den Rest.
# $cadence: "every 21 days (median)", or none; $last: the last session's date in words, or none.
insights-massage-sessions = { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    } { insights-range-in }{ $cadence ->
        [none] {""}
       *[other] , { $cadence }
    }{ $last ->
        [none] {""}
       *[other] ; die letzte am { $last }
    }.
insights-cadence = { $days ->
        [one] täglich
       *[other] alle { $days } Tage
    } (Median)
insights-massage-effects-label = Wirkung je Wert
# After a difference such as "1.6 points lower"; $interval: "95% CI 0.9 to 2.3".
insights-massage-after = an den zwei Tagen danach ({ $interval })
# $counts: "14 sessions, 28 after-days vs 210 baseline days"; $after and $baseline: means.
insights-massage-averages = { $counts }; im Mittel { $after } danach gegenüber { $baseline } an Vergleichstagen
insights-effect-counts = { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    }, { $afterDays ->
        [one] { $afterDays } Tag danach
       *[other] { $afterDays } Tage danach
    } gegenüber { $baselineDays ->
        [one] { $baselineDays } Vergleichstag
       *[other] { $baselineDays } Vergleichstagen
    }
insights-missing-none = Noch nicht genug Daten
# $missing: a list of what is missing.
insights-missing = Noch nicht genug Daten – { $missing }
insights-missing-sessions = { $count ->
        [one] noch { $count } Sitzung
       *[other] noch { $count } Sitzungen
    }
insights-missing-after-days = { $count ->
        [one] noch { $count } Check-in
       *[other] noch { $count } Check-ins
    } an den zwei Tagen nach einer Sitzung
insights-missing-baseline-days = { $count ->
        [one] noch { $count } Check-in
       *[other] noch { $count } Check-ins
    } an Tagen ohne kürzliche Sitzung
insights-legend-difference = Unterschied, die Linie zeigt sein 95-%-Intervall
insights-legend-hollow = hohl: Das Intervall schließt null ein, es könnte also Zufall sein
insights-legend-sides = Links der 0 ist der Wert nach einer Sitzung niedriger, rechts der 0 höher.
# $measures: a list of measure names.
insights-massage-not-logged = Rund um Sitzungen { insights-range-in } nicht erfasst: { $measures }.
insights-immediate-title = Direkt vor und direkt nach einer Sitzung
# $change: a difference such as "2.1 points lower"; $interval: "95% CI 1.5 to 2.7".
insights-immediate-change = direkt danach { $change } als direkt davor ({ $interval })
insights-immediate-same = direkt danach etwa so wie direkt davor ({ $interval })
insights-immediate-sessions = { $count ->
        [one] { $count } Sitzung mit beiden Bewertungen
       *[other] { $count } Sitzungen mit beiden Bewertungen
    }
insights-immediate-missing = Erscheint, sobald bei { $count ->
        [one] { $count } weiteren Sitzung
       *[other] { $count } weiteren Sitzungen
    } { $measure ->
        [stress] der Stress
        [sleepHours] der Schlaf
        [sleepQuality] die Schlafqualität
        [pain] der Schmerz
        [selfEsteem] der Selbstwert
        [mood] die Stimmung
        [anxiety] die Anspannung
       *[bodyAwareness] die Körperwahrnehmung
    } vorher und nachher bewertet wurde.
insights-massage-caveat = Die Tage nach einer Sitzung können auch aus anderen Gründen anders verlaufen (eine ruhigere Woche, ein freier Tag). Das ist also ein Zusammenhang in Ihren eigenen Daten, kein Beweis, dass die Massage ihn bewirkt hat.

## Bounce-back.

insights-bounce-title = Erholung nach Stress
insights-bounce-lead = Wie viele Tage Ihr Stress nach einer Stressspitze braucht, um wieder zurückzugehen.
insights-bounce-no-spikes = Keine Stressspitzen { insights-range-in }.
# $stress: the usual stress level, already formatted; $days: how many of the last 28 days it is the mean of.
insights-bounce-usual-is = Ihr üblicher Stress liegt zuletzt bei { $stress } (aus { $days } der letzten 28 Tage).
insights-bounce-usual = Ihr üblicher Stress zuletzt: { $stress }, der Mittelwert aus { $days } der letzten 28 Tage.
insights-bounce-none-yet = Keine dieser Stressspitzen ist bisher zurückgegangen
insights-bounce-median = Median bis zum Rückgang
insights-bounce-spikes = Stressspitzen
insights-bounce-recovered = Zurückgegangen
insights-bounce-unresolved = Nicht binnen 14 Tagen
insights-bounce-ongoing = Noch offen
insights-bounce-by-month = Median der Erholung nach Monat
insights-bounce-earlier = Frühere Monate ({ $count })
insights-bounce-none-back = keine zurückgegangen
insights-bounce-month-spikes = { $count ->
        [one] { $count } Stressspitze
       *[other] { $count } Stressspitzen
    }
insights-bounce-how-title = Wie wird das gemessen?
insights-bounce-how-usual = Ihr üblicher Wert an einem Tag ist der mittlere Stress der Tage, die Sie unter den 28 davor bewertet haben; dafür braucht es mindestens 7 davon.
insights-bounce-how-spike = Eine Stressspitze ist ein Tag mit Stress von 7 oder mehr und mindestens 2 über Ihrem üblichen Wert (solange es noch keinen üblichen Wert gibt: 7 oder mehr). Eine neue Stressspitze kann erst beginnen, wenn die letzte zurückgegangen ist oder ihre 14 Tage vorbei sind.
insights-bounce-how-back = Zurückgegangen ist der Stress am ersten späteren bewerteten Tag mit Stress höchstens 1 über Ihrem üblichen Wert am Tag der Spitze (ohne üblichen Wert: 5 oder weniger). Die Tage von der Spitze bis zu diesem Tag sind die Erholungszeit.
insights-bounce-how-unresolved = Eine Stressspitze, die nicht binnen 14 Tagen zurückgeht, zählt als „nicht binnen 14 Tagen“ und fällt nie weg; eine, deren 14 Tage noch nicht vorbei sind, gilt als „noch offen“.

## Care notes.

insights-care-title = Ein behutsamer Hinweis
insights-care-fine = Das Tagebuch kann nicht sagen, warum, und es ist keine Diagnose. Wenn Sie sich einmal nicht sicher fühlen, wenden Sie sich bitte an eine Telefonseelsorge oder den örtlichen Notruf.
