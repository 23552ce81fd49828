### Screens shown instead of the app: the journal could not start or open, waits for its key,
### or was damaged and needs a replacement.

unlock-start-failed-title = Resilience Journal konnte nicht starten
unlock-start-failed-body = Der Teil der App, der Ihr Tagebuch verwaltet, hat nicht geantwortet. Es wurde nichts verändert.
unlock-open-failed-title = Ihr Tagebuch konnte nicht geöffnet werden
unlock-newer-schema = Dieses Tagebuch wurde zuletzt mit einer neueren Version von Resilience Journal verwendet. Bitte aktualisieren Sie die App, um es zu öffnen. An der Datei wurde nichts verändert.
unlock-damaged = Die Tagebuchdatei konnte nicht gelesen werden. Sie bleibt genau so, wie sie ist; wenn Sie die App schließen, geht also nichts verloren. Im selben Ordner liegt vielleicht eine Sicherung.
unlock-stored-at = Ihr Tagebuch ist gespeichert unter

unlock-title = Tagebuch entsperren
unlock-keychain-failed = Ihr Tagebuch ist mit einem Schlüssel verschlüsselt, der im Schlüsselbund des Systems liegt, doch der Schlüssel konnte nicht gelesen werden.
unlock-passphrase-intro = Ihr Tagebuch ist verschlüsselt. Geben Sie Ihre Passphrase ein, um es zu öffnen.
unlock-no-key-here = Ihr Tagebuch ist verschlüsselt, aber auf diesem Computer gibt es nichts, womit es sich öffnen lässt – zum Beispiel, weil es von einem anderen Computer hierher verschoben wurde. Geben Sie den Wiederherstellungsschlüssel ein, den Sie beim Verschlüsseln aufbewahrt haben, oder fügen Sie ihn ein.
unlock-recovery-key-intro = Geben Sie den Wiederherstellungsschlüssel ein, den Sie beim Verschlüsseln Ihres Tagebuchs aufbewahrt haben, oder fügen Sie ihn ein.
unlock-passphrase = Passphrase
unlock-recovery-key = Wiederherstellungsschlüssel
# The shape of a recovery key, shown in its empty field.
unlock-recovery-key-placeholder = XXXXX-XXXXX-…
unlock-recovery-key-hint = Buchstaben und Ziffern in Fünfergruppen; Leerzeichen und Bindestriche spielen keine Rolle.
unlock-unlock = Entsperren
unlock-unlocking = Wird entsperrt…
unlock-use-passphrase = Stattdessen die Passphrase verwenden
unlock-use-keychain = Stattdessen den Schlüsselbund des Systems versuchen
unlock-use-recovery-key = Stattdessen den Wiederherstellungsschlüssel verwenden
unlock-enter-passphrase = Geben Sie Ihre Passphrase ein.
unlock-enter-recovery-key = Geben Sie Ihren Wiederherstellungsschlüssel ein oder fügen Sie ihn ein.

unlock-recovery-body = Die Tagebuchdatei ist beschädigt und konnte nicht gelesen werden. Sie wurde unverändert beiseitegelegt – gelöscht wurde nichts –, damit Sie mit einer der folgenden Möglichkeiten weitermachen können.
unlock-moved-to = Die beschädigte Datei liegt jetzt unter
unlock-restore-title = Eine Sicherung wiederherstellen
unlock-looking-for-backups = Sicherungen werden gesucht…
unlock-no-backups = Von diesem Tagebuch gibt es noch keine Sicherungen.
unlock-restore = Wiederherstellen
# $when: when the backup was made, e.g. "yesterday 21:04".
unlock-restore-from = Sicherung wiederherstellen: { $when }
unlock-or = Oder
unlock-open-another = Andere Tagebuchdatei öffnen…
unlock-start-empty = Neues, leeres Tagebuch beginnen
unlock-file-stays = Wie auch immer Sie sich entscheiden: Die beschädigte Datei bleibt, wo sie ist.
# The kind of file in the file chooser.
unlock-file-kind = Resilience-Journal-Datei
