### The "Your data" screen: export, import (JSON, Daylio, any CSV table) and backups.
### What files hold (CSV headers, JSON keys) is a machine format and never comes from here.

data-title = Your data
data-intro = Your journal stays on this computer. Here you can take a copy with you, bring in data from elsewhere, and go back to an earlier state.
data-demo-notice = You are in the sample journal: exports and imports here use the sample data, not yours.
data-cancel = Cancel
data-choose = Choose…
data-try-again = Try again

## The monthly report's entry point. $month: "November 2025" in the language's own form.

data-report-title = Monthly report
data-report-intro = A page per month with your averages, a chart, your sessions and your notes — ready to print or to bring to your therapist.
data-report-last-month = Monthly report for { $month }…
data-report-this-month = { $month } so far…

## Export

data-export-title = Export
data-export-intro = A copy of your journal as a file, to keep, to move to another computer or to open in a spreadsheet.
data-export-encrypted = Your journal is encrypted, but an exported file is not.
data-export-encrypted-hint = For an encrypted copy, use “Back up now” below instead.
data-export-format = Format
data-export-json = JSON
data-export-json-hint = Everything: days, sessions, tags and settings. It can be imported again.
data-export-days-csv = Days as CSV
data-export-days-csv-hint = A row per day with its numbers, for a spreadsheet.
data-export-sessions-csv = Sessions as CSV
data-export-sessions-csv-hint = A row per massage session, for a spreadsheet.
data-export-bom = For Excel or LibreOffice: add a byte-order mark (BOM)
data-export-bom-hint = Without it, some spreadsheet programs show accented letters wrongly.
data-export-which-days = Which days
data-export-all = The whole journal
data-export-range = From … to …
data-export-from = From
data-export-to = To (included)
data-export-button = Export…
data-export-busy = Exporting…
data-export-saved-to = Saved to
data-export-not-encrypted = This file is not encrypted. It holds your private health notes, so keep it somewhere only you can open, and delete it once you no longer need it.
data-export-problem-from = Choose the first day to export.
data-export-problem-to = Choose the last day to export.
data-export-problem-order = The last day comes before the first.

## Import: choosing a file and the preview

data-import-title = Import
data-import-intro = From a Resilience Journal export (.json), a Daylio export or any CSV table. You see what would change before anything is written, and your journal is backed up first.
data-import-button = Import…
data-import-reading = Reading the file…
data-import-wrong-file = Choose a .json file exported by Resilience Journal or a .csv table.
data-import-filter-any = Journal export or table (JSON, CSV)
data-import-filter-json = Resilience Journal export (JSON)
data-import-filter-csv = CSV table (also Daylio)
data-import-kind-json = Resilience Journal export
data-import-kind-daylio = Daylio export
data-import-kind-csv = CSV table
# $file: the file's name.
data-import-preview-title = What would be imported from { $file }
# $kind: one of data-import-kind-….
data-import-preview-kind = { $kind }. Nothing has been written yet.
data-import-summary = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }, { $conflicts ->
        [one] { $conflicts } conflict
       *[other] { $conflicts } conflicts
    }
# $from, $to: days, e.g. "Tue 24 Nov 2025".
data-import-preview-range = From { $from } to { $to }.
data-import-table-kind = Kind
data-import-table-new = New
data-import-table-same = Same as yours
data-import-table-different = Different from yours
data-import-table-days = Days
data-import-table-sessions = Sessions
data-import-new-tags = { $count ->
        [one] { $count } new tag.
       *[other] { $count } new tags.
    }
