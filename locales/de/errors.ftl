### What the app says when something cannot be done: refused input, files that cannot be read,
### an encrypted or damaged journal. Variables named `label`, `reason`, `context`, `problem`,
### `warning` and `what` are messages of the catalogue themselves, already in words.

## The journal and its storage

error-stale-version = Dieser Eintrag wurde inzwischen anderswo geändert – laden Sie ihn neu, um den aktuellen Stand zu sehen, bevor Sie erneut speichern.
error-newer-schema = Dieses Tagebuch ({ $path }) wurde von einer neueren Version von Resilience Journal geschrieben (Format { $found }; diese Version kennt bis Format { $supported }). Es wurde nicht verändert – bitte aktualisieren Sie die App, um es zu öffnen.
error-damaged = Die Tagebuchdatei { $path } ist beschädigt oder kein Tagebuch ({ $detail }). Sie wurde nicht verändert.
error-damaged-moved-aside = { $problem } Sie wurde unverändert nach { $path } verschoben. Es wurde nichts gelöscht.
error-damaged-not-moved = { $problem } (Sie konnte nicht verschoben werden: { $reason })
error-locked = Dieses Tagebuch ist verschlüsselt: Es öffnet sich mit seiner Passphrase, dem Schlüsselbund des Systems oder seinem Wiederherstellungsschlüssel.
error-wrong-key = Dieser Schlüssel öffnet das Tagebuch { $path } nicht. Es wurde nichts verändert; versuchen Sie es mit dem Wiederherstellungsschlüssel.
error-wrong-passphrase = Diese Passphrase öffnet das Tagebuch nicht. Prüfen Sie die Feststelltaste und versuchen Sie es noch einmal, oder nutzen Sie Ihren Wiederherstellungsschlüssel.
error-disk-full = Der Speicher ist voll, daher wurde nichts gespeichert. Schaffen Sie etwas Platz und versuchen Sie es noch einmal.
error-read-only = In das Tagebuch kann nicht geschrieben werden (es ist schreibgeschützt), daher wurde nichts gespeichert.
error-busy = Das Tagebuch wird gerade von einem anderen Programm benutzt. Versuchen Sie es gleich noch einmal.
error-database = Das Tagebuch konnte nicht gelesen oder geschrieben werden: { $detail }
error-io = Eine Datei konnte nicht gelesen oder geschrieben werden: { $detail }

## Opening, locking and switching

error-journal-locked = Ihr Tagebuch ist verschlüsselt. Geben Sie seinen Wiederherstellungsschlüssel ein, um es zu öffnen.
error-journal-locked-passphrase = Ihr Tagebuch ist verschlüsselt. Geben Sie seine Passphrase oder seinen Wiederherstellungsschlüssel ein, um es zu öffnen.
error-journal-locked-because = Ihr Tagebuch ist verschlüsselt. { $problem } Geben Sie seinen Wiederherstellungsschlüssel ein, um es zu öffnen.
error-journal-locked-passphrase-because = Ihr Tagebuch ist verschlüsselt. { $problem } Geben Sie seine Passphrase oder seinen Wiederherstellungsschlüssel ein, um es zu öffnen.
error-lock-key-does-not-fit = Der für dieses Tagebuch aufbewahrte Schlüssel öffnet es nicht. Nutzen Sie Ihren Wiederherstellungsschlüssel.
error-lock-no-key-file = Die Datei, die festhält, wie der Schlüssel dieses Tagebuchs aufbewahrt wird, fehlt (etwa nachdem das Tagebuch auf einen anderen Computer umgezogen ist).
error-lock-keychain-holds-other = Der Schlüsselbund des Systems enthält etwas anderes als den Schlüssel dieses Tagebuchs.
error-lock-not-in-keychain = Der Schlüssel dieses Tagebuchs ist nicht (mehr) im Schlüsselbund des Systems.
error-journal-not-open-because = Das Tagebuch ist nicht geöffnet: { $reason }
error-journal-not-open = Das Tagebuch ist nicht geöffnet.
error-journal-not-opened-yet = Noch nicht geöffnet.
error-journal-switching = Das Tagebuch wird gewechselt.
error-journal-being-replaced = Das Tagebuch wird gerade ersetzt.
error-journal-not-locked = Das Tagebuch ist nicht gesperrt.
error-recover-while-open = Das Tagebuch ist geöffnet; stellen Sie eine Sicherung stattdessen unter „Daten“ wieder her.
error-demo-not-encrypted = Das Demo-Tagebuch wird nie verschlüsselt.
error-demo-not-encrypted-go-back = Das Demo-Tagebuch wird nie verschlüsselt. Wechseln Sie zuerst zurück zu Ihrem Tagebuch.

