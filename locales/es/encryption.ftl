### Encryption at rest: the Encryption card of Settings and the "Encrypt my journal" dialog.

encryption-title = Cifrado
encryption-intro = El cifrado hace que el archivo de tu diario, su registro de escritura anticipada y sus copias de seguridad sean ilegibles sin tu clave, por ejemplo si te roban el ordenador o un disco de copias. No protege lo que exportas, que son archivos normales, ni lo que la aplicación tiene en memoria mientras funciona, ni las capturas de pantalla.
encryption-load-failed = No se ha podido comprobar si tu diario está cifrado.
encryption-try-again = Reintentar
encryption-checking = Comprobando…
encryption-demo = El diario de ejemplo nunca se cifra: no contiene datos de nadie. Sal de la demostración para cifrar tu propio diario.
encryption-start = Cifrar mi diario…

## The status line.
encryption-status-plain = Sin cifrar.
encryption-status-keychain = Cifrado — la clave se guarda en el llavero del sistema.
encryption-status-passphrase = Cifrado — la frase de contraseña se pide en cada inicio.
encryption-status-recovery-only = Cifrado — este ordenador no guarda ninguna clave: lo abre tu clave de recuperación.

## The unencrypted copy kept after encrypting, and turning encryption off ($date: "Tuesday 2 December").
encryption-plain-copy-kept = Se conserva una copia sin cifrar hasta el { $date } por si algo ha salido mal.
encryption-delete-copy = Eliminar ya la copia sin cifrar
encryption-deleting = Eliminando…
encryption-turn-off = Desactivar el cifrado…
encryption-turning-off = Desactivando el cifrado…
encryption-forget-title = ¿Eliminar la copia sin cifrar?
encryption-forget-confirm = Eliminar la copia
encryption-forget-cancel = Conservarla por ahora
# Followed by the copy's path.
encryption-forget-now = La copia sin cifrar se elimina ahora en lugar del { $date }:
encryption-forget-body = Tu diario cifrado se queda como está. Hazlo cuando hayas comprobado que tu diario se abre y se ve bien.
encryption-decrypt-title = ¿Desactivar el cifrado?
encryption-decrypt-confirm = Desactivar el cifrado
encryption-decrypt-cancel = Mantenerlo cifrado
encryption-decrypt-body = El archivo de tu diario podrá leerlo cualquiera con acceso a este ordenador o a una copia del archivo. Tu clave ya no hará falta para abrirlo.
encryption-decrypt-again = Puedes volver a cifrarlo en cualquier momento.
encryption-done-encrypted = Tu diario está cifrado.
encryption-done-decrypted = El cifrado está desactivado: tu diario vuelve a guardarse sin cifrar.
encryption-done-forgotten = La copia sin cifrar se ha eliminado.

## The dialog, step 1: how the key is kept.
encryption-flow-title = Cifrar tu diario
encryption-flow-step = Paso { $step } de { $steps }
encryption-method-question = ¿Cómo quieres guardar la clave?
encryption-method-keychain = Llavero del sistema (se abre automáticamente)
encryption-method-keychain-hint = El llavero de tu sistema guarda la clave, y el diario se abre solo mientras tengas la sesión iniciada.
encryption-method-passphrase = Frase de contraseña en cada inicio
encryption-method-passphrase-hint = Nada que abra el diario se queda en este ordenador: escribes la frase de contraseña cada vez que se inicia la aplicación.
encryption-passphrase = Frase de contraseña
encryption-repeat = Repite la frase de contraseña
encryption-strength = Fortaleza de la frase de contraseña
encryption-passphrase-tip = Unas cuantas palabras poco comunes forman una frase de contraseña larga y fácil de recordar.
encryption-strength-0 = Muy débil
encryption-strength-1 = Débil
encryption-strength-2 = Aceptable
encryption-strength-3 = Fuerte
encryption-strength-4 = Muy fuerte
# $words: one of the five above; $time: how long guessing would take ("4 years").
encryption-strength-line = { $words } ({ $score } de 4) · tiempo para adivinarla: { $time }

## Step 2: the recovery key.
encryption-key-title = Tu clave de recuperación
encryption-key-intro = Abre tu diario cuando nada más funciona. Solo se muestra ahora: cópiala o guárdala como archivo, y guárdala en un lugar seguro lejos de este ordenador — impresa o en un gestor de contraseñas.
encryption-copy = Copiar
encryption-copied = Copiada. Pégala en un lugar seguro, como un gestor de contraseñas, y vacía el portapapeles después.
encryption-copy-failed = Aquí no se ha podido copiar: la clave está seleccionada, así que pulsa Ctrl+C para copiarla.
encryption-save-file = Guardar como archivo…
encryption-saving = Guardando…
# Followed by the file's path.
encryption-saved-to = Guardada en
encryption-key-warning-passphrase = Sin esta clave tu diario no se puede recuperar si olvidas tu frase de contraseña.
encryption-key-warning-keychain = Sin esta clave tu diario no se puede recuperar si el llavero del sistema pierde su clave, por ejemplo tras reinstalar el sistema.

