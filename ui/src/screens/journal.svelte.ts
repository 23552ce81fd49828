/**
 * The Journal's data: one month of entries for the calendar, the whole journal for the list
 * view, and search results. Large lists are kept in $state.raw (not deeply reactive), since ten
 * years of entries are replaced as a whole, never edited in place.
 */
import {
  listCheckIns,
  listTags,
  searchJournal,
  type CheckIn,
  type JournalHit,
  type JournalQuery,
  type Tag,
} from "../api/checkins";
import { toApiError } from "../api/client";
import type { WeekStart } from "../api/bindings/WeekStart";
import { gridRange } from "../lib/calendar";
import { EARLIEST_DAY, type YearMonth } from "../lib/dates";
import { buildQuery, emptyFilter, type JournalFilter } from "../lib/journalQuery";

export type JournalView = "calendar" | "list";

export interface JournalApi {
  listCheckIns(from: string, to: string): Promise<CheckIn[]>;
  searchJournal(query: JournalQuery): Promise<JournalHit[]>;
  listTags(): Promise<Tag[]>;
}

/** How long typing may pause before the search runs. */
export const SEARCH_DELAY_MS = 150;

/** A loaded list plus its state, one per data source. */
interface Loadable<T> {
  data: T | null;
  loading: boolean;
  error: string | null;
}

function idle<T>(): Loadable<T> {
  return { data: null, loading: false, error: null };
}

export class JournalState {
  view = $state<JournalView>("calendar");
  filter = $state<JournalFilter>(emptyFilter());
  /** The query behind the results on screen (lags the text field by the debounce). */
  query = $state.raw<JournalQuery | null>(null);
  /** The shown month's entries by day. */
  month = $state.raw<Loadable<Record<string, CheckIn>>>(idle());
  all = $state.raw<Loadable<JournalHit[]>>(idle());
  results = $state.raw<Loadable<JournalHit[]>>(idle());
  tags = $state.raw<Tag[]>([]);
  #api: JournalApi;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Each request takes a number; an answer that is no longer the latest is dropped. */
  #latest = { month: 0, all: 0, results: 0 };

  constructor(api: JournalApi = { listCheckIns, searchJournal, listTags }) {
    this.#api = api;
  }

  async loadMonth(month: YearMonth, weekStart: WeekStart): Promise<void> {
    const ticket = ++this.#latest.month;
    const { from, to } = gridRange(month, weekStart);
    this.month = { ...this.month, loading: true, error: null };
    try {
      const entries = await this.#api.listCheckIns(from, to);
      if (ticket !== this.#latest.month) return;
      this.month = { data: Object.fromEntries(entries.map((e) => [e.day, e])), loading: false, error: null };
    } catch (error) {
      if (ticket !== this.#latest.month) return;
      this.month = { data: null, loading: false, error: toApiError(error).message };
    }
  }

  /** Every entry up to `today`, newest first, in one query (the list view renders it in pages). */
  async loadAll(today: string): Promise<void> {
    const ticket = ++this.#latest.all;
    this.all = { ...this.all, loading: true, error: null };
    try {
      const entries = await this.#api.listCheckIns(EARLIEST_DAY, today);
      if (ticket !== this.#latest.all) return;
      const hits = entries.reverse().map((checkIn) => ({ checkIn, snippet: null }));
      this.all = { data: hits, loading: false, error: null };
    } catch (error) {
      if (ticket !== this.#latest.all) return;
      this.all = { data: null, loading: false, error: toApiError(error).message };
    }
  }

  async loadTags(): Promise<void> {
    try {
      this.tags = await this.#api.listTags();
    } catch {
      // The tag filter then offers "Any tag" only; searching still works.
    }
  }

  /** Call after any filter change; typing waits for a pause, the other controls apply at once. */
  filterChanged(delay = 0): void {
    clearTimeout(this.#timer);
    if (delay > 0) this.#timer = setTimeout(() => void this.search(), delay);
    else void this.search();
  }

  async search(): Promise<void> {
    clearTimeout(this.#timer);
    const ticket = ++this.#latest.results;
    const query = buildQuery($state.snapshot(this.filter) as JournalFilter);
    this.query = query;
    if (query === null) {
      this.results = idle();
      return;
    }
    this.results = { ...this.results, loading: true, error: null };
    try {
      const hits = await this.#api.searchJournal(query);
      if (ticket !== this.#latest.results) return;
      this.results = { data: hits, loading: false, error: null };
    } catch (error) {
      if (ticket !== this.#latest.results) return;
      this.results = { data: null, loading: false, error: toApiError(error).message };
    }
  }

  clearFilter(): void {
    this.filter = emptyFilter();
    void this.search();
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }
}
