/**
 * The native save dialog (tauri-plugin-dialog). The only other file allowed to reach Tauri
 * besides client.ts: the dialog returns a path and nothing is written here; the back end writes
 * the file to that path.
 */
import { save } from "@tauri-apps/plugin-dialog";
import { toApiError } from "./client";

const FILTERS = {
  png: { name: "PNG image", extensions: ["png"] },
  csv: { name: "CSV table", extensions: ["csv"] },
  ics: { name: "Calendar (iCalendar)", extensions: ["ics"] },
} as const;

export type SaveKind = keyof typeof FILTERS;

/** Asks where to save a `.png`, `.csv` or `.ics` file; null when the person cancelled. */
export async function askSavePath(defaultName: string, kind: SaveKind): Promise<string | null> {
  const filter = FILTERS[kind];
  try {
    return await save({ defaultPath: defaultName, filters: [{ name: filter.name, extensions: [...filter.extensions] }] });
  } catch (reason) {
    throw toApiError(reason);
  }
}
