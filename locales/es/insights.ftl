### The Insights screen: today's resilience index, the last 7 and 30 days, the massage effect,
### bounce-back and the findings for a chosen range. The core's own sentences are in findings.ftl.
### Variables: $measure is a check-in measure (stress, sleepHours, sleepQuality, pain, selfEsteem,
### mood, anxiety, bodyAwareness); $unit is points or hours; $direction is less or more; $range is
### days30, days90, year or all (the range the lower cards describe); messages that say the range
### in a sentence read it through { insights-range-in }, which uses the sentence's own $range.

insights-title = Análisis
insights-intro = Cómo estás, lo rápido que te recuperas y si el masaje va unido a días mejores, según tus propios datos.
insights-load-failed = No se pudieron calcular tus análisis.
insights-loading = Revisando tu diario…
insights-empty-title = Los análisis llegan a medida que crece tu diario
insights-empty-text = Haz el registro en la pantalla Hoy. En unos días, esta página te mostrará tu índice de resiliencia; en unas semanas, lo rápido que te recuperas después de un día difícil y si el masaje parece ayudarte.
insights-week-title = Últimos 7 días
insights-month-title = Últimos 30 días
insights-range-title = Mirando atrás
insights-range-label = Periodo
insights-range-button = { $range ->
        [days30] Últimos 30 días
        [days90] Últimos 90 días
        [year] Último año
       *[all] Todo
    }
# Inside a sentence: "No massage sessions in the last 90 days."
insights-range-in = { $range ->
        [days30] en los últimos 30 días
        [days90] en los últimos 90 días
        [year] en el último año
       *[all] en todo tu diario
    }
insights-days-logged = { $count ->
        [one] { $count } día con registro
       *[other] { $count } días con registro
    }
insights-logged = Registros en { $logged } de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }

## Measures and numbers.

# A measure inside a sentence.
insights-measure-name = { $measure ->
        [stress] estrés
        [sleepHours] sueño
        [sleepQuality] calidad del sueño
        [pain] dolor
        [selfEsteem] autoestima
        [mood] estado de ánimo
        [anxiety] ansiedad
       *[bodyAwareness] conciencia corporal
    }
# A difference: "1.6 points lower", "0.5 hours longer".
insights-size = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $unit ->
        [hours] horas { $direction ->
            [less] menos
           *[more] más
        }
       *[points] puntos { $direction ->
            [less] menos
           *[more] más
        }
    }
