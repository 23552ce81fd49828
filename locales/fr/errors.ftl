### What the app says when something cannot be done: refused input, files that cannot be read,
### an encrypted or damaged journal. Variables named `label`, `reason`, `context`, `problem`,
### `warning` and `what` are messages of the catalogue themselves, already in words.

## The journal and its storage

error-stale-version = Cette entrée a été modifiée ailleurs : rechargez-la pour voir sa dernière version avant d’enregistrer à nouveau.
error-newer-schema = Ce journal ({ $path }) a été écrit par une version plus récente de Resilience Journal (format { $found } ; cette version comprend jusqu’au format { $supported }). Il n’a pas été modifié : mettez l’app à jour pour l’ouvrir.
error-damaged = Le fichier du journal { $path } est endommagé ou n’est pas un journal ({ $detail }). Il n’a pas été modifié.
error-damaged-moved-aside = { $problem } Il a été mis de côté, sans modification, dans { $path }. Rien n’a été supprimé.
error-damaged-not-moved = { $problem } (Il n’a pas pu être mis de côté : { $reason })
error-locked = Ce journal est chiffré : il s’ouvre avec sa phrase secrète, le trousseau du système ou sa clé de récupération.
error-wrong-key = Cette clé n’ouvre pas le journal { $path }. Rien n’a été modifié ; essayez la clé de récupération.
error-wrong-passphrase = Cette phrase secrète n’ouvre pas ce journal. Vérifiez la touche Verr. Maj et réessayez, ou utilisez votre clé de récupération.
error-disk-full = Le disque est plein : rien n’a été enregistré. Libérez de l’espace et réessayez.
error-read-only = Impossible d’écrire dans le journal (il est en lecture seule) : rien n’a été enregistré.
error-busy = Le journal est occupé par un autre programme. Réessayez dans un instant.
error-database = Le journal n’a pas pu être lu ou écrit : { $detail }
error-io = Un fichier n’a pas pu être lu ou écrit : { $detail }

## Opening, locking and switching

error-journal-locked = Votre journal est chiffré. Saisissez sa clé de récupération pour l’ouvrir.
error-journal-locked-passphrase = Votre journal est chiffré. Saisissez sa phrase secrète ou sa clé de récupération pour l’ouvrir.
error-journal-locked-because = Votre journal est chiffré. { $problem } Saisissez sa clé de récupération pour l’ouvrir.
error-journal-locked-passphrase-because = Votre journal est chiffré. { $problem } Saisissez sa phrase secrète ou sa clé de récupération pour l’ouvrir.
error-lock-key-does-not-fit = La clé conservée pour ce journal ne l’ouvre pas. Utilisez votre clé de récupération.
error-lock-no-key-file = Le fichier qui indique comment la clé de ce journal est conservée est introuvable (par exemple après avoir déplacé le journal sur un autre ordinateur).
error-lock-keychain-holds-other = Le trousseau du système contient autre chose que la clé de ce journal.
error-lock-not-in-keychain = La clé de ce journal n’est pas (ou plus) dans le trousseau du système.
error-journal-not-open-because = Le journal n’est pas ouvert : { $reason }
error-journal-not-open = Le journal n’est pas ouvert.
error-journal-not-opened-yet = Pas encore ouvert.
error-journal-switching = Changement de journal en cours.
error-journal-being-replaced = Le journal est en cours de remplacement.
error-journal-not-locked = Le journal n’est pas verrouillé.
error-recover-while-open = Le journal est ouvert ; restaurez plutôt une sauvegarde depuis l’écran Données.
error-demo-not-encrypted = Le journal de démonstration n’est jamais chiffré.
error-demo-not-encrypted-go-back = Le journal de démonstration n’est jamais chiffré. Revenez d’abord à votre journal.

## Encryption

