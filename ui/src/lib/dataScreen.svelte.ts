/**
 * What the "Your data" screen keeps while the shell reloads every screen after an import or a
 * restore: the import in progress (or its result), the backups and which view is open.
 */
import { BackupsStore } from "./backups.svelte";
import type { YearMonth } from "./dates";
import { ImportFlow } from "./importFlow.svelte";

export class DataStore {
  importFlow = new ImportFlow();
  backups = new BackupsStore();
  /** The monthly report's month while it is open; null shows the data overview. */
  reportMonth = $state<YearMonth | null>(null);
}
