import { afterEach, describe, expect, it } from "vitest";
import type { ChartData } from "../../api/charts";
import { useLanguage } from "../i18n/i18n.svelte";
import fixtures from "./fixtures/charts.json";
import { afterRows, effectSummary, immediateRows } from "./effect";
import { yearMonths, yearSummary } from "./heatmap";
import { formatValue, metricInfo } from "./metrics";
import { timeTicks } from "./plot";
import { RANGE_CHOICES } from "./range";
import { correlationSentence, correlationText, pointLabel, summarySentence, tooltipAt } from "./shape";

const daily = fixtures.daily as ChartData;
const weekly = fixtures.weekly as ChartData;

afterEach(async () => {
  await useLanguage("en", "en-GB");
});

describe("the Trends texts in German", () => {
  it("write numbers, units and dates the German way", async () => {
    await useLanguage("de", "de-DE");
    expect(formatValue("sleepHours", 7.5)).toBe("7,5 h");
    expect(formatValue("index", 63.4)).toBe("63/100");
    expect(metricInfo("sleepHours").label).toBe("Schlafdauer");
    expect(timeTicks("2026-05-26", "2026-11-25").labels.slice(0, 2)).toEqual(["Juni 2026", "Jul"]);
    expect(pointLabel(weekly, 1)).toMatch(/^Woche ab 30\. Dez/);
    expect(correlationText({ a: "sleepHours", b: "stress", r: -0.4234, n: 1870 })).toBe("r = −0,42 (n = 1.870)");
  });

  it("count days and sessions with German plurals", async () => {
    await useLanguage("de", "de-DE");
    expect(tooltipAt(weekly, 0).rows[0]?.count).toBe("1 Tag");
    expect(tooltipAt(weekly, 1).rows[0]?.count).toBe("3 Tage");
    expect(summarySentence(daily, RANGE_CHOICES[0]?.words ?? "")).toBe(
      "Durchschnitt für den letzten Monat (1 Massage): Stress 5 an 3 Tagen, gestiegen von 4 auf 7; Schlafdauer 7,5 h an 1 Tag.",
    );
    expect(correlationSentence({ a: "sleepHours", b: "stress", r: -0.4234, n: 187 })).toContain("kein Beweis für eine Ursache");
  });

  it("switch back to English with the language", async () => {
    await useLanguage("fr", "fr-FR");
    expect(metricInfo("mood").label).toBe("Humeur");
    expect(summarySentence(daily, RANGE_CHOICES[0]?.words ?? "")).toMatch(/^Moyennes sur le dernier mois \(1 massage\) : stress 5 sur 3 jours/);
    await useLanguage("en", "en-GB");
    expect(metricInfo("mood").label).toBe("Mood");
    expect(RANGE_CHOICES[2]?.words).toBe("the last 6 months");
  });

  it("name the year's days and months in the language", async () => {
    await useLanguage("es", "es-ES");
    const chart: ChartData = {
      ...daily,
      from: "2024-01-01",
      to: "2024-12-31",
      days: ["2024-02-29", "2024-03-01"],
      series: [{ ...(daily.series[0] as ChartData["series"][number]), values: [8, 2], rolling: [null, null], counts: [1, 1] }],
      notes: [null, null],
      markers: [],
    };
    const months = yearMonths(chart, 2024, 1, "2024-12-31");
    expect(months[1]?.days[28]?.words).toBe("jueves, 29 de febrero: estrés 8");
    expect(yearSummary(months, "stress", 2024)).toBe(
      "2024: 2 días con registro de estrés, con una media de 5; mejor mes, marzo (2); el más difícil, febrero (8).",
    );
  });

  it("sum up the massage effect with the language's plurals", async () => {
    await useLanguage("fr", "fr-FR");
    const report = {
      range: { from: "2026-05-26", to: "2026-11-25" },
      sessions: 1,
      effects: [
        {
          metric: "stress",
          sessions: 1,
          afterDays: 0,
          baselineDays: 40,
          enoughData: false,
          moreSessionsNeeded: 1,
          moreAfterDaysNeeded: 0,
          moreBaselineDaysNeeded: 0,
          comparison: null,
        },
      ],
      immediate: [{ metric: "pain", sessions: 6, enoughData: true, moreSessionsNeeded: 0, meanChange: -2.5, ci: { low: -3.8, high: -1.2 } }],
      cadence: {},
    } as unknown as Parameters<typeof afterRows>[0];
    // French counts 0 and 1 as "one".
    expect(afterRows(report)[0]).toMatchObject({
      numbers: "Pas encore assez de données : 1 séance de plus",
      basis: "1 séance, 0 jour d'après, 40 jours habituels",
    });
    expect(immediateRows(report)[0]?.numbers).toBe("−2,5 (IC à 95 % : −3,8 à −1,2)");
    expect(effectSummary(afterRows(report), immediateRows(report))).toBe("Juste après une séance : douleur en baisse.");
  });
});
