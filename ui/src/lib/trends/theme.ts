/**
 * Chart colours come from CSS custom properties, read when a chart draws, so the light and dark
 * themes (and a theme switch while the screen is open) need no second palette in code.
 */
export interface ChartColours {
  text: string;
  muted: string;
  grid: string;
  axis: string;
  surface: string;
  accent: string;
  done: string;
  planned: string;
  series: (cssVar: string) => string;
}

/** The chart colours as computed for `element` right now. */
export function chartColours(element: Element): ChartColours {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read("--text", "#1d2226"),
    muted: read("--muted", "#575f66"),
    grid: read("--chart-grid", "rgba(128, 128, 128, 0.18)"),
    axis: read("--border-strong", "#8a867d"),
    surface: read("--surface", "#ffffff"),
    accent: read("--accent", "#2b7a69"),
    done: read("--chart-done", "#2b7a69"),
    planned: read("--chart-planned", "#575f66"),
    series: (cssVar) => read(cssVar, "#1d2226"),
  };
}

/** Calls `redraw` when the theme changes: Settings' choice on <html> or the system preference. */
export function onThemeChange(redraw: () => void): () => void {
  const observer = new MutationObserver(() => redraw());
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  const media = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;
  media?.addEventListener("change", redraw);
  return () => {
    observer.disconnect();
    media?.removeEventListener("change", redraw);
  };
}

/** `rgb(…)`/`#rrggbb` with an alpha, for the thin daily line under the thick rolling one. */
export function withAlpha(colour: string, alpha: number): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour.trim());
  if (hex?.[1]) {
    const n = parseInt(hex[1], 16);
    return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
  }
  const rgb = /^rgba?\(([^)]+)\)$/i.exec(colour.trim());
  if (rgb?.[1]) {
    const [r, g, b] = rgb[1].split(/[\s,/]+/);
    return `rgba(${r}, ${g}, ${b}, ${alpha})`;
  }
  return colour;
}
