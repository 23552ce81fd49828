### Reminders: the banner at the top of every screen and the Reminders section of Settings.

## What a reminder is about (the caption above its sentence).
reminders-kind-check-in = Registro
reminders-kind-book-massage = Masaje
reminders-kind-appointment = Cita
reminders-kind-stress-nudge = Una sugerencia amable

## The banner.
reminders-banner = Recordatorios
reminders-check-in-now = Hacer el registro ahora
reminders-open-session = Abrir la sesión
reminders-log-session = Anotar una sesión…
reminders-plan-session = Planificar una sesión…
reminders-booked-it = Ya he reservado
reminders-snooze = Posponer
reminders-snooze-until = Posponer hasta
reminders-snooze-hour = 1 hora
reminders-snooze-evening = Esta tarde ({ $time })
reminders-snooze-tomorrow = Mañana por la mañana ({ $time })
reminders-dismiss = Descartar
reminders-dismiss-reminder = Descartar el recordatorio
reminders-booking = ¿Cuándo es la cita?
reminders-booking-date = Fecha
reminders-booking-time = Hora
reminders-booking-saving = Guardando…
reminders-booking-save = Guardar la reserva
reminders-booking-cancel = Cancelar
reminders-booking-no-date = Elige el día de la cita.
reminders-booking-no-time = Elige la hora de la cita.
# $date: "Thu 4 Dec"; $time: "18:00".
reminders-planned-for = Prevista para el { $date }, a las { $time }
reminders-planned-at = Prevista para { $when }
reminders-show-session = Ver la sesión
reminders-ok = Aceptar
reminders-error-snooze = No se ha podido posponer el recordatorio. { $details }
reminders-error-dismiss = No se ha podido descartar el recordatorio. { $details }
reminders-error-done = No se ha podido marcar el recordatorio como hecho. { $details }

## When the next reminder comes ($time: "18:00", $weekday: "Thursday", $date: "Thursday 4 December").
reminders-when-today = hoy a las { $time }
reminders-when-tomorrow = mañana a las { $time }
reminders-when-weekday = el { $weekday } a las { $time }
reminders-when-date = el { $date } a las { $time }
reminders-next = Próximo recordatorio: { $when } — { $message }
reminders-next-none = No hay recordatorios próximos.
reminders-preview-invalid = El próximo recordatorio aparecerá cuando corrijas el campo marcado.
reminders-preview-failed = No se ha podido calcular el próximo recordatorio. { $details }

## The Reminders section of Settings.
reminders-title = Recordatorios
reminders-intro = Pequeños avisos para hacer el registro y cuidarte. Llegan como notificaciones del escritorio y como una nota en la parte superior de la aplicación, y puedes posponer o descartar cada uno.
reminders-load-failed = No se han podido cargar tus ajustes de recordatorios.
reminders-try-again = Reintentar
reminders-loading = Cargando tus ajustes de recordatorios…
reminders-no-notifications = Este escritorio no tiene servicio de notificaciones, así que los recordatorios solo aparecen dentro de la aplicación.

reminders-daily-check-in = Registro diario
reminders-check-in-toggle = Recordarme hacer el registro
reminders-check-in-time = Hora del registro
reminders-on-these-days = Estos días
# $day: the weekday's full name.
reminders-check-in-on = Registro el { $day }

reminders-book-massage = Recordarme reservar un masaje
reminders-book-massage-hint = Se cuenta desde tu último masaje; llega a la hora de tu registro.
reminders-cadence-off = Desactivado
reminders-cadence-weeks = { $count ->
    [one] Cada semana
   *[other] Cada { $count } semanas
}
reminders-cadence-custom = Cada … días
reminders-days-between = Días entre masajes
reminders-days-between-hint = De 1 a 365.

reminders-planned-sessions = Sesiones previstas
reminders-appointments-toggle = Recordarme mis citas
reminders-evening-before = La tarde anterior, a las
reminders-lead = Y antes de que empiece
reminders-lead-unit = Unidad
reminders-unit-minutes = minutos
reminders-unit-hours = horas
reminders-unit-days = días
reminders-lead-hint = De 5 minutos a 7 días.

reminders-stressful-days = Después de días estresantes
reminders-stress-toggle = Sugerir un masaje cuando el estrés ha sido alto
reminders-stress-hint = Cuando el estrés fue de 7 o más en 3 de tus últimos 4 registros y no hay ningún masaje hecho ni previsto en 14 días; como mucho, una vez por semana.

reminders-quiet-hours = Horas de silencio
reminders-quiet-toggle = Respetar horas de silencio
reminders-quiet-hint = Ningún recordatorio en estas horas, salvo los de tus citas, que siguen llegando.
reminders-quiet-from = Desde
reminders-quiet-to = Hasta

reminders-pause = Pausa
reminders-pause-toggle = Pausar todos los recordatorios hasta…
reminders-pause-until = Pausar hasta

reminders-window-closed = Al cerrar la ventana
reminders-tray-toggle = Seguir en la bandeja del sistema al cerrar la ventana
reminders-tray-hint = Los recordatorios solo llegan mientras la aplicación está abierta. Con esta opción, al cerrar la ventana se queda en la bandeja del sistema.
reminders-no-tray-hint = Tu escritorio no muestra iconos en la bandeja del sistema, así que al cerrar la ventana la aplicación se cierra. Los recordatorios solo llegan mientras la aplicación está abierta.

reminders-not-saved = No guardado.
reminders-save = Guardar los ajustes de recordatorios
reminders-saving = Guardando…
reminders-saved = Guardado ✓
reminders-unsaved = Tienes cambios sin guardar.

## Problems with the reminder settings.
reminders-error-check-in-time = La hora del registro debe ser una hora del día como 20:30, de 00:00 a 23:59.
reminders-error-evening-before-time = La hora de la tarde anterior debe ser una hora del día como 20:30, de 00:00 a 23:59.
reminders-error-quiet-start = El inicio de las horas de silencio debe ser una hora del día como 20:30, de 00:00 a 23:59.
reminders-error-quiet-end = El final de las horas de silencio debe ser una hora del día como 20:30, de 00:00 a 23:59.
reminders-error-weekdays = Elige al menos un día para el recordatorio del registro, o desactívalo.
reminders-error-cadence-days = Introduce un número de días de 1 a 365.
reminders-error-lead = Elige entre 5 minutos y 7 días de antelación.
reminders-error-quiet-same = Las horas de silencio deben terminar a una hora distinta de la de inicio.
reminders-error-paused-until = Elige la fecha y la hora en que los recordatorios deben volver.

## Starting with the computer and the calendar file.
reminders-start-with-computer = Iniciar con el ordenador
reminders-start-unavailable = Solo disponible para el diario en su ubicación habitual.
reminders-start-hint = Se abre discretamente en la bandeja del sistema al iniciar sesión, para que los recordatorios lleguen sin abrir la aplicación.
reminders-export = Exportar las sesiones previstas (.ics)…
reminders-exporting = Exportando…
reminders-export-nothing = Todavía no hay nada previsto. Las sesiones que planifiques en la pantalla Masaje se pueden añadir a tu calendario desde aquí.
reminders-export-hint = { $count ->
    [one] Guarda tu sesión prevista en un archivo que las aplicaciones de calendario pueden importar.
   *[other] Guarda tus { $count } sesiones previstas en un archivo que las aplicaciones de calendario pueden importar.
}
reminders-export-saved = { $count ->
    [one] { $count } sesión guardada en { $path }. El archivo no está cifrado.
   *[other] { $count } sesiones guardadas en { $path }. El archivo no está cifrado.
}
