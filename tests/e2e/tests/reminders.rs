//! A check-in reminder set a minute ahead in a temp journal: the running app's scheduler fires it
//! at its time and the banner shows it; the settings screen announced it beforehand.

use std::time::Duration;

use chrono::{Duration as Minutes, Local, Timelike, Utc};
use resilience_core::model::reminder_settings::QuietHours;
use resilience_core::reminders::ReminderSettings;
use resilience_core::Journal;
use resilience_e2e::{click, nav, start_journal, TauriDriver};
use thirtyfour::prelude::*;

const BANNER: &str = "//section[@aria-label='Reminders']";

#[tokio::test(flavor = "multi_thread")]
async fn a_check_in_reminder_a_minute_ahead_appears_in_the_banner() -> WebDriverResult<()> {
    let data = tempfile::tempdir().expect("temp dir");
    // The next whole minute at least 20 s away, so the app is running before it comes.
    let now = Local::now().naive_local();
    let mut at = (now + Minutes::minutes(1)).with_second(0).and_then(|t| t.with_nanosecond(0)).expect("a minute");
    if at - now < Minutes::seconds(20) {
        at += Minutes::minutes(1);
    }
    let time = at.format("%H:%M").to_string();
    {
        let (journal, _) = Journal::open(&data.path().join("journal.db"), Utc::now()).expect("a new journal");
        let mut settings = ReminderSettings {
            quiet_hours: QuietHours { enabled: false, ..QuietHours::default() },
            ..ReminderSettings::default()
        };
        settings.check_in.time = time.clone();
        journal.save_reminder_settings(&settings, Utc::now()).expect("settings saved");
    }

    let driver = TauriDriver::start();
    let app = driver.launch(data.path()).await;
    start_journal(&app).await?;
    assert!(Local::now().naive_local() < at, "the app started before the reminder's time");

    // The settings screen says what comes next.
    click(&app, nav("Settings")).await?;
    let next = app.query(By::Css("[data-testid='next-reminder']")).first().await?;
    let announced = next.text().await?;
    assert!(announced.contains(&time) && announced.contains("check-in"), "announced: {announced}");
    assert!(app.find_all(By::XPath(format!("{BANNER}//button"))).await?.is_empty(), "nothing fired yet");
    if let Some(dir) = std::env::var_os("RESILIENCE_E2E_SHOTS") {
        let dir = std::path::Path::new(&dir);
        let section = app.find(By::XPath("//*[@data-testid='next-reminder']/ancestor::section[1]")).await?;
        for (n, block) in ["start", "end"].into_iter().enumerate() {
            app.execute(&format!("arguments[0].scrollIntoView({{ block: '{block}' }});"), vec![section.to_json()?])
                .await?;
            app.screenshot(&dir.join(format!("settings-reminders-{}.png", n + 1))).await?;
        }
    }

    // The scheduler sleeps until the time and the banner shows the reminder.
    let card = By::XPath(format!("{BANNER}//*[contains(normalize-space(), 'check-in')]"));
    app.query(card.clone()).wait(Duration::from_secs(150), Duration::from_millis(250)).first().await?;
    assert!(Local::now().naive_local() >= at, "not before its time");
    let banner = app.find(By::XPath(BANNER)).await?.text().await?;
    assert!(banner.contains("Check in now") && banner.contains("Snooze"), "banner: {banner}");

    // Dismissed, it is gone and stays gone.
    click(&app, By::XPath(format!("{BANNER}//button[@aria-label='Dismiss reminder']"))).await?;
    app.query(card.clone()).wait(Duration::from_secs(10), Duration::from_millis(200)).not_exists().await?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(app.find_all(card).await?.is_empty());
    app.quit().await?;
    Ok(())
}
