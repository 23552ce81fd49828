### Encryption at rest: the Encryption card of Settings and the "Encrypt my journal" dialog.

encryption-title = Chiffrement
encryption-intro = Le chiffrement rend le fichier de votre journal, son journal d’écriture anticipée et ses sauvegardes illisibles sans votre clé, par exemple si l’ordinateur ou un disque de sauvegarde est volé. Il ne protège ni les exports que vous faites, qui sont des fichiers ordinaires, ni ce que l’application garde en mémoire pendant qu’elle fonctionne, ni les captures d’écran.
encryption-load-failed = Impossible de vérifier si votre journal est chiffré.
encryption-try-again = Réessayer
encryption-checking = Vérification…
encryption-demo = Le journal d’exemple n’est jamais chiffré : il ne contient les données de personne. Quittez la démo pour chiffrer votre propre journal.
encryption-start = Chiffrer mon journal…

## The status line.
encryption-status-plain = Non chiffré.
encryption-status-keychain = Chiffré — clé conservée dans le trousseau du système.
encryption-status-passphrase = Chiffré — phrase secrète demandée à chaque démarrage.
encryption-status-recovery-only = Chiffré — cet ordinateur ne conserve aucune clé : votre clé de récupération l’ouvre.

## The unencrypted copy kept after encrypting, and turning encryption off ($date: "Tuesday 2 December").
encryption-plain-copy-kept = Une copie non chiffrée est conservée jusqu’au { $date } au cas où quelque chose se serait mal passé.
encryption-delete-copy = Supprimer la copie non chiffrée maintenant
encryption-deleting = Suppression…
encryption-turn-off = Désactiver le chiffrement…
encryption-turning-off = Désactivation du chiffrement…
encryption-forget-title = Supprimer la copie non chiffrée ?
encryption-forget-confirm = Supprimer la copie
encryption-forget-cancel = La garder pour l’instant
# Followed by the copy's path.
encryption-forget-now = La copie non chiffrée est supprimée maintenant plutôt que le { $date } :
encryption-forget-body = Votre journal chiffré reste tel quel. Faites-le une fois que vous avez vérifié que votre journal s’ouvre et s’affiche correctement.
encryption-decrypt-title = Désactiver le chiffrement ?
encryption-decrypt-confirm = Désactiver le chiffrement
encryption-decrypt-cancel = Le garder chiffré
encryption-decrypt-body = Le fichier de votre journal devient lisible par toute personne ayant accès à cet ordinateur ou à une copie du fichier. Votre clé n’est plus nécessaire pour l’ouvrir.
encryption-decrypt-again = Vous pourrez le chiffrer à nouveau à tout moment.
encryption-done-encrypted = Votre journal est chiffré.
encryption-done-decrypted = Le chiffrement est désactivé : votre journal est de nouveau enregistré sans chiffrement.
encryption-done-forgotten = La copie non chiffrée a été supprimée.

## The dialog, step 1: how the key is kept.
encryption-flow-title = Chiffrer votre journal
encryption-flow-step = Étape { $step } sur { $steps }
encryption-method-question = Comment la clé doit-elle être conservée ?
encryption-method-keychain = Trousseau du système (ouverture automatique)
encryption-method-keychain-hint = Le trousseau de votre système conserve la clé, et le journal s’ouvre tout seul tant que votre session est ouverte.
encryption-method-passphrase = Phrase secrète demandée à chaque démarrage
encryption-method-passphrase-hint = Rien de ce qui ouvre le journal ne reste sur cet ordinateur : vous saisissez la phrase secrète à chaque démarrage de l’application.
encryption-passphrase = Phrase secrète
encryption-repeat = Répétez la phrase secrète
encryption-strength = Solidité de la phrase secrète
encryption-passphrase-tip = Quelques mots inhabituels font une phrase secrète longue et facile à retenir.
encryption-strength-0 = Très faible
encryption-strength-1 = Faible
encryption-strength-2 = Moyenne
encryption-strength-3 = Solide
encryption-strength-4 = Très solide
# $words: one of the five above; $time: how long guessing would take ("4 years").
encryption-strength-line = { $words } ({ $score } sur 4) · temps pour la deviner : { $time }

## Step 2: the recovery key.
encryption-key-title = Votre clé de récupération
encryption-key-intro = Elle ouvre votre journal quand plus rien d’autre ne le peut. Elle n’est affichée que maintenant : copiez-la ou enregistrez-la dans un fichier, et conservez-la en lieu sûr, loin de cet ordinateur — imprimée ou dans un gestionnaire de mots de passe.
encryption-copy = Copier
encryption-copied = Copiée. Collez-la en lieu sûr, par exemple dans un gestionnaire de mots de passe, puis videz le presse-papiers.
encryption-copy-failed = La copie n’a pas fonctionné ici : la clé est sélectionnée, appuyez donc sur Ctrl+C pour la copier.
encryption-save-file = Enregistrer dans un fichier…
encryption-saving = Enregistrement…
# Followed by the file's path.
encryption-saved-to = Enregistrée dans
encryption-key-warning-passphrase = Sans cette clé, votre journal ne peut pas être récupéré si vous oubliez votre phrase secrète.
encryption-key-warning-keychain = Sans cette clé, votre journal ne peut pas être récupéré si le trousseau du système perd sa clé, par exemple après une réinstallation du système.

