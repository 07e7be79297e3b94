// Conformance tests: every tests/python/X.py run under pygil must reproduce
// CPython 3.11's stdout, stderr and exit code (tests/python/expected/X.*).
// Programs listed in tests/python/KNOWN_FAILURES must still fail.
//
// Run: node --import tsx --test tests/python.test.ts
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { compare, listPrograms, loadExpected, readKnownFailures, runProgram } from "./pyprog.ts";

const known = readKnownFailures();
const programs = listPrograms();

describe("python conformance", { concurrency: 2 }, () => {
  for (const name of programs) {
    test(name, async () => {
      const expected = loadExpected(name);
      if (!expected) assert.fail(`no expected output for ${name}: run npm run gen-expected`);
      const result = await runProgram(name);
      const diffs = compare(name, result, expected);
      if (known.has(name)) {
        if (diffs.length === 0) assert.fail(`${name} now passes: remove ${name} from KNOWN_FAILURES`);
        return;
      }
      if (diffs.length) assert.fail(`${name} (${result.ms} ms):\n` + diffs.map((d) => d.message).join("\n"));
    });
  }
});

test("KNOWN_FAILURES lists only existing programs", () => {
  const all = new Set(programs);
  const stale = [...known.keys()].filter((n) => !all.has(n));
  assert.deepEqual(stale, [], `KNOWN_FAILURES names programs that do not exist: ${stale.join(", ")}`);
});
