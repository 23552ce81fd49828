/**
 * The Trends screen's state: which view, which metrics and range, and the charts loaded for
 * them. Each view asks the back end for one chart at a time; a late answer to an older question
 * never replaces a newer one.
 */
import { chartSeries, type ChartData, type ChartMetric, type ChartQuery } from "../api/charts";
import { toApiError } from "../api/client";
import { formatDay, t } from "../lib/i18n/i18n.svelte";
import { metricInfo } from "../lib/trends/metrics";
import {
  presetRange,
  RANGE_CHOICES,
  validateCustomRange,
  type DayRange,
  type RangeKey,
  type RangeProblem,
} from "../lib/trends/range";

export type TrendsView = "time" | "year" | "compare" | "effect";

export const DEFAULT_METRICS: ChartMetric[] = ["stress", "sleepHours", "pain", "index"];

type Load = (query: ChartQuery) => Promise<ChartData>;

/** One chart: the last answer, whether a question is out, and what went wrong. */
export class ChartLoader {
  // Raw: a chart is replaced whole, never edited, and years of points need no deep proxy.
  chart = $state.raw<ChartData | null>(null);
  loading = $state(false);
  /** What went wrong: the back end's words, or a catalogue id put into words when shown. */
  #error = $state<{ text: string } | { id: string } | null>(null);
  /** How long the last answer took, in milliseconds (command round trip). */
  fetchMs = $state<number | null>(null);
  query: ChartQuery | null = null;
  #asked = 0;
  #load: Load;

  constructor(load: Load) {
    this.#load = load;
  }

  /** What went wrong, in the active language; null when nothing did. */
  get error(): string | null {
    const error = this.#error;
    if (!error) return null;
    return "id" in error ? t(error.id) : error.text;
  }

  /** Shows the message `id` of the catalogue as the chart's problem. */
  fail(id: string): void {
    this.#error = { id };
  }

