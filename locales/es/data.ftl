### The "Your data" screen: export, import (JSON, Daylio, any CSV table) and backups.
### What files hold (CSV headers, JSON keys) is a machine format and never comes from here.

data-title = Tus datos
data-intro = Tu diario se queda en este ordenador. Aquí puedes llevarte una copia, traer datos de otros sitios y volver a un estado anterior.
data-demo-notice = Estás en el diario de ejemplo: aquí las exportaciones e importaciones usan los datos de ejemplo, no los tuyos.
data-cancel = Cancelar
data-choose = Elige…
data-try-again = Volver a intentarlo

## The monthly report's entry point. $month: "November 2025" in the language's own form.

data-report-title = Informe mensual
data-report-intro = Una página por mes con tus promedios, un gráfico, tus sesiones y tus notas, lista para imprimir o para llevar a tu terapeuta.
data-report-last-month = Informe mensual de { $month }…
data-report-this-month = Lo que va de { $month }…

## Export

data-export-title = Exportar
data-export-intro = Una copia de tu diario en un archivo: para guardarla, pasarla a otro ordenador o abrirla en una hoja de cálculo.
data-export-encrypted = Tu diario está cifrado, pero un archivo exportado no lo está.
data-export-encrypted-hint = Si quieres una copia cifrada, usa «Hacer copia de seguridad ahora», más abajo.
data-export-format = Formato
data-export-json = JSON
data-export-json-hint = Todo: días, sesiones, etiquetas y ajustes. Se puede volver a importar.
data-export-days-csv = Días en CSV
data-export-days-csv-hint = Una fila por día con sus valores, para una hoja de cálculo.
data-export-sessions-csv = Sesiones en CSV
data-export-sessions-csv-hint = Una fila por sesión de masaje, para una hoja de cálculo.
data-export-bom = Para Excel o LibreOffice: añadir una marca de orden de bytes (BOM)
data-export-bom-hint = Sin ella, algunas hojas de cálculo muestran mal las tildes y otros acentos.
data-export-which-days = Qué días
data-export-all = Todo el diario
data-export-range = Del … al …
data-export-from = Desde
data-export-to = Hasta (incluido)
data-export-button = Exportar…
data-export-busy = Exportando…
data-export-saved-to = Guardado en
data-export-not-encrypted = Este archivo no está cifrado. Contiene tus notas privadas de salud, así que guárdalo en un lugar que solo tú puedas abrir y bórralo cuando ya no lo necesites.
data-export-problem-from = Elige el primer día que quieres exportar.
data-export-problem-to = Elige el último día que quieres exportar.
data-export-problem-order = El último día es anterior al primero.

## Import: choosing a file and the preview

data-import-title = Importar
data-import-intro = Desde una exportación de Resilience Journal (.json), una exportación de Daylio o cualquier tabla CSV. Verás qué cambiaría antes de que se escriba nada, y antes se hace una copia de seguridad de tu diario.
data-import-button = Importar…
data-import-reading = Leyendo el archivo…
data-import-wrong-file = Elige un archivo .json exportado desde Resilience Journal o una tabla .csv.
data-import-filter-any = Exportación del diario o tabla (JSON, CSV)
data-import-filter-json = Exportación de Resilience Journal (JSON)
data-import-filter-csv = Tabla CSV (también de Daylio)
data-import-kind-json = Exportación de Resilience Journal
data-import-kind-daylio = Exportación de Daylio
data-import-kind-csv = Tabla CSV
# $file: the file's name.
data-import-preview-title = Qué se importaría de { $file }
# $kind: one of data-import-kind-….
data-import-preview-kind = { $kind }. Todavía no se ha escrito nada.
data-import-summary = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }, { $conflicts ->
        [one] { $conflicts } conflicto
       *[other] { $conflicts } conflictos
    }
# $from, $to: days, e.g. "Tue 24 Nov 2025".
data-import-preview-range = Del { $from } al { $to }.
data-import-table-kind = Tipo
data-import-table-new = Nuevos
data-import-table-same = Iguales a los tuyos
data-import-table-different = Distintos de los tuyos
data-import-table-days = Días
data-import-table-sessions = Sesiones
data-import-new-tags = { $count ->
        [one] { $count } etiqueta nueva.
       *[other] { $count } etiquetas nuevas.
    }
