import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MassageSession } from "../api/bindings/MassageSession";
import type { SessionOverview } from "../api/bindings/SessionOverview";

const api = vi.hoisted(() => ({
  sessionOverview: vi.fn(),
  getSession: vi.fn(),
  saveSession: vi.fn(),
  deleteSession: vi.fn(),
  restoreSession: vi.fn(),
  listSessions: vi.fn(),
  costCurrency: vi.fn(),
}));
vi.mock("../api/sessions", () => api);

const { default: Massage } = await import("./Massage.svelte");

function session(overrides: Partial<MassageSession> = {}): MassageSession {
  return {
    id: "s-past",
    startsAt: "2025-11-13T18:30",
    status: "done",
    kind: "swedish",
    kindOther: null,
    durationMin: 60,
    therapist: "Anna",
    place: "Studio Calm",
    pressure: null,
    focusAreas: [],
    costCents: null,
    notes: "",
    stressBefore: 7,
    stressAfter: 3,
    painBefore: null,
    painAfter: null,
    version: 2,
    createdAt: "2025-11-13T20:00:00Z",
    updatedAt: "2025-11-13T20:00:00Z",
    ...overrides,
  };
}

const planned = session({
  id: "s-awaiting",
  startsAt: "2025-11-24T10:00",
  status: "planned",
  kind: "shiatsu",
  stressBefore: null,
  stressAfter: null,
  version: 1,
});

function overview(overrides: Partial<SessionOverview> = {}): SessionOverview {
  return { upcoming: [], awaitingOutcome: [], past: [], daysSinceLast: null, lastDone: null, ...overrides };
}

const full = overview({
  awaitingOutcome: [planned],
  upcoming: [session({ id: "s-next", startsAt: "2025-12-02T17:00", status: "planned", kind: "thai", stressBefore: null, stressAfter: null })],
  past: [session(), session({ id: "s-cancelled", startsAt: "2025-11-01T09:00", status: "cancelled", kind: "sports" })],
  daysSinceLast: 12,
  lastDone: session(),
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2025, 10, 25, 21, 0));
  for (const fn of Object.values(api)) fn.mockReset();
  api.sessionOverview.mockResolvedValue(full);
  api.costCurrency.mockResolvedValue("EUR");
  api.saveSession.mockImplementation(async (draft) => ({ ...session(), ...draft, id: draft.id ?? "s-new", version: 1 }));
  api.deleteSession.mockResolvedValue(undefined);
  api.restoreSession.mockResolvedValue(session());
});

afterEach(() => {
  vi.useRealTimers();
});

async function renderScreen() {
  render(Massage);
  await screen.findByText(/since your last massage|No massage logged yet/);
}

function dialog(): HTMLElement {
  return screen.getByRole("dialog", { name: /Log a session|Plan a session|Edit session|How did it go\?/ });
}

function pick(group: string, option: string) {
  const radios = within(dialog()).getByRole("radiogroup", { name: group });
  return fireEvent.click(within(radios).getByRole("radio", { name: new RegExp(`^${option}`) }));
}

function rate(scale: string, digit: number) {
  const group = within(dialog()).getByRole("radiogroup", { name: scale });
  return fireEvent.click(within(group).getByRole("radio", { name: String(digit) }));
}

