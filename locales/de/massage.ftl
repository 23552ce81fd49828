### Massage sessions: the Massage screen, its lists and the session form.

massage-heading = Massage
massage-log = Sitzung eintragen
massage-plan = Sitzung planen
massage-load-failed = Ihre Sitzungen konnten nicht geladen werden.
massage-try-again = Erneut versuchen
massage-days-none = Noch keine Massage eingetragen
massage-days-today = Letzte Massage heute
massage-days-yesterday = Letzte Massage gestern
massage-days-since = { $count ->
    [one] Letzte Massage vor { $count } Tag
   *[other] Letzte Massage vor { $count } Tagen
}

## Kinds, statuses and pressure

massage-kind-swedish = Schwedische Massage
massage-kind-deep-tissue = Tiefengewebsmassage
massage-kind-sports = Sportmassage
massage-kind-shiatsu = Shiatsu
massage-kind-thai = Thai-Massage
massage-kind-reflexology = Reflexzonenmassage
massage-kind-self-massage = Selbstmassage
massage-kind-other = Andere
massage-status-planned = Geplant
massage-status-done = Erledigt
massage-status-cancelled = Abgesagt
massage-pressure-light = Leicht
massage-pressure-medium = Mittel
massage-pressure-firm = Fest
massage-pressure-not-set = Keine Angabe

## The lists

massage-empty-heading = Hier sammeln sich Ihre Sitzungen
massage-empty-why = Tragen Sie Massagen ein, um zu sehen, ob in Ihrem eigenen Tagebuch ruhigere Tage darauf folgen. Nach einigen Wochen zeigen Ihre Check-ins, wie die Tage nach einer Sitzung im Vergleich aussehen – für Sie, nicht für Menschen im Allgemeinen.
massage-empty-how = Tragen Sie eine vergangene Sitzung ein oder planen Sie die nächste. Bewertungen vorher und nachher sind freiwillig, und alles bleibt auf diesem Computer.
massage-awaiting-heading = Haben diese stattgefunden?
massage-awaiting-hint = Geplante Sitzungen, deren Termin vorbei ist.
massage-upcoming-heading = Demnächst
massage-upcoming-empty = Nichts geplant. Mit „Sitzung planen“ erscheint die nächste hier.
massage-past-heading = Vergangen
massage-past-more = Mehr anzeigen ({ $count } ältere)
massage-duration-minutes = { $minutes } Min.
massage-duration-hours = { $hours } Std.
massage-duration-hours-minutes = { $hours } Std. { $minutes } Min.
# $pressure is the pressure's key.
massage-item-pressure = { $pressure ->
    [light] Leichter Druck
    [medium] Mittlerer Druck
   *[firm] Fester Druck
}
# $areas is a list of body areas.
massage-item-focus = Schwerpunkte: { $areas }
# A rating before and after a session; $measure is "Stress" or "Pain".
massage-change = { $measure } { $before } → { $after }
massage-change-before = { $measure } vorher { $before }
massage-change-after = { $measure } nachher { $after }
massage-item-happened = Ja, hat stattgefunden
massage-item-cancel-planned = Nein, absagen
massage-item-edit = Bearbeiten
massage-item-delete = Löschen

## Deleting

massage-delete-title = Diese Sitzung löschen?
massage-delete-confirm = Löschen
massage-delete-keep = Behalten
# $kind is the kind of massage, $when its date and time.
massage-delete-body = { $kind }, { $when }. Sie können das danach noch einige Sekunden lang rückgängig machen.
massage-deleted = Sitzung gelöscht
massage-error-session-gone = Diese Sitzung gibt es nicht mehr; vielleicht wurde sie gelöscht.
# $reason is the cause, in a sentence of its own.
massage-error-open-failed = Die Sitzung konnte nicht geöffnet werden. { $reason }
massage-error-cancel-failed = Die Sitzung konnte nicht als abgesagt markiert werden. { $reason }
massage-error-delete-failed = Die Sitzung konnte nicht gelöscht werden. { $reason }
massage-error-restore-failed = Die Sitzung konnte nicht wiederhergestellt werden. { $reason }

