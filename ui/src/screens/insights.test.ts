import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Dashboard } from "../api/insights";
import { emptyDashboard, fullDashboard, message, newDashboard } from "../lib/insightsFixture";

const api = vi.hoisted(() => ({ insightsDashboard: vi.fn() }));
vi.mock("../api/insights", () => api);
const app = vi.hoisted(() => ({ appInfo: vi.fn() }));
vi.mock("../api/app", () => app);

const { InsightsState } = await import("./insights.svelte");
const { default: Insights } = await import("./Insights.svelte");

const TODAY = "2026-11-25";

/** A promise and the functions that settle it, so a test decides when the answer arrives. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

beforeEach(() => {
  api.insightsDashboard.mockReset().mockResolvedValue(fullDashboard());
  app.appInfo.mockReset().mockResolvedValue({ today: TODAY });
});

describe("InsightsState", () => {
  it("asks for the last 90 days by default", async () => {
    const state = new InsightsState(TODAY);
    await state.load();
    expect(api.insightsDashboard).toHaveBeenCalledWith("2026-08-28", TODAY);
    expect(state.dashboard?.today).toBe(TODAY);
    expect(state.loading).toBe(false);
  });

  it("asks the back end for today when it was not given", async () => {
    const state = new InsightsState();
    await state.load();
    expect(app.appInfo).toHaveBeenCalledOnce();
    expect(state.today).toBe(TODAY);
    expect(api.insightsDashboard).toHaveBeenCalledWith("2026-08-28", TODAY);
  });

  it("starts All at the earliest day the journal takes", async () => {
    const state = new InsightsState(TODAY);
    await state.choose("all");
    expect(api.insightsDashboard).toHaveBeenLastCalledWith("1900-01-01", TODAY);
  });

  it("never lets a late answer for an older range replace a newer one", async () => {
    const slow = deferred<Dashboard>();
    const fast = newDashboard();
    api.insightsDashboard.mockReturnValueOnce(slow.promise).mockResolvedValueOnce(fast);
    const state = new InsightsState(TODAY);
    const first = state.load();
    await state.choose("30d");
    slow.resolve(fullDashboard());
    await first;
    expect(state.dashboard).toBe(fast);
    expect(state.range).toBe("30d");
  });

  it("keeps the last dashboard and reports the error when a load fails", async () => {
    const state = new InsightsState(TODAY);
    await state.load();
    const shown = state.dashboard;
    api.insightsDashboard.mockRejectedValueOnce({ code: "io", message: "The journal file could not be read.", field: null });
    await state.choose("1y");
    expect(state.error).toBe("The journal file could not be read.");
    expect(state.dashboard).toBe(shown);
    expect(state.loading).toBe(false);
  });
});

describe("Insights screen", () => {
  it("shows the cards of a journal with data", async () => {
    render(Insights, { today: TODAY });
    await screen.findByRole("heading", { name: "Today's resilience index" });
    for (const name of ["Last 7 days", "Last 30 days", "What your journal shows", "Massage effect", "Bounce-back", "What the research says"]) {
      expect(screen.getByRole("heading", { name })).toBeTruthy();
    }
    const findings = screen.getByRole("list", { name: "Findings" });
    expect(within(findings).getAllByRole("listitem")).toHaveLength(3);
    expect(within(findings).getAllByRole("listitem")[0]?.dataset.kind).toBe("massageEffect");
    expect(
      screen.getByText("These are associations in your own data, not proof that one thing causes another, and not medical advice."),
    ).toBeTruthy();
    expect(document.querySelector('[data-metric="stress"] [data-testid="effect-difference"]')?.textContent).toBe(
      "1.6 points lower",
    );
  });

  it("words the 7-day changes neutrally and says better or worse in words too", async () => {
    render(Insights, { today: TODAY });
    await screen.findByRole("heading", { name: "Last 7 days" });
    const week = screen.getByRole("heading", { name: "Last 7 days" }).closest("section") as HTMLElement;
    expect(within(week).getByText("Logged 5 of 7 days")).toBeTruthy();
    const stress = week.querySelector('[data-measure="stress"]') as HTMLElement;
    const change = stress.querySelector(".change") as HTMLElement;
    expect(change.textContent?.replace(/\s+/g, " ").trim()).toBe("↓ 1.2 points lower than the 7 days before , better");
    expect(change.classList.contains("tone-better")).toBe(true);
    expect(change.querySelector(".arrow")?.getAttribute("aria-hidden")).toBe("true");
    const pain = week.querySelector('[data-measure="pain"] .change') as HTMLElement;
    expect(pain.classList.contains("tone-worse")).toBe(true);
    expect(within(pain).getByText(/worse/)).toBeTruthy();
  });

  it("changes the range and asks again", async () => {
    render(Insights, { today: TODAY });
    await screen.findByRole("heading", { name: "Massage effect" });
    const ninety = screen.getByRole("button", { name: "Last 90 days" });
    expect(ninety.getAttribute("aria-pressed")).toBe("true");
    await fireEvent.click(screen.getByRole("button", { name: "Last 1 year" }));
    await waitFor(() => expect(api.insightsDashboard).toHaveBeenLastCalledWith("2025-11-26", TODAY));
    expect(screen.getByRole("button", { name: "Last 1 year" }).getAttribute("aria-pressed")).toBe("true");
    expect((await screen.findAllByText(/in the last year/)).length).toBeGreaterThan(0);
  });

  it("says what appears after how much more data while data is low", async () => {
    api.insightsDashboard.mockResolvedValue(newDashboard());
    render(Insights, { today: TODAY });
    await screen.findByRole("heading", { name: "Your latest resilience index" });
    expect(screen.getByText("The change over 7 days appears in 6 days, when your first check-in is 7 days old.")).toBeTruthy();
    expect(screen.getByText(/Bounce-back compares stress with your own usual level/)).toBeTruthy();
    expect(screen.getByText("No massage sessions in the last 90 days.")).toBeTruthy();
    expect(screen.getByText("Nothing stands out yet in the last 90 days. Findings appear here as the journal grows.")).toBeTruthy();
  });

  it("welcomes an empty journal with one card instead of many empty ones", async () => {
    api.insightsDashboard.mockResolvedValue(emptyDashboard());
    render(Insights, { today: TODAY });
    await screen.findByRole("heading", { name: "Insights arrive as your journal grows" });
    expect(screen.queryByRole("heading", { name: "Massage effect" })).toBeNull();
    expect(screen.getByRole("heading", { name: "What the research says" })).toBeTruthy();
  });

  it("shows care notes gently, never as an alert", async () => {
    const dashboard = fullDashboard();
    dashboard.careNotes = [
      { concern: "highPain", days: 9, loggedDays: 12, text: message("findings-care-high-pain", { days: 9, loggedDays: 12 }) },
    ];
    api.insightsDashboard.mockResolvedValue(dashboard);
    render(Insights, { today: TODAY });
    await screen.findByRole("heading", { name: "A gentle note" });
    expect(screen.getByText(/Pain has been 7 or higher on 9 of the 12 days/)).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("offers to try again when the dashboard cannot be loaded", async () => {
    api.insightsDashboard.mockRejectedValueOnce({ code: "io", message: "The journal file could not be read.", field: null });
    render(Insights, { today: TODAY });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The journal file could not be read.");
    await fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await screen.findByRole("heading", { name: "Today's resilience index" });
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
