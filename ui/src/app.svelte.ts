import { appInfo, type AppInfo } from "./api/app";

/** What the shell needs before any screen: the journal day and whether the journal opened. */
export class AppState {
  info = $state<AppInfo | null>(null);
  /** Set when the back end could not be reached at all (not the same as `info.startupError`). */
  loadError = $state<string | null>(null);
  #fetchInfo: () => Promise<AppInfo>;

  constructor(fetchInfo: () => Promise<AppInfo> = appInfo) {
    this.#fetchInfo = fetchInfo;
  }

  async load(): Promise<void> {
    this.loadError = null;
    try {
      this.info = await this.#fetchInfo();
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }
}
