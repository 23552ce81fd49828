/**
 * Startup and memory profiling for the performance report (see src-tauri/src/profile.rs). The
 * app tells the back end when its first screen has painted with data; when the back end is
 * profiling and asks for a tour, the app then visits every screen once and changes screens
 * `switches` times, reporting each milestone, so a script can measure memory at each one.
 * Without profiling this is one call at startup that the back end answers with "nothing to do".
 */
import { call } from "../api/client";
import type { ProfilePlan } from "../api/bindings/ProfilePlan";
import { SCREENS, type Screen } from "./screens";

export type { ProfilePlan };
export type Milestone = "painted" | "toured" | "switched" | "done";

export function profileMark(mark: Milestone, timings?: Record<string, number>): Promise<ProfilePlan> {
  return call<ProfilePlan>("profile_mark", timings ? { mark, timings } : { mark });
}

/** Notes a moment of the startup (a lowercase name) for the profile's page timeline; only its
 *  first time counts. */
export function markStartup(name: string): void {
  if (performance.getEntriesByName(name, "mark").length === 0) performance.mark(name);
}

/**
 * The page's timeline so far: its time origin (Unix ms), when the HTML and the DOM were ready,
 * and every startup mark (ms since the origin).
 */
export function pageTimings(): Record<string, number> {
  const timings: Record<string, number> = { origin: performance.timeOrigin };
  const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
  if (navigation) {
    timings["html"] = navigation.responseEnd;
    timings["dom-ready"] = navigation.domContentLoadedEventEnd;
  }
  for (const paint of performance.getEntriesByType("paint")) timings[paint.name] = paint.startTime;
  for (const mark of performance.getEntriesByType("mark")) timings[mark.name] = mark.startTime;
  return timings;
}

/** How long a screen is given to load and paint its data during the tour. */
export const SETTLE_MS = { tour: 400, switch: 150 };

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits for the screen to render, load and paint. */
async function settle(ms: number): Promise<void> {
  await nextFrame();
  await pause(ms);
  await nextFrame();
}

/**
 * Reports the first paint with data (call it once, after the frame that showed the data) and
 * runs the tour the back end asks for. `go` shows a screen. Never throws: profiling must not
 * disturb the app.
 */
export async function reportFirstPaint(go: (screen: Screen) => void): Promise<void> {
  try {
    markStartup("painted");
    const plan = await profileMark("painted", pageTimings());
    if (!plan.profiling || plan.switches === 0) return;
    for (const screen of [...SCREENS.map((s) => s.id), "today" as const]) {
      go(screen);
      await settle(SETTLE_MS.tour);
    }
    await profileMark("toured");
    const all = SCREENS.map((s) => s.id);
    const asked = all.filter((id) => plan.screens.includes(id));
    const ids = asked.length > 0 ? asked : all;
    for (let i = 0; i < plan.switches; i++) {
      go(ids[(i + 1) % ids.length] ?? "today");
      await settle(SETTLE_MS.switch);
    }
    go("today");
    await settle(SETTLE_MS.tour);
    await profileMark("switched");
    await profileMark("done");
  } catch {
    // A failed milestone only means a missing figure in the report.
  }
}
