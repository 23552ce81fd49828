### Sync between the person's computers: the Sync card of Settings, and the messages the back end
### returns about sync (errors of the sync commands, problems in the sync status).

sync-title = Synchronisierung
sync-load-failed = Es konnte nicht geprüft werden, ob dieser Computer synchronisiert.
sync-try-again = Erneut versuchen
sync-checking = Wird geprüft…
sync-demo = Das Beispieltagebuch wird nie synchronisiert. Verlassen Sie die Demo, um Ihr eigenes Tagebuch zu synchronisieren.

## Sync off: what sync does, this computer's name, and the two ways in.
sync-status-off = Die Synchronisierung ist auf diesem Computer aus.
sync-intro-same = Dasselbe Tagebuch auf jedem Ihrer Computer, über einen Ordner, den Sie bereits synchronisieren: Syncthing, Dropbox, Nextcloud, OneDrive, iCloud Drive oder ein USB-Stick.
sync-intro-sealed = Alles, was die App in diesen Ordner legt, ist Ende-zu-Ende verschlüsselt: Ohne Ihren Sync-Code lässt sich darin nichts lesen.
sync-intro-private = Kein Konto und kein Server: Die App liest und schreibt in dem Ordner nur ihre eigenen Dateien.
sync-name = Name dieses Computers
sync-name-hint = Unter diesem Namen erscheint er auf Ihren anderen Computern.
sync-start-hint = Auf Ihrem ersten Computer: Wählen Sie den Sync-Ordner, und die App schreibt Ihr Tagebuch hinein. Danach erhalten Sie einen Sync-Code für Ihre anderen Computer.
sync-start = Synchronisierung auf diesem Computer einschalten…
sync-starting = Synchronisierung wird eingeschaltet…
sync-join-hint = Auf jedem weiteren Computer: Wählen Sie denselben Sync-Ordner und geben Sie den Sync-Code ein, der auf dem ersten angezeigt wird.
sync-join = Einem Tagebuch von einem anderen Computer beitreten…

## Joining: the folder, the code, then what will merge.
sync-join-title = Einem Tagebuch von einem anderen Computer beitreten
sync-join-intro = Wählen Sie den Ordner, in den Ihr anderer Computer synchronisiert, und geben Sie dann dessen Sync-Code ein oder fügen Sie ihn ein.
sync-folder = Sync-Ordner
sync-join-no-folder-yet = Noch kein Ordner gewählt.
sync-choose-folder = Sync-Ordner wählen…
sync-join-other-folder = Anderen Ordner wählen…
sync-choosing-folder = Wird gewählt…
sync-join-code = Sync-Code
sync-join-code-hint = Auf dem anderen Computer: Einstellungen → Synchronisierung → Sync-Code anzeigen. Leerzeichen und Bindestriche spielen keine Rolle.
sync-join-check = Code prüfen
sync-checking-code = Code wird geprüft…
sync-join-preview-title = Was beim Beitreten geschieht
sync-join-here = Auf diesem Computer
sync-join-in-folder = Im Sync-Ordner
# Followed by the names of the computers that sync into the folder.
sync-join-from = Von
sync-join-merge = Beide Tagebücher werden zu einem zusammengeführt, auf jedem Computer. Zuvor wird eine Sicherung dieses Tagebuchs angelegt.
sync-join-confirm = Beitreten und zusammenführen
sync-joining = Wird beigetreten…
sync-joining-note = Wird beigetreten… Zuerst wird eine Sicherung dieses Tagebuchs angelegt, dann werden beide Tagebücher zusammengeführt.
sync-cancel = Abbrechen
sync-join-no-folder = Wählen Sie den Ordner, in den Ihr anderer Computer synchronisiert.
sync-join-no-code = Geben Sie den Sync-Code ein, der auf Ihrem anderen Computer angezeigt wird, oder fügen Sie ihn ein.
# $days: days with a check-in; $sessions: massage sessions.
sync-counts = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }, { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    }

