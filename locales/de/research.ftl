### Die Karte „Was die Forschung sagt“ auf der Seite „Einblicke“: die sechs Annahmen, von denen das
### Produkt ausgeht, unsere eigene Zusammenfassung der Forschung, wie belastbar sie ist, die Quelle
### und was das Tagebuch selbst prüfen lässt. Eine Zusammenfassung ist nie stärker als die Belege.

research-title = Was die Forschung sagt
research-lead = Die Annahmen, von denen dieses Tagebuch ausgeht, und wie belastbar die Belege dafür jeweils sind. Studien beschreiben Gruppen von Menschen; Ihre eigenen Daten können anders aussehen.
research-evidence = Belege
research-source = Quelle
research-your-data = In Ihrem Tagebuch

research-stress-claim = Regelmäßige Massage senkt Stresshormone wie Cortisol
research-stress-summary = Über 37 Studien hinweg folgten auf eine einzelne Massage weniger Anspannung im Moment sowie ein niedrigerer Blutdruck und Puls. Der Effekt auf das Cortisol selbst war klein und oft nicht von keinem Effekt zu unterscheiden – große Cortisol-Rückgänge sind also kein gesicherter Befund.
research-stress-strength = In vielen Studien für die Anspannung im Moment gefunden; für Cortisol klein oder unklar.
research-stress-citation = Moyer, Rounds & Hannum 2004, Psychological Bulletin (Metaanalyse von 37 Studien); Moyer et al. 2011, Journal of Bodywork & Movement Therapies.
research-stress-your-data = Stress an jedem Tag sowie Stress direkt vor und nach einer Sitzung.

research-sleep-claim = Massage verbessert die Schlafqualität
research-sleep-summary = Übersichtsarbeiten zu Massage und Tuina bei Schlafstörungen berichten bessere Werte für die Schlafqualität als in Vergleichsgruppen (etwa 2 Punkte besser im PSQI-Fragebogen). Die Studien sind sehr unterschiedlich in ihrer Qualität, daher ist die Sicherheit begrenzt. Unabhängig davon wird Erwachsenen empfohlen, 7–9 Stunden zu schlafen – dort gibt der Index der Schlafdauer die volle Punktzahl.
research-sleep-strength = Mäßig, mit geringer Sicherheit.
research-sleep-citation = Metaanalysen zu Massage und Tuina bei Schlafstörungen; schlafmedizinischer Konsens zu 7–9 Stunden für Erwachsene.
research-sleep-your-data = Schlafdauer und Schlafqualität 0–10.

research-pain-claim = Massage lindert Schmerzen und Muskelverspannungen
research-pain-summary = Im Vergleich zu keiner Behandlung verringerte Massage in einer Übersicht von Studien den Schmerz deutlich; im Vergleich zu anderen aktiven Behandlungen war ihr Vorteil klein. Auf einer Schmerzskala von 0–10 ist ein Rückgang um 2 Punkte oder 30 % etwa die Größe, die Menschen als spürbar erleben.
research-pain-strength = Groß gegenüber keiner Behandlung; klein gegenüber anderen Behandlungen.
research-pain-citation = Crawford et al. 2016, Pain Medicine (SMD etwa −1,1 gegenüber keiner Behandlung); Farrar et al. 2001 (spürbare Veränderung auf einer Skala von 0–10).
research-pain-your-data = Schmerz 0–10 und wo es wehtut.

research-mood-claim = Endorphine aus der Massage verringern Angst und Depression
research-mood-summary = Eine Reihe von Sitzungen geht mit weniger anhaltender Anspannung und weniger depressiven Beschwerden einher; eine Metaanalyse von 17 Studien fand einen mittleren bis großen Effekt auf depressive Beschwerden. Ob Endorphine der Grund sind, ist nicht belegt – der Zusammenhang ist also eine Beobachtung, keine erklärte Ursache.
research-mood-strength = In Studien mit wiederholten Sitzungen gefunden; die Endorphin-Erklärung ist nicht belegt.
research-mood-citation = Moyer, Rounds & Hannum 2004, Psychological Bulletin; Hou et al. 2010, Journal of Clinical Psychiatry (17 Studien, SMD 0,73).
research-mood-your-data = Stimmung und Anspannung 0–10, wenn Sie sie in den Einstellungen einschalten.

research-awareness-claim = Massage stärkt die Verbindung von Körper und Geist und hilft, Stress früh zu bemerken
research-awareness-summary = Die Forschung zur Interozeption verbindet das Wahrnehmen von Körpersignalen mit dem Umgang mit Gefühlen, doch Studien, die Massage direkt daraufhin prüfen, gibt es kaum. Der Beitrag des Tagebuchs ist bescheiden: Es bemerkt eine Folge von Tagen mit hohem Stress und regt früh zur Fürsorge an.
research-awareness-strength = Nur indirekt; direkte Studienbelege für Massage sind begrenzt.
research-awareness-citation = Forschung zur interozeptiven Wahrnehmung allgemein; keine direkte Massagestudie zu nennen.
research-awareness-your-data = Körperwahrnehmung 0–10, wenn Sie sie einschalten, und Stress im Verlauf.

research-self-esteem-claim = Massage fördert Selbstfürsorge und Selbstwert
research-self-esteem-summary = Direkte Studienbelege gibt es kaum, weder dafür noch dagegen. Sehen Sie es als Ihre eigene Erfahrung, die Sie beobachten können: Ihre Selbstwert-Bewertungen zeigen, ob sich für Sie etwas verändert.
research-self-esteem-strength = Kaum direkte Belege.
research-self-esteem-citation = Kaum direkte Studienbelege; keine zu nennen.
research-self-esteem-your-data = Selbstwert 0–10.

research-scales-note = Die 0–10-Fragen des Tagebuchs sind eigene Formulierungen. Skalen von 0–10 sind beim Schmerz üblich (NRS-11) und eignen sich gut für einzelne Fragen zu Stress und Schlafqualität; eine Schlafqualität von 7–9 gilt als gut (Snyder et al. 2018). Validierte Fragebögen wie die Brief Resilience Scale, PSS, PSQI, PHQ und GAD haben festen Wortlaut und Lizenzen, deshalb übernimmt das Tagebuch sie nicht.
research-stance = Resilience Journal beschreibt Zusammenhänge in den Daten eines einzelnen Menschen – Ihren. Es stellt keine Diagnose und ist keine medizinische Beratung. Eine gedrückte Stimmung oder starke Schmerzen, die anhalten, verdienen ein Gespräch mit einer Fachperson.

# Eine Annahme, wie die Karte sie zitiert.
research-claim-quoted = „{ $claim }“
