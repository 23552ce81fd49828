### The welcome screen a new person sees once, before their journal starts.

welcome-title = Te damos la bienvenida a tu Resilience Journal
welcome-lead = Un lugar tranquilo para darte cuenta de cómo estás, noche a noche.
welcome-track-title = Qué registras
welcome-track-body = Estrés, sueño, dolor y autoestima en unos segundos al día; estado de ánimo, ansiedad y conciencia corporal si quieres; y tus sesiones de masaje.
welcome-private-title = Solo para ti
welcome-private-body = Todo se queda en este ordenador, en un único archivo. No se envía nada a ningún sitio.
welcome-insights-title = Análisis, no consejos
welcome-insights-body = Los análisis describen tus propias entradas: patrones en tus datos, no pruebas de causas. No son consejo médico.
welcome-start = Empezar mi diario
welcome-starting = Empezando…
welcome-demo = Explorar con datos de ejemplo
welcome-demo-opening = Abriendo los datos de ejemplo…
welcome-demo-note = Los datos de ejemplo están en un archivo aparte; tu propio diario nunca se toca.
