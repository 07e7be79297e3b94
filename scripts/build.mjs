// Bundles the TypeScript sources with esbuild: dist/index.js (ESM library), dist/cli.cjs (the
// command line, CommonJS so that bin/pygil.js can load it through a V8 code cache), and
// dist/cli.cache, the code cache made by running a small program once (it halves startup).
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";

const common = { bundle: true, platform: "node", target: "node20", sourcemap: false, logLevel: "warning" };
await build({ ...common, format: "esm", entryPoints: ["src/index.ts"], outfile: "dist/index.js" });
await build({
  ...common,
  format: "cjs",
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli.cjs",
  banner: { js: "var __pygil_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  define: { "import.meta.url": "__pygil_meta_url" },
});
fs.rmSync("dist/cli.cache", { force: true });
const r = spawnSync(process.execPath, ["bin/pygil.js", "--write-code-cache", "-c", "print(sum(i for i in range(3)))"], { encoding: "utf8" });
if (r.status !== 0) console.warn("pygil build: no code cache:", r.stderr.trim());
