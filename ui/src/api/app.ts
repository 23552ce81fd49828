import { call } from "./client";
import type { AppInfo } from "./bindings/AppInfo";
import type { ApiErrorBody } from "./bindings/ApiErrorBody";

export type { AppInfo, ApiErrorBody };

/** Version, journal day ("today" after the day boundary), data location and startup state. */
export function appInfo(): Promise<AppInfo> {
  return call<AppInfo>("app_info");
}
