### Der Bildschirm „Verläufe“: Diagramme des Tagebuchs über die Zeit, das Jahr in Farbe, zwei
### Werte im Vergleich und die Wirkung der Massage, mit Tabellen, Zusammenfassungen und Export.

trends-title = Verläufe
trends-lead = Wie sich Ihre Tage über Wochen, Monate und Jahre entwickelt haben.
trends-tabs-label = Ansichten der Verläufe
trends-tab-time = Im Zeitverlauf
trends-tab-year = Jahr in Farbe
trends-tab-compare = Vergleichen
trends-tab-effect = Wirkung der Massage

## Name eines Werts im Satz ($metric: stress, sleepHours, sleepQuality, pain, selfEsteem, mood,
## anxiety, bodyAwareness, index).

trends-measure-in-sentence = { $metric ->
    [stress] Stress
    [sleepHours] Schlafdauer
    [sleepQuality] Schlafqualität
    [pain] Schmerz
    [selfEsteem] Selbstwert
    [mood] Stimmung
    [anxiety] Anspannung
    [bodyAwareness] Körperwahrnehmung
   *[index] Resilienz-Index
}
trends-value-hours = { $value } h
trends-value-index = { $value }/100

## Zeiträume

trends-range-label = Zeitraum
trends-range-1m = 1 M
trends-range-3m = 3 M
trends-range-6m = 6 M
trends-range-1y = 1 J
trends-range-all = Alles
trends-range-custom = Eigener
# Im Satz nach „für“ (Akkusativ): „Durchschnitt für die letzten 6 Monate“.
trends-range-1m-words = den letzten Monat
trends-range-3m-words = die letzten 3 Monate
trends-range-6m-words = die letzten 6 Monate
trends-range-1y-words = das letzte Jahr
trends-range-all-words = Ihr gesamtes Tagebuch
trends-range-custom-words = die gewählten Tage
trends-range-1m-title = Den letzten Monat anzeigen
trends-range-3m-title = Die letzten 3 Monate anzeigen
trends-range-6m-title = Die letzten 6 Monate anzeigen
trends-range-1y-title = Das letzte Jahr anzeigen
trends-range-all-title = Ihr gesamtes Tagebuch anzeigen
trends-range-custom-title = Tage selbst wählen
trends-range-custom-span = { $from } – { $to }
trends-range-from = Von
trends-range-to = Bis
trends-range-show = Anzeigen
trends-range-waiting = Wählen Sie den ersten und den letzten Tag und dann „Anzeigen“.
trends-range-error-no-from = Wählen Sie den ersten Tag des Zeitraums.
trends-range-error-no-to = Wählen Sie den letzten Tag des Zeitraums.
trends-range-error-not-a-day = { $day } ist kein Tag im Kalender.
trends-range-error-too-early = Das Tagebuch beginnt im Jahr 1900.
trends-range-error-backwards = Der letzte Tag liegt vor dem ersten. Tauschen Sie die beiden oder wählen Sie ein späteres Ende.
trends-range-error-too-long = Ein Diagramm umfasst höchstens 100 Jahre – wählen Sie einen späteren ersten Tag.

## Auswahl der Werte

trends-metrics-label = Werte
trends-metrics-keep-one = Mindestens ein Wert muss ausgewählt bleiben.
trends-metrics-hidden = { $measure } ausgeblendet.

## Alle Ansichten

trends-retry = Erneut versuchen
trends-error-lead = Das Diagramm konnte nicht gezeichnet werden.
trends-loading-chart = Ihr Diagramm wird gezeichnet …
trends-legend-label = So lesen Sie das Diagramm

## Im Zeitverlauf