## Step 3: the recovery key typed back, then encrypting.
encryption-confirm-key = Saisissez ou collez votre clé de récupération pour confirmer
encryption-confirm-key-hint = Cela montre que vous l’avez conservée. Les espaces et les tirets n’ont pas d’importance.
encryption-encrypting-note = Chiffrement… votre journal reste tel quel jusqu’à ce que la copie chiffrée soit vérifiée.
encryption-back = Retour
encryption-cancel = Annuler
encryption-continue = Continuer
encryption-making-key = Création de votre clé…
encryption-encrypt-now = Chiffrer maintenant
encryption-encrypting = Chiffrement…

## Problems.
encryption-error-no-passphrase = Choisissez une phrase secrète.
encryption-error-too-weak = Cette phrase secrète est trop facile à deviner. Allongez-la, par exemple avec quelques mots inhabituels de plus.
encryption-error-no-repeat = Saisissez à nouveau la phrase secrète.
encryption-error-repeat-differs = Les deux phrases secrètes ne sont pas identiques.
encryption-error-no-key = Saisissez ou collez la clé de récupération de l’étape précédente.
encryption-error-new-passphrase = Rien n’a été chiffré. Choisissez une autre phrase secrète ; vous recevrez alors une nouvelle clé de récupération.
# $details: why the keychain refused.
encryption-error-keychain = { $details } Rien n’a été chiffré. Vous pouvez annuler et choisir plutôt une phrase secrète.

## The strength meter's words: what makes the passphrase easy to guess, how to make it harder, and how long guessing it would take.
# $count: the fewest characters accepted.
encryption-strength-warning-too-short = { $count ->
    [one] Utilisez au moins { $count } caractère.
   *[other] Utilisez au moins { $count } caractères.
}
encryption-strength-warning-straight-rows-of-keys-are-easy-to-guess = Les rangées de touches à la suite sont faciles à deviner.
encryption-strength-warning-short-keyboard-patterns-are-easy-to-guess = Les motifs courts sur le clavier sont faciles à deviner.
encryption-strength-warning-repeats-like-aaa-are-easy-to-guess = Les répétitions comme « aaa » sont faciles à deviner.
encryption-strength-warning-repeats-like-abc-abc-are-only-slightly-harder-to-guess = Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
encryption-strength-warning-this-is-a-top10-password = C’est l’un des 10 mots de passe les plus courants.
encryption-strength-warning-this-is-a-top100-password = C’est l’un des 100 mots de passe les plus courants.
encryption-strength-warning-this-is-a-common-password = C’est un mot de passe très courant.
encryption-strength-warning-this-is-similar-to-a-commonly-used-password = Cela ressemble à un mot de passe très utilisé.
encryption-strength-warning-sequences-like-abc-are-easy-to-guess = Les suites comme abc ou 6543 sont faciles à deviner.
encryption-strength-warning-recent-years-are-easy-to-guess = Les années récentes sont faciles à deviner.
encryption-strength-warning-a-word-by-itself-is-easy-to-guess = Un mot seul est facile à deviner.
encryption-strength-warning-dates-are-often-easy-to-guess = Les dates sont souvent faciles à deviner.
encryption-strength-warning-names-and-surnames-by-themselves-are-easy-to-guess = Les prénoms et noms de famille seuls sont faciles à deviner.
encryption-strength-warning-common-names-and-surnames-are-easy-to-guess = Les prénoms et noms de famille courants sont faciles à deviner.
encryption-strength-suggestion-use-a-few-words-avoid-common-phrases = Utilisez plusieurs mots et évitez les expressions courantes.
encryption-strength-suggestion-no-need-for-symbols-digits-or-uppercase-letters = Pas besoin de symboles, de chiffres ni de majuscules.
encryption-strength-suggestion-add-another-word-or-two = Ajoutez un ou deux mots de plus. Les mots inhabituels sont préférables.
encryption-strength-suggestion-capitalization-doesnt-help-very-much = Les majuscules n’aident pas beaucoup.
encryption-strength-suggestion-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = Tout en majuscules est presque aussi facile à deviner que tout en minuscules.
encryption-strength-suggestion-reversed-words-arent-much-harder-to-guess = Les mots écrits à l’envers ne sont guère plus difficiles à deviner.
encryption-strength-suggestion-predictable-substitutions-dont-help-very-much = Les substitutions prévisibles, comme « @ » au lieu de « a », n’aident pas beaucoup.
encryption-strength-suggestion-use-a-longer-keyboard-pattern-with-more-turns = Utilisez un motif de clavier plus long, avec plus de changements de direction.
encryption-strength-suggestion-avoid-repeated-words-and-characters = Évitez de répéter des mots et des caractères.
encryption-strength-suggestion-avoid-sequences = Évitez les suites comme abc ou 123.
encryption-strength-suggestion-avoid-recent-years = Évitez les années récentes.
encryption-strength-suggestion-avoid-years-that-are-associated-with-you = Évitez les années qui vous concernent.
encryption-strength-suggestion-avoid-dates-and-years-that-are-associated-with-you = Évitez les dates et les années qui vous concernent.
# Fills $time of encryption-strength-line. $unit: instant (under a second), seconds, minutes, hours, days, months, years or centuries (100 years or more); $count: how many whole units.
encryption-strength-crack-time = { $unit ->
    [instant] moins d’une seconde
    [seconds] { $count ->
        [one] { $count } seconde
       *[other] { $count } secondes
    }
    [minutes] { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
    [hours] { $count ->
        [one] { $count } heure
       *[other] { $count } heures
    }
    [days] { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
    [months] { $count ->
        [one] { $count } mois
       *[other] { $count } mois
    }
    [years] { $count ->
        [one] { $count } an
       *[other] { $count } ans
    }
   *[centuries] des siècles
}
