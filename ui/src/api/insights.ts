import { call } from "./client";
import type { BounceBack } from "./bindings/BounceBack";
import type { Cadence } from "./bindings/Cadence";
import type { CareNote } from "./bindings/CareNote";
import type { Comparison } from "./bindings/Comparison";
import type { Dashboard } from "./bindings/Dashboard";
import type { DataNeed } from "./bindings/DataNeed";
import type { DataTopic } from "./bindings/DataTopic";
import type { Episode } from "./bindings/Episode";
import type { Finding } from "./bindings/Finding";
import type { ImmediateEffect } from "./bindings/ImmediateEffect";
import type { IndexBreakdown } from "./bindings/IndexBreakdown";
import type { Interval } from "./bindings/Interval";
import type { MassageReport } from "./bindings/MassageReport";
import type { MeasureSummary } from "./bindings/MeasureSummary";
import type { MetricEffect } from "./bindings/MetricEffect";
import type { MetricKey } from "./bindings/MetricKey";
import type { MonthRecovery } from "./bindings/MonthRecovery";
import type { PeriodSummary } from "./bindings/PeriodSummary";

export type {
  BounceBack,
  Cadence,
  CareNote,
  Comparison,
  Dashboard,
  DataNeed,
  DataTopic,
  Episode,
  Finding,
  ImmediateEffect,
  IndexBreakdown,
  Interval,
  MassageReport,
  MeasureSummary,
  MetricEffect,
  MetricKey,
  MonthRecovery,
  PeriodSummary,
};

/**
 * Everything the Insights screen shows for the ISO days `from` … `to` (inclusive), in one round
 * trip. The today, 7-day and 30-day parts always end at the journal's today, whatever the range.
 * A range that ends before it starts is refused with `invalid_input` on `to`.
 */
export function insightsDashboard(from: string, to: string): Promise<Dashboard> {
  return call<Dashboard>("insights_dashboard", { from, to });
}
