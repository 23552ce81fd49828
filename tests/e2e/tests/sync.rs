//! Sync between two computers on the real binary: two apps, each with its own data folder, and
//! one sync folder between them. The first turns sync on and shows its sync code; the second
//! joins with it after a mistyped code and a code of another journal are refused under the code
//! field (sync stays off), seeing what joining will merge first. Then, without a restart: a
//! check-in saved on one appears on the other, edits of different fields of one day made on both
//! while neither had seen the other's both survive on both, and a delete travels.

use std::future::Future;
use std::path::Path;
use std::time::{Duration, Instant};

use resilience_core::error::Message;
use resilience_core::sync::code::sync_code;
use resilience_core::sync::seal::SyncKey;
use resilience_e2e::{
    button, click, english, labelled, nav, rating_input, set_input, start_journal, wait_until_ready, TauriDriver,
};
use thirtyfour::error::WebDriverError;
use thirtyfour::prelude::*;

/// How long a change may take to reach the other computer: the sync job wakes on the folder
/// watcher, so it takes a second or two.
const ARRIVES_WITHIN: Duration = Duration::from_secs(20);
const POLL: Duration = Duration::from_millis(250);
const SYNC_CARD: &str = "//section[h3[normalize-space()='Sync']]";
const JOIN_FORM: &str = "//form[h4[normalize-space()='Join a journal from another computer']]";

async fn answer_dialogs(app: &WebDriver, answers: serde_json::Value) -> WebDriverResult<()> {
    app.execute("window.__RESILIENCE_TEST_DIALOG__ = arguments[0];", vec![answers]).await?;
    Ok(())
}

/// Waits (up to `within`, looking every 250 ms) until `holds` says yes.
async fn until<F, Fut>(within: Duration, what: &str, mut holds: F) -> WebDriverResult<()>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let started = Instant::now();
    loop {
        if holds().await {
            return Ok(());
        }
        if started.elapsed() > within {
            return Err(WebDriverError::Timeout(format!("{what}: not within {within:?}")));
        }
        tokio::time::sleep(POLL).await;
    }
}

/// The Sync card's status line (`Sync is on.` …) is `words`.
async fn sync_status_is(app: &WebDriver, words: &str) -> WebDriverResult<()> {
    let status = format!("{SYNC_CARD}//p[contains(@class, 'status')][normalize-space()=\"{words}\"]");
    app.query(By::XPath(status)).first().await.map(|_| ())
}

/// The text of the error that `field` is described by (its `…-error` element), if any.
async fn field_error(app: &WebDriver, field: &WebElement) -> Option<String> {
    let ids = field.attr("aria-describedby").await.ok()??;
    let error = ids.split_whitespace().find(|id| id.ends_with("-error"))?.to_string();
    app.find(By::Id(error)).await.ok()?.text().await.ok()
}

/// Types `code` into the join form's code field and checks it: it is refused with `expected`
/// under the field, and this computer still does not sync.
async fn code_is_refused(app: &WebDriver, code: &str, expected: &str) -> WebDriverResult<()> {
    set_input(app, labelled("Sync code"), code).await?;
    click(app, button("Check the code")).await?;
    until(Duration::from_secs(10), "the refusal under the code field", || async {
        let Ok(field) = app.find(labelled("Sync code")).await else { return false };
        field.attr("aria-invalid").await.ok().flatten().as_deref() == Some("true")
            && field_error(app, &field).await.as_deref() == Some(expected)
    })
    .await?;
    sync_status_is(app, "Sync is off on this computer.").await?;
    let preview = format!("{JOIN_FORM}//*[normalize-space()='What joining does']");
    assert!(app.find(By::XPath(preview)).await.is_err(), "no preview for a refused code");
    Ok(())
}

