import { call } from "./client";
import type { ChartData } from "./bindings/ChartData";
import type { ChartFileKind } from "./bindings/ChartFileKind";
import type { ChartMetric } from "./bindings/ChartMetric";
import type { ChartQuery } from "./bindings/ChartQuery";
import type { Correlation } from "./bindings/Correlation";
import type { MetricSeries } from "./bindings/MetricSeries";
import type { Resolution } from "./bindings/Resolution";
import type { ResolutionChoice } from "./bindings/ResolutionChoice";
import type { SavedFile } from "./bindings/SavedFile";
import type { SeriesSummary } from "./bindings/SeriesSummary";
import type { SessionMarker } from "./bindings/SessionMarker";

export type {
  ChartData,
  ChartFileKind,
  ChartMetric,
  ChartQuery,
  Correlation,
  MetricSeries,
  Resolution,
  ResolutionChoice,
  SavedFile,
  SeriesSummary,
  SessionMarker,
};

/** Chart-ready series of a range: one x axis, values with gaps, rolling means and markers. */
export function chartSeries(query: ChartQuery): Promise<ChartData> {
  return call<ChartData>("chart_series", { query });
}

/** Writes a chart file of `kind` from `data` to `path`, whole or not at all. */
function saveChartFile(path: string, kind: ChartFileKind, data: unknown): Promise<SavedFile> {
  return call<SavedFile>("save_chart_file", { path, kind, data });
}

/** Writes the chart picture (a PNG data URL from a canvas) to `path`, whole or not at all. */
export function saveChartPng(path: string, dataUrl: string): Promise<SavedFile> {
  return saveChartFile(path, "png", dataUrl);
}

/** Writes the data of the chart asked for by `query` as CSV to `path` (built by the back end). */
export function saveChartCsv(path: string, query: ChartQuery): Promise<SavedFile> {
  return saveChartFile(path, "csv", query);
}

/**
 * Writes the numbers of the massage effect chart for the ISO days `from` … `to` as CSV to `path`
 * (the back end computes the insights dashboard of that range again and writes its rows).
 */
export function saveEffectCsv(path: string, from: string, to: string): Promise<SavedFile> {
  return saveChartFile(path, "effect-csv", { from, to });
}
