import { describe, expect, it, vi } from "vitest";
import type { MassageSession } from "../api/bindings/MassageSession";
import type { MassageSessionDraft } from "../api/bindings/MassageSessionDraft";
import { emptySessionValues, valuesFromSession, type SessionFormValues } from "../lib/sessions";
import { SessionFormState } from "./massageForm.svelte";

const NOW = new Date(2025, 10, 25, 21, 0);

function stored(overrides: Partial<MassageSession> = {}): MassageSession {
  return {
    id: "s1",
    startsAt: "2025-11-20T18:30",
    status: "done",
    kind: "swedish",
    kindOther: null,
    durationMin: 60,
    therapist: "Anna",
    place: "",
    pressure: null,
    focusAreas: [],
    costCents: null,
    notes: "",
    stressBefore: null,
    stressAfter: null,
    painBefore: null,
    painAfter: null,
    version: 4,
    createdAt: "2025-11-20T20:00:00Z",
    updatedAt: "2025-11-20T20:00:00Z",
    ...overrides,
  };
}

function setup(values: Partial<SessionFormValues> = {}, id: string | null = null) {
  const api = {
    saveSession: vi.fn(async (draft: MassageSessionDraft) => stored({ ...draft, id: draft.id ?? "new", version: 1 })),
    getSession: vi.fn(async (_id: string): Promise<MassageSession | null> => stored({ therapist: "Fresh", version: 5 })),
  };
  const start = { ...emptySessionValues(), date: "2025-11-25", time: "18:00", ...values };
  const form = new SessionFormState({ values: start, id, version: id ? 4 : null }, api, () => NOW);
  return { api, form };
}

describe("SessionFormState", () => {
  it("is dirty only after a change", () => {
    const { form } = setup();
    expect(form.dirty).toBe(false);
    form.values.focusAreas = ["neck"];
    expect(form.dirty).toBe(true);
    form.values.focusAreas = [];
    expect(form.dirty).toBe(false);
  });

  it("counts a prefilled change against the stored session as unsaved", () => {
    const baseline = valuesFromSession(stored({ status: "planned" }));
    const form = new SessionFormState({ values: { ...baseline, status: "done" }, baseline, id: "s1", version: 4 });
    expect(form.dirty).toBe(true);
  });

  it("shows problems only after a save was tried, and sends nothing then", async () => {
    const { api, form } = setup({ durationMin: 0 });
    expect(form.errors).toEqual({});
    expect(await form.save()).toBeNull();
    expect(form.errors.durationMin).toMatch(/1 to 600/);
    expect(api.saveSession).not.toHaveBeenCalled();
    form.values.durationMin = 45;
    expect(form.errors.durationMin).toBeUndefined();
  });

  it("returns the stored session on success", async () => {
    const { api, form } = setup({ kind: "other", kindOther: "Lomi lomi" });
    const saved = await form.save();
    expect(saved?.id).toBe("new");
    expect(api.saveSession).toHaveBeenCalledWith(expect.objectContaining({ kind: "other", kindOther: "Lomi lomi" }));
  });

  it("puts a server refusal under its field until that field changes", async () => {
    const { api, form } = setup();
    api.saveSession.mockRejectedValueOnce({ code: "invalid_input", message: "Too long.", field: "place" });
    expect(await form.save()).toBeNull();
    expect(form.errors.place).toBe("Too long.");
    form.values.notes = "unrelated";
    expect(form.errors.place).toBe("Too long.");
    form.values.place = "Elsewhere";
    expect(form.errors.place).toBeUndefined();
  });

  it("maps a startsAt refusal to the date and time, and an unknown field to the form", async () => {
    const { api, form } = setup();
    api.saveSession.mockRejectedValueOnce({ code: "invalid_input", message: "No such time.", field: "startsAt" });
    await form.save();
    expect(form.errors.startsAt).toBe("No such time.");
    form.values.time = "19:00";
    expect(form.errors.startsAt).toBeUndefined();

    api.saveSession.mockRejectedValueOnce({ code: "invalid_input", message: "Odd.", field: "mystery" });
    await form.save();
    expect(form.errors.form).toBe("Odd.");
  });

  it("reports a stale version and reloads the stored session", async () => {
    const { api, form } = setup({ therapist: "Mine" }, "s1");
    api.saveSession.mockRejectedValueOnce({ code: "stale_version", message: "stale", field: null });
    await form.save();
    expect(form.outcome).toEqual({ kind: "stale" });
    await form.reload();
    expect(api.getSession).toHaveBeenCalledWith("s1");
    expect(form.values.therapist).toBe("Fresh");
    expect(form.version).toBe(5);
    expect(form.dirty).toBe(false);
    expect(form.outcome).toEqual({ kind: "none" });
  });

  it("says so when the session was deleted elsewhere", async () => {
    const { api, form } = setup({}, "s1");
    api.getSession.mockResolvedValueOnce(null);
    await form.reload();
    expect(form.outcome).toEqual({ kind: "gone" });
  });

  it("shows other failures as a sentence", async () => {
    const { api, form } = setup();
    api.saveSession.mockRejectedValueOnce({ code: "database", message: "Disk full.", field: null });
    await form.save();
    expect(form.outcome).toEqual({ kind: "error", message: "Disk full." });
  });
});
