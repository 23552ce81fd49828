### Erkenntnisse auf der Seite „Einblicke“: Sätze, die der Kern aus den Zahlen der eigenen Daten
### bildet (jeweils mit Anzahl und 95-%-Konfidenzintervall), behutsame Hinweise, und was nach wie
### vielen weiteren Daten erscheint. Variablen wie in der englischen Datei beschrieben.

## Teile, die die Sätze unten gemeinsam nutzen (sie lesen die Variablen des Satzes).

findings-measure-start = { $measure ->
        [stress] Ihr Stress
        [sleepHours] Ihr Schlaf
        [sleepQuality] Ihre Schlafqualität
        [pain] Ihr Schmerz
        [selfEsteem] Ihr Selbstwert
        [mood] Ihre Stimmung
        [anxiety] Ihre Anspannung
       *[bodyAwareness] Ihre Körperwahrnehmung
    }
findings-measure = { $measure ->
        [stress] Ihr Stress
        [sleepHours] Ihr Schlaf
        [sleepQuality] Ihre Schlafqualität
        [pain] Ihr Schmerz
        [selfEsteem] Ihr Selbstwert
        [mood] Ihre Stimmung
        [anxiety] Ihre Anspannung
       *[bodyAwareness] Ihre Körperwahrnehmung
    }
findings-size = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $measure ->
        [sleepHours] Stunden { $direction ->
            [less] kürzer
           *[more] länger
        }
       *[other] Punkte { $direction ->
            [less] niedriger
           *[more] höher
        }
    }
# Wenn das 95-%-Intervall die Null einschließt.
findings-hedge = { $ci ->
        [across] , doch das liegt im Rahmen dessen, was auch der Zufall allein ergeben könnte
       *[other] {""}
    }
findings-interval = { $ci ->
        [below] 95-%-KI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } bis { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [above] 95-%-KI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } bis { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [across] 95-%-KI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $measure ->
            [sleepHours] kürzer
           *[other] niedriger
        } bis { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $measure ->
            [sleepHours] länger
           *[other] höher
        }
       *[none] kein Intervall: Die Werte haben nicht geschwankt
    }

## Erkenntnisse.

findings-massage-effect = { $direction ->
        [same] { findings-measure-start } war an den zwei Tagen nach einer Massage etwa so wie an anderen Tagen
       *[other] { findings-measure-start } war an den zwei Tagen nach einer Massage { findings-size }
    }{ findings-hedge } ({ $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    }; { findings-interval }).
findings-immediate-effect = { $direction ->
        [same] { findings-measure-start } war direkt nach einer Sitzung etwa so wie direkt davor
       *[other] { findings-measure-start } war direkt nach einer Sitzung { findings-size } als direkt davor
    }{ findings-hedge } ({ $sessions ->
        [one] { $sessions } Sitzung mit beiden Bewertungen
       *[other] { $sessions } Sitzungen mit beiden Bewertungen
    }; { findings-interval }).
findings-tag-effect = { $direction ->
        [same] An Tagen mit dem Schlagwort „{ $tag }“ war { findings-measure } etwa so wie an Tagen ohne
       *[other] An Tagen mit dem Schlagwort „{ $tag }“ war { findings-measure } { findings-size } als an Tagen ohne
    }{ findings-hedge } ({ $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } mit dem Schlagwort, { $otherDays } ohne; { findings-interval }).
findings-sleep-stress = Nach Nächten mit mehr Schlaf war der Stress am nächsten Tag eher { $direction ->
        [less] niedriger
       *[more] höher
    } (r = { NUMBER($r, minimumFractionDigits: 2, maximumFractionDigits: 2) } über { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }; 95-%-KI { NUMBER($low, minimumFractionDigits: 2, maximumFractionDigits: 2) } bis { NUMBER($high, minimumFractionDigits: 2, maximumFractionDigits: 2) }).
findings-trend-numbers = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } mit Index; { $ci ->
        [below] 95-%-KI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } bis { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [above] 95-%-KI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } bis { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [across] 95-%-KI { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } abwärts bis { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) } aufwärts
       *[none] kein Intervall: Die Werte haben nicht geschwankt
    }
findings-index-trend = { $trend ->
        [unclear] Ihr Resilienz-Index zeigte in diesem Zeitraum keinen klaren Trend ({ NUMBER($estimate, minimumFractionDigits: 1, maximumFractionDigits: 1) } Punkte pro 30 Tage; { findings-trend-numbers }).
        [steady] Ihr Resilienz-Index blieb in diesem Zeitraum stabil ({ findings-trend-numbers }).
        [down] Ihr Resilienz-Index sank in diesem Zeitraum um { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } Punkte pro 30 Tage ({ findings-trend-numbers }).
       *[up] Ihr Resilienz-Index stieg in diesem Zeitraum um { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } Punkte pro 30 Tage ({ findings-trend-numbers }).
    }
