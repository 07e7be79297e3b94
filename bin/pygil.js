#!/usr/bin/env node
// pygil command line entry. Loads the bundled CLI through a V8 code cache (dist/cli.cache,
// made at build time) so that startup skips parsing and compiling most of the bundle.
import { createRequire } from "node:module";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { fileURLToPath } from "node:url";

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "dist");
const file = path.join(dist, "cli.cjs");
const cacheFile = path.join(dist, "cli.cache");
const argv = process.argv.slice(2);
const writeCache = argv[0] === "--write-code-cache";
if (writeCache) argv.shift();

let cachedData;
try { if (!writeCache) cachedData = fs.readFileSync(cacheFile); } catch { cachedData = undefined; }
const wrapper = "(function (exports, require, module, __filename, __dirname) {" + fs.readFileSync(file, "utf8") + "\n})";
const script = new vm.Script(wrapper, { filename: file, cachedData });
const mod = { exports: {} };
script.runInThisContext()(mod.exports, createRequire(file), mod, file, dist);
const code = await mod.exports.main(argv);
if (writeCache) fs.writeFileSync(cacheFile, script.createCachedData());
process.exit(code);
