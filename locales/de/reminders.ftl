### Reminders: the banner at the top of every screen and the Reminders section of Settings.

## What a reminder is about (the caption above its sentence).
reminders-kind-check-in = Check-in
reminders-kind-book-massage = Massage
reminders-kind-appointment = Termin
reminders-kind-stress-nudge = Ein sanfter Vorschlag

## The banner.
reminders-banner = Erinnerungen
reminders-check-in-now = Jetzt einchecken
reminders-open-session = Sitzung öffnen
reminders-log-session = Sitzung eintragen…
reminders-plan-session = Sitzung planen…
reminders-booked-it = Ich habe gebucht
reminders-snooze = Später erinnern
reminders-snooze-until = Später erinnern um
reminders-snooze-hour = In 1 Stunde
reminders-snooze-evening = Heute Abend ({ $time })
reminders-snooze-tomorrow = Morgen früh ({ $time })
reminders-dismiss = Verwerfen
reminders-dismiss-reminder = Erinnerung verwerfen
reminders-booking = Wann ist der Termin?
reminders-booking-date = Datum
reminders-booking-time = Uhrzeit
reminders-booking-saving = Wird gespeichert…
reminders-booking-save = Buchung speichern
reminders-booking-cancel = Abbrechen
reminders-booking-no-date = Bitte wählen Sie den Tag des Termins.
reminders-booking-no-time = Bitte wählen Sie die Uhrzeit des Termins.
# $date: "Thu 4 Dec"; $time: "18:00".
reminders-planned-for = Geplant für { $date }, { $time }
reminders-planned-at = Geplant für { $when }
reminders-show-session = Sitzung anzeigen
reminders-ok = OK
reminders-error-snooze = Die Erinnerung konnte nicht verschoben werden. { $details }
reminders-error-dismiss = Die Erinnerung konnte nicht verworfen werden. { $details }
reminders-error-done = Die Erinnerung konnte nicht als erledigt markiert werden. { $details }

## When the next reminder comes ($time: "18:00", $weekday: "Thursday", $date: "Thursday 4 December").
reminders-when-today = heute um { $time }
reminders-when-tomorrow = morgen um { $time }
reminders-when-weekday = { $weekday } um { $time }
reminders-when-date = { $date } um { $time }
reminders-next = Nächste Erinnerung: { $when } — { $message }
reminders-next-none = Es stehen keine Erinnerungen an.
reminders-preview-invalid = Die nächste Erinnerung erscheint, sobald das markierte Feld korrigiert ist.
reminders-preview-failed = Die nächste Erinnerung konnte nicht ermittelt werden. { $details }

## The Reminders section of Settings.
reminders-title = Erinnerungen
reminders-intro = Sanfte Anstöße, einzuchecken und gut für sich zu sorgen. Sie kommen als Desktop-Benachrichtigung und als Hinweis oben in der App; jede lässt sich auf später verschieben oder verwerfen.
reminders-load-failed = Ihre Einstellungen für Erinnerungen konnten nicht geladen werden.
reminders-try-again = Erneut versuchen
reminders-loading = Ihre Einstellungen für Erinnerungen werden geladen…
reminders-no-notifications = Dieser Desktop hat keinen Benachrichtigungsdienst, daher erscheinen Erinnerungen nur in der App.

reminders-daily-check-in = Täglicher Check-in
reminders-check-in-toggle = Ans Einchecken erinnern
reminders-check-in-time = Uhrzeit des Check-ins
reminders-on-these-days = An diesen Tagen
# $day: the weekday's full name.
reminders-check-in-on = Check-in am { $day }

reminders-book-massage = Ans Buchen einer Massage erinnern
reminders-book-massage-hint = Gezählt ab Ihrer letzten Massage; die Erinnerung kommt zu Ihrer Check-in-Zeit.
reminders-cadence-off = Aus
reminders-cadence-weeks = { $count ->
    [one] Jede Woche
   *[other] Alle { $count } Wochen
}
reminders-cadence-custom = Alle … Tage
reminders-days-between = Tage zwischen zwei Massagen
reminders-days-between-hint = Von 1 bis 365.

