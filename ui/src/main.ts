import { mount } from "svelte";
import App from "./App.svelte";
import { applyTheme, rememberedTheme } from "./lib/theme";
import "./app.css";
import { markStartup } from "./lib/profile";

markStartup("script");

const target = document.getElementById("app");
if (!target) throw new Error("index.html must contain an element with id 'app'");

// Paint in the last chosen theme before the settings arrive from the back end.
applyTheme(rememberedTheme());

const app = mount(App, { target });
markStartup("mounted");
export default app;
