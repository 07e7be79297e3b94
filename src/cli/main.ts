// The `pygil` command line: `pygil [options] FILE [args]`, `pygil -c CODE [args]`, plus the
// options that choose and show the GIL model (clock, seed, switch points, GIL off, stats, trace).

import * as fs from "node:fs";
import * as workerThreads from "node:worker_threads";
import { setHost, host } from "../host/host.ts";
import { nodeHost } from "../host/node.ts";
import { setWorkerThreads } from "../concurrency/clock.ts";
import "../runtime/index.ts";
import "../stdlib/index.ts";
import { Interpreter } from "../interp/interpreter.ts";
import { compileOptions } from "../interp/compile.ts";
import { formatStats } from "../trace/stats.ts";
import { chromeTrace } from "../trace/chrome.ts";
import { evalBreaker } from "../runtime/breaker.ts";

function evalBreakerSet() { evalBreaker[0] = 1; }

const HELP = `usage: pygil [option] ... [-c cmd | file] [arg] ...
Runs a Python 3.11 program on pygil, a runtime with a faithful model of CPython's GIL.

Options:
  -c cmd                  program passed in as string
  -V, --version           print the Python version number and exit
  -h, --help              print this help message and exit

The GIL model:
  --clock real|virtual    real time (default) or a deterministic virtual clock
  --seed N                seed for the virtual clock's scheduling choices (default 1)
  --cost US               virtual µs per check point (default 0.1)
  --switch-interval S     the switch interval in seconds (default 0.005, as sys.setswitchinterval)
  --switch-points 3.11|3.9
                          where threads may switch: CPython 3.11's check points (default), or
                          also between the load, operate and store steps as CPython <= 3.9
  --gil on|off            off: a SIMULATION of free-threaded CPython (needs --clock virtual)
  --cores N               virtual cores for --gil off (default 2)

Seeing it:
  --stats                 print per-thread GIL statistics to stderr at exit
  --trace FILE            write the GIL events as a Chrome/Perfetto trace (JSON)
`;

function fail(msg: string): number {
  host.writeErr(`pygil: ${msg}\n`);
  return 2;
}

export async function main(argv: string[]): Promise<number> {
  setHost(nodeHost);
  setWorkerThreads(workerThreads);
  let clock: "real" | "virtual" = "real", seed = 1, cost = 0.1, interval = 5000, gil = true, cores = 2;
  let stats = false, trace: string | null = null, code: string | null = null;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { if (i + 1 >= argv.length) throw new Error(`option ${a} needs a value`); return argv[++i]; };
    try {
      if (a === "--version" || a === "-V") { host.writeOut("Python 3.11.7 (pygil 0.1.0)\n"); return 0; }
      if (a === "--help" || a === "-h") { host.writeOut(HELP); return 0; }
      if (a === "-c") { code = val(); i++; break; }
      if (a === "--clock") { const v = val(); if (v !== "real" && v !== "virtual") return fail("--clock must be real or virtual"); clock = v; continue; }
      if (a === "--seed") { seed = Number(val()); if (!Number.isInteger(seed)) return fail("--seed needs an integer"); continue; }
      if (a === "--cost") { cost = Number(val()); if (!(cost > 0)) return fail("--cost must be a positive number of µs"); continue; }
      if (a === "--switch-interval") { const s = Number(val()); if (!(s > 0)) return fail("--switch-interval must be a positive number of seconds"); interval = Math.max(1, Math.floor(s * 1e6)); continue; }
      if (a === "--switch-points") { const v = val(); if (v !== "3.11" && v !== "3.9") return fail("--switch-points must be 3.11 or 3.9"); compileOptions.fineChecks = v === "3.9"; continue; }
      if (a === "--gil") { const v = val(); if (v !== "on" && v !== "off") return fail("--gil must be on or off"); gil = v === "on"; continue; }
      if (a === "--cores") { cores = Number(val()); if (!Number.isInteger(cores) || cores < 1) return fail("--cores needs a positive integer"); continue; }
      if (a === "--stats") { stats = true; continue; }
      if (a === "--trace") { trace = val(); continue; }
    } catch (e: any) {
      return fail(e.message);
    }
    if (a.startsWith("-") && a !== "-") return fail(`unknown option ${a}\n${HELP}`);
    break;
  }
  if (!gil) {
    if (clock !== "virtual") return fail("--gil off is a simulation and needs --clock virtual");
    compileOptions.fineChecks = true;
  }
  let interp: Interpreter | null = null;
  let run: Promise<number>;
  // Ctrl-C: KeyboardInterrupt in the main thread at its next check point
  const onSigint = () => {
    const s = interp?.scheduler;
    if (!s) process.exit(130);
    s.pendingSignal = true;
    evalBreakerSet();
    s.kick();
  };
  process.on("SIGINT", onSigint);
  if (code !== null) {
    interp = new Interpreter(["-c", ...argv.slice(i)]);
    interp.path.items.unshift("");
    interp.schedOpts = { clock, seed, interval, gil, cores, cost, poll: true };
    run = interp.runMain(code, "<string>");
  } else {
    if (i >= argv.length) return fail("the REPL is not available yet; pass a file or -c");
    const file = argv[i];
    const src = host.readText(file);
    if (src === null) {
      host.writeErr(`pygil: can't open file '${host.resolve(file)}': [Errno 2] No such file or directory\n`);
      return 2;
    }
    interp = new Interpreter([file, ...argv.slice(i + 1)]);
    interp.schedOpts = { clock, seed, interval, gil, cores, cost, poll: true };
    run = interp.runFile(file, src);
  }
  const rc = await run;
  process.off("SIGINT", onSigint);
  const s = interp!.scheduler;
  if (s && (stats || trace)) {
    const end = s.now();
    const label = !gil ? `SIMULATION: free-threaded CPython on ${cores} virtual cores, seed ${seed}` : clock === "virtual" ? `virtual clock, seed ${seed}` : "real clock";
    if (stats) host.writeErr(formatStats(s.log, end, label));
    if (trace) fs.writeFileSync(trace, chromeTrace(s.log, end, label));
  }
  return rc;
}
