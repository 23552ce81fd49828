import { mount } from "svelte";
import App from "./App.svelte";
import { applyTheme, rememberedTheme } from "./lib/theme";
import "./app.css";
import { markStartup } from "./lib/profile";
import { useLanguage } from "./lib/i18n/i18n.svelte";
import { forcedLanguage, rememberSystem, systemLocale } from "./lib/i18n/system";

markStartup("script");

const target = document.getElementById("app");
if (!target) throw new Error("index.html must contain an element with id 'app'");

// Paint in the last chosen theme before the settings arrive from the back end.
applyTheme(rememberedTheme());

// The first screen is shown in the person's language: its messages load before anything is
// drawn (only this language's, only the first screen's; the others follow at once; the startup
// data that names the language was asked for before this script).
const early = await (window.__startupData ?? Promise.resolve(null)).catch(() => null);
if (early) rememberSystem(early.info);
await useLanguage(forcedLanguage() ?? early?.settings?.language ?? "system", systemLocale(), {
  firstScreen: true,
}).catch((error: unknown) => console.error("The language could not be loaded", error));
markStartup("language");

const app = mount(App, { target });
markStartup("mounted");
export default app;