## Encryption

error-already-encrypted = Das Tagebuch ist bereits verschlüsselt.
error-not-encrypted = Das Tagebuch ist nicht verschlüsselt.
error-journal-already-encrypted = Dieses Tagebuch ist bereits verschlüsselt.
error-journal-not-encrypted = Dieses Tagebuch ist nicht verschlüsselt.
error-key-in-keychain = Der Schlüssel dieses Tagebuchs liegt im Schlüsselbund des Systems, nicht hinter einer Passphrase.
error-no-pending-key = Beginnen Sie noch einmal mit „Mein Tagebuch verschlüsseln“: Es wurde noch kein Wiederherstellungsschlüssel erstellt.
error-other-recovery-key = Das ist nicht der Wiederherstellungsschlüssel aus dem vorigen Schritt. Gehen Sie zurück und kopieren oder tippen Sie genau diesen.
error-weak-passphrase = Wählen Sie eine stärkere Passphrase. { $warning }
error-weak-passphrase-guessable = Wählen Sie eine stärkere Passphrase. Diese wäre zu leicht zu erraten.
error-keychain-changed = Der Schlüsselbund des Systems hat den Schlüssel nicht so zurückgegeben, wie er gespeichert wurde.
error-no-passphrase-file = Die Datei, die den Schlüssel der Passphrase aufbewahrt, fehlt: Nutzen Sie den Wiederherstellungsschlüssel.
error-step-wrong-key = Dieser Schlüssel öffnet das Tagebuch nicht. Prüfen Sie ihn und versuchen Sie es noch einmal; es wurde nichts verändert.
error-wrong-recovery-key = Dieser Wiederherstellungsschlüssel öffnet dieses Tagebuch nicht. Vielleicht gehört er zu einem anderen Tagebuch; es wurde nichts verändert.
error-recovery-key-length = Ein Wiederherstellungsschlüssel hat { $expected } Buchstaben und Ziffern; dieser hat { $count }. Prüfen Sie, ob keiner fehlt.
error-recovery-key-character = Ein Wiederherstellungsschlüssel besteht nur aus den Ziffern 0–9 und den Buchstaben A–Z ohne I, L, O und U; „{ $character }“ gehört nicht dazu.
error-recovery-key-typo = Dieser Wiederherstellungsschlüssel enthält einen Tippfehler: Vergleichen Sie ihn Zeichen für Zeichen mit dem gespeicherten.
error-keychain-unavailable = Der Schlüsselbund des Systems ist auf diesem Computer nicht verfügbar ({ $detail }).
error-keychain-locked = Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn (zum Beispiel, indem Sie sich neu anmelden) und versuchen Sie es noch einmal.
error-keychain-not-persistent = Der Schlüsselbund des Systems bewahrt hier Geheimnisse nur bis zur Abmeldung auf ({ $detail }), daher kann er den Schlüssel Ihres Tagebuchs nicht aufbewahren.
error-keychain-other = Der Schlüsselbund des Systems meldet ein Problem: { $detail }

## Names of what a message is about

error-measure = { $measure ->
    [stress] Stress
    [sleepHours] Schlafdauer
    [sleepQuality] Schlafqualität
    [pain] Schmerz
    [selfEsteem] Selbstwert
    [mood] Stimmung
    [anxiety] Anspannung
    [bodyAwareness] Körperwahrnehmung
    [stressBefore] Stress vorher
    [stressAfter] Stress nachher
    [painBefore] Schmerz vorher
    [painAfter] Schmerz nachher
   *[index] Resilienz-Index
}
error-label-notes = Notizen
error-label-tag = Schlagwort „{ $name }“
error-label-kind-other = Art der Massage
error-label-therapist = Name der Therapeut:in
error-label-place = Ort
error-label-search = Suche
error-label-check-in-time = Uhrzeit für den Check-in
error-label-evening-before-time = Uhrzeit für den Vorabend
error-label-quiet-start = Beginn der Ruhezeit
error-label-quiet-end = Ende der Ruhezeit

