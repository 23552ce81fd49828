//! Starting the real app under tauri-driver for end-to-end tests, and finding controls by label.
//!
//! Needs a display and a session bus: run through `make e2e`, which wraps the tests in
//! `dbus-run-session -- xvfb-run -a` after building the binary with `custom-protocol`.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use thirtyfour::prelude::*;
use thirtyfour::Capabilities;

/// The binary under test: `RESILIENCE_E2E_APP`, else the workspace's release build.
pub fn app_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("RESILIENCE_E2E_APP") {
        return PathBuf::from(path);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = root.join("target/release/resilience-journal");
    assert!(
        path.exists(),
        "{} is missing: build it with `cargo build --release --features custom-protocol` (make e2e does)",
        path.display()
    );
    path
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free local port")
}

/// A running tauri-driver, stopped when dropped.
pub struct TauriDriver {
    child: Child,
    port: u16,
}

impl TauriDriver {
    /// Starts tauri-driver (`TAURI_DRIVER`, else from PATH) on free ports and waits for it.
    pub fn start() -> Self {
        let program = std::env::var_os("TAURI_DRIVER").unwrap_or_else(|| "tauri-driver".into());
        let (port, native_port) = (free_port(), free_port());
        let child = Command::new(&program)
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .stdout(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("could not start {program:?} ({e}); `make e2e` installs it"));
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "tauri-driver did not listen on port {port}");
            std::thread::sleep(Duration::from_millis(50));
        }
        TauriDriver { child, port }
    }

    /// Launches the app with its own data folder and returns the WebDriver session.
    pub async fn launch(&self, data_dir: &Path) -> WebDriver {
        self.launch_with(data_dir, &[]).await
    }

    /// Launches the app with its own data folder and `extra` arguments.
    pub async fn launch_with(&self, data_dir: &Path, extra: &[&str]) -> WebDriver {
        let mut caps = Capabilities::new();
        let mut args = vec![json!("--data-dir"), json!(data_dir)];
        args.extend(extra.iter().map(|a| json!(a)));
        let options = json!({ "application": app_binary(), "args": args });
        caps.set("tauri:options", options).expect("capabilities");
        WebDriver::new(format!("http://127.0.0.1:{}", self.port), caps).await.expect("a WebDriver session")
    }
}

