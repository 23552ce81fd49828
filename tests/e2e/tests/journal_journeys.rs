//! A person's journeys through the whole journal, on the real binary: a check-in with tags and
//! pain areas, finding it again, delete and undo, a planned massage marked done with ratings,
//! a theme change — and all of it still there after a restart.

use resilience_e2e::{
    button, choice, click, labelled, nav, rating_input, set_input, start_journal, text, wait_until_ready,
    wait_until_selected, TauriDriver,
};
use thirtyfour::prelude::*;

#[tokio::test(flavor = "multi_thread")]
async fn the_journal_keeps_everything_across_a_restart() -> WebDriverResult<()> {
    let data = tempfile::tempdir().expect("temp dir");
    let driver = TauriDriver::start();
    let app = driver.launch(data.path()).await;
    start_journal(&app).await?;

    // Check in with pain areas and a tag.
    click(&app, rating_input("Stress", 6)).await?;
    click(&app, rating_input("Pain", 5)).await?;
    click(&app, choice("Where does it hurt?", "Neck")).await?;
    let tag = app.find(labelled("Add a tag")).await?;
    tag.send_keys("yoga").await?;
    tag.send_keys(Key::Enter).await?;
    app.find(labelled("Notes")).await?.send_keys("Stiff neck after the long drive home.").await?;
    click(&app, button("Save check-in")).await?;
    app.query(By::XPath("//*[@role='status'][starts-with(normalize-space(), 'Saved')]")).first().await?;

    // Find it again by searching the notes.
    click(&app, nav("Journal")).await?;
    app.query(labelled("Search notes")).first().await?.send_keys("drive").await?;
    app.query(By::XPath("//mark[normalize-space()='drive']")).first().await?;

    // Delete it, then undo.
    click(&app, nav("Today")).await?;
    wait_until_ready(&app).await?;
    click(&app, button("Delete entry")).await?;
    click(&app, By::XPath("//dialog[@open]//button[normalize-space()='Delete']")).await?;
    app.query(button("Undo")).first().await?.click().await?;
    wait_until_selected(&app, rating_input("Stress", 6)).await?;

    // Plan a massage for yesterday evening, then say it happened, with before/after ratings.
    click(&app, nav("Massage")).await?;
    app.query(button("Plan a session")).first().await?.click().await?;
    let yesterday = (chrono::Local::now().date_naive() - chrono::Duration::days(1)).to_string();
    set_input(&app, labelled("Date"), &yesterday).await?;
    set_input(&app, labelled("Time"), "18:00").await?;
    click(&app, button("Save session")).await?;
    app.query(By::XPath("//button[starts-with(normalize-space(), 'Yes, it happened')]")).first().await?.click().await?;
    click(&app, rating_input("Stress before", 7)).await?;
    click(&app, rating_input("Stress after", 3)).await?;
    click(&app, button("Save session")).await?;
    app.query(By::XPath("//*[contains(normalize-space(), 'Stress 7 → 3')]")).first().await?;

    // Switch to the dark theme.
    click(&app, nav("Settings")).await?;
    click(&app, choice("Theme", "Dark")).await?;
    app.query(By::XPath("//html[@data-theme='dark']")).first().await?;
    app.query(text("Saved ✓")).first().await?;
    app.quit().await?;

    // Relaunch: the entry, its tag and pain area, the session and the theme are all there.
    let app = driver.launch(data.path()).await;
    wait_until_ready(&app).await?;
    wait_until_selected(&app, rating_input("Stress", 6)).await?;
    assert!(app.find(choice("Where does it hurt?", "Neck")).await?.is_selected().await?);
    app.find(By::XPath("//ul[@aria-label='Tags on this day']//*[contains(normalize-space(), 'yoga')]")).await?;
    assert_eq!(app.find(By::XPath("//html")).await?.attr("data-theme").await?.as_deref(), Some("dark"));
    click(&app, nav("Massage")).await?;
    app.query(By::XPath("//*[contains(normalize-space(), 'Stress 7 → 3')]")).first().await?;
    app.quit().await?;
    Ok(())
}
