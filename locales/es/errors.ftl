### What the app says when something cannot be done: refused input, files that cannot be read,
### an encrypted or damaged journal. Variables named `label`, `reason`, `context`, `problem`,
### `warning` and `what` are messages of the catalogue themselves, already in words.

## The journal and its storage

error-stale-version = Esta entrada se ha cambiado en otro sitio: vuelve a cargarla para ver la versión más reciente antes de guardar de nuevo.
error-newer-schema = Este diario ({ $path }) lo escribió una versión más reciente de Resilience Journal (formato { $found }; esta versión entiende hasta el { $supported }). No se ha tocado: actualiza la app para abrirlo.
error-damaged = El archivo del diario { $path } está dañado o no es un diario ({ $detail }). No se ha tocado.
error-damaged-moved-aside = { $problem } Se ha apartado, sin cambios, a { $path }. No se ha borrado nada.
error-damaged-not-moved = { $problem } (No se pudo apartar: { $reason })
error-locked = Este diario está cifrado: se abre con su frase de contraseña, el llavero del sistema o su clave de recuperación.
error-wrong-key = Esta clave no abre el diario { $path }. No se ha cambiado nada; prueba con la clave de recuperación.
error-wrong-passphrase = Esa frase de contraseña no abre este diario. Comprueba el bloqueo de mayúsculas y vuelve a intentarlo, o usa tu clave de recuperación.
error-disk-full = El disco está lleno, así que no se ha guardado nada. Libera algo de espacio y vuelve a intentarlo.
error-read-only = No se puede escribir en el diario (es de solo lectura), así que no se ha guardado nada.
error-busy = Otro programa está usando el diario. Vuelve a intentarlo en un momento.
error-database = No se pudo leer ni escribir el diario: { $detail }
error-io = No se pudo leer ni escribir un archivo: { $detail }

## Opening, locking and switching

error-journal-locked = Tu diario está cifrado. Introduce su clave de recuperación para abrirlo.
error-journal-locked-passphrase = Tu diario está cifrado. Introduce su frase de contraseña o su clave de recuperación para abrirlo.
error-journal-locked-because = Tu diario está cifrado. { $problem } Introduce su clave de recuperación para abrirlo.
error-journal-locked-passphrase-because = Tu diario está cifrado. { $problem } Introduce su frase de contraseña o su clave de recuperación para abrirlo.
error-lock-key-does-not-fit = La clave guardada para este diario no lo abre. Usa tu clave de recuperación.
error-lock-no-key-file = Falta el archivo que indica cómo se guarda la clave de este diario (por ejemplo, tras llevar el diario a otro ordenador).
error-lock-keychain-holds-other = El llavero del sistema guarda algo distinto de la clave de este diario.
error-lock-not-in-keychain = La clave de este diario no está (ya) en el llavero del sistema.
error-journal-not-open-because = El diario no está abierto: { $reason }
error-journal-not-open = El diario no está abierto.
error-journal-not-opened-yet = Aún no se ha abierto.
error-journal-switching = Cambiando de diario.
error-journal-being-replaced = El diario se está reemplazando.
error-journal-not-locked = El diario no está bloqueado.
error-recover-while-open = El diario está abierto; restaura una copia de seguridad desde la pantalla Datos.
error-demo-not-encrypted = El diario de demostración nunca se cifra.
error-demo-not-encrypted-go-back = El diario de demostración nunca se cifra. Vuelve primero a tu diario.

## Encryption

