### Sync between the person's computers: the Sync card of Settings, and the messages the back end
### returns about sync (errors of the sync commands, problems in the sync status).

sync-title = Sincronización
sync-load-failed = No se ha podido comprobar si este ordenador sincroniza.
sync-try-again = Reintentar
sync-checking = Comprobando…
sync-demo = El diario de ejemplo nunca se sincroniza. Sal de la demostración para sincronizar tu propio diario.

## Sync off: what sync does, this computer's name, and the two ways in.
sync-status-off = La sincronización está desactivada en este ordenador.
sync-intro-same = El mismo diario en cada uno de tus ordenadores, a través de una carpeta que ya mantienes sincronizada: Syncthing, Dropbox, Nextcloud, OneDrive, iCloud Drive o una memoria USB.
sync-intro-sealed = Todo lo que la aplicación pone en esa carpeta va cifrado de extremo a extremo: sin tu código de sincronización no se puede leer nada.
sync-intro-private = Sin cuenta y sin servidor: la aplicación solo lee y escribe sus propios archivos en la carpeta.
sync-name = Nombre de este ordenador
sync-name-hint = Tus otros ordenadores muestran este nombre.
sync-start-hint = En tu primer ordenador: elige la carpeta de sincronización y la aplicación escribe tu diario en ella. Después recibes un código de sincronización para llevar a tus otros ordenadores.
sync-start = Activar la sincronización en este ordenador…
sync-starting = Activando la sincronización…
sync-join-hint = En cada ordenador más: elige la misma carpeta de sincronización y escribe el código de sincronización que muestra el primero.
sync-join = Unirse a un diario de otro ordenador…

## Joining: the folder, the code, then what will merge.
sync-join-title = Unirse a un diario de otro ordenador
sync-join-intro = Elige la carpeta en la que sincroniza tu otro ordenador y luego escribe o pega su código de sincronización.
sync-folder = Carpeta de sincronización
sync-join-no-folder-yet = Aún no has elegido ninguna carpeta.
sync-choose-folder = Elegir la carpeta de sincronización…
sync-join-other-folder = Elegir otra carpeta…
sync-choosing-folder = Eligiendo…
sync-join-code = Código de sincronización
sync-join-code-hint = En el otro ordenador: Ajustes → Sincronización → Mostrar el código de sincronización. Los espacios y guiones no importan.
sync-join-check = Comprobar el código
sync-checking-code = Comprobando el código…
sync-join-preview-title = Qué hace unirse
sync-join-here = En este ordenador
sync-join-in-folder = En la carpeta de sincronización
# Followed by the names of the computers that sync into the folder.
sync-join-from = De
sync-join-merge = Los dos diarios se combinan en uno, en cada ordenador. Antes se hace una copia de seguridad de este diario.
sync-join-confirm = Unirse y combinar
sync-joining = Uniéndose…
sync-joining-note = Uniéndose… primero se hace una copia de seguridad de este diario y luego se combinan los dos diarios.
sync-cancel = Cancelar
sync-join-no-folder = Elige la carpeta en la que sincroniza tu otro ordenador.
sync-join-no-code = Escribe o pega el código de sincronización que muestra tu otro ordenador.
# $days: days with a check-in; $sessions: massage sessions.
sync-counts = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }

## Sync on or paused.
sync-status-on = La sincronización está activada.
sync-status-paused = La sincronización está en pausa en este ordenador: no se lee ni se escribe nada en la carpeta de sincronización hasta que la reanudes.
# $when: one of sync-when-… below.
sync-last-synced = Última sincronización: { $when }
sync-last-synced-never = Aún sin sincronizar
sync-computers = Ordenadores
sync-this-computer = Este ordenador
# $when: one of sync-when-… below.
sync-computer-last-seen = visto por última vez { $when }
sync-computer-never-seen = aún no visto
sync-rename = Guardar el nombre
sync-renaming = Guardando…
sync-now = Sincronizar ahora
sync-syncing = Sincronizando…
sync-pause = Pausar la sincronización
sync-pausing = Pausando…
sync-resume = Reanudar la sincronización
sync-resuming = Reanudando…
sync-code-show = Mostrar el código de sincronización
sync-code-getting = Obteniendo el código…
sync-leave = Quitar este ordenador…
sync-leaving = Quitando…
sync-newer-title = Actualiza Resilience Journal en este ordenador
sync-newer-body = Otro ordenador usa una versión más reciente de la aplicación. Sus cambios se guardan en la carpeta de sincronización y se aplican aquí en cuanto actualices.

## When something happened, in local time ($time: "08:14"; $day: "Mon 23 Nov 2025").
sync-when-just-now = ahora mismo
sync-when-minutes = { $count ->
        [one] hace { $count } minuto
       *[other] hace { $count } minutos
    }
sync-when-today = hoy a las { $time }
sync-when-yesterday = ayer a las { $time }
sync-when-date = el { $day }, { $time }

