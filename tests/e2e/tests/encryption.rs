//! Encryption at rest on the real binary: a journal with a check-in is encrypted from Settings
//! with a passphrase (the keychain offered but unavailable here, with its reason), its recovery
//! key saved through the save dialog's test hook and typed back; the journal file on disk no
//! longer holds the note, its backups (at least the one the test made) are encrypted too, and the
//! unencrypted copy the card speaks of is kept. After a restart the Unlock screen refuses a wrong passphrase and opens with the
//! recovery key read from the saved file; turning encryption off leaves a plain SQLite journal
//! (and backups) that opens without asking.

use std::path::Path;

use resilience_e2e::{
    button, choice, click, labelled, nav, rating_input, start_journal, text, wait_until_ready, wait_until_selected,
    TauriDriver,
};
use thirtyfour::prelude::*;

/// The note written before encrypting; its distinctive word is looked for in the files on disk.
const NOTE: &str = "Harbour walk with Zephyrine at dusk, the wind finally dropped.";
const MARKER: &[u8] = b"Zephyrine";
const PASSPHRASE: &str = "lantern orchid gravel kettle 1987";
const ENCRYPTION_CARD: &str = "//section[h3[normalize-space()='Encryption']]";
const FLOW: &str = "//dialog[@open][.//h2[normalize-space()='Encrypt your journal']]";

async fn answer_dialogs(app: &WebDriver, answers: serde_json::Value) -> WebDriverResult<()> {
    app.execute("window.__RESILIENCE_TEST_DIALOG__ = arguments[0];", vec![answers]).await?;
    Ok(())
}

/// The journal file and its write-ahead files beside it (not the backups folder, where the
/// unencrypted copy is kept on purpose for a few days).
fn journal_files(data: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(data)
        .expect("the data folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("journal.db")))
        .collect()
}

/// The backups (`backups/*.db`): the unencrypted copy kept after encrypting, and the others.
fn backups(data: &Path) -> (Vec<std::path::PathBuf>, Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(data.join("backups")) else { return (Vec::new(), Vec::new()) };
    entries.map(|e| e.expect("an entry").path()).filter(|p| p.extension().is_some_and(|e| e == "db")).partition(|p| {
        p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("journal-plain-before-encryption-"))
    })
}

fn is_plain_sqlite(file: &Path) -> bool {
    std::fs::read(file).expect("a journal file").starts_with(b"SQLite format 3\0")
}

/// The recovery key on the sheet saved as a text file: the line of letters, digits and dashes.
fn key_on_sheet(sheet: &str) -> Option<&str> {
    sheet
        .lines()
        .map(str::trim)
        .find(|line| line.len() > 50 && line.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-'))
}

fn holds(bytes: &[u8], needle: &[u8]) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle)
}

