### The Insights screen: today's resilience index, the last 7 and 30 days, the massage effect,
### bounce-back and the findings for a chosen range. The core's own sentences are in findings.ftl.
### Variables: $measure is a check-in measure (stress, sleepHours, sleepQuality, pain, selfEsteem,
### mood, anxiety, bodyAwareness); $unit is points or hours; $direction is less or more; $range is
### days30, days90, year or all (the range the lower cards describe); messages that say the range
### in a sentence read it through { insights-range-in }, which uses the sentence's own $range.

insights-title = Analyses
insights-intro = Comment vous allez, à quelle vitesse vous récupérez et si le massage va de pair avec de meilleurs jours — d'après vos propres données.
insights-load-failed = Vos analyses n'ont pas pu être calculées.
insights-loading = Lecture de votre journal…
insights-empty-title = Les analyses arrivent à mesure que votre journal s'étoffe
insights-empty-text = Faites le bilan dans l'écran Aujourd'hui. Après quelques jours, cette page affiche votre indice de résilience ; après quelques semaines, à quelle vitesse vous récupérez après une journée difficile et si le massage semble vous aider.
insights-week-title = 7 derniers jours
insights-month-title = 30 derniers jours
insights-range-title = Rétrospective
insights-range-label = Période
insights-range-button = { $range ->
        [days30] 30 derniers jours
        [days90] 90 derniers jours
        [year] Dernière année
       *[all] Tout
    }
# Inside a sentence: "No massage sessions in the last 90 days."
insights-range-in = { $range ->
        [days30] sur les 30 derniers jours
        [days90] sur les 90 derniers jours
        [year] sur la dernière année
       *[all] dans tout votre journal
    }
insights-days-logged = { $count ->
        [one] { $count } jour avec un bilan
       *[other] { $count } jours avec un bilan
    }
insights-logged = { $logged ->
        [one] { $logged } jour
       *[other] { $logged } jours
    } sur { $days } avec un bilan

## Measures and numbers.

# A measure inside a sentence.
insights-measure-name = { $measure ->
        [stress] stress
        [sleepHours] sommeil
        [sleepQuality] qualité du sommeil
        [pain] douleur
        [selfEsteem] estime de soi
        [mood] humeur
        [anxiety] anxiété
       *[bodyAwareness] conscience corporelle
    }
# A difference: "1.6 points lower", "0.5 hours longer".
insights-size = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $unit ->
        [hours] { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) ->
            [one] heure
           *[other] heures
        } de { $direction ->
            [less] moins
           *[more] plus
        }
       *[points] { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) ->
            [one] point
           *[other] points
        } de { $direction ->
            [less] moins
           *[more] plus
        }
    }
