### Constats de l'écran « Analyses » : des phrases que le cœur de l'application tire des chiffres de
### vos propres données (chacune avec son effectif et son intervalle de confiance à 95 %), des notes
### bienveillantes, et ce qui apparaît après combien de données en plus. Variables : voir le fichier
### anglais.

## Éléments communs aux phrases ci-dessous (ils lisent les variables de la phrase).

findings-measure-start = { $measure ->
        [stress] Votre stress
        [sleepHours] Votre sommeil
        [sleepQuality] La qualité de votre sommeil
        [pain] Votre douleur
        [selfEsteem] Votre estime de soi
        [mood] Votre humeur
        [anxiety] Votre anxiété
       *[bodyAwareness] Votre conscience corporelle
    }
findings-measure = { $measure ->
        [stress] votre stress
        [sleepHours] votre sommeil
        [sleepQuality] la qualité de votre sommeil
        [pain] votre douleur
        [selfEsteem] votre estime de soi
        [mood] votre humeur
        [anxiety] votre anxiété
       *[bodyAwareness] votre conscience corporelle
    }
findings-size = { $measure ->
        [sleepHours] { $direction ->
            [less] plus court
           *[more] plus long
        } de { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $size ->
            [one] heure
           *[other] heures
        }
        [stress] { $direction ->
            [less] inférieur
           *[more] supérieur
        } de { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $size ->
            [one] point
           *[other] points
        }
       *[other] { $direction ->
            [less] inférieure
           *[more] supérieure
        } de { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $size ->
            [one] point
           *[other] points
        }
    }
# Quand l'intervalle à 95 % contient zéro.
findings-hedge = { $ci ->
        [across] , mais cela reste dans ce que le hasard seul pourrait produire
       *[other] {""}
    }
