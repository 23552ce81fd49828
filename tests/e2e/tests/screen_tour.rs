//! The demo journal, screen by screen, in the light and the dark theme: every screen opens with
//! its heading and data and passes axe-core's WCAG 2.1 A and AA rules with no violation. With
//! `RESILIENCE_E2E_SHOTS=DIR` each screen is also saved as a PNG to look at.

use std::path::PathBuf;

use resilience_e2e::{accessibility_violations, button, choice, click, nav, wait_until_ready, TauriDriver};
use thirtyfour::prelude::*;

/// Saves the screen when asked to, and audits it: every screen counts, in both themes.
async fn shoot(app: &WebDriver, name: &str) -> WebDriverResult<()> {
    if let Some(dir) = std::env::var_os("RESILIENCE_E2E_SHOTS") {
        // Let the screen finish painting before the picture is taken.
        tokio::time::sleep(std::time::Duration::from_millis(600)).await;
        app.screenshot(&PathBuf::from(dir).join(format!("{name}.png"))).await?;
    }
    let violations = accessibility_violations(app).await?;
    AUDITED.lock().unwrap().push((name.to_string(), violations));
    Ok(())
}

/// The audit finds what it is there to find: a picture without a text alternative and a button
/// whose name does not contain its visible text, added for a moment to the page.
async fn gate_can_fail(app: &WebDriver) -> WebDriverResult<()> {
    app.execute(
        "const probe = document.createElement('div');
         probe.id = 'axe-probe';
         probe.innerHTML = '<img src=\"data:,\"><button type=\"button\" aria-label=\"Close\">Open</button>';
         document.body.append(probe);",
        vec![],
    )
    .await?;
    let found = accessibility_violations(app).await?;
    app.execute("document.getElementById('axe-probe').remove();", vec![]).await?;
    for rule in ["image-alt", "label-content-name-mismatch"] {
        assert!(found.iter().any(|v| v.starts_with(rule)), "the audit missed {rule}: {found:?}");
    }
    Ok(())
}

/// Each audited screen and what axe-core found on it.
static AUDITED: std::sync::Mutex<Vec<(String, Vec<String>)>> = std::sync::Mutex::new(Vec::new());

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
    // The month has finished loading (a loading month is drawn faded).
    app.query(By::XPath("//table[@aria-busy='false']")).first().await?;
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
    app.query(nav("Today")).first().await?;
    gate_can_fail(&app).await?;
    tour(&app, "light").await?;
    click(&app, choice("Theme", "Dark")).await?;
    app.query(By::XPath("//html[@data-theme='dark']")).first().await?;
    tour(&app, "dark").await?;
    app.quit().await?;
    let audited = AUDITED.lock().unwrap();
    // Today, Journal, Massage, Insights, the five Trends views, Data, the report, Settings: twice.
    assert_eq!(audited.len(), 24, "screens audited: {:?}", audited.iter().map(|(n, _)| n).collect::<Vec<_>>());
    let failing: Vec<String> =
        audited.iter().flat_map(|(screen, found)| found.iter().map(move |v| format!("{screen}: {v}"))).collect();
    assert!(failing.is_empty(), "accessibility violations (axe-core, WCAG 2.1 A/AA):\n{}", failing.join("\n"));
    Ok(())
}
