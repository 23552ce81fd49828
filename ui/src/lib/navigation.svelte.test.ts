import { describe, expect, it } from "vitest";
import { Navigation } from "./navigation.svelte";

describe("Navigation", () => {
  it("opens a day in the check-in screen", () => {
    const nav = new Navigation();
    nav.go("journal");
    nav.openDay("2025-11-03");
    expect(nav.screen).toBe("today");
    expect(nav.day).toBe("2025-11-03");
  });

  it("asks the Journal for its search until it has taken focus", () => {
    const nav = new Navigation();
    nav.focusSearch();
    expect(nav.screen).toBe("journal");
    expect(nav.searchFocusPending).toBe(true);
    nav.searchFocused();
    expect(nav.searchFocusPending).toBe(false);
  });

  it("opens a session on the Massage screen until it has been opened", () => {
    const nav = new Navigation();
    nav.go("trends");
    nav.openSession("019a0000-0000-7000-8000-000000000001");
    expect(nav).toMatchObject({ screen: "massage", sessionPending: "019a0000-0000-7000-8000-000000000001" });
    nav.sessionOpened();
    expect(nav.sessionPending).toBeNull();
  });

  it("resets to today's check-in", () => {
    const nav = new Navigation();
    nav.openDay("2025-11-03");
    nav.go("settings");
    nav.reset();
    expect(nav).toMatchObject({ screen: "today", day: null });
  });

  it("asks the Massage screen for a new-session form until it has opened one", () => {
    const nav = new Navigation();
    nav.planSession();
    expect(nav).toMatchObject({ screen: "massage", newSessionPending: "plan" });
    nav.newSessionOpened();
    expect(nav.newSessionPending).toBe(null);
    nav.go("today");
    nav.logSession();
    expect(nav).toMatchObject({ screen: "massage", newSessionPending: "log" });
  });

  it("opens the current day's check-in", () => {
    const nav = new Navigation();
    nav.openDay("2025-11-03");
    nav.go("massage");
    nav.openToday();
    expect(nav).toMatchObject({ screen: "today", day: null });
  });
});
