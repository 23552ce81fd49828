### L'écran Tendances : graphiques du journal dans le temps, l'année en couleurs, deux mesures
### comparées et l'effet du massage, avec leurs tableaux, résumés et exports.

trends-title = Tendances
trends-lead = Comment vos journées ont évolué au fil des semaines, des mois et des années.
trends-tabs-label = Vues des tendances
trends-tab-time = Dans le temps
trends-tab-year = L'année en couleurs
trends-tab-compare = Comparer
trends-tab-effect = Effet du massage

## Nom d'une mesure dans une phrase ($metric : stress, sleepHours, sleepQuality, pain,
## selfEsteem, mood, anxiety, bodyAwareness, index).

trends-measure-in-sentence = { $metric ->
    [stress] stress
    [sleepHours] durée du sommeil
    [sleepQuality] qualité du sommeil
    [pain] douleur
    [selfEsteem] estime de soi
    [mood] humeur
    [anxiety] anxiété
    [bodyAwareness] conscience corporelle
   *[index] indice de résilience
}
trends-value-hours = { $value } h
trends-value-index = { $value }/100

## Périodes

trends-range-label = Période
trends-range-1m = 1 m
trends-range-3m = 3 m
trends-range-6m = 6 m
trends-range-1y = 1 an
trends-range-all = Tout
trends-range-custom = Choisir
# Dans une phrase après « sur » : « Moyennes sur les 6 derniers mois ».
trends-range-1m-words = le dernier mois
trends-range-3m-words = les 3 derniers mois
trends-range-6m-words = les 6 derniers mois
trends-range-1y-words = la dernière année
trends-range-all-words = tout votre journal
trends-range-custom-words = les jours choisis
trends-range-1m-title = Afficher le dernier mois
trends-range-3m-title = Afficher les 3 derniers mois
trends-range-6m-title = Afficher les 6 derniers mois
trends-range-1y-title = Afficher la dernière année
trends-range-all-title = Afficher tout votre journal
trends-range-custom-title = Choisir les jours
trends-range-custom-span = { $from } – { $to }
trends-range-from = Du
trends-range-to = Au
trends-range-show = Afficher
trends-range-waiting = Choisissez le premier et le dernier jour, puis « Afficher ».
trends-range-error-no-from = Choisissez le premier jour de la période.
trends-range-error-no-to = Choisissez le dernier jour de la période.
trends-range-error-not-a-day = { $day } n'est pas un jour du calendrier.
trends-range-error-too-early = Le journal commence en 1900.
trends-range-error-backwards = Le dernier jour précède le premier. Inversez-les ou choisissez une fin plus tardive.
trends-range-error-too-long = Un graphique couvre au plus 100 ans ; choisissez un premier jour plus tardif.

## Choix des mesures

trends-metrics-label = Mesures
trends-metrics-keep-one = Gardez au moins une mesure sélectionnée.
trends-metrics-hidden = Mesure masquée : { $measure }.

## Toutes les vues

trends-retry = Réessayer
trends-error-lead = Le graphique n'a pas pu être dessiné.
trends-loading-chart = Dessin de votre graphique…
trends-legend-label = Comment lire le graphique

## Dans le temps

trends-over-time-label = Tendances de { $measures } du { $from } au { $to }
trends-over-time-empty = Rien à dessiner entre le { $from } et le { $to }.
trends-over-time-empty-hint = Choisissez une période plus longue ou « Tout », d'autres mesures, ou faites le bilan dans Aujourd'hui pour commencer la courbe.
trends-legend-day-value = valeur de chaque jour
trends-legend-week-mean = moyenne de chaque semaine
trends-legend-mean-days = moyenne sur { $days } jours
trends-legend-mean-weeks = moyenne sur { $weeks } semaines (points hebdomadaires)
trends-legend-done = massage
trends-legend-planned = prévue
trends-legend-cancelled = annulée
trends-legend-gaps = les trous sont des jours sans entrée
trends-panels-label-days = { $chart }. Les flèches passent d'un jour à l'autre, Entrée ouvre le jour.
trends-panels-label-weeks = { $chart }. Les flèches passent d'une semaine à l'autre, Entrée ouvre le jour.
trends-panels-help = Les séances de massage sont les boutons sous l'axe du temps. « Afficher en tableau » liste chaque valeur.
trends-markers-label = Séances de massage sur cette période
trends-marker-open = { $marker }, { $day } : ouvrir la séance
trends-marker = { $status ->
    [planned] Séance de massage prévue
    [cancelled] Séance de massage annulée
   *[done] Séance de massage
} ({ $kind })
trends-readout = { $point } : { $values }
trends-readout-value = { $measure } { $value }
trends-readout-sessions = { $text }. { $sessions }
trends-series-mean = { $measure }, moyenne sur { $days } jours
trends-week-of = Semaine du { $date }
trends-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}

## Infobulle

trends-tooltip-mean = moyenne { $value }
trends-tooltip-note = « { $note } »
trends-tooltip-open-day = Cliquez pour ouvrir ce jour
trends-tooltip-open-week = Cliquez pour ouvrir le premier jour de la semaine

