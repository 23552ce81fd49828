import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import type { Plugin } from "vite";

const underTest = Boolean(process.env.VITEST);

/**
 * uPlot hangs its optional extras on the class (`uPlot.join`, `uPlot.paths.stepped/bars/spline`),
 * so no bundler can drop them. The charts use none of them; unhooked, they fall out of the bundle
 * (about 2.4 KB gzipped). Its stylesheet loses the rules for the legend and the title, which no
 * chart shows. Fails the build if a uPlot update changes what is removed.
 */
function uplotWithoutUnusedExtras(): Plugin {
  const hooks = [
    "uPlot.join = join;",
    "(paths.stepped = stepped);",
    "(paths.bars    = bars);",
    "(paths.spline  = monotoneCubic);",
  ];
  const unusedStyle = /\.u-(legend|inline|series|live|title)\b/;
  return {
    name: "uplot-without-unused-extras",
    enforce: "pre",
    transform(code, id) {
      if (id.endsWith("/uplot/dist/uPlot.esm.js")) {
        for (const hook of hooks) {
          if (!code.includes(hook)) this.error(`uPlot changed: "${hook}" not found; update uplotWithoutUnusedExtras`);
          code = code.replace(hook, "");
        }
        return { code, map: null };
      }
      if (id.endsWith("/uplot/dist/uPlot.min.css")) {
        const rules = code.match(/[^{}]+\{[^{}]*\}/g) ?? [];
        const kept = rules.filter((rule) => !unusedStyle.test(rule.slice(0, rule.indexOf("{"))));
        if (kept.length === rules.length) this.error("uPlot's stylesheet changed; update uplotWithoutUnusedExtras");
        return { code: kept.join(""), map: null };
      }
      return null;
    },
  };
}

export default defineConfig({
  plugins: [svelte(), uplotWithoutUnusedExtras()],
  // Tauri prints its own output in the same terminal; keep Vite from wiping it.
  clearScreen: false,
  // Component tests must load Svelte's browser build, not the server one.
  resolve: underTest ? { conditions: ["browser"] } : undefined,
  server: {
    port: 5173,
    // Tauri's devUrl points at this exact port; a silent fallback would show a blank window.
    strictPort: true,
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Linux and macOS run the UI in WebKit; Safari 15 is the oldest engine we support.
    target: "safari15",
    sourcemap: Boolean(process.env.TAURI_ENV_DEBUG),
    // The app's pages load from its own files: no modulepreload links to polyfill.
    modulePreload: { polyfill: false },
    // One stylesheet, also for any script loaded later: a second CSS file compresses on its own
    // (when Trends was loaded apart, its styles in a file of their own cost 0.8 KB more).
    cssCodeSplit: false,
    rolldownOptions: {
      // Safari 15 needs class fields compiled away; assigning public ones (no class here shadows
      // an accessor with a field) spares a defineProperty helper per field.
      transform: { assumptions: { setPublicClassFields: true } },
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test-setup.ts"],
    restoreMocks: true,
  },
});