## Step 3: the recovery key typed back, then encrypting.
encryption-confirm-key = Escribe o pega tu clave de recuperación para confirmar
encryption-confirm-key-hint = Así demuestras que la has guardado. Los espacios y guiones no importan.
encryption-encrypting-note = Cifrando… tu diario se queda como está hasta que se verifique la copia cifrada.
encryption-back = Atrás
encryption-cancel = Cancelar
encryption-continue = Continuar
encryption-making-key = Creando tu clave…
encryption-encrypt-now = Cifrar ahora
encryption-encrypting = Cifrando…

## Problems.
encryption-error-no-passphrase = Elige una frase de contraseña.
encryption-error-too-weak = Esta frase de contraseña es demasiado fácil de adivinar. Hazla más larga, por ejemplo con algunas palabras poco comunes más.
encryption-error-no-repeat = Escribe de nuevo la frase de contraseña.
encryption-error-repeat-differs = Las dos frases de contraseña no coinciden.
encryption-error-no-key = Escribe o pega la clave de recuperación del paso anterior.
encryption-error-new-passphrase = No se ha cifrado nada. Elige otra frase de contraseña; después recibirás una nueva clave de recuperación.
# $details: why the keychain refused.
encryption-error-keychain = { $details } No se ha cifrado nada. Puedes cancelar y elegir una frase de contraseña.

## The strength meter's words: what makes the passphrase easy to guess, how to make it harder, and how long guessing it would take.
# $count: the fewest characters accepted.
encryption-strength-warning-too-short = { $count ->
    [one] Usa al menos { $count } carácter.
   *[other] Usa al menos { $count } caracteres.
}
encryption-strength-warning-straight-rows-of-keys-are-easy-to-guess = Las filas seguidas del teclado son fáciles de adivinar.
encryption-strength-warning-short-keyboard-patterns-are-easy-to-guess = Los patrones cortos de teclado son fáciles de adivinar.
encryption-strength-warning-repeats-like-aaa-are-easy-to-guess = Las repeticiones como «aaa» son fáciles de adivinar.
encryption-strength-warning-repeats-like-abc-abc-are-only-slightly-harder-to-guess = Las repeticiones como «abcabcabc» son solo un poco más difíciles de adivinar que «abc».
encryption-strength-warning-this-is-a-top10-password = Es una de las 10 contraseñas más comunes.
encryption-strength-warning-this-is-a-top100-password = Es una de las 100 contraseñas más comunes.
encryption-strength-warning-this-is-a-common-password = Es una contraseña muy común.
encryption-strength-warning-this-is-similar-to-a-commonly-used-password = Se parece a una contraseña muy usada.
encryption-strength-warning-sequences-like-abc-are-easy-to-guess = Las secuencias como abc o 6543 son fáciles de adivinar.
encryption-strength-warning-recent-years-are-easy-to-guess = Los años recientes son fáciles de adivinar.
encryption-strength-warning-a-word-by-itself-is-easy-to-guess = Una palabra sola es fácil de adivinar.
encryption-strength-warning-dates-are-often-easy-to-guess = Las fechas suelen ser fáciles de adivinar.
encryption-strength-warning-names-and-surnames-by-themselves-are-easy-to-guess = Los nombres y apellidos solos son fáciles de adivinar.
encryption-strength-warning-common-names-and-surnames-are-easy-to-guess = Los nombres y apellidos comunes son fáciles de adivinar.
encryption-strength-suggestion-use-a-few-words-avoid-common-phrases = Usa varias palabras y evita las frases hechas.
encryption-strength-suggestion-no-need-for-symbols-digits-or-uppercase-letters = No hacen falta símbolos, números ni mayúsculas.
encryption-strength-suggestion-add-another-word-or-two = Añade una o dos palabras más. Mejor si son poco comunes.
encryption-strength-suggestion-capitalization-doesnt-help-very-much = Las mayúsculas no ayudan mucho.
encryption-strength-suggestion-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.
encryption-strength-suggestion-reversed-words-arent-much-harder-to-guess = Las palabras escritas al revés no son mucho más difíciles de adivinar.
encryption-strength-suggestion-predictable-substitutions-dont-help-very-much = Los cambios previsibles, como «@» en lugar de «a», no ayudan mucho.
encryption-strength-suggestion-use-a-longer-keyboard-pattern-with-more-turns = Usa un patrón de teclado más largo y con más cambios de dirección.
encryption-strength-suggestion-avoid-repeated-words-and-characters = Evita repetir palabras y caracteres.
encryption-strength-suggestion-avoid-sequences = Evita las secuencias como abc o 123.
encryption-strength-suggestion-avoid-recent-years = Evita los años recientes.
encryption-strength-suggestion-avoid-years-that-are-associated-with-you = Evita los años relacionados contigo.
encryption-strength-suggestion-avoid-dates-and-years-that-are-associated-with-you = Evita las fechas y los años relacionados contigo.
# Fills $time of encryption-strength-line. $unit: instant (under a second), seconds, minutes, hours, days, months, years or centuries (100 years or more); $count: how many whole units.
encryption-strength-crack-time = { $unit ->
    [instant] menos de un segundo
    [seconds] { $count ->
        [one] { $count } segundo
       *[other] { $count } segundos
    }
    [minutes] { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }
    [hours] { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    }
    [days] { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
    [months] { $count ->
        [one] { $count } mes
       *[other] { $count } meses
    }
    [years] { $count ->
        [one] { $count } año
       *[other] { $count } años
    }
   *[centuries] siglos
}
