import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import ts from "typescript-eslint";
import svelteConfig from "./svelte.config.js";

export default defineConfig(
  { ignores: ["dist/", "node_modules/", "coverage/"] },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: {
      parserOptions: {
        parser: ts.parser,
        extraFileExtensions: [".svelte"],
        svelteConfig,
      },
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // Notes are user text and must always render as text.
      "svelte/no-at-html-tags": "error",
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "uplot", message: "Import uPlot from src/lib/trends/uplot.ts, which guards its locale at load." },
          ],
          patterns: [
            {
              group: ["@tauri-apps/api", "@tauri-apps/api/*"],
              message: "Only src/api/client.ts talks to Tauri; use the typed functions in src/api/.",
            },
            {
              group: ["@tauri-apps/plugin-dialog"],
              message: "Only src/api/dialog.ts opens native dialogs; use askSavePath from src/api/dialog.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    // The save dialog lives in one file; it may import the dialog plugin and nothing else of Tauri.
    files: ["src/api/dialog.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@tauri-apps/api", "@tauri-apps/api/*"],
              message: "Only src/api/client.ts talks to Tauri; use the typed functions in src/api/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/lib/trends/uplot.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["src/api/client.ts", "src/api/client.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
);
