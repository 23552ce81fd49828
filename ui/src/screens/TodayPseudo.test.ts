import { render, waitFor } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { storedCheckIn } from "../lib/entryValues";
import { PSEUDO, useLanguage } from "../lib/i18n/i18n.svelte";
import { plainWords } from "../testing/pseudo";

const api = vi.hoisted(() => ({
  getCheckIn: vi.fn(),
  saveCheckIn: vi.fn(),
  deleteCheckIn: vi.fn(),
  restoreCheckIn: vi.fn(),
  listCheckIns: vi.fn(),
  listTags: vi.fn(),
}));
vi.mock("../api/checkins", () => api);

const { default: Today } = await import("./Today.svelte");
const { default: Welcome } = await import("./Welcome.svelte");
const { default: Sidebar } = await import("../components/Sidebar.svelte");
const { default: Unlock } = await import("../components/Unlock.svelte");

afterEach(async () => {
  await useLanguage("en", "en-GB");
});

describe("Today in the pseudo-language", () => {
  it("takes every word from the catalogue", async () => {
    api.getCheckIn.mockResolvedValue(storedCheckIn("2025-11-20", { stress: 4, pain: 3, tags: ["work"] }));
    api.listCheckIns.mockResolvedValue([]);
    api.listTags.mockResolvedValue([{ id: "t1", name: "garden", uses: 3 }]);
    await useLanguage(PSEUDO, "en-GB");
    const { container } = render(Today, { today: "2025-11-25", day: "2025-11-20" });
    await waitFor(() => expect(container.querySelector("form")?.getAttribute("aria-busy")).toBe("false"));
    container.querySelector("details")?.setAttribute("open", "");
    expect(plainWords(document.body, ["work", "garden"])).toEqual([]);
  });

  it("shows the welcome, the navigation and the unlock screen in catalogue words only", async () => {
    await useLanguage(PSEUDO, "en-GB");
    render(Welcome, { busy: null, error: null, onstart: () => {}, ondemo: () => {} });
    render(Sidebar, { current: "today", onselect: () => {} });
    render(Unlock, {
      locked: { method: "passphrase", problem: null },
      location: "/home/someone/journal.db",
      onunlocked: () => {},
    });
    expect(plainWords(document.body, [])).toEqual([]);
  });
});
