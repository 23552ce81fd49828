### The welcome screen a new person sees once, before their journal starts.

welcome-title = Welcome to your Resilience Journal
welcome-lead = A quiet place to notice how you're doing, one evening at a time.
welcome-track-title = What you keep track of
welcome-track-body = Stress, sleep, pain and self-esteem in a few seconds a day; mood, anxiety and body awareness if you like; and your massage sessions.
welcome-private-title = Yours alone
welcome-private-body = Everything stays on this computer, in one file. Nothing is sent anywhere.
welcome-insights-title = Insights, not advice
welcome-insights-body = Insights describe your own entries — patterns in your data, not proof of causes. They are not medical advice.
welcome-start = Start my journal
welcome-starting = Starting…
welcome-demo = Explore with sample data
welcome-demo-opening = Opening sample data…
welcome-demo-note = Sample data lives in a separate file; your own journal is never touched.