error-already-encrypted = El diario ya está cifrado.
error-not-encrypted = El diario no está cifrado.
error-journal-already-encrypted = Este diario ya está cifrado.
error-journal-not-encrypted = Este diario no está cifrado.
error-key-in-keychain = La clave de este diario se guarda en el llavero del sistema, no con una frase de contraseña.
error-no-pending-key = Empieza de nuevo desde «Cifrar mi diario»: todavía no se ha creado ninguna clave de recuperación.
error-other-recovery-key = Esta no es la clave de recuperación del paso anterior. Vuelve atrás y copia o escribe esa.
error-weak-passphrase = Elige una frase de contraseña más segura. { $warning }
error-weak-passphrase-guessable = Elige una frase de contraseña más segura. Esta sería demasiado fácil de adivinar.
error-keychain-changed = El llavero del sistema no devolvió la clave tal como se guardó.
error-no-passphrase-file = Falta el archivo que guarda la clave de la frase de contraseña: usa la clave de recuperación.
error-step-wrong-key = Esta clave no abre el diario. Revísala y vuelve a intentarlo; no se ha cambiado nada.
error-wrong-recovery-key = Esta clave de recuperación no abre este diario. Quizá sea de otro diario; no se ha cambiado nada.
error-recovery-key-length = Una clave de recuperación tiene { $expected } letras y cifras; esta tiene { $count }. Comprueba que no falte ninguna.
error-recovery-key-character = Una clave de recuperación solo tiene las cifras 0–9 y las letras A–Z excepto I, L, O y U; «{ $character }» no es una de ellas.
error-recovery-key-typo = Esta clave de recuperación tiene una errata: compárala carácter por carácter con la que guardaste.
error-keychain-unavailable = El llavero del sistema no está disponible en este ordenador ({ $detail }).
error-keychain-locked = El llavero del sistema está bloqueado. Desbloquéalo (por ejemplo, volviendo a iniciar sesión) y vuelve a intentarlo.
error-keychain-not-persistent = Aquí el llavero del sistema solo guarda secretos hasta que cierras la sesión ({ $detail }), así que no puede guardar la clave de tu diario.
error-keychain-other = El llavero del sistema ha informado de un problema: { $detail }

## Names of what a message is about

error-measure = { $measure ->
    [stress] Estrés
    [sleepHours] Horas de sueño
    [sleepQuality] Calidad del sueño
    [pain] Dolor
    [selfEsteem] Autoestima
    [mood] Estado de ánimo
    [anxiety] Ansiedad
    [bodyAwareness] Conciencia corporal
    [stressBefore] Estrés antes
    [stressAfter] Estrés después
    [painBefore] Dolor antes
    [painAfter] Dolor después
   *[index] Índice de resiliencia
}
error-label-notes = Notas
error-label-tag = La etiqueta «{ $name }»
error-label-kind-other = El tipo de masaje
error-label-therapist = El nombre del terapeuta
error-label-place = El lugar
error-label-search = La búsqueda
error-label-check-in-time = La hora del registro
error-label-evening-before-time = La hora de la tarde anterior
error-label-quiet-start = El inicio de las horas de silencio
error-label-quiet-end = El final de las horas de silencio

## Check-ins, sessions, settings