impl Drop for TauriDriver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The radio input labelled `value` in the 0–10 scale whose legend is `legend`. (Clicks go to the
/// input, which covers its label: WebKitWebDriver reports a click on the label as intercepted.)
pub fn rating_input(legend: &str, value: u8) -> By {
    By::XPath(format!("//fieldset[legend[normalize-space()='{legend}']]//label[normalize-space()='{value}']//input"))
}

/// The form control labelled `label` (a `<label for>` pointing at it).
pub fn labelled(label: &str) -> By {
    By::XPath(format!("//*[@id=(//label[normalize-space()='{label}']/@for)]"))
}

/// The button whose text is `text`.
pub fn button(text: &str) -> By {
    By::XPath(format!("//button[normalize-space()='{text}']"))
}

/// Waits (up to 20 s) until the element found by `by` is selected.
pub async fn wait_until_selected(app: &WebDriver, by: By) -> WebDriverResult<()> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(element) = app.find(by.clone()).await {
            if element.is_selected().await? {
                return Ok(());
            }
        }
        if Instant::now() > deadline {
            return Err(thirtyfour::error::WebDriverError::Timeout(format!("{by:?} never became selected")));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until the check-in form has loaded its day (it is inert while busy).
pub async fn wait_until_ready(app: &WebDriver) -> WebDriverResult<()> {
    app.query(By::XPath("//form[@aria-busy='false']")).first().await.map(|_| ())
}

/// On a new journal: waits for the welcome and starts the journal.
pub async fn start_journal(app: &WebDriver) -> WebDriverResult<()> {
    app.query(button("Start my journal")).first().await?.click().await?;
    wait_until_ready(app).await
}

/// Scrolls the element to the middle of the window, then clicks it, so a sticky bar can never be
/// on top of it when the click lands.
pub async fn click(app: &WebDriver, by: By) -> WebDriverResult<()> {
    let element = app.find(by).await?;
    app.execute("arguments[0].scrollIntoView({ block: 'center' });", vec![element.to_json()?]).await?;
    element.click().await
}

/// The main navigation item called `name`.
pub fn nav(name: &str) -> By {
    By::XPath(format!("//nav[@aria-label='Main']//button[normalize-space()='{name}']"))
}

/// The checkbox or radio labelled `label` inside the fieldset whose legend is `legend`.
pub fn choice(legend: &str, label: &str) -> By {
    By::XPath(format!("//fieldset[legend[normalize-space()='{legend}']]//label[normalize-space()='{label}']//input"))
}

/// Any element whose whole text is `text`.
pub fn text(text: &str) -> By {
    By::XPath(format!("//*[normalize-space()='{text}']"))
}

/// Sets a native date or time input the way a picker would (WebDriver cannot type into the
/// segmented date fields of WebKitGTK reliably) and lets the page see the input.
pub async fn set_input(app: &WebDriver, by: By, value: &str) -> WebDriverResult<()> {
    let element = app.find(by).await?;
    app.execute(
        "const [el, v] = arguments; el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); \
         el.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![element.to_json()?, serde_json::Value::from(value)],
    )
    .await?;
    Ok(())
}

/// Waits (up to 2 s) until no CSS transition or animation runs on the page, so that colours and
/// opacity are the ones a person sees once the screen is still (a table fading in from its
/// loading state would fail the contrast rule for a moment).
pub async fn settle(app: &WebDriver) -> WebDriverResult<()> {
    for _ in 0..40 {
        let running = app
            .execute(
                "return typeof document.getAnimations !== 'function' ? 0 : \
                 document.getAnimations().filter((a) => a.playState === 'running').length;",
                vec![],
            )
            .await?;
        if running.json().as_u64() == Some(0) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

/// The WCAG 2.0 and 2.1 level A and AA rules of axe-core, the accessibility gate of every screen
/// (with `label-content-name-mismatch`, which axe-core leaves off by default).
const AXE_TAGS: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/// Runs axe-core (from the UI's npm dependencies) on the page as it is now and returns one line
/// per violation: the rule, its impact and the elements it found, e.g.
/// `color-contrast (serious) on .legend span: Elements must meet minimum color contrast…`.
pub async fn accessibility_violations(app: &WebDriver) -> WebDriverResult<Vec<String>> {
    settle(app).await?;
    let loaded = app.execute("return typeof window.axe !== 'undefined';", vec![]).await?;
    if loaded.json() != &serde_json::Value::Bool(true) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{} is missing ({e}): run scripts/setup.sh", path.display()));
        app.execute(&source, vec![]).await?;
    }
    let found = app
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.axe
               .run(document, {
                 runOnly: { type: 'tag', values: arguments[0] },
                 // Speech input: a control's name holds its visible text (axe marks it experimental).
                 rules: { 'label-content-name-mismatch': { enabled: true } },
                 resultTypes: ['violations'],
               })
               .then((result) => done(result.violations.map((v) =>
                 `${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}: ${v.help}`)))
               .catch((error) => done([`axe-core failed: ${error}`]));",
            vec![serde_json::json!(AXE_TAGS)],
        )
        .await?;
    Ok(serde_json::from_value(found.json().clone()).unwrap_or_else(|e| vec![format!("unreadable axe result: {e}")]))
}

/// In the pseudo-language (`--language pseudo`), every text from the catalogue is accented and
/// between ⟦ ⟧. Returns the visible texts (text nodes and the names people and screen readers
/// meet: aria-label, title, placeholder, alt) with plain words and no marker, leaving out the
/// person's own data (inside `translate="no"`): words no message put there. (A marked text may
/// hold plain words: a name or a tag as a message's variable.)
pub async fn untranslated_texts(app: &WebDriver) -> WebDriverResult<Vec<String>> {
    let found = app
        .execute(
            "const plain = (text) => /[A-Za-z]{2}/.test(text) && !text.includes('⟦');
             const skipped = (el) => !el || el.closest('[translate=\"no\"], script, style, noscript, template');
             const visible = (el) => {
               const box = el.getBoundingClientRect();
               const style = getComputedStyle(el);
               return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
             };
             const out = [];
             const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
             while (walker.nextNode()) {
               const node = walker.currentNode;
               const text = node.nodeValue.trim();
               const el = node.parentElement;
               if (!text || skipped(el) || !visible(el)) continue;
               if (plain(text)) out.push(`text in <${el.localName}${el.className ? '.' + String(el.className).split(' ')[0] : ''}>: ${text}`);
             }
             for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
               if (skipped(el)) continue;
               for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
                 const value = el.getAttribute(name);
                 if (value && plain(value)) out.push(`${name} of <${el.localName}>: ${value}`);
               }
             }
             return [...new Set(out)];",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(found.json().clone()).unwrap_or_default())
}

/// The visible elements whose text is cut off: wider (or taller) than their box where the box
/// hides what does not fit (overflow hidden or clipped, or an ellipsis), or sticking out of the
/// window sideways.
pub async fn cut_off_texts(app: &WebDriver) -> WebDriverResult<Vec<String>> {
    let found = app
        .execute(
            "const out = [];
             for (const el of document.body.querySelectorAll('*')) {
               if (!el.textContent.trim() || el.closest('[translate=\"no\"]')) continue;
               const style = getComputedStyle(el);
               if (style.display === 'none' || style.visibility === 'hidden' || el.clientWidth <= 2) continue;
               const hides = (o) => o === 'hidden' || o === 'clip';
               const wide = el.scrollWidth > el.clientWidth + 1 && (hides(style.overflowX) || style.textOverflow === 'ellipsis');
               const tall = el.scrollHeight > el.clientHeight + 1 && hides(style.overflowY) && el.clientHeight > 0;
               if (wide || tall) out.push(`<${el.localName}${el.className ? '.' + String(el.className).split(' ')[0] : ''}> ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}: ${el.textContent.trim().slice(0, 60)}`);
             }
             // Nothing may stick out of the window sideways (a box that scrolls sideways itself,
             // such as a wide table's, holds its overflow).
             const width = document.documentElement.clientWidth;
             const scrolls = (el) => { for (let p = el.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
             const outside = [...document.body.querySelectorAll('*')].filter((el) => {
               const box = el.getBoundingClientRect();
               return box.width > 0 && box.right > width + 1 && el.textContent.trim() && !scrolls(el) && !el.closest('[translate=\"no\"]');
             });
             for (const el of outside.filter((el) => !outside.some((other) => other !== el && el.contains(other))).slice(0, 8)) {
               out.push(`<${el.localName}${el.className ? '.' + String(el.className).split(' ')[0] : ''}> reaches ${Math.round(el.getBoundingClientRect().right)} px of a ${width} px window: ${el.textContent.trim().slice(0, 60)}`);
             }
             return out;",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(found.json().clone()).unwrap_or_default())
}

/// The pseudo-language's form of an English message text, as the UI shows it (see
/// ui/src/lib/i18n/pseudo.ts): letters accented, ~35% longer, between ⟦ ⟧.
pub fn pseudo(text: &str) -> String {
    let core = text.trim();
    if core.is_empty() {
        return text.to_string();
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    let extra = (core.chars().count() * 35).div_ceil(100);
    let padding: String = "·~".chars().cycle().take(extra).collect();
    format!("{lead}⟦{}{padding}⟧{trail}", pseudo_letters(core))
}

/// The accented letters of the pseudo-language, without padding or markers (for "starts with").
pub fn pseudo_letters(text: &str) -> String {
    const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const ACCENTED: &str = "áƀçðéƒĝĥîĵķļɱñöþǫŕšŧûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŦÛṼŴẊÝŽ";
    text.chars().map(|c| PLAIN.find(c).and_then(|i| ACCENTED.chars().nth(i)).unwrap_or(c)).collect()
}

/// The main navigation item of the screen `id` ("today", "journal" …), in any language.
pub fn screen(id: &str) -> By {
    By::Css(format!("nav[aria-label] button[data-screen='{id}']"))
}

/// A message of the core (`{ id, args }`) in English words, from the catalogue the UI reads
/// (locales/en), to compare with what the screen shows.
pub fn english(message: &resilience_core::error::Message) -> String {
    use fluent_bundle::{FluentBundle, FluentResource};

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/en");
    let mut bundle = FluentBundle::new(vec!["en".parse::<unic_langid::LanguageIdentifier>().expect("en")]);
    bundle.set_use_isolating(false);
    bundle.add_builtins().expect("NUMBER and DATETIME");
    for entry in std::fs::read_dir(&dir).expect("locales/en") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let text = std::fs::read_to_string(&path).expect("a catalogue file");
            let resource = FluentResource::try_new(text).expect("a valid catalogue file");
            bundle.add_resource(resource).expect("no message defined twice");
        }
    }
    words(&bundle, message)
}

fn words(
    bundle: &fluent_bundle::FluentBundle<fluent_bundle::FluentResource>,
    message: &resilience_core::error::Message,
) -> String {
    use fluent_bundle::{FluentArgs, FluentValue};
    use resilience_core::error::MessageArg;

    let pattern = bundle.get_message(&message.id).and_then(|m| m.value()).expect("the message is in the catalogue");
    let mut args = FluentArgs::new();
    for (name, value) in &message.args {
        match value {
            MessageArg::Number(n) => args.set(name.as_str(), FluentValue::from(*n)),
            MessageArg::Text(t) => args.set(name.as_str(), FluentValue::from(t.clone())),
        }
    }
    for (name, part) in &message.parts {
        args.set(name.as_str(), FluentValue::from(words(bundle, part)));
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
    assert!(errors.is_empty(), "{}: {errors:?}", message.id);
    text
}
