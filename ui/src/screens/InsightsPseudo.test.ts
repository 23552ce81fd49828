import { render, waitFor } from "@testing-library/svelte";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Dashboard } from "../api/insights";
import { PSEUDO, useLanguage } from "../lib/i18n/i18n.svelte";
import { emptyDashboard, fullDashboard, message, newDashboard } from "../lib/insightsFixture";
import { plainWords } from "../testing/pseudo";

const api = vi.hoisted(() => ({ insightsDashboard: vi.fn() }));
vi.mock("../api/insights", () => api);
vi.mock("../api/app", () => ({ appInfo: vi.fn() }));

const { default: Insights } = await import("./Insights.svelte");

afterAll(async () => {
  await useLanguage("en", "en-GB");
});

describe("Insights in the pseudo-language", () => {
  it.each<[string, () => Dashboard, string]>([
    ["a journal with data", fullDashboard, ".bounce"],
    ["a journal just begun", newDashboard, ".bounce"],
    ["an empty journal", emptyDashboard, ".empty"],
  ])("shows only catalogue words for %s", async (_name, make, last) => {
    await useLanguage(PSEUDO, "en-GB");
    const dashboard = make();
    dashboard.careNotes = [{ concern: "highPain", days: 9, loggedDays: 12, text: message("findings-care-high-pain", { days: 9, loggedDays: 12 }) }];
    api.insightsDashboard.mockResolvedValue(dashboard);
    render(Insights, { today: "2026-11-25" });
    await waitFor(() => expect(document.querySelector(last)).not.toBeNull());
    expect(plainWords()).toEqual([]);
  });
});
