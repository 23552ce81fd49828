### Encryption at rest: the Encryption card of Settings and the "Encrypt my journal" dialog.

encryption-title = Verschlüsselung
encryption-intro = Die Verschlüsselung macht Ihre Tagebuchdatei, ihr Write-Ahead-Log und ihre Sicherungen ohne Ihren Schlüssel unlesbar, etwa wenn der Computer oder eine Sicherungsfestplatte gestohlen wird. Sie schützt weder Ihre Exporte, die gewöhnliche Dateien sind, noch das, was die App während des Betriebs im Arbeitsspeicher hält, noch Bildschirmfotos.
encryption-load-failed = Es konnte nicht geprüft werden, ob Ihr Tagebuch verschlüsselt ist.
encryption-try-again = Erneut versuchen
encryption-checking = Wird geprüft…
encryption-demo = Das Beispieltagebuch wird nie verschlüsselt: Es enthält keine persönlichen Daten. Verlassen Sie die Demo, um Ihr eigenes Tagebuch zu verschlüsseln.
encryption-start = Mein Tagebuch verschlüsseln…

## The status line.
encryption-status-plain = Nicht verschlüsselt.
encryption-status-keychain = Verschlüsselt — der Schlüssel liegt im Schlüsselbund des Systems.
encryption-status-passphrase = Verschlüsselt — die Passphrase wird bei jedem Start abgefragt.
encryption-status-recovery-only = Verschlüsselt — dieser Computer bewahrt keinen Schlüssel auf: Ihr Wiederherstellungsschlüssel öffnet es.

## The unencrypted copy kept after encrypting, and turning encryption off ($date: "Tuesday 2 December").
encryption-plain-copy-kept = Eine unverschlüsselte Kopie wird bis { $date } aufbewahrt, falls etwas schiefgegangen ist.
encryption-delete-copy = Die unverschlüsselte Kopie jetzt löschen
encryption-deleting = Wird gelöscht…
encryption-turn-off = Verschlüsselung ausschalten…
encryption-turning-off = Verschlüsselung wird ausgeschaltet…
encryption-forget-title = Die unverschlüsselte Kopie löschen?
encryption-forget-confirm = Kopie löschen
encryption-forget-cancel = Vorerst behalten
# Followed by the copy's path.
encryption-forget-now = Die unverschlüsselte Kopie wird jetzt gelöscht statt am { $date }:
encryption-forget-body = Ihr verschlüsseltes Tagebuch bleibt, wie es ist. Tun Sie dies, sobald Sie gesehen haben, dass sich Ihr Tagebuch öffnet und alles stimmt.
encryption-decrypt-title = Verschlüsselung ausschalten?
encryption-decrypt-confirm = Verschlüsselung ausschalten
encryption-decrypt-cancel = Verschlüsselt lassen
encryption-decrypt-body = Ihre Tagebuchdatei wird für alle lesbar, die Zugriff auf diesen Computer oder auf eine Kopie der Datei haben. Ihr Schlüssel wird zum Öffnen nicht mehr gebraucht.
encryption-decrypt-again = Sie können es jederzeit wieder verschlüsseln.
encryption-done-encrypted = Ihr Tagebuch ist verschlüsselt.
encryption-done-decrypted = Die Verschlüsselung ist aus: Ihr Tagebuch wird wieder unverschlüsselt gespeichert.
encryption-done-forgotten = Die unverschlüsselte Kopie ist gelöscht.

## The dialog, step 1: how the key is kept.
encryption-flow-title = Ihr Tagebuch verschlüsseln
encryption-flow-step = Schritt { $step } von { $steps }
encryption-method-question = Wie soll der Schlüssel aufbewahrt werden?
encryption-method-keychain = Schlüsselbund des Systems (öffnet automatisch)
encryption-method-keychain-hint = Der Schlüsselbund Ihres Systems bewahrt den Schlüssel auf, und das Tagebuch öffnet sich von selbst, solange Sie angemeldet sind.
encryption-method-passphrase = Passphrase bei jedem Start
encryption-method-passphrase-hint = Nichts, was das Tagebuch öffnet, bleibt auf diesem Computer: Sie geben die Passphrase bei jedem Start der App ein.
encryption-passphrase = Passphrase
encryption-repeat = Passphrase wiederholen
encryption-strength = Stärke der Passphrase
encryption-passphrase-tip = Ein paar ungewöhnliche Wörter ergeben eine Passphrase, die lang ist und sich leicht merken lässt.
encryption-strength-0 = Sehr schwach
encryption-strength-1 = Schwach
encryption-strength-2 = Mittel
encryption-strength-3 = Stark
encryption-strength-4 = Sehr stark
# $words: one of the five above; $time: how long guessing would take ("4 years").
encryption-strength-line = { $words } ({ $score } von 4) · Zeit zum Erraten: { $time }