findings-interval = { $ci ->
        [below] IC à 95 % : { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } à { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [above] IC à 95 % : { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } à { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [across] IC à 95 % : de { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) }{ $measure ->
            [sleepHours] {" "}h de moins
           *[other] {" "}de moins
        } à { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }{ $measure ->
            [sleepHours] {" "}h de plus
           *[other] {" "}de plus
        }
       *[none] pas d'intervalle : les valeurs n'ont pas varié
    }

## Constats.

findings-massage-effect = { $direction ->
        [same] { findings-measure-start } était à peu près identique les deux jours suivant un massage et les autres jours
       *[other] { findings-measure-start } était { findings-size } les deux jours suivant un massage
    }{ findings-hedge } ({ $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } ; { findings-interval }).
findings-immediate-effect = { $direction ->
        [same] { findings-measure-start } était à peu près identique juste après une séance et juste avant
       *[other] { findings-measure-start } était { findings-size } juste après une séance par rapport à juste avant
    }{ findings-hedge } ({ $sessions ->
        [one] { $sessions } séance avec les deux notes
       *[other] { $sessions } séances avec les deux notes
    } ; { findings-interval }).
findings-tag-effect = { $direction ->
        [same] Les jours avec l'étiquette « { $tag } », { findings-measure } ne différait guère des jours sans elle
       *[other] Les jours avec l'étiquette « { $tag } », { findings-measure } était { findings-size } par rapport aux jours sans elle
    }{ findings-hedge } ({ $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } avec l'étiquette, { $otherDays } sans ; { findings-interval }).
findings-sleep-stress = Après les nuits avec plus de sommeil, le stress du lendemain avait tendance à être plus { $direction ->
        [less] bas
       *[more] élevé
    } (r = { NUMBER($r, minimumFractionDigits: 2, maximumFractionDigits: 2) } sur { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ; IC à 95 % : { NUMBER($low, minimumFractionDigits: 2, maximumFractionDigits: 2) } à { NUMBER($high, minimumFractionDigits: 2, maximumFractionDigits: 2) }).
findings-trend-numbers = { $days ->
        [one] { $days } jour avec un indice
       *[other] { $days } jours avec un indice
    } ; { $ci ->
        [below] IC à 95 % : { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } à { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [above] IC à 95 % : { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } à { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [across] IC à 95 % : de { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } à la baisse à { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) } à la hausse
       *[none] pas d'intervalle : les valeurs n'ont pas varié
    }
findings-index-trend = { $trend ->
        [unclear] Votre indice de résilience n'a pas montré de tendance claire sur cette période ({ NUMBER($estimate, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $estimate ->
            [one] point
           *[other] points
        } par 30 jours ; { findings-trend-numbers }).
        [steady] Votre indice de résilience est resté stable sur cette période ({ findings-trend-numbers }).
        [down] Votre indice de résilience a baissé de { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $size ->
            [one] point
           *[other] points
        } par 30 jours sur cette période ({ findings-trend-numbers }).
       *[up] Votre indice de résilience a augmenté de { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $size ->
            [one] point
           *[other] points
        } par 30 jours sur cette période ({ findings-trend-numbers }).
    }
findings-bounce-back = Après un pic de stress, votre stress est redescendu en { NUMBER($median, maximumFractionDigits: 1) } { $median ->
        [one] jour
       *[other] jours
    } en médiane ({ $spikes ->
        [one] { $spikes } pic
       *[other] { $spikes } pics
    }{ $unresolved ->
        [0] {""}
        [one] {" "}; { $unresolved } non redescendu en 14 jours
       *[other] {" "}; { $unresolved } non redescendus en 14 jours
    }).

## Notes bienveillantes et la mise en garde qui accompagne toujours les constats.

findings-care-low-mood = Votre humeur a été basse (3 ou moins) { $days } des { $loggedDays } jours que vous avez notés ces deux dernières semaines. Une humeur basse qui dure mérite d'en parler avec une personne de confiance, ou avec un professionnel comme votre médecin.
findings-care-high-pain = Votre douleur a été de 7 ou plus { $days } des { $loggedDays } jours que vous avez notés ces deux dernières semaines. Une douleur qui persiste mérite l'avis d'un médecin ou d'un kinésithérapeute.
findings-caveat = Ce sont des associations dans vos propres données : pas la preuve qu'une chose en cause une autre, ni un avis médical.

## Ce qui apparaît après combien de données en plus.

findings-need-today-index = L'indice de résilience du jour apparaît dès que le bilan du jour contient au moins { $components } de ces valeurs : stress, sommeil, douleur et estime de soi.
findings-need-change-in = L'évolution sur { $days } jours apparaîtra dans { $more ->
        [one] { $more } jour
       *[other] { $more } jours
    }, quand votre premier bilan aura { $days } jours.
findings-need-change-after-first = L'évolution sur { $days } jours apparaît { $days } jours après votre premier bilan.
findings-need-change-none-before = Il n'y a aucun bilan dans les { $days } jours qui précèdent ces { $days } jours : pas d'évolution à montrer.
findings-need-index-trend = La tendance de l'indice apparaît dès que { $days } jours de cette période ont un indice : encore { $more }.
findings-need-bounce-back = La récupération après le stress compare votre stress à votre niveau habituel, ce qui demande une note de stress sur { $days } des 28 derniers jours : encore { $more }.
findings-need-missing-sessions = { $sessions ->
        [one] encore { $sessions } séance
       *[other] encore { $sessions } séances
    }
findings-need-missing-after = { $afterDays ->
        [one] encore { $afterDays } bilan
       *[other] encore { $afterDays } bilans
    } les deux jours suivant une séance
findings-need-missing-baseline = { $baselineDays ->
        [one] encore { $baselineDays } bilan
       *[other] encore { $baselineDays } bilans
    } les jours sans séance récente
findings-need-massage-effect = Le lien entre massage et meilleures journées apparaît après 3 séances, 6 bilans les deux jours qui suivent et 10 les autres jours : { $sessions ->
        [0] { $afterDays ->
            [0] { findings-need-missing-baseline }
           *[other] { findings-need-missing-after }{ $baselineDays ->
                [0] {""}
               *[other] , { findings-need-missing-baseline }
            }
        }
       *[other] { findings-need-missing-sessions }{ $afterDays ->
            [0] {""}
           *[other] , { findings-need-missing-after }
        }{ $baselineDays ->
            [0] {""}
           *[other] , { findings-need-missing-baseline }
        }
    }.
findings-need-immediate-effect = L'évolution entre juste avant et juste après une séance apparaît quand { $more ->
        [one] { $more } séance de plus aura
       *[other] { $more } séances de plus auront
    } une note de stress avant et après.
findings-need-tag-effects = L'effet d'une étiquette apparaît dès qu'elle figure sur au moins { $days } jours notés et manque sur au moins { $days }.
findings-need-tags = Ajoutez à vos bilans des étiquettes comme « travail » ou « yoga » pour comparer les jours avec et sans elles.
findings-need-sleep-stress = Le lien entre le sommeil de la nuit et le stress du jour apparaît après { $more ->
        [one] { $more } jour de plus
       *[other] { $more } jours de plus
    } avec heures de sommeil et stress.