## The session form

massage-editor-edit = Sitzung bearbeiten
massage-editor-outcome = Wie war es?
massage-form-close = Schließen
massage-field-when = Wann
massage-field-date = Datum
massage-field-time = Uhrzeit
massage-field-status = Status
massage-field-kind = Art
massage-field-kind-other = Name der Art
massage-field-kind-other-hint = Zum Beispiel Lomi Lomi oder Hot Stone
massage-field-therapist = Therapeut:in
massage-field-place = Ort
massage-field-duration = Dauer (Minuten)
massage-field-cost = Kosten
# $currency is an ISO 4217 code such as EUR.
massage-field-cost-hint = In { $currency }, z. B. 45,50 · freiwillig
massage-field-pressure = Druck
massage-field-focus = Schwerpunkte
massage-field-notes-placeholder = Wie es war, worum Sie nächstes Mal bitten möchten …
massage-feel-heading = Wie haben Sie sich gefühlt?
massage-feel-hint = Freiwillig. Bewerten Sie direkt vor und direkt nach der Sitzung.
massage-stress-before = Stress vorher
massage-stress-after = Stress nachher
massage-pain-before = Schmerz vorher
massage-pain-after = Schmerz nachher
massage-form-stale = Diese Sitzung wurde an anderer Stelle geändert. Laden Sie sie neu, um den aktuellen Stand zu sehen; Ihre Änderungen hier werden dabei ersetzt.
massage-form-reload = Neu laden
massage-form-gone = Diese Sitzung gibt es nicht mehr; sie wurde an anderer Stelle gelöscht.
massage-form-not-saved = Die Sitzung wurde nicht gespeichert.
massage-form-saving = Wird gespeichert …
massage-form-cancel = Abbrechen
massage-form-save = Sitzung speichern
massage-discard-title = Änderungen verwerfen?
massage-discard-confirm = Verwerfen
massage-discard-keep = Weiter bearbeiten
massage-discard-body = Ihre Änderungen an dieser Sitzung sind noch nicht gespeichert.

## Problems with the form's values

massage-error-date-missing = Wählen Sie das Datum der Sitzung.
massage-error-date-invalid = Geben Sie ein gültiges Datum ein, z. B. 2025-11-25.
massage-error-time-missing = Wählen Sie die Uhrzeit, zu der die Sitzung beginnt.
massage-error-time-invalid = Geben Sie eine Uhrzeit wie 18:30 ein.
massage-error-done-in-future = Eine Sitzung, die noch nicht begonnen hat, kann nicht erledigt sein. Wählen Sie „Geplant“ oder einen früheren Zeitpunkt.
massage-error-kind-other-missing = Geben Sie die Art der Massage an.
massage-error-kind-other-too-long = Der Name darf höchstens { $max } Zeichen lang sein (jetzt { $count }).
massage-error-therapist-too-long = „Therapeut:in“ darf höchstens { $max } Zeichen lang sein (jetzt { $count }).
massage-error-place-too-long = Der Ort darf höchstens { $max } Zeichen lang sein (jetzt { $count }).
massage-error-notes-too-long = Notizen dürfen höchstens { $max } Zeichen lang sein (jetzt { $count }).
massage-error-duration-number = Geben Sie die Dauer in ganzen Minuten ein, z. B. 60.
massage-error-duration-range = { $max ->
    [one] Die Dauer muss eine ganze Zahl von { $min } bis { $max } Minute sein.
   *[other] Die Dauer muss eine ganze Zahl von { $min } bis { $max } Minuten sein.
}
massage-error-cost-format = Geben Sie einen Betrag wie 45,50 ein, ohne Währung.
massage-error-cost-too-large = Dieser Betrag ist zu hoch.
massage-error-rating = Wählen Sie eine ganze Zahl von 0 bis 10.
