### The "Your data" screen: export, import (JSON, Daylio, any CSV table) and backups.
### What files hold (CSV headers, JSON keys) is a machine format and never comes from here.

data-title = Ihre Daten
data-intro = Ihr Tagebuch bleibt auf diesem Computer. Hier können Sie eine Kopie mitnehmen, Daten von anderswo übernehmen und zu einem früheren Stand zurückkehren.
data-demo-notice = Sie sind im Beispiel-Tagebuch: Exporte und Importe verwenden hier die Beispieldaten, nicht Ihre.
data-cancel = Abbrechen
data-choose = Auswählen…
data-try-again = Erneut versuchen

## The monthly report's entry point. $month: "November 2025" in the language's own form.

data-report-title = Monatsbericht
data-report-intro = Eine Seite pro Monat mit Ihren Durchschnittswerten, einem Diagramm, Ihren Sitzungen und Notizen – bereit zum Drucken oder für Ihren nächsten Therapietermin.
data-report-last-month = Monatsbericht für { $month }…
data-report-this-month = { $month } bis heute…

## Export

data-export-title = Export
data-export-intro = Eine Kopie Ihres Tagebuchs als Datei – zum Aufbewahren, für einen anderen Computer oder für eine Tabellenkalkulation.
data-export-encrypted = Ihr Tagebuch ist verschlüsselt, eine exportierte Datei aber nicht.
data-export-encrypted-hint = Für eine verschlüsselte Kopie verwenden Sie stattdessen unten „Jetzt sichern“.
data-export-format = Format
data-export-json = JSON
data-export-json-hint = Alles: Tage, Sitzungen, Schlagwörter und Einstellungen. Lässt sich wieder importieren.
data-export-days-csv = Tage als CSV
data-export-days-csv-hint = Eine Zeile pro Tag mit ihren Werten, für eine Tabellenkalkulation.
data-export-sessions-csv = Sitzungen als CSV
data-export-sessions-csv-hint = Eine Zeile pro Massagetermin, für eine Tabellenkalkulation.
data-export-bom = Für Excel oder LibreOffice: Byte-Order-Mark (BOM) hinzufügen
data-export-bom-hint = Ohne sie zeigen manche Tabellenprogramme Umlaute und Akzente falsch an.
data-export-which-days = Welche Tage
data-export-all = Das ganze Tagebuch
data-export-range = Von … bis …
data-export-from = Von
data-export-to = Bis (einschließlich)
data-export-button = Exportieren…
data-export-busy = Wird exportiert…
data-export-saved-to = Gespeichert unter
data-export-not-encrypted = Diese Datei ist nicht verschlüsselt. Sie enthält Ihre privaten Gesundheitsnotizen – bewahren Sie sie an einem Ort auf, den nur Sie öffnen können, und löschen Sie sie, sobald Sie sie nicht mehr brauchen.
data-export-problem-from = Wählen Sie den ersten Tag des Exports.
data-export-problem-to = Wählen Sie den letzten Tag des Exports.
data-export-problem-order = Der letzte Tag liegt vor dem ersten.

## Import: choosing a file and the preview

data-import-title = Import
data-import-intro = Aus einem Export von Resilience Journal (.json), einem Daylio-Export oder einer beliebigen CSV-Tabelle. Sie sehen, was sich ändern würde, bevor etwas geschrieben wird, und Ihr Tagebuch wird vorher gesichert.
data-import-button = Importieren…
data-import-reading = Datei wird gelesen…
data-import-wrong-file = Wählen Sie eine von Resilience Journal exportierte .json-Datei oder eine .csv-Tabelle.
data-import-filter-any = Tagebuch-Export oder Tabelle (JSON, CSV)
data-import-filter-json = Export von Resilience Journal (JSON)
data-import-filter-csv = CSV-Tabelle (auch Daylio)
data-import-kind-json = Export von Resilience Journal
data-import-kind-daylio = Daylio-Export
data-import-kind-csv = CSV-Tabelle
# $file: the file's name.
data-import-preview-title = Was aus { $file } importiert würde
# $kind: one of data-import-kind-….
data-import-preview-kind = { $kind }. Noch wurde nichts geschrieben.
data-import-summary = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }, { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    }, { $conflicts ->
        [one] { $conflicts } Konflikt
       *[other] { $conflicts } Konflikte
    }
# $from, $to: days, e.g. "Tue 24 Nov 2025".
data-import-preview-range = Zeitraum: { $from } bis { $to }.
data-import-table-kind = Art
data-import-table-new = Neu
data-import-table-same = Wie bei Ihnen
data-import-table-different = Anders als bei Ihnen
data-import-table-days = Tage
data-import-table-sessions = Sitzungen
data-import-new-tags = { $count ->
        [one] { $count } neues Schlagwort.
       *[other] { $count } neue Schlagwörter.
    }
