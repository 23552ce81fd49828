import { call } from "./client";
import type { AppInfo } from "./bindings/AppInfo";
import type { ApiErrorBody } from "./bindings/ApiErrorBody";

export type { AppInfo, ApiErrorBody };

/** Version, journal day ("today" after the day boundary), data location and startup state. */
export function appInfo(): Promise<AppInfo> {
  return call<AppInfo>("app_info");
}

/** Switches to the separate sample journal (created on first use); the real one is untouched. */
export function openDemo(): Promise<AppInfo> {
  return call<AppInfo>("open_demo");
}

/** Switches back from the sample journal to the person's own. */
export function closeDemo(): Promise<AppInfo> {
  return call<AppInfo>("close_demo");
}
