/**
 * The core's findings and data needs put into words in every language: messages exactly as the
 * core sends them (copied from its output, src-tauri/core/src/insights/findings_tests.rs and
 * dashboard_tests.rs), with hand-picked numbers — singular, plural, zero, negative, one decimal —
 * and the hedge when the interval includes zero.
 */
import { afterAll, describe, expect, it } from "vitest";
import { messageText, type MessageBody } from "../api/client";
import { useLanguage } from "./i18n/i18n.svelte";

/** A massage finding from the core (findings_tests.rs, a_massage_effect_in_the_words_of_the_issue). */
const PAIN: MessageBody = {
  id: "findings-massage-effect",
  args: { ci: "below", direction: "less", high: 3.0, low: 1.2, measure: "pain", sessions: 14.0, size: 2.1 },
};
/** One whose interval includes zero, from a single session. */
const MOOD_UNCLEAR: MessageBody = {
  id: "findings-massage-effect",
  args: { ci: "across", direction: "same", high: 0.4, low: 0.4, measure: "mood", sessions: 1, size: 0 },
};
const STRESS_UNCLEAR: MessageBody = {
  id: "findings-massage-effect",
  args: { ci: "across", direction: "less", high: 0.3, low: 0.9, measure: "stress", sessions: 9, size: 0.3 },
};
const SLEEP_STRESS: MessageBody = {
  id: "findings-sleep-stress",
  args: { days: 240, direction: "less", high: -0.2, low: -0.43, r: -0.32 },
};
const TREND_UNCLEAR: MessageBody = {
  id: "findings-index-trend",
  args: { ci: "across", days: 40, estimate: -0.3, high: 0.4, low: 1, size: 0.3, trend: "unclear" },
};
const BOUNCE_ONE: MessageBody = { id: "findings-bounce-back", args: { median: 1, spikes: 1, unresolved: 0 } };
const BOUNCE_HALF: MessageBody = { id: "findings-bounce-back", args: { median: 1.5, spikes: 5, unresolved: 1 } };
const NEED_ONE_DAY: MessageBody = { id: "findings-need-change-in", args: { days: 7, more: 1 } };
const NEED_MASSAGE: MessageBody = {
  id: "findings-need-massage-effect",
  args: { afterDays: 6, baselineDays: 10, sessions: 3 },
};
const NEED_MASSAGE_ONE: MessageBody = {
  id: "findings-need-massage-effect",
  args: { afterDays: 0, baselineDays: 1, sessions: 0 },
};
const CAVEAT: MessageBody = { id: "findings-caveat", args: {} };

const ALL = [PAIN, MOOD_UNCLEAR, STRESS_UNCLEAR, SLEEP_STRESS, TREND_UNCLEAR, BOUNCE_ONE, BOUNCE_HALF, NEED_ONE_DAY, NEED_MASSAGE, NEED_MASSAGE_ONE, CAVEAT];

/** Intl's minus for the language (a hyphen-minus in all four today). */
const minus = (locale: string) => new Intl.NumberFormat(locale).format(-1).replace("1", "");

afterAll(async () => {
  await useLanguage("en", "en-GB");
});