insights-about-the-same = más o menos igual
# The 95% interval: $ci is below or above (zero; $low and $high are magnitudes), across (it
# includes zero: $low lower to $high higher) or none.
insights-interval = { $ci ->
        [below] IC del 95 %: de { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } a { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [above] IC del 95 %: de { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } a { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) }
        [across] IC del 95 %: de { NUMBER($low, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $unit ->
            [hours] horas menos
           *[points] menos
        } a { NUMBER($high, minimumFractionDigits: 1, maximumFractionDigits: 1) } { $unit ->
            [hours] horas más
           *[points] más
        }
       *[none] sin intervalo: los valores no variaron
    }
insights-tone-better = mejor
insights-tone-worse = peor
# $change: a difference such as "1.2 points lower".
insights-change = { $change } que en los { $days } días anteriores
insights-change-same = más o menos igual que en los { $days } días anteriores
insights-may-be-chance = puede ser casualidad
insights-could-be-chance = podría ser casualidad
# $words: a change and its interval.
insights-could-be-chance-after = { $words } — podría ser casualidad
insights-nothing-to-compare = nada con qué comparar en los { $days } días anteriores
insights-not-logged = sin registrar
# A mean of sleep hours; $hours is already formatted.
insights-hours-short = { $hours } h
insights-days = { $count ->
        [one] { $count } día
       *[other] { $count } días
    }

## Today's resilience index.

insights-index-today-title = Índice de resiliencia de hoy
insights-index-latest-title = Tu último índice de resiliencia
# $day: a date in words.
insights-index-from = Aún no hay índice de hoy. Este es del { $day }.
insights-index-today-read = Índice de resiliencia hoy:
insights-index-on-read = Índice de resiliencia del { $day }:
insights-index-out-of-read = de 100,
insights-index-formula = fórmula
insights-index-version = v{ $version }
insights-index-parts = De qué se compone el índice
insights-index-sleep-parts = Partes del sueño
insights-part-calm = Calma
insights-part-calm-hint = según el estrés
insights-part-sleep = Sueño
insights-part-sleep-hint = calidad y duración
insights-part-quality = Calidad
insights-part-duration = Duración
insights-part-comfort = Bienestar físico
insights-part-comfort-hint = según el dolor
insights-part-self-worth = Valía personal
insights-part-self-worth-hint = según la autoestima
insights-score-out-of = de 100
insights-index-parts-today = El registro de hoy tiene { $count ->
        [one] { $count } parte
       *[other] { $count } partes
    } por ahora; una más entre estrés, sueño, dolor o autoestima completa el índice de hoy.
insights-index-rate-two = Valora dos cualesquiera entre estrés, sueño, dolor y autoestima en la pantalla Hoy.
insights-index-how = El índice es la media de las partes que registraste, cada una de 0 a 100, donde más alto es mejor; necesita al menos dos.
insights-index-how-title = ¿Cómo se calcula?
insights-index-how-calm = Calma = 100 − 10 × estrés
insights-index-how-sleep = Sueño = la media de 10 × calidad del sueño y una puntuación de duración: 100 con 7–9 horas, 25 menos por cada hora fuera de ese margen, 0 con 3 horas o menos o con 13 o más
insights-index-how-comfort = Bienestar físico = 100 − 10 × dolor
insights-index-how-self-worth = Valía personal = 10 × autoestima
insights-index-how-version = Versión del índice: { $version }. Si la fórmula cambia alguna vez, recibe una versión nueva y los números anteriores no se reescriben sin avisar.

## The last 7 and 30 days.

insights-period-index = Índice, media
insights-period-no-index = ningún día con índice
insights-period-over-days = en { $count ->
        [one] { $count } día
       *[other] { $count } días
    }

## What your journal shows.

insights-findings-title = Lo que muestra tu diario
insights-findings-lead = { $range ->
        [days30] Últimos 30 días, lo más claro primero.
        [days90] Últimos 90 días, lo más claro primero.
        [year] Último año, lo más claro primero.
       *[all] Todo tu diario, lo más claro primero.
    }
insights-findings-label = Hallazgos
insights-findings-none = Todavía no destaca nada { insights-range-in }. Los hallazgos aparecerán aquí a medida que crezca tu diario.
insights-findings-coming = Lo que vendrá
insights-kind-massage-effect = Masaje
insights-kind-immediate-effect = Durante una sesión
insights-kind-tag-effect = Etiquetas
insights-kind-sleep-stress = Sueño y estrés
insights-kind-index-trend = Tendencia
insights-kind-bounce-back = Recuperación tras el estrés

## Massage effect.

insights-massage-title = Efecto del masaje
insights-massage-lead = Cada medida en los dos días posteriores a una sesión, comparada con días sin ninguna sesión en los tres días anteriores.
insights-massage-none = No hay sesiones de masaje { insights-range-in }.
insights-massage-log-hint = Anota tus sesiones en la pantalla Masaje; los registros de esos días hacen el resto.
# $cadence: "every 21 days (median)", or none; $last: the last session's date in words, or none.
insights-massage-sessions = { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } { insights-range-in }{ $cadence ->
        [none] {""}
       *[other] , { $cadence }
    }{ $last ->
        [none] {""}
       *[other] ; la última, el { $last }
    }.
insights-cadence = { $days ->
        [one] a diario
       *[other] cada { $days } días
    } (mediana)
insights-massage-effects-label = Efecto por medida
# After a difference such as "1.6 points lower"; $interval: "95% CI 0.9 to 2.3".
insights-massage-after = en los dos días posteriores ({ $interval })
# $counts: "14 sessions, 28 after-days vs 210 baseline days"; $after and $baseline: means.
insights-massage-averages = { $counts }; media de { $after } después frente a { $baseline } en días de referencia
insights-effect-counts = { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }, { $afterDays ->
        [one] { $afterDays } día posterior
       *[other] { $afterDays } días posteriores
    } frente a { $baselineDays ->
        [one] { $baselineDays } día de referencia
       *[other] { $baselineDays } días de referencia
    }
insights-missing-none = Aún no hay datos suficientes
# $missing: a list of what is missing.
insights-missing = Aún no hay datos suficientes: faltan { $missing }
insights-missing-sessions = { $count ->
        [one] { $count } sesión más
       *[other] { $count } sesiones más
    }
insights-missing-after-days = { $count ->
        [one] { $count } registro más
       *[other] { $count } registros más
    } en los dos días posteriores a una sesión
insights-missing-baseline-days = { $count ->
        [one] { $count } registro más
       *[other] { $count } registros más
    } en días sin una sesión reciente
insights-legend-difference = diferencia, con su intervalo del 95 % como línea
insights-legend-hollow = hueco: el intervalo incluye el cero, así que podría ser casualidad
insights-legend-sides = A la izquierda del 0, más bajo después de una sesión; a la derecha, más alto.
# $measures: a list of measure names.
insights-massage-not-logged = Sin registrar en torno a las sesiones { insights-range-in }: { $measures }.
insights-immediate-title = Justo antes y justo después de una sesión
# $change: a difference such as "2.1 points lower"; $interval: "95% CI 1.5 to 2.7".
insights-immediate-change = { $change } justo después que justo antes ({ $interval })
insights-immediate-same = más o menos igual justo después que justo antes ({ $interval })
insights-immediate-sessions = { $count ->
        [one] { $count } sesión con ambas valoraciones
       *[other] { $count } sesiones con ambas valoraciones
    }
insights-immediate-missing = Aparecerá cuando hayas valorado { $measure ->
        [stress] el estrés
        [sleepHours] el sueño
        [sleepQuality] la calidad del sueño
        [pain] el dolor
        [selfEsteem] la autoestima
        [mood] el estado de ánimo
        [anxiety] la ansiedad
       *[bodyAwareness] la conciencia corporal
    } antes y después de { $count ->
        [one] { $count } sesión más
       *[other] { $count } sesiones más
    }.
insights-massage-caveat = Los días posteriores a una sesión pueden ser distintos por otros motivos (una semana más tranquila, un día libre), así que esto es una asociación en tus propios datos, no una prueba de que el masaje lo haya causado.

## Bounce-back.

insights-bounce-title = Recuperación tras el estrés
insights-bounce-lead = Tras un pico de estrés, cuántos días tarda tu estrés en volver a bajar.
insights-bounce-no-spikes = No hubo picos de estrés { insights-range-in }.
# $stress: the usual stress level, already formatted; $days: how many of the last 28 days it is the mean of.
insights-bounce-usual-is = Tu estrés habitual últimamente es { $stress } (según { $days } de los últimos 28 días).
insights-bounce-usual = Tu estrés habitual últimamente: { $stress }, la media de { $days } de los últimos 28 días.
insights-bounce-none-yet = Ninguno de estos picos ha bajado todavía
insights-bounce-median = mediana hasta volver a bajar
insights-bounce-spikes = Picos de estrés
insights-bounce-recovered = Volvieron a bajar
insights-bounce-unresolved = Sin bajar en 14 días
insights-bounce-ongoing = Aún en curso
insights-bounce-by-month = Recuperación mediana por mes
insights-bounce-earlier = Meses anteriores ({ $count })
insights-bounce-none-back = ninguno bajó
insights-bounce-month-spikes = { $count ->
        [one] { $count } pico
       *[other] { $count } picos
    }
insights-bounce-how-title = ¿Cómo se mide?
insights-bounce-how-usual = Tu nivel habitual en un día es la media del estrés de los días que valoraste entre los 28 anteriores; necesita al menos 7 de ellos.
insights-bounce-how-spike = Un pico es un día con un estrés de 7 o más y al menos 2 por encima de tu nivel habitual (si aún no hay nivel habitual: 7 o más). Un pico nuevo solo puede empezar cuando el anterior ha bajado o han pasado sus 14 días.
insights-bounce-how-back = Volver a bajar es el primer día posterior valorado con un estrés como mucho 1 por encima de tu nivel habitual del día del pico (si no lo hay: 5 o menos). Los días desde el pico hasta ese día son el tiempo de recuperación.
insights-bounce-how-unresolved = Un pico que no baja en 14 días cuenta como «sin bajar en 14 días» y nunca se descarta; uno cuyos 14 días aún no han pasado está «aún en curso».

## Care notes.

insights-care-title = Una nota con cariño
insights-care-fine = El diario no puede saber por qué, y no es un diagnóstico. Si alguna vez no te sientes a salvo, contacta con una línea de ayuda o con el número de emergencias de tu zona.
