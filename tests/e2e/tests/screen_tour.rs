//! The demo journal, screen by screen, in the light and the dark theme: every screen opens with
//! its heading and data. With `RESILIENCE_E2E_SHOTS=DIR` each screen is also saved as a PNG to
//! look at.

use std::path::PathBuf;

use resilience_e2e::{button, choice, click, nav, wait_until_ready, TauriDriver};
use thirtyfour::prelude::*;

async fn shoot(app: &WebDriver, name: &str) -> WebDriverResult<()> {
    if let Some(dir) = std::env::var_os("RESILIENCE_E2E_SHOTS") {
        // Let the screen finish painting before the picture is taken.
        tokio::time::sleep(std::time::Duration::from_millis(600)).await;
        app.screenshot(&PathBuf::from(dir).join(format!("{name}.png"))).await?;
    }
    Ok(())
}

async fn tour(app: &WebDriver, theme: &str) -> WebDriverResult<()> {
    // The demo journal is created on the first start; wait for the window to show its screens.
    app.query(nav("Today")).first().await?;
    click(app, nav("Today")).await?;
    wait_until_ready(app).await?;
    app.query(By::XPath("//*[contains(normalize-space(), 'sample data')]")).first().await?;
    shoot(app, &format!("today-{theme}")).await?;

    click(app, nav("Journal")).await?;
    app.query(By::XPath("//h2[normalize-space()='Journal']")).first().await?;
    // Days with entries say their stress in their accessible name.
    app.query(By::XPath("//button[@data-day][contains(normalize-space(), 'stress')]")).first().await?;
    shoot(app, &format!("journal-{theme}")).await?;

    click(app, nav("Massage")).await?;
    app.query(By::XPath(
        "//*[contains(normalize-space(), 'since your last massage') or contains(normalize-space(), 'Last massage')]",
    ))
    .first()
    .await?;
    shoot(app, &format!("massage-{theme}")).await?;

    click(app, nav("Insights")).await?;
    app.query(By::XPath("//h2[normalize-space()='Insights']")).first().await?;
    shoot(app, &format!("insights-{theme}")).await?;

    click(app, nav("Trends")).await?;
    app.query(By::Css(".plots .plot canvas")).first().await?;
    shoot(app, &format!("trends-{theme}")).await?;
    click(app, button("Show as table")).await?;
    app.query(By::Css("table.chart-table")).first().await?;
    shoot(app, &format!("trends-table-{theme}")).await?;
    click(app, button("Hide table")).await?;
    click(app, By::XPath("//button[@role='tab'][normalize-space()='Year in colour']")).await?;
    app.query(By::Css(".months button[data-day]")).first().await?;
    shoot(app, &format!("trends-year-{theme}")).await?;
    click(app, By::XPath("//button[@role='tab'][normalize-space()='Compare']")).await?;
    app.query(By::Css(".r-value")).first().await?;
    shoot(app, &format!("trends-compare-{theme}")).await?;
    click(app, By::XPath("//button[@role='tab'][normalize-space()='Massage effect']")).await?;
    app.query(By::Css("figure.forest svg")).first().await?;
    shoot(app, &format!("trends-effect-{theme}")).await?;
    click(app, By::XPath("//button[@role='tab'][normalize-space()='Over time']")).await?;

    click(app, nav("Data")).await?;
    app.query(By::XPath("//h2[normalize-space()='Your data']")).first().await?;
    app.query(By::Css("[data-testid='backup-status']")).first().await?;
    shoot(app, &format!("data-{theme}")).await?;
    click(app, By::XPath("//button[starts-with(normalize-space(), 'Monthly report for')]")).await?;
    app.query(By::XPath("//button[normalize-space()='Print…']")).first().await?;
    app.query(By::Css(".uplot")).first().await?;
    shoot(app, &format!("report-{theme}")).await?;
    click(app, By::XPath("//button[normalize-space()='← Back to your data']")).await?;

    click(app, nav("Settings")).await?;
    app.query(By::XPath("//h2[normalize-space()='Settings']")).first().await?;
    shoot(app, &format!("settings-{theme}")).await
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_opens_on_the_demo_journal_in_both_themes() -> WebDriverResult<()> {
    let data = tempfile::tempdir().expect("temp dir");
    let driver = TauriDriver::start();
    let app = driver.launch_with(data.path(), &["--demo"]).await;
    tour(&app, "light").await?;
    click(&app, choice("Theme", "Dark")).await?;
    app.query(By::XPath("//html[@data-theme='dark']")).first().await?;
    tour(&app, "dark").await?;
    app.quit().await?;
    Ok(())
}
