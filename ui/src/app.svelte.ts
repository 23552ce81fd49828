import { appInfo, closeDemo, openDemo, type AppInfo } from "./api/app";
import { toApiError } from "./api/client";

export interface AppApi {
  appInfo(): Promise<AppInfo>;
  openDemo(): Promise<AppInfo>;
  closeDemo(): Promise<AppInfo>;
}

/** What the shell needs before any screen: the journal day and whether the journal opened. */
export class AppState {
  info = $state<AppInfo | null>(null);
  /** Set when the back end could not be reached at all (not the same as `info.startupError`). */
  loadError = $state<string | null>(null);
  /** True while switching between the person's journal and the sample one. */
  switching = $state(false);
  switchError = $state<string | null>(null);
  /**
   * Goes up whenever another journal file is opened, so the screens start afresh instead of
   * showing (or saving) what belonged to the other journal.
   */
  generation = $state(0);
  #api: AppApi;

  constructor(api: AppApi = { appInfo, openDemo, closeDemo }) {
    this.#api = api;
  }

  async load(): Promise<void> {
    this.loadError = null;
    try {
      this.info = await this.#api.appInfo();
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  /**
   * After the journal changed underneath every screen (an import, a restored backup): asks which
   * journal is open now and lets the screens start afresh, as after a switch.
   */
  async reload(): Promise<void> {
    await this.load();
    this.generation += 1;
  }

  /** Another journal file is open (the encrypted one, unlocked): its facts, and fresh screens. */
  opened(info: AppInfo): void {
    this.info = info;
    this.generation += 1;
  }

  /** Opens the sample journal; resolves to false (with `switchError` set) when it failed. */
  openDemo(): Promise<boolean> {
    return this.#switch(() => this.#api.openDemo());
  }

  /** Back to the person's own journal. */
  closeDemo(): Promise<boolean> {
    return this.#switch(() => this.#api.closeDemo());
  }

  async #switch(open: () => Promise<AppInfo>): Promise<boolean> {
    this.switching = true;
    this.switchError = null;
    try {
      this.info = await open();
      this.generation += 1;
      return true;
    } catch (error) {
      this.switchError = toApiError(error).message;
      return false;
    } finally {
      this.switching = false;
    }
  }
}
