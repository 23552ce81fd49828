### The app shell: the navigation, the screens' names and the banners above every screen.

nav-main = Navegación principal
nav-today = Hoy
nav-journal = Diario
nav-massage = Masaje
nav-insights = Análisis
nav-trends = Tendencias
nav-settings = Ajustes
nav-data = Datos
# A keyboard shortcut on Windows and Linux, e.g. "Ctrl+2" ($key: the key pressed with Ctrl).
nav-shortcut = Ctrl+{ $key }
# Tooltip of a navigation item: the screen's name and its shortcut.
nav-item-title = { $screen } ({ $shortcut })

nav-demo-region = Datos de ejemplo
nav-demo-title = Estás explorando datos de ejemplo
nav-demo-note = nada de esto es tuyo.
nav-demo-leave = Salir de la demo
nav-demo-leaving = Saliendo…

nav-settings-load-failed = No se han podido cargar tus ajustes, así que por ahora se usan los valores predeterminados.