## The sync code.
sync-code-title = Código de sincronización
sync-code-hint = En tu otro ordenador, elige Ajustes → Sincronización → Unirse a un diario de otro ordenador, y escribe o pega este código.
sync-code-copy = Copiar
sync-code-copied = Copiado. Pégalo en tu otro ordenador y vacía el portapapeles después.
sync-code-copy-failed = Copiar no ha funcionado aquí: el código está seleccionado, así que pulsa Ctrl+C para copiarlo.
sync-code-hide = Ocultar el código
sync-code-warning = Cualquiera que tenga este código y la carpeta de sincronización puede leer tu diario. Guárdalo para ti.

## Removing this computer.
sync-leave-title = ¿Quitar este ordenador de la sincronización?
sync-leave-body = La sincronización se desactiva en este ordenador y la clave de sincronización se olvida aquí.
sync-leave-kept = No se borra nada: tu diario se queda en este ordenador tal como está, y en tus otros ordenadores.
sync-leave-again = Para volver a sincronizar más adelante, únete con el código de sincronización de uno de tus otros ordenadores.
sync-leave-confirm = Quitar este ordenador
sync-leave-cancel = Seguir sincronizando

## What just happened.
sync-done-started = La sincronización está activada. Lleva el código de sincronización de abajo a tus otros ordenadores.
sync-done-joined = Este ordenador se ha unido. Los dos diarios están combinados, y antes se hizo una copia de seguridad de este diario.
sync-done-now = Se ha comprobado la carpeta de sincronización.
sync-done-paused = La sincronización está en pausa.
sync-done-resumed = La sincronización vuelve a estar activada.
sync-done-renamed = El nombre está guardado; tus otros ordenadores lo muestran tras su próxima sincronización.
sync-done-left = Este ordenador ya no sincroniza. Tu diario sigue aquí.

## Errors of the sync commands (from the back end).
# $count: characters typed; $expected: characters a sync code has.
error-sync-code-length = Un código de sincronización tiene { $expected } letras y cifras; este tiene { $count }. Comprueba que no falte ninguna.
error-sync-code-character = Un código de sincronización solo tiene las cifras 0–9 y las letras A–Z excepto I, L, O y U; «{ $character }» no es una de ellas.
error-sync-code-typo = Este código de sincronización tiene una errata: compáralo carácter por carácter con el de tu otro ordenador.
error-sync-code-wrong = Este código no abre el diario de esta carpeta de sincronización. Compruébalo en el otro ordenador: Ajustes → Sincronización → Mostrar el código de sincronización.
error-sync-no-journal = Todavía no hay ningún diario sincronizado en esta carpeta. Elige la carpeta en la que sincroniza tu otro ordenador, o activa allí la sincronización primero.
error-sync-folder-missing = Falta la carpeta de sincronización: ¿está conectada la memoria USB, o se ha movido la carpeta?
error-sync-not-a-folder = Esto es un archivo, no una carpeta. Elige una carpeta.
error-sync-demo = El diario de ejemplo nunca se sincroniza.
error-sync-already-on = Este ordenador ya sincroniza.
error-sync-off = La sincronización está desactivada en este ordenador.
error-sync-name-empty = Ponle un nombre a este ordenador para distinguir tus ordenadores.
# $max: the most characters a name may have.
error-sync-name-long = El nombre de un ordenador puede tener como máximo { $max } caracteres.
# $detail: what the system said.
error-sync-folder-io = No se ha podido leer o escribir en la carpeta de sincronización: { $detail }
error-sync-key-missing = La clave de sincronización de este ordenador ya no está en el llavero del sistema. Quita este ordenador de la sincronización y vuelve a unirte con el código de sincronización.
error-sync-journal-folder = La carpeta de sincronización está dentro de la carpeta de datos de la aplicación. Elige otra carpeta.

## Problems shown while sync is on (from the back end).
sync-problem-folder-missing = Falta la carpeta de sincronización: ¿está conectada la memoria USB, o se ha movido la carpeta?
# $count: files in the sync folder that could not be opened.
sync-problem-unreadable-files = { $count ->
        [one] { $count } archivo de la carpeta de sincronización aún no se abre: puede que tu programa de sincronización todavía lo esté copiando, o está dañado. Se vuelve a intentar más tarde.
       *[other] { $count } archivos de la carpeta de sincronización aún no se abren: puede que tu programa de sincronización todavía los esté copiando, o están dañados. Se vuelve a intentar más tarde.
    }
sync-problem-newer-version = Otro ordenador usa un Resilience Journal más reciente. Sus cambios se guardan y se aplican en cuanto actualices: actualiza Resilience Journal en este ordenador.
# $detail: what the system said.
sync-problem-folder-io = No se ha podido leer o escribir en la carpeta de sincronización: { $detail }
sync-problem-key-missing = La clave de sincronización de este ordenador ya no está en el llavero del sistema. Quita este ordenador de la sincronización y vuelve a unirte con el código de sincronización.
