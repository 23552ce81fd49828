### The app shell: the navigation, the screens' names and the banners above every screen.

nav-main = Main
nav-today = Today
nav-journal = Journal
nav-massage = Massage
nav-insights = Insights
nav-trends = Trends
nav-settings = Settings
nav-data = Data
# A keyboard shortcut on Windows and Linux, e.g. "Ctrl+2" ($key: the key pressed with Ctrl).
nav-shortcut = Ctrl+{ $key }
# Tooltip of a navigation item: the screen's name and its shortcut.
nav-item-title = { $screen } ({ $shortcut })

nav-demo-region = Sample data
nav-demo-title = You're exploring sample data
nav-demo-note = nothing here is yours.
nav-demo-leave = Leave the demo
nav-demo-leaving = Leaving…

nav-settings-load-failed = Your settings could not be loaded, so the defaults are used for now.