## Check-ins, sessions, settings

error-rating = { $label }: bitte eine ganze Zahl von 0 bis 10 (eingegeben: { $value }).
error-text-too-long = { $label }: höchstens { $max } Zeichen möglich, hier sind es { $count }.
error-text-control-character = { $label }: enthält ein unsichtbares Steuerzeichen; bitte entfernen Sie es.
error-date-form = „{ $text }“ ist kein Datum im Format JJJJ-MM-TT.
error-date-not-in-calendar = { $text } ist kein Tag im Kalender.
error-date-too-early = { $day } liegt zu weit zurück; das Tagebuch beginnt 1900.
error-date-in-future = { $day } liegt in der Zukunft; einchecken können Sie für heute oder frühere Tage.
error-date-time-form = „{ $text }“ ist kein Datum mit Uhrzeit im Format JJJJ-MM-TTTHH:MM.
error-range-reversed = Der Zeitraum endet ({ $to }), bevor er beginnt ({ $from }).
error-check-in-empty = Fügen Sie vor dem Speichern mindestens eine Bewertung oder eine Notiz hinzu.
error-entry-version = Die Version des Eintrags muss 1 oder höher sein.
error-tag-empty = Ein Schlagwort braucht mindestens einen Buchstaben oder eine Ziffer.
error-too-many-tags = Ein Tag kann höchstens { $max } Schlagwörter haben.
error-sleep-hours-range = Die Schlafdauer muss zwischen 0 und 24 Stunden liegen (eingegeben: { $value }).
error-sleep-hours-quarters = Schlaf wird in Viertelstunden gezählt, etwa 7, 7,25 oder 7,5 (eingegeben: { $value }).
error-no-entry = Für { $day } gibt es keinen Eintrag.
error-no-entry-to-delete = Für { $day } gibt es keinen Eintrag zum Löschen.
error-no-entry-to-restore = Für { $day } gibt es keinen gelöschten Eintrag zum Wiederherstellen.
error-session-skipped-hour = { $start } gibt es in Ihrer Zeitzone nicht: Bei der Umstellung auf Sommerzeit wird diese Stunde übersprungen. Wählen Sie eine Uhrzeit außerhalb davon.
error-session-done-in-future = Eine Sitzung, die am { $start } beginnt, hat noch nicht stattgefunden und kann daher nicht als erledigt markiert werden; lassen Sie sie geplant oder korrigieren Sie den Beginn.
error-session-new-with-version = Eine neue Sitzung hat noch keine Version.
error-session-version = Die Version der Sitzung muss 1 oder höher sein.
error-session-id = „{ $text }“ ist keine Sitzungs-ID.
error-session-start-form = „{ $text }“ ist kein Beginn im Format JJJJ-MM-TTTHH:MM.
error-session-time = { $text } ist keine Uhrzeit (00:00 bis 23:59).
error-kind-other-missing = Benennen Sie die Art der Massage (bis zu 60 Zeichen).
error-kind-other-not-allowed = Nur die Art „Andere“ bekommt einen eigenen Namen; lassen Sie das Feld bei dieser Art leer.
error-duration = Die Dauer muss eine ganze Zahl von 1 bis 600 Minuten sein (eingegeben: { $value }).
error-cost = Die Kosten müssen zwischen 0 und 1.000.000 liegen (eingegeben: { $cents } Cent).
error-session-gone = Diese Sitzung wurde gelöscht oder hat nie existiert und kann daher nicht geändert werden.
error-no-session = Diese Sitzung gibt es nicht.
error-no-session-to-delete = Diese Sitzung gibt es nicht, sie kann nicht gelöscht werden.
error-no-session-to-restore = Es gibt keine gelöschte Sitzung zum Wiederherstellen.
error-currency = Die Währung ist ein Code aus drei Buchstaben wie EUR, USD oder GBP.
error-day-boundary = Der Tag beginnt zu einer Uhrzeit zwischen 00:00 und 06:00, etwa 04:00.
error-language = Die Sprache ist „system“ oder ein Sprachcode wie de.
error-search-range-reversed = Der Zeitraum endet, bevor er beginnt.
error-search-choose-measure = Wählen Sie, auf welchen Wert sich der Bereich bezieht.
error-search-value-range = Der Bereich muss zwischen 0 und { $max } liegen.
error-search-max-below-min = Das obere Ende des Bereichs liegt unter dem unteren.

