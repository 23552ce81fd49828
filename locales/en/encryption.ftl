### Encryption at rest: the Encryption card of Settings and the "Encrypt my journal" dialog.

encryption-title = Encryption
encryption-intro = Encryption makes your journal file, its write-ahead log and its backups unreadable without your key, for example if the computer or a backup disk is stolen. It does not protect the exports you make, which are plain files, nor what the app holds in memory while it runs, nor screenshots.
encryption-load-failed = Whether your journal is encrypted could not be checked.
encryption-try-again = Try again
encryption-checking = Checking…
encryption-demo = The sample journal is never encrypted: it holds no one's data. Leave the demo to encrypt your own journal.
encryption-start = Encrypt my journal…

## The status line.
encryption-status-plain = Not encrypted.
encryption-status-keychain = Encrypted — key kept in the system keychain.
encryption-status-passphrase = Encrypted — passphrase asked at every start.
encryption-status-recovery-only = Encrypted — this computer keeps no key: your recovery key opens it.

## The unencrypted copy kept after encrypting, and turning encryption off ($date: "Tuesday 2 December").
encryption-plain-copy-kept = An unencrypted copy is kept until { $date } in case something went wrong.
encryption-delete-copy = Delete the unencrypted copy now
encryption-deleting = Deleting…
encryption-turn-off = Turn encryption off…
encryption-turning-off = Turning encryption off…
encryption-forget-title = Delete the unencrypted copy?
encryption-forget-confirm = Delete the copy
encryption-forget-cancel = Keep it for now
# Followed by the copy's path.
encryption-forget-now = The unencrypted copy is deleted now rather than on { $date }:
encryption-forget-body = Your encrypted journal stays as it is. Do this once you have seen that your journal opens and looks right.
encryption-decrypt-title = Turn encryption off?
encryption-decrypt-confirm = Turn encryption off
encryption-decrypt-cancel = Keep it encrypted
encryption-decrypt-body = Your journal file becomes readable by anyone with access to this computer, or to a copy of the file. Your key is no longer needed to open it.
encryption-decrypt-again = You can encrypt it again at any time.
encryption-done-encrypted = Your journal is encrypted.
encryption-done-decrypted = Encryption is off: your journal is stored unencrypted again.
encryption-done-forgotten = The unencrypted copy is deleted.

## The dialog, step 1: how the key is kept.
encryption-flow-title = Encrypt your journal
encryption-flow-step = Step { $step } of { $steps }
encryption-method-question = How should the key be kept?
encryption-method-keychain = System keychain (opens automatically)
encryption-method-keychain-hint = Your system's keychain keeps the key, and the journal opens by itself while you are logged in.
encryption-method-passphrase = Passphrase asked at every start
encryption-method-passphrase-hint = Nothing that opens the journal stays on this computer: you type the passphrase whenever the app starts.
encryption-passphrase = Passphrase
encryption-repeat = Repeat the passphrase
encryption-strength = Passphrase strength
encryption-passphrase-tip = A few unusual words make a passphrase that is long and easy to remember.
encryption-strength-0 = Very weak
encryption-strength-1 = Weak
encryption-strength-2 = Fair
encryption-strength-3 = Strong
encryption-strength-4 = Very strong
# $words: one of the five above; $time: how long guessing would take ("4 years").
encryption-strength-line = { $words } ({ $score } of 4) · time to guess it: { $time }

## Step 2: the recovery key.
encryption-key-title = Your recovery key
encryption-key-intro = It opens your journal when nothing else does. It is shown only now: copy it or save it as a file, and keep it somewhere safe away from this computer — printed, or in a password manager.
encryption-copy = Copy
encryption-copied = Copied. Paste it somewhere safe, such as a password manager, and clear the clipboard afterwards.
encryption-copy-failed = Copying did not work here: the key is selected, so press Ctrl+C to copy it.
encryption-save-file = Save as file…
encryption-saving = Saving…
# Followed by the file's path.
encryption-saved-to = Saved to
encryption-key-warning-passphrase = Without this key your journal cannot be recovered if you forget your passphrase.
encryption-key-warning-keychain = Without this key your journal cannot be recovered if the system keychain loses its key, for example after reinstalling the system.

## Step 3: the recovery key typed back, then encrypting.
encryption-confirm-key = Type or paste your recovery key to confirm
encryption-confirm-key-hint = This shows that you kept it. Spaces and dashes do not matter.
encryption-encrypting-note = Encrypting… your journal stays as it is until the encrypted copy is verified.
encryption-back = Back
encryption-cancel = Cancel
encryption-continue = Continue
encryption-making-key = Making your key…
encryption-encrypt-now = Encrypt now
encryption-encrypting = Encrypting…

