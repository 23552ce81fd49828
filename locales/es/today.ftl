### The Today screen: the check-in of one day.

today-heading-today = ¿Qué tal ha ido hoy?
today-heading-yesterday = ¿Qué tal fue ayer?
# $day: the weekday and date, e.g. "Monday 24 November".
today-heading-day = ¿Qué tal fue el { $day }?
today-intro = Dedica un momento a las cuatro medidas principales. Con un solo valor ya puedes guardar.
today-consistency = { $days ->
    [one] Has hecho el registro { $logged } de { $days } día
   *[other] Has hecho el registro { $logged } de los últimos { $days } días
}
today-load-failed = No se ha podido cargar la entrada de este día.
today-form = Registro
today-core-measures = Medidas principales
today-sleep-unit = horas
today-sleep-hint = En cuartos de hora, p. ej., { $example }
today-pain-areas = ¿Dónde te duele?
today-notes-placeholder = ¿Algo de hoy que valga la pena recordar?

today-check-in-for = Registro del día
today-day = Día
today-previous-day = Día anterior
today-next-day = Día siguiente
today-back-to-today = Volver a hoy
today-future-day = Todavía no puedes hacer el registro de días futuros: elige hoy o un día anterior.
today-before-earliest = El diario empieza en 1900.

today-more = Más
# $names: the optional measures, e.g. "mood, anxiety, body awareness".
today-more-hint = { $names } · opcional
today-more-hint-filled = { $filled ->
    [one] { $names } · opcional · { $filled } rellenada
   *[other] { $names } · opcional · { $filled } rellenadas
}
# An optional measure's name inside the summary line of "More".
today-more-measure = { $measure ->
    [mood] estado de ánimo
    [anxiety] ansiedad
   *[body-awareness] conciencia corporal
}

today-tag-label = Añadir una etiqueta
today-tag-add = Añadir
today-tag-hint = Intro la añade · hasta { $tags } etiquetas de { $chars } caracteres
today-tags-on-day = En este día:
today-tags-on-day-label = Etiquetas de este día
today-tag-remove = Quitar la etiqueta { $name }
today-tags-often-used = Más usadas:
today-tag-suggest = Añadir la etiqueta { $name }

today-saving = Guardando…
today-unsaved = Cambios sin guardar
today-saved = Guardado ✓
today-saved-at = Guardado ✓ a las { $time }
today-nothing-saved = Aún no hay nada guardado para este día
today-stale = Esta entrada se ha cambiado en otro sitio: vuelve a cargarla para ver la última versión
today-reload = Volver a cargar
today-not-saved = Tu registro no se ha guardado.
today-save = Guardar registro

today-delete = Eliminar entrada
today-delete-title = ¿Eliminar esta entrada?
today-delete-confirm = Eliminar
today-delete-cancel = Conservarla
# $day: the weekday and date, e.g. "Monday 24 November".
today-delete-body = La entrada del { $day } se eliminará de tu diario.
today-delete-body-no-day = La entrada de este día se eliminará de tu diario.
today-delete-undo-hint = Podrás deshacerlo durante unos segundos.
# $day: a short date, e.g. "Tue 24 Nov".
today-deleted = Entrada del { $day } eliminada
today-delete-failed = No se ha eliminado la entrada. { $reason }
today-restore-failed = No se ha podido restaurar la entrada. { $reason }
today-nothing-to-delete = No hay ninguna entrada guardada que eliminar.

today-error-rating = Elige un número entero del 0 al 10.
today-error-sleep-number = Escribe las horas de sueño como número, p. ej., { $example }.
today-error-sleep-range = Las horas de sueño deben estar entre { $min } y { $max }.
# $examples: a list of quarter hours, e.g. "7, 7.25, 7.5 or 7.75".
today-error-sleep-quarter = Usa cuartos de hora, p. ej., { $examples }.
today-error-notes-too-long = Las notas pueden tener como máximo { $max } caracteres (ahora { $count }).
today-error-too-many-tags = Un día puede tener como máximo { $max } etiquetas.
today-error-tag-size = Cada etiqueta necesita de 1 a { $max } caracteres.
today-error-empty = Añade al menos una valoración, tus horas de sueño o una nota antes de guardar.
today-error-tag-empty = Escribe primero el nombre de la etiqueta.
today-error-tag-too-long = Una etiqueta puede tener como máximo { $max } caracteres.
# $name: the tag as the person typed it.
today-error-tag-duplicate = «{ $name }» ya está en este día.