describe("Massage screen", () => {
  it("explains why to log sessions when there are none", async () => {
    api.sessionOverview.mockResolvedValue(overview());
    await renderScreen();
    expect(screen.getByText("No massage logged yet")).toBeTruthy();
    expect(screen.getByText(/calmer days in your own journal/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Log a session" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Plan a session" })).toBeTruthy();
  });

  it("lists what needs an answer, what is coming and what happened", async () => {
    await renderScreen();
    expect(screen.getByText("12 days since your last massage")).toBeTruthy();
    const awaiting = screen.getByRole("region", { name: "Did these happen?" });
    expect(within(awaiting).getByText("Shiatsu")).toBeTruthy();
    const upcoming = screen.getByRole("region", { name: "Upcoming" });
    expect(within(upcoming).getByText("Thai")).toBeTruthy();
    const past = screen.getByRole("region", { name: "Past" });
    expect(within(past).getByText("Stress 7 → 3")).toBeTruthy();
    expect(within(past).getByText("Cancelled")).toBeTruthy();
    expect(within(past).getAllByRole("button", { name: /^Edit/ })).toHaveLength(2);
  });

  it("shows the before/after ratings only for a done session", async () => {
    await renderScreen();
    await fireEvent.click(screen.getByRole("button", { name: "Log a session" }));
    expect(within(dialog()).getByText("How did you feel?")).toBeTruthy();
    await pick("Status", "Planned");
    expect(within(dialog()).queryByText("How did you feel?")).toBeNull();
    expect(within(dialog()).queryByRole("radiogroup", { name: "Stress before" })).toBeNull();
    await pick("Status", "Done");
    expect(within(dialog()).getByRole("radiogroup", { name: "Pain after" })).toBeTruthy();
  });

  it("asks for the name only when the kind is Other", async () => {
    await renderScreen();
    await fireEvent.click(screen.getByRole("button", { name: "Log a session" }));
    expect(within(dialog()).queryByLabelText("Name of the kind")).toBeNull();
    await fireEvent.change(within(dialog()).getByLabelText("Kind"), { target: { value: "other" } });
    expect(within(dialog()).getByLabelText("Name of the kind")).toBeTruthy();
  });

  it("saves a logged session as the draft the back end expects", async () => {
    await renderScreen();
    await fireEvent.click(screen.getByRole("button", { name: "Log a session" }));
    const form = within(dialog());
    await fireEvent.input(form.getByLabelText("Date"), { target: { value: "2025-11-24" } });
    await fireEvent.input(form.getByLabelText("Time"), { target: { value: "17:15" } });
    await fireEvent.change(form.getByLabelText("Kind"), { target: { value: "deep_tissue" } });
    await fireEvent.input(form.getByLabelText("Duration (minutes)"), { target: { value: "90" } });
    await fireEvent.input(form.getByLabelText("Therapist"), { target: { value: " Bea " } });
    await fireEvent.input(form.getByLabelText("Cost"), { target: { value: "45,50" } });
    await pick("Pressure", "Firm");
    await fireEvent.click(form.getByRole("checkbox", { name: "Neck" }));
    await fireEvent.click(form.getByRole("checkbox", { name: "Head" }));
    await rate("Stress before", 7);
    await rate("Stress after", 3);
    await fireEvent.click(form.getByRole("button", { name: "Save session" }));

    await waitFor(() => expect(api.saveSession).toHaveBeenCalledTimes(1));
    expect(api.saveSession).toHaveBeenCalledWith({
      id: null,
      startsAt: "2025-11-24T17:15",
      status: "done",
      kind: "deep_tissue",
      kindOther: null,
      durationMin: 90,
      therapist: "Bea",
      place: "Studio Calm",
      pressure: "firm",
      focusAreas: ["head", "neck"],
      costCents: 4550,
      notes: "",
      stressBefore: 7,
      stressAfter: 3,
      painBefore: null,
      painAfter: null,
      version: null,
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(api.sessionOverview).toHaveBeenCalledTimes(2);
  });

  it("opens a planned session as done when it happened", async () => {
    await renderScreen();
    await fireEvent.click(screen.getByRole("button", { name: /^Yes, it happened/ }));
    const form = within(dialog());
    expect(screen.getByRole("dialog", { name: "How did it go?" })).toBeTruthy();
    expect(form.getByRole<HTMLInputElement>("radio", { name: /^Done/ }).checked).toBe(true);
    expect(form.getByLabelText<HTMLInputElement>("Date").value).toBe("2025-11-24");
    await rate("Pain after", 2);
    await fireEvent.click(form.getByRole("button", { name: "Save session" }));
    await waitFor(() =>
      expect(api.saveSession).toHaveBeenCalledWith(
        expect.objectContaining({ id: "s-awaiting", version: 1, status: "done", kind: "shiatsu", painAfter: 2 }),
      ),
    );
  });

  it("cancels a planned session that did not happen", async () => {
    await renderScreen();
    await fireEvent.click(screen.getByRole("button", { name: /^No, cancel it/ }));
    await waitFor(() =>
      expect(api.saveSession).toHaveBeenCalledWith(
        expect.objectContaining({ id: "s-awaiting", status: "cancelled", version: 1 }),
      ),
    );
  });

  it("refuses a done session in the future before sending it", async () => {
    await renderScreen();
    await fireEvent.click(screen.getByRole("button", { name: "Log a session" }));
    await fireEvent.input(within(dialog()).getByLabelText("Date"), { target: { value: "2025-11-26" } });
    await fireEvent.click(within(dialog()).getByRole("button", { name: "Save session" }));
    const status = await within(dialog()).findByRole("radiogroup", { name: "Status" });
    expect(status.getAttribute("aria-invalid")).toBe("true");
    expect(within(status).getByText(/cannot be done/)).toBeTruthy();
    expect(api.saveSession).not.toHaveBeenCalled();
  });

  it("shows a refused field under that field, and the date/time pair for startsAt", async () => {
    await renderScreen();
    api.saveSession.mockRejectedValueOnce({ code: "invalid_input", message: "That time does not exist here (clocks change).", field: "startsAt" });
    await fireEvent.click(screen.getByRole("button", { name: "Log a session" }));
    await fireEvent.click(within(dialog()).getByRole("button", { name: "Save session" }));
    const date = within(dialog()).getByLabelText("Date");
    await waitFor(() => expect(date.getAttribute("aria-invalid")).toBe("true"));
    expect(within(dialog()).getByLabelText("Time").getAttribute("aria-invalid")).toBe("true");
    const describedBy = (date.getAttribute("aria-describedby") ?? "").split(" ");
    expect(describedBy.map((id) => document.getElementById(id)?.textContent).join(" ")).toMatch(/clocks change/);
  });

  it("offers a reload when the session was changed elsewhere", async () => {
    await renderScreen();
    api.saveSession.mockRejectedValueOnce({ code: "stale_version", message: "stale", field: null });
    api.getSession.mockResolvedValue(session({ therapist: "Changed", version: 3 }));
    const past = screen.getByRole("region", { name: "Past" });
    await fireEvent.click(within(past).getAllByRole("button", { name: /^Edit/ })[0]!);
    await fireEvent.click(within(dialog()).getByRole("button", { name: "Save session" }));
    const alert = await within(dialog()).findByRole("alert");
    expect(alert.textContent).toMatch(/changed elsewhere/);
    await fireEvent.click(within(alert).getByRole("button", { name: "Reload" }));
    await waitFor(() => expect(within(dialog()).getByLabelText<HTMLInputElement>("Therapist").value).toBe("Changed"));
    expect(api.getSession).toHaveBeenCalledWith("s-past");
  });

  it("asks before throwing away changes on Escape", async () => {
    await renderScreen();
    await fireEvent.click(screen.getByRole("button", { name: "Log a session" }));
    await fireEvent.input(within(dialog()).getByLabelText("Therapist"), { target: { value: "Someone new" } });
    await fireEvent(dialog(), new Event("cancel", { cancelable: true }));
    const question = await screen.findByRole("dialog", { name: "Discard changes?" });
    await fireEvent.click(within(question).getByRole("button", { name: "Keep editing" }));
    expect(dialog()).toBeTruthy();
    await fireEvent(dialog(), new Event("cancel", { cancelable: true }));
    await fireEvent.click(within(screen.getByRole("dialog", { name: "Discard changes?" })).getByRole("button", { name: "Discard" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Log a session" })).toBeNull());
    expect(api.saveSession).not.toHaveBeenCalled();
  });

  it("closes an unchanged form on Escape without asking", async () => {
    await renderScreen();
    await fireEvent.click(screen.getByRole("button", { name: "Plan a session" }));
    await fireEvent(dialog(), new Event("cancel", { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("deletes after confirmation and offers undo", async () => {
    await renderScreen();
    const upcoming = screen.getByRole("region", { name: "Upcoming" });
    await fireEvent.click(within(upcoming).getByRole("button", { name: /^Delete/ }));
    const question = await screen.findByRole("dialog", { name: "Delete this session?" });
    expect(question.textContent).toMatch(/Thai/);
    await fireEvent.click(within(question).getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(api.deleteSession).toHaveBeenCalledWith("s-next"));
    const toast = await screen.findByText("Session deleted");
    expect(toast.closest("[role=status]")).not.toBeNull();
    await fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    await waitFor(() => expect(api.restoreSession).toHaveBeenCalledWith("s-next"));
  });

  it("keeps the session when the person says Keep it", async () => {
    await renderScreen();
    const past = screen.getByRole("region", { name: "Past" });
    await fireEvent.click(within(past).getAllByRole("button", { name: /^Delete/ })[0]!);
    const question = await screen.findByRole("dialog", { name: "Delete this session?" });
    await fireEvent.click(within(question).getByRole("button", { name: "Keep it" }));
    expect(api.deleteSession).not.toHaveBeenCalled();
  });
});

describe("Massage screen keyboard", () => {
  it("saves with Ctrl+S and keeps app-wide shortcuts from leaving the open form", async () => {
    const onWindowKey = vi.fn();
    window.addEventListener("keydown", onWindowKey);
    try {
      await renderScreen();
      await fireEvent.click(screen.getByRole("button", { name: "Log a session" }));
      await fireEvent.keyDown(within(dialog()).getByLabelText("Therapist"), { key: "3", ctrlKey: true });
      expect(onWindowKey).not.toHaveBeenCalled();
      await fireEvent.keyDown(within(dialog()).getByLabelText("Therapist"), { key: "s", ctrlKey: true });
      await waitFor(() => expect(api.saveSession).toHaveBeenCalledTimes(1));
    } finally {
      window.removeEventListener("keydown", onWindowKey);
    }
  });
});

describe("Massage screen in the pseudo-language", () => {
  it("takes every word from the catalogue, the person's own words aside", async () => {
    const { PSEUDO, useLanguage } = await import("../lib/i18n/i18n.svelte");
    const { plainWords } = await import("../testing/pseudo");
    await useLanguage(PSEUDO, "en-GB");
    try {
      api.sessionOverview.mockResolvedValue({
        ...full,
        past: [session({ kind: "other", kindOther: "Lomi lomi", pressure: "firm", focusAreas: ["neck"], costCents: 4550 })],
      });
      render(Massage);
      await screen.findByRole("region", { name: /Ðîð/ });
      await fireEvent.click(within(screen.getByRole("region", { name: /Þášŧ/ })).getAllByRole("button")[0]!);
      const plain = plainWords();
      expect(screen.getByRole("dialog")).toBeTruthy();
      expect(document.body.textContent).toContain("Lomi lomi");
      expect(plain).toEqual([]);
    } finally {
      await useLanguage("en", "en-GB");
    }
  });
});