## Step 2: the recovery key.
encryption-key-title = Ihr Wiederherstellungsschlüssel
encryption-key-intro = Er öffnet Ihr Tagebuch, wenn nichts anderes mehr hilft. Er wird nur jetzt angezeigt: Kopieren Sie ihn oder speichern Sie ihn als Datei, und bewahren Sie ihn sicher und getrennt von diesem Computer auf — ausgedruckt oder in einem Passwort-Manager.
encryption-copy = Kopieren
encryption-copied = Kopiert. Fügen Sie ihn an einem sicheren Ort ein, etwa in einem Passwort-Manager, und leeren Sie danach die Zwischenablage.
encryption-copy-failed = Kopieren hat hier nicht funktioniert: Der Schlüssel ist markiert, drücken Sie also Strg+C, um ihn zu kopieren.
encryption-save-file = Als Datei speichern…
encryption-saving = Wird gespeichert…
# Followed by the file's path.
encryption-saved-to = Gespeichert unter
encryption-key-warning-passphrase = Ohne diesen Schlüssel lässt sich Ihr Tagebuch nicht wiederherstellen, wenn Sie Ihre Passphrase vergessen.
encryption-key-warning-keychain = Ohne diesen Schlüssel lässt sich Ihr Tagebuch nicht wiederherstellen, wenn der Schlüsselbund des Systems seinen Schlüssel verliert, etwa nach einer Neuinstallation des Systems.

## Step 3: the recovery key typed back, then encrypting.
encryption-confirm-key = Geben Sie zur Bestätigung Ihren Wiederherstellungsschlüssel ein oder fügen Sie ihn ein
encryption-confirm-key-hint = So sehen Sie, dass Sie ihn aufbewahrt haben. Leerzeichen und Bindestriche spielen keine Rolle.
encryption-encrypting-note = Wird verschlüsselt… Ihr Tagebuch bleibt unverändert, bis die verschlüsselte Kopie geprüft ist.
encryption-back = Zurück
encryption-cancel = Abbrechen
encryption-continue = Weiter
encryption-making-key = Ihr Schlüssel wird erstellt…
encryption-encrypt-now = Jetzt verschlüsseln
encryption-encrypting = Wird verschlüsselt…

## Problems.
encryption-error-no-passphrase = Wählen Sie eine Passphrase.
encryption-error-too-weak = Diese Passphrase ist zu leicht zu erraten. Machen Sie sie länger, zum Beispiel mit ein paar weiteren ungewöhnlichen Wörtern.
encryption-error-no-repeat = Geben Sie die Passphrase noch einmal ein.
encryption-error-repeat-differs = Die beiden Passphrasen stimmen nicht überein.
encryption-error-no-key = Geben Sie den Wiederherstellungsschlüssel aus dem vorigen Schritt ein oder fügen Sie ihn ein.
encryption-error-new-passphrase = Es wurde nichts verschlüsselt. Wählen Sie eine andere Passphrase; Sie erhalten dann einen neuen Wiederherstellungsschlüssel.
# $details: why the keychain refused.
encryption-error-keychain = { $details } Es wurde nichts verschlüsselt. Sie können abbrechen und stattdessen eine Passphrase wählen.

