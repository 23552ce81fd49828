### Sync between the person's computers: the Sync card of Settings, and the messages the back end
### returns about sync (errors of the sync commands, problems in the sync status).

sync-title = Synchronisation
sync-load-failed = Impossible de vérifier si cet ordinateur est synchronisé.
sync-try-again = Réessayer
sync-checking = Vérification…
sync-demo = Le journal d’exemple n’est jamais synchronisé. Quittez la démo pour synchroniser votre propre journal.

## Sync off: what sync does, this computer's name, and the two ways in.
sync-status-off = La synchronisation est désactivée sur cet ordinateur.
sync-intro-same = Le même journal sur chacun de vos ordinateurs, grâce à un dossier que vous synchronisez déjà : Syncthing, Dropbox, Nextcloud, OneDrive, iCloud Drive ou une clé USB.
sync-intro-sealed = Tout ce que l’application dépose dans ce dossier est chiffré de bout en bout : sans votre code de synchronisation, rien ne peut y être lu.
sync-intro-private = Ni compte ni serveur : l’application ne lit et n’écrit que ses propres fichiers dans le dossier.
sync-name = Nom de cet ordinateur
sync-name-hint = Vos autres ordinateurs affichent ce nom.
sync-start-hint = Sur votre premier ordinateur : choisissez le dossier de synchronisation, et l’application y écrit votre journal. Vous recevez ensuite un code de synchronisation à reporter sur vos autres ordinateurs.
sync-start = Activer la synchronisation sur cet ordinateur…
sync-starting = Activation de la synchronisation…
sync-join-hint = Sur chaque ordinateur suivant : choisissez le même dossier de synchronisation et saisissez le code de synchronisation affiché sur le premier.
sync-join = Rejoindre le journal d’un autre ordinateur…

## Joining: the folder, the code, then what will merge.
sync-join-title = Rejoindre le journal d’un autre ordinateur
sync-join-intro = Choisissez le dossier dans lequel votre autre ordinateur se synchronise, puis saisissez ou collez son code de synchronisation.
sync-folder = Dossier de synchronisation
sync-join-no-folder-yet = Aucun dossier choisi pour l’instant.
sync-choose-folder = Choisir le dossier de synchronisation…
sync-join-other-folder = Choisir un autre dossier…
sync-choosing-folder = Choix en cours…
sync-join-code = Code de synchronisation
sync-join-code-hint = Sur l’autre ordinateur : Réglages → Synchronisation → Afficher le code de synchronisation. Les espaces et les tirets ne comptent pas.
sync-join-check = Vérifier le code
sync-checking-code = Vérification du code…
sync-join-preview-title = Ce que fait la jonction
sync-join-here = Sur cet ordinateur
sync-join-in-folder = Dans le dossier de synchronisation
# Followed by the names of the computers that sync into the folder.
sync-join-from = Depuis
sync-join-merge = Les deux journaux sont fusionnés en un seul, sur chaque ordinateur. Une sauvegarde de ce journal est faite d’abord.
sync-join-confirm = Rejoindre et fusionner
sync-joining = Jonction en cours…
sync-joining-note = Jonction en cours… une sauvegarde de ce journal est faite d’abord, puis les deux journaux sont fusionnés.
sync-cancel = Annuler
sync-join-no-folder = Choisissez le dossier dans lequel votre autre ordinateur se synchronise.
sync-join-no-code = Saisissez ou collez le code de synchronisation affiché sur votre autre ordinateur.
# $days: days with a check-in; $sessions: massage sessions.
sync-counts = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    }

## Sync on or paused.
sync-status-on = La synchronisation est activée.
sync-status-paused = La synchronisation est en pause sur cet ordinateur : rien n’est lu ni écrit dans le dossier de synchronisation jusqu’à ce que vous la repreniez.
# $when: one of sync-when-… below.
sync-last-synced = Dernière synchronisation : { $when }
sync-last-synced-never = Pas encore synchronisé
sync-computers = Ordinateurs
sync-this-computer = Cet ordinateur
# $when: one of sync-when-… below.
sync-computer-last-seen = vu pour la dernière fois { $when }
sync-computer-never-seen = pas encore vu
sync-rename = Enregistrer le nom
sync-renaming = Enregistrement…
sync-now = Synchroniser maintenant
sync-syncing = Synchronisation…
sync-pause = Mettre la synchronisation en pause
sync-pausing = Mise en pause…
sync-resume = Reprendre la synchronisation
sync-resuming = Reprise…
sync-code-show = Afficher le code de synchronisation
sync-code-getting = Récupération du code…
sync-leave = Retirer cet ordinateur…
sync-leaving = Retrait…
sync-newer-title = Mettez à jour Resilience Journal sur cet ordinateur
sync-newer-body = Un autre ordinateur utilise une version plus récente de l’application. Ses modifications sont conservées dans le dossier de synchronisation et appliquées ici dès que vous aurez fait la mise à jour.

## When something happened, in local time ($time: "08:14"; $day: "Mon 23 Nov 2025").
sync-when-just-now = à l’instant
sync-when-minutes = { $count ->
        [one] il y a { $count } minute
       *[other] il y a { $count } minutes
    }
sync-when-today = aujourd’hui à { $time }
sync-when-yesterday = hier à { $time }
sync-when-date = le { $day }, { $time }

