### Sync between the person's computers: the Sync card of Settings, and the messages the back end
### returns about sync (errors of the sync commands, problems in the sync status).

sync-title = Sync
sync-load-failed = Whether this computer syncs could not be checked.
sync-try-again = Try again
sync-checking = Checking…
sync-demo = The sample journal never syncs. Leave the demo to sync your own journal.

## Sync off: what sync does, this computer's name, and the two ways in.
sync-status-off = Sync is off on this computer.
sync-intro-same = The same journal on each of your computers, through a folder you already keep in sync: Syncthing, Dropbox, Nextcloud, OneDrive, iCloud Drive or a USB stick.
sync-intro-sealed = Everything the app puts in that folder is sealed end to end: nothing in it can be read without your sync code.
sync-intro-private = No account and no server: the app only reads and writes its own files in the folder.
sync-name = Name of this computer
sync-name-hint = Your other computers show this name.
sync-start-hint = On your first computer: choose the sync folder, and the app writes your journal into it. You then get a sync code to take to your other computers.
sync-start = Turn on sync on this computer…
sync-starting = Turning sync on…
sync-join-hint = On each further computer: choose the same sync folder and type the sync code shown on the first one.
sync-join = Join a journal from another computer…

## Joining: the folder, the code, then what will merge.
sync-join-title = Join a journal from another computer
sync-join-intro = Choose the folder your other computer syncs into, then type or paste its sync code.
sync-folder = Sync folder
sync-join-no-folder-yet = No folder chosen yet.
sync-choose-folder = Choose the sync folder…
sync-join-other-folder = Choose another folder…
sync-choosing-folder = Choosing…
sync-join-code = Sync code
sync-join-code-hint = On the other computer: Settings → Sync → Show sync code. Spaces and dashes do not matter.
sync-join-check = Check the code
sync-checking-code = Checking the code…
sync-join-preview-title = What joining does
sync-join-here = On this computer
sync-join-in-folder = In the sync folder
# Followed by the names of the computers that sync into the folder.
sync-join-from = From
sync-join-merge = Both journals are merged into one, on every computer. A backup of this journal is made first.
sync-join-confirm = Join and merge
sync-joining = Joining…
sync-joining-note = Joining… a backup of this journal is made first, then both journals are merged.
sync-cancel = Cancel
sync-join-no-folder = Choose the folder your other computer syncs into.
sync-join-no-code = Type or paste the sync code shown on your other computer.
# $days: days with a check-in; $sessions: massage sessions.
sync-counts = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }

## Sync on or paused.
sync-status-on = Sync is on.
sync-status-paused = Sync is paused on this computer: nothing is read from or written to the sync folder until you resume.
# $when: one of sync-when-… below.
sync-last-synced = Last synced { $when }
sync-last-synced-never = Not synced yet
sync-computers = Computers
sync-this-computer = This computer
# $when: one of sync-when-… below.
sync-computer-last-seen = last seen { $when }
sync-computer-never-seen = not seen yet
sync-rename = Save the name
sync-renaming = Saving…
sync-now = Sync now
sync-syncing = Syncing…
sync-pause = Pause sync
sync-pausing = Pausing…
sync-resume = Resume sync
sync-resuming = Resuming…
sync-code-show = Show sync code
sync-code-getting = Getting the code…
sync-leave = Remove this computer…
sync-leaving = Removing…
sync-newer-title = Update Resilience Journal on this computer
sync-newer-body = Another computer uses a newer version of the app. Its changes are kept in the sync folder and applied here once you update.

## When something happened, in local time ($time: "08:14"; $day: "Mon 23 Nov 2025").
sync-when-just-now = just now
sync-when-minutes = { $count ->
        [one] { $count } minute ago
       *[other] { $count } minutes ago
    }
sync-when-today = today at { $time }
sync-when-yesterday = yesterday at { $time }
sync-when-date = on { $day }, { $time }

## The sync code.
sync-code-title = Sync code
sync-code-hint = On your other computer, choose Settings → Sync → Join a journal from another computer, and type or paste this code.
sync-code-copy = Copy
sync-code-copied = Copied. Paste it on your other computer, and clear the clipboard afterwards.
sync-code-copy-failed = Copying did not work here: the code is selected, so press Ctrl+C to copy it.
sync-code-hide = Hide the code
sync-code-warning = Anyone with this code and the sync folder can read your journal. Keep it to yourself.

## Removing this computer.
sync-leave-title = Remove this computer from sync?
sync-leave-body = Sync turns off on this computer, and the sync key is forgotten here.
sync-leave-kept = Nothing is deleted: your journal stays on this computer as it is, and on your other computers.
sync-leave-again = To sync again later, join with the sync code from one of your other computers.
sync-leave-confirm = Remove this computer
sync-leave-cancel = Keep syncing

## What just happened.
sync-done-started = Sync is on. Take the sync code below to your other computers.
sync-done-joined = This computer has joined. Both journals are merged, and a backup of this journal was made first.
sync-done-now = The sync folder was checked.
sync-done-paused = Sync is paused.
sync-done-resumed = Sync is on again.
sync-done-renamed = The name is saved; your other computers show it after their next sync.
sync-done-left = This computer no longer syncs. Your journal is still here.

## Errors of the sync commands (from the back end).
# $count: characters typed; $expected: characters a sync code has.
error-sync-code-length = A sync code has { $expected } letters and digits; this one has { $count }. Check that none are missing.
error-sync-code-character = A sync code has only the digits 0–9 and the letters A–Z except I, L, O and U; “{ $character }” is not one of them.
error-sync-code-typo = This sync code has a typo: check it letter by letter against the one on your other computer.
error-sync-code-wrong = This code does not open the journal in this sync folder. Check it on the other computer: Settings → Sync → Show sync code.
error-sync-no-journal = There is no synced journal in this folder yet. Choose the folder your other computer syncs into, or turn sync on there first.
error-sync-folder-missing = The sync folder is missing — is the USB stick plugged in, or has the folder moved?
error-sync-not-a-folder = This is a file, not a folder. Choose a folder.
error-sync-demo = The sample journal never syncs.
error-sync-already-on = This computer already syncs.
error-sync-off = Sync is off on this computer.
error-sync-name-empty = Give this computer a name, so you can tell your computers apart.
# $max: the most characters a name may have.
error-sync-name-long = A computer's name can have at most { $max } characters.
# $detail: what the system said.
error-sync-folder-io = The sync folder could not be read or written: { $detail }
error-sync-key-missing = This computer's sync key is no longer in the system keychain. Remove this computer from sync, then join again with the sync code.
error-sync-journal-folder = The sync folder is inside the app's own data folder. Choose another folder.

## Problems shown while sync is on (from the back end).
sync-problem-folder-missing = The sync folder is missing — is the USB stick plugged in, or has the folder moved?
# $count: files in the sync folder that could not be opened.
sync-problem-unreadable-files = { $count ->
        [one] { $count } file in the sync folder does not open yet: it may still be being copied by your sync app, or it is damaged. It is tried again later.
       *[other] { $count } files in the sync folder do not open yet: they may still be being copied by your sync app, or they are damaged. They are tried again later.
    }
sync-problem-newer-version = Another computer uses a newer Resilience Journal. Its changes are kept and applied once you update: Update Resilience Journal on this computer.
# $detail: what the system said.
sync-problem-folder-io = The sync folder could not be read or written: { $detail }
sync-problem-key-missing = This computer's sync key is no longer in the system keychain. Remove this computer from sync, then join again with the sync code.
