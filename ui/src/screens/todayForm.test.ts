import { describe, expect, it, vi } from "vitest";
import type { CheckIn } from "../api/bindings/CheckIn";
import type { CheckInDraft } from "../api/bindings/CheckInDraft";
import { ApiError } from "../api/client";
import { storedCheckIn } from "../lib/entryValues";
import { TodayForm, type TodayApi } from "./todayForm.svelte";

const DAY = "2025-11-25";

function entry(overrides: Partial<CheckIn> = {}): CheckIn {
  return storedCheckIn(DAY, {
    stress: 4,
    sleepHours: 7.5,
    sleepQuality: 6,
    selfEsteem: 7,
    notes: "Quiet day.",
    createdAt: "2025-11-25T20:00:00",
    updatedAt: "2025-11-25T20:15:00",
    version: 3,
    ...overrides,
  });
}

function setup(stored: CheckIn | null = null) {
  const api = {
    getCheckIn: vi.fn<TodayApi["getCheckIn"]>().mockResolvedValue(stored),
    saveCheckIn: vi.fn<TodayApi["saveCheckIn"]>(async (draft: CheckInDraft) =>
      entry({ ...draft, version: (draft.version ?? 0) + 1 }),
    ),
    deleteCheckIn: vi.fn<TodayApi["deleteCheckIn"]>().mockResolvedValue(undefined),
    restoreCheckIn: vi.fn<TodayApi["restoreCheckIn"]>(async (day: string) => entry({ day, version: 9 })),
  };
  const form = new TodayForm(api, () => new Date(2025, 10, 25, 21, 4));
  return { api, form };
}

describe("TodayForm loading", () => {
  it("takes a prefetched day on its first load instead of asking again, and asks again later", async () => {
    const { api, form } = setup(entry());
    form.prefetch(DAY);
    expect(form.loading).toBe(true);
    await form.load(DAY);
    expect(api.getCheckIn).toHaveBeenCalledTimes(1);
    expect(form.values.stress).toBe(4);
    await form.load(DAY);
    expect(api.getCheckIn).toHaveBeenCalledTimes(2);
  });

  it("loads another day normally when the prefetched one is not asked for", async () => {
    const { api, form } = setup(entry());
    form.prefetch(DAY);
    await form.load("2025-11-20");
    expect(api.getCheckIn.mock.calls.map(([day]) => day)).toEqual([DAY, "2025-11-20"]);
    expect(form.day).toBe("2025-11-20");
  });

  it("fills the form from the stored entry and remembers its version", async () => {
    const { api, form } = setup(entry());
    await form.load(DAY);
    expect(api.getCheckIn).toHaveBeenCalledWith(DAY);
    expect(form.values.stress).toBe(4);
    expect(form.values.notes).toBe("Quiet day.");
    expect(form.version).toBe(3);
    expect(form.dirty).toBe(false);
    expect(form.outcome).toEqual({ kind: "saved", at: "20:15" });
  });

  it("starts empty when nothing is stored for the day", async () => {
    const { form } = setup(null);
    await form.load(DAY);
    expect(form.values.stress).toBeNull();
    expect(form.version).toBeNull();
    expect(form.outcome.kind).toBe("none");
  });

  it("keeps a load failure for the screen to show", async () => {
    const { api, form } = setup();
    api.getCheckIn.mockRejectedValue(new ApiError("journal_unavailable", "The journal is closed."));
    await form.load(DAY);
    expect(form.loadError).toBe("The journal is closed.");
    expect(await form.save()).toBe("busy");
  });
});

describe("TodayForm editing and saving", () => {
  it("is dirty only while the values differ from what is stored", async () => {
    const { form } = setup(entry());
    await form.load(DAY);
    form.values.stress = 8;
    expect(form.dirty).toBe(true);
    form.values.stress = 4;
    expect(form.dirty).toBe(false);
  });

  it("refuses an empty draft without calling the back end", async () => {
    const { api, form } = setup();
    await form.load(DAY);
    expect(await form.save()).toBe("invalid");
    expect(form.errors.form).toMatch(/at least one/);
    expect(api.saveCheckIn).not.toHaveBeenCalled();
  });

  it("sends the draft with the base version, then takes the new version", async () => {
    const { api, form } = setup(entry());
    await form.load(DAY);
    form.values.pain = 2;
    expect(await form.save()).toBe("saved");
    expect(api.saveCheckIn).toHaveBeenCalledWith(
      expect.objectContaining({ day: DAY, pain: 2, stress: 4, version: 3 }),
    );
    expect(form.version).toBe(4);
    expect(form.dirty).toBe(false);
    expect(form.outcome).toEqual({ kind: "saved", at: "21:04" });
  });

  it("sends version null for a new entry", async () => {
    const { api, form } = setup(null);
    await form.load(DAY);
    form.values.notes = "First entry";
    await form.save();
    expect(api.saveCheckIn.mock.calls[0]?.[0].version).toBeNull();
  });

  it("shows a server invalid_input under the named field until that field changes", async () => {
    const { api, form } = setup(entry());
    await form.load(DAY);
    api.saveCheckIn.mockRejectedValue(
      new ApiError("invalid_input", "Too much sleep for one day.", "sleepHours"),
    );
    form.values.sleepHours = 8;
    expect(await form.save()).toBe("invalid");
    expect(form.errors.sleepHours).toBe("Too much sleep for one day.");
    form.values.sleepHours = 7;
    expect(form.errors.sleepHours).toBeUndefined();
  });

  it("reports a stale version and reloads the stored entry on request", async () => {
    const { api, form } = setup(entry());
    await form.load(DAY);
    api.saveCheckIn.mockRejectedValue(new ApiError("stale_version", "changed"));
    form.values.stress = 9;
    expect(await form.save()).toBe("failed");
    expect(form.outcome.kind).toBe("stale");
    api.getCheckIn.mockResolvedValue(entry({ stress: 1, version: 5 }));
    await form.reload();
    expect(form.values.stress).toBe(1);
    expect(form.version).toBe(5);
    expect(form.outcome.kind).toBe("saved");
  });

  it("keeps any other failure as a message", async () => {
    const { api, form } = setup(entry());
    await form.load(DAY);
    api.saveCheckIn.mockRejectedValue(new ApiError("storage", "The disk is full."));
    form.values.stress = 5;
    await form.save();
    expect(form.outcome).toEqual({ kind: "error", message: "The disk is full." });
    expect(form.dirty).toBe(true);
  });
});

