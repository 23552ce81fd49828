import { cleanup } from "@testing-library/svelte";
import { afterEach } from "vitest";
import { useLanguage } from "./lib/i18n/i18n.svelte";

// Components show the English catalogue in tests, as on an English system.
await useLanguage("en", "en-GB");

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// jsdom has no matchMedia; uPlot (the Trends charts) reads it when its module loads.
if (typeof window !== "undefined" && typeof window.matchMedia !== "function") {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
