/**
 * The system's locale ("de-DE", "fr_CH.UTF-8" …), which the "System" language choice follows
 * and whose regional conventions dates and numbers use when it is the chosen language. The back
 * end reads it from the computer (`AppInfo.systemLocale`): WebKitGTK's `navigator.language` is
 * not always the person's.
 */
let known: string | null = null;
let forced: string | null = null;

export function systemLocale(): string {
  return known ?? (typeof navigator !== "undefined" ? navigator.language : "") ?? "en-GB";
}

/** A language given on the command line (`--language`), which wins over the setting. */
export function forcedLanguage(): string | null {
  return forced;
}

/** Records what the back end says of the computer's language (AppInfo). */
export function rememberSystem(info: { systemLocale: string; languageOverride: string | null }): void {
  known = info.systemLocale || null;
  forced = info.languageOverride;
}
