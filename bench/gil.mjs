// `npm run bench:gil`: real-clock measurements of pygil's GIL against CPython 3.11's numbers
// (GIL.md): hand-offs per second at 5 ms and 1 ms, threaded vs sequential CPU work, the convoy
// effect of sleep(0.001) beside a spinning thread, and the single-thread cost of threading.
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, "..", "bin", "pygil.js");
const g = (f) => path.join(here, "gil", f);
const REPEAT = Number(process.env.REPEAT || 3);

function run(cmd, args) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return { out: r.stdout, err: r.stderr, ms: performance.now() - t0, rc: r.status };
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function repeat(f) { return median(Array.from({ length: REPEAT }, f)); }
function num(re, s) { const m = re.exec(s); return m ? Number(m[1]) : NaN; }

const rows = [];
for (const [label, interval] of [["hand-offs/s, two CPU threads, 5 ms", null], ["hand-offs/s, two CPU threads, 1 ms", "0.001"]]) {
  const v = repeat(() => {
    const r = run("node", [bin, "--stats", ...(interval ? ["--switch-interval", interval] : []), g("two_cpu_threads.py")]);
    return num(/hand-offs: \d+ .*?, ([\d.]+)\/s/, r.err);
  });
  rows.push([label, v.toFixed(0), interval ? "~700" : "150–230 (192)"]);
}
const seq = repeat(() => num(/sequential ([\d.]+)/, run("node", [bin, g("sequential.py")]).out));
const thr = repeat(() => num(/threaded ([\d.]+)/, run("node", [bin, g("two_cpu_threads.py")]).out));
rows.push(["two CPU threads / sequential (time)", (thr / seq).toFixed(2) + "×", "0.9–1.2×"]);
const conv = repeat(() => num(/median ([\d.]+)/, run("node", [bin, g("convoy.py")]).out));
rows.push(["sleep(0.001) overshoot beside a spinner", conv.toFixed(2) + " ms", "~5.2 ms"]);
const plain = repeat(() => run("node", [bin, g("fib_plain.py")]).ms);
const threaded = repeat(() => run("node", [bin, g("fib_threaded.py")]).ms);
rows.push(["fib(32) with threading imported and a blocked 2nd thread / without", ((threaded / plain - 1) * 100).toFixed(1) + " %", "≤ 5 %"]);

console.log("| measurement (real clock) | pygil | CPython 3.11 / target |");
console.log("|---|---|---|");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
console.log(`\n_${REPEAT} runs each, medians; node ${process.version}_`);