data-import-settings-conflict = Die Einstellungen in der Datei weichen von Ihren ab.
data-import-settings-new = Die Datei enthält Einstellungen, die in Ihrem Tagebuch noch nicht gesetzt sind.
data-import-conflicts-title = Tage in beiden, mit unterschiedlichen Werten
data-import-conflicts-more = und { $count } weitere.
data-import-skipped-title = Zeilen, die ausgelassen werden
# $line: the line of the file; $reason: why it is left out.
data-import-skipped-line = Zeile { $line }: { $reason }
data-import-warnings-title = Gut zu wissen
data-import-policy-title = Wo sich Datei und Tagebuch unterscheiden
data-import-policy-no-conflicts = Nichts in der Datei weicht von Ihren Daten ab – diese Wahl ändert also nichts.
data-import-policy-keep-mine = Meine behalten
data-import-policy-keep-mine-hint = Tage und Sitzungen, die Sie schon haben, bleiben, wie sie sind.
data-import-policy-take-theirs = Die aus der Datei übernehmen
data-import-policy-take-theirs-hint = Die Fassung aus der Datei ersetzt Ihre.
data-import-policy-keep-newer = Die neuere behalten
data-import-policy-keep-newer-hint = Was zuletzt geändert wurde, gilt.
data-import-commit = Importieren
data-import-commit-days = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } importieren
data-import-commit-sessions = { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    } importieren
data-import-commit-both = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } und { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    } importieren
data-import-committing = Wird importiert…
data-import-back-to-columns = Zurück zu den Spalten
data-import-waiting-for-moods = Der Import wartet, bis jede Daylio-Stimmung oben zugeordnet ist.

## Import: the result. Clauses are joined with commas into $changes.

data-import-done = Import abgeschlossen: { $changes }.
data-import-done-nothing = Import abgeschlossen: nichts Neues – Ihr Tagebuch hatte schon alles.
data-import-done-added-days = { $count ->
        [one] { $count } neuer Tag hinzugefügt
       *[other] { $count } neue Tage hinzugefügt
    }
data-import-done-replaced-days = { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    } durch die Fassung aus der Datei ersetzt
data-import-done-kept-days = bei { $count ->
        [one] { $count } Tag
       *[other] { $count } Tagen
    } Ihre Fassung unverändert behalten
data-import-done-added-sessions = { $count ->
        [one] { $count } Sitzung
       *[other] { $count } Sitzungen
    } hinzugefügt
data-import-done-replaced-sessions = { $count ->
        [one] { $count } Sitzung
       *[other] { $count } Sitzungen
    } ersetzt
data-import-done-kept-sessions = bei { $count ->
        [one] { $count } Sitzung
       *[other] { $count } Sitzungen
    } Ihre Fassung behalten
data-import-done-tags = { $count ->
        [one] { $count } neues Schlagwort.
       *[other] { $count } neue Schlagwörter.
    }
data-import-done-settings = Einstellungen aus der Datei übernommen.
data-import-done-skipped = { $count ->
        [one] { $count } Zeile ausgelassen.
       *[other] { $count } Zeilen ausgelassen.
    }
# $when: "15:02" today, else a day and time.
data-import-undo = Rückgängig: Sicherung von { $when } wiederherstellen
data-import-another = Weitere Datei importieren

## Import: the columns of a CSV table

data-csv-title = Welche Spalte was enthält
# $file: the file's name; $rows: its rows; $separator: the character between columns.
data-csv-file-facts = { $file }: { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    }, getrennt durch „{ $separator }“.
data-csv-file-facts-tabs = { $file }: { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    }, getrennt durch Tabulatoren.
data-csv-sample-caption = Die ersten Zeilen der Datei
data-csv-sample-empty = Die Datei hat unter ihrer Kopfzeile keine Zeilen.
data-csv-date-column = Datumsspalte
data-csv-date-format = Datumsangaben im Format
# $example: how such a date looks in the file.
data-csv-date-iso = Jahr-Monat-Tag ({ $example }), mit oder ohne Uhrzeit
data-csv-date-dmy-dots = Tag.Monat.Jahr ({ $example })
data-csv-date-dmy-slashes = Tag/Monat/Jahr ({ $example })
data-csv-date-mdy-slashes = Monat/Tag/Jahr ({ $example })
data-csv-date-dmy-dashes = Tag-Monat-Jahr ({ $example })
data-csv-date-ymd-slashes = Jahr/Monat/Tag ({ $example })
data-csv-other-columns = Die übrigen Spalten
data-csv-other-columns-hint = Messwerte werden als Zahlen gelesen (Bewertungen 0–10, Schlaf in Stunden); lassen Sie weg, wofür das Tagebuch keinen Platz hat.
data-csv-tag-separator = Schlagwörter getrennt durch
data-csv-preview = Zeigen, was importiert würde
# $measure: a measure's name, e.g. "Stress".
data-csv-rating = { $measure } (0–10)
data-csv-role-skip = Nicht importieren
data-csv-role-notes = Notizen
data-csv-role-tags = Schlagwörter
data-csv-problem-date = Wählen Sie die Spalte mit dem Datum.
data-csv-problem-nothing = Wählen Sie außer dem Datum mindestens eine Spalte zum Importieren.
data-csv-problem-separator = Geben Sie an, was die Schlagwörter trennt, z. B. ;
# $column: the column chosen first; $role: what it holds (a code); $label: its name as in the list.
data-csv-problem-twice = „{ $column }“ ist bereits für { $role ->
        [stress] Stress (0–10)
        [sleepHours] die Schlafdauer
        [sleepQuality] die Schlafqualität (0–10)
        [pain] Schmerz (0–10)
        [selfEsteem] den Selbstwert (0–10)
        [mood] die Stimmung (0–10)
        [anxiety] die Anspannung (0–10)
        [bodyAwareness] die Körperwahrnehmung (0–10)
        [notes] die Notizen
        [tags] die Schlagwörter
       *[other] { $label }
    } gewählt.