trends-over-time-label = Verlauf von { $measures } vom { $from } bis { $to }
trends-over-time-empty = Zwischen { $from } und { $to } gibt es nichts zu zeichnen.
trends-over-time-empty-hint = Wählen Sie einen längeren Zeitraum oder „Alles“, andere Werte, oder machen Sie unter „Heute“ Ihren Check-in, damit die Linie beginnt.
trends-legend-day-value = Wert eines Tages
trends-legend-week-mean = Mittelwert einer Woche
trends-legend-mean-days = Mittel über { $days } Tage
trends-legend-mean-weeks = Mittel über { $weeks } Wochen (Wochenpunkte)
trends-legend-done = Massage
trends-legend-planned = geplant
trends-legend-cancelled = abgesagt
trends-legend-gaps = Lücken sind Tage ohne Eintrag
trends-panels-label-days = { $chart }. Mit den Pfeiltasten wechseln Sie zwischen Tagen, die Eingabetaste öffnet den Tag.
trends-panels-label-weeks = { $chart }. Mit den Pfeiltasten wechseln Sie zwischen Wochen, die Eingabetaste öffnet den Tag.
trends-panels-help = Massagetermine sind die Schaltflächen unter der Zeitachse. „Als Tabelle zeigen“ listet jeden Wert auf.
trends-markers-label = Massagetermine in diesem Zeitraum
trends-marker-open = { $marker }, { $day }: Termin öffnen
trends-marker = { $status ->
    [planned] Geplanter Massagetermin
    [cancelled] Abgesagter Massagetermin
   *[done] Massagetermin
} ({ $kind })
trends-readout = { $point }: { $values }
trends-readout-value = { $measure } { $value }
trends-readout-sessions = { $text }. { $sessions }
trends-series-mean = { $measure }, Mittel über { $days } Tage
trends-week-of = Woche ab { $date }
trends-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}

## Tooltip

trends-tooltip-mean = Mittel { $value }
trends-tooltip-note = „{ $note }“
trends-tooltip-open-day = Klicken, um diesen Tag zu öffnen
trends-tooltip-open-week = Klicken, um den ersten Tag der Woche zu öffnen

## Zusammenfassung

trends-summary-empty = Für { $range } ist bei den gewählten Werten nichts eingetragen.
trends-summary = Durchschnitt für { $range }: { $parts }.
trends-summary-with-notes = Durchschnitt für { $range } ({ $notes }): { $parts }.
trends-summary-separator = {"; "}
trends-summary-note-separator = {", "}
trends-summary-not-logged = { $measure } nicht eingetragen
trends-summary-measure = { $measure } { $value }
trends-summary-measure-days = { $measure } { $value } an { $count ->
    [one] { $count } Tag
   *[other] { $count } Tagen
}
trends-summary-measure-change = { $text }, { $change }
trends-summary-steady = gleichbleibend
trends-summary-up = gestiegen von { $from } auf { $to }
trends-summary-down = gesunken von { $from } auf { $to }
trends-summary-days-logged = { $count ->
    [one] { $count } Tag eingetragen
   *[other] { $count } Tage eingetragen
}
trends-summary-massages = { $count ->
    [one] { $count } Massage
   *[other] { $count } Massagen
}

## Tabelle

trends-table-show = Als Tabelle zeigen
trends-table-hide = Tabelle ausblenden
trends-table-caption-days = Jeder Tag, { $from } bis { $to }, neueste zuerst
trends-table-caption-weeks = Wochenmittel, { $from } bis { $to }, neueste zuerst
trends-table-day = Tag
trends-table-week = Woche
trends-table-mean = (Mittel)
trends-table-mean-days = Mittel über { $days } Tage
trends-table-mean-weeks = Mittel über { $weeks } Wochen
trends-table-massage = Massage
trends-table-note = Notiz
trends-table-open-day = { $day } öffnen
trends-table-empty = In diesem Zeitraum ist nichts eingetragen.
trends-table-more = { $count ->
    [one] { $count } ältere Zeile zeigen ({ $hidden } nicht gezeigt)
   *[other] { $count } ältere Zeilen zeigen ({ $hidden } nicht gezeigt)
}

## Diagramme speichern

trends-export-png = Als PNG speichern
trends-export-csv = Daten als CSV speichern
trends-export-saved = Gespeichert unter { $path }. Die Datei ist nicht verschlüsselt – bewahren Sie sie an einem geschützten Ort auf.
trends-export-failed = Die Datei wurde nicht gespeichert. { $reason }
trends-export-no-picture = Es ist kein Diagramm zum Speichern zu sehen.
trends-export-no-data = Es gibt keine Diagrammdaten zum Speichern.
trends-export-not-drawn = Das Diagramm konnte nicht als Bild gezeichnet werden.
trends-export-title-over-time = Resilience Journal · Verläufe
trends-export-title-compare = Resilience Journal · { $pair }
trends-export-title-effect = Resilience Journal · Wirkung der Massage, { $from } bis { $to }

