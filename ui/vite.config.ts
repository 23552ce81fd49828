import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

const underTest = Boolean(process.env.VITEST);

export default defineConfig({
  plugins: [svelte()],
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
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test-setup.ts"],
    restoreMocks: true,
  },
});