## The strength meter's words: what makes the passphrase easy to guess, how to make it harder, and how long guessing it would take.
# $count: the fewest characters accepted.
encryption-strength-warning-too-short = { $count ->
    [one] Verwenden Sie mindestens { $count } Zeichen.
   *[other] Verwenden Sie mindestens { $count } Zeichen.
}
encryption-strength-warning-straight-rows-of-keys-are-easy-to-guess = Gerade Tastenreihen sind leicht zu erraten.
encryption-strength-warning-short-keyboard-patterns-are-easy-to-guess = Kurze Tastaturmuster sind leicht zu erraten.
encryption-strength-warning-repeats-like-aaa-are-easy-to-guess = Wiederholungen wie „aaa“ sind leicht zu erraten.
encryption-strength-warning-repeats-like-abc-abc-are-only-slightly-harder-to-guess = Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“.
encryption-strength-warning-this-is-a-top10-password = Dies ist eines der 10 häufigsten Passwörter.
encryption-strength-warning-this-is-a-top100-password = Dies ist eines der 100 häufigsten Passwörter.
encryption-strength-warning-this-is-a-common-password = Dies ist ein sehr häufiges Passwort.
encryption-strength-warning-this-is-similar-to-a-commonly-used-password = Dies ähnelt einem häufig verwendeten Passwort.
encryption-strength-warning-sequences-like-abc-are-easy-to-guess = Folgen wie abc oder 6543 sind leicht zu erraten.
encryption-strength-warning-recent-years-are-easy-to-guess = Jahreszahlen aus jüngster Zeit sind leicht zu erraten.
encryption-strength-warning-a-word-by-itself-is-easy-to-guess = Ein einzelnes Wort ist leicht zu erraten.
encryption-strength-warning-dates-are-often-easy-to-guess = Datumsangaben sind oft leicht zu erraten.
encryption-strength-warning-names-and-surnames-by-themselves-are-easy-to-guess = Vor- und Nachnamen allein sind leicht zu erraten.
encryption-strength-warning-common-names-and-surnames-are-easy-to-guess = Häufige Vor- und Nachnamen sind leicht zu erraten.
encryption-strength-suggestion-use-a-few-words-avoid-common-phrases = Verwenden Sie mehrere Wörter und vermeiden Sie gängige Redewendungen.
encryption-strength-suggestion-no-need-for-symbols-digits-or-uppercase-letters = Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.
encryption-strength-suggestion-add-another-word-or-two = Fügen Sie ein oder zwei weitere Wörter hinzu. Ungewöhnliche Wörter sind besser.
encryption-strength-suggestion-capitalization-doesnt-help-very-much = Großbuchstaben helfen kaum.
encryption-strength-suggestion-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.
encryption-strength-suggestion-reversed-words-arent-much-harder-to-guess = Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.
encryption-strength-suggestion-predictable-substitutions-dont-help-very-much = Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen kaum.
encryption-strength-suggestion-use-a-longer-keyboard-pattern-with-more-turns = Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.
encryption-strength-suggestion-avoid-repeated-words-and-characters = Vermeiden Sie wiederholte Wörter und Zeichen.
encryption-strength-suggestion-avoid-sequences = Vermeiden Sie Zeichenfolgen wie abc oder 123.
encryption-strength-suggestion-avoid-recent-years = Vermeiden Sie Jahreszahlen aus jüngster Zeit.
encryption-strength-suggestion-avoid-years-that-are-associated-with-you = Vermeiden Sie Jahreszahlen, die mit Ihnen zu tun haben.
encryption-strength-suggestion-avoid-dates-and-years-that-are-associated-with-you = Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen zu tun haben.
# Fills $time of encryption-strength-line. $unit: instant (under a second), seconds, minutes, hours, days, months, years or centuries (100 years or more); $count: how many whole units.
encryption-strength-crack-time = { $unit ->
    [instant] weniger als eine Sekunde
    [seconds] { $count ->
        [one] { $count } Sekunde
       *[other] { $count } Sekunden
    }
    [minutes] { $count ->
        [one] { $count } Minute
       *[other] { $count } Minuten
    }
    [hours] { $count ->
        [one] { $count } Stunde
       *[other] { $count } Stunden
    }
    [days] { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }
    [months] { $count ->
        [one] { $count } Monat
       *[other] { $count } Monate
    }
    [years] { $count ->
        [one] { $count } Jahr
       *[other] { $count } Jahre
    }
   *[centuries] Jahrhunderte
}
