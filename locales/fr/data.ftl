### The "Your data" screen: export, import (JSON, Daylio, any CSV table) and backups.
### What files hold (CSV headers, JSON keys) is a machine format and never comes from here.

data-title = Vos données
data-intro = Votre journal reste sur cet ordinateur. Ici, vous pouvez en emporter une copie, importer des données venues d'ailleurs et revenir à un état antérieur.
data-demo-notice = Vous êtes dans le journal d'exemple : ici, les exports et les imports utilisent les données d'exemple, pas les vôtres.
data-cancel = Annuler
data-choose = Choisir…
data-try-again = Réessayer

## The monthly report's entry point. $month: "November 2025" in the language's own form.

data-report-title = Rapport mensuel
data-report-intro = Une page par mois avec vos moyennes, un graphique, vos séances et vos notes — prête à imprimer ou à montrer à votre thérapeute.
data-report-last-month = Rapport mensuel : { $month }…
data-report-this-month = { $month } (mois en cours)…

## Export

data-export-title = Exporter
data-export-intro = Une copie de votre journal dans un fichier, à conserver, à transférer sur un autre ordinateur ou à ouvrir dans un tableur.
data-export-encrypted = Votre journal est chiffré, mais un fichier exporté ne l'est pas.
data-export-encrypted-hint = Pour une copie chiffrée, utilisez plutôt « Sauvegarder maintenant » ci-dessous.
data-export-format = Format
data-export-json = JSON
data-export-json-hint = Tout : jours, séances, étiquettes et réglages. Il peut être réimporté.
data-export-days-csv = Jours en CSV
data-export-days-csv-hint = Une ligne par jour avec ses valeurs, pour un tableur.
data-export-sessions-csv = Séances en CSV
data-export-sessions-csv-hint = Une ligne par séance de massage, pour un tableur.
data-export-bom = Pour Excel ou LibreOffice : ajouter une marque d'ordre des octets (BOM)
data-export-bom-hint = Sans elle, certains tableurs affichent mal les lettres accentuées.
data-export-which-days = Quels jours
data-export-all = Tout le journal
data-export-range = Du … au …
data-export-from = Du
data-export-to = Au (inclus)
data-export-button = Exporter…
data-export-busy = Export en cours…
data-export-saved-to = Enregistré dans
data-export-not-encrypted = Ce fichier n'est pas chiffré. Il contient vos notes de santé personnelles : gardez-le dans un endroit auquel personne d'autre n'a accès, et supprimez-le dès que vous n'en avez plus besoin.
data-export-problem-from = Choisissez le premier jour à exporter.
data-export-problem-to = Choisissez le dernier jour à exporter.
data-export-problem-order = Le dernier jour précède le premier.

## Import: choosing a file and the preview

data-import-title = Importer
data-import-intro = Depuis un export de Resilience Journal (.json), un export Daylio ou n'importe quel tableau CSV. Vous voyez ce qui changerait avant que quoi que ce soit ne soit écrit, et votre journal est sauvegardé au préalable.
data-import-button = Importer…
data-import-reading = Lecture du fichier…
data-import-wrong-file = Choisissez un fichier .json exporté par Resilience Journal ou un tableau .csv.
data-import-filter-any = Export du journal ou tableau (JSON, CSV)
data-import-filter-json = Export de Resilience Journal (JSON)
data-import-filter-csv = Tableau CSV (Daylio compris)
data-import-kind-json = Export de Resilience Journal
data-import-kind-daylio = Export Daylio
data-import-kind-csv = Tableau CSV
# $file: the file's name.
data-import-preview-title = Ce qui serait importé depuis { $file }
# $kind: one of data-import-kind-….
data-import-preview-kind = { $kind }. Rien n'a encore été écrit.
data-import-summary = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    }, { $conflicts ->
        [one] { $conflicts } conflit
       *[other] { $conflicts } conflits
    }
# $from, $to: days, e.g. "Tue 24 Nov 2025".
data-import-preview-range = Du { $from } au { $to }.
data-import-table-kind = Type
data-import-table-new = Nouveaux
data-import-table-same = Identiques aux vôtres
data-import-table-different = Différents des vôtres
data-import-table-days = Jours
data-import-table-sessions = Séances
data-import-new-tags = { $count ->
        [one] { $count } nouvelle étiquette.
       *[other] { $count } nouvelles étiquettes.
    }
data-import-settings-conflict = Les réglages du fichier diffèrent des vôtres.
data-import-settings-new = Le fichier contient des réglages que votre journal n'a pas encore définis.
data-import-conflicts-title = Jours présents des deux côtés, avec des valeurs différentes
data-import-conflicts-more = { $count ->
        [one] et { $count } autre.
       *[other] et { $count } autres.
    }
