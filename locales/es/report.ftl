### The printable monthly report. $month is a month in the language's own form ("November 2025").

report-kicker = { app-name } · informe mensual
report-back = ← Volver a tus datos
report-previous-month = Mes anterior
report-next-month = Mes siguiente
report-month = Mes
report-year = Año
report-print = Imprimir…
report-check-ins = { $count ->
        [one] Registro en { $count } de { $days } días
       *[other] Registros en { $count } de { $days } días
    }
report-sessions = { $count ->
        [one] { $count } sesión de masaje
       *[other] { $count } sesiones de masaje
    }
report-failed = No se pudo crear el informe.
report-try-again = Volver a intentarlo
report-loading = Preparando el informe de { $month }…
report-empty = No hay nada registrado en { $month }. Elige otro mes arriba.

## Averages

report-averages = Promedios
report-averages-none = Este mes no se registró ninguna medida, solo notas.
report-averages-measure = Medida
report-averages-average = Promedio
report-averages-lowest = Mínimo
report-averages-highest = Máximo
report-averages-days = Días registrados
report-averages-note = Las valoraciones van de 0 a 10, tal como las registraste: en estrés, dolor y ansiedad, cuanto más bajo, mejor.
report-measure-sleep = Sueño
# $value: a number already written in the language ("4,3").
report-value-rating = { $value }/10
report-value-hours = { $value } h

## The chart

report-chart-title = Estrés, sueño y dolor, día a día
report-chart-label = Gráfico del estrés, las horas de sueño y el dolor de cada día de { $month }. Los promedios están en la tabla de arriba.
report-chart-axis-rating = 0–10
report-chart-axis-hours = horas
# $measure: a measure's name.
report-chart-right-axis = { $measure } (eje derecho)

## Sessions and notes

report-sessions-title = Sesiones de masaje
report-sessions-none = Ninguna sesión este mes.
report-sessions-when = Cuándo
report-sessions-kind = Tipo
report-sessions-therapist = Terapeuta
# $day: "Tuesday 24 November"; $time: "18:00".
report-session-when = { $day }, { $time }
report-session-when-planned = { $day }, { $time } (prevista)
report-sessions-note = Estrés y dolor: antes → después de la sesión.
report-notes-title = Notas del día
report-notes-none = Ninguna nota este mes.
# $day: the day the report is printed.
report-footer = Datos registrados por ti en { app-name }; impreso el { $day }. Los promedios son de los días registrados. No es un historial médico.
