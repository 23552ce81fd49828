### Texts the app shows outside its window: the window title, the tray, notifications and the
### calendar file of planned sessions.

app-window-title = Resilience Journal
app-window-title-demo = Resilience Journal — Demo
app-notification-title = Resilience Journal
tray-tooltip = Resilience Journal
tray-check-in = Check in now
tray-log-massage = Log a massage
tray-open = Open Resilience Journal
tray-quit = Quit

app-calendar-name = Massage sessions
app-calendar-event = Massage
app-calendar-event-kind = Massage — { $kind }
app-calendar-event-with = Massage with { $therapist }
app-calendar-event-kind-with = Massage — { $kind } with { $therapist }
app-massage-kind = { $kind ->
    [swedish] Swedish
    [deep_tissue] deep tissue
    [sports] sports
    [shiatsu] shiatsu
    [thai] Thai
    [reflexology] reflexology
   *[self_massage] self-massage
}
