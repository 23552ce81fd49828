### Hallazgos de la pantalla «Análisis»: frases que el núcleo forma con los números de tus propios
### datos (cada una con su recuento y su intervalo de confianza del 95 %), notas de cuidado, y lo que
### aparece tras cuántos datos más. Variables como se describen en el archivo en inglés.

## Partes que comparten las frases de abajo (leen las variables de la propia frase).

findings-measure-start = { $measure ->
        [stress] Tu estrés
        [sleepHours] Tu sueño
        [sleepQuality] La calidad de tu sueño
        [pain] Tu dolor
        [selfEsteem] Tu autoestima
        [mood] Tu estado de ánimo
        [anxiety] Tu ansiedad
       *[bodyAwareness] Tu conciencia corporal
    }
findings-measure = { $measure ->
        [stress] tu estrés
        [sleepHours] tu sueño
        [sleepQuality] la calidad de tu sueño
        [pain] tu dolor
        [selfEsteem] tu autoestima
        [mood] tu estado de ánimo
        [anxiety] tu ansiedad
       *[bodyAwareness] tu conciencia corporal
    }
findings-size = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $measure ->
        [sleepHours] horas más { $direction ->
            [less] corto
           *[more] largo
        }
        [stress] puntos más { $direction ->
            [less] bajo
           *[more] alto
        }
        [pain] puntos más { $direction ->
            [less] bajo
           *[more] alto
        }
        [mood] puntos más { $direction ->
            [less] bajo
           *[more] alto
        }
       *[other] puntos más { $direction ->
            [less] baja
           *[more] alta
        }
    }
# Cuando el intervalo del 95 % incluye el cero.
findings-hedge = { $ci ->
        [across] , pero eso está dentro de lo que podría dar el azar por sí solo
       *[other] {""}
    }