findings-bounce-back = Nach einer Stressspitze ging Ihr Stress im Median nach { NUMBER($median, maximumFractionDigits: 1) } { $median ->
        [one] Tag
       *[other] Tagen
    } wieder zurück ({ $spikes ->
        [one] { $spikes } Stressspitze
       *[other] { $spikes } Stressspitzen
    }{ $unresolved ->
        [0] {""}
       *[other] ; davon { $unresolved } nicht innerhalb von 14 Tagen abgeklungen
    }).

## Hinweise zur Fürsorge und der Vorbehalt, der überall bei den Erkenntnissen steht.

findings-care-low-mood = Ihre Stimmung war an { $days } der { $loggedDays } Tage, die Sie in den letzten zwei Wochen erfasst haben, gedrückt (3 oder weniger). Wenn eine gedrückte Stimmung anhält, lohnt es sich, mit einem Menschen Ihres Vertrauens darüber zu sprechen – oder mit einer Fachperson, etwa Ihrer Hausärztin oder Ihrem Hausarzt.
findings-care-high-pain = Ihr Schmerz lag an { $days } der { $loggedDays } Tage, die Sie in den letzten zwei Wochen erfasst haben, bei 7 oder höher. Anhaltende Schmerzen sollten Sie ärztlich oder physiotherapeutisch abklären lassen.
findings-caveat = Das sind Zusammenhänge in Ihren eigenen Daten – kein Beweis, dass das eine das andere verursacht, und keine medizinische Beratung.

## Was nach wie vielen weiteren Daten erscheint.

findings-need-today-index = Der heutige Resilienz-Index erscheint, sobald Ihr heutiger Check-in mindestens { $components } der Werte Stress, Schlaf, Schmerz und Selbstwert enthält.
findings-need-change-in = Die Veränderung über { $days } Tage erscheint in { $more ->
        [one] { $more } Tag
       *[other] { $more } Tagen
    }, wenn Ihr erster Check-in { $days } Tage zurückliegt.
findings-need-change-after-first = Die Veränderung über { $days } Tage erscheint { $days } Tage nach Ihrem ersten Check-in.
findings-need-change-none-before = In den { $days } Tagen vor diesen { $days } gibt es keine Check-ins, daher lässt sich keine Veränderung zeigen.
findings-need-index-trend = Der Index-Trend erscheint, sobald { $days } Tage in diesem Zeitraum einen Index haben: noch { $more }.
findings-need-bounce-back = Die Erholung nach Stress vergleicht Ihren Stress mit Ihrem eigenen üblichen Niveau; dafür braucht es an { $days } der letzten 28 Tage eine Stressbewertung: noch { $more }.
findings-need-missing-sessions = { $sessions ->
        [one] noch { $sessions } Sitzung
       *[other] noch { $sessions } Sitzungen
    }
findings-need-missing-after = { $afterDays ->
        [one] noch { $afterDays } Check-in
       *[other] noch { $afterDays } Check-ins
    } an den zwei Tagen nach einer Sitzung
findings-need-missing-baseline = { $baselineDays ->
        [one] noch { $baselineDays } Check-in
       *[other] noch { $baselineDays } Check-ins
    } an Tagen ohne kürzliche Sitzung
findings-need-massage-effect = Ob Massage bei Ihnen mit besseren Tagen einhergeht, zeigt sich nach 3 Sitzungen, 6 Check-ins an den zwei Tagen danach und 10 an anderen Tagen: { $sessions ->
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
findings-need-immediate-effect = Die Veränderung von direkt vor bis direkt nach einer Sitzung erscheint, sobald { $more ->
        [one] noch { $more } Sitzung eine Stressbewertung davor und danach hat
       *[other] noch { $more } Sitzungen eine Stressbewertung davor und danach haben
    }.
findings-need-tag-effects = Die Wirkung eines Schlagworts erscheint, sobald es an mindestens { $days } erfassten Tagen vorkommt und an mindestens { $days } fehlt.
findings-need-tags = Versehen Sie Ihre Check-ins mit Schlagwörtern wie „Arbeit“ oder „Yoga“, um Tage mit und ohne sie zu vergleichen.
findings-need-sleep-stress = Wie der Schlaf der letzten Nacht mit dem heutigen Stress zusammenhängt, erscheint nach { $more ->
        [one] { $more } weiteren Tag
       *[other] { $more } weiteren Tagen
    } mit Schlafdauer und Stress.