error-already-encrypted = Le journal est déjà chiffré.
error-not-encrypted = Le journal n’est pas chiffré.
error-journal-already-encrypted = Ce journal est déjà chiffré.
error-journal-not-encrypted = Ce journal n’est pas chiffré.
error-key-in-keychain = La clé de ce journal est conservée dans le trousseau du système, pas par une phrase secrète.
error-no-pending-key = Recommencez depuis « Chiffrer mon journal » : aucune clé de récupération n’a encore été créée.
error-other-recovery-key = Ce n’est pas la clé de récupération affichée à l’étape précédente. Revenez en arrière et copiez ou saisissez celle-là.
error-weak-passphrase = Choisissez une phrase secrète plus robuste. { $warning }
error-weak-passphrase-guessable = Choisissez une phrase secrète plus robuste. Celle-ci serait trop facile à deviner.
error-keychain-changed = Le trousseau du système n’a pas rendu la clé telle qu’elle avait été enregistrée.
error-no-passphrase-file = Le fichier qui conserve la clé de la phrase secrète est introuvable : utilisez la clé de récupération.
error-step-wrong-key = Cette clé n’ouvre pas le journal. Vérifiez-la et réessayez ; rien n’a été modifié.
error-wrong-recovery-key = Cette clé de récupération n’ouvre pas ce journal. Elle appartient peut-être à un autre journal ; rien n’a été modifié.
error-recovery-key-length = Une clé de récupération compte { $expected } lettres et chiffres ; celle-ci en compte { $count }. Vérifiez qu’il n’en manque aucun.
error-recovery-key-character = Une clé de récupération ne contient que les chiffres 0–9 et les lettres A–Z sauf I, L, O et U ; « { $character } » n’en fait pas partie.
error-recovery-key-typo = Cette clé de récupération contient une faute de frappe : comparez-la caractère par caractère avec celle que vous avez conservée.
error-keychain-unavailable = Le trousseau du système n’est pas disponible sur cet ordinateur ({ $detail }).
error-keychain-locked = Le trousseau du système est verrouillé. Déverrouillez-le (par exemple en vous reconnectant) et réessayez.
error-keychain-not-persistent = Ici, le trousseau du système ne garde les secrets que jusqu’à la déconnexion ({ $detail }) : il ne peut donc pas conserver la clé de votre journal.
error-keychain-other = Le trousseau du système a signalé un problème : { $detail }

## Names of what a message is about

error-measure = { $measure ->
    [stress] Stress
    [sleepHours] Durée du sommeil
    [sleepQuality] Qualité du sommeil
    [pain] Douleur
    [selfEsteem] Estime de soi
    [mood] Humeur
    [anxiety] Anxiété
    [bodyAwareness] Conscience corporelle
    [stressBefore] Stress avant
    [stressAfter] Stress après
    [painBefore] Douleur avant
    [painAfter] Douleur après
   *[index] Indice de résilience
}
error-label-notes = Notes
error-label-tag = L’étiquette « { $name } »
error-label-kind-other = Le type de massage
error-label-therapist = Le nom du ou de la thérapeute
error-label-place = Le lieu
error-label-search = La recherche
error-label-check-in-time = L’heure du bilan
error-label-evening-before-time = L’heure de la veille au soir
error-label-quiet-start = Le début des heures calmes
error-label-quiet-end = La fin des heures calmes

## Check-ins, sessions, settings