## Sync on or paused.
sync-status-on = Die Synchronisierung ist an.
sync-status-paused = Die Synchronisierung ist auf diesem Computer pausiert: Bis Sie sie fortsetzen, wird nichts aus dem Sync-Ordner gelesen oder hineingeschrieben.
# $when: one of sync-when-… below.
sync-last-synced = Zuletzt synchronisiert { $when }
sync-last-synced-never = Noch nicht synchronisiert
sync-computers = Computer
sync-this-computer = Dieser Computer
# $when: one of sync-when-… below.
sync-computer-last-seen = zuletzt gesehen { $when }
sync-computer-never-seen = noch nicht gesehen
sync-rename = Namen speichern
sync-renaming = Wird gespeichert…
sync-now = Jetzt synchronisieren
sync-syncing = Wird synchronisiert…
sync-pause = Synchronisierung pausieren
sync-pausing = Wird pausiert…
sync-resume = Synchronisierung fortsetzen
sync-resuming = Wird fortgesetzt…
sync-code-show = Sync-Code anzeigen
sync-code-getting = Code wird geholt…
sync-leave = Diesen Computer entfernen…
sync-leaving = Wird entfernt…
sync-newer-title = Aktualisieren Sie Resilience Journal auf diesem Computer
sync-newer-body = Ein anderer Computer verwendet eine neuere Version der App. Seine Änderungen bleiben im Sync-Ordner erhalten und werden hier übernommen, sobald Sie aktualisiert haben.

## When something happened, in local time ($time: "08:14"; $day: "Mon 23 Nov 2025").
sync-when-just-now = gerade eben
sync-when-minutes = { $count ->
        [one] vor { $count } Minute
       *[other] vor { $count } Minuten
    }
sync-when-today = heute um { $time }
sync-when-yesterday = gestern um { $time }
sync-when-date = am { $day }, { $time }

## The sync code.
sync-code-title = Sync-Code
sync-code-hint = Wählen Sie auf Ihrem anderen Computer Einstellungen → Synchronisierung → Einem Tagebuch von einem anderen Computer beitreten, und geben Sie diesen Code ein oder fügen Sie ihn ein.
sync-code-copy = Kopieren
sync-code-copied = Kopiert. Fügen Sie ihn auf Ihrem anderen Computer ein und leeren Sie danach die Zwischenablage.
sync-code-copy-failed = Kopieren hat hier nicht funktioniert: Der Code ist markiert, drücken Sie also Strg+C, um ihn zu kopieren.
sync-code-hide = Code ausblenden
sync-code-warning = Wer diesen Code und den Sync-Ordner hat, kann Ihr Tagebuch lesen. Behalten Sie ihn für sich.

## Removing this computer.
sync-leave-title = Diesen Computer aus der Synchronisierung entfernen?
sync-leave-body = Die Synchronisierung wird auf diesem Computer ausgeschaltet, und der Sync-Schlüssel wird hier vergessen.
sync-leave-kept = Nichts wird gelöscht: Ihr Tagebuch bleibt auf diesem Computer, wie es ist, und auf Ihren anderen Computern.
sync-leave-again = Um später wieder zu synchronisieren, treten Sie mit dem Sync-Code von einem Ihrer anderen Computer bei.
sync-leave-confirm = Diesen Computer entfernen
sync-leave-cancel = Weiter synchronisieren

## What just happened.
sync-done-started = Die Synchronisierung ist an. Nehmen Sie den Sync-Code unten zu Ihren anderen Computern mit.
sync-done-joined = Dieser Computer ist beigetreten. Beide Tagebücher sind zusammengeführt; zuvor wurde eine Sicherung dieses Tagebuchs angelegt.
sync-done-now = Der Sync-Ordner wurde geprüft.
sync-done-paused = Die Synchronisierung ist pausiert.
sync-done-resumed = Die Synchronisierung ist wieder an.
sync-done-renamed = Der Name ist gespeichert; Ihre anderen Computer zeigen ihn nach ihrer nächsten Synchronisierung.
sync-done-left = Dieser Computer synchronisiert nicht mehr. Ihr Tagebuch ist weiterhin hier.