data-import-settings-conflict = The file's settings differ from yours.
data-import-settings-new = The file has settings your journal has not set yet.
data-import-conflicts-title = Days in both, with different values
data-import-conflicts-more = and { $count } more.
data-import-skipped-title = Rows that will be left out
# $line: the line of the file; $reason: why it is left out.
data-import-skipped-line = Line { $line }: { $reason }
data-import-warnings-title = Worth knowing
data-import-policy-title = Where the file and your journal differ
data-import-policy-no-conflicts = Nothing in the file differs from what you have, so this choice changes nothing.
data-import-policy-keep-mine = Keep mine
data-import-policy-keep-mine-hint = Days and sessions you already have stay as they are.
data-import-policy-take-theirs = Take theirs
data-import-policy-take-theirs-hint = The file's version replaces yours.
data-import-policy-keep-newer = Keep the newer
data-import-policy-keep-newer-hint = Whichever was changed last wins.
data-import-commit = Import
data-import-commit-days = Import { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
data-import-commit-sessions = Import { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }
data-import-commit-both = Import { $days ->
        [one] { $days } day
       *[other] { $days } days
    } and { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }
data-import-committing = Importing…
data-import-back-to-columns = Back to the columns
data-import-waiting-for-moods = The import waits until every Daylio mood above has a choice.

## Import: the result. Clauses are joined with commas into $changes.

data-import-done = Import done: { $changes }.
data-import-done-nothing = Import done: nothing new: your journal already had all of it.
data-import-done-added-days = added { $count ->
        [one] { $count } new day
       *[other] { $count } new days
    }
data-import-done-replaced-days = replaced { $count ->
        [one] { $count } day
       *[other] { $count } days
    } with the file's version
data-import-done-kept-days = kept { $count ->
        [one] { $count } day
       *[other] { $count } days
    } of yours unchanged
data-import-done-added-sessions = added { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
data-import-done-replaced-sessions = replaced { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
data-import-done-kept-sessions = kept { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    } of yours
data-import-done-tags = { $count ->
        [one] { $count } new tag.
       *[other] { $count } new tags.
    }
data-import-done-settings = Settings taken from the file.
data-import-done-skipped = { $count ->
        [one] { $count } row left out.
       *[other] { $count } rows left out.
    }
# $when: "15:02" today, else a day and time.
data-import-undo = Undo: restore the backup from { $when }
data-import-another = Import another file

## Import: the columns of a CSV table

data-csv-title = Which column holds what
# $file: the file's name; $rows: its rows; $separator: the character between columns.
data-csv-file-facts = { $file }: { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, separated by “{ $separator }”.
data-csv-file-facts-tabs = { $file }: { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, separated by tabs.
data-csv-sample-caption = The first rows of the file
data-csv-sample-empty = The file has no rows under its header.
data-csv-date-column = Date column
data-csv-date-format = Dates are written as
# $example: how such a date looks in the file.
data-csv-date-iso = Year-month-day ({ $example }), with or without a time
data-csv-date-dmy-dots = Day.month.year ({ $example })
data-csv-date-dmy-slashes = Day/month/year ({ $example })
data-csv-date-mdy-slashes = Month/day/year ({ $example })
data-csv-date-dmy-dashes = Day-month-year ({ $example })
data-csv-date-ymd-slashes = Year/month/day ({ $example })
data-csv-other-columns = The other columns
data-csv-other-columns-hint = Measures are read as numbers (ratings 0–10, sleep in hours); leave out what the journal has no place for.
data-csv-tag-separator = Tags are separated by
data-csv-preview = Show what would be imported
# $measure: a measure's name, e.g. "Stress".
data-csv-rating = { $measure } (0–10)
data-csv-role-skip = Not imported
data-csv-role-notes = Notes
data-csv-role-tags = Tags
data-csv-problem-date = Choose the column that holds the date.
data-csv-problem-nothing = Choose at least one column to import besides the date.
data-csv-problem-separator = Say what separates the tags, e.g. ;
# $column: the column chosen first; $role: what it holds (a code); $label: its name as in the list.
data-csv-problem-twice = “{ $column }” already holds { $role ->
        [stress] stress (0–10)
        [sleepHours] sleep hours
        [sleepQuality] sleep quality (0–10)
        [pain] pain (0–10)
        [selfEsteem] self-esteem (0–10)
        [mood] mood (0–10)
        [anxiety] anxiety (0–10)
        [bodyAwareness] body awareness (0–10)
        [notes] notes
        [tags] tags
       *[other] { $label }
    }.

## Import: Daylio's moods

data-daylio-title = Daylio moods
data-daylio-hint = Which mood (0 = very low, 10 = very good) each of your Daylio moods becomes.
# $label: a mood word from the person's Daylio file.
data-daylio-label = “{ $label }”
data-daylio-entries = ({ $count ->
        [one] { $count } entry
       *[other] { $count } entries
    })
data-daylio-no-mood = No mood
# $labels: the quoted mood words still without a choice, as a list.
data-daylio-unmapped = Choose a mood for { $labels } before importing; “No mood” imports those days without one.

## Backups

data-backup-title = Backups
data-backup-intro = The app keeps a copy of your journal every day, and before an import or an update. Restoring one never loses the journal you have now: it is kept in this list.
data-backup-list-failed = The backups could not be listed.
data-backup-loading = Looking for your backups…
data-backup-status-demo = The sample journal is not backed up.
data-backup-status-none = No backup yet.
# $when: data-backup-when-…; $count: backups kept.
data-backup-status = Last backup: { $when } ({ $count } kept)
# $time: "08:14".
data-backup-when-today = today { $time }
data-backup-when-yesterday = yesterday { $time }
# $day: "Mon 23 Nov 2025".
data-backup-when-date = { $day }, { $time }
data-backup-now = Back up now
data-backup-to-folder = Back up to a folder…
data-backup-busy = Backing up…
data-backup-folder = Backups go to
data-backup-list = Backups, newest first
data-backup-kind-daily = Daily backup
data-backup-kind-manual = Backed up by you
data-backup-kind-replaced = Your journal before a restore
data-backup-kind-before-update = Before an app update
data-backup-kind-before-import = Before an import
data-backup-contents = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }
data-backup-contents-unknown = Contents unknown
# $problem: why the file cannot be restored.
data-backup-cannot-restore = Cannot be restored: { $problem }
data-backup-restore-button = Restore…
data-backup-restore-label = Restore the backup from { $when }…
data-backup-restoring = Restoring…
data-backup-first = The first backup is made today while the app is open, or now with “Back up now”.
# $file: the backup's file name.
data-backup-done = Backed up: { $file }.
# $path: where the copy was saved.
data-backup-done-folder = Saved a copy to { $path }.
data-backup-restored = Restored the backup from { $when }. Your journal as it was is kept in the list below as “{ data-backup-kind-replaced }”, so you can restore it back.
data-backup-confirm-title = Restore this backup?
data-backup-confirm = Restore
data-backup-confirm-cancel = Keep my journal as it is
# $contents: data-backup-contents.
data-backup-confirm-text = Your journal goes back to the backup from { $when } ({ $contents }).
data-backup-confirm-kept = The journal as it is now is not deleted: it is kept in the backup list as “{ data-backup-kind-replaced }”, so you can restore it back.

## Sizes of files. $size is already written in the language ("1.5").

data-size-bytes = { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    }
data-size-kb = { $size } KB
data-size-mb = { $size } MB
data-size-gb = { $size } GB
