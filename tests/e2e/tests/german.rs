//! A German speaker's evening, end to end, in a journal whose language is Deutsch: the reminder
//! banner and its desktop notification (heard by a notification server this test plays on the
//! session bus), a check-in, the Journal's German dates and numbers, Insights with a plural, the
//! monthly report — all German — and then French chosen in Settings, shown at once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{Duration as Days, Local, Timelike, Utc};
use resilience_core::model::reminder_settings::QuietHours;
use resilience_core::model::settings::Settings;
use resilience_core::reminders::ReminderSettings;
use resilience_core::{CheckInDraft, Journal, MassageKind, MassageSessionDraft, SessionStatus};
use resilience_e2e::{click, labelled, rating_input, screen, set_input, TauriDriver};
use thirtyfour::prelude::*;
use zbus::zvariant::OwnedValue;

/// What the notification server was asked to show: (summary, body).
type Shown = Arc<Mutex<Vec<(String, String)>>>;

/// A desktop's notification server, as far as the app uses one.
struct Notifications {
    shown: Shown,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Notifications {
    fn get_capabilities(&self) -> Vec<String> {
        vec!["body".into(), "actions".into()]
    }

    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        _app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        _actions: Vec<String>,
        _hints: HashMap<String, OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut shown = self.shown.lock().unwrap();
        shown.push((summary, body));
        u32::try_from(shown.len()).unwrap_or(u32::MAX)
    }

    fn close_notification(&self, _id: u32) {}

    fn get_server_information(&self) -> (String, String, String, String) {
        ("test".into(), "resilience-e2e".into(), "1".into(), "1.2".into())
    }
}

/// A journal in German with six weeks of check-ins (7.5 hours of sleep each night), six massage
/// sessions, and a check-in reminder due a minute from now (its day starts at midnight).
fn german_journal(dir: &std::path::Path) {
    let now = Local::now().naive_local();
    let today = now.date();
    let (mut journal, _) = Journal::open(&dir.join("journal.db"), Utc::now()).expect("a new journal");
    // A new day at midnight, so that "today" is the calendar's day at any hour the test runs.
    let settings =
        Settings { language: "de".into(), welcomed: true, day_boundary: "00:00".into(), ..Settings::default() };
    journal.save_settings(&settings, Utc::now()).expect("settings");
    for back in 1..=42 {
        let day = today - Days::days(back);
        let draft: CheckInDraft = serde_json::from_value(serde_json::json!({
            "day": day.to_string(), "stress": 3 + back % 5, "sleepHours": 7.5, "sleepQuality": 6,
            "pain": 2 + back % 3, "selfEsteem": 6, "version": null,
        }))
        .expect("a check-in");
        journal.save_check_in(&draft, today, Utc::now()).expect("saved");
    }
    for week in 1..=6 {
        let at = (today - Days::days(week * 7)).and_hms_opt(18, 0, 0).expect("a time");
        let draft = MassageSessionDraft::new(
            at.format("%Y-%m-%dT%H:%M").to_string(),
            SessionStatus::Done,
            MassageKind::Swedish,
        );
        journal.save_session(&draft, &Local, now, Utc::now()).expect("a session");
    }
    let mut reminders = ReminderSettings {
        quiet_hours: QuietHours { enabled: false, ..QuietHours::default() },
        ..ReminderSettings::default()
    };
    // The next whole minute at least 20 s away: the app is running, and knows that the desktop
    // shows notifications, before the reminder comes.
    let mut due = (now + Days::minutes(1)).with_second(0).and_then(|t| t.with_nanosecond(0)).expect("a minute");
    if due - now < Days::seconds(20) {
        due += Days::minutes(1);
    }
    reminders.check_in.time = format!("{:02}:{:02}", due.hour(), due.minute());
    journal.save_reminder_settings(&reminders, Utc::now()).expect("reminder settings");
}

async fn main_text(app: &WebDriver) -> WebDriverResult<String> {
    app.find(By::Css("main")).await?.text().await
}

