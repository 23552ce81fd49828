### The welcome screen a new person sees once, before their journal starts.

welcome-title = Bienvenue dans votre Resilience Journal
welcome-lead = Un endroit calme pour voir où vous en êtes, soir après soir.
welcome-track-title = Ce que vous suivez
welcome-track-body = Le stress, le sommeil, la douleur et l’estime de soi en quelques secondes par jour ; l’humeur, l’anxiété et la conscience corporelle si vous le souhaitez ; et vos séances de massage.
welcome-private-title = Rien qu’à vous
welcome-private-body = Tout reste sur cet ordinateur, dans un seul fichier. Rien n’est envoyé nulle part.
welcome-insights-title = Des analyses, pas des conseils
welcome-insights-body = Les analyses décrivent vos propres entrées : des tendances dans vos données, pas la preuve de causes. Elles ne constituent pas un avis médical.
welcome-start = Commencer mon journal
welcome-starting = Démarrage…
welcome-demo = Explorer avec des données d’exemple
welcome-demo-opening = Ouverture des données d’exemple…
welcome-demo-note = Les données d’exemple se trouvent dans un fichier séparé ; votre propre journal n’est jamais modifié.
