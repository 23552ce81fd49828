### The Settings screen: check-in options, language, appearance, currency, where the data lives.

settings-title = Réglages
settings-saving = Enregistrement…
settings-saved = Enregistré ✓
settings-load-failed = Vos réglages n’ont pas pu être chargés.
settings-try-again = Réessayer
settings-not-saved = Non enregistré.
settings-not-loaded = Les réglages n’ont pas pu être chargés : les modifications ne peuvent pas encore être enregistrées.

settings-check-in = Bilan
settings-optional-measures = Mesures facultatives
settings-optional-measures-hint = Affichées sous « Plus » dans le bilan. En désactiver une conserve ce que vous avez déjà noté.
settings-day-starts = La journée commence à
settings-day-starts-hint = Entre 00:00 et 06:00. Les fins de soirée comptent pour la veille : avec 04:00, une entrée écrite à 00:30 appartient à la soirée précédente.

settings-appearance = Apparence et calendrier
settings-language = Langue
# The system's language, in its own name: "System (Deutsch)".
settings-language-system = Système ({ $language })
settings-theme = Thème
settings-theme-system = Système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-week-starts = La semaine commence le
settings-week-monday = Lundi
settings-week-sunday = Dimanche
settings-currency = Devise
settings-currency-hint = Pour le coût des massages. Un code de trois lettres, comme EUR, USD ou GBP.

settings-about-data = À propos de vos données
settings-data-file = Votre journal tient dans un seul fichier sur cet ordinateur :
settings-data-local = Rien ne quitte cet ordinateur, sauf si vous activez la synchronisation — et alors uniquement chiffré, lisible seulement par vos propres ordinateurs. L’application n’effectue aucune requête réseau ; sauvegardez ou déplacez le fichier comme n’importe quel autre document.
settings-data-elsewhere = L’export, l’import, les sauvegardes et le rapport mensuel à imprimer se trouvent dans l’écran Données.
settings-data-demo = Vous consultez le journal d’exemple, un fichier distinct du vôtre.

settings-about-app = À propos de Resilience Journal
settings-version = Version
settings-licence = Licence
# After the licence's name and a dash: "MIT — free software: …".
settings-free-software = logiciel libre : vous pouvez l’utiliser, l’étudier, le partager et le modifier.
settings-data-folder = Dossier des données
settings-updates = Installer une version plus récente remplace l’application, jamais ce dossier. Si une nouvelle version change le format du journal, elle en garde d’abord une copie à côté du fichier. Une version plus ancienne laisse intact un journal écrit par une version plus récente.

settings-error-currency = Utilisez un code de devise de trois lettres, comme EUR ou USD.
settings-error-day-boundary = Choisissez une heure entre 00:00 et 06:00.
