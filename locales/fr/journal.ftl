### The Journal: the month calendar, the list of entries, search and filters.

journal-heading = Journal
journal-view-legend = Afficher le journal en
journal-view-calendar = Calendrier
journal-view-list = Liste
journal-load-failed = Cette partie de votre journal n’a pas pu être chargée.
journal-try-again = Réessayer

## Search and filters

journal-search-region = Journal
journal-search-notes = Rechercher dans les notes
journal-filter-tag = Étiquette
journal-filter-any-tag = Toutes les étiquettes
journal-filter-measure = Mesure
journal-filter-any-measure = Toutes les mesures
journal-filter-comparison = Comparaison
journal-filter-value = Valeur
journal-filter-clear = Effacer
journal-filter-value-missing = Saisissez une valeur de 0 à { $max }.
journal-filter-value-missing-hours = { $max ->
    [one] Saisissez une valeur de 0 à { $max } heure.
   *[other] Saisissez une valeur de 0 à { $max } heures.
}
journal-filter-value-whole = Utilisez un nombre entier de 0 à { $max }.
journal-filter-value-quarters = Utilisez des quarts d’heure de 0 à { $max }.

## Search results

journal-searching = Recherche…
journal-results-limit = { $count ->
    [one] Affichage du résultat le plus récent
   *[other] Affichage des { $count } résultats les plus récents
}
journal-results-count = { $count ->
    [one] { $count } entrée correspond
   *[other] { $count } entrées correspondent
}
journal-search-results = Résultats de la recherche
journal-clear-search = Effacer la recherche
# A measure condition inside the sentences below, e.g. "pain ≥ 6". $measure is the measure's key.
journal-no-match-condition = { $measure ->
    [stress] stress
    [sleepHours] durée du sommeil
    [sleepQuality] qualité du sommeil
    [pain] douleur
    [selfEsteem] estime de soi
    [mood] humeur
    [anxiety] anxiété
   *[bodyAwareness] conscience corporelle
} { $sign } { $value }
# $text is what the person searched for, $tag a tag name, $condition a journal-no-match-condition.
journal-no-match-text = Aucune entrée ne correspond à « { $text } ».
journal-no-match-text-tag = Aucune entrée avec l’étiquette « { $tag } » ne correspond à « { $text } ».
journal-no-match-text-measure = Aucune entrée avec { $condition } ne correspond à « { $text } ».
journal-no-match-text-tag-measure = Aucune entrée avec l’étiquette « { $tag } » et { $condition } ne correspond à « { $text } ».
journal-no-match-tag = Aucune entrée ne porte l’étiquette « { $tag } ».
journal-no-match-tag-measure = Aucune entrée trouvée avec l’étiquette « { $tag } » et { $condition }.
journal-no-match-measure = Aucune entrée trouvée avec { $condition }.

## The list of entries

journal-all-entries = Toutes les entrées
journal-empty = Aucune entrée pour l’instant. Vos bilans apparaîtront ici, du plus récent au plus ancien.
journal-check-in-today = Faire le bilan du jour
journal-list-tags = Étiquettes
journal-list-sleep = Sommeil
journal-list-sleep-both = { $hours } h, qualité { $quality }
journal-list-sleep-hours = { $hours } h
journal-list-sleep-quality = qualité { $quality }
journal-list-showing = { $shown } sur { $total } affichées
journal-list-show-more = Afficher { $count } de plus

## The month calendar

journal-calendar-previous = Mois précédent
journal-calendar-next = Mois suivant
journal-calendar-this-month = Ce mois-ci
journal-calendar-legend = Les chiffres indiquent le stress, de 0 à 10
journal-calendar-low = faible
journal-calendar-high = élevé
journal-calendar-no-stress = entrée sans stress
# What a day's button says after its visible number: "24" + " novembre, lundi, stress" + " 6".
# It must not start with the day number, which the button already shows.
journal-day-future = { $month }, { $weekday }, dans le futur
journal-day-empty = { $month }, { $weekday }, aucune entrée
journal-day-no-stress = { $month }, { $weekday }, entrée sans stress
journal-day-stress = { $month }, { $weekday }, stress
