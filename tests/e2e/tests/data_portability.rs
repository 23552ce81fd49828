//! A journal exported as JSON (the save dialog answered through the dialog layer's test hook) and
//! imported into a fresh journal on another "computer" shows the same day; a damaged journal is
//! moved aside and the recovery screen starts a new one.

use resilience_e2e::{
    button, choice, click, labelled, nav, rating_input, start_journal, wait_until_selected, TauriDriver,
};
use thirtyfour::prelude::*;

async fn answer_dialogs(app: &WebDriver, answers: serde_json::Value) -> WebDriverResult<()> {
    app.execute("window.__RESILIENCE_TEST_DIALOG__ = arguments[0];", vec![answers]).await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn an_exported_journal_imports_into_a_fresh_one_with_the_same_days() -> WebDriverResult<()> {
    let first = tempfile::tempdir().expect("temp dir");
    let second = tempfile::tempdir().expect("temp dir");
    let file = tempfile::tempdir().expect("temp dir");
    let export = file.path().join("my-journal.json");
    let driver = TauriDriver::start();

    let app = driver.launch(first.path()).await;
    start_journal(&app).await?;
    click(&app, rating_input("Stress", 7)).await?;
    app.find(labelled("Notes")).await?.send_keys("Moved to a new laptop today.").await?;
    click(&app, button("Save check-in")).await?;
    app.query(By::XPath("//*[@role='status'][starts-with(normalize-space(), 'Saved')]")).first().await?;
    click(&app, nav("Data")).await?;
    answer_dialogs(&app, serde_json::json!({ "save": export.to_string_lossy() })).await?;
    click(&app, choice("Format", "JSON")).await?;
    click(&app, button("Export…")).await?;
    app.query(By::XPath("//*[starts-with(normalize-space(), 'Saved to')]")).first().await?;
    assert!(app.find(By::XPath("//*[contains(normalize-space(), 'not encrypted')]")).await.is_ok(), "the export warns");
    app.quit().await?;
    let text = std::fs::read_to_string(&export).expect("the export was written where the dialog said");
    assert!(text.contains("Moved to a new laptop today."));

    let app = driver.launch(second.path()).await;
    start_journal(&app).await?;
    click(&app, nav("Data")).await?;
    answer_dialogs(&app, serde_json::json!({ "open": export.to_string_lossy() })).await?;
    click(&app, button("Import…")).await?;
    let summary = app.query(By::Css("[data-testid='import-summary']")).first().await?.text().await?;
    assert!(summary.starts_with("1 day"), "preview: {summary}");
    let commit = app.query(By::XPath("//button[starts-with(normalize-space(), 'Import 1 day')]")).first().await?;
    commit.click().await?;
    app.query(By::XPath("//*[@role='status']//button[starts-with(normalize-space(), 'Undo: restore the backup')]"))
        .first()
        .await?;
    click(&app, nav("Today")).await?;
    wait_until_selected(&app, rating_input("Stress", 7)).await?;
    assert_eq!(
        app.find(labelled("Notes")).await?.prop("value").await?.as_deref(),
        Some("Moved to a new laptop today.")
    );
    app.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_journal_is_moved_aside_and_a_new_one_started() -> WebDriverResult<()> {
    let data = tempfile::tempdir().expect("temp dir");
    let damaged = b"SQLite format 3\0 but not really: the rest of this file was lost".repeat(64);
    std::fs::write(data.path().join("journal.db"), &damaged).expect("a damaged file");
    let driver = TauriDriver::start();
    let app = driver.launch(data.path()).await;
    app.query(By::XPath("//h2[normalize-space()='Your journal could not be opened']")).first().await?;
    app.query(By::XPath("//*[normalize-space()='There are no backups of this journal yet.']")).first().await?;
    let aside: Vec<_> = std::fs::read_dir(data.path())
        .expect("the data folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("journal.db.damaged-")))
        .collect();
    assert_eq!(aside.len(), 1, "moved aside once");
    assert_eq!(std::fs::read(&aside[0]).expect("kept"), damaged, "unchanged");
    click(&app, button("Start a new, empty journal")).await?;
    start_journal(&app).await?;
    assert!(data.path().join("journal.db").exists());
    assert_eq!(std::fs::read(&aside[0]).expect("still kept"), damaged);
    app.quit().await?;
    Ok(())
}