  async run(query: ChartQuery): Promise<void> {
    const ask = ++this.#asked;
    this.loading = true;
    this.#error = null;
    const started = performance.now();
    try {
      const chart = await this.#load(query);
      if (ask !== this.#asked) return;
      this.chart = chart;
      this.query = query;
      this.fetchMs = performance.now() - started;
    } catch (reason) {
      if (ask !== this.#asked) return;
      this.#error = { text: toApiError(reason).message };
    } finally {
      if (ask === this.#asked) this.loading = false;
    }
  }
}

export class TrendsState {
  view = $state<TrendsView>("time");
  metrics = $state<ChartMetric[]>([...DEFAULT_METRICS]);
  /** Why the chips changed: a measure hidden, or the last one kept. */
  #hint = $state<{ kind: "keep" } | { kind: "hidden"; metric: ChartMetric } | null>(null);
  range = $state<RangeKey>("6M");
  customFrom = $state("");
  customTo = $state("");
  customError = $state<RangeProblem | null>(null);
  compareA = $state<ChartMetric>("sleepHours");
  compareB = $state<ChartMetric>("stress");
  year = $state(0);
  yearMetric = $state<ChartMetric>("index");
  readonly today: string;
  readonly overTime: ChartLoader;
  readonly comparison: ChartLoader;
  readonly heat: ChartLoader;
  #custom = $state<DayRange | null>(null);

  constructor(today: string, load: Load = chartSeries) {
    this.today = today;
    this.year = Number(today.slice(0, 4));
    const six = presetRange("6M", today);
    this.customFrom = six.from ?? today;
    this.customTo = today;
    this.overTime = new ChartLoader(load);
    this.comparison = new ChartLoader(load);
    this.heat = new ChartLoader(load);
  }

  /** The days of the current range; null while a custom range has not been shown yet. */
  dayRange(): DayRange | null {
    if (this.range === "custom") return this.#custom;
    return presetRange(this.range, this.today);
  }

  /** The hint beside the measure chips, in the active language. */
  get metricHint(): string | null {
    const hint = this.#hint;
    if (!hint) return null;
    if (hint.kind === "keep") return t("trends-metrics-keep-one");
    return t("trends-metrics-hidden", { measure: metricInfo(hint.metric).label });
  }

  /** "the last 6 months", "3 Mar 2025 to 9 Apr 2025"… for the summary sentence. */
  rangeWords(): string {
    if (this.range === "custom" && this.#custom) {
      const day = (iso: string | null) => (iso ? formatDay(iso, { day: "numeric", month: "short", year: "numeric" }) : "");
      return t("trends-range-custom-span", { from: day(this.#custom.from), to: day(this.#custom.to) });
    }
    return RANGE_CHOICES.find((c) => c.key === this.range)?.words ?? t("trends-range-custom-words");
  }

  toggleMetric(metric: ChartMetric): void {
    if (this.metrics.includes(metric)) {
      if (this.metrics.length === 1) {
        this.#hint = { kind: "keep" };
        return;
      }
      this.metrics = this.metrics.filter((m) => m !== metric);
      this.#hint = { kind: "hidden", metric };
    } else {
      // Keep the order of the chips, whatever the order of clicks.
      const order = (m: ChartMetric) => ALL_ORDER.indexOf(m);
      this.metrics = [...this.metrics, metric].sort((a, b) => order(a) - order(b));
      this.#hint = null;
    }
    void this.loadOverTime();
  }

  chooseRange(key: RangeKey): void {
    this.range = key;
    this.customError = null;
    if (key !== "custom") void this.reload();
  }

  /** Checks and shows the custom range; a problem is said beside the field it is about. */
  applyCustom(from: string, to: string): boolean {
    this.customFrom = from;
    this.customTo = to;
    const checked = validateCustomRange(from, to);
    if (!checked.ok) {
      this.customError = { field: checked.field, id: checked.id, args: checked.args };
      return false;
    }
    this.customError = null;
    this.#custom = checked.range;
    void this.reload();
    return true;
  }

  async reload(): Promise<void> {
    if (this.view === "compare") await this.loadCompare();
    else if (this.view === "year") await this.loadYear();
    else await this.loadOverTime();
  }

  overTimeQuery(): ChartQuery | null {
    const range = this.dayRange();
    return range ? { ...range, metrics: this.metrics, resolution: "auto" } : null;
  }

  compareQuery(): ChartQuery | null {
    const range = this.dayRange();
    return range ? { ...range, metrics: [this.compareA, this.compareB], resolution: "auto" } : null;
  }

  yearQuery(): ChartQuery {
    return { from: `${this.year}-01-01`, to: `${this.year}-12-31`, metrics: [this.yearMetric], resolution: "day" };
  }

  async loadOverTime(): Promise<void> {
    const query = this.overTimeQuery();
    if (query) await this.overTime.run(query);
  }

  async loadCompare(): Promise<void> {
    if (this.compareA === this.compareB) {
      this.comparison.fail("trends-compare-same");
      return;
    }
    const query = this.compareQuery();
    if (query) await this.comparison.run(query);
  }

  async loadYear(): Promise<void> {
    await this.heat.run(this.yearQuery());
  }

  /** Switches view, asking again when the range or metrics changed since its last chart. */
  show(view: TrendsView): void {
    this.view = view;
    const [loader, query] =
      view === "compare"
        ? [this.comparison, this.compareQuery()]
        : view === "year"
          ? [this.heat, this.yearQuery()]
          : view === "time"
            ? [this.overTime, this.overTimeQuery()]
            : [null, null];
    if (!loader || !query) return;
    if (JSON.stringify(loader.query) !== JSON.stringify(query)) void this.reload();
  }

  setYear(year: number): void {
    this.year = year;
    void this.loadYear();
  }
}

const ALL_ORDER: ChartMetric[] = [
  "stress",
  "sleepHours",
  "sleepQuality",
  "pain",
  "selfEsteem",
  "mood",
  "anxiety",
  "bodyAwareness",
  "index",
];
