/**
 * The Insights screen's state: which range, and the dashboard for it. One command answers the
 * whole screen; a late answer to an older range never replaces a newer one, and the last
 * dashboard stays on screen while the next loads, so nothing jumps.
 */
import { appInfo } from "../api/app";
import { toApiError } from "../api/client";
import { insightsDashboard, type Dashboard } from "../api/insights";
import { DEFAULT_RANGE, rangeDays, type RangeKey } from "../lib/insights";

export interface InsightsApi {
  insightsDashboard(from: string, to: string): Promise<Dashboard>;
  /** The journal's today, when the screen was not given it. */
  today(): Promise<string>;
}

const defaultApi: InsightsApi = {
  insightsDashboard,
  today: async () => (await appInfo()).today,
};

export class InsightsState {
  range = $state<RangeKey>(DEFAULT_RANGE);
  // Raw: a dashboard is replaced whole, never edited.
  dashboard = $state.raw<Dashboard | null>(null);
  loading = $state(false);
  /** Why the last load failed; put into words when read, so it follows the language. */
  #failure = $state.raw<unknown>(null);
  today = $state<string | null>(null);
  #asked = 0;
  #api: InsightsApi;

  constructor(today: string | null = null, api: InsightsApi = defaultApi) {
    this.today = today;
    this.#api = api;
  }

  /** Loads the dashboard of the current range (and first the journal's today, if unknown). */
  async load(): Promise<void> {
    const ask = ++this.#asked;
    this.loading = true;
    this.#failure = null;
    try {
      const today = this.today ?? (await this.#api.today());
      if (ask !== this.#asked) return;
      this.today = today;
      const { from, to } = rangeDays(this.range, today);
      const dashboard = await this.#api.insightsDashboard(from, to);
      if (ask !== this.#asked) return;
      this.dashboard = dashboard;
    } catch (reason) {
      if (ask !== this.#asked) return;
      this.#failure = reason ?? new Error();
    } finally {
      if (ask === this.#asked) this.loading = false;
    }
  }

  /** The last load's error in words, or null. */
  get error(): string | null {
    return this.#failure === null ? null : toApiError(this.#failure).message;
  }

  choose(range: RangeKey): Promise<void> {
    if (range === this.range && this.dashboard) return Promise.resolve();
    this.range = range;
    return this.load();
  }
}
