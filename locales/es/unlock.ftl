### Screens shown instead of the app: the journal could not start or open, waits for its key,
### or was damaged and needs a replacement.

unlock-start-failed-title = Resilience Journal no ha podido iniciarse
unlock-start-failed-body = La parte de la aplicación que guarda tu diario no ha respondido. No se ha cambiado nada.
unlock-open-failed-title = No se ha podido abrir tu diario
unlock-newer-schema = Este diario se usó por última vez con una versión más reciente de Resilience Journal. Actualiza la aplicación para abrirlo. No se ha cambiado nada en el archivo.
unlock-damaged = No se ha podido leer el archivo del diario. Se ha dejado exactamente como está, así que no pierdes nada al cerrar la aplicación. Puede que haya una copia de seguridad en la misma carpeta.
unlock-stored-at = Tu diario está guardado en

unlock-title = Desbloquea tu diario
unlock-keychain-failed = Tu diario está cifrado con una clave guardada en el llavero del sistema, pero no se ha podido leer la clave.
unlock-passphrase-intro = Tu diario está cifrado. Introduce tu frase de contraseña para abrirlo.
unlock-no-key-here = Tu diario está cifrado, pero en este ordenador no hay nada que lo abra; por ejemplo, porque lo trajiste aquí desde otro ordenador. Escribe o pega la clave de recuperación que guardaste al cifrarlo.
unlock-recovery-key-intro = Escribe o pega la clave de recuperación que guardaste al cifrar tu diario.
unlock-passphrase = Frase de contraseña
unlock-recovery-key = Clave de recuperación
# The shape of a recovery key, shown in its empty field.
unlock-recovery-key-placeholder = XXXXX-XXXXX-…
unlock-recovery-key-hint = Letras y cifras en grupos de cinco; los espacios y los guiones dan igual.
unlock-unlock = Desbloquear
unlock-unlocking = Desbloqueando…
unlock-use-passphrase = Usar mejor tu frase de contraseña
unlock-use-keychain = Probar mejor con el llavero del sistema
unlock-use-recovery-key = Usar mejor la clave de recuperación
unlock-enter-passphrase = Introduce tu frase de contraseña.
unlock-enter-recovery-key = Escribe o pega tu clave de recuperación.

unlock-recovery-body = El archivo del diario está dañado y no se ha podido leer. Lo hemos apartado tal como estaba (no se ha borrado nada) para que puedas continuar con una de las opciones siguientes.
unlock-moved-to = El archivo dañado está ahora en
unlock-restore-title = Restaurar una copia de seguridad
unlock-looking-for-backups = Buscando copias de seguridad…
unlock-no-backups = Todavía no hay copias de seguridad de este diario.
unlock-restore = Restaurar
# $when: when the backup was made, e.g. "yesterday 21:04".
unlock-restore-from = Restaurar la copia de seguridad: { $when }
unlock-or = O bien
unlock-open-another = Abrir otro archivo de diario…
unlock-start-empty = Empezar un diario nuevo y vacío
unlock-file-stays = Elijas lo que elijas, el archivo dañado se queda donde está.
# The kind of file in the file chooser.
unlock-file-kind = Archivo de Resilience Journal