error-rating = { $label } : indiquez un nombre entier de 0 à 10 (saisi : { $value }).
error-text-too-long = { $label } : { $max } caractères au maximum ; ici, il y en a { $count }.
error-text-control-character = { $label } : contient un caractère de contrôle invisible ; veuillez le supprimer.
error-date-form = « { $text } » n’est pas une date au format AAAA-MM-JJ.
error-date-not-in-calendar = { $text } n’est pas un jour du calendrier.
error-date-too-early = { $day } est trop ancien ; le journal commence en 1900.
error-date-in-future = { $day } est dans le futur ; vous pouvez faire le bilan pour aujourd’hui ou les jours précédents.
error-date-time-form = « { $text } » n’est pas une date et une heure au format AAAA-MM-JJTHH:MM.
error-range-reversed = La période se termine ({ $to }) avant de commencer ({ $from }).
error-check-in-empty = Ajoutez au moins une évaluation ou une note avant d’enregistrer.
error-entry-version = La version de l’entrée doit être 1 ou plus.
error-tag-empty = Une étiquette doit contenir au moins une lettre ou un chiffre.
error-too-many-tags = Une journée peut avoir au maximum { $max } étiquettes.
error-sleep-hours-range = La durée du sommeil doit être comprise entre 0 et 24 heures (saisi : { $value }).
error-sleep-hours-quarters = Le sommeil se compte par quarts d’heure, comme 7, 7,25 ou 7,5 (saisi : { $value }).
error-no-entry = Il n’y a pas d’entrée pour le { $day }.
error-no-entry-to-delete = Il n’y a pas d’entrée à supprimer pour le { $day }.
error-no-entry-to-restore = Il n’y a pas d’entrée supprimée à rétablir pour le { $day }.
error-session-skipped-hour = { $start } n’existe pas dans votre fuseau horaire : les horloges sautent cette heure au passage à l’heure d’été. Choisissez une heure en dehors.
error-session-done-in-future = Une séance qui commence le { $start } n’a pas encore eu lieu : elle ne peut donc pas être marquée comme faite. Laissez-la prévue ou corrigez son début.
error-session-new-with-version = Une nouvelle séance n’a pas encore de version.
error-session-version = La version de la séance doit être 1 ou plus.
error-session-id = « { $text } » n’est pas un identifiant de séance.
error-session-start-form = « { $text } » n’est pas un début au format AAAA-MM-JJTHH:MM.
error-session-time = { $text } n’est pas une heure de la journée (de 00:00 à 23:59).
error-kind-other-missing = Nommez le type de massage (60 caractères au maximum).
error-kind-other-not-allowed = Seul le type « autre » prend un nom à lui ; laissez ce champ vide pour ce type.
error-duration = La durée doit être un nombre entier de minutes, de 1 à 600 (saisi : { $value }).
error-cost = Le coût doit être compris entre 0 et 1 000 000 (saisi : { $cents } centimes).
error-session-gone = Cette séance a été supprimée ou n’a jamais existé : elle ne peut donc pas être modifiée.
error-no-session = Cette séance n’existe pas.
error-no-session-to-delete = Cette séance n’existe pas : elle ne peut pas être supprimée.
error-no-session-to-restore = Il n’y a pas de séance supprimée à rétablir.
error-currency = La devise est un code de trois lettres, comme EUR, USD ou GBP.
error-day-boundary = La journée commence à une heure comprise entre 00:00 et 06:00, par exemple 04:00.
error-language = La langue est « system » ou un code de langue comme fr.
error-search-range-reversed = La période se termine avant de commencer.
error-search-choose-measure = Choisissez la mesure concernée par l’intervalle.
error-search-value-range = L’intervalle doit être compris entre 0 et { $max }.
error-search-max-below-min = La borne supérieure de l’intervalle est inférieure à sa borne inférieure.

## Reminders

error-reminder-no-weekday = Choisissez au moins un jour pour le rappel du bilan, ou désactivez-le.
error-reminder-cadence = Le rappel pour réserver un massage peut venir tous les 1 à 365 jours (saisi : { $value }).
error-reminder-lead = Le rappel avant une séance peut venir de 5 minutes à 7 jours (10080 minutes) à l’avance (saisi : { $value } minutes).
error-quiet-hours-empty = Les heures calmes doivent se terminer à une autre heure que leur début.
error-check-in-in-quiet-hours = { $time } tombe pendant vos heures calmes ({ $start } à { $end }) : le rappel du bilan ne s’afficherait donc jamais. Choisissez une heure en dehors ou modifiez les heures calmes.
error-time-of-day = { $label } : indiquez une heure comme 20:30, de 00:00 à 23:59 (saisi : « { $text } »).
error-snooze-past = Un rappel ne peut être reporté qu’à plus tard.
error-snooze-too-long = Un rappel peut être reporté de { $max ->
        [one] { $max } jour
       *[other] { $max } jours
    } au maximum.
error-snooze-needs-time = Pour reporter, il faut une heure de retour ; utilisez « reporter ».
error-snooze-choose-time = Choisissez quand le rappel doit revenir.
error-reminder-outcome = Un rappel se répond par « dismissed » ou « acted ».
error-reminder-not-found = Ce rappel n’est plus dans l’historique.
error-booking-in-past = Une séance réservée commence plus tard que maintenant.
error-no-planned-sessions = Il n’y a aucune séance prévue à mettre dans un calendrier.
error-autostart = L’ordinateur n’a pas accepté la modification : { $detail }
error-autostart-unavailable = Le démarrage avec l’ordinateur n’est possible que pour le journal à son emplacement habituel.

## Charts

