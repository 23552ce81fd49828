//! Trends on the demo journal, on the real binary: the chart draws, its table shows what the
//! journal file holds for a known day, a session marker opens that session, a table row opens
//! its day, and the year, comparison and massage-effect views answer.

use std::time::Duration;

use resilience_e2e::{button, click, labelled, nav, rating_input, wait_until_ready, wait_until_selected, TauriDriver};
use thirtyfour::prelude::*;

/// The latest day of the demo journal with both stress and pain, and those values.
fn known_day(db: &std::path::Path) -> (String, i64, i64) {
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).expect("demo db");
    conn.query_row(
        "SELECT day, stress, pain FROM check_in WHERE deleted_at IS NULL AND stress IS NOT NULL AND pain IS NOT NULL
         ORDER BY day DESC LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .expect("a demo day with stress and pain")
}

fn session_start(db: &std::path::Path, id: &str) -> String {
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).expect("demo db");
    conn.query_row("SELECT starts_at FROM massage_session WHERE id = ?1", [id], |r| r.get(0)).expect("the session")
}

async fn attribute(element: &WebElement, name: &str) -> WebDriverResult<String> {
    Ok(element.attr(name).await?.unwrap_or_default())
}

/// Clicks the button `label` ("Save as PNG", "Save data as CSV") with the save dialog answering
/// `path` (through the dialog layer's test hook), and waits until the view says it saved there.
async fn save_as(app: &WebDriver, path: &std::path::Path, label: &str) -> WebDriverResult<()> {
    app.execute("window.__RESILIENCE_TEST_DIALOG__ = { save: arguments[0] };", vec![path.to_string_lossy().into()])
        .await?;
    click(app, button(label)).await?;
    app.query(By::XPath(format!("//*[starts-with(normalize-space(), 'Saved to {}')]", path.display()))).first().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn trends_show_what_the_journal_holds_and_open_days_and_sessions() -> WebDriverResult<()> {
    let data = tempfile::tempdir().expect("temp dir");
    let db = data.path().join("demo-journal.db");
    let driver = TauriDriver::start();
    let app = driver.launch_with(data.path(), &["--demo"]).await;
    app.query(nav("Trends")).first().await?;
    click(&app, nav("Trends")).await?;
    app.query(By::XPath("//h2[normalize-space()='Trends']")).first().await?;
    // uPlot has drawn a canvas per panel, with a size.
    let canvas = app.query(By::Css(".plots .plot canvas")).first().await?;
    let width: i64 = attribute(&canvas, "width").await?.parse().unwrap_or(0);
    assert!(width > 200, "the chart canvas is {width} px wide");
    assert_eq!(app.find_all(By::Css(".plots .plot canvas")).await?.len(), 4, "four default measures");
    let summary = app.find(By::Css(".summary")).await?.text().await?;
    assert!(summary.starts_with("Averages over the last 6 months") && summary.contains(": stress "), "{summary}");
    let timing = app.query(By::Css(".timing[data-paint-ms]")).first().await?;
    println!(
        "Trends 6M: command round trip {} ms, data to first paint {} ms",
        attribute(&timing, "data-fetch-ms").await?,
        attribute(&timing, "data-paint-ms").await?
    );

    // "Save as PNG" writes the chart where the save dialog says (answered through the dialog
    // layer's test hook): a real PNG picture of the canvas; "Save data as CSV" its numbers.
    let files = tempfile::tempdir().expect("temp dir");
    let (png, csv) = (files.path().join("trends.png"), files.path().join("trends.csv"));
    save_as(&app, &png, "Save as PNG").await?;
    save_as(&app, &csv, "Save data as CSV").await?;
    let bytes = std::fs::read(&png).expect("the PNG was written");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() > 2_000, "a PNG of {} bytes", bytes.len());
    let width = u32::from_be_bytes(bytes[16..20].try_into().expect("an IHDR width"));
    assert!(width > 200, "the picture is {width} px wide");
    let table = std::fs::read_to_string(&csv).expect("the CSV was written");
    assert!(table.lines().count() > 100 && table.starts_with("day,"), "{}", &table[..table.len().min(200)]);

    // The table's values for a known day equal the journal file's.
    let (day, stress, pain) = known_day(&db);
    app.query(button("Show as table")).first().await?;
    click(&app, button("Show as table")).await?;
    let row = app.query(By::Css(format!("tr[data-day='{day}']"))).first().await?;
    let cell = |metric: &str| By::Css(format!("td[data-metric='{metric}'] .value"));
    assert_eq!(row.find(cell("stress")).await?.text().await?, stress.to_string());
    assert_eq!(row.find(cell("pain")).await?.text().await?, pain.to_string());

    // A massage marker opens that session in the Massage screen.
    let marker = app.query(By::Css(".marker-strip button[data-session-id]")).first().await?;
    let id = attribute(&marker, "data-session-id").await?;
    let starts_at = session_start(&db, &id);
    app.execute("arguments[0].scrollIntoView({ block: 'center' });", vec![marker.to_json()?]).await?;
    marker.click().await?;
    app.query(By::XPath("//dialog[@open]//h2[normalize-space()='Edit session']")).first().await?;
    let date = app.find(labelled("Date")).await?.prop("value").await?.unwrap_or_default();
    assert_eq!(date, starts_at[..10], "the dialog shows the session that was clicked");
    click(&app, By::XPath("//dialog[@open]//button[@aria-label='Close']")).await?;

    // A table row opens its day in Today.
    click(&app, nav("Trends")).await?;
    app.query(button("Show as table")).first().await?;
    click(&app, button("Show as table")).await?;
    click(&app, By::Css(format!("tr[data-day='{day}'] th button"))).await?;
    wait_until_ready(&app).await?;
    wait_until_selected(&app, rating_input("Stress", stress as u8)).await?;
    wait_until_selected(&app, rating_input("Pain", pain as u8)).await?;

    // Year in colour: a square per day; the known day's square opens it too.
    click(&app, nav("Trends")).await?;
    click(&app, By::XPath("//button[@role='tab'][normalize-space()='Year in colour']")).await?;
    app.query(By::Css(".months button[data-day]")).first().await?;
    let squares = app.find_all(By::Css(".months button[data-day]")).await?.len();
    assert!(squares >= 28, "{squares} day squares");
    // The year saves as a picture too.
    let year_png = files.path().join("year.png");
    save_as(&app, &year_png, "Save as PNG").await?;
    let bytes = std::fs::read(&year_png).expect("the year's PNG was written");
    if let Some(dir) = std::env::var_os("RESILIENCE_E2E_SHOTS") {
        std::fs::write(std::path::Path::new(&dir).join("year-saved.png"), &bytes).expect("a copy to look at");
    }
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() > 2_000, "a PNG of {} bytes", bytes.len());

    // Compare: two measures with r and n.
    click(&app, By::XPath("//button[@role='tab'][normalize-space()='Compare']")).await?;
    let r = app.query(By::Css(".r-value")).first().await?.text().await?;
    assert!(r.starts_with("r = ") && r.contains("(n = "), "{r}");
    // Massage effect: the insights engine's numbers as dots with intervals, and the caveat.
    click(&app, By::XPath("//button[@role='tab'][normalize-space()='Massage effect']")).await?;
    app.query(By::XPath("//figcaption[starts-with(normalize-space(), 'The two days after a massage')]"))
        .first()
        .await?;
    app.query(By::XPath("//*[contains(normalize-space(), 'not medical advice')]")).first().await?;
    // It saves as a picture of both figures, and its numbers as CSV: a row per measure and
    // comparison (eight measures two days after vs usual days, stress and pain right after).
    let (effect_png, effect_csv) = (files.path().join("effect.png"), files.path().join("effect.csv"));
    save_as(&app, &effect_png, "Save as PNG").await?;
    save_as(&app, &effect_csv, "Save data as CSV").await?;
    let bytes = std::fs::read(&effect_png).expect("the massage effect PNG was written");
    if let Some(dir) = std::env::var_os("RESILIENCE_E2E_SHOTS") {
        std::fs::write(std::path::Path::new(&dir).join("effect-saved.png"), &bytes).expect("a copy to look at");
    }
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() > 10_000, "a PNG of {} bytes", bytes.len());
    let (width, height) = (
        u32::from_be_bytes(bytes[16..20].try_into().expect("an IHDR width")),
        u32::from_be_bytes(bytes[20..24].try_into().expect("an IHDR height")),
    );
    assert!(width >= 1_000 && height > width / 2, "the picture is {width} × {height} px");
    let table = std::fs::read_to_string(&effect_csv).expect("the massage effect CSV was written");
    assert!(table.starts_with("measure,comparison,difference,ci_low,ci_high,n,clear,"), "{table}");
    assert_eq!(table.lines().count(), 1 + 8 + 2, "{table}");
    assert_eq!(table.matches("two days after vs usual days").count(), 8, "{table}");
    tokio::time::sleep(Duration::from_millis(100)).await;
    app.quit().await?;
    Ok(())
}

