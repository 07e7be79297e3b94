// Bundles the TypeScript sources into dist/ with esbuild (one file each for the CLI and library).
import { build } from "esbuild";

const common = { bundle: true, platform: "node", format: "esm", target: "node20", sourcemap: false, logLevel: "warning" };
await build({ ...common, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js" });
await build({ ...common, entryPoints: ["src/index.ts"], outfile: "dist/index.js" });
