### Texts the app shows outside its window: the window title, the tray, notifications and the
### calendar file of planned sessions.

app-window-title = Resilience Journal
app-window-title-demo = Resilience Journal — Demostración
app-notification-title = Resilience Journal
tray-tooltip = Resilience Journal
tray-check-in = Hacer el registro
tray-log-massage = Anotar un masaje
tray-open = Abrir Resilience Journal
tray-quit = Salir

app-calendar-name = Sesiones de masaje
app-calendar-event = Masaje
app-calendar-event-kind = Masaje — { $kind }
app-calendar-event-with = Masaje con { $therapist }
app-calendar-event-kind-with = Masaje — { $kind } con { $therapist }
app-massage-kind = { $kind ->
    [swedish] sueco
    [deep_tissue] de tejido profundo
    [sports] deportivo
    [shiatsu] shiatsu
    [thai] tailandés
    [reflexology] reflexología
   *[self_massage] automasaje
}