## Problems.
encryption-error-no-passphrase = Choose a passphrase.
encryption-error-too-weak = This passphrase is too easy to guess. Make it longer, for example with a few more unusual words.
encryption-error-no-repeat = Type the passphrase again.
encryption-error-repeat-differs = The two passphrases are not the same.
encryption-error-no-key = Type or paste the recovery key from the step before.
encryption-error-new-passphrase = Nothing was encrypted. Choose another passphrase; you will then get a new recovery key.
# $details: why the keychain refused.
encryption-error-keychain = { $details } Nothing was encrypted. You can cancel and choose a passphrase instead.

## The strength meter's words: what makes the passphrase easy to guess, how to make it harder, and how long guessing it would take.
# $count: the fewest characters accepted.
encryption-strength-warning-too-short = { $count ->
    [one] Use at least { $count } character.
   *[other] Use at least { $count } characters.
}
encryption-strength-warning-straight-rows-of-keys-are-easy-to-guess = Straight rows of keys are easy to guess.
encryption-strength-warning-short-keyboard-patterns-are-easy-to-guess = Short keyboard patterns are easy to guess.
encryption-strength-warning-repeats-like-aaa-are-easy-to-guess = Repeats like "aaa" are easy to guess.
encryption-strength-warning-repeats-like-abc-abc-are-only-slightly-harder-to-guess = Repeats like "abcabcabc" are only slightly harder to guess than "abc".
encryption-strength-warning-this-is-a-top10-password = This is a top-10 common password.
encryption-strength-warning-this-is-a-top100-password = This is a top-100 common password.
encryption-strength-warning-this-is-a-common-password = This is a very common password.
encryption-strength-warning-this-is-similar-to-a-commonly-used-password = This is similar to a commonly used password.
encryption-strength-warning-sequences-like-abc-are-easy-to-guess = Sequences like abc or 6543 are easy to guess.
encryption-strength-warning-recent-years-are-easy-to-guess = Recent years are easy to guess.
encryption-strength-warning-a-word-by-itself-is-easy-to-guess = A word by itself is easy to guess.
encryption-strength-warning-dates-are-often-easy-to-guess = Dates are often easy to guess.
encryption-strength-warning-names-and-surnames-by-themselves-are-easy-to-guess = Names and surnames by themselves are easy to guess.
encryption-strength-warning-common-names-and-surnames-are-easy-to-guess = Common names and surnames are easy to guess.
encryption-strength-suggestion-use-a-few-words-avoid-common-phrases = Use a few words, avoid common phrases.
encryption-strength-suggestion-no-need-for-symbols-digits-or-uppercase-letters = No need for symbols, digits, or uppercase letters.
encryption-strength-suggestion-add-another-word-or-two = Add another word or two. Uncommon words are better.
encryption-strength-suggestion-capitalization-doesnt-help-very-much = Capitalization doesn't help very much.
encryption-strength-suggestion-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = All-uppercase is almost as easy to guess as all-lowercase.
encryption-strength-suggestion-reversed-words-arent-much-harder-to-guess = Reversed words aren't much harder to guess.
encryption-strength-suggestion-predictable-substitutions-dont-help-very-much = Predictable substitutions like '@' instead of 'a' don't help very much.
encryption-strength-suggestion-use-a-longer-keyboard-pattern-with-more-turns = Use a longer keyboard pattern with more turns.
encryption-strength-suggestion-avoid-repeated-words-and-characters = Avoid repeated words and characters.
encryption-strength-suggestion-avoid-sequences = Avoid sequences.
encryption-strength-suggestion-avoid-recent-years = Avoid recent years.
encryption-strength-suggestion-avoid-years-that-are-associated-with-you = Avoid years that are associated with you.
encryption-strength-suggestion-avoid-dates-and-years-that-are-associated-with-you = Avoid dates and years that are associated with you.
# Fills $time of encryption-strength-line. $unit: instant (under a second), seconds, minutes, hours, days, months, years or centuries (100 years or more); $count: how many whole units.
encryption-strength-crack-time = { $unit ->
    [instant] less than a second
    [seconds] { $count ->
        [one] { $count } second
       *[other] { $count } seconds
    }
    [minutes] { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
    [hours] { $count ->
        [one] { $count } hour
       *[other] { $count } hours
    }
    [days] { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
    [months] { $count ->
        [one] { $count } month
       *[other] { $count } months
    }
    [years] { $count ->
        [one] { $count } year
       *[other] { $count } years
    }
   *[centuries] centuries
}
