// The UI's Fluent runtime alone, as the app bundles it (the two classes it imports, minified):
// prints its size gzipped (level 9), in bytes. Run from the repository root by scripts/sizes.sh.
import { gzipSync } from "node:zlib";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";

const require = createRequire(join(process.cwd(), "ui/package.json"));
const { rolldown } = await import(require.resolve("rolldown"));
const dir = mkdtempSync(join(tmpdir(), "fluent-size-"));
try {
  const entry = join(dir, "entry.js");
  const bundle = require.resolve("@fluent/bundle");
  writeFileSync(entry, `export { FluentBundle, FluentResource } from ${JSON.stringify(bundle)};\n`);
  const build = await rolldown({ input: entry, logLevel: "silent" });
  const { output } = await build.generate({ format: "esm", minify: true });
  const code = output.map((chunk) => chunk.code ?? "").join("");
  process.stdout.write(String(gzipSync(code, { level: 9 }).length));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