error-rating = { $label }: tiene que ser un número entero de 0 a 10 (has puesto { $value }).
error-text-too-long = { $label }: como máximo { $max } caracteres; aquí hay { $count }.
error-text-control-character = { $label }: contiene un carácter de control invisible; quítalo, por favor.
error-date-form = «{ $text }» no es una fecha con el formato AAAA-MM-DD.
error-date-not-in-calendar = { $text } no es un día del calendario.
error-date-too-early = { $day } queda demasiado atrás; el diario empieza en 1900.
error-date-in-future = { $day } está en el futuro; puedes hacer el registro de hoy o de días anteriores.
error-date-time-form = «{ $text }» no es una fecha y hora con el formato AAAA-MM-DDTHH:MM.
error-range-reversed = El periodo termina ({ $to }) antes de empezar ({ $from }).
error-check-in-empty = Añade al menos una valoración o una nota antes de guardar.
error-entry-version = La versión de la entrada tiene que ser 1 o más.
error-tag-empty = Una etiqueta necesita al menos una letra o una cifra.
error-too-many-tags = Un día puede tener como máximo { $max } etiquetas.
error-sleep-hours-range = Las horas de sueño tienen que estar entre 0 y 24 (has puesto { $value }).
error-sleep-hours-quarters = Las horas de sueño se cuentan en cuartos de hora, como 7, 7,25 o 7,5 (has puesto { $value }).
error-no-entry = No hay ninguna entrada del { $day }.
error-no-entry-to-delete = No hay ninguna entrada del { $day } que borrar.
error-no-entry-to-restore = No hay ninguna entrada borrada del { $day } que recuperar.
error-session-skipped-hour = { $start } no existe en tu zona horaria: los relojes se saltan esa hora al empezar el horario de verano. Elige una hora fuera de ella.
error-session-done-in-future = Una sesión que empieza el { $start } todavía no ha ocurrido, así que no se puede marcar como hecha; déjala como prevista o corrige el inicio.
error-session-new-with-version = Una sesión nueva aún no tiene versión.
error-session-version = La versión de la sesión tiene que ser 1 o más.
error-session-id = «{ $text }» no es un identificador de sesión.
error-session-start-form = «{ $text }» no es un inicio con el formato AAAA-MM-DDTHH:MM.
error-session-time = { $text } no es una hora del día (de 00:00 a 23:59).
error-kind-other-missing = Ponle nombre al tipo de masaje (hasta 60 caracteres).
error-kind-other-not-allowed = Solo el tipo «otro» lleva un nombre propio; deja el campo vacío para este tipo.
error-duration = La duración tiene que ser un número entero de minutos de 1 a 600 (has puesto { $value }).
error-cost = El coste tiene que estar entre 0 y 1.000.000 (has puesto { $cents } céntimos).
error-session-gone = Esta sesión se borró o nunca existió, así que no se puede cambiar.
error-no-session = No existe esa sesión.
error-no-session-to-delete = No existe esa sesión, así que no se puede borrar.
error-no-session-to-restore = No hay ninguna sesión borrada que recuperar.
error-currency = La moneda es un código de tres letras como EUR, USD o GBP.
error-day-boundary = El día empieza a una hora entre las 00:00 y las 06:00, como las 04:00.
error-language = El idioma es «system» o un código de idioma como es.
error-search-range-reversed = El periodo de fechas termina antes de empezar.
error-search-choose-measure = Elige a qué medida se refiere el intervalo.
error-search-value-range = El intervalo tiene que estar entre 0 y { $max }.
error-search-max-below-min = El extremo superior del intervalo está por debajo del inferior.

## Reminders

error-reminder-no-weekday = Elige al menos un día para el recordatorio del registro, o desactívalo.
error-reminder-cadence = El recordatorio para reservar un masaje puede llegar cada 1 a 365 días (has puesto { $value }).
error-reminder-lead = El recordatorio antes de una sesión puede llegar entre 5 minutos y 7 días (10080 minutos) antes (has puesto { $value } minutos).
error-quiet-hours-empty = Las horas de silencio tienen que terminar a una hora distinta de la de inicio.
error-check-in-in-quiet-hours = Las { $time } caen dentro de tus horas de silencio ({ $start } a { $end }), así que el recordatorio del registro nunca aparecería. Elige una hora fuera de ellas o cambia las horas de silencio.
error-time-of-day = { $label }: tiene que ser una hora del día como 20:30, de 00:00 a 23:59 (has puesto «{ $text }»).
error-snooze-past = Un recordatorio solo se puede posponer hasta más tarde.
error-snooze-too-long = Un recordatorio se puede posponer como máximo { $max ->
        [one] { $max } día
       *[other] { $max } días
    }.
error-snooze-needs-time = Para posponer hace falta una hora de vuelta; usa «posponer».
error-snooze-choose-time = Elige cuándo debe volver el recordatorio.
error-reminder-outcome = Un recordatorio se responde con «dismissed» o «acted».
error-reminder-not-found = Este recordatorio ya no está en el registro.
error-booking-in-past = Una sesión reservada empieza más tarde que ahora.
error-no-planned-sessions = No hay sesiones previstas que poner en un calendario.
error-autostart = El ordenador no aceptó el cambio: { $detail }
error-autostart-unavailable = Iniciar con el ordenador solo está disponible para el diario en su ubicación habitual.

## Charts

error-chart-range-reversed = El periodo empieza ({ $from }) después de terminar ({ $to }).
error-chart-no-measure = Elige al menos una medida para el gráfico.
error-chart-too-many-measures = Un gráfico muestra como máximo { $max } medidas; se han pedido { $count }.
error-chart-measure-twice = { $label } se ha pedido dos veces.
error-chart-range-too-long = Un gráfico abarca como máximo 100 años; elige un periodo más corto.
error-chart-range-form = El periodo tiene que ser {"{"} from, to {"}"} con días en formato AAAA-MM-DD.
error-chart-range-form-detail = El periodo tiene que ser {"{"} from, to {"}"} con días en formato AAAA-MM-DD: { $detail }.
error-chart-file-kind = Un gráfico se guarda como «png», «csv» o «effect-csv».
error-picture-data-url = La imagen tiene que llegar como una URL de datos PNG.
error-picture-not-data-url = La imagen tiene que ser una URL de datos PNG (data:image/png;base64,…).
error-picture-too-large = La imagen es demasiado grande para guardarla.
error-picture-unreadable = No se pudo leer la imagen: { $detail }.
error-picture-not-png = La imagen no es un PNG.