## Vergleichen

trends-compare-title = Zwei Werte vergleichen
trends-compare-left = Linke Achse
trends-compare-right = Rechte Achse
trends-compare-versus = vs.
trends-compare-pair = { $a } und { $b }
trends-compare-caption = { $pair }: { $r }
trends-compare-empty = Zwischen { $from } und { $to } ist für diese beiden nichts eingetragen. Versuchen Sie einen längeren Zeitraum.
trends-compare-series = Reihen
trends-compare-series-left = { $measure } (linke Achse)
trends-compare-series-right = { $measure } (rechte Achse)
trends-compare-chart-label = { $chart }. Mit den Pfeiltasten wechseln Sie zwischen Punkten, die Eingabetaste öffnet den Tag.
trends-compare-same = Wählen Sie zwei verschiedene Werte zum Vergleichen.
trends-correlation-r = r = { $r } (n = { $n })
trends-correlation-r-none = r nicht verfügbar (n = { $n })
trends-correlation-too-few = Weniger als 3 Tage enthalten sowohl { $a } als auch { $b }, daher gibt es noch nichts zu vergleichen.
trends-correlation-constant = { $count ->
    [one] Einer der beiden Werte hat sich an dem { $count } Tag, der beide enthält, nie verändert – daher lässt sich kein Zusammenhang zeigen.
   *[other] Einer der beiden Werte hat sich an den { $count } Tagen, die beide enthalten, nie verändert – daher lässt sich kein Zusammenhang zeigen.
}
trends-correlation-none = { $count ->
    [one] Kein klarer Zusammenhang zwischen { $a } und { $b } an dem { $count } Tag, der beide enthält.
   *[other] Kein klarer Zusammenhang zwischen { $a } und { $b } an den { $count } Tagen, die beide enthalten.
}
trends-correlation-link = An Tagen mit höherem Wert für { $a } war der Wert für { $b } tendenziell { $way ->
    [higher] höher
   *[lower] niedriger
}: ein { $strength ->
    [weak] schwacher
    [moderate] mäßiger
   *[strong] starker
} Zusammenhang über { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}. Ein Muster in Ihren eigenen Einträgen, kein Beweis für eine Ursache.

## Jahr in Farbe

trends-year-loading = Ihr Jahr wird eingefärbt …
trends-year-nav = Jahr
trends-year-previous = Vorheriges Jahr
trends-year-next = Nächstes Jahr
trends-year-colour-by = Einfärben nach
trends-year-scale = Farbskala: { $low } bis { $high }
trends-year-no-entry = kein Eintrag
trends-year-higher-better = höher ist besser
trends-year-lower-better = niedriger ist besser
trends-year-readout-hint = Zeigen Sie auf einen Tag oder wechseln Sie zu ihm, um ihn zu lesen; ein Klick öffnet ihn.
trends-year-open-day = { $day }. Tag öffnen.
trends-year-table-caption = Jeder eingetragene Tag in { $year }, neueste zuerst
trends-year-day-empty = { $day }: nicht eingetragen
trends-year-day-value = { $day }: { $measure } { $value }
trends-year-summary-empty = Für { $metric ->
    [index] den Resilienz-Index
   *[other] { $measure }
} ist { $year } nichts eingetragen.
trends-year-summary = { $year }: { $metric ->
    [index] Resilienz-Index
   *[other] { $measure }
} an { $count ->
    [one] { $count } Tag
   *[other] { $count } Tagen
} eingetragen, im Durchschnitt { $mean }.
trends-year-summary-months = { $year }: { $metric ->
    [index] Resilienz-Index
   *[other] { $measure }
} an { $count ->
    [one] { $count } Tag
   *[other] { $count } Tagen
} eingetragen, im Durchschnitt { $mean }; bester Monat { $best } ({ $bestValue }), schwerster { $hardest } ({ $hardestValue }).

## Wirkung der Massage

