### La pantalla Tendencias: gráficos del diario a lo largo del tiempo, el año en color, dos
### medidas comparadas y el efecto del masaje, con sus tablas, resúmenes y exportaciones.

trends-title = Tendencias
trends-lead = Cómo han ido tus días a lo largo de semanas, meses y años.
trends-tabs-label = Vistas de tendencias
trends-tab-time = A lo largo del tiempo
trends-tab-year = El año en color
trends-tab-compare = Comparar
trends-tab-effect = Efecto del masaje

## Nombre de una medida dentro de una frase ($metric: stress, sleepHours, sleepQuality, pain,
## selfEsteem, mood, anxiety, bodyAwareness, index).

trends-measure-in-sentence = { $metric ->
    [stress] estrés
    [sleepHours] horas de sueño
    [sleepQuality] calidad del sueño
    [pain] dolor
    [selfEsteem] autoestima
    [mood] estado de ánimo
    [anxiety] ansiedad
    [bodyAwareness] conciencia corporal
   *[index] índice de resiliencia
}
trends-value-hours = { $value } h
trends-value-index = { $value }/100

## Periodos

trends-range-label = Periodo
trends-range-1m = 1 m
trends-range-3m = 3 m
trends-range-6m = 6 m
trends-range-1y = 1 a
trends-range-all = Todo
trends-range-custom = Elegir
# Dentro de una frase tras «en»: «Promedios en los últimos 6 meses».
trends-range-1m-words = el último mes
trends-range-3m-words = los últimos 3 meses
trends-range-6m-words = los últimos 6 meses
trends-range-1y-words = el último año
trends-range-all-words = todo tu diario
trends-range-custom-words = los días elegidos
trends-range-1m-title = Mostrar el último mes
trends-range-3m-title = Mostrar los últimos 3 meses
trends-range-6m-title = Mostrar los últimos 6 meses
trends-range-1y-title = Mostrar el último año
trends-range-all-title = Mostrar todo tu diario
trends-range-custom-title = Elegir los días
trends-range-custom-span = { $from } – { $to }
trends-range-from = Desde
trends-range-to = Hasta
trends-range-show = Mostrar
trends-range-waiting = Elige el primer y el último día y pulsa «Mostrar».
trends-range-error-no-from = Elige el primer día del periodo.
trends-range-error-no-to = Elige el último día del periodo.
trends-range-error-not-a-day = { $day } no es un día del calendario.
trends-range-error-too-early = El diario empieza en 1900.
trends-range-error-backwards = El último día es anterior al primero. Inviértelos o elige un final posterior.
trends-range-error-too-long = Un gráfico abarca como mucho 100 años; elige un primer día posterior.

## Selección de medidas

trends-metrics-label = Medidas
trends-metrics-keep-one = Deja al menos una medida seleccionada.
trends-metrics-hidden = Se ha ocultado { $measure }.

## Todas las vistas

trends-retry = Reintentar
trends-error-lead = No se pudo dibujar el gráfico.
trends-loading-chart = Dibujando tu gráfico…
trends-legend-label = Cómo leer el gráfico

## A lo largo del tiempo

trends-over-time-label = Tendencias de { $measures } del { $from } al { $to }
trends-over-time-empty = No hay nada que dibujar entre el { $from } y el { $to }.
trends-over-time-empty-hint = Elige un periodo más largo o «Todo», otras medidas, o haz el registro en Hoy para empezar la línea.
trends-legend-day-value = valor de cada día
trends-legend-week-mean = media de cada semana
trends-legend-mean-days = media de { $days } días
trends-legend-mean-weeks = media de { $weeks } semanas (puntos semanales)
trends-legend-done = masaje
trends-legend-planned = prevista
trends-legend-cancelled = cancelada
trends-legend-gaps = los huecos son días sin entrada
trends-panels-label-days = { $chart }. Las flechas pasan de un día a otro; Intro abre el día.
trends-panels-label-weeks = { $chart }. Las flechas pasan de una semana a otra; Intro abre el día.
trends-panels-help = Las sesiones de masaje son los botones bajo el eje del tiempo. «Ver como tabla» muestra todos los valores.
trends-markers-label = Sesiones de masaje en este periodo
trends-marker-open = { $marker }, { $day }: abrir la sesión
trends-marker = { $status ->
    [planned] Sesión de masaje prevista
    [cancelled] Sesión de masaje cancelada
   *[done] Sesión de masaje
} ({ $kind })
trends-readout = { $point }: { $values }
trends-readout-value = { $measure } { $value }
trends-readout-sessions = { $text }. { $sessions }
trends-series-mean = { $measure }, media de { $days } días
trends-week-of = Semana del { $date }
trends-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}

## Información emergente

trends-tooltip-mean = media { $value }
trends-tooltip-note = «{ $note }»
trends-tooltip-open-day = Haz clic para abrir este día
trends-tooltip-open-week = Haz clic para abrir el primer día de la semana

## Resumen

