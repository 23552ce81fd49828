import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

/** Scoped-style class names: "s" + four characters of the style's hash (not "svelte-" + seven). */
const styleClasses = new Map();

/** @type {NonNullable<import("svelte/compiler").CompileOptions["cssHash"]>} */
const cssHash = ({ hash, css, filename }) => {
  const full = hash(css);
  const name = `s${full.slice(-4)}`;
  const taken = styleClasses.get(name);
  if (taken && taken.full !== full && taken.filename !== filename) {
    const both = `${taken.filename} and ${filename}`;
    throw new Error(`Scoped style class ${name} would be shared by ${both}: lengthen it in svelte.config.js`);
  }
  styleClasses.set(name, { full, filename });
  return name;
};

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // No `window.__svelte` version marker.
    discloseVersion: false,
    cssHash,
  },
};
