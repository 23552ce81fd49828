import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { breakdown, emptyDashboard, fullDashboard, newDashboard } from "../../lib/insightsFixture";
import IndexCard from "./IndexCard.svelte";

const TODAY = "2026-11-25";

function partValues(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const item of document.querySelectorAll("li.score")) {
    const label = item.querySelector(".label")?.childNodes[0]?.textContent?.trim() ?? "";
    values[label] = item.querySelector(".value, .missing")?.textContent?.trim() ?? "";
  }
  return values;
}

describe("IndexCard", () => {
  it("shows today's index large with every part and its value", () => {
    const d = fullDashboard();
    render(IndexCard, { today: TODAY, todayIndex: d.todayIndex, latest: d.latestIndex, version: 1 });
    expect(screen.getByRole("heading", { name: "Today's resilience index" })).toBeTruthy();
    expect(document.querySelector(".number")?.textContent).toBe("69");
    expect(partValues()).toEqual({
      Calm: "60 out of 100",
      Sleep: "75 out of 100",
      Quality: "70 out of 100",
      Duration: "80 out of 100",
      Comfort: "80 out of 100",
      "Self-worth": "60 out of 100",
    });
    expect(screen.getByText(/the mean of the parts you logged, each 0–100 where higher is better; it needs at least two/)).toBeTruthy();
    expect(screen.getByText(/Index version 1\./)).toBeTruthy();
  });

  it("says which parts were not logged", () => {
    const todayIndex = breakdown(TODAY, { index: 65, calm: 60, comfort: 70, components: 2 });
    render(IndexCard, { today: TODAY, todayIndex, latest: todayIndex, version: 1 });
    expect(partValues()).toMatchObject({ Calm: "60 out of 100", Sleep: "not logged", "Self-worth": "not logged" });
  });

  it("falls back to the latest day's index, with its date, when today has none", () => {
    const d = newDashboard();
    render(IndexCard, { today: TODAY, todayIndex: d.todayIndex, latest: d.latestIndex, version: 1 });
    expect(screen.getByRole("heading", { name: "Your latest resilience index" })).toBeTruthy();
    expect(screen.getByText(/No index for today yet\. This is from .*24/)).toBeTruthy();
    expect(document.querySelector(".number")?.textContent).toBe("55");
    expect(screen.getByText(/Today's check-in has 1 part so far; one more/)).toBeTruthy();
  });

  it("says what to log when there is no index at all", () => {
    const d = emptyDashboard();
    const need = d.dataNeeded.find((n) => n.topic === "todayIndex") ?? null;
    render(IndexCard, { today: TODAY, todayIndex: d.todayIndex, latest: null, version: 1, need });
    expect(screen.getByRole("heading", { name: "Today's resilience index" })).toBeTruthy();
    expect(document.querySelector(".number")).toBeNull();
    expect(document.querySelectorAll("li.score")).toHaveLength(0);
    expect(
      screen.getByText("Today's resilience index appears once today's check-in has at least 2 of stress, sleep, pain and self-esteem."),
    ).toBeTruthy();
    expect(screen.getByText(/Rate any two of stress, sleep, pain and self-esteem/)).toBeTruthy();
  });
});
