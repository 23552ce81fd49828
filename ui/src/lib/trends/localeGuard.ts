/** See ./uplot.ts: makes `navigator.language` a tag that `Intl` accepts, if it is not. */
export function usableLanguage(tag: string | undefined): string | null {
  try {
    new Intl.NumberFormat(tag);
    return null;
  } catch {
    return new Intl.NumberFormat().resolvedOptions().locale || "en-US";
  }
}

if (typeof navigator !== "undefined") {
  const fallback = usableLanguage(navigator.language);
  if (fallback) {
    Object.defineProperty(navigator, "language", { value: fallback, configurable: true });
  }
}
