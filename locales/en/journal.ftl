### The Journal: the month calendar, the list of entries, search and filters.

journal-heading = Journal
journal-view-legend = Show the journal as
journal-view-calendar = Calendar
journal-view-list = List
journal-load-failed = This part of your journal could not be loaded.
journal-try-again = Try again

## Search and filters

journal-search-region = Journal
journal-search-notes = Search notes
journal-filter-tag = Tag
journal-filter-any-tag = Any tag
journal-filter-measure = Measure
journal-filter-any-measure = Any measure
journal-filter-comparison = Comparison
journal-filter-value = Value
journal-filter-clear = Clear
journal-filter-value-missing = Enter a value from 0 to { $max }.
journal-filter-value-missing-hours = { $max ->
    [one] Enter a value from 0 to { $max } hour.
   *[other] Enter a value from 0 to { $max } hours.
}
journal-filter-value-whole = Use a whole number from 0 to { $max }.
journal-filter-value-quarters = Use quarter hours from 0 to { $max }.

## Search results

journal-searching = Searching…
journal-results-limit = { $count ->
    [one] Showing the newest match
   *[other] Showing the newest { $count } matches
}
journal-results-count = { $count ->
    [one] { $count } entry matches
   *[other] { $count } entries match
}
journal-search-results = Search results
journal-clear-search = Clear the search
# A measure condition inside the sentences below, e.g. "pain ≥ 6". $measure is the measure's key.
journal-no-match-condition = { $measure ->
    [stress] stress
    [sleepHours] sleep hours
    [sleepQuality] sleep quality
    [pain] pain
    [selfEsteem] self-esteem
    [mood] mood
    [anxiety] anxiety
   *[bodyAwareness] body awareness
} { $sign } { $value }
# $text is what the person searched for, $tag a tag name, $condition a journal-no-match-condition.
journal-no-match-text = No entries match “{ $text }”.
journal-no-match-text-tag = No entries match “{ $text }” tagged “{ $tag }”.
journal-no-match-text-measure = No entries match “{ $text }” with { $condition }.
journal-no-match-text-tag-measure = No entries match “{ $text }” tagged “{ $tag }” with { $condition }.
journal-no-match-tag = No entries are tagged “{ $tag }”.
journal-no-match-tag-measure = No entries are tagged “{ $tag }” with { $condition }.
journal-no-match-measure = No entries have { $condition }.

## The list of entries

journal-all-entries = All entries
journal-empty = No entries yet. Your check-ins will appear here, newest first.
journal-check-in-today = Check in for today
journal-list-tags = Tags
journal-list-sleep = Sleep
journal-list-sleep-both = { $hours } h, quality { $quality }
journal-list-sleep-hours = { $hours } h
journal-list-sleep-quality = quality { $quality }
journal-list-showing = Showing { $shown } of { $total }
journal-list-show-more = Show { $count } more

## The month calendar

journal-calendar-previous = Previous month
journal-calendar-next = Next month
journal-calendar-this-month = This month
journal-calendar-legend = Numbers show stress, 0–10
journal-calendar-low = low
journal-calendar-high = high
journal-calendar-no-stress = entry without stress
# What a day's button says after its visible number: "24" + " November, Monday, stress" + " 6".
# It must not start with the day number, which the button already shows.
journal-day-future = { $month }, { $weekday }, in the future
journal-day-empty = { $month }, { $weekday }, no entry
journal-day-no-stress = { $month }, { $weekday }, entry without stress
journal-day-stress = { $month }, { $weekday }, stress
