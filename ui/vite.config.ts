import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import type { Plugin } from "vite";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const LOCALES = fileURLToPath(new URL("../locales", import.meta.url));

/**
 * The catalogue files the first screen needs (the shell, Today, the welcome, unlocking, reminder
 * banners, errors): loaded before it is drawn. The rest follows right after.
 */
const FIRST_SCREEN = ["app", "common", "errors", "measures", "nav", "notifications", "reminders", "today", "unlock", "welcome"];

/**
 * The catalogue (`locales/<code>/*.ftl`, shared with the Rust side) as two chunks per language:
 * `virtual:locales` maps each code of locales/languages.json to loaders of
 * `virtual:locale/<code>/start` (the files of FIRST_SCREEN) and `…/rest` (every other file), whose
 * default export is those messages as one text. Only the active language is fetched; the others
 * load when chosen.
 */
function catalogue(): Plugin {
  const index = "virtual:locales";
  const prefix = "virtual:locale/";
  const languages = (): string[] =>
    (JSON.parse(readFileSync(join(LOCALES, "languages.json"), "utf8")) as { code: string }[]).map((l) => l.code);
  return {
    name: "fluent-catalogue",
    resolveId(id) {
      return id === index || id.startsWith(prefix) ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${index}`) {
        const entries = languages().map(
          (code) =>
            `${JSON.stringify(code)}: { start: () => import("${prefix}${code}/start"), rest: () => import("${prefix}${code}/rest") }`,
        );
        return `export default { ${entries.join(", ")} };`;
      }
      if (id.startsWith(`\0${prefix}`)) {
        const [code = "", part] = id.slice(prefix.length + 1).split("/");
        if (!/^[a-z]{2,3}$/.test(code) || (part !== "start" && part !== "rest")) this.error(`No catalogue "${id}"`);
        const dir = join(LOCALES, code);
        const files = readdirSync(dir)
          .filter((name) => name.endsWith(".ftl"))
          .filter((name) => FIRST_SCREEN.includes(name.slice(0, -4)) === (part === "start"))
          .sort();
        for (const name of files) this.addWatchFile(join(dir, name));
        // Comments are for translators; the app needs the messages only.
        const text = files
          .map((name) => readFileSync(join(dir, name), "utf8"))
          .join("\n")
          .split("\n")
          .filter((line) => !line.startsWith("#"))
          .join("\n");
        return `export default ${JSON.stringify(text)};`;
      }
      return null;
    },
  };
}

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
  plugins: [svelte(), uplotWithoutUnusedExtras(), catalogue()],
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
    // Each script file brings its own styles: the start file's stylesheet (linked from index.html)
    // has only what the first screen needs; a screen loaded later brings the rest of its own.
    cssCodeSplit: true,
    rolldownOptions: {
      // Safari 15 needs class fields compiled away; assigning public ones (no class here shadows
      // an accessor with a field) spares a defineProperty helper per field.
      transform: { assumptions: { setPublicClassFields: true } },
      output: {
        // Everything loaded before the first paint (the entry and what it imports, statically) in
        // one file, `start-[hash].js`, with one stylesheet: fewer files compressed on their own.
        // Every screen but Today is a file of its own, loaded later (src/App.svelte).
        codeSplitting: { groups: [{ name: "start", tags: ["$initial"] }] },
        // Each language's messages named by language (scripts/sizes.sh reports them).
        chunkFileNames: (chunk) => {
          const messages = /virtual:locale\/(\w+)\/(start|rest)/.exec(chunk.facadeModuleId ?? "");
          return messages ? `assets/messages-${messages[1]}-${messages[2]}-[hash].js` : "assets/[name]-[hash].js";
        },
      },
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test-setup.ts"],
    restoreMocks: true,
  },
});
