import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";

const api = vi.hoisted(() => ({ getCheckIn: vi.fn(), saveCheckIn: vi.fn() }));
vi.mock("../api/checkins", () => api);

const { default: Today } = await import("./Today.svelte");

beforeEach(() => {
  api.getCheckIn.mockReset().mockResolvedValue(null);
  api.saveCheckIn.mockReset().mockImplementation(async (draft) => ({
    ...draft,
    createdAt: "2025-11-25T21:04:00",
    updatedAt: "2025-11-25T21:04:00",
    version: 1,
  }));
});

async function renderToday() {
  render(Today, { day: "2025-11-25" });
  await waitFor(() => expect(api.getCheckIn).toHaveBeenCalledWith("2025-11-25"));
  await waitFor(() => expect(document.querySelector("form")?.getAttribute("aria-busy")).toBe("false"));
}

function choose(scale: string, digit: number) {
  const group = screen.getByRole("radiogroup", { name: scale });
  const label = Array.from(group.querySelectorAll("label")).find(
    (l) => l.textContent?.trim() === String(digit),
  );
  if (!label) throw new Error(`no ${digit} in ${scale}`);
  return fireEvent.click(label);
}

describe("Today screen", () => {
  it("has every labelled control the check-in needs", async () => {
    await renderToday();
    for (const name of ["Stress", "Sleep quality", "Pain", "Self-esteem", "Mood", "Anxiety", "Body awareness"]) {
      expect(screen.getByRole("radiogroup", { name, hidden: true })).toBeTruthy();
    }
    expect(screen.getByLabelText("Sleep hours")).toBeTruthy();
    expect(screen.getByLabelText("Notes")).toBeTruthy();
    expect(screen.getByText("0 / 20,000")).toBeTruthy();
  });

  it("saves with Ctrl+S and shows when it was saved", async () => {
    await renderToday();
    await choose("Stress", 7);
    expect(screen.getByRole("status").textContent).toBe("Unsaved changes");
    await fireEvent.keyDown(window, { key: "s", ctrlKey: true });
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Saved ✓ at \d\d:\d\d$/));
    expect(api.saveCheckIn).toHaveBeenCalledWith(
      expect.objectContaining({ day: "2025-11-25", stress: 7, version: null }),
    );
  });

  it("explains an empty save instead of sending it", async () => {
    await renderToday();
    await fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/at least one/);
    expect(api.saveCheckIn).not.toHaveBeenCalled();
  });

  it("shows a bad sleep value under its field", async () => {
    await renderToday();
    const hours = screen.getByLabelText("Sleep hours");
    await fireEvent.input(hours, { target: { value: "7.3" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    await waitFor(() => expect(hours.getAttribute("aria-invalid")).toBe("true"));
    const describedBy = hours.getAttribute("aria-describedby") ?? "";
    const texts = describedBy.split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(texts.join(" ")).toMatch(/quarter hours/);
  });

  it("offers a reload when the entry changed elsewhere", async () => {
    await renderToday();
    api.saveCheckIn.mockRejectedValue({ code: "stale_version", message: "stale", field: null });
    await choose("Pain", 3);
    await fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("This entry was changed elsewhere — reload to see the latest");
    await fireEvent.click(screen.getByRole("button", { name: "Reload" }));
    await waitFor(() => expect(api.getCheckIn).toHaveBeenCalledTimes(2));
  });
});
