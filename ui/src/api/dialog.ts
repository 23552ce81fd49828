/**
 * The native file dialogs (tauri-plugin-dialog). The only other file allowed to reach Tauri
 * besides client.ts: a dialog returns a path and nothing is read or written here; the back end
 * does that with the path.
 *
 * TEST HOOK — end-to-end tests only. A WebDriver session cannot click through a native dialog,
 * so when the page has `window.__RESILIENCE_TEST_DIALOG__ = { save?, open?, folder? }` set (by
 * the test, through WebDriver's "execute script"), `askSavePath`, `chooseOpenFile` and
 * `chooseFolder` return that path instead of opening a dialog. Nothing in the app sets it or
 * reads it anywhere else; setting it needs script access to the page, which already allows
 * calling any command, so it opens nothing new.
 */
import { open, save } from "@tauri-apps/plugin-dialog";
import { toApiError } from "./client";

export interface FileFilter {
  name: string;
  extensions: string[];
}

const FILTERS = {
  png: { name: "PNG image", extensions: ["png"] },
  csv: { name: "CSV table", extensions: ["csv"] },
  ics: { name: "Calendar (iCalendar)", extensions: ["ics"] },
  json: { name: "Resilience Journal export (JSON)", extensions: ["json"] },
  txt: { name: "Text file", extensions: ["txt"] },
} as const;

export type SaveKind = keyof typeof FILTERS;

/** The paths an end-to-end test hands to the dialogs (see the comment at the top). */
export interface TestDialogAnswers {
  save?: string;
  open?: string;
  folder?: string;
}

declare global {
  interface Window {
    __RESILIENCE_TEST_DIALOG__?: TestDialogAnswers;
  }
}

function testAnswer(kind: keyof TestDialogAnswers): string | undefined {
  if (typeof window === "undefined") return undefined;
  const answer = window.__RESILIENCE_TEST_DIALOG__?.[kind];
  return typeof answer === "string" ? answer : undefined;
}

/** Asks where to save a `.png`, `.csv`, `.ics`, `.json` or `.txt` file; null when the person cancelled. */
export async function askSavePath(defaultName: string, kind: SaveKind): Promise<string | null> {
  const answer = testAnswer("save");
  if (answer !== undefined) return answer;
  const filter = FILTERS[kind];
  try {
    return await save({ defaultPath: defaultName, filters: [{ name: filter.name, extensions: [...filter.extensions] }] });
  } catch (reason) {
    throw toApiError(reason);
  }
}

/** Asks for one existing file, offering `filters`; null when the person cancelled. */
export async function chooseOpenFile(filters: FileFilter[]): Promise<string | null> {
  const answer = testAnswer("open");
  if (answer !== undefined) return answer;
  try {
    const chosen = await open({ multiple: false, directory: false, filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })) });
    return typeof chosen === "string" ? chosen : null;
  } catch (reason) {
    throw toApiError(reason);
  }
}

/** Asks for a folder (e.g. a USB stick to back up to); null when the person cancelled. */
export async function chooseFolder(): Promise<string | null> {
  const answer = testAnswer("folder");
  if (answer !== undefined) return answer;
  try {
    const chosen = await open({ multiple: false, directory: true });
    return typeof chosen === "string" ? chosen : null;
  } catch (reason) {
    throw toApiError(reason);
  }
}