reminders-planned-sessions = Geplante Sitzungen
reminders-appointments-toggle = An meine Termine erinnern
reminders-evening-before = Am Vorabend um
reminders-lead = Und vor Beginn
reminders-lead-unit = Einheit
reminders-unit-minutes = Minuten
reminders-unit-hours = Stunden
reminders-unit-days = Tage
reminders-lead-hint = Von 5 Minuten bis 7 Tage.

reminders-stressful-days = Nach stressigen Tagen
reminders-stress-toggle = Eine Massage vorschlagen, wenn der Stress hoch war
reminders-stress-hint = Wenn der Stress bei 3 Ihrer letzten 4 Check-ins bei 7 oder mehr lag und innerhalb von 14 Tagen keine Massage erledigt oder geplant ist; höchstens einmal pro Woche.

reminders-quiet-hours = Ruhezeiten
reminders-quiet-toggle = Ruhezeiten einhalten
reminders-quiet-hint = In diesen Stunden keine Erinnerungen – außer denen an Ihre Termine, die trotzdem kommen.
reminders-quiet-from = Von
reminders-quiet-to = Bis

reminders-pause = Pause
reminders-pause-toggle = Alle Erinnerungen pausieren bis…
reminders-pause-until = Pausieren bis

reminders-window-closed = Wenn das Fenster geschlossen ist
reminders-tray-toggle = Im Infobereich weiterlaufen, wenn das Fenster geschlossen ist
reminders-tray-hint = Erinnerungen kommen nur, solange die App läuft. Ist dies eingeschaltet, bleibt sie nach dem Schließen des Fensters im Infobereich.
reminders-no-tray-hint = Ihr Desktop zeigt keine Symbole im Infobereich, daher beendet das Schließen des Fensters die App. Erinnerungen kommen nur, solange die App läuft.

reminders-not-saved = Nicht gespeichert.
reminders-save = Einstellungen für Erinnerungen speichern
reminders-saving = Wird gespeichert…
reminders-saved = Gespeichert ✓
reminders-unsaved = Sie haben Änderungen, die noch nicht gespeichert sind.

## Problems with the reminder settings.
reminders-error-check-in-time = Die Uhrzeit des Check-ins muss eine Tageszeit wie 20:30 sein, von 00:00 bis 23:59.
reminders-error-evening-before-time = Die Uhrzeit am Vorabend muss eine Tageszeit wie 20:30 sein, von 00:00 bis 23:59.
reminders-error-quiet-start = Der Beginn der Ruhezeiten muss eine Tageszeit wie 20:30 sein, von 00:00 bis 23:59.
reminders-error-quiet-end = Das Ende der Ruhezeiten muss eine Tageszeit wie 20:30 sein, von 00:00 bis 23:59.
reminders-error-weekdays = Wählen Sie mindestens einen Tag für die Check-in-Erinnerung, oder schalten Sie sie aus.
reminders-error-cadence-days = Geben Sie eine Anzahl Tage von 1 bis 365 ein.
reminders-error-lead = Wählen Sie zwischen 5 Minuten und 7 Tagen vorher.
reminders-error-quiet-same = Die Ruhezeiten müssen zu einer anderen Uhrzeit enden, als sie beginnen.
reminders-error-paused-until = Wählen Sie Datum und Uhrzeit, ab denen die Erinnerungen wieder kommen sollen.

## Starting with the computer and the calendar file.
reminders-start-with-computer = Mit meinem Computer starten
reminders-start-unavailable = Nur für das Tagebuch an seinem üblichen Ort verfügbar.
reminders-start-hint = Startet beim Anmelden unauffällig im Infobereich, damit Erinnerungen kommen, ohne dass Sie die App öffnen.
reminders-export = Geplante Sitzungen exportieren (.ics)…
reminders-exporting = Wird exportiert…
reminders-export-nothing = Noch ist nichts geplant. Sitzungen, die Sie unter „Massage“ planen, können Sie von hier aus in Ihren Kalender übernehmen.
reminders-export-hint = { $count ->
    [one] Speichert Ihre geplante Sitzung als Datei, die Kalender-Apps importieren können.
   *[other] Speichert Ihre { $count } geplanten Sitzungen als Datei, die Kalender-Apps importieren können.
}
reminders-export-saved = { $count ->
    [one] { $count } Sitzung in { $path } gespeichert. Die Datei ist nicht verschlüsselt.
   *[other] { $count } Sitzungen in { $path } gespeichert. Die Datei ist nicht verschlüsselt.
}