## Reminders

error-reminder-no-weekday = Wählen Sie mindestens einen Tag für die Check-in-Erinnerung, oder schalten Sie sie aus.
error-reminder-cadence = Die Erinnerung, eine Massage zu buchen, kann alle 1 bis 365 Tage kommen (eingegeben: { $value }).
error-reminder-lead = Die Erinnerung vor einer Sitzung kann 5 Minuten bis 7 Tage (10080 Minuten) vorher kommen (eingegeben: { $value } Minuten).
error-quiet-hours-empty = Die Ruhezeit muss zu einer anderen Uhrzeit enden, als sie beginnt.
error-check-in-in-quiet-hours = { $time } liegt in Ihrer Ruhezeit ({ $start } bis { $end }), die Check-in-Erinnerung würde also nie erscheinen. Wählen Sie eine Uhrzeit außerhalb oder ändern Sie die Ruhezeit.
error-time-of-day = { $label }: bitte eine Uhrzeit wie 20:30, von 00:00 bis 23:59 (eingegeben: „{ $text }“).
error-snooze-past = Eine Erinnerung kann nur auf einen späteren Zeitpunkt verschoben werden.
error-snooze-too-long = Eine Erinnerung kann höchstens um { $max ->
        [one] { $max } Tag
       *[other] { $max } Tage
    } verschoben werden.
error-snooze-needs-time = Für „Später erinnern“ braucht es einen Zeitpunkt; nutzen Sie dafür „Später erinnern“.
error-snooze-choose-time = Wählen Sie, wann die Erinnerung wiederkommen soll.
error-reminder-outcome = Eine Erinnerung wird mit „dismissed“ oder „acted“ beantwortet.
error-reminder-not-found = Diese Erinnerung steht nicht mehr im Protokoll.
error-booking-in-past = Eine gebuchte Sitzung beginnt später als jetzt.
error-no-planned-sessions = Es gibt keine geplanten Sitzungen für einen Kalender.
error-autostart = Der Computer hat die Änderung nicht übernommen: { $detail }
error-autostart-unavailable = „Mit dem Computer starten“ ist nur für das Tagebuch an seinem üblichen Speicherort verfügbar.

## Charts

error-chart-range-reversed = Der Zeitraum beginnt ({ $from }) nach seinem Ende ({ $to }).
error-chart-no-measure = Wählen Sie mindestens einen Wert für das Diagramm.
error-chart-too-many-measures = Ein Diagramm zeigt höchstens { $max } Werte; angefragt waren { $count }.
error-chart-measure-twice = { $label } ist doppelt angefragt.
error-chart-range-too-long = Ein Diagramm umfasst höchstens 100 Jahre; wählen Sie einen kürzeren Zeitraum.
error-chart-range-form = Der Zeitraum muss {"{"} from, to {"}"} mit Tagen im Format JJJJ-MM-TT sein.
error-chart-range-form-detail = Der Zeitraum muss {"{"} from, to {"}"} mit Tagen im Format JJJJ-MM-TT sein: { $detail }.
error-chart-file-kind = Ein Diagramm wird als „png“, „csv“ oder „effect-csv“ gespeichert.
error-picture-data-url = Das Bild muss als PNG-Data-URL ankommen.
error-picture-not-data-url = Das Bild muss eine PNG-Data-URL sein (data:image/png;base64,…).
error-picture-too-large = Das Bild ist zu groß zum Speichern.
error-picture-unreadable = Das Bild konnte nicht gelesen werden: { $detail }.
error-picture-not-png = Das Bild ist kein PNG.

## Files, folders, backups

