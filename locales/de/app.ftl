### Texts the app shows outside its window: the window title, the tray, notifications and the
### calendar file of planned sessions.

app-window-title = Resilience Journal
app-window-title-demo = Resilience Journal — Demo
app-notification-title = Resilience Journal
tray-tooltip = Resilience Journal
tray-check-in = Jetzt einchecken
tray-log-massage = Massage eintragen
tray-open = Resilience Journal öffnen
tray-quit = Beenden

app-calendar-name = Massagetermine
app-calendar-event = Massage
app-calendar-event-kind = Massage — { $kind }
app-calendar-event-with = Massage bei { $therapist }
app-calendar-event-kind-with = Massage — { $kind } bei { $therapist }
app-massage-kind = { $kind ->
    [swedish] Schwedische Massage
    [deep_tissue] Tiefengewebsmassage
    [sports] Sportmassage
    [shiatsu] Shiatsu
    [thai] Thai-Massage
    [reflexology] Reflexzonenmassage
   *[self_massage] Selbstmassage
}
