### The welcome screen a new person sees once, before their journal starts.

welcome-title = Willkommen in Ihrem Resilience Journal
welcome-lead = Ein ruhiger Ort, um wahrzunehmen, wie es Ihnen geht – Abend für Abend.
welcome-track-title = Was Sie festhalten
welcome-track-body = Stress, Schlaf, Schmerz und Selbstwert in wenigen Sekunden am Tag; Stimmung, Anspannung und Körperwahrnehmung, wenn Sie möchten; und Ihre Massagetermine.
welcome-private-title = Nur für Sie
welcome-private-body = Alles bleibt auf diesem Computer, in einer einzigen Datei. Nichts wird irgendwohin gesendet.
welcome-insights-title = Einblicke, keine Ratschläge
welcome-insights-body = Einblicke beschreiben Ihre eigenen Einträge – Muster in Ihren Daten, keine Belege für Ursachen. Sie sind keine medizinische Beratung.
welcome-start = Mein Tagebuch beginnen
welcome-starting = Wird gestartet…
welcome-demo = Mit Beispieldaten erkunden
welcome-demo-opening = Beispieldaten werden geöffnet…
welcome-demo-note = Die Beispieldaten liegen in einer eigenen Datei; Ihr eigenes Tagebuch bleibt unberührt.