error-path-no-folder = Wählen Sie eine Datei in einem Ordner.
error-path-is-folder = { $path } ist ein Ordner, keine Datei.
error-path-exists = { $path } gibt es bereits; wählen Sie eine neue Datei.
error-save-with-dialog = Wählen Sie im Speichern-Dialog, wo die Datei gespeichert werden soll.
error-choose-with-dialog = Wählen Sie die Datei oder den Ordner über den Dialog.
error-not-a-folder = { $path } ist kein Ordner.
error-backup-is-journal = Das ist das Tagebuch selbst, keine Sicherung.
error-no-journal-to-back-up = Unter { $path } gibt es kein Tagebuch zum Sichern.
error-backup-missing = Die Sicherung { $path } gibt es nicht.
error-backup-encrypted-journal-not = Diese Sicherung ist verschlüsselt, das Tagebuch aber nicht: Schalten Sie zuerst die Verschlüsselung mit ihrem Wiederherstellungsschlüssel ein, oder öffnen Sie sie mit dem Wiederherstellungsschlüssel.
error-backup-other-key = Diese Sicherung ist mit einem anderen Schlüssel verschlüsselt als das Tagebuch und kann hier nicht wiederhergestellt werden.

## Importing

error-import-not-a-file = Diese Datei lässt sich nicht importieren. Wählen Sie eine JSON- oder CSV-Datei.
error-import-too-large = Die Datei ist { $size } MB groß; ein Import kann höchstens { $max } MB lesen. Es wurde nichts importiert.
error-import-utf16 = Die Datei ist als UTF-16 gespeichert. Speichern Sie sie als UTF-8 (die übliche Wahl für CSV und JSON) und versuchen Sie es noch einmal.
error-import-empty = Die Datei ist leer.
error-import-binary = Das ist keine Textdatei: Zeile { $line }, Spalte { $column } enthält Binärdaten.
error-import-not-utf8 = Die Datei ist kein UTF-8-Text: Zeile { $line }, Spalte { $column } enthält ein Zeichen in einer anderen Kodierung. Speichern Sie die Datei als UTF-8 und versuchen Sie es noch einmal.
error-import-policy = Wählen Sie, was mit Tagen geschehen soll, die Sie schon haben: meine behalten, ihre übernehmen oder die neueren behalten.
error-import-not-an-export = Diese JSON-Datei ist kein Export von Resilience Journal (ihr fehlt "format": "resilience-journal").
error-import-no-version = Dieser Export hat keine gültige "version" und kann daher nicht sicher gelesen werden.
error-import-newer-version = Dieser Export stammt von einer neueren Version von Resilience Journal (Formatversion { $found }; diese Version liest bis { $supported }). Aktualisieren Sie die App, um ihn zu importieren. Es wurde nichts importiert.
error-import-same-day = Die Check-ins { $first } und { $second } gelten beide für den { $day }.
error-import-same-session-id = Eine andere Sitzung hat dieselbe ID.
error-import-same-tag = Das Schlagwort steht doppelt in der Liste.
error-import-tag-id = Die ID des Schlagworts ist keine UUID.
error-import-version = Die Version muss 1 oder höher sein (eingegeben: { $value }).
error-import-timestamp = „{ $text }“ ist kein Datum mit Uhrzeit (RFC 3339).
error-json-cut-off = Die Datei endet zu früh (Zeile { $line }, Spalte { $column }): Vielleicht wurde sie abgeschnitten.
error-json-syntax = Zeile { $line }, Spalte { $column }: Das ist kein gültiges JSON ({ $detail }).
error-json-data = Zeile { $line }, Spalte { $column }: { $detail }.
error-file-unreadable = Die Datei konnte nicht gelesen werden: { $detail }.
error-csv-column-twice = Zeile 1: Die Spalte „{ $name }“ kommt zweimal vor.
error-csv-field-count = { $count ->
    [one] Zeile { $line } hat { $count } Feld, die Kopfzeile aber { $expected }. Die Datei ist vielleicht abgeschnitten oder beschädigt.
   *[other] Zeile { $line } hat { $count } Felder, die Kopfzeile aber { $expected }. Die Datei ist vielleicht abgeschnitten oder beschädigt.
}
error-csv-line-unreadable = Zeile { $line } kann nicht gelesen werden: { $detail }.
error-csv-unreadable = Die Datei kann nicht als CSV gelesen werden: { $detail }.
error-csv-column-missing = Die Spalte „{ $name }“ gibt es in der Datei nicht (Zeile 1 enthält: { $columns }).
error-csv-measure-twice = Nur eine Spalte kann „{ $label }“ enthalten.
error-csv-day-again = Zeile { $line }: { $day } kommt noch einmal vor (zuerst in Zeile { $first }).
error-csv-rating = Bewertungen sind ganze Zahlen von 0 bis 10 (eingegeben: { $value }).
error-date-not-in-format = „{ $text }“ ist kein Datum im gewählten Format ({ $format }).
error-not-a-number = „{ $text }“ ist keine Zahl.
error-daylio-mood-range = Die Stimmung für „{ $label }“ muss zwischen 0 und 10 liegen.
error-daylio-not-an-export = Das ist kein Daylio-Export: Zeile 1 hat keine Spalte „{ $missing }“ (sie enthält: { $columns }).
error-daylio-unmapped-mood = Wählen Sie vor dem Import eine Stimmung für „{ $label }“ ({ $count }-mal verwendet), oder importieren Sie es ohne Stimmung.
error-daylio-year = „{ $text }“ ist keine Jahreszahl wie 2018.
error-daylio-date = „{ $text }“ ist kein Tag im Jahr { $year } wie „18 May“.
# $actual: the weekday of that date (monday … sunday); $written: the one in the file.
error-daylio-weekday = Der { $date } { $year } war ein { $actual ->
        [monday] Montag
        [tuesday] Dienstag
        [wednesday] Mittwoch
        [thursday] Donnerstag
        [friday] Freitag
        [saturday] Samstag
       *[sunday] Sonntag
    }, nicht „{ $written }“.
