/**
 * The native save dialog (tauri-plugin-dialog). The only other file allowed to reach Tauri
 * besides client.ts: the dialog returns a path and nothing is written here; the back end writes
 * the file to that path.
 */
import { save } from "@tauri-apps/plugin-dialog";
import { toApiError } from "./client";

/** Asks where to save a `.png` or `.csv` file; null when the person cancelled. */
export async function askSavePath(defaultName: string, kind: "png" | "csv"): Promise<string | null> {
  const filter = kind === "png" ? { name: "PNG image", extensions: ["png"] } : { name: "CSV table", extensions: ["csv"] };
  try {
    return await save({ defaultPath: defaultName, filters: [filter] });
  } catch (reason) {
    throw toApiError(reason);
  }
}