## Errors of the sync commands (from the back end).
# $count: characters typed; $expected: characters a sync code has.
error-sync-code-length = Ein Sync-Code hat { $expected } Buchstaben und Ziffern; dieser hat { $count }. Prüfen Sie, ob keiner fehlt.
error-sync-code-character = Ein Sync-Code besteht nur aus den Ziffern 0–9 und den Buchstaben A–Z ohne I, L, O und U; „{ $character }“ gehört nicht dazu.
error-sync-code-typo = Dieser Sync-Code enthält einen Tippfehler: Vergleichen Sie ihn Zeichen für Zeichen mit dem auf Ihrem anderen Computer.
error-sync-code-wrong = Dieser Code öffnet das Tagebuch in diesem Sync-Ordner nicht. Prüfen Sie ihn auf dem anderen Computer: Einstellungen → Synchronisierung → Sync-Code anzeigen.
error-sync-no-journal = In diesem Ordner gibt es noch kein synchronisiertes Tagebuch. Wählen Sie den Ordner, in den Ihr anderer Computer synchronisiert, oder schalten Sie die Synchronisierung zuerst dort ein.
error-sync-folder-missing = Der Sync-Ordner fehlt — ist der USB-Stick eingesteckt, oder wurde der Ordner verschoben?
error-sync-not-a-folder = Das ist eine Datei, kein Ordner. Wählen Sie einen Ordner.
error-sync-demo = Das Beispieltagebuch wird nie synchronisiert.
error-sync-already-on = Dieser Computer synchronisiert bereits.
error-sync-off = Die Synchronisierung ist auf diesem Computer aus.
error-sync-name-empty = Geben Sie diesem Computer einen Namen, damit Sie Ihre Computer auseinanderhalten können.
# $max: the most characters a name may have.
error-sync-name-long = Der Name eines Computers darf höchstens { $max } Zeichen haben.
# $detail: what the system said.
error-sync-folder-io = Der Sync-Ordner konnte nicht gelesen oder beschrieben werden: { $detail }
error-sync-key-missing = Der Sync-Schlüssel dieses Computers ist nicht mehr im Schlüsselbund des Systems. Entfernen Sie diesen Computer aus der Synchronisierung und treten Sie dann mit dem Sync-Code wieder bei.
error-sync-journal-folder = Der Sync-Ordner liegt im eigenen Datenordner der App. Wählen Sie einen anderen Ordner.

## Problems shown while sync is on (from the back end).
sync-problem-folder-missing = Der Sync-Ordner fehlt — ist der USB-Stick eingesteckt, oder wurde der Ordner verschoben?
# $count: files in the sync folder that could not be opened.
sync-problem-unreadable-files = { $count ->
        [one] { $count } Datei im Sync-Ordner lässt sich noch nicht öffnen: Vielleicht kopiert Ihr Sync-Programm sie noch, oder sie ist beschädigt. Sie wird später erneut versucht.
       *[other] { $count } Dateien im Sync-Ordner lassen sich noch nicht öffnen: Vielleicht kopiert Ihr Sync-Programm sie noch, oder sie sind beschädigt. Sie werden später erneut versucht.
    }
sync-problem-newer-version = Ein anderer Computer verwendet ein neueres Resilience Journal. Seine Änderungen bleiben erhalten und werden übernommen, sobald Sie aktualisieren: Aktualisieren Sie Resilience Journal auf diesem Computer.
# $detail: what the system said.
sync-problem-folder-io = Der Sync-Ordner konnte nicht gelesen oder beschrieben werden: { $detail }
sync-problem-key-missing = Der Sync-Schlüssel dieses Computers ist nicht mehr im Schlüsselbund des Systems. Entfernen Sie diesen Computer aus der Synchronisierung und treten Sie dann mit dem Sync-Code wieder bei.
