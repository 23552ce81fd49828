### Texts the app shows outside its window: the window title, the tray, notifications and the
### calendar file of planned sessions.

app-window-title = Resilience Journal
app-window-title-demo = Resilience Journal — Démo
app-notification-title = Resilience Journal
tray-tooltip = Resilience Journal
tray-check-in = Faire le bilan
tray-log-massage = Noter un massage
tray-open = Ouvrir Resilience Journal
tray-quit = Quitter

app-calendar-name = Séances de massage
app-calendar-event = Massage
app-calendar-event-kind = Massage — { $kind }
app-calendar-event-with = Massage avec { $therapist }
app-calendar-event-kind-with = Massage — { $kind } avec { $therapist }
app-massage-kind = { $kind ->
    [swedish] suédois
    [deep_tissue] des tissus profonds
    [sports] sportif
    [shiatsu] shiatsu
    [thai] thaïlandais
    [reflexology] réflexologie
   *[self_massage] auto-massage
}