error-chart-range-reversed = La période commence ({ $from }) après sa fin ({ $to }).
error-chart-no-measure = Choisissez au moins une mesure pour le graphique.
error-chart-too-many-measures = Un graphique affiche au maximum { $max } mesures ; { $count } ont été demandées.
error-chart-measure-twice = { $label } est demandé deux fois.
error-chart-range-too-long = Un graphique couvre au maximum 100 ans ; choisissez une période plus courte.
error-chart-range-form = La période doit être {"{"} from, to {"}"} avec des jours au format AAAA-MM-JJ.
error-chart-range-form-detail = La période doit être {"{"} from, to {"}"} avec des jours au format AAAA-MM-JJ : { $detail }.
error-chart-file-kind = Un graphique s’enregistre en « png », « csv » ou « effect-csv ».
error-picture-data-url = L’image doit arriver sous forme d’URL de données PNG.
error-picture-not-data-url = L’image doit être une URL de données PNG (data:image/png;base64,…).
error-picture-too-large = L’image est trop grande pour être enregistrée.
error-picture-unreadable = L’image n’a pas pu être lue : { $detail }.
error-picture-not-png = L’image n’est pas au format PNG.

## Files, folders, backups

error-path-no-folder = Choisissez un fichier dans un dossier.
error-path-is-folder = { $path } est un dossier, pas un fichier.
error-path-exists = { $path } existe déjà ; choisissez un nouveau fichier.
error-save-with-dialog = Choisissez où enregistrer le fichier avec la fenêtre d’enregistrement.
error-choose-with-dialog = Choisissez le fichier ou le dossier avec la fenêtre de sélection.
error-not-a-folder = { $path } n’est pas un dossier.
error-backup-is-journal = C’est le journal lui-même, pas une sauvegarde.
error-no-journal-to-back-up = Il n’y a pas de journal à sauvegarder dans { $path }.
error-backup-missing = La sauvegarde { $path } n’existe pas.
error-backup-encrypted-journal-not = Cette sauvegarde est chiffrée mais pas le journal : activez d’abord le chiffrement avec sa clé de récupération, ou ouvrez-la avec la clé de récupération.
error-backup-other-key = Cette sauvegarde est chiffrée avec une autre clé que celle du journal : elle ne peut donc pas être restaurée ici.

## Importing

error-import-not-a-file = Ce fichier ne peut pas être importé. Choisissez un fichier JSON ou CSV.
error-import-too-large = Le fichier fait { $size } Mo ; une importation peut lire au maximum { $max } Mo. Rien n’a été importé.
error-import-utf16 = Le fichier est enregistré en UTF-16. Enregistrez-le en UTF-8 (le choix habituel pour CSV et JSON) et réessayez.
error-import-empty = Le fichier est vide.
error-import-binary = Ce n’est pas un fichier texte : la ligne { $line }, colonne { $column }, contient des données binaires.
error-import-not-utf8 = Le fichier n’est pas du texte UTF-8 : la ligne { $line }, colonne { $column }, contient un caractère dans un autre encodage. Enregistrez le fichier en UTF-8 et réessayez.
error-import-policy = Choisissez quoi faire des jours que vous avez déjà : garder les miens, prendre les leurs ou garder les plus récents.
error-import-not-an-export = Ce fichier JSON n’est pas un export de Resilience Journal (il n’a pas de "format": "resilience-journal").
error-import-no-version = Cet export n’a pas de "version" valide : il ne peut donc pas être lu en toute sécurité.
error-import-newer-version = Cet export a été créé par une version plus récente de Resilience Journal (version de format { $found } ; cette version lit jusqu’à la { $supported }). Mettez l’app à jour pour l’importer. Rien n’a été importé.
error-import-same-day = les bilans { $first } et { $second } concernent tous deux le { $day }.
error-import-same-session-id = une autre séance a le même identifiant.
error-import-same-tag = l’étiquette figure deux fois.
error-import-tag-id = L’identifiant de l’étiquette n’est pas un UUID.
error-import-version = La version doit être 1 ou plus (indiqué : { $value }).
error-import-timestamp = « { $text } » n’est pas une date et une heure (RFC 3339).
error-json-cut-off = Le fichier se termine trop tôt (ligne { $line }, colonne { $column }) : il a peut-être été tronqué.
error-json-syntax = Ligne { $line }, colonne { $column } : ce n’est pas du JSON valide ({ $detail }).
error-json-data = Ligne { $line }, colonne { $column } : { $detail }.
error-file-unreadable = Le fichier n’a pas pu être lu : { $detail }.
error-csv-column-twice = Ligne 1 : la colonne « { $name } » apparaît deux fois.
error-csv-field-count = { $count ->
    [one] La ligne { $line } a { $count } champ, mais l’en-tête en a { $expected }. Le fichier est peut-être tronqué ou endommagé.
   *[other] La ligne { $line } a { $count } champs, mais l’en-tête en a { $expected }. Le fichier est peut-être tronqué ou endommagé.
}
error-csv-line-unreadable = La ligne { $line } ne peut pas être lue : { $detail }.
error-csv-unreadable = Le fichier ne peut pas être lu comme CSV : { $detail }.
error-csv-column-missing = La colonne « { $name } » n’est pas dans le fichier (la ligne 1 contient : { $columns }).
error-csv-measure-twice = Une seule colonne peut contenir : { $label }.
error-csv-day-again = Ligne { $line } : { $day } apparaît de nouveau (première fois à la ligne { $first }).
error-csv-rating = Les évaluations sont des nombres entiers de 0 à 10 (indiqué : { $value }).
error-date-not-in-format = « { $text } » n’est pas une date au format choisi ({ $format }).
error-not-a-number = « { $text } » n’est pas un nombre.
error-daylio-mood-range = L’humeur pour « { $label } » doit être comprise entre 0 et 10.
error-daylio-not-an-export = Ce n’est pas un export Daylio : la ligne 1 n’a pas de colonne « { $missing } » (elle contient : { $columns }).
error-daylio-unmapped-mood = { $count ->
    [one] Choisissez une humeur pour « { $label } » (utilisé { $count } fois) avant d’importer, ou importez-le sans humeur.
   *[other] Choisissez une humeur pour « { $label } » (utilisé { $count } fois) avant d’importer, ou importez-le sans humeur.
}
error-daylio-year = « { $text } » n’est pas une année comme 2018.
error-daylio-date = « { $text } » n’est pas un jour de { $year } comme « 18 May ».
# $actual: the weekday of that date (monday … sunday); $written: the one in the file.
error-daylio-weekday = Le { $date } { $year } était un { $actual ->
        [monday] lundi
        [tuesday] mardi
        [wednesday] mercredi
        [thursday] jeudi
        [friday] vendredi
        [saturday] samedi
       *[sunday] dimanche
    }, pas « { $written } ».
