### The Settings screen: check-in options, language, appearance, currency, where the data lives.

settings-title = Ajustes
settings-saving = Guardando…
settings-saved = Guardado ✓
settings-load-failed = No se han podido cargar tus ajustes.
settings-try-again = Reintentar
settings-not-saved = No guardado.
settings-not-loaded = No se han podido cargar los ajustes, así que todavía no se pueden guardar cambios.

settings-check-in = Registro
settings-optional-measures = Medidas opcionales
settings-optional-measures-hint = Aparecen en «Más» dentro del registro. Si desactivas una, lo que ya anotaste se conserva.
settings-day-starts = El día empieza a las
settings-day-starts-hint = Entre las 00:00 y las 06:00. Las noches largas cuentan para el día anterior: con 04:00, una entrada escrita a las 00:30 pertenece a la tarde anterior.

settings-appearance = Apariencia y calendario
settings-language = Idioma
# The system's language, in its own name: "System (Deutsch)".
settings-language-system = Sistema ({ $language })
settings-theme = Tema
settings-theme-system = Sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-week-starts = La semana empieza el
settings-week-monday = Lunes
settings-week-sunday = Domingo
settings-currency = Moneda
settings-currency-hint = Para el coste de los masajes. Un código de tres letras, como EUR, USD o GBP.

settings-about-data = Sobre tus datos
settings-data-file = Tu diario está en un único archivo en este ordenador:
settings-data-local = Nada sale de este ordenador salvo que actives la sincronización, y entonces solo cifrado para que solo tus propios ordenadores puedan leerlo. La aplicación no se conecta a internet; haz una copia del archivo o muévelo como cualquier otro documento.
settings-data-elsewhere = Exportar, importar, las copias de seguridad y el informe mensual para imprimir están en la pantalla Datos.
settings-data-demo = Estás viendo el diario de ejemplo, un archivo distinto del tuyo.

settings-about-app = Acerca de Resilience Journal
settings-version = Versión
settings-licence = Licencia
# After the licence's name and a dash: "MIT — free software: …".
settings-free-software = software libre: puedes usarlo, estudiarlo, compartirlo y modificarlo.
settings-data-folder = Carpeta de datos
settings-updates = Instalar una versión más reciente sustituye la aplicación, nunca esta carpeta. Si una versión nueva cambia el formato del diario, primero guarda una copia del archivo a su lado. Una versión anterior deja intacto un diario escrito por una más reciente.

settings-error-currency = Usa un código de moneda de tres letras, como EUR o USD.
settings-error-day-boundary = Elige una hora entre las 00:00 y las 06:00.