data-import-settings-conflict = Los ajustes del archivo son distintos de los tuyos.
data-import-settings-new = El archivo tiene ajustes que tu diario aún no ha definido.
data-import-conflicts-title = Días que están en ambos, con valores distintos
data-import-conflicts-more = y { $count } más.
data-import-skipped-title = Filas que se dejarán fuera
# $line: the line of the file; $reason: why it is left out.
data-import-skipped-line = Línea { $line }: { $reason }
data-import-warnings-title = Conviene saber
data-import-policy-title = Donde el archivo y tu diario no coinciden
data-import-policy-no-conflicts = Nada del archivo difiere de lo que ya tienes, así que esta opción no cambia nada.
data-import-policy-keep-mine = Conservar los míos
data-import-policy-keep-mine-hint = Los días y las sesiones que ya tienes se quedan como están.
data-import-policy-take-theirs = Usar los del archivo
data-import-policy-take-theirs-hint = La versión del archivo sustituye a la tuya.
data-import-policy-keep-newer = Conservar el más reciente
data-import-policy-keep-newer-hint = Se queda lo que se haya cambiado por última vez.
data-import-commit = Importar
data-import-commit-days = Importar { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
data-import-commit-sessions = Importar { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }
data-import-commit-both = Importar { $days ->
        [one] { $days } día
       *[other] { $days } días
    } y { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }
data-import-committing = Importando…
data-import-back-to-columns = Volver a las columnas
data-import-waiting-for-moods = La importación espera a que cada estado de ánimo de Daylio de arriba tenga una opción elegida.

## Import: the result. Clauses are joined with commas into $changes.

data-import-done = Importación terminada: { $changes }.
data-import-done-nothing = Importación terminada: nada nuevo, tu diario ya lo tenía todo.
data-import-done-added-days = { $count ->
        [one] { $count } día nuevo añadido
       *[other] { $count } días nuevos añadidos
    }
data-import-done-replaced-days = { $count ->
        [one] { $count } día sustituido
       *[other] { $count } días sustituidos
    } por la versión del archivo
data-import-done-kept-days = { $count ->
        [one] { $count } día tuyo conservado
       *[other] { $count } días tuyos conservados
    } sin cambios
data-import-done-added-sessions = { $count ->
        [one] { $count } sesión añadida
       *[other] { $count } sesiones añadidas
    }
data-import-done-replaced-sessions = { $count ->
        [one] { $count } sesión sustituida
       *[other] { $count } sesiones sustituidas
    }
data-import-done-kept-sessions = { $count ->
        [one] { $count } sesión tuya conservada
       *[other] { $count } sesiones tuyas conservadas
    }
data-import-done-tags = { $count ->
        [one] { $count } etiqueta nueva.
       *[other] { $count } etiquetas nuevas.
    }
data-import-done-settings = Ajustes tomados del archivo.
data-import-done-skipped = { $count ->
        [one] { $count } fila omitida.
       *[other] { $count } filas omitidas.
    }
# $when: "15:02" today, else a day and time.
data-import-undo = Deshacer: restaurar la copia de seguridad ({ $when })
data-import-another = Importar otro archivo

## Import: the columns of a CSV table

data-csv-title = Qué contiene cada columna
# $file: the file's name; $rows: its rows; $separator: the character between columns.
data-csv-file-facts = { $file }: { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }, separadas por «{ $separator }».
data-csv-file-facts-tabs = { $file }: { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }, separadas por tabuladores.
data-csv-sample-caption = Las primeras filas del archivo
data-csv-sample-empty = El archivo no tiene filas debajo del encabezado.
data-csv-date-column = Columna de la fecha
data-csv-date-format = Las fechas están escritas como
# $example: how such a date looks in the file.
data-csv-date-iso = Año-mes-día ({ $example }), con o sin hora
data-csv-date-dmy-dots = Día.mes.año ({ $example })
data-csv-date-dmy-slashes = Día/mes/año ({ $example })
data-csv-date-mdy-slashes = Mes/día/año ({ $example })
data-csv-date-dmy-dashes = Día-mes-año ({ $example })
data-csv-date-ymd-slashes = Año/mes/día ({ $example })
data-csv-other-columns = Las demás columnas
data-csv-other-columns-hint = Las medidas se leen como números (valoraciones de 0 a 10, sueño en horas); deja fuera lo que el diario no puede guardar.
data-csv-tag-separator = Las etiquetas se separan con
data-csv-preview = Mostrar qué se importaría
# $measure: a measure's name, e.g. "Stress".
data-csv-rating = { $measure } (0–10)
data-csv-role-skip = No importar
data-csv-role-notes = Notas
data-csv-role-tags = Etiquetas
data-csv-problem-date = Elige la columna que contiene la fecha.
data-csv-problem-nothing = Elige al menos una columna para importar además de la fecha.
data-csv-problem-separator = Indica qué separa las etiquetas, p. ej. ;
# $column: the column chosen first; $role: what it holds (a code); $label: its name as in the list.
data-csv-problem-twice = «{ $column }» ya contiene { $role ->
        [stress] el estrés (0–10)
        [sleepHours] las horas de sueño
        [sleepQuality] la calidad del sueño (0–10)
        [pain] el dolor (0–10)
        [selfEsteem] la autoestima (0–10)
        [mood] el estado de ánimo (0–10)
        [anxiety] la ansiedad (0–10)
        [bodyAwareness] la conciencia corporal (0–10)
        [notes] las notas
        [tags] las etiquetas
       *[other] { $label }
    }.

## Import: Daylio's moods

data-daylio-title = Estados de ánimo de Daylio
data-daylio-hint = Qué estado de ánimo (0 = muy bajo, 10 = muy bueno) corresponde a cada uno de tus estados de ánimo de Daylio.
# $label: a mood word from the person's Daylio file.
data-daylio-label = «{ $label }»
data-daylio-entries = ({ $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    })
data-daylio-no-mood = Sin estado de ánimo
# $labels: the quoted mood words still without a choice, as a list.
data-daylio-unmapped = Elige un estado de ánimo para { $labels } antes de importar; con «Sin estado de ánimo», esos días se importan sin él.

## Backups

data-backup-title = Copias de seguridad
data-backup-intro = La app hace una copia de tu diario cada día, y también antes de una importación o una actualización. Restaurar una nunca te hace perder el diario que tienes ahora: se conserva en esta lista.
data-backup-list-failed = No se pudieron mostrar las copias de seguridad.
data-backup-loading = Buscando tus copias de seguridad…
data-backup-status-demo = Del diario de ejemplo no se hacen copias de seguridad.
data-backup-status-none = Todavía no hay ninguna copia de seguridad.
# $when: data-backup-when-…; $count: backups kept.
data-backup-status = Última copia: { $when } ({ $count ->
        [one] { $count } guardada
       *[other] { $count } guardadas
    })
# $time: "08:14".
data-backup-when-today = hoy a las { $time }
data-backup-when-yesterday = ayer a las { $time }
# $day: "Mon 23 Nov 2025".
data-backup-when-date = { $day }, { $time }
data-backup-now = Hacer copia de seguridad ahora
data-backup-to-folder = Copiar en una carpeta…
data-backup-busy = Haciendo la copia…
data-backup-folder = Las copias de seguridad se guardan en
data-backup-list = Copias de seguridad, de la más reciente a la más antigua
data-backup-kind-daily = Copia diaria
data-backup-kind-manual = Hecha por ti
data-backup-kind-replaced = Tu diario antes de una restauración
data-backup-kind-before-update = Antes de una actualización de la app
data-backup-kind-before-import = Antes de una importación
data-backup-contents = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }
data-backup-contents-unknown = Contenido desconocido
# $problem: why the file cannot be restored.
data-backup-cannot-restore = No se puede restaurar: { $problem }
data-backup-restore-button = Restaurar…
data-backup-restore-label = Restaurar la copia de seguridad ({ $when })…
data-backup-restoring = Restaurando…
data-backup-first = La primera copia se hace hoy mientras la app está abierta, o ahora mismo con «Hacer copia de seguridad ahora».
# $file: the backup's file name.
data-backup-done = Copia hecha: { $file }.
# $path: where the copy was saved.
data-backup-done-folder = Copia guardada en { $path }.
data-backup-restored = Se restauró la copia de seguridad ({ $when }). Tu diario tal como estaba se conserva en la lista de abajo como «{ data-backup-kind-replaced }», para que puedas volver a él.
data-backup-confirm-title = ¿Restaurar esta copia de seguridad?
data-backup-confirm = Restaurar
data-backup-confirm-cancel = Dejar mi diario como está
# $contents: data-backup-contents.
data-backup-confirm-text = Tu diario volverá a estar como en esta copia de seguridad: { $when } ({ $contents }).
data-backup-confirm-kept = El diario tal como está ahora no se borra: se conserva en la lista de copias como «{ data-backup-kind-replaced }», para que puedas volver a él.

## Sizes of files. $size is already written in the language ("1,5").

data-size-bytes = { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    }
data-size-kb = { $size } KB
data-size-mb = { $size } MB
data-size-gb = { $size } GB
