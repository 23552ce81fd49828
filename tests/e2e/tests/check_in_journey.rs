//! A person checks in, closes the app, opens it again and finds the entry there.

use resilience_e2e::{button, click, labelled, rating_input, start_journal, wait_until_selected, TauriDriver};
use thirtyfour::prelude::*;

#[tokio::test(flavor = "multi_thread")]
async fn a_check_in_survives_a_restart() -> WebDriverResult<()> {
    let data = tempfile::tempdir().expect("temp dir");
    // Typed text stays ASCII: WebDriver key synthesis under Xvfb drops characters outside the
    // keyboard map (emoji). Unicode round-trips are covered by the command tests.
    let driver = TauriDriver::start();

    let app = driver.launch(data.path()).await;
    start_journal(&app).await?;
    click(&app, rating_input("Stress", 7)).await?;
    app.find(labelled("Sleep hours")).await?.send_keys("7.5").await?;
    click(&app, rating_input("Sleep quality", 6)).await?;
    click(&app, rating_input("Pain", 2)).await?;
    click(&app, rating_input("Self-esteem", 8)).await?;
    app.find(labelled("Notes")).await?.send_keys("Long walk by the river, felt lighter afterwards.").await?;
    click(&app, button("Save check-in")).await?;
    let status = app.query(By::XPath("//*[@role='status'][starts-with(normalize-space(), 'Saved')]"));
    status.first().await?;
    app.quit().await?;

    assert!(data.path().join("journal.db").exists(), "the journal file is in the chosen data folder");

    let app = driver.launch(data.path()).await;
    // The form fills in after the entry loads: wait for it rather than racing it.
    wait_until_selected(&app, rating_input("Stress", 7)).await?;
    for (legend, value) in [("Stress", 7), ("Sleep quality", 6), ("Pain", 2), ("Self-esteem", 8)] {
        assert!(app.find(rating_input(legend, value)).await?.is_selected().await?, "{legend} = {value}");
    }
    assert!(!app.find(rating_input("Stress", 6)).await?.is_selected().await?);
    assert_eq!(app.find(labelled("Sleep hours")).await?.prop("value").await?.as_deref(), Some("7.5"));
    assert_eq!(
        app.find(labelled("Notes")).await?.prop("value").await?.as_deref(),
        Some("Long walk by the river, felt lighter afterwards.")
    );
    app.quit().await?;
    Ok(())
}