## Import: Daylio's moods

data-daylio-title = Daylio-Stimmungen
data-daylio-hint = Welcher Stimmung (0 = sehr gedrückt, 10 = sehr gut) jede Ihrer Daylio-Stimmungen entspricht.
# $label: a mood word from the person's Daylio file.
data-daylio-label = „{ $label }“
data-daylio-entries = ({ $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    })
data-daylio-no-mood = Keine Stimmung
# $labels: the quoted mood words still without a choice, as a list.
data-daylio-unmapped = Wählen Sie vor dem Import eine Stimmung für { $labels }; mit „Keine Stimmung“ werden diese Tage ohne Stimmung importiert.

## Backups

data-backup-title = Sicherungen
data-backup-intro = Die App sichert Ihr Tagebuch jeden Tag sowie vor einem Import oder Update. Beim Wiederherstellen geht Ihr jetziges Tagebuch nie verloren: Es bleibt in dieser Liste.
data-backup-list-failed = Die Sicherungen konnten nicht aufgelistet werden.
data-backup-loading = Ihre Sicherungen werden gesucht…
data-backup-status-demo = Das Beispiel-Tagebuch wird nicht gesichert.
data-backup-status-none = Noch keine Sicherung.
# $when: data-backup-when-…; $count: backups kept.
data-backup-status = Letzte Sicherung: { $when } ({ $count } aufbewahrt)
# $time: "08:14".
data-backup-when-today = heute um { $time }
data-backup-when-yesterday = gestern um { $time }
# $day: "Mon 23 Nov 2025".
data-backup-when-date = { $day }, { $time }
data-backup-now = Jetzt sichern
data-backup-to-folder = In einen Ordner sichern…
data-backup-busy = Wird gesichert…
data-backup-folder = Sicherungen werden gespeichert in
data-backup-list = Sicherungen, neueste zuerst
data-backup-kind-daily = Tägliche Sicherung
data-backup-kind-manual = Von Ihnen gesichert
data-backup-kind-replaced = Ihr Tagebuch vor einer Wiederherstellung
data-backup-kind-before-update = Vor einem App-Update
data-backup-kind-before-import = Vor einem Import
data-backup-contents = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }, { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    }
data-backup-contents-unknown = Inhalt unbekannt
# $problem: why the file cannot be restored.
data-backup-cannot-restore = Kann nicht wiederhergestellt werden: { $problem }
data-backup-restore-button = Wiederherstellen…
data-backup-restore-label = Sicherung von { $when } wiederherstellen…
data-backup-restoring = Wird wiederhergestellt…
data-backup-first = Die erste Sicherung entsteht heute, während die App geöffnet ist – oder sofort mit „Jetzt sichern“.
# $file: the backup's file name.
data-backup-done = Gesichert: { $file }.
# $path: where the copy was saved.
data-backup-done-folder = Kopie gespeichert unter { $path }.
data-backup-restored = Die Sicherung von { $when } wurde wiederhergestellt. Ihr bisheriges Tagebuch steht in der Liste unten als „{ data-backup-kind-replaced }“, sodass Sie es zurückholen können.
data-backup-confirm-title = Diese Sicherung wiederherstellen?
data-backup-confirm = Wiederherstellen
data-backup-confirm-cancel = Mein Tagebuch so lassen
# $contents: data-backup-contents.
data-backup-confirm-text = Ihr Tagebuch wird auf die Sicherung von { $when } zurückgesetzt ({ $contents }).
data-backup-confirm-kept = Das jetzige Tagebuch wird nicht gelöscht: Es bleibt in der Liste der Sicherungen als „{ data-backup-kind-replaced }“, sodass Sie es zurückholen können.

## Sizes of files. $size is already written in the language ("1,5").

data-size-bytes = { $count ->
        [one] { $count } Byte
       *[other] { $count } Bytes
    }
data-size-kb = { $size } KB
data-size-mb = { $size } MB
data-size-gb = { $size } GB
