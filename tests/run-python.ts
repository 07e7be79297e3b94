// Human-friendly conformance runner.
//
//   node --import tsx tests/run-python.ts [filter...] [--write-known] [-j N] [-v]
//
// Prints PASS/FAIL per program (with the first diff lines for failures) and a
// final "N passed, M failed" line. Filters are substrings of program names.
// --write-known rewrites tests/python/KNOWN_FAILURES with the currently failing
// programs (only meaningful without filters), keeping existing reasons and using
// the first differing line as a placeholder reason for new entries.
import { writeFileSync } from "node:fs";
import {
  compare,
  KNOWN_FAILURES_FILE,
  KNOWN_FAILURES_HEADER,
  listPrograms,
  loadExpected,
  readKnownFailures,
  runProgram,
  type Difference,
} from "./pyprog.ts";

const args = process.argv.slice(2);
let writeKnown = false;
let verbose = false;
let jobs = 2;
const filters: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--write-known") writeKnown = true;
  else if (a === "-v" || a === "--verbose") verbose = true;
  else if (a === "-j" || a === "--jobs") jobs = Math.max(1, Number(args[++i]) || 1);
  else if (a === "-h" || a === "--help") {
    console.log("usage: node --import tsx tests/run-python.ts [filter...] [--write-known] [-j N] [-v]");
    process.exit(0);
  } else filters.push(a);
}

if (writeKnown && filters.length) {
  console.error("--write-known needs a full run; drop the filters");
  process.exit(2);
}

const programs = listPrograms().filter((n) => filters.length === 0 || filters.some((f) => n.includes(f)));
const known = readKnownFailures();

function placeholderReason(diffs: Difference[]): string {
  const d = diffs[0];
  if (d.what === "run") return d.message.split("\n")[0].replace(/^\S+\.py: /, "");
  if (d.what === "rc" || d.what === "expected") return d.message.split("\n")[0];
  // first "-"/"+" line of the diff
  const lines = d.message.split("\n");
  const minus = lines.find((l) => l.startsWith("- "));
  const plus = lines.find((l) => l.startsWith("+ "));
  const text = `${d.what}: expected ${JSON.stringify(minus?.slice(2) ?? "")} got ${JSON.stringify(plus?.slice(2) ?? "")}`;
  return text.length > 160 ? text.slice(0, 157) + "..." : text;
}

async function main() {
  const results = new Map<string, Difference[]>();
  let notRun = 0;
  let next = 0;
  let passed = 0;
  let failed = 0;
  let unexpected = 0;
  let nowPassing = 0;
  async function worker() {
    while (next < programs.length) {
      const name = programs[next++];
      const expected = loadExpected(name);
      const result = expected ? await runProgram(name) : { stdout: "", stderr: "", rc: null, ms: 0 };
      const diffs = compare(name, result, expected);
      if ("notRun" in result && result.notRun) notRun++;
      results.set(name, diffs);
      const tag = known.has(name) ? ` (known${known.get(name) ? ": " + known.get(name) : ""})` : "";
      if (diffs.length === 0) {
        passed++;
        if (known.has(name)) nowPassing++;
        console.log(`PASS ${name} ${result.ms}ms${known.has(name) ? "  <- listed in KNOWN_FAILURES, remove it" : ""}`);
      } else {
        failed++;
        if (!known.has(name)) unexpected++;
        console.log(`FAIL ${name}${tag}`);
        if (!known.has(name) || verbose) {
          for (const d of diffs) console.log(d.message.replace(/^/gm, "    "));
        }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(jobs, programs.length || 1) }, worker));
  if (known.size) {
    console.log(`${failed - unexpected} failures listed in KNOWN_FAILURES, ${unexpected} not listed` +
      (nowPassing ? `; ${nowPassing} listed programs now pass (remove them)` : ""));
  }
  console.log(`${passed} passed, ${failed} failed`);

  if (writeKnown) {
    if (notRun === programs.length) {
      console.error("--write-known: no program could be run (is bin/pygil.js built?); KNOWN_FAILURES left unchanged");
      process.exitCode = 2;
      return;
    }
    const lines: string[] = [];
    for (const name of [...results.keys()].sort()) {
      const diffs = results.get(name)!;
      if (diffs.length === 0) continue;
      const reason = known.get(name) || placeholderReason(diffs);
      lines.push(`${name}  ${reason}`.trimEnd());
    }
    writeFileSync(KNOWN_FAILURES_FILE, KNOWN_FAILURES_HEADER + lines.map((l) => l + "\n").join(""));
    console.log(`wrote ${lines.length} entries to ${KNOWN_FAILURES_FILE}`);
  }
  if (unexpected || nowPassing) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
