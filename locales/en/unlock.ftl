### Screens shown instead of the app: the journal could not start or open, waits for its key,
### or was damaged and needs a replacement.

unlock-start-failed-title = Resilience Journal could not start
unlock-start-failed-body = The part of the app that keeps your journal did not answer. Nothing was changed.
unlock-open-failed-title = Your journal could not be opened
unlock-newer-schema = This journal was last used by a newer version of Resilience Journal. Please update the app to open it. Nothing in the file has been changed.
unlock-damaged = The journal file could not be read. It has been left exactly as it is, so nothing is lost by closing the app. A backup may be waiting in the same folder.
unlock-stored-at = Your journal is stored at

unlock-title = Unlock your journal
unlock-keychain-failed = Your journal is encrypted with a key kept in the system keychain, but the key could not be read.
unlock-passphrase-intro = Your journal is encrypted. Enter your passphrase to open it.
unlock-no-key-here = Your journal is encrypted, but this computer has nothing that opens it — for example because the journal was moved here from another computer. Type or paste the recovery key you kept when you encrypted it.
unlock-recovery-key-intro = Type or paste the recovery key you kept when you encrypted your journal.
unlock-passphrase = Passphrase
unlock-recovery-key = Recovery key
# The shape of a recovery key, shown in its empty field.
unlock-recovery-key-placeholder = XXXXX-XXXXX-…
unlock-recovery-key-hint = Letters and digits in groups of five; spaces and dashes do not matter.
unlock-unlock = Unlock
unlock-unlocking = Unlocking…
unlock-use-passphrase = Use your passphrase instead
unlock-use-keychain = Try the system keychain instead
unlock-use-recovery-key = Use recovery key instead
unlock-enter-passphrase = Enter your passphrase.
unlock-enter-recovery-key = Type or paste your recovery key.

unlock-recovery-body = The journal file is damaged and could not be read. It has been moved aside, exactly as it was — nothing has been deleted — so that you can go on with one of the choices below.
unlock-moved-to = The damaged file is now at
unlock-restore-title = Restore a backup
unlock-looking-for-backups = Looking for backups…
unlock-no-backups = There are no backups of this journal yet.
unlock-restore = Restore
# $when: when the backup was made, e.g. "yesterday 21:04".
unlock-restore-from = Restore the backup from { $when }
unlock-or = Or
unlock-open-another = Open another journal file…
unlock-start-empty = Start a new, empty journal
unlock-file-stays = Whatever you choose, the damaged file stays where it is.
# The kind of file in the file chooser.
unlock-file-kind = Resilience Journal file
