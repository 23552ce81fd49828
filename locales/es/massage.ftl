### Massage sessions: the Massage screen, its lists and the session form.

massage-heading = Masaje
massage-log = Registrar una sesión
massage-plan = Planificar una sesión
massage-load-failed = No se han podido cargar tus sesiones.
massage-try-again = Reintentar
massage-days-none = Aún no has registrado ningún masaje
massage-days-today = Último masaje: hoy
massage-days-yesterday = Último masaje: ayer
massage-days-since = { $count ->
    [one] Último masaje: hace { $count } día
   *[other] Último masaje: hace { $count } días
}

## Kinds, statuses and pressure

massage-kind-swedish = Sueco
massage-kind-deep-tissue = Tejido profundo
massage-kind-sports = Deportivo
massage-kind-shiatsu = Shiatsu
massage-kind-thai = Tailandés
massage-kind-reflexology = Reflexología
massage-kind-self-massage = Automasaje
massage-kind-other = Otro
massage-status-planned = Prevista
massage-status-done = Hecha
massage-status-cancelled = Cancelada
massage-pressure-light = Suave
massage-pressure-medium = Media
massage-pressure-firm = Firme
massage-pressure-not-set = Sin indicar

## The lists

massage-empty-heading = Aquí se irán reuniendo tus sesiones
massage-empty-why = Registra tus masajes para ver si les siguen días más tranquilos en tu propio diario. Al cabo de unas semanas, tus registros muestran cómo son los días posteriores a una sesión en comparación: para ti, no para la gente en general.
massage-empty-how = Añade una sesión que ya hayas tenido o planifica la siguiente. Las valoraciones de antes y después son opcionales, y todo se queda en este ordenador.
massage-awaiting-heading = ¿Se hicieron estas sesiones?
massage-awaiting-hint = Sesiones previstas cuya hora ya ha pasado.
massage-upcoming-heading = Próximas
massage-upcoming-empty = No hay nada previsto. Con «Planificar una sesión», la siguiente aparecerá aquí.
massage-past-heading = Anteriores
massage-past-more = { $count ->
    [one] Mostrar más ({ $count } anterior)
   *[other] Mostrar más ({ $count } anteriores)
}
massage-duration-minutes = { $minutes } min
massage-duration-hours = { $hours } h
massage-duration-hours-minutes = { $hours } h { $minutes } min
# $pressure is the pressure's key.
massage-item-pressure = { $pressure ->
    [light] Presión suave
    [medium] Presión media
   *[firm] Presión firme
}
# $areas is a list of body areas.
massage-item-focus = Zonas tratadas: { $areas }
# A rating before and after a session; $measure is "Stress" or "Pain".
massage-change = { $measure } { $before } → { $after }
massage-change-before = { $measure } antes: { $before }
massage-change-after = { $measure } después: { $after }
massage-item-happened = Sí, se hizo
massage-item-cancel-planned = No, cancelarla
massage-item-edit = Editar
massage-item-delete = Eliminar

## Deleting

massage-delete-title = ¿Eliminar esta sesión?
massage-delete-confirm = Eliminar
massage-delete-keep = Conservarla
# $kind is the kind of massage, $when its date and time.
massage-delete-body = { $kind }, { $when }. Podrás deshacerlo durante unos segundos.
massage-deleted = Sesión eliminada
massage-error-session-gone = Esa sesión ya no existe; puede que se haya eliminado.
# $reason is the cause, in a sentence of its own.
massage-error-open-failed = No se ha podido abrir la sesión. { $reason }
massage-error-cancel-failed = No se ha podido marcar la sesión como cancelada. { $reason }
massage-error-delete-failed = No se ha podido eliminar la sesión. { $reason }
massage-error-restore-failed = No se ha podido recuperar la sesión. { $reason }

## The session form

massage-editor-edit = Editar la sesión
massage-editor-outcome = ¿Qué tal fue?
massage-form-close = Cerrar
massage-field-when = Cuándo
massage-field-date = Fecha
massage-field-time = Hora
massage-field-status = Estado
massage-field-kind = Tipo
massage-field-kind-other = Nombre del tipo
massage-field-kind-other-hint = Por ejemplo, lomi lomi o piedras calientes
massage-field-therapist = Terapeuta
massage-field-place = Lugar
massage-field-duration = Duración (minutos)
massage-field-cost = Precio
# $currency is an ISO 4217 code such as EUR.
massage-field-cost-hint = En { $currency }, p. ej. 45,50 · opcional
massage-field-pressure = Presión
massage-field-focus = Zonas tratadas
massage-field-notes-placeholder = Cómo fue, qué pedir la próxima vez…
massage-feel-heading = ¿Cómo te sentiste?
massage-feel-hint = Opcional. Valora justo antes y justo después de la sesión.
massage-stress-before = Estrés antes
massage-stress-after = Estrés después
massage-pain-before = Dolor antes
massage-pain-after = Dolor después
massage-form-stale = Esta sesión se ha cambiado en otro lugar. Vuelve a cargarla para ver la versión más reciente; los cambios que hayas hecho aquí se sustituirán.
massage-form-reload = Volver a cargar
massage-form-gone = Esta sesión ya no existe; se eliminó en otro lugar.
massage-form-not-saved = La sesión no se ha guardado.
massage-form-saving = Guardando…
massage-form-cancel = Cancelar
massage-form-save = Guardar la sesión
massage-discard-title = ¿Descartar los cambios?
massage-discard-confirm = Descartar
massage-discard-keep = Seguir editando
massage-discard-body = Los cambios que has hecho en esta sesión no se han guardado.

## Problems with the form's values

massage-error-date-missing = Elige la fecha de la sesión.
massage-error-date-invalid = Introduce una fecha real, p. ej. 2025-11-25.
massage-error-time-missing = Elige la hora a la que empieza la sesión.
massage-error-time-invalid = Introduce una hora como 18:30.
massage-error-done-in-future = Una sesión que aún no ha empezado no puede estar hecha. Elige «Prevista» o una fecha y hora anteriores.
massage-error-kind-other-missing = Indica el tipo de masaje.
massage-error-kind-other-too-long = { $max ->
    [one] El nombre puede tener como máximo { $max } carácter (ahora { $count }).
   *[other] El nombre puede tener como máximo { $max } caracteres (ahora { $count }).
}
massage-error-therapist-too-long = { $max ->
    [one] El campo Terapeuta puede tener como máximo { $max } carácter (ahora { $count }).
   *[other] El campo Terapeuta puede tener como máximo { $max } caracteres (ahora { $count }).
}
massage-error-place-too-long = { $max ->
    [one] El lugar puede tener como máximo { $max } carácter (ahora { $count }).
   *[other] El lugar puede tener como máximo { $max } caracteres (ahora { $count }).
}
massage-error-notes-too-long = { $max ->
    [one] Las notas pueden tener como máximo { $max } carácter (ahora { $count }).
   *[other] Las notas pueden tener como máximo { $max } caracteres (ahora { $count }).
}
massage-error-duration-number = Introduce la duración en minutos enteros, p. ej. 60.
massage-error-duration-range = { $max ->
    [one] La duración debe ser un número entero de { $min } a { $max } minuto.
   *[other] La duración debe ser un número entero de { $min } a { $max } minutos.
}
massage-error-cost-format = Introduce un importe como 45,50, sin la moneda.
massage-error-cost-too-large = Ese importe es demasiado alto.
massage-error-rating = Elige un número entero de 0 a 10.