findings-interval = { $ci ->
        [below] IC del 95 %: de { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } a { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [above] IC del 95 %: de { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } a { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [across] IC del 95 %: de { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) }{ $measure ->
            [sleepHours] {" "}h menos
           *[other] {" "}menos
        } a { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }{ $measure ->
            [sleepHours] {" "}h más
           *[other] {" "}más
        }
       *[none] sin intervalo: los valores no variaron
    }

## Hallazgos.

findings-massage-effect = { $direction ->
        [same] { findings-measure-start } fue más o menos igual en los dos días posteriores a un masaje que en otros días
       *[other] { findings-measure-start } fue { findings-size } en los dos días posteriores a un masaje
    }{ findings-hedge } ({ $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }; { findings-interval }).
findings-immediate-effect = { $direction ->
        [same] { findings-measure-start } fue más o menos igual justo después de una sesión que justo antes
       *[other] { findings-measure-start } fue { findings-size } justo después de una sesión que justo antes
    }{ findings-hedge } ({ $sessions ->
        [one] { $sessions } sesión con ambas valoraciones
       *[other] { $sessions } sesiones con ambas valoraciones
    }; { findings-interval }).
findings-tag-effect = { $direction ->
        [same] En los días con la etiqueta «{ $tag }», { findings-measure } fue más o menos igual que en los días sin ella
       *[other] En los días con la etiqueta «{ $tag }», { findings-measure } fue { findings-size } que en los días sin ella
    }{ findings-hedge } ({ $days ->
        [one] { $days } día
       *[other] { $days } días
    } con la etiqueta, { $otherDays } sin ella; { findings-interval }).
findings-sleep-stress = Después de las noches con más sueño, el estrés del día siguiente tendió a ser más { $direction ->
        [less] bajo
       *[more] alto
    } (r = { NUMBER($r, minimumFractionDigits: 2, maximumFractionDigits: 2) } en { $days ->
        [one] { $days } día
       *[other] { $days } días
    }; IC del 95 %: de { NUMBER($low, minimumFractionDigits: 2, maximumFractionDigits: 2) } a { NUMBER($high, minimumFractionDigits: 2, maximumFractionDigits: 2) }).
findings-trend-numbers = { $days ->
        [one] { $days } día con índice
       *[other] { $days } días con índice
    }; { $ci ->
        [below] IC del 95 %: de { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } a { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [above] IC del 95 %: de { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } a { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [across] IC del 95 %: de { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } a la baja a { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) } al alza
       *[none] sin intervalo: los valores no variaron
    }
findings-index-trend = { $trend ->
        [unclear] Tu índice de resiliencia no mostró una tendencia clara en este periodo ({ NUMBER($estimate, minimumFractionDigits: 1, maximumFractionDigits: 1) } puntos cada 30 días; { findings-trend-numbers }).
        [steady] Tu índice de resiliencia se mantuvo estable en este periodo ({ findings-trend-numbers }).
        [down] Tu índice de resiliencia bajó { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } puntos cada 30 días en este periodo ({ findings-trend-numbers }).
       *[up] Tu índice de resiliencia subió { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } puntos cada 30 días en este periodo ({ findings-trend-numbers }).
    }
findings-bounce-back = Tras un pico de estrés, tu estrés volvió a bajar en una mediana de { NUMBER($median, maximumFractionDigits: 1) } { $median ->
        [one] día
       *[other] días
    } ({ $spikes ->
        [one] { $spikes } pico
       *[other] { $spikes } picos
    }{ $unresolved ->
        [0] {""}
        [one] ; { $unresolved } no bajó en 14 días
       *[other] ; { $unresolved } no bajaron en 14 días
    }).

## Notas de cuidado y la advertencia que acompaña siempre a los hallazgos.

findings-care-low-mood = Tu estado de ánimo ha estado bajo (3 o menos) en { $days } de los { $loggedDays } días que registraste en las últimas dos semanas. Cuando el ánimo bajo se prolonga, vale la pena hablarlo con alguien de confianza o con un profesional, como tu médico.
findings-care-high-pain = Tu dolor ha estado en 7 o más en { $days } de los { $loggedDays } días que registraste en las últimas dos semanas. Un dolor que persiste merece que lo revise un médico o un fisioterapeuta.
findings-caveat = Son asociaciones en tus propios datos: no prueban que una cosa cause otra y no son consejo médico.

## Lo que aparece tras cuántos datos más.

findings-need-today-index = El índice de resiliencia de hoy aparece cuando el registro de hoy incluye al menos { $components } de estos valores: estrés, sueño, dolor y autoestima.
findings-need-change-in = El cambio en { $days } días aparecerá dentro de { $more ->
        [one] { $more } día
       *[other] { $more } días
    }, cuando tu primer registro tenga { $days } días.
findings-need-change-after-first = El cambio en { $days } días aparece { $days } días después de tu primer registro.
findings-need-change-none-before = No hay registros en los { $days } días anteriores a estos { $days }, así que no hay ningún cambio que mostrar.
findings-need-index-trend = La tendencia del índice aparece cuando { $days } días de este periodo tienen índice: { $more ->
        [one] falta { $more }
       *[other] faltan { $more }
    }.
findings-need-bounce-back = La recuperación tras el estrés compara tu estrés con tu nivel habitual, y para eso hace falta valorar el estrés en { $days } de los últimos 28 días: { $more ->
        [one] falta { $more }
       *[other] faltan { $more }
    }.
findings-need-missing-sessions = { $sessions ->
        [one] { $sessions } sesión más
       *[other] { $sessions } sesiones más
    }
findings-need-missing-after = { $afterDays ->
        [one] { $afterDays } registro más
       *[other] { $afterDays } registros más
    } en los dos días posteriores a una sesión
findings-need-missing-baseline = { $baselineDays ->
        [one] { $baselineDays } registro más
       *[other] { $baselineDays } registros más
    } en días sin una sesión reciente
findings-need-massage-effect = Si el masaje va de la mano de mejores días para ti se verá tras 3 sesiones, 6 registros en los dos días posteriores y 10 en otros días: { $sessions ->
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
findings-need-immediate-effect = El cambio entre justo antes y justo después de una sesión aparece cuando { $more ->
        [one] { $more } sesión más tenga
       *[other] { $more } sesiones más tengan
    } el estrés valorado antes y después.
findings-need-tag-effects = El efecto de una etiqueta aparece cuando está en al menos { $days } días registrados y falta en al menos { $days }.
findings-need-tags = Añade etiquetas como «trabajo» o «yoga» a tus registros para comparar los días con y sin ellas.
findings-need-sleep-stress = La relación entre el sueño de anoche y el estrés de hoy aparece tras { $more ->
        [one] { $more } día más
       *[other] { $more } días más
    } con horas de sueño y estrés.