/// Whether Today shows its day loaded, with `stress` chosen and `sleep` typed ("" for none) —
/// or, with `stress` None, nothing saved for the day.
async fn today_shows(app: &WebDriver, stress: Option<u8>, sleep: &str) -> bool {
    let shown = app
        .execute(
            "const named = (selector, text) => [...document.querySelectorAll(selector)]
               .find((el) => el.textContent.trim() === text);
             const chosen = named('legend', 'Stress')?.closest('fieldset')?.querySelector('input:checked');
             const hours = named('label', 'Sleep hours');
             return {
               ready: document.querySelector(\"form[aria-busy='false']\") !== null,
               stress: chosen ? Number(chosen.value) : null,
               sleep: hours ? document.getElementById(hours.htmlFor)?.value ?? null : null,
               empty: named('[role=status]', 'Nothing saved for this day yet') !== undefined,
             };",
            vec![],
        )
        .await;
    let Ok(shown) = shown else { return false };
    let shown = shown.json();
    shown["ready"] == true
        && shown["stress"].as_u64() == stress.map(u64::from)
        && shown["sleep"] == sleep
        && shown["empty"] == stress.is_none()
}

async fn arrives(app: &WebDriver, stress: Option<u8>, sleep: &str, what: &str) -> WebDriverResult<()> {
    until(ARRIVES_WITHIN, what, || today_shows(app, stress, sleep)).await
}

/// Saves the Today form and waits until it says so.
async fn save(app: &WebDriver) -> WebDriverResult<()> {
    click(app, button("Save check-in")).await?;
    app.query(By::XPath("//*[@role='status'][starts-with(normalize-space(), 'Saved')]")).first().await?;
    Ok(())
}

fn folder_text(folder: &Path) -> String {
    folder.to_string_lossy().into_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn two_computers_join_with_the_sync_code_and_keep_one_journal() -> WebDriverResult<()> {
    let (data_a, data_b) = (tempfile::tempdir().expect("temp dir"), tempfile::tempdir().expect("temp dir"));
    let shared = tempfile::tempdir().expect("temp dir");
    let folder = folder_text(shared.path());
    let (driver_a, driver_b) = (TauriDriver::start(), TauriDriver::start());
    let (a, b) = tokio::join!(driver_a.launch(data_a.path()), driver_b.launch(data_b.path()));
    let (started_a, started_b) = tokio::join!(start_journal(&a), start_journal(&b));
    started_a?;
    started_b?;

    // A, the first computer: named "Desk", sync on into the shared folder, the sync code shown.
    click(&a, nav("Settings")).await?;
    sync_status_is(&a, "Sync is off on this computer.").await?;
    set_input(&a, labelled("Name of this computer"), "Desk").await?;
    answer_dialogs(&a, serde_json::json!({ "folder": folder })).await?;
    click(&a, button("Turn on sync on this computer…")).await?;
    sync_status_is(&a, "Sync is on.").await?;
    let shown = a.query(By::XPath(format!("{SYNC_CARD}//p[contains(@class, 'sync-code')]"))).first().await?;
    let code = shown.text().await?.trim().to_string();
    assert_eq!(code.chars().filter(char::is_ascii_alphanumeric).count(), 55, "a sync code on screen: {code}");

    // B joins: the folder through the dialog hook, then two wrong codes, each refused under the
    // code field in the catalogue's words, with sync still off.
    click(&b, nav("Settings")).await?;
    sync_status_is(&b, "Sync is off on this computer.").await?;
    set_input(&b, labelled("Name of this computer"), "Laptop").await?;
    click(&b, button("Join a journal from another computer…")).await?;
    answer_dialogs(&b, serde_json::json!({ "folder": folder })).await?;
    click(&b, button("Choose the sync folder…")).await?;
    b.query(By::XPath(format!("{JOIN_FORM}//code[normalize-space()=\"{folder}\"]"))).first().await?;
    let mut typo: Vec<char> = code.chars().collect();
    typo[1] = if typo[1] == 'A' { 'B' } else { 'A' };
    let typo: String = typo.into_iter().collect();
    code_is_refused(&b, &typo, &english(&Message::new("error-sync-code-typo"))).await?;
    let another_journal = sync_code(&SyncKey::generate()).to_string();
    code_is_refused(&b, &another_journal, &english(&Message::new("error-sync-code-wrong"))).await?;

    // The right code: what joining will merge (nothing on either side yet, from Desk), then join.
    set_input(&b, labelled("Sync code"), &code).await?;
    click(&b, button("Check the code")).await?;
    let merged = |label: &str| format!("{JOIN_FORM}//dt[normalize-space()='{label}']/following-sibling::dd[1]");
    let none = english(&Message::new("sync-counts").arg("days", 0).arg("sessions", 0));
    b.query(By::XPath(merged("From"))).first().await?;
    assert_eq!(b.find(By::XPath(merged("From"))).await?.text().await?, "Desk");
    assert_eq!(b.find(By::XPath(merged("On this computer"))).await?.text().await?, none);
    assert_eq!(b.find(By::XPath(merged("In the sync folder"))).await?.text().await?, none);
    click(&b, button("Join and merge")).await?;
    sync_status_is(&b, "Sync is on.").await?;
    let computer = |name: &str, says: &str| {
        format!(
            "{SYNC_CARD}//ul[contains(@class, 'computers')]/li[span[normalize-space()='{name}']]\
             [span[starts-with(normalize-space(), '{says}')]]"
        )
    };
    b.find(By::XPath(computer("Laptop", "This computer"))).await?;
    b.find(By::XPath(computer("Desk", "last seen"))).await?;

    // A check-in saved on A appears on B's Today, which stays open meanwhile.
    click(&b, nav("Today")).await?;
    wait_until_ready(&b).await?;
    assert!(today_shows(&b, None, "").await, "nothing on B yet");
    click(&a, nav("Today")).await?;
    wait_until_ready(&a).await?;
    click(&a, rating_input("Stress", 7)).await?;
    save(&a).await?;
    arrives(&b, Some(7), "", "A's check-in on B's Today").await?;

    // Edits of different fields of that day on both, neither having seen the other's: B pauses
    // sync and sets stress while A sets sleep hours; once B resumes, both fields hold on both.
    click(&b, nav("Settings")).await?;
    b.query(button("Pause sync")).first().await?;
    click(&b, button("Pause sync")).await?;
    sync_status_is(
        &b,
        "Sync is paused on this computer: nothing is read from or written to the sync folder until you resume.",
    )
    .await?;
    a.find(labelled("Sleep hours")).await?.send_keys("7.5").await?;
    save(&a).await?;
    click(&b, nav("Today")).await?;
    wait_until_ready(&b).await?;
    click(&b, rating_input("Stress", 3)).await?;
    save(&b).await?;
    assert!(today_shows(&b, Some(3), "").await, "B has not seen A's sleep hours while paused");
    click(&b, nav("Settings")).await?;
    b.query(button("Resume sync")).first().await?;
    click(&b, button("Resume sync")).await?;
    sync_status_is(&b, "Sync is on.").await?;
    click(&b, nav("Today")).await?;
    arrives(&b, Some(3), "7.5", "both edits on B").await?;
    arrives(&a, Some(3), "7.5", "both edits on A").await?;

    // A deletes the day: B's Today empties.
    click(&a, button("Delete entry")).await?;
    click(&a, By::XPath("//dialog[@open]//button[normalize-space()='Delete']")).await?;
    arrives(&a, None, "", "the day deleted on A").await?;
    arrives(&b, None, "", "the delete on B").await?;

    let (quit_a, quit_b) = tokio::join!(a.quit(), b.quit());
    quit_a?;
    quit_b?;
    Ok(())
}