/// Waits (up to 20 s) until the main area's text satisfies `done`, and returns it.
async fn wait_for_main(app: &WebDriver, what: &str, done: impl Fn(&str) -> bool) -> WebDriverResult<String> {
    for _ in 0..100 {
        let text = main_text(app).await.unwrap_or_default();
        if done(&text) {
            return Ok(text);
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let text = main_text(app).await?;
    panic!("{what} never showed; the screen says:\n{text}");
}

const ENGLISH_WORDS: [&str; 7] = ["Sleep", "Save", "sessions", "Today", "January", "Monday", "Insights"];

fn assert_no_english(screen: &str, text: &str) {
    for word in ENGLISH_WORDS {
        assert!(!text.contains(word), "{screen} shows the English \"{word}\":\n{text}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_german_evening_check_in_insights_reminder_and_report() -> WebDriverResult<()> {
    let data = tempfile::tempdir().expect("temp dir");
    german_journal(data.path());
    let shown = Shown::default();
    let _server = zbus::blocking::connection::Builder::session()
        .and_then(|b| b.name("org.freedesktop.Notifications"))
        .and_then(|b| b.serve_at("/org/freedesktop/Notifications", Notifications { shown: shown.clone() }))
        .and_then(|b| b.build())
        .expect("a notification server on the session bus: run under dbus-run-session (make e2e)");

    let driver = TauriDriver::start();
    let app = driver.launch(data.path()).await;
    let today = app.query(screen("today")).first().await?;
    assert_eq!(today.text().await?, "Heute");

    // The reminder that was due: in the banner and as a desktop notification, in German.
    // The scheduler wakes at the reminder's minute.
    let banner = app
        .query(By::XPath("//section[@aria-label='Erinnerungen'][contains(., 'Zeit für Ihren Check-in am')]"))
        .wait(Duration::from_secs(150), Duration::from_millis(250))
        .first()
        .await?;
    let banner = banner.text().await?;
    let mut notified = None;
    for _ in 0..100 {
        notified = shown.lock().unwrap().first().cloned();
        if notified.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (summary, body) = notified.expect("a desktop notification within 20 s");
    assert_eq!(summary, "Resilience Journal");
    assert!(body.starts_with("Zeit für Ihren Check-in am"), "notification: {body}");
    assert!(banner.contains(&body), "the banner and the notification say the same: {banner} / {body}");

    // Today's check-in.
    click(&app, rating_input("Stress", 6)).await?;
    click(&app, By::XPath("//button[normalize-space()='Check-in speichern']")).await?;
    let saved = wait_for_main(&app, "the saved check-in", |t| t.contains("Gespeichert ✓")).await?;
    assert_no_english("Heute", &saved);

    // The Journal's list: German dates ("Mo., 30. Nov. 2026") and hours ("7,5 Std.").
    click(&app, screen("journal")).await?;
    click(&app, By::XPath("//label[normalize-space()='Liste']//input")).await?;
    let list = wait_for_main(&app, "the list", |t| t.contains("7,5 Std.")).await?;
    let weekday = ["Mo., ", "Di., ", "Mi., ", "Do., ", "Fr., ", "Sa., ", "So., "];
    assert!(weekday.iter().any(|w| list.contains(w)), "German short weekdays in the list:\n{list}");
    assert_no_english("Tagebuch", &list);

    // Insights: the massage card counts its sessions with a plural.
    click(&app, screen("insights")).await?;
    let insights = wait_for_main(&app, "Insights", |t| t.contains("Einblicke") && t.contains("Sitzungen")).await?;
    assert_no_english("Einblicke", &insights);

    // The monthly report.
    click(&app, screen("data")).await?;
    click(&app, By::XPath("//button[starts-with(normalize-space(), 'Monatsbericht für')]")).await?;
    let report =
        wait_for_main(&app, "the report", |t| t.contains("Durchschnittswerte") && t.contains("Check-ins an")).await?;
    assert!(report.contains("7,5 Std."), "German hours with a decimal comma in the report:\n{report}");
    assert!(report.contains("Kein medizinischer Befund"), "the report's caution in German:\n{report}");
    assert_no_english("Monatsbericht", &report);
    click(&app, By::XPath("//button[normalize-space()='← Zurück zu Ihren Daten']")).await?;

    // French, chosen in Settings, is shown at once: no restart.
    click(&app, screen("settings")).await?;
    set_input(&app, labelled("Sprache"), "fr").await?;
    app.query(By::XPath("//main//h2[normalize-space()='Réglages']")).first().await?;
    assert_eq!(app.find(screen("today")).await?.text().await?, "Aujourd’hui");
    app.quit().await?;
    Ok(())
}
