### The Journal: the month calendar, the list of entries, search and filters.

journal-heading = Tagebuch
journal-view-legend = Tagebuch anzeigen als
journal-view-calendar = Kalender
journal-view-list = Liste
journal-load-failed = Dieser Teil Ihres Tagebuchs konnte nicht geladen werden.
journal-try-again = Erneut versuchen

## Search and filters

journal-search-region = Tagebuch
journal-search-notes = Notizen durchsuchen
journal-filter-tag = Schlagwort
journal-filter-any-tag = Alle Schlagwörter
journal-filter-measure = Messwert
journal-filter-any-measure = Alle Messwerte
journal-filter-comparison = Vergleich
journal-filter-value = Wert
journal-filter-clear = Zurücksetzen
journal-filter-value-missing = Geben Sie einen Wert von 0 bis { $max } ein.
journal-filter-value-missing-hours = { $max ->
    [one] Geben Sie einen Wert von 0 bis { $max } Stunde ein.
   *[other] Geben Sie einen Wert von 0 bis { $max } Stunden ein.
}
journal-filter-value-whole = Verwenden Sie eine ganze Zahl von 0 bis { $max }.
journal-filter-value-quarters = Verwenden Sie Viertelstunden von 0 bis { $max }.

## Search results

journal-searching = Suche läuft…
journal-results-limit = { $count ->
    [one] Der neueste Treffer
   *[other] Die neuesten { $count } Treffer
}
journal-results-count = { $count ->
    [one] { $count } Eintrag gefunden
   *[other] { $count } Einträge gefunden
}
journal-search-results = Suchergebnisse
journal-clear-search = Suche zurücksetzen
# A measure condition inside the sentences below, e.g. "pain ≥ 6". $measure is the measure's key.
journal-no-match-condition = { $measure ->
    [stress] Stress
    [sleepHours] Schlafdauer
    [sleepQuality] Schlafqualität
    [pain] Schmerz
    [selfEsteem] Selbstwert
    [mood] Stimmung
    [anxiety] Anspannung
   *[bodyAwareness] Körperwahrnehmung
} { $sign } { $value }
# $text is what the person searched for, $tag a tag name, $condition a journal-no-match-condition.
journal-no-match-text = Keine Einträge zu „{ $text }“ gefunden.
journal-no-match-text-tag = Keine Einträge zu „{ $text }“ mit dem Schlagwort „{ $tag }“ gefunden.
journal-no-match-text-measure = Keine Einträge zu „{ $text }“ mit { $condition } gefunden.
journal-no-match-text-tag-measure = Keine Einträge zu „{ $text }“ mit dem Schlagwort „{ $tag }“ und { $condition } gefunden.
journal-no-match-tag = Keine Einträge mit dem Schlagwort „{ $tag }“ gefunden.
journal-no-match-tag-measure = Keine Einträge mit dem Schlagwort „{ $tag }“ und { $condition } gefunden.
journal-no-match-measure = Keine Einträge mit { $condition } gefunden.

## The list of entries

journal-all-entries = Alle Einträge
journal-empty = Noch keine Einträge. Ihre Check-ins erscheinen hier, die neuesten zuerst.
journal-check-in-today = Für heute einchecken
journal-list-tags = Schlagwörter
journal-list-sleep = Schlaf
journal-list-sleep-both = { $hours } Std., Qualität { $quality }
journal-list-sleep-hours = { $hours } Std.
journal-list-sleep-quality = Qualität { $quality }
journal-list-showing = { $shown } von { $total } angezeigt
journal-list-show-more = { $count } weitere anzeigen

## The month calendar

journal-calendar-previous = Vorheriger Monat
journal-calendar-next = Nächster Monat
journal-calendar-this-month = Dieser Monat
journal-calendar-legend = Zahlen zeigen den Stress, 0–10
journal-calendar-low = niedrig
journal-calendar-high = hoch
journal-calendar-no-stress = Eintrag ohne Stress
# What a day's button says after its visible number: "24" + " November, Monday, stress" + " 6".
# It must not start with the day number, which the button already shows.
journal-day-future = { $month }, { $weekday }, in der Zukunft
journal-day-empty = { $month }, { $weekday }, kein Eintrag
journal-day-no-stress = { $month }, { $weekday }, Eintrag ohne Stress
journal-day-stress = { $month }, { $weekday }, Stress