## Files, folders, backups

error-path-no-folder = Elige un archivo dentro de una carpeta.
error-path-is-folder = { $path } es una carpeta, no un archivo.
error-path-exists = { $path } ya existe; elige un archivo nuevo.
error-save-with-dialog = Elige dónde guardar el archivo con el diálogo de guardar.
error-choose-with-dialog = Elige el archivo o la carpeta con el diálogo.
error-not-a-folder = { $path } no es una carpeta.
error-backup-is-journal = Este es el propio diario, no una copia de seguridad.
error-no-journal-to-back-up = No hay ningún diario en { $path } del que hacer una copia de seguridad.
error-backup-missing = La copia de seguridad { $path } no existe.
error-backup-encrypted-journal-not = Esta copia de seguridad está cifrada y el diario no: activa primero el cifrado con su clave de recuperación, o ábrela con la clave de recuperación.
error-backup-other-key = Esta copia de seguridad está cifrada con una clave distinta de la del diario, así que no se puede restaurar aquí.

## Importing

error-import-not-a-file = Este archivo no se puede importar. Elige un archivo JSON o CSV.
error-import-too-large = El archivo ocupa { $size } MB; una importación puede leer como máximo { $max } MB. No se ha importado nada.
error-import-utf16 = El archivo está guardado como UTF-16. Guárdalo como UTF-8 (lo habitual para CSV y JSON) y vuelve a intentarlo.
error-import-empty = El archivo está vacío.
error-import-binary = Esto no es un archivo de texto: la línea { $line }, columna { $column }, contiene datos binarios.
error-import-not-utf8 = El archivo no es texto UTF-8: la línea { $line }, columna { $column }, tiene un carácter en otra codificación. Guarda el archivo como UTF-8 y vuelve a intentarlo.
error-import-policy = Elige qué hacer con los días que ya tienes: conservar los míos, tomar los suyos o quedarme con los más recientes.
error-import-not-an-export = Este archivo JSON no es una exportación de Resilience Journal (le falta "format": "resilience-journal").
error-import-no-version = Esta exportación no tiene una "version" válida, así que no se puede leer con seguridad.
error-import-newer-version = Esta exportación la hizo una versión más reciente de Resilience Journal (versión de formato { $found }; esta versión lee hasta la { $supported }). Actualiza la app para importarla. No se ha importado nada.
error-import-same-day = los registros { $first } y { $second } son ambos del { $day }.
error-import-same-session-id = otra sesión tiene el mismo identificador.
error-import-same-tag = la etiqueta aparece dos veces.
error-import-tag-id = El identificador de la etiqueta no es un UUID.
error-import-version = La versión tiene que ser 1 o más (pone { $value }).
error-import-timestamp = «{ $text }» no es una fecha y hora (RFC 3339).
error-json-cut-off = El archivo termina demasiado pronto (línea { $line }, columna { $column }): puede que esté cortado.
error-json-syntax = Línea { $line }, columna { $column }: esto no es JSON válido ({ $detail }).
error-json-data = Línea { $line }, columna { $column }: { $detail }.
error-file-unreadable = No se pudo leer el archivo: { $detail }.
error-csv-column-twice = Línea 1: la columna «{ $name }» aparece dos veces.
error-csv-field-count = { $count ->
    [one] La línea { $line } tiene { $count } campo, pero la cabecera tiene { $expected }. Puede que el archivo esté cortado o dañado.
   *[other] La línea { $line } tiene { $count } campos, pero la cabecera tiene { $expected }. Puede que el archivo esté cortado o dañado.
}
error-csv-line-unreadable = No se puede leer la línea { $line }: { $detail }.
error-csv-unreadable = No se puede leer el archivo como CSV: { $detail }.
error-csv-column-missing = La columna «{ $name }» no está en el archivo (la línea 1 tiene: { $columns }).
error-csv-measure-twice = Solo una columna puede contener { $label }.
error-csv-day-again = Línea { $line }: { $day } aparece de nuevo (la primera vez en la línea { $first }).
error-csv-rating = Las valoraciones son números enteros de 0 a 10 (pone { $value }).
error-date-not-in-format = «{ $text }» no es una fecha con el formato elegido ({ $format }).
error-not-a-number = «{ $text }» no es un número.
error-daylio-mood-range = El estado de ánimo de «{ $label }» tiene que estar entre 0 y 10.
error-daylio-not-an-export = Esto no es una exportación de Daylio: la línea 1 no tiene la columna «{ $missing }» (tiene: { $columns }).
error-daylio-unmapped-mood = { $count ->
    [one] Elige un estado de ánimo para «{ $label }» (usado { $count } vez) antes de importar, o impórtalo sin estado de ánimo.
   *[other] Elige un estado de ánimo para «{ $label }» (usado { $count } veces) antes de importar, o impórtalo sin estado de ánimo.
}
error-daylio-year = «{ $text }» no es un año como 2018.
error-daylio-date = «{ $text }» no es un día de { $year } como «18 May».
# $actual: the weekday of that date (monday … sunday); $written: the one in the file.
error-daylio-weekday = El { $date } de { $year } fue { $actual ->
        [monday] lunes
        [tuesday] martes
        [wednesday] miércoles
        [thursday] jueves
        [friday] viernes
        [saturday] sábado
       *[sunday] domingo
    }, no «{ $written }».
