//! The app in other languages, end to end.
//!
//! - The pseudo-language (English accented, ~35% longer, between ⟦ ⟧): every screen of the demo
//!   journal shows no text that did not come from the catalogue, and no text is cut off. With
//!   `RESILIENCE_E2E_SHOTS=DIR` each screen is saved as a PNG to look at.

use std::path::PathBuf;
use std::time::Duration;

use resilience_e2e::{click, cut_off_texts, pseudo, pseudo_letters, screen, untranslated_texts, TauriDriver};
use thirtyfour::prelude::*;

/// What was wrong on each screen of the pseudo-language tour.
#[derive(Default)]
struct Findings(Vec<String>);

impl Findings {
    async fn check(&mut self, app: &WebDriver, name: &str) -> WebDriverResult<()> {
        // Data arrives and charts draw after the heading.
        tokio::time::sleep(Duration::from_millis(700)).await;
        if let Some(dir) = std::env::var_os("RESILIENCE_E2E_SHOTS") {
            app.screenshot(&PathBuf::from(dir).join(format!("pseudo-{name}.png"))).await?;
        }
        for text in untranslated_texts(app).await? {
            self.0.push(format!("{name}: not from the catalogue: {text}"));
        }
        for text in cut_off_texts(app).await? {
            self.0.push(format!("{name}: cut off: {text}"));
        }
        Ok(())
    }
}

fn button_text(text: &str) -> By {
    By::XPath(format!("//button[normalize-space()='{}']", pseudo(text)))
}

fn tab(text: &str) -> By {
    By::XPath(format!("//button[@role='tab'][normalize-space()='{}']", pseudo(text)))
}

/// A heading `h2` in the pseudo-language (any heading: every screen has one).
async fn heading(app: &WebDriver) -> WebDriverResult<()> {
    app.query(By::XPath("//main//h2[contains(., '⟦')]")).first().await.map(|_| ())
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_in_the_pseudo_language_comes_from_the_catalogue_and_fits() -> WebDriverResult<()> {
    let data = tempfile::tempdir().expect("temp dir");
    let driver = TauriDriver::start();
    let app = driver.launch_with(data.path(), &["--demo", "--language", "pseudo"]).await;
    app.query(screen("today")).first().await?;
    let mut findings = Findings::default();

    // The check finds what it is there to find: plain words added for a moment.
    app.execute("const p = document.createElement('p'); p.id = 'probe'; p.textContent = 'Plain words'; document.querySelector('main').append(p);", vec![]).await?;
    let probe = untranslated_texts(&app).await?;
    assert!(probe.iter().any(|t| t.contains("Plain words")), "the check missed plain words: {probe:?}");
    app.execute("document.getElementById('probe').remove();", vec![]).await?;

    for id in ["today", "journal", "massage", "insights"] {
        click(&app, screen(id)).await?;
        heading(&app).await?;
        findings.check(&app, id).await?;
    }

    click(&app, screen("trends")).await?;
    heading(&app).await?;
    app.query(By::Css(".plots .plot canvas")).first().await?;
    findings.check(&app, "trends").await?;
    click(&app, button_text("Show as table")).await?;
    app.query(By::Css("table.chart-table")).first().await?;
    findings.check(&app, "trends-table").await?;
    click(&app, button_text("Hide table")).await?;
    for (name, label) in [("year", "Year in colour"), ("compare", "Compare"), ("effect", "Massage effect")] {
        click(&app, tab(label)).await?;
        findings.check(&app, &format!("trends-{name}")).await?;
    }
    click(&app, tab("Over time")).await?;

    click(&app, screen("data")).await?;
    heading(&app).await?;
    app.query(By::Css("[data-testid='backup-status']")).first().await?;
    findings.check(&app, "data").await?;
    let report = format!("//button[starts-with(normalize-space(), '⟦{}')]", pseudo_letters("Monthly report for"));
    click(&app, By::XPath(report)).await?;
    app.query(By::Css(".uplot")).first().await?;
    findings.check(&app, "report").await?;
    click(&app, button_text("← Back to your data")).await?;

    click(&app, screen("settings")).await?;
    heading(&app).await?;
    findings.check(&app, "settings").await?;
    app.quit().await?;

    assert!(findings.0.is_empty(), "{} problems in the pseudo-language:\n{}", findings.0.len(), findings.0.join("\n"));
    Ok(())
}
