//! A person checks in, closes the app, opens it again and finds the entry there.

use resilience_e2e::{button, labelled, rating, rating_input, wait_until_selected, TauriDriver};
use thirtyfour::prelude::*;

#[tokio::test(flavor = "multi_thread")]
async fn a_check_in_survives_a_restart() -> WebDriverResult<()> {
    let data = tempfile::tempdir().expect("temp dir");
    let driver = TauriDriver::start();

    let app = driver.launch(data.path()).await;
    app.query(rating("Stress", 7)).first().await?.click().await?;
    app.find(labelled("Sleep hours")).await?.send_keys("7.5").await?;
    app.find(rating("Sleep quality", 6)).await?.click().await?;
    app.find(rating("Pain", 2)).await?.click().await?;
    app.find(rating("Self-esteem", 8)).await?.click().await?;
    app.find(labelled("Notes")).await?.send_keys("Long walk, felt lighter afterwards 🌿").await?;
    app.find(button("Save check-in")).await?.click().await?;
    let status = app.query(By::XPath("//*[@role='status'][starts-with(normalize-space(), 'Saved')]".into()));
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
        Some("Long walk, felt lighter afterwards 🌿")
    );
    app.quit().await?;
    Ok(())
}
