// Shared helpers for the Python conformance corpus (tests/python/*.py).
//
// Each program X.py has expected outputs produced by CPython 3.11 through
// `npm run gen-expected` (tests/gen_expected.py):
//   tests/python/expected/X.out  stdout
//   tests/python/expected/X.err  stderr, with the tests/python dir replaced by <DIR>
//   tests/python/expected/X.rc   exit code
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const TESTS_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_DIR = path.dirname(TESTS_DIR);
export const PY_DIR = path.join(TESTS_DIR, "python");
export const EXPECTED_DIR = path.join(PY_DIR, "expected");
export const KNOWN_FAILURES_FILE = path.join(PY_DIR, "KNOWN_FAILURES");
/** The runtime entry point; PYGIL_BIN in the environment overrides it (e.g. to test another build). */
export const PYGIL_BIN = process.env.PYGIL_BIN ? path.resolve(process.env.PYGIL_BIN) : path.join(REPO_DIR, "bin", "pygil.js");
export const TIMEOUT_MS = 30_000;

export interface RunResult {
  stdout: string;
  stderr: string;
  rc: number | null;
  ms: number;
  timedOut?: boolean;
  /** Why the run failed as a whole (timeout, spawn failure, signal). */
  error?: string;
  /** True when the program could not be started at all (e.g. bin/pygil.js missing). */
  notRun?: boolean;
}

export interface Expected {
  stdout: string;
  stderr: string;
  rc: number;
}

/** Programs in tests/python, sorted; helper modules and package dirs are skipped. */
export function listPrograms(): string[] {
  return readdirSync(PY_DIR)
    .filter((n) => n.endsWith(".py") && !n.startsWith("mod_helper_"))
    .filter((n) => statSync(path.join(PY_DIR, n)).isFile())
    .sort();
}

function stem(name: string): string {
  return name.endsWith(".py") ? name.slice(0, -3) : name;
}

/** Expected results for a program, or null if `npm run gen-expected` has not produced them. */
export function loadExpected(name: string): Expected | null {
  const base = path.join(EXPECTED_DIR, stem(name));
  const files = [".out", ".err", ".rc"].map((e) => base + e);
  if (!files.every((f) => existsSync(f))) return null;
  const [stdout, stderr, rcText] = files.map((f) => readFileSync(f, "utf8"));
  return { stdout, stderr, rc: Number.parseInt(rcText.trim(), 10) };
}

function normalizeStderr(s: string): string {
  return s.split(PY_DIR).join("<DIR>");
}

/** Run one program under pygil. Never rejects. */
export function runProgram(name: string): Promise<RunResult> {
  const start = Date.now();
  return new Promise((resolve) => {
    if (!existsSync(PYGIL_BIN)) {
      resolve({ stdout: "", stderr: "", rc: null, ms: 0, notRun: true, error: `${PYGIL_BIN} does not exist (build the runtime first)` });
      return;
    }
    const env = { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8" };
    let child;
    try {
      child = spawn(process.execPath, [PYGIL_BIN, name], {
        cwd: PY_DIR,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (e) {
      resolve({ stdout: "", stderr: "", rc: null, ms: Date.now() - start, notRun: true, error: `spawn failed: ${String(e)}` });
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    let settled = false;
    let notRun = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, TIMEOUT_MS);
    child.stdout!.on("data", (d: Buffer) => out.push(d));
    child.stderr!.on("data", (d: Buffer) => err.push(d));
    const finish = (rc: number | null, error?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const res: RunResult = {
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: normalizeStderr(Buffer.concat(err).toString("utf8")),
        rc,
        ms: Date.now() - start,
      };
      if (notRun) res.notRun = true;
      if (timedOut) {
        res.timedOut = true;
        res.error = `timed out after ${TIMEOUT_MS / 1000} s`;
      } else if (error) {
        res.error = error;
      }
      resolve(res);
    };
    child.on("error", (e) => {
      notRun = true;
      finish(null, `spawn failed: ${e.message}`);
    });
    child.on("close", (code, signal) => finish(code, signal && !timedOut ? `killed by signal ${signal}` : undefined));
  });
}

const MAX_DIFF_LINES = 8;

function toLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  else lines[lines.length - 1] += "  <no newline at end>";
  return lines;
}

/** A short unified-style diff around the first differing line of two texts. */
export function firstDiff(expected: string, actual: string, context = 2): string {
  if (expected === actual) return "";
  const a = toLines(expected);
  const b = toLines(actual);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const lines: string[] = [`@@ line ${i + 1} @@`];
  for (let k = Math.max(0, i - context); k < i; k++) lines.push(`  ${a[k]}`);
  const half = MAX_DIFF_LINES / 2;
  for (let k = i; k < Math.min(a.length, i + half); k++) lines.push(`- ${a[k]}`);
  if (a.length > i + half) lines.push(`- ... (${a.length - i - half} more lines)`);
  if (i >= a.length) lines.push(a.length === 0 ? "- <no output>" : "- <end of expected>");
  for (let k = i; k < Math.min(b.length, i + half); k++) lines.push(`+ ${b[k]}`);
  if (b.length > i + half) lines.push(`+ ... (${b.length - i - half} more lines)`);
  if (i >= b.length) lines.push(b.length === 0 ? "+ <no output>" : "+ <end of actual>");
  return lines.map((l) => (l.length > 200 ? l.slice(0, 200) + "…" : l)).join("\n");
}

export interface Difference {
  what: "stdout" | "stderr" | "rc" | "run" | "expected";
  message: string;
}

/** Differences between a run and the expected files; empty means the program passes. */
export function compare(name: string, result: RunResult, expected: Expected | null = loadExpected(name)): Difference[] {
  if (!expected) return [{ what: "expected", message: `no expected output for ${name}: run npm run gen-expected` }];
  const diffs: Difference[] = [];
  if (result.error) diffs.push({ what: "run", message: `${name}: ${result.error}` });
  if (result.notRun) return diffs;
  if (result.stdout !== expected.stdout) diffs.push({ what: "stdout", message: `stdout differs\n${firstDiff(expected.stdout, result.stdout)}` });
  if (result.stderr !== expected.stderr) diffs.push({ what: "stderr", message: `stderr differs\n${firstDiff(expected.stderr, result.stderr)}` });
  if (result.rc !== expected.rc) diffs.push({ what: "rc", message: `exit code: expected ${expected.rc}, got ${result.rc}` });
  return diffs;
}

/** KNOWN_FAILURES as a map from program name to reason. */
export function readKnownFailures(file = KNOWN_FAILURES_FILE): Map<string, string> {
  const map = new Map<string, string>();
  if (!existsSync(file)) return map;
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const m = /^(\S+)\s*(.*)$/.exec(line);
    if (m) map.set(m[1], m[2]);
  }
  return map;
}

export const KNOWN_FAILURES_HEADER = `# Known failing conformance programs (tests/python/*.py).
# Format: one program per line: \`name.py  reason text\`. Lines starting with # are comments.
# A listed program is expected to FAIL; when it starts passing, the test fails
# with "remove X from KNOWN_FAILURES" so this list only ever shrinks.
# Regenerate with: node --import tsx tests/run-python.ts --write-known
`;