trends-summary-empty = No hay nada registrado en { $range } para las medidas elegidas.
trends-summary = Promedios en { $range }: { $parts }.
trends-summary-with-notes = Promedios en { $range } ({ $notes }): { $parts }.
trends-summary-separator = {"; "}
trends-summary-note-separator = {", "}
trends-summary-not-logged = { $measure } sin registrar
trends-summary-measure = { $measure } { $value }
trends-summary-measure-days = { $measure } { $value } en { $count ->
    [one] { $count } día
   *[other] { $count } días
}
trends-summary-measure-change = { $text }, { $change }
trends-summary-steady = estable
trends-summary-up = sube de { $from } a { $to }
trends-summary-down = baja de { $from } a { $to }
trends-summary-days-logged = { $count ->
    [one] { $count } día registrado
   *[other] { $count } días registrados
}
trends-summary-massages = { $count ->
    [one] { $count } masaje
   *[other] { $count } masajes
}

## Tabla

trends-table-show = Ver como tabla
trends-table-hide = Ocultar tabla
trends-table-caption-days = Cada día, del { $from } al { $to }, los más recientes primero
trends-table-caption-weeks = Medias semanales, del { $from } al { $to }, las más recientes primero
trends-table-day = Día
trends-table-week = Semana
trends-table-mean = (media)
trends-table-mean-days = media de { $days } días
trends-table-mean-weeks = media de { $weeks } semanas
trends-table-massage = Masaje
trends-table-note = Nota
trends-table-open-day = Abrir { $day }
trends-table-empty = No hay nada registrado en este periodo.
trends-table-more = { $count ->
    [one] Ver { $count } fila anterior ({ $hidden } sin mostrar)
   *[other] Ver { $count } filas anteriores ({ $hidden } sin mostrar)
}

## Guardar gráficos

trends-export-png = Guardar como PNG
trends-export-csv = Guardar datos como CSV
trends-export-saved = Guardado en { $path }. El archivo no está cifrado: guárdalo en un lugar privado.
trends-export-failed = No se guardó el archivo. { $reason }
trends-export-no-picture = No hay ningún gráfico en pantalla que guardar.
trends-export-no-data = No hay datos del gráfico que guardar.
trends-export-not-drawn = No se pudo convertir el gráfico en imagen.
trends-export-title-over-time = Resilience Journal · Tendencias
trends-export-title-compare = Resilience Journal · { $pair }
trends-export-title-effect = Resilience Journal · Efecto del masaje, del { $from } al { $to }

## Comparar

trends-compare-title = Comparar dos medidas
trends-compare-left = Eje izquierdo
trends-compare-right = Eje derecho
trends-compare-versus = frente a
trends-compare-pair = { $a } y { $b }
trends-compare-caption = { $pair }: { $r }
trends-compare-empty = No hay nada registrado de estas dos entre el { $from } y el { $to }. Prueba con un periodo más largo.
trends-compare-series = Series
trends-compare-series-left = { $measure } (eje izquierdo)
trends-compare-series-right = { $measure } (eje derecho)
trends-compare-chart-label = { $chart }. Las flechas pasan de un punto a otro; Intro abre el día.
trends-compare-same = Elige dos medidas distintas para compararlas.
trends-correlation-r = r = { $r } (n = { $n })
trends-correlation-r-none = r no disponible (n = { $n })
trends-correlation-too-few = Menos de 3 días registran a la vez { $a } y { $b }, así que aún no hay nada que comparar.
trends-correlation-constant = { $count ->
    [one] Una de las dos no cambió nunca en el { $count } día que registra ambas, así que no hay correlación que mostrar.
   *[other] Una de las dos no cambió nunca en los { $count } días que registran ambas, así que no hay correlación que mostrar.
}
trends-correlation-none = { $count ->
    [one] No hay una relación clara entre { $a } y { $b } en el { $count } día que registra ambas.
   *[other] No hay una relación clara entre { $a } y { $b } en los { $count } días que registran ambas.
}
trends-correlation-link = Cuanto más alto era el valor de { $a }, más { $way ->
    [higher] alto
   *[lower] bajo
} tendía a ser el de { $b }: una relación { $strength ->
    [weak] débil
    [moderate] moderada
   *[strong] fuerte
} a lo largo de { $count ->
    [one] { $count } día
   *[other] { $count } días
}. Es un patrón en tus propias entradas, no una prueba de causa.

## El año en color