insights-about-the-same = à peu près pareil
# The 95% interval: $ci is below or above (zero; $low and $high are magnitudes), across (it
# includes zero: $low lower to $high higher) or none.
insights-interval = { $ci ->
        [below] IC à 95 % : { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } à { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [above] IC à 95 % : { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } à { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [across] IC à 95 % : de { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $unit ->
            [hours] h de moins
           *[points] de moins
        } à { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $unit ->
            [hours] h de plus
           *[points] de plus
        }
       *[none] pas d'intervalle : les valeurs n'ont pas varié
    }
insights-tone-better = mieux
insights-tone-worse = moins bien
# $change: a difference such as "1.2 points lower".
insights-change = { $change } que les { $days } jours précédents
insights-change-same = à peu près pareil que les { $days } jours précédents
insights-may-be-chance = peut-être le hasard
insights-could-be-chance = peut-être dû au hasard
# $words: a change and its interval.
insights-could-be-chance-after = { $words } — peut-être dû au hasard
insights-nothing-to-compare = rien à comparer dans les { $days } jours précédents
insights-not-logged = non renseigné
# A mean of sleep hours; $hours is already formatted.
insights-hours-short = { $hours } h
insights-days = { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }

## Today's resilience index.

insights-index-today-title = Indice de résilience du jour
insights-index-latest-title = Votre dernier indice de résilience
# $day: a date in words.
insights-index-from = Pas encore d'indice aujourd'hui. Celui-ci date du { $day }.
insights-index-today-read = Indice de résilience aujourd'hui :
insights-index-on-read = Indice de résilience du { $day } :
insights-index-out-of-read = sur 100,
insights-index-formula = formule
insights-index-version = v{ $version }
insights-index-parts = De quoi se compose l'indice
insights-index-sleep-parts = Composantes du sommeil
insights-part-calm = Calme
insights-part-calm-hint = d'après le stress
insights-part-sleep = Sommeil
insights-part-sleep-hint = qualité et durée
insights-part-quality = Qualité
insights-part-duration = Durée
insights-part-comfort = Confort
insights-part-comfort-hint = d'après la douleur
insights-part-self-worth = Valeur de soi
insights-part-self-worth-hint = d'après l'estime de soi
insights-score-out-of = sur 100
insights-index-parts-today = Le bilan du jour compte pour l'instant { $count ->
        [one] { $count } composante
       *[other] { $count } composantes
    } ; une de plus parmi stress, sommeil, douleur ou estime de soi donne l'indice du jour.
insights-index-rate-two = Notez deux éléments au choix parmi stress, sommeil, douleur et estime de soi dans l'écran Aujourd'hui.
insights-index-how = L'indice est la moyenne des composantes renseignées, chacune de 0 à 100, plus haut étant mieux ; il en faut au moins deux.
insights-index-how-title = Comment est-il calculé ?
insights-index-how-calm = Calme = 100 − 10 × stress
insights-index-how-sleep = Sommeil = la moyenne de 10 × qualité du sommeil et d'un score de durée : 100 pour 7 à 9 heures, 25 de moins par heure en dehors, 0 à 3 heures ou moins ou à 13 heures ou plus
insights-index-how-comfort = Confort = 100 − 10 × douleur
insights-index-how-self-worth = Valeur de soi = 10 × estime de soi
insights-index-how-version = Version de l'indice : { $version }. Si la formule change un jour, elle reçoit une nouvelle version, et les anciens chiffres ne sont jamais réécrits en silence.

## The last 7 and 30 days.

insights-period-index = Indice, moyenne
insights-period-no-index = aucun jour avec un indice
insights-period-over-days = sur { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }

## What your journal shows.

insights-findings-title = Ce que montre votre journal
insights-findings-lead = { $range ->
        [days30] Sur les 30 derniers jours, du plus net au moins net.
        [days90] Sur les 90 derniers jours, du plus net au moins net.
        [year] Sur la dernière année, du plus net au moins net.
       *[all] Sur tout votre journal, du plus net au moins net.
    }
insights-findings-label = Constats
insights-findings-none = Rien ne ressort encore { insights-range-in }. Les constats apparaîtront ici à mesure que votre journal s'étoffe.
insights-findings-coming = À venir
insights-kind-massage-effect = Massage
insights-kind-immediate-effect = Pendant une séance
insights-kind-tag-effect = Étiquettes
insights-kind-sleep-stress = Sommeil et stress
insights-kind-index-trend = Tendance
insights-kind-bounce-back = Récupération après le stress

## Massage effect.

insights-massage-title = Effet du massage
insights-massage-lead = Chaque mesure les deux jours suivant une séance, comparée aux jours sans séance dans les trois jours précédents.
insights-massage-none = Aucune séance de massage { insights-range-in }.
insights-massage-log-hint = Enregistrez vos séances dans l'écran Massage ; les bilans autour de ces jours font le reste.
# $cadence: "every 21 days (median)", or none; $last: the last session's date in words, or none.
insights-massage-sessions = { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } { insights-range-in }{ $cadence ->
        [none] {""}
       *[other] , { $cadence }
    }{ $last ->
        [none] {""}
       *[other] {" "}; la dernière le { $last }
    }.
insights-cadence = tous les { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } (médiane)
insights-massage-effects-label = Effet par mesure
# After a difference such as "1.6 points lower"; $interval: "95% CI 0.9 to 2.3".
insights-massage-after = les deux jours suivants ({ $interval })
# $counts: "14 sessions, 28 after-days vs 210 baseline days"; $after and $baseline: means.
insights-massage-averages = { $counts } ; moyennes de { $after } après contre { $baseline } les jours de référence
insights-effect-counts = { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    }, { $afterDays ->
        [one] { $afterDays } jour après
       *[other] { $afterDays } jours après
    } contre { $baselineDays ->
        [one] { $baselineDays } jour de référence
       *[other] { $baselineDays } jours de référence
    }
insights-missing-none = Pas encore assez de données
# $missing: a list of what is missing.
insights-missing = Pas encore assez de données — il manque { $missing }
insights-missing-sessions = { $count ->
        [one] { $count } séance
       *[other] { $count } séances
    }
insights-missing-after-days = { $count ->
        [one] { $count } bilan
       *[other] { $count } bilans
    } les deux jours suivant une séance
insights-missing-baseline-days = { $count ->
        [one] { $count } bilan
       *[other] { $count } bilans
    } des jours sans séance récente
insights-legend-difference = différence, avec son intervalle à 95 % en trait
insights-legend-hollow = creux : l'intervalle inclut zéro, cela pourrait donc être le hasard
insights-legend-sides = À gauche de 0, plus bas après une séance ; à droite de 0, plus haut.
# $measures: a list of measure names.
insights-massage-not-logged = Non renseigné autour des séances { insights-range-in } : { $measures }.
insights-immediate-title = Juste avant et juste après une séance
# $change: a difference such as "2.1 points lower"; $interval: "95% CI 1.5 to 2.7".
insights-immediate-change = { $change } juste après que juste avant ({ $interval })
insights-immediate-same = à peu près pareil juste après que juste avant ({ $interval })
insights-immediate-sessions = { $count ->
        [one] { $count } séance avec les deux notes
       *[other] { $count } séances avec les deux notes
    }
insights-immediate-missing = Apparaîtra quand vous aurez noté { $measure ->
        [stress] le stress
        [sleepHours] le sommeil
        [sleepQuality] la qualité du sommeil
        [pain] la douleur
        [selfEsteem] l'estime de soi
        [mood] l'humeur
        [anxiety] l'anxiété
       *[bodyAwareness] la conscience corporelle
    } avant et après { $count ->
        [one] { $count } séance de plus
       *[other] { $count } séances de plus
    }.
insights-massage-caveat = Les jours suivant une séance peuvent différer pour d'autres raisons (une semaine plus calme, un jour de congé) : il s'agit donc d'une association dans vos propres données, pas d'une preuve que le massage en est la cause.

## Bounce-back.

insights-bounce-title = Récupération après le stress
insights-bounce-lead = Après un pic de stress, combien de jours votre stress met à redescendre.
insights-bounce-no-spikes = Aucun pic de stress { insights-range-in }.
# $stress: the usual stress level, already formatted; $days: how many of the last 28 days it is the mean of.
insights-bounce-usual-is = Votre stress habituel ces derniers temps est de { $stress } (d'après { $days } des 28 derniers jours).
insights-bounce-usual = Votre stress habituel ces derniers temps : { $stress }, la moyenne de { $days } des 28 derniers jours.
insights-bounce-none-yet = Aucun de ces pics n'est encore redescendu
insights-bounce-median = délai médian pour redescendre
insights-bounce-spikes = Pics de stress
insights-bounce-recovered = Redescendus
insights-bounce-unresolved = Pas en 14 jours
insights-bounce-ongoing = En cours
insights-bounce-by-month = Récupération médiane par mois
insights-bounce-earlier = Mois précédents ({ $count })
insights-bounce-none-back = aucun redescendu
insights-bounce-month-spikes = { $count ->
        [one] { $count } pic
       *[other] { $count } pics
    }
insights-bounce-how-title = Comment est-ce mesuré ?
insights-bounce-how-usual = Votre niveau habituel un jour donné est la moyenne du stress des jours notés parmi les 28 précédents ; il en faut au moins 7.
insights-bounce-how-spike = Un pic est un jour où le stress atteint 7 ou plus et dépasse d'au moins 2 votre niveau habituel (sans niveau habituel encore : 7 ou plus). Un nouveau pic ne peut commencer qu'une fois le précédent redescendu ou ses 14 jours écoulés.
insights-bounce-how-back = Le stress est redescendu le premier jour noté ensuite avec un stress d'au plus 1 au-dessus de votre niveau habituel du jour du pic (sans niveau habituel : 5 ou moins). Les jours entre le pic et ce jour forment le temps de récupération.
insights-bounce-how-unresolved = Un pic non redescendu en 14 jours est compté comme « pas en 14 jours », jamais écarté ; un pic dont les 14 jours ne sont pas encore écoulés est « en cours ».

## Care notes.

insights-care-title = Une note bienveillante
insights-care-fine = Le journal ne peut pas dire pourquoi, et ce n'est pas un diagnostic. Si vous ne vous sentez pas en sécurité, contactez une ligne d'écoute ou le numéro d'urgence local.
