### The Journal: the month calendar, the list of entries, search and filters.

journal-heading = Diario
journal-view-legend = Ver el diario como
journal-view-calendar = Calendario
journal-view-list = Lista
journal-load-failed = No se ha podido cargar esta parte de tu diario.
journal-try-again = Reintentar

## Search and filters

journal-search-region = Diario
journal-search-notes = Buscar en las notas
journal-filter-tag = Etiqueta
journal-filter-any-tag = Cualquier etiqueta
journal-filter-measure = Medida
journal-filter-any-measure = Cualquier medida
journal-filter-comparison = Comparación
journal-filter-value = Valor
journal-filter-clear = Borrar
journal-filter-value-missing = Introduce un valor de 0 a { $max }.
journal-filter-value-missing-hours = { $max ->
    [one] Introduce un valor de 0 a { $max } hora.
   *[other] Introduce un valor de 0 a { $max } horas.
}
journal-filter-value-whole = Usa un número entero de 0 a { $max }.
journal-filter-value-quarters = Usa cuartos de hora de 0 a { $max }.

## Search results

journal-searching = Buscando…
journal-results-limit = { $count ->
    [one] Se muestra el resultado más reciente
   *[other] Se muestran los { $count } resultados más recientes
}
journal-results-count = { $count ->
    [one] { $count } entrada coincide
   *[other] { $count } entradas coinciden
}
journal-search-results = Resultados de la búsqueda
journal-clear-search = Borrar la búsqueda
# A measure condition inside the sentences below, e.g. "pain ≥ 6". $measure is the measure's key.
journal-no-match-condition = { $measure ->
    [stress] estrés
    [sleepHours] horas de sueño
    [sleepQuality] calidad del sueño
    [pain] dolor
    [selfEsteem] autoestima
    [mood] estado de ánimo
    [anxiety] ansiedad
   *[bodyAwareness] conciencia corporal
} { $sign } { $value }
# $text is what the person searched for, $tag a tag name, $condition a journal-no-match-condition.
journal-no-match-text = Ninguna entrada coincide con «{ $text }».
journal-no-match-text-tag = Ninguna entrada con la etiqueta «{ $tag }» coincide con «{ $text }».
journal-no-match-text-measure = Ninguna entrada con { $condition } coincide con «{ $text }».
journal-no-match-text-tag-measure = Ninguna entrada con la etiqueta «{ $tag }» y { $condition } coincide con «{ $text }».
journal-no-match-tag = Ninguna entrada tiene la etiqueta «{ $tag }».
journal-no-match-tag-measure = Ninguna entrada con la etiqueta «{ $tag }» tiene { $condition }.
journal-no-match-measure = Ninguna entrada tiene { $condition }.

## The list of entries

journal-all-entries = Todas las entradas
journal-empty = Aún no hay entradas. Tus registros aparecerán aquí, empezando por el más reciente.
journal-check-in-today = Hacer el registro de hoy
journal-list-tags = Etiquetas
journal-list-sleep = Sueño
journal-list-sleep-both = { $hours } h, calidad { $quality }
journal-list-sleep-hours = { $hours } h
journal-list-sleep-quality = calidad { $quality }
journal-list-showing = Mostrando { $shown } de { $total }
journal-list-show-more = Mostrar { $count } más

## The month calendar

journal-calendar-previous = Mes anterior
journal-calendar-next = Mes siguiente
journal-calendar-this-month = Este mes
journal-calendar-legend = Los números indican el estrés, 0–10
journal-calendar-low = bajo
journal-calendar-high = alto
journal-calendar-no-stress = entrada sin estrés
# What a day's button says after its visible number: "24" + " de noviembre, lunes, estrés" + " 6".
# It must not start with the day number, which the button already shows.
journal-day-future = de { $month }, { $weekday }, en el futuro
journal-day-empty = de { $month }, { $weekday }, sin entrada
journal-day-no-stress = de { $month }, { $weekday }, entrada sin estrés
journal-day-stress = de { $month }, { $weekday }, estrés
