### The printable monthly report. $month is a month in the language's own form ("November 2025").

report-kicker = { app-name } · Monatsbericht
report-back = ← Zurück zu Ihren Daten
report-previous-month = Vorheriger Monat
report-next-month = Nächster Monat
report-month = Monat
report-year = Jahr
report-print = Drucken…
report-check-ins = Check-ins an { $count } von { $days } Tagen
report-sessions = { $count ->
        [one] { $count } Massagetermin
       *[other] { $count } Massagetermine
    }
report-failed = Der Bericht konnte nicht erstellt werden.
report-try-again = Erneut versuchen
report-loading = { $month } wird zusammengestellt…
report-empty = Im { $month } wurde nichts erfasst. Wählen Sie oben einen anderen Monat.

## Averages

report-averages = Durchschnittswerte
report-averages-none = In diesem Monat wurden keine Messwerte erfasst, nur Notizen.
report-averages-measure = Messwert
report-averages-average = Durchschnitt
report-averages-lowest = Niedrigster
report-averages-highest = Höchster
report-averages-days = Erfasste Tage
report-averages-note = Bewertungen von 0–10, so wie Sie sie erfasst haben: Bei Stress, Schmerz und Anspannung ist niedriger besser.
report-measure-sleep = Schlaf
# $value: a number already written in the language ("4,3").
report-value-rating = { $value }/10
report-value-hours = { $value } Std.

## The chart

report-chart-title = Stress, Schlaf und Schmerz, Tag für Tag
report-chart-label = Diagramm von Stress, Schlafdauer und Schmerz an jedem Tag im { $month }. Die Durchschnittswerte stehen in der Tabelle oben.
report-chart-axis-rating = 0–10
report-chart-axis-hours = Stunden
# $measure: a measure's name.
report-chart-right-axis = { $measure } (rechte Achse)

## Sessions and notes

report-sessions-title = Massagetermine
report-sessions-none = Keine Sitzungen in diesem Monat.
report-sessions-when = Wann
report-sessions-kind = Art
report-sessions-therapist = Therapeut:in
# $day: "Tuesday 24 November"; $time: "18:00".
report-session-when = { $day }, { $time } Uhr
report-session-when-planned = { $day }, { $time } Uhr (geplant)
report-sessions-note = Stress und Schmerz: vor → nach der Sitzung.
report-notes-title = Tagesnotizen
report-notes-none = Keine Notizen in diesem Monat.
# $day: the day the report is printed.
report-footer = Selbst erfasst in { app-name }; gedruckt am { $day }. Durchschnittswerte beziehen sich auf die erfassten Tage. Kein medizinischer Befund.