error-in-context = { $context }: { $reason }
error-context-check-in = Check-in { $number } ({ $day })
error-context-session = Sitzung { $number } ({ $start })
error-context-tag = Schlagwort { $number } ({ $name })
error-context-settings = Einstellungen
error-context-reminder-settings = Einstellungen der Erinnerungen
error-context-cell = Zeile { $line }, Spalte „{ $column }“
error-context-line-day = Zeile { $line } ({ $day })
error-skipped-no-value = { $day } hat keinen Wert zum Importieren.
error-skipped-only-activities = { $day } hat weder Stimmung noch Notiz, nur Aktivitäten – die allein kann ein Tag nicht aufnehmen.
error-warning-sleep-rounded = { $count ->
    [one] { $count } Schlafdauer wurde auf die nächste Viertelstunde gerundet.
   *[other] { $count } Schlafdauern wurden auf die nächste Viertelstunde gerundet.
}
error-warning-columns-ignored = Diese Spalten werden nicht importiert: { $columns }.
error-import-summary =
    { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }, { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    }, { $conflicts ->
        [one] { $conflicts } Konflikt
       *[other] { $conflicts } Konflikte
    }

## Command arguments the app could not read

error-payload = Nicht lesbar – { $what }: { $detail }.
error-payload-at = Nicht lesbar – { $what }: { $path }: { $detail }.
error-payload-missing = Nicht lesbar – { $what }: `{ $name }` fehlt.
error-payload-chart-query = Diagrammabfrage
error-payload-check-in = Check-in
error-payload-encryption-request = Verschlüsselungsanfrage
error-payload-export = Export
error-payload-import-source = Importquelle
error-payload-page-timings = Seitenzeiten
error-payload-recovery-choice = Wiederherstellungswahl
error-payload-reminder-settings = Einstellungen der Erinnerungen
error-payload-search = Suche
error-payload-session = Sitzung
error-payload-settings = Einstellungen
error-payload-unlock-secret = Entsperrgeheimnis
# $expected: text, textOrNull, flag or value; $got: null, flag, number, text, list or object.
error-argument-missing = Das Argument `{ $name }` fehlt; es muss { $expected ->
        [text] Text
        [textOrNull] Text oder null
        [flag] true oder false
       *[value] ein Wert
    } sein.
error-argument-wrong = Das Argument `{ $name }` muss { $expected ->
        [text] Text
        [textOrNull] Text oder null
        [flag] true oder false
       *[value] ein Wert
    } sein, ist aber { $got ->
        [null] null
        [flag] true oder false
        [number] eine Zahl
        [text] Text
        [list] eine Liste
       *[object] ein Objekt
    }.
error-profile-timings = Unlesbare Seitenzeiten.
error-profile-mark = Unbekannter Messpunkt.