/// Ten years of daily entries, four measures, the whole range (weekly means): the figures the
/// Trends screen measures in-app with `performance.now()` — the command's round trip and the time
/// from its data to the first painted frame — printed for the report (not asserted: a busy machine
/// would make a timed test flaky).
#[tokio::test(flavor = "multi_thread")]
async fn ten_years_of_trends_report_their_paint_time() -> WebDriverResult<()> {
    let data = tempfile::tempdir().expect("temp dir");
    {
        let now = chrono::Utc::now();
        let today =
            resilience_core::journal_day(chrono::Local::now().naive_local(), resilience_core::DEFAULT_DAY_BOUNDARY);
        let (mut journal, _) = resilience_core::Journal::open(&data.path().join("journal.db"), now).expect("a journal");
        resilience_core::demo::fill_days(&mut journal, resilience_core::demo::SEED, today, 3650, now)
            .expect("ten years");
        let mut settings = journal.settings().expect("settings");
        settings.welcomed = true;
        journal.save_settings(&settings, now).expect("saved");
    }
    let driver = TauriDriver::start();
    let app = driver.launch(data.path()).await;
    app.query(nav("Trends")).first().await?;
    click(&app, nav("Trends")).await?;
    let first = app.query(By::Css(".timing[data-paint-ms]")).first().await?;
    println!(
        "Trends 10 years, 6M (first paint after start): command round trip {} ms, data to first paint {} ms",
        attribute(&first, "data-fetch-ms").await?,
        attribute(&first, "data-paint-ms").await?
    );
    for range in ["All", "1Y", "All"] {
        let before = attribute(&app.find(By::Css(".timing")).await?, "data-paint-ms").await?;
        click(&app, By::XPath(format!("//*[@aria-label='Range']//button[normalize-space()='{range}']"))).await?;
        let mut timing = app.find(By::Css(".timing")).await?;
        for _ in 0..100 {
            if attribute(&timing, "data-paint-ms").await? != before {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
            timing = app.find(By::Css(".timing")).await?;
        }
        println!(
            "Trends 10 years, {range}: command round trip {} ms, data to first paint {} ms",
            attribute(&timing, "data-fetch-ms").await?,
            attribute(&timing, "data-paint-ms").await?
        );
    }
    assert_eq!(app.find_all(By::Css(".plots .plot canvas")).await?.len(), 4, "four measures drawn");
    app.quit().await?;
    Ok(())
}
