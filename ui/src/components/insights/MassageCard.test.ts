import { render, screen, within } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { MassageReport } from "../../api/insights";
import { useLanguage } from "../../lib/i18n/i18n.svelte";
import { effect, fullDashboard, newDashboard } from "../../lib/insightsFixture";
import MassageCard from "./MassageCard.svelte";

function renderCard(massage: MassageReport) {
  return render(MassageCard, { massage, today: "2026-11-25", range: "90d", needs: newDashboard().dataNeeded });
}

/** An element's text as it reads, whitespace collapsed. */
function text(element: Element | null): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}

function row(metric: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`li[data-metric="${metric}"]`);
  if (!element) throw new Error(`no row for ${metric}`);
  return element;
}

describe("MassageCard with enough data", () => {
  it("says each difference in words with its interval and counts", () => {
    renderCard(fullDashboard().massage);
    const stress = row("stress");
    const difference = within(stress).getByTestId("effect-difference");
    expect(difference.textContent).toBe("1.6 points lower");
    expect(difference.dataset.value).toBe("-1.6");
    expect(text(stress)).toContain("on the two days after (95% CI 0.9 to 2.3)");
    expect(text(stress)).toContain("14 sessions, 28 after-days vs 210 baseline days; averages 3.4 after vs 5.0 on baseline days");
    expect(within(stress).getByText("better")).toBeTruthy();
  });

  it("draws the interval and the estimate on a shared zero line", () => {
    renderCard(fullDashboard().massage);
    // Pain: −2.1 (−3.0 … −1.2) on an axis of ±3 drawn over 4% … 96%.
    const svg = row("pain").querySelector("svg.whisker");
    expect(svg?.getAttribute("aria-hidden")).toBe("true");
    expect(svg?.querySelector("line.zero")?.getAttribute("x1")).toBe("50%");
    const interval = svg?.querySelector("line.interval");
    expect(interval?.getAttribute("x1")).toBe("4.00%");
    expect(interval?.getAttribute("x2")).toBe("31.60%");
    expect(svg?.querySelector("circle.point")?.getAttribute("cx")).toBe("17.80%");
    expect(text(document.querySelector(".axis"))).toBe("−3 0 +3");
  });

  it("marks an interval that crosses zero as possibly chance, in words and shape", () => {
    renderCard(fullDashboard().massage);
    const selfEsteem = row("selfEsteem");
    expect(within(selfEsteem).getByTestId("effect-difference").textContent).toBe("0.2 points higher");
    expect(text(selfEsteem)).toContain("(95% CI 0.4 lower to 0.8 higher)");
    expect(text(selfEsteem)).toContain("could be chance");
    expect(within(selfEsteem).queryByText("better")).toBeNull();
    expect(selfEsteem.querySelector("svg.whisker")?.classList.contains("unclear")).toBe(true);
  });

  it("shows what a measure still needs instead of a number", () => {
    renderCard(fullDashboard().massage);
    const mood = row("mood");
    expect(within(mood).queryByTestId("effect-difference")).toBeNull();
    expect(text(mood)).toContain("Not enough data yet — 2 more check-ins on the two days after a session");
    expect(screen.getByText("Not logged around sessions in the last 90 days: anxiety and body awareness.")).toBeTruthy();
  });

  it("gives the cadence and the immediate before/after change", () => {
    renderCard(fullDashboard().massage);
    expect(screen.getByText(/14 sessions in the last 90 days, every 6 days \(median\); the last on/)).toBeTruthy();
    const immediate = text(document.querySelector(".immediate"));
    expect(immediate).toContain("Stress 2.1 points lower right after than right before (95% CI 1.5 to 2.7), 12 sessions with both ratings");
    expect(immediate).toContain("Pain Appears once 1 more session has pain rated before and after.");
  });
});

describe("MassageCard without enough data", () => {
  it("says how many more sessions each measure needs", () => {
    const massage = fullDashboard().massage;
    massage.effects = [
      effect("stress", { sessions: 1, afterDays: 2, baselineDays: 40, moreSessionsNeeded: 2, moreAfterDaysNeeded: 4, moreBaselineDaysNeeded: 0 }),
      effect("pain", { sessions: 1, afterDays: 2, baselineDays: 40, moreSessionsNeeded: 2, moreAfterDaysNeeded: 4, moreBaselineDaysNeeded: 0 }),
    ];
    renderCard(massage);
    expect(screen.queryAllByTestId("effect-difference")).toHaveLength(0);
    expect(document.querySelector("svg.whisker")).toBeNull();
    expect(text(row("stress"))).toContain(
      "Not enough data yet — 2 more sessions, 4 more check-ins on the two days after a session",
    );
    expect(document.querySelector(".axis")).toBeNull();
  });

  it("explains the empty state when there are no sessions at all", () => {
    renderCard(newDashboard().massage);
    expect(screen.getByText("No massage sessions in the last 90 days.")).toBeTruthy();
    expect(screen.getByText(/appears after 3 sessions, 6 check-ins on the two days after them/)).toBeTruthy();
    expect(document.querySelectorAll("li[data-metric]")).toHaveLength(0);
  });
});

describe("MassageCard in German", () => {
  afterEach(async () => {
    await useLanguage("en", "en-GB");
  });

  it("uses German plurals and decimal commas", async () => {
    await useLanguage("de", "de-DE");
    const massage = fullDashboard().massage;
    massage.immediate = massage.immediate.map((e) => (e.metric === "pain" ? { ...e, moreSessionsNeeded: 1 } : e));
    renderCard(massage);
    expect(screen.getByRole("heading", { name: "Wirkung der Massage" })).toBeTruthy();
    const stress = row("stress");
    expect(within(stress).getByTestId("effect-difference").textContent).toBe("1,6 Punkte niedriger");
    expect(text(stress)).toContain("an den zwei Tagen danach (95-%-KI 0,9 bis 2,3)");
    expect(text(stress)).toContain("14 Sitzungen, 28 Tage danach gegenüber 210 Vergleichstagen; im Mittel 3,4 danach gegenüber 5,0 an Vergleichstagen");
    expect(within(stress).getByText("besser")).toBeTruthy();
    expect(text(document.querySelector(".cadence"))).toMatch(/^14 Sitzungen in den letzten 90 Tagen, alle 6 Tage \(Median\); die letzte am /);
    const immediate = text(document.querySelector(".immediate"));
    expect(immediate).toContain("Erscheint, sobald bei 1 weiteren Sitzung der Schmerz vorher und nachher bewertet wurde.");
    expect(text(document.querySelector(".axis"))).toBe("−3 0 +3");
  });
});