data-import-skipped-title = Lignes qui seront ignorées
# $line: the line of the file; $reason: why it is left out.
data-import-skipped-line = Ligne { $line } : { $reason }
data-import-warnings-title = Bon à savoir
data-import-policy-title = Là où le fichier et votre journal diffèrent
data-import-policy-no-conflicts = Rien dans le fichier ne diffère de ce que vous avez : ce choix ne change donc rien.
data-import-policy-keep-mine = Garder les miens
data-import-policy-keep-mine-hint = Les jours et les séances que vous avez déjà restent tels quels.
data-import-policy-take-theirs = Prendre ceux du fichier
data-import-policy-take-theirs-hint = La version du fichier remplace la vôtre.
data-import-policy-keep-newer = Garder le plus récent
data-import-policy-keep-newer-hint = La dernière modification l'emporte.
data-import-commit = Importer
data-import-commit-days = Importer { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
data-import-commit-sessions = Importer { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    }
data-import-commit-both = Importer { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } et { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    }
data-import-committing = Import en cours…
data-import-back-to-columns = Revenir aux colonnes
data-import-waiting-for-moods = L'import attend que chaque humeur Daylio ci-dessus ait une correspondance.

## Import: the result. Clauses are joined with commas into $changes.

data-import-done = Import terminé : { $changes }.
data-import-done-nothing = Import terminé : rien de nouveau, votre journal contenait déjà tout.
data-import-done-added-days = { $count ->
        [one] { $count } nouveau jour ajouté
       *[other] { $count } nouveaux jours ajoutés
    }
data-import-done-replaced-days = { $count ->
        [one] { $count } jour remplacé
       *[other] { $count } jours remplacés
    } par la version du fichier
data-import-done-kept-days = { $count ->
        [one] { $count } jour conservé
       *[other] { $count } jours conservés
    } dans votre version
data-import-done-added-sessions = { $count ->
        [one] { $count } séance ajoutée
       *[other] { $count } séances ajoutées
    }
data-import-done-replaced-sessions = { $count ->
        [one] { $count } séance remplacée
       *[other] { $count } séances remplacées
    }
data-import-done-kept-sessions = { $count ->
        [one] { $count } séance conservée
       *[other] { $count } séances conservées
    } dans votre version
data-import-done-tags = { $count ->
        [one] { $count } nouvelle étiquette.
       *[other] { $count } nouvelles étiquettes.
    }
data-import-done-settings = Réglages repris du fichier.
data-import-done-skipped = { $count ->
        [one] { $count } ligne ignorée.
       *[other] { $count } lignes ignorées.
    }
# $when: "15:02" today, else a day and time.
data-import-undo = Annuler : restaurer la sauvegarde ({ $when })
data-import-another = Importer un autre fichier

## Import: the columns of a CSV table

data-csv-title = Ce que contient chaque colonne
# $file: the file's name; $rows: its rows; $separator: the character between columns.
data-csv-file-facts = { $file } : { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }, séparées par « { $separator } ».
data-csv-file-facts-tabs = { $file } : { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }, séparées par des tabulations.
data-csv-sample-caption = Les premières lignes du fichier
data-csv-sample-empty = Le fichier n'a aucune ligne sous son en-tête.
data-csv-date-column = Colonne de la date
data-csv-date-format = Les dates sont écrites sous la forme
# $example: how such a date looks in the file.
data-csv-date-iso = Année-mois-jour ({ $example }), avec ou sans heure
data-csv-date-dmy-dots = Jour.mois.année ({ $example })
data-csv-date-dmy-slashes = Jour/mois/année ({ $example })
data-csv-date-mdy-slashes = Mois/jour/année ({ $example })
data-csv-date-dmy-dashes = Jour-mois-année ({ $example })
data-csv-date-ymd-slashes = Année/mois/jour ({ $example })
data-csv-other-columns = Les autres colonnes
data-csv-other-columns-hint = Les mesures sont lues comme des nombres (notes de 0 à 10, sommeil en heures) ; laissez de côté ce que le journal ne peut pas accueillir.
data-csv-tag-separator = Les étiquettes sont séparées par
data-csv-preview = Voir ce qui serait importé
# $measure: a measure's name, e.g. "Stress".
data-csv-rating = { $measure } (0–10)
data-csv-role-skip = Non importée
data-csv-role-notes = Notes
data-csv-role-tags = Étiquettes
data-csv-problem-date = Choisissez la colonne qui contient la date.
data-csv-problem-nothing = Choisissez au moins une colonne à importer en plus de la date.
data-csv-problem-separator = Indiquez ce qui sépare les étiquettes, par exemple ;
# $column: the column chosen first; $role: what it holds (a code); $label: its name as in the list.
data-csv-problem-twice = « { $column } » contient déjà { $role ->
        [stress] le stress (0–10)
        [sleepHours] la durée du sommeil
        [sleepQuality] la qualité du sommeil (0–10)
        [pain] la douleur (0–10)
        [selfEsteem] l'estime de soi (0–10)
        [mood] l'humeur (0–10)
        [anxiety] l'anxiété (0–10)
        [bodyAwareness] la conscience corporelle (0–10)
        [notes] les notes
        [tags] les étiquettes
       *[other] { $label }
    }.

## Import: Daylio's moods

data-daylio-title = Humeurs Daylio
data-daylio-hint = À quelle humeur (0 = très basse, 10 = très bonne) correspond chacune de vos humeurs Daylio.
# $label: a mood word from the person's Daylio file.
data-daylio-label = « { $label } »
data-daylio-entries = ({ $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    })
data-daylio-no-mood = Sans humeur
# $labels: the quoted mood words still without a choice, as a list.
data-daylio-unmapped = Choisissez une humeur pour { $labels } avant d'importer ; avec « Sans humeur », ces jours sont importés sans humeur.

## Backups

data-backup-title = Sauvegardes
data-backup-intro = L'app sauvegarde votre journal chaque jour, ainsi qu'avant un import ou une mise à jour. Restaurer une sauvegarde ne fait jamais perdre le journal actuel : il est conservé dans cette liste.
data-backup-list-failed = Impossible d'afficher la liste des sauvegardes.
data-backup-loading = Recherche de vos sauvegardes…
data-backup-status-demo = Le journal d'exemple n'est pas sauvegardé.
data-backup-status-none = Aucune sauvegarde pour l'instant.
# $when: data-backup-when-…; $count: backups kept.
data-backup-status = Dernière sauvegarde : { $when } ({ $count ->
        [one] { $count } conservée
       *[other] { $count } conservées
    })
# $time: "08:14".
data-backup-when-today = aujourd'hui à { $time }
data-backup-when-yesterday = hier à { $time }
# $day: "Mon 23 Nov 2025".
data-backup-when-date = { $day } à { $time }
data-backup-now = Sauvegarder maintenant
data-backup-to-folder = Sauvegarder dans un dossier…
data-backup-busy = Sauvegarde en cours…
data-backup-folder = Les sauvegardes sont enregistrées dans
data-backup-list = Sauvegardes, de la plus récente à la plus ancienne
data-backup-kind-daily = Sauvegarde quotidienne
data-backup-kind-manual = Sauvegardée par vous
data-backup-kind-replaced = Votre journal avant une restauration
data-backup-kind-before-update = Avant une mise à jour de l'app
data-backup-kind-before-import = Avant un import
data-backup-contents = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    }
data-backup-contents-unknown = Contenu inconnu
# $problem: why the file cannot be restored.
data-backup-cannot-restore = Restauration impossible : { $problem }
data-backup-restore-button = Restaurer…
data-backup-restore-label = Restaurer la sauvegarde ({ $when })…
data-backup-restoring = Restauration…
data-backup-first = La première sauvegarde est faite aujourd'hui pendant que l'app est ouverte, ou tout de suite avec « Sauvegarder maintenant ».
# $file: the backup's file name.
data-backup-done = Sauvegarde effectuée : { $file }.
# $path: where the copy was saved.
data-backup-done-folder = Copie enregistrée dans { $path }.
data-backup-restored = La sauvegarde ({ $when }) a été restaurée. Votre journal tel qu'il était est conservé dans la liste ci-dessous sous le nom « { data-backup-kind-replaced } » : vous pouvez donc le restaurer à son tour.
data-backup-confirm-title = Restaurer cette sauvegarde ?
data-backup-confirm = Restaurer
data-backup-confirm-cancel = Garder mon journal tel quel
# $contents: data-backup-contents.
data-backup-confirm-text = Votre journal reviendra à l'état de cette sauvegarde : { $when } ({ $contents }).
data-backup-confirm-kept = Le journal actuel n'est pas supprimé : il est conservé dans la liste des sauvegardes sous le nom « { data-backup-kind-replaced } », pour que vous puissiez le restaurer ensuite.

## Sizes of files. $size is already written in the language ("1,5").

data-size-bytes = { $count ->
        [one] { $count } octet
       *[other] { $count } octets
    }
data-size-kb = { $size } Ko
data-size-mb = { $size } Mo
data-size-gb = { $size } Go
