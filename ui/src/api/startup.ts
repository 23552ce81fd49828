/**
 * The first screen's data, asked for by public/startup.js before the main script loaded (one
 * round trip instead of three, started earlier). Taken once: later loads use the usual commands.
 */
import type { StartupData } from "./bindings/StartupData";

export type { StartupData };

declare global {
  interface Window {
    __startupData?: Promise<StartupData | null>;
  }
}

/** The early answer, or null when none was asked for (or it failed: the usual commands then
 *  report what went wrong). */
export async function takeStartupData(): Promise<StartupData | null> {
  const early = window.__startupData;
  delete window.__startupData;
  return (await early) ?? null;
}
