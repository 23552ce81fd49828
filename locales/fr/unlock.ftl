### Screens shown instead of the app: the journal could not start or open, waits for its key,
### or was damaged and needs a replacement.

unlock-start-failed-title = Resilience Journal n’a pas pu démarrer
unlock-start-failed-body = La partie de l’application qui conserve votre journal n’a pas répondu. Rien n’a été modifié.
unlock-open-failed-title = Votre journal n’a pas pu être ouvert
unlock-newer-schema = Ce journal a été utilisé pour la dernière fois avec une version plus récente de Resilience Journal. Veuillez mettre à jour l’application pour l’ouvrir. Rien n’a été modifié dans le fichier.
unlock-damaged = Le fichier du journal n’a pas pu être lu. Il a été laissé exactement tel quel : vous ne perdez donc rien en fermant l’application. Une sauvegarde vous attend peut-être dans le même dossier.
unlock-stored-at = Emplacement de votre journal

unlock-title = Déverrouiller votre journal
unlock-keychain-failed = Votre journal est chiffré avec une clé conservée dans le trousseau du système, mais cette clé n’a pas pu être lue.
unlock-passphrase-intro = Votre journal est chiffré. Saisissez votre phrase secrète pour l’ouvrir.
unlock-no-key-here = Votre journal est chiffré, mais rien sur cet ordinateur ne permet de l’ouvrir — par exemple parce qu’il a été déplacé ici depuis un autre ordinateur. Saisissez ou collez la clé de récupération que vous avez conservée lors du chiffrement.
unlock-recovery-key-intro = Saisissez ou collez la clé de récupération que vous avez conservée lors du chiffrement de votre journal.
unlock-passphrase = Phrase secrète
unlock-recovery-key = Clé de récupération
# The shape of a recovery key, shown in its empty field.
unlock-recovery-key-placeholder = XXXXX-XXXXX-…
unlock-recovery-key-hint = Lettres et chiffres par groupes de cinq ; les espaces et les tirets n’ont pas d’importance.
unlock-unlock = Déverrouiller
unlock-unlocking = Déverrouillage…
unlock-use-passphrase = Utiliser plutôt votre phrase secrète
unlock-use-keychain = Essayer plutôt le trousseau du système
unlock-use-recovery-key = Utiliser plutôt la clé de récupération
unlock-enter-passphrase = Saisissez votre phrase secrète.
unlock-enter-recovery-key = Saisissez ou collez votre clé de récupération.

unlock-recovery-body = Le fichier du journal est endommagé et n’a pas pu être lu. Il a été mis de côté tel quel — rien n’a été supprimé — pour que vous puissiez continuer avec l’un des choix ci-dessous.
unlock-moved-to = Emplacement actuel du fichier endommagé
unlock-restore-title = Restaurer une sauvegarde
unlock-looking-for-backups = Recherche de sauvegardes…
unlock-no-backups = Il n’existe encore aucune sauvegarde de ce journal.
unlock-restore = Restaurer
# $when: when the backup was made, e.g. "yesterday 21:04".
unlock-restore-from = Restaurer la sauvegarde : { $when }
unlock-or = Ou
unlock-open-another = Ouvrir un autre fichier de journal…
unlock-start-empty = Commencer un nouveau journal vide
unlock-file-stays = Quel que soit votre choix, le fichier endommagé reste où il est.
# The kind of file in the file chooser.
unlock-file-kind = Fichier Resilience Journal