trends-year-loading = Coloreando tu año…
trends-year-nav = Año
trends-year-previous = Año anterior
trends-year-next = Año siguiente
trends-year-colour-by = Colorear por
trends-year-scale = Escala de color: de { $low } a { $high }
trends-year-no-entry = sin entrada
trends-year-higher-better = más alto es mejor
trends-year-lower-better = más bajo es mejor
trends-year-readout-hint = Señala un día o muévete hasta él para leerlo; haz clic para abrirlo.
trends-year-open-day = { $day }. Abrir el día.
trends-year-table-caption = Cada día registrado de { $year }, los más recientes primero
trends-year-day-empty = { $day }: sin registrar
trends-year-day-value = { $day }: { $measure } { $value }
trends-year-summary-empty = No hay registros { $metric ->
    [index] del índice de resiliencia
   *[other] de { $measure }
} en { $year }.
trends-year-summary = { $year }: { $count ->
    [one] { $count } día
   *[other] { $count } días
} con registro { $metric ->
    [index] del índice de resiliencia
   *[other] de { $measure }
}, con una media de { $mean }.
trends-year-summary-months = { $year }: { $count ->
    [one] { $count } día
   *[other] { $count } días
} con registro { $metric ->
    [index] del índice de resiliencia
   *[other] de { $measure }
}, con una media de { $mean }; mejor mes, { $best } ({ $bestValue }); el más difícil, { $hardest } ({ $hardestValue }).

## Efecto del masaje

trends-effect-loading = Reuniendo tus sesiones…
trends-effect-legend-clear = diferencia clara (el intervalo excluye el 0)
trends-effect-legend-unclear = sin diferencia clara
trends-effect-legend-whiskers = bigotes: intervalo del 95 %
trends-effect-legend-units = diferencias en las unidades de cada medida (0–10 puntos, horas de sueño)
trends-effect-after-title = { $count ->
    [one] Los dos días después de un masaje frente a tus días habituales ({ $count } sesión)
   *[other] Los dos días después de un masaje frente a tus días habituales ({ $count } sesiones)
}
trends-effect-after-lower = más bajo de lo habitual
trends-effect-after-higher = más alto de lo habitual
trends-effect-now-title = Justo después de una sesión frente a justo antes (tus valoraciones de la sesión)
trends-effect-now-lower = bajó
trends-effect-now-higher = subió
trends-effect-figure-label = { $title }. Los números aparecen debajo.
trends-effect-missing = aún no hay datos suficientes
trends-effect-picture-note = Punto relleno: diferencia clara (su intervalo del 95 %, los bigotes, excluye el 0). Punto hueco: sin diferencia clara. Las diferencias están en las unidades de cada medida (0–10 puntos, horas de sueño).
trends-effect-table-caption = Efecto del masaje, del { $from } al { $to }
trends-effect-table-measure = Medida
trends-effect-table-compared = Comparación
trends-effect-table-difference = Diferencia
trends-effect-table-reading = Lectura
trends-effect-table-basis = Basado en
trends-effect-table-after = 2 días después frente a lo habitual
trends-effect-table-now = después frente a antes
trends-effect-reading-none = sin diferencia clara
trends-effect-reading-after = { $direction ->
    [higher] más alto
   *[lower] más bajo
} en los dos días posteriores ({ $verdict ->
    [better] mejor
   *[worse] peor
})
trends-effect-reading-now = { $direction ->
    [higher] más alto
   *[lower] más bajo
} justo después ({ $verdict ->
    [better] mejor
   *[worse] peor
})
trends-effect-numbers = { $value } (IC del 95 %: { $low } a { $high })
trends-effect-not-enough = Aún no hay datos suficientes
trends-effect-not-enough-list = Aún no hay datos suficientes: { $missing }
trends-effect-list-separator = {", "}
trends-effect-more-sessions = { $count ->
    [one] { $count } sesión más
   *[other] { $count } sesiones más
}
trends-effect-more-after-days = { $count ->
    [one] { $count } día registrado más tras las sesiones
   *[other] { $count } días registrados más tras las sesiones
}
trends-effect-more-usual-days = { $count ->
    [one] { $count } día habitual más
   *[other] { $count } días habituales más
}
trends-effect-basis-counts = { $sessions ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}, { $afterDays ->
    [one] { $afterDays } día posterior
   *[other] { $afterDays } días posteriores
}, { $usualDays ->
    [one] { $usualDays } día habitual
   *[other] { $usualDays } días habituales
}
trends-effect-basis-means = después { $after } en { $afterDays ->
    [one] { $afterDays } día
   *[other] { $afterDays } días
} frente a lo habitual { $usual } en { $usualDays ->
    [one] { $usualDays } día
   *[other] { $usualDays } días
}
trends-effect-rated-sessions = { $count ->
    [one] { $count } sesión valorada
   *[other] { $count } sesiones valoradas
}
trends-effect-not-enough-rated = Aún no hay suficientes sesiones valoradas
trends-effect-not-enough-rated-more = Aún no hay suficientes sesiones valoradas: faltan { $count }
trends-effect-changes-lower = menor { $measures }
trends-effect-changes-higher = mayor { $measures }
trends-effect-summary-none-clear = Aún no hay una diferencia clara entre los días después de un masaje y tus días habituales.
trends-effect-summary-not-enough = Aún no hay suficientes sesiones y registros para comparar los días después de un masaje con tus días habituales.
trends-effect-summary-after = En los dos días después de un masaje: { $changes }.
trends-effect-summary-now = Justo después de una sesión: { $changes }.
