### The Today screen: the check-in of one day.

today-heading-today = Wie war Ihr Tag heute?
today-heading-yesterday = Wie war Ihr Tag gestern?
# $day: the weekday and date, e.g. "Monday 24 November".
today-heading-day = Wie war Ihr Tag am { $day }?
today-intro = Nehmen Sie sich einen Moment für die vier Kernwerte. Ein einziger Wert genügt zum Speichern.
today-consistency = { $days ->
    [one] An { $logged } von { $days } Tag eingetragen
   *[other] An { $logged } der letzten { $days } Tage eingetragen
}
today-load-failed = Der Eintrag dieses Tages konnte nicht geladen werden.
today-form = Check-in
today-core-measures = Kernwerte
today-sleep-unit = Stunden
today-sleep-hint = In Viertelstunden, z. B. { $example }
today-pain-areas = Wo tut es weh?
today-notes-placeholder = Gibt es etwas von heute, das Sie festhalten möchten?

today-check-in-for = Check-in für
today-day = Tag
today-previous-day = Vorheriger Tag
today-next-day = Nächster Tag
today-back-to-today = Zurück zu heute
today-future-day = Für künftige Tage ist noch kein Check-in möglich – wählen Sie heute oder einen früheren Tag.
today-before-earliest = Das Tagebuch beginnt im Jahr 1900.

today-more = Mehr
# $names: the optional measures, e.g. "mood, anxiety, body awareness".
today-more-hint = { $names } · optional
today-more-hint-filled = { $names } · optional · { $filled } ausgefüllt
# An optional measure's name inside the summary line of "More".
today-more-measure = { $measure ->
    [mood] Stimmung
    [anxiety] Anspannung
   *[body-awareness] Körperwahrnehmung
}

today-tag-label = Schlagwort hinzufügen
today-tag-add = Hinzufügen
today-tag-hint = Eingabetaste fügt es hinzu · bis zu { $tags } Schlagwörter mit je { $chars } Zeichen
today-tags-on-day = An diesem Tag:
today-tags-on-day-label = Schlagwörter an diesem Tag
today-tag-remove = Schlagwort { $name } entfernen
today-tags-often-used = Häufig verwendet:
today-tag-suggest = Schlagwort { $name } hinzufügen

today-saving = Wird gespeichert…
today-unsaved = Ungespeicherte Änderungen
today-saved = Gespeichert ✓
today-saved-at = Gespeichert ✓ um { $time }
today-nothing-saved = Für diesen Tag ist noch nichts gespeichert
today-stale = Dieser Eintrag wurde anderswo geändert – laden Sie neu, um den aktuellen Stand zu sehen
today-reload = Neu laden
today-not-saved = Ihr Check-in wurde nicht gespeichert.
today-save = Check-in speichern

today-delete = Eintrag löschen
today-delete-title = Diesen Eintrag löschen?
today-delete-confirm = Löschen
today-delete-cancel = Behalten
# $day: the weekday and date, e.g. "Monday 24 November".
today-delete-body = Der Eintrag vom { $day } wird aus Ihrem Tagebuch entfernt.
today-delete-body-no-day = Der Eintrag dieses Tages wird aus Ihrem Tagebuch entfernt.
today-delete-undo-hint = Sie können das danach noch einige Sekunden lang rückgängig machen.
# $day: a short date, e.g. "Tue 24 Nov".
today-deleted = Eintrag vom { $day } gelöscht
today-delete-failed = Der Eintrag wurde nicht gelöscht. { $reason }
today-restore-failed = Der Eintrag konnte nicht wiederhergestellt werden. { $reason }
today-nothing-to-delete = Es gibt keinen gespeicherten Eintrag zum Löschen.

today-error-rating = Wählen Sie eine ganze Zahl von 0 bis 10.
today-error-sleep-number = Geben Sie die Schlafstunden als Zahl ein, z. B. { $example }.
today-error-sleep-range = Die Schlafstunden müssen zwischen { $min } und { $max } liegen.
# $examples: a list of quarter hours, e.g. "7, 7.25, 7.5 or 7.75".
today-error-sleep-quarter = Verwenden Sie Viertelstunden, z. B. { $examples }.
today-error-notes-too-long = Notizen dürfen höchstens { $max } Zeichen lang sein (jetzt { $count }).
today-error-too-many-tags = Ein Tag kann höchstens { $max } Schlagwörter haben.
today-error-tag-size = Jedes Schlagwort braucht 1 bis { $max } Zeichen.
today-error-empty = Fügen Sie vor dem Speichern mindestens eine Bewertung, Ihre Schlafstunden oder eine Notiz hinzu.
today-error-tag-empty = Geben Sie zuerst ein Schlagwort ein.
today-error-tag-too-long = Ein Schlagwort darf höchstens { $max } Zeichen lang sein.
# $name: the tag as the person typed it.
today-error-tag-duplicate = „{ $name }“ ist diesem Tag bereits zugeordnet.
