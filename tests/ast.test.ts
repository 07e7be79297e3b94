// For every program in tests/python/, pygil's ast.dump must equal python3's ast.dump
// (for files that do not parse, both must reject them with the same error type and line).

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "../src/parser/parser.ts";
import { dump } from "../src/parser/dump.ts";

const dir = path.join(import.meta.dirname, "python");
const files: string[] = [];
(function walk(d: string) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory()) { if (e.name !== "expected") walk(path.join(d, e.name)); }
    else if (e.name.endsWith(".py")) files.push(path.join(d, e.name));
  }
})(dir);
files.sort();

const py = spawnSync("python3", ["--version"]);
const havePython = py.status === 0;

// One python3 process dumps every file: far faster than one process per file.
function pythonDumps(): Map<string, string> {
  const script = `
import ast, sys, json
out = {}
for f in sys.argv[1:]:
    src = open(f, encoding="utf-8").read()
    try:
        out[f] = ast.dump(ast.parse(src, f))
    except SyntaxError as e:
        out[f] = "ERROR %s %s" % (type(e).__name__, e.lineno)
print(json.dumps(out))
`;
  const r = spawnSync("python3", ["-c", script, ...files], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  return new Map(Object.entries(JSON.parse(r.stdout)));
}

test("ast.dump matches python3 for every tests/python file", { skip: havePython ? false : "python3 not found" }, () => {
  const want = pythonDumps();
  let matched = 0;
  const mismatches: string[] = [];
  for (const f of files) {
    const src = fs.readFileSync(f, "utf8");
    let got: string;
    try { got = dump(parse(src, f)); } catch (e: any) { got = e && e.pyType ? `ERROR ${e.pyType} ${e.lineno}` : `CRASH ${e}`; }
    if (got === want.get(f)) matched++;
    else mismatches.push(path.relative(dir, f));
  }
  console.log(`# AST files matching: ${matched}/${files.length}`);
  assert.deepEqual(mismatches, [], `ast.dump differs for ${mismatches.length} files`);
});