/// The text of the element that `field`'s `aria-describedby` points at first.
async fn description(app: &WebDriver, field: &WebElement) -> WebDriverResult<String> {
    let ids = field.attr("aria-describedby").await?.unwrap_or_default();
    let first = ids.split_whitespace().next().unwrap_or_default().to_string();
    app.find(By::Id(first)).await?.text().await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_journal_encrypted_with_a_passphrase_unlocks_with_its_recovery_key_and_can_be_decrypted_again(
) -> WebDriverResult<()> {
    let data = tempfile::tempdir().expect("temp dir");
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let sheet = elsewhere.path().join("recovery-key.txt");
    let journal = data.path().join("journal.db");
    let driver = TauriDriver::start();

    // A check-in with a distinctive note, in a plain journal.
    let app = driver.launch(data.path()).await;
    start_journal(&app).await?;
    click(&app, rating_input("Stress", 4)).await?;
    app.find(labelled("Notes")).await?.send_keys(NOTE).await?;
    click(&app, button("Save check-in")).await?;
    app.query(By::XPath("//*[@role='status'][starts-with(normalize-space(), 'Saved')]")).first().await?;
    assert!(is_plain_sqlite(&journal));
    // A daily backup of the plain journal, so that the checks of the backups below have one to
    // look at whether or not the app's pass at start found a journal to back up.
    resilience_core::portability::backup_if_due(&journal, None, chrono::Utc::now()).expect("a backup of the journal");
    let backups_before = backups(data.path()).1.len();
    assert!(backups_before >= 1, "a backup of the plain journal is there");

    // Settings → Encryption: the keychain is offered but cannot keep a key here, and says why.
    click(&app, nav("Settings")).await?;
    app.query(By::XPath(format!("{ENCRYPTION_CARD}//p[normalize-space()='Not encrypted.']"))).first().await?;
    click(&app, By::XPath(format!("{ENCRYPTION_CARD}//button[normalize-space()='Encrypt my journal…']"))).await?;
    app.query(By::XPath(FLOW)).first().await?;
    let keychain = app.find(choice("How should the key be kept?", "System keychain (opens automatically)")).await?;
    assert!(!keychain.is_enabled().await?, "no Secret Service here: the keychain cannot be chosen");
    let reason = description(&app, &keychain).await?;
    assert!(reason.contains("keychain") && !reason.starts_with("Your system's keychain keeps"), "reason: {reason}");
    let passphrase_choice = app.find(choice("How should the key be kept?", "Passphrase asked at every start")).await?;
    assert!(passphrase_choice.is_selected().await?, "the passphrase is chosen when the keychain cannot be");

    // A strong passphrase: the meter rates it acceptable (zxcvbn 3 or 4 of 4) without a warning.
    app.find(labelled("Passphrase")).await?.send_keys(PASSPHRASE).await?;
    app.find(labelled("Repeat the passphrase")).await?.send_keys(PASSPHRASE).await?;
    let rating = app
        .query(By::XPath(format!(
            "{FLOW}//meter/following-sibling::p[starts-with(normalize-space(), 'Strong (') or \
             starts-with(normalize-space(), 'Very strong (')]"
        )))
        .first()
        .await?
        .text()
        .await?;
    let score: f64 = app
        .find(By::XPath(format!("{FLOW}//meter")))
        .await?
        .prop("value")
        .await?
        .unwrap_or_default()
        .parse()
        .unwrap_or(0.0);
    assert!(score >= 3.0 && rating.contains("time to guess it"), "meter {score}: {rating}");
    assert!(app.find(By::XPath(format!("{FLOW}//meter/following-sibling::p/strong"))).await.is_err(), "no warning");
    click(&app, By::XPath(format!("{FLOW}//button[normalize-space()='Continue']"))).await?;

    // The recovery key, read from the screen and saved as a file through the dialog hook.
    app.query(By::XPath(format!("{FLOW}//h3[normalize-space()='Your recovery key']"))).first().await?;
    let recovery_key = app.find(By::Css("dialog[open] p.recovery-key")).await?.text().await?.trim().to_string();
    let letters = recovery_key.chars().filter(char::is_ascii_alphanumeric).count();
    assert_eq!(letters, 55, "a recovery key on screen: {recovery_key}");
    answer_dialogs(&app, serde_json::json!({ "save": sheet.to_string_lossy() })).await?;
    click(&app, By::XPath(format!("{FLOW}//button[normalize-space()='Save as file…']"))).await?;
    let saved = app.query(By::XPath(format!("{FLOW}//p[starts-with(normalize-space(), 'Saved to')]"))).first().await?;
    assert!(saved.text().await?.contains(&*sheet.to_string_lossy()), "said where it was saved");
    let text_file = std::fs::read_to_string(&sheet).expect("the recovery key file was written where the dialog said");
    let saved_key = key_on_sheet(&text_file).unwrap_or_else(|| panic!("a recovery key in the file: {text_file}"));
    assert_eq!(saved_key, recovery_key, "the file holds the key shown");
    let saved_key = saved_key.to_string();

    // Typed back, then encrypted.
    click(&app, By::XPath(format!("{FLOW}//button[normalize-space()='Continue']"))).await?;
    app.query(labelled("Type or paste your recovery key to confirm")).first().await?.send_keys(&recovery_key).await?;
    click(&app, By::XPath(format!("{FLOW}//button[normalize-space()='Encrypt now']"))).await?;
    app.query(By::XPath(format!("{ENCRYPTION_CARD}//p[normalize-space()='Your journal is encrypted.']")))
        .first()
        .await?;
    assert!(app.find(By::XPath(FLOW)).await.is_err(), "the flow closed");
    app.find(By::XPath(format!(
        "{ENCRYPTION_CARD}//p[normalize-space()='Encrypted — passphrase asked at every start.']"
    )))
    .await?;
    app.find(By::XPath(format!(
        "{ENCRYPTION_CARD}//p[starts-with(normalize-space(), 'An unencrypted copy is kept until ')]"
    )))
    .await?;
    app.find(By::XPath(format!("{ENCRYPTION_CARD}//button[normalize-space()='Delete the unencrypted copy now']")))
        .await?;

    // On disk: the journal and its write-ahead files no longer hold the note; the key file is there.
    for file in journal_files(data.path()) {
        let bytes = std::fs::read(&file).expect("a journal file");
        assert!(!holds(&bytes, MARKER), "{} still holds the note in the clear", file.display());
    }
    assert!(!is_plain_sqlite(&journal), "the journal is no longer a plain SQLite file");
    assert!(data.path().join("journal.db.key").is_file(), "the passphrase's sealed key is kept beside the journal");
    let (plain_copies, others) = backups(data.path());
    assert_eq!(plain_copies.len(), 1, "the unencrypted copy the card speaks of");
    assert!(holds(&std::fs::read(&plain_copies[0]).expect("the copy"), MARKER), "it is the journal as it was");
    assert_eq!(others.len(), backups_before, "every backup is still there: {others:?}");
    for backup in &others {
        assert!(!is_plain_sqlite(backup), "{} was left unencrypted", backup.display());
    }
    app.quit().await?;

    // Restart: locked. A wrong passphrase is refused and the journal stays locked.
    let app = driver.launch(data.path()).await;
    app.query(By::XPath("//h2[normalize-space()='Unlock your journal']")).first().await?;
    let field = app.find(labelled("Passphrase")).await?;
    field.send_keys("lantern orchid gravel kettle 1988").await?;
    click(&app, button("Unlock")).await?;
    let refused = app.query(By::XPath("//input[@aria-invalid='true']")).first().await?;
    let error = description(&app, &refused).await?;
    assert!(error.contains("passphrase"), "the wrong passphrase is explained under its field: {error}");
    app.find(By::XPath("//h2[normalize-space()='Unlock your journal']")).await?;
    assert!(app.find(nav("Today")).await.is_err(), "still locked: no app behind the Unlock screen");
    assert_eq!(
        refused.prop("value").await?.as_deref(),
        Some("lantern orchid gravel kettle 1988"),
        "kept for another try"
    );

    // The recovery key from the saved file opens it.
    click(&app, button("Use recovery key instead")).await?;
    app.query(labelled("Recovery key")).first().await?.send_keys(&saved_key).await?;
    click(&app, button("Unlock")).await?;
    wait_until_ready(&app).await?;
    wait_until_selected(&app, rating_input("Stress", 4)).await?;
    assert_eq!(app.find(labelled("Notes")).await?.prop("value").await?.as_deref(), Some(NOTE));
    click(&app, nav("Journal")).await?;
    app.query(labelled("Search notes")).first().await?.send_keys("Zephyrine").await?;
    app.query(By::XPath("//mark[normalize-space()='Zephyrine']")).first().await?;

    // Encryption off again, after the confirmation: a plain SQLite file, no key file.
    click(&app, nav("Settings")).await?;
    app.query(By::XPath(format!(
        "{ENCRYPTION_CARD}//p[normalize-space()='Encrypted — passphrase asked at every start.']"
    )))
    .first()
    .await?;
    click(&app, By::XPath(format!("{ENCRYPTION_CARD}//button[normalize-space()='Turn encryption off…']"))).await?;
    app.query(By::XPath("//dialog[@open]//h2[normalize-space()='Turn encryption off?']")).first().await?;
    click(&app, By::XPath("//dialog[@open]//button[normalize-space()='Turn encryption off']")).await?;
    app.query(By::XPath(format!(
        "{ENCRYPTION_CARD}//p[normalize-space()='Encryption is off: your journal is stored unencrypted again.']"
    )))
    .first()
    .await?;
    app.find(By::XPath(format!("{ENCRYPTION_CARD}//p[normalize-space()='Not encrypted.']"))).await?;
    assert!(is_plain_sqlite(&journal), "plain SQLite again");
    assert!(!data.path().join("journal.db.key").exists(), "the key file is gone");
    let others = backups(data.path()).1;
    assert!(others.len() >= backups_before, "every backup is still there: {others:?}");
    for backup in &others {
        assert!(is_plain_sqlite(backup), "{} is still encrypted", backup.display());
    }
    app.quit().await?;

    // And it opens without asking.
    let app = driver.launch(data.path()).await;
    wait_until_selected(&app, rating_input("Stress", 4)).await?;
    assert!(app.find(text("Unlock your journal")).await.is_err());
    assert_eq!(app.find(labelled("Notes")).await?.prop("value").await?.as_deref(), Some(NOTE));
    app.quit().await?;
    Ok(())
}