error-in-context = { $context } : { $reason }
error-context-check-in = Bilan { $number } ({ $day })
error-context-session = Séance { $number } ({ $start })
error-context-tag = Étiquette { $number } ({ $name })
error-context-settings = Réglages
error-context-reminder-settings = Réglages des rappels
error-context-cell = Ligne { $line }, colonne « { $column } »
error-context-line-day = Ligne { $line } ({ $day })
error-skipped-no-value = { $day } n’a aucune valeur à importer.
error-skipped-only-activities = { $day } n’a ni humeur ni note, seulement des activités, ce qu’une journée ne peut pas contenir seul.
error-warning-sleep-rounded = { $count ->
    [one] { $count } durée de sommeil a été arrondie au quart d’heure le plus proche.
   *[other] { $count } durées de sommeil ont été arrondies au quart d’heure le plus proche.
}
error-warning-columns-ignored = Ces colonnes ne sont pas importées : { $columns }.
error-import-summary =
    { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    }, { $conflicts ->
        [one] { $conflicts } conflit
       *[other] { $conflicts } conflits
    }

## Command arguments the app could not read

error-payload = Illisible – { $what } : { $detail }.
error-payload-at = Illisible – { $what } : { $path } : { $detail }.
error-payload-missing = Illisible – { $what } : `{ $name }` manque.
error-payload-chart-query = requête du graphique
error-payload-check-in = bilan
error-payload-encryption-request = demande de chiffrement
error-payload-export = export
error-payload-import-source = source de l’importation
error-payload-page-timings = temps de page
error-payload-recovery-choice = choix de récupération
error-payload-reminder-settings = réglages des rappels
error-payload-search = recherche
error-payload-session = séance
error-payload-settings = réglages
error-payload-unlock-secret = secret de déverrouillage
# $expected: text, textOrNull, flag or value; $got: null, flag, number, text, list or object.
error-argument-missing = L’argument `{ $name }` manque ; il doit être { $expected ->
        [text] du texte
        [textOrNull] du texte ou null
        [flag] true ou false
       *[value] une valeur
    }.
error-argument-wrong = L’argument `{ $name }` doit être { $expected ->
        [text] du texte
        [textOrNull] du texte ou null
        [flag] true ou false
       *[value] une valeur
    }, pas { $got ->
        [null] null
        [flag] true ou false
        [number] un nombre
        [text] du texte
        [list] une liste
       *[object] un objet
    }.
error-profile-timings = Temps de page illisibles.
error-profile-mark = Jalon de mesure inconnu.
