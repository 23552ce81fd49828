//! The demo journal's Insights screen shows the cards, and its findings are exactly the core's
//! computation over the same file.

use chrono::{Duration, Local};
use resilience_core::{journal_day, Journal, DEFAULT_DAY_BOUNDARY};
use resilience_e2e::{click, english, nav, wait_until_ready, TauriDriver};
use thirtyfour::prelude::*;

#[tokio::test(flavor = "multi_thread")]
async fn insights_on_the_demo_journal_match_the_core() -> WebDriverResult<()> {
    let data = tempfile::tempdir().expect("temp dir");
    let driver = TauriDriver::start();
    let app = driver.launch_with(data.path(), &["--demo"]).await;
    wait_until_ready(&app).await?;
    click(&app, nav("Insights")).await?;
    let findings = app.query(By::XPath("//*[@aria-label='Findings']")).first().await?;
    app.query(By::XPath("//*[@aria-label='Findings']//li")).first().await?;
    let shown = findings.text().await?;

    // The same computation, straight from the demo file the app is using (the default range is
    // the last 90 journal days).
    let now = Local::now();
    let today = journal_day(now.naive_local(), DEFAULT_DAY_BOUNDARY);
    let from = (today - Duration::days(89)).to_string();
    let (journal, _) = Journal::open(&data.path().join("demo-journal.db"), now.to_utc()).expect("demo journal");
    let dashboard = journal.dashboard(&from, &today.to_string(), today, DEFAULT_DAY_BOUNDARY).expect("dashboard");
    assert!(!dashboard.findings.is_empty(), "the demo journal has findings");
    for finding in &dashboard.findings {
        let text = english(&finding.text);
        assert!(shown.contains(&text), "the screen shows “{text}”; it shows:\n{shown}");
    }
    assert!(dashboard.findings.iter().any(|f| english(&f.text).contains("massage")), "a massage finding is among them");
    let caveat = english(&dashboard.caveat);
    app.query(By::XPath(format!("//*[contains(normalize-space(), \"{caveat}\")]"))).first().await?;
    app.quit().await?;
    Ok(())
}