trends-effect-loading = Ihre Massagetermine werden zusammengetragen …
trends-effect-legend-clear = klarer Unterschied (Intervall schließt 0 aus)
trends-effect-legend-unclear = kein klarer Unterschied
trends-effect-legend-whiskers = Antennen: 95-%-Intervall
trends-effect-legend-units = Unterschiede in der Einheit des jeweiligen Werts (0–10 Punkte, Stunden Schlaf)
trends-effect-after-title = { $count ->
    [one] Die zwei Tage nach einer Massage im Vergleich zu Ihren üblichen Tagen ({ $count } Termin)
   *[other] Die zwei Tage nach einer Massage im Vergleich zu Ihren üblichen Tagen ({ $count } Termine)
}
trends-effect-after-lower = niedriger als üblich
trends-effect-after-higher = höher als üblich
trends-effect-now-title = Direkt nach einer Sitzung im Vergleich zu direkt davor (Ihre Bewertungen der Sitzung)
trends-effect-now-lower = gesunken
trends-effect-now-higher = gestiegen
trends-effect-figure-label = { $title }. Die Zahlen stehen darunter.
trends-effect-missing = noch nicht genug Daten
trends-effect-picture-note = Gefüllter Punkt: klarer Unterschied (sein 95-%-Intervall, die Antennen, schließt 0 aus). Hohler Punkt: kein klarer Unterschied. Unterschiede sind in der Einheit des jeweiligen Werts angegeben (0–10 Punkte, Stunden Schlaf).
trends-effect-table-caption = Wirkung der Massage, { $from } bis { $to }
trends-effect-table-measure = Wert
trends-effect-table-compared = Verglichen
trends-effect-table-difference = Unterschied
trends-effect-table-reading = Einordnung
trends-effect-table-basis = Grundlage
trends-effect-table-after = 2 Tage danach vs. üblich
trends-effect-table-now = danach vs. davor
trends-effect-reading-none = kein klarer Unterschied
trends-effect-reading-after = { $direction ->
    [higher] höher
   *[lower] niedriger
} an den zwei Tagen danach ({ $verdict ->
    [better] besser
   *[worse] schlechter
})
trends-effect-reading-now = { $direction ->
    [higher] höher
   *[lower] niedriger
} direkt danach ({ $verdict ->
    [better] besser
   *[worse] schlechter
})
trends-effect-numbers = { $value } (95-%-KI { $low } bis { $high })
trends-effect-not-enough = Noch nicht genug Daten
trends-effect-not-enough-list = Noch nicht genug Daten: { $missing }
trends-effect-list-separator = {", "}
trends-effect-more-sessions = { $count ->
    [one] { $count } weiterer Termin
   *[other] { $count } weitere Termine
}
trends-effect-more-after-days = { $count ->
    [one] { $count } weiterer eingetragener Tag nach Terminen
   *[other] { $count } weitere eingetragene Tage nach Terminen
}
trends-effect-more-usual-days = { $count ->
    [one] { $count } weiterer üblicher Tag
   *[other] { $count } weitere übliche Tage
}
trends-effect-basis-counts = { $sessions ->
    [one] { $sessions } Termin
   *[other] { $sessions } Termine
}, { $afterDays ->
    [one] { $afterDays } Tag danach
   *[other] { $afterDays } Tage danach
}, { $usualDays ->
    [one] { $usualDays } üblicher Tag
   *[other] { $usualDays } übliche Tage
}
trends-effect-basis-means = danach { $after } an { $afterDays ->
    [one] { $afterDays } Tag
   *[other] { $afterDays } Tagen
} vs. üblich { $usual } an { $usualDays ->
    [one] { $usualDays } Tag
   *[other] { $usualDays } Tagen
}
trends-effect-rated-sessions = { $count ->
    [one] { $count } bewertete Sitzung
   *[other] { $count } bewertete Sitzungen
}
trends-effect-not-enough-rated = Noch nicht genug bewertete Sitzungen
trends-effect-not-enough-rated-more = Noch nicht genug bewertete Sitzungen: { $count } weitere
trends-effect-changes-lower = { $measures } niedriger
trends-effect-changes-higher = { $measures } höher
trends-effect-summary-none-clear = Bisher kein klarer Unterschied zwischen den Tagen nach einer Massage und Ihren üblichen Tagen.
trends-effect-summary-not-enough = Noch nicht genug Termine und Check-ins, um die Tage nach einer Massage mit Ihren üblichen Tagen zu vergleichen.
trends-effect-summary-after = An den zwei Tagen nach einer Massage: { $changes }.
trends-effect-summary-now = Direkt nach einer Sitzung: { $changes }.
