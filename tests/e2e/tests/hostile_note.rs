//! A note full of markup is stored and shown as text: nothing in it runs, in the check-in form or
//! in the search results. And what the person wrote never reaches the app's log.

use resilience_e2e::{button, click, labelled, nav, rating_input, start_journal, TauriDriver};
use thirtyfour::prelude::*;

const NOTE: &str = "Marker7731 <img src=x onerror=\"document.title='pwned'\"> \
                    <script>document.title='pwned'</script> <b>bold</b>";

#[tokio::test(flavor = "multi_thread")]
async fn markup_in_a_note_is_text_and_stays_out_of_the_log() -> WebDriverResult<()> {
    let data = tempfile::tempdir().expect("temp dir");
    let driver = TauriDriver::start();
    let app = driver.launch(data.path()).await;
    start_journal(&app).await?;
    let title = app.title().await?;
    click(&app, rating_input("Stress", 6)).await?;
    app.find(labelled("Notes")).await?.send_keys(NOTE).await?;
    click(&app, button("Save check-in")).await?;
    app.query(By::XPath("//*[@role='status'][starts-with(normalize-space(), 'Saved')]")).first().await?;
    assert_eq!(app.find(labelled("Notes")).await?.prop("value").await?.as_deref(), Some(NOTE));

    click(&app, nav("Journal")).await?;
    app.query(labelled("Search notes")).first().await?.send_keys("Marker7731").await?;
    let hit = app.query(By::XPath("//mark[normalize-space()='Marker7731']/..")).first().await?;
    let shown = hit.text().await?;
    assert!(shown.contains("<img src=x"), "the markup is shown as text: {shown}");
    assert!(shown.contains("<script>"), "the markup is shown as text: {shown}");
    // Nothing of it became an element, and nothing ran.
    let injected = app.find_all(By::Css("img[src='x'], b")).await?.len();
    let scripts: i64 = app
        .execute("return [...document.scripts].filter(s => s.textContent.includes('pwned')).length", vec![])
        .await?
        .convert()?;
    assert_eq!((injected, scripts), (0, 0));
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(app.title().await?, title, "no handler ran");
    app.quit().await?;

    // The log exists, and the note is not in it.
    let logs = std::fs::read_dir(data.path().join("logs")).expect("a log folder");
    let mut text = String::new();
    for entry in logs {
        text.push_str(&std::fs::read_to_string(entry.expect("an entry").path()).expect("a log file"));
    }
    assert!(text.contains("started"), "the log is written: {text}");
    assert!(!text.contains("Marker7731") && !text.contains("pwned"), "the note leaked into the log:\n{text}");
    Ok(())
}
