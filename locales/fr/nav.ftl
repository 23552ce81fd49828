### The app shell: the navigation, the screens' names and the banners above every screen.

nav-main = Navigation principale
nav-today = Aujourd’hui
nav-journal = Journal
nav-massage = Massage
nav-insights = Analyses
nav-trends = Tendances
nav-settings = Réglages
nav-data = Données
# A keyboard shortcut on Windows and Linux, e.g. "Ctrl+2" ($key: the key pressed with Ctrl).
nav-shortcut = Ctrl+{ $key }
# Tooltip of a navigation item: the screen's name and its shortcut.
nav-item-title = { $screen } ({ $shortcut })

nav-demo-region = Données d’exemple
nav-demo-title = Vous explorez des données d’exemple
nav-demo-note = rien de tout cela ne vous appartient.
nav-demo-leave = Quitter la démo
nav-demo-leaving = Sortie de la démo…

nav-settings-load-failed = Vos réglages n’ont pas pu être chargés ; les valeurs par défaut sont utilisées pour le moment.