## Résumé

trends-summary-empty = Rien de noté sur { $range } pour les mesures choisies.
trends-summary = Moyennes sur { $range } : { $parts }.
trends-summary-with-notes = Moyennes sur { $range } ({ $notes }) : { $parts }.
trends-summary-separator = {" ; "}
trends-summary-note-separator = {", "}
trends-summary-not-logged = { $measure } : pas de valeur
trends-summary-measure = { $measure } { $value }
trends-summary-measure-days = { $measure } { $value } sur { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
trends-summary-measure-change = { $text }, { $change }
trends-summary-steady = stable
trends-summary-up = en hausse de { $from } à { $to }
trends-summary-down = en baisse de { $from } à { $to }
trends-summary-days-logged = { $count ->
    [one] { $count } jour noté
   *[other] { $count } jours notés
}
trends-summary-massages = { $count ->
    [one] { $count } massage
   *[other] { $count } massages
}

## Tableau

trends-table-show = Afficher en tableau
trends-table-hide = Masquer le tableau
trends-table-caption-days = Chaque jour, du { $from } au { $to }, du plus récent au plus ancien
trends-table-caption-weeks = Moyennes hebdomadaires, du { $from } au { $to }, de la plus récente à la plus ancienne
trends-table-day = Jour
trends-table-week = Semaine
trends-table-mean = (moyenne)
trends-table-mean-days = moyenne sur { $days } jours
trends-table-mean-weeks = moyenne sur { $weeks } semaines
trends-table-massage = Massage
trends-table-note = Note
trends-table-open-day = Ouvrir { $day }
trends-table-empty = Rien de noté sur cette période.
trends-table-more = { $count ->
    [one] Afficher { $count } ligne plus ancienne ({ $hidden } non affichées)
   *[other] Afficher { $count } lignes plus anciennes ({ $hidden } non affichées)
}

## Enregistrer les graphiques

trends-export-png = Enregistrer en PNG
trends-export-csv = Enregistrer les données en CSV
trends-export-saved = Enregistré dans { $path }. Le fichier n'est pas chiffré : gardez-le en lieu sûr.
trends-export-failed = Le fichier n'a pas été enregistré. { $reason }
trends-export-no-picture = Aucun graphique à l'écran à enregistrer.
trends-export-no-data = Aucune donnée de graphique à enregistrer.
trends-export-not-drawn = Le graphique n'a pas pu être converti en image.
trends-export-title-over-time = Resilience Journal · Tendances
trends-export-title-compare = Resilience Journal · { $pair }
trends-export-title-effect = Resilience Journal · Effet du massage, du { $from } au { $to }

## Comparer

trends-compare-title = Comparer deux mesures
trends-compare-left = Axe de gauche
trends-compare-right = Axe de droite
trends-compare-versus = vs
trends-compare-pair = { $a } et { $b }
trends-compare-caption = { $pair } : { $r }
trends-compare-empty = Rien de noté pour ces deux mesures entre le { $from } et le { $to }. Essayez une période plus longue.
trends-compare-series = Séries
trends-compare-series-left = { $measure } (axe de gauche)
trends-compare-series-right = { $measure } (axe de droite)
trends-compare-chart-label = { $chart }. Les flèches passent d'un point à l'autre, Entrée ouvre le jour.
trends-compare-same = Choisissez deux mesures différentes à comparer.
trends-correlation-r = r = { $r } (n = { $n })
trends-correlation-r-none = r non disponible (n = { $n })
trends-correlation-too-few = Moins de 3 jours notent à la fois { $a } et { $b } : il n'y a encore rien à comparer.
trends-correlation-constant = { $count ->
    [one] L'une des deux n'a jamais varié sur le { $count } jour qui note les deux : aucune corrélation à montrer.
   *[other] L'une des deux n'a jamais varié sur les { $count } jours qui notent les deux : aucune corrélation à montrer.
}
trends-correlation-none = { $count ->
    [one] Pas de lien net entre { $a } et { $b } sur le { $count } jour qui note les deux.
   *[other] Pas de lien net entre { $a } et { $b } sur les { $count } jours qui notent les deux.
}
trends-correlation-link = Les jours où la valeur de { $a } était plus élevée, celle de { $b } avait tendance à être plus { $way ->
    [higher] élevée
   *[lower] basse
} : un lien { $strength ->
    [weak] faible
    [moderate] modéré
   *[strong] fort
} sur { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}. C'est une tendance dans vos propres entrées, pas la preuve d'une cause.

## L'année en couleurs

trends-year-loading = Mise en couleurs de votre année…
trends-year-nav = Année
trends-year-previous = Année précédente
trends-year-next = Année suivante
trends-year-colour-by = Colorer selon
trends-year-scale = Échelle de couleurs : de { $low } à { $high }
trends-year-no-entry = aucune entrée
trends-year-higher-better = plus haut, c'est mieux
trends-year-lower-better = plus bas, c'est mieux
trends-year-readout-hint = Pointez un jour ou déplacez-vous dessus pour le lire ; cliquez pour l'ouvrir.
trends-year-open-day = { $day }. Ouvrir le jour.
trends-year-table-caption = Chaque jour noté en { $year }, du plus récent au plus ancien
trends-year-day-empty = { $day } : non noté
trends-year-day-value = { $day } : { $measure } { $value }
trends-year-summary-empty = Rien de noté pour { $metric ->
    [index] l'indice de résilience
   *[other] { $measure }
} en { $year }.
trends-year-summary = { $year } : { $metric ->
    [index] indice de résilience
   *[other] { $measure }
} sur { $count ->
    [one] { $count } jour noté
   *[other] { $count } jours notés
}, avec une moyenne de { $mean }.
trends-year-summary-months = { $year } : { $metric ->
    [index] indice de résilience
   *[other] { $measure }
} sur { $count ->
    [one] { $count } jour noté
   *[other] { $count } jours notés
}, avec une moyenne de { $mean } ; meilleur mois : { $best } ({ $bestValue }), plus difficile : { $hardest } ({ $hardestValue }).

## Effet du massage

trends-effect-loading = Rassemblement de vos séances…
trends-effect-legend-clear = différence nette (l'intervalle exclut 0)
trends-effect-legend-unclear = pas de différence nette
trends-effect-legend-whiskers = moustaches : intervalle à 95 %
trends-effect-legend-units = différences dans l'unité propre à chaque mesure (points de 0 à 10, heures de sommeil)
trends-effect-after-title = { $count ->
    [one] Les deux jours après un massage comparés à vos jours habituels ({ $count } séance)
   *[other] Les deux jours après un massage comparés à vos jours habituels ({ $count } séances)
}
trends-effect-after-lower = plus bas que d'habitude
trends-effect-after-higher = plus haut que d'habitude
trends-effect-now-title = Juste après une séance comparé à juste avant (vos notes de séance)
trends-effect-now-lower = en baisse
trends-effect-now-higher = en hausse
trends-effect-figure-label = { $title }. Les chiffres sont donnés plus bas.
trends-effect-missing = pas encore assez de données
trends-effect-picture-note = Point plein : différence nette (son intervalle à 95 %, les moustaches, exclut 0). Point creux : pas de différence nette. Les différences sont dans l'unité propre à chaque mesure (points de 0 à 10, heures de sommeil).
trends-effect-table-caption = Effet du massage, du { $from } au { $to }
trends-effect-table-measure = Mesure
trends-effect-table-compared = Comparaison
trends-effect-table-difference = Différence
trends-effect-table-reading = Lecture
trends-effect-table-basis = D'après
trends-effect-table-after = 2 jours après / jours habituels
trends-effect-table-now = après / avant
trends-effect-reading-none = pas de différence nette
trends-effect-reading-after = { $direction ->
    [higher] plus haut
   *[lower] plus bas
} les deux jours suivants ({ $verdict ->
    [better] mieux
   *[worse] moins bien
})
trends-effect-reading-now = { $direction ->
    [higher] plus haut
   *[lower] plus bas
} juste après ({ $verdict ->
    [better] mieux
   *[worse] moins bien
})
trends-effect-numbers = { $value } (IC à 95 % : { $low } à { $high })
trends-effect-not-enough = Pas encore assez de données
trends-effect-not-enough-list = Pas encore assez de données : { $missing }
trends-effect-list-separator = {", "}
trends-effect-more-sessions = { $count ->
    [one] { $count } séance de plus
   *[other] { $count } séances de plus
}
trends-effect-more-after-days = { $count ->
    [one] { $count } jour noté de plus après les séances
   *[other] { $count } jours notés de plus après les séances
}
trends-effect-more-usual-days = { $count ->
    [one] { $count } jour habituel de plus
   *[other] { $count } jours habituels de plus
}
trends-effect-basis-counts = { $sessions ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
}, { $afterDays ->
    [one] { $afterDays } jour d'après
   *[other] { $afterDays } jours d'après
}, { $usualDays ->
    [one] { $usualDays } jour habituel
   *[other] { $usualDays } jours habituels
}
trends-effect-basis-means = après : { $after } sur { $afterDays ->
    [one] { $afterDays } jour
   *[other] { $afterDays } jours
}, d'habitude : { $usual } sur { $usualDays ->
    [one] { $usualDays } jour
   *[other] { $usualDays } jours
}
trends-effect-rated-sessions = { $count ->
    [one] { $count } séance notée
   *[other] { $count } séances notées
}
trends-effect-not-enough-rated = Pas encore assez de séances notées
trends-effect-not-enough-rated-more = Pas encore assez de séances notées : encore { $count }
trends-effect-changes-lower = { $measures } en baisse
trends-effect-changes-higher = { $measures } en hausse
trends-effect-summary-none-clear = Pas encore de différence nette entre les jours qui suivent un massage et vos jours habituels.
trends-effect-summary-not-enough = Pas encore assez de séances et de bilans pour comparer les jours qui suivent un massage à vos jours habituels.
trends-effect-summary-after = Les deux jours après un massage : { $changes }.
trends-effect-summary-now = Juste après une séance : { $changes }.