describe("findings in words", () => {
  it("English keeps the engine's sentences", async () => {
    await useLanguage("en", "en");
    expect(messageText(PAIN)).toBe("Pain was 2.1 points lower on the two days after a massage (14 sessions; 95% CI 1.2 to 3.0).");
    expect(messageText(MOOD_UNCLEAR)).toBe(
      "Mood was about the same on the two days after a massage as on other days, but that is within what chance alone could give (1 session; 95% CI 0.4 lower to 0.4 higher).",
    );
    expect(messageText(SLEEP_STRESS)).toBe(
      `After nights with more sleep, stress the next day tended to be lower (r = ${minus("en")}0.32 over 240 days; 95% CI ${minus("en")}0.43 to ${minus("en")}0.20).`,
    );
    expect(messageText(BOUNCE_ONE)).toBe("After a stress spike, your stress came back down in a median of 1 day (1 spike).");
    expect(messageText(BOUNCE_HALF)).toBe(
      "After a stress spike, your stress came back down in a median of 1.5 days (5 spikes; 1 not back down within 14 days).",
    );
    expect(messageText(NEED_ONE_DAY)).toBe("The change over 7 days appears in 1 day, when your first check-in is 7 days old.");
    expect(messageText(NEED_MASSAGE)).toBe(
      "Whether massage goes with better days for you appears after 3 sessions, 6 check-ins on the two days after them and 10 on other days: 3 more sessions, 6 more check-ins on the two days after a session, 10 more check-ins on days without a recent session.",
    );
    expect(messageText(NEED_MASSAGE_ONE)).toMatch(/: 1 more check-in on days without a recent session\.$/);
  });

  it("German: Sie, decimal commas, plural forms and the hedge", async () => {
    await useLanguage("de", "de");
    expect(messageText(PAIN)).toBe(
      "Ihr Schmerz war an den zwei Tagen nach einer Massage 2,1 Punkte niedriger (14 Sitzungen; 95-%-KI 1,2 bis 3,0).",
    );
    expect(messageText(MOOD_UNCLEAR)).toBe(
      "Ihre Stimmung war an den zwei Tagen nach einer Massage etwa so wie an anderen Tagen, doch das liegt im Rahmen dessen, was auch der Zufall allein ergeben könnte (1 Sitzung; 95-%-KI 0,4 niedriger bis 0,4 höher).",
    );
    expect(messageText(TREND_UNCLEAR)).toBe(
      `Ihr Resilienz-Index zeigte in diesem Zeitraum keinen klaren Trend (${minus("de")}0,3 Punkte pro 30 Tage; 40 Tage mit Index; 95-%-KI 1,0 abwärts bis 0,4 aufwärts).`,
    );
    expect(messageText(BOUNCE_ONE)).toBe("Nach einer Stressspitze ging Ihr Stress im Median nach 1 Tag wieder zurück (1 Stressspitze).");
    expect(messageText(BOUNCE_HALF)).toContain("nach 1,5 Tagen wieder zurück (5 Stressspitzen; davon 1 nicht");
    expect(messageText(NEED_ONE_DAY)).toBe(
      "Die Veränderung über 7 Tage erscheint in 1 Tag, wenn Ihr erster Check-in 7 Tage zurückliegt.",
    );
    expect(messageText(NEED_MASSAGE_ONE)).toMatch(/: noch 1 Check-in an Tagen ohne kürzliche Sitzung\.$/);
    expect(messageText(CAVEAT)).toContain("kein Beweis");
  });

  it("Spanish: tú, agreement with the measure and the hedge", async () => {
    await useLanguage("es", "es");
    expect(messageText(PAIN)).toBe(
      "Tu dolor fue 2,1 puntos más bajo en los dos días posteriores a un masaje (14 sesiones; IC del 95 %: de 1,2 a 3,0).",
    );
    expect(messageText(STRESS_UNCLEAR)).toContain("pero eso está dentro de lo que podría dar el azar por sí solo (9 sesiones;");
    expect(messageText(MOOD_UNCLEAR)).toContain("(1 sesión; IC del 95 %: de 0,4 menos a 0,4 más)");
    expect(messageText(SLEEP_STRESS)).toContain(`(r = ${minus("es")}0,32 en 240 días;`);
    expect(messageText(BOUNCE_HALF)).toContain("una mediana de 1,5 días (5 picos; 1 no bajó en 14 días)");
    expect(messageText(NEED_MASSAGE)).toMatch(/: 3 sesiones más, 6 registros más en los dos días posteriores a una sesión, 10 registros más en días sin una sesión reciente\.$/);
    expect(messageText(CAVEAT)).toContain("no son consejo médico");
  });

  it("French: vous, one for 0 and 1 (and 1.5), and the hedge", async () => {
    await useLanguage("fr", "fr");
    expect(messageText(PAIN)).toBe(
      "Votre douleur était inférieure de 2,1 points les deux jours suivant un massage (14 séances ; IC à 95 % : 1,2 à 3,0).",
    );
    expect(messageText(STRESS_UNCLEAR)).toBe(
      "Votre stress était inférieur de 0,3 point les deux jours suivant un massage, mais cela reste dans ce que le hasard seul pourrait produire (9 séances ; IC à 95 % : de 0,9 de moins à 0,3 de plus).",
    );
    expect(messageText(TREND_UNCLEAR)).toContain(`(${minus("fr")}0,3 point par 30 jours ; 40 jours avec un indice ;`);
    expect(messageText(BOUNCE_HALF)).toContain("redescendu en 1,5 jour en médiane (5 pics ; 1 non redescendu en 14 jours)");
    expect(messageText(NEED_ONE_DAY)).toContain("apparaîtra dans 1 jour,");
    expect(messageText(CAVEAT)).toContain("ni un avis médical");
  });

  it.each(["en", "de", "es", "fr"])("%s has every message, with no gaps or errors", async (code) => {
    await useLanguage(code, code);
    for (const message of ALL) {
      const text = messageText(message);
      expect(text).not.toBe(message.id);
      expect(text).not.toMatch(/\{|\}|undefined|NaN/);
    }
  });
});