error-in-context = { $context }: { $reason }
error-context-check-in = Registro { $number } ({ $day })
error-context-session = Sesión { $number } ({ $start })
error-context-tag = Etiqueta { $number } ({ $name })
error-context-settings = Ajustes
error-context-reminder-settings = Ajustes de los recordatorios
error-context-cell = Línea { $line }, columna «{ $column }»
error-context-line-day = Línea { $line } ({ $day })
error-skipped-no-value = { $day } no tiene ningún valor que importar.
error-skipped-only-activities = { $day } no tiene estado de ánimo ni nota, solo actividades, y un día no puede guardar solo eso.
error-warning-sleep-rounded = { $count ->
    [one] Se ha redondeado { $count } duración de sueño al cuarto de hora más cercano.
   *[other] Se han redondeado { $count } duraciones de sueño al cuarto de hora más cercano.
}
error-warning-columns-ignored = Estas columnas no se importan: { $columns }.
error-import-summary =
    { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }, { $conflicts ->
        [one] { $conflicts } conflicto
       *[other] { $conflicts } conflictos
    }

## Command arguments the app could not read

error-payload = No se pudo leer: { $what } ({ $detail }).
error-payload-at = No se pudo leer: { $what } ({ $path }: { $detail }).
error-payload-missing = No se pudo leer: { $what } (falta `{ $name }`).
error-payload-chart-query = consulta del gráfico
error-payload-check-in = registro
error-payload-encryption-request = solicitud de cifrado
error-payload-export = exportación
error-payload-import-source = origen de la importación
error-payload-page-timings = tiempos de página
error-payload-recovery-choice = elección de recuperación
error-payload-reminder-settings = ajustes de los recordatorios
error-payload-search = búsqueda
error-payload-session = sesión
error-payload-settings = ajustes
error-payload-unlock-secret = secreto de desbloqueo
# $expected: text, textOrNull, flag or value; $got: null, flag, number, text, list or object.
error-argument-missing = Falta el argumento `{ $name }`; tiene que ser { $expected ->
        [text] texto
        [textOrNull] texto o null
        [flag] true o false
       *[value] un valor
    }.
error-argument-wrong = El argumento `{ $name }` tiene que ser { $expected ->
        [text] texto
        [textOrNull] texto o null
        [flag] true o false
       *[value] un valor
    }, no { $got ->
        [null] null
        [flag] true o false
        [number] un número
        [text] texto
        [list] una lista
       *[object] un objeto
    }.
error-profile-timings = Tiempos de página ilegibles.
error-profile-mark = Hito de medición desconocido.