## The sync code.
sync-code-title = Code de synchronisation
sync-code-hint = Sur votre autre ordinateur, choisissez Réglages → Synchronisation → Rejoindre le journal d’un autre ordinateur, puis saisissez ou collez ce code.
sync-code-copy = Copier
sync-code-copied = Copié. Collez-le sur votre autre ordinateur, puis videz le presse-papiers.
sync-code-copy-failed = La copie n’a pas fonctionné ici : le code est sélectionné, appuyez donc sur Ctrl+C pour le copier.
sync-code-hide = Masquer le code
sync-code-warning = Toute personne ayant ce code et le dossier de synchronisation peut lire votre journal. Gardez-le pour vous.

## Removing this computer.
sync-leave-title = Retirer cet ordinateur de la synchronisation ?
sync-leave-body = La synchronisation est désactivée sur cet ordinateur, et la clé de synchronisation y est oubliée.
sync-leave-kept = Rien n’est supprimé : votre journal reste tel quel sur cet ordinateur, ainsi que sur vos autres ordinateurs.
sync-leave-again = Pour synchroniser de nouveau plus tard, rejoignez avec le code de synchronisation de l’un de vos autres ordinateurs.
sync-leave-confirm = Retirer cet ordinateur
sync-leave-cancel = Continuer à synchroniser

## What just happened.
sync-done-started = La synchronisation est activée. Reportez le code de synchronisation ci-dessous sur vos autres ordinateurs.
sync-done-joined = Cet ordinateur a rejoint le journal. Les deux journaux sont fusionnés, et une sauvegarde de ce journal a été faite d’abord.
sync-done-now = Le dossier de synchronisation a été vérifié.
sync-done-paused = La synchronisation est en pause.
sync-done-resumed = La synchronisation est de nouveau activée.
sync-done-renamed = Le nom est enregistré ; vos autres ordinateurs l’affichent après leur prochaine synchronisation.
sync-done-left = Cet ordinateur n’est plus synchronisé. Votre journal est toujours là.

## Errors of the sync commands (from the back end).
# $count: characters typed; $expected: characters a sync code has.
error-sync-code-length = Un code de synchronisation compte { $expected } lettres et chiffres ; celui-ci en compte { $count }. Vérifiez qu’il n’en manque aucun.
error-sync-code-character = Un code de synchronisation ne contient que les chiffres 0–9 et les lettres A–Z sauf I, L, O et U ; « { $character } » n’en fait pas partie.
error-sync-code-typo = Ce code de synchronisation contient une faute de frappe : comparez-le caractère par caractère avec celui de votre autre ordinateur.
error-sync-code-wrong = Ce code n’ouvre pas le journal de ce dossier de synchronisation. Vérifiez-le sur l’autre ordinateur : Réglages → Synchronisation → Afficher le code de synchronisation.
error-sync-no-journal = Ce dossier ne contient pas encore de journal synchronisé. Choisissez le dossier dans lequel votre autre ordinateur se synchronise, ou activez d’abord la synchronisation sur celui-ci.
error-sync-folder-missing = Le dossier de synchronisation est introuvable — la clé USB est-elle branchée, ou le dossier a-t-il été déplacé ?
error-sync-not-a-folder = Ceci est un fichier, pas un dossier. Choisissez un dossier.
error-sync-demo = Le journal d’exemple n’est jamais synchronisé.
error-sync-already-on = Cet ordinateur est déjà synchronisé.
error-sync-off = La synchronisation est désactivée sur cet ordinateur.
error-sync-name-empty = Donnez un nom à cet ordinateur, pour distinguer vos ordinateurs.
# $max: the most characters a name may have.
error-sync-name-long = Le nom d’un ordinateur peut compter au plus { $max } caractères.
# $detail: what the system said.
error-sync-folder-io = Le dossier de synchronisation n’a pas pu être lu ou écrit : { $detail }
error-sync-key-missing = La clé de synchronisation de cet ordinateur n’est plus dans le trousseau du système. Retirez cet ordinateur de la synchronisation, puis rejoignez de nouveau avec le code de synchronisation.
error-sync-journal-folder = Le dossier de synchronisation se trouve dans le dossier de données de l’application. Choisissez un autre dossier.

## Problems shown while sync is on (from the back end).
sync-problem-folder-missing = Le dossier de synchronisation est introuvable — la clé USB est-elle branchée, ou le dossier a-t-il été déplacé ?
# $count: files in the sync folder that could not be opened.
sync-problem-unreadable-files = { $count ->
        [one] { $count } fichier du dossier de synchronisation ne s’ouvre pas encore : votre logiciel de synchronisation est peut-être encore en train de le copier, ou il est endommagé. Il sera réessayé plus tard.
       *[other] { $count } fichiers du dossier de synchronisation ne s’ouvrent pas encore : votre logiciel de synchronisation est peut-être encore en train de les copier, ou ils sont endommagés. Ils seront réessayés plus tard.
    }
sync-problem-newer-version = Un autre ordinateur utilise une version plus récente de Resilience Journal. Ses modifications sont conservées et appliquées dès que vous aurez fait la mise à jour : mettez à jour Resilience Journal sur cet ordinateur.
# $detail: what the system said.
sync-problem-folder-io = Le dossier de synchronisation n’a pas pu être lu ou écrit : { $detail }
sync-problem-key-missing = La clé de synchronisation de cet ordinateur n’est plus dans le trousseau du système. Retirez cet ordinateur de la synchronisation, puis rejoignez de nouveau avec le code de synchronisation.