describe("TodayForm pain areas and tags", () => {
  it("sends pain areas and tags with the draft and compares them by content", async () => {
    const { api, form } = setup(entry({ painAreas: ["neck"], tags: ["work"] }));
    await form.load(DAY);
    expect(form.dirty).toBe(false);
    form.values.tags = [...form.values.tags, "walk"];
    expect(form.dirty).toBe(true);
    form.values.tags = ["work"];
    expect(form.dirty).toBe(false);
    form.values.painAreas = ["neck", "lower_back"];
    await form.save();
    expect(api.saveCheckIn).toHaveBeenCalledWith(
      expect.objectContaining({ painAreas: ["neck", "lower_back"], tags: ["work"] }),
    );
  });

  it("refuses more than 20 tags before sending", async () => {
    const { api, form } = setup(entry());
    await form.load(DAY);
    form.values.tags = Array.from({ length: 21 }, (_, i) => `tag ${i}`);
    expect(await form.save()).toBe("invalid");
    expect(form.errors.tags).toMatch(/at most 20/);
    expect(api.saveCheckIn).not.toHaveBeenCalled();
  });
});

describe("TodayForm moving between days", () => {
  it("keeps unsaved edits of a day while another day is shown", async () => {
    const { api, form } = setup(entry());
    await form.load(DAY);
    form.values.stress = 9;
    api.getCheckIn.mockResolvedValueOnce(null);
    await form.load("2025-11-24");
    expect(form.values.stress).toBeNull();
    expect(form.dirty).toBe(false);
    await form.load(DAY);
    expect(form.values.stress).toBe(9);
    expect(form.version).toBe(3);
    expect(form.dirty).toBe(true);
  });

  it("keeps edits when the same day is shown again (a visit to another screen)", async () => {
    const { form } = setup(entry());
    await form.load(DAY);
    form.values.notes = "Half-written";
    await form.load(DAY);
    expect(form.values.notes).toBe("Half-written");
  });

  it("drops the edits on an explicit reload", async () => {
    const { form } = setup(entry());
    await form.load(DAY);
    form.values.stress = 9;
    await form.reload();
    expect(form.values.stress).toBe(4);
  });
});

describe("TodayForm delete and restore", () => {
  it("deletes the stored entry and empties the form", async () => {
    const { api, form } = setup(entry());
    await form.load(DAY);
    expect(form.hasEntry).toBe(true);
    expect(await form.remove()).toEqual({ ok: true, day: DAY });
    expect(api.deleteCheckIn).toHaveBeenCalledWith(DAY);
    expect(form.hasEntry).toBe(false);
    expect(form.values.stress).toBeNull();
  });

  it("does nothing for a day without an entry", async () => {
    const { api, form } = setup(null);
    await form.load(DAY);
    expect((await form.remove()).ok).toBe(false);
    expect(api.deleteCheckIn).not.toHaveBeenCalled();
  });

  it("restores the entry with its new version", async () => {
    const { api, form } = setup(entry());
    await form.load(DAY);
    await form.remove();
    expect(await form.restore(DAY)).toEqual({ ok: true });
    expect(api.restoreCheckIn).toHaveBeenCalledWith(DAY);
    expect(form.values.stress).toBe(4);
    expect(form.version).toBe(9);
  });

  it("reports a failed delete and keeps the entry", async () => {
    const { api, form } = setup(entry());
    await form.load(DAY);
    api.deleteCheckIn.mockRejectedValue(new ApiError("storage", "The disk is full."));
    expect(await form.remove()).toEqual({ ok: false, message: "The disk is full." });
    expect(form.hasEntry).toBe(true);
  });
});
