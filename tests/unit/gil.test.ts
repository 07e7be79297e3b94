// The GIL model on the virtual clock: GIL.md's four counter rows (3.11 check points), the 3.9
// switch points and the free-threading simulation losing updates, determinism per seed (output
// and trace byte for byte), and the deadlock report.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin/pygil.js");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pygil-gil-"));

function pygil(args: string[], src: string, name = "prog.py") {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, src);
  const r = spawnSync("node", [bin, ...args, f], { encoding: "utf8", timeout: 60000, cwd: tmp });
  return { out: r.stdout, err: r.stderr, rc: r.status };
}
function python(src: string) {
  const f = path.join(tmp, "oracle.py");
  fs.writeFileSync(f, src);
  return spawnSync("python3", [f], { encoding: "utf8", timeout: 60000 }).stdout;
}

const N = 200000;
const counter = (body: string, setup = "") => `
import threading
${setup}
counter = 0
def work():
    global counter
    for _ in range(${N}):
        ${body}
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
`;
const VIRT = ["--clock", "virtual", "--seed", "7"];

test("counter += 1 is exact with 3.11 check points (as CPython 3.11)", () => {
  const src = counter("counter += 1");
  const r = pygil(VIRT, src);
  assert.equal(r.rc, 0, r.err);
  assert.equal(r.out, python(src));
  assert.equal(r.out.trim(), String(2 * N));
});

test("o.x += 1 is exact with 3.11 check points", () => {
  const src = `
import threading
class O: pass
o = O(); o.x = 0
def work():
    for _ in range(${N}):
        o.x += 1
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(o.x)
`;
  const r = pygil(VIRT, src);
  assert.equal(r.rc, 0, r.err);
  assert.equal(r.out, python(src));
});

test("counter += one() loses updates (switch at the callee's entry)", () => {
  const r = pygil(VIRT, counter("counter += one()", "def one():\n    return 1"));
  assert.equal(r.rc, 0, r.err);
  assert.ok(Number(r.out) < 2 * N, `expected lost updates, got ${r.out}`);
});

test("counter = counter + abs(1) loses updates (switch after a builtin call)", () => {
  const r = pygil(VIRT, counter("counter = counter + abs(1)"));
  assert.equal(r.rc, 0, r.err);
  assert.ok(Number(r.out) < 2 * N, `expected lost updates, got ${r.out}`);
});

test("--switch-points 3.9 loses updates on counter += 1", () => {
  const r = pygil([...VIRT, "--switch-points", "3.9"], counter("counter += 1"));
  assert.equal(r.rc, 0, r.err);
  assert.ok(Number(r.out) < 2 * N, `expected lost updates, got ${r.out}`);
});

test("--gil off (simulation) loses updates on counter += 1", () => {
  const r = pygil([...VIRT, "--gil", "off", "--cores", "2", "--stats"], counter("counter += 1"));
  assert.equal(r.rc, 0, r.err);
  assert.ok(Number(r.out) < 2 * N, `expected lost updates, got ${r.out}`);
  assert.match(r.err, /SIMULATION/);
});

test("--gil off needs the virtual clock", () => {
  const r = pygil(["--gil", "off"], "print(1)\n");
  assert.equal(r.rc, 2);
  assert.match(r.err, /needs --clock virtual/);
});

test("same seed, same interleaving: a racy program's output and trace are byte-identical", () => {
  const src = counter("counter += one()", "def one():\n    return 1");
  const runs = [1, 2].map((k) => {
    const tr = path.join(tmp, `trace${k}.json`);
    const r = pygil([...VIRT, "--trace", tr], src);
    assert.equal(r.rc, 0, r.err);
    return { out: r.out, trace: fs.readFileSync(tr, "utf8") };
  });
  assert.equal(runs[0].out, runs[1].out);
  assert.equal(runs[0].trace, runs[1].trace);
  const other = pygil(["--clock", "virtual", "--seed", "8"], src);
  assert.equal(other.rc, 0);
  const ev = JSON.parse(runs[0].trace).traceEvents;
  assert.ok(ev.some((e: any) => e.name === "holding GIL"), "trace has GIL spans");
  assert.ok(ev.some((e: any) => e.name === "drop_request"), "trace has drop requests");
});

test("two locks taken in opposite orders end with a deadlock report within 1 s", () => {
  const src = `
import threading, time
a = threading.Lock(); b = threading.Lock()
def one():
    with a:
        time.sleep(0.05)
        with b: pass
def two():
    with b:
        time.sleep(0.05)
        with a: pass
t1 = threading.Thread(target=one); t2 = threading.Thread(target=two)
t1.start(); t2.start(); t1.join(); t2.join()
print("unreachable")
`;
  const start = Date.now();
  const r = pygil([], src);
  const ms = Date.now() - start;
  assert.equal(r.rc, 1);
  assert.equal(r.out, "");
  assert.match(r.err, /deadlock/);
  assert.match(r.err, /Thread-1 \(one\) waits for Lock at 0x[0-9a-f]+, held by Thread-2 \(two\)/);
  assert.ok(ms < 1000 + 500, `took ${ms} ms`);
});

test("sys.setswitchinterval validates as CPython", () => {
  const src = `
import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError", e)
`;
  const r = pygil([], src);
  assert.equal(r.err, "");
  assert.equal(r.out, python(src));
});

test("input() releases the GIL: another thread keeps running while main waits for a line", async () => {
  const { spawn } = await import("node:child_process");
  const f = path.join(tmp, "input.py");
  fs.writeFileSync(f, `
import threading, time
ticks = 0
stop = False
def worker():
    global ticks
    while not stop:
        time.sleep(0.01)
        ticks += 1
t = threading.Thread(target=worker); t.start()
print("ready", flush=True)
start = ticks
line = input()
stop = True
t.join()
print(line, ticks - start > 5)
`);
  // the line arrives 300 ms after the program is waiting for it: the worker must tick meanwhile
  const child = spawn("node", [bin, f], { stdio: ["pipe", "pipe", "pipe"] });
  let out = "", err = "";
  child.stderr.on("data", (d) => { err += d; });
  const code: number = await new Promise((resolve) => {
    child.stdout.on("data", (d) => {
      out += d;
      if (out === "ready\n") setTimeout(() => child.stdin.end("Ada\n"), 300);
    });
    child.on("exit", (c) => resolve(c ?? -1));
  });
  assert.equal(out, "ready\nAda True\n", err);
  assert.equal(code, 0);
});

test("Ctrl-C raises KeyboardInterrupt in the main thread while another thread computes", async () => {
  const { spawn } = await import("node:child_process");
  const f = path.join(tmp, "sigint.py");
  fs.writeFileSync(f, `
import threading
def spin():
    x = 0
    while True:
        x += 1
t = threading.Thread(target=spin, daemon=True)
t.start()
print("ready", flush=True)
try:
    t.join()
except KeyboardInterrupt:
    print("KeyboardInterrupt in main")
`);
  const child = spawn("node", [bin, f], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const code: number = await new Promise((resolve) => {
    child.stdout.on("data", (d) => {
      out += d;
      if (out.includes("ready")) setTimeout(() => child.kill("SIGINT"), 200);
    });
    child.on("exit", (c) => resolve(c ?? -1));
  });
  assert.equal(out, "ready\nKeyboardInterrupt in main\n");
  assert.equal(code, 0);
});
