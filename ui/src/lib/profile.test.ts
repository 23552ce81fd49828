import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { reportFirstPaint } = await import("./profile");

beforeEach(() => {
  invoke.mockReset();
  vi.useFakeTimers({ toFake: ["setTimeout", "requestAnimationFrame"] });
});

afterEach(() => {
  vi.useRealTimers();
});

async function run(plan: { profiling: boolean; switches: number; screens?: string[] }) {
  invoke.mockResolvedValue({ screens: [], ...plan });
  const shown: string[] = [];
  const done = reportFirstPaint((screen) => shown.push(screen));
  await vi.runAllTimersAsync();
  await done;
  const marks = invoke.mock.calls.map(([command, args]) => `${command}:${(args as { mark: string }).mark}`);
  const first = invoke.mock.calls[0]?.[1] as { timings: Record<string, number> };
  expect(first.timings["origin"]).toBe(performance.timeOrigin);
  expect(first.timings["painted"]).toBeGreaterThanOrEqual(0);
  return { shown, marks };
}

describe("reportFirstPaint", () => {
  it("only reports the first paint when the back end is not profiling", async () => {
    const { shown, marks } = await run({ profiling: false, switches: 0 });
    expect(marks).toEqual(["profile_mark:painted"]);
    expect(shown).toEqual([]);
  });

  it("does not tour when no switches are asked for", async () => {
    const { shown, marks } = await run({ profiling: true, switches: 0 });
    expect(marks).toEqual(["profile_mark:painted"]);
    expect(shown).toEqual([]);
  });

  it("visits every screen, then makes the asked number of switches, reporting each milestone", async () => {
    const { shown, marks } = await run({ profiling: true, switches: 9 });
    expect(marks).toEqual(["profile_mark:painted", "profile_mark:toured", "profile_mark:switched", "profile_mark:done"]);
    const tour = ["today", "journal", "massage", "insights", "trends", "settings", "data", "today"];
    expect(shown.slice(0, 8)).toEqual(tour);
    // Nine switches starting after Today, wrapping round, then back to Today.
    expect(shown.slice(8)).toEqual([...tour.slice(1, 8), "journal", "massage", "today"]);
  });

  it("changes only between the screens asked for", async () => {
    const { shown } = await run({ profiling: true, switches: 4, screens: ["today", "trends", "nowhere"] });
    expect(shown.slice(8)).toEqual(["trends", "today", "trends", "today", "today"]);
  });

  it("swallows a failed milestone", async () => {
    invoke.mockRejectedValue({ code: "invalid_input", message: "no", field: "mark" });
    const done = reportFirstPaint(() => {});
    await vi.runAllTimersAsync();
    await expect(done).resolves.toBeUndefined();
  });
});
