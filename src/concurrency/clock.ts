// The two clocks. Real: wall/monotonic time from the host, with a watchdog worker that sets
// the eval breaker at deadlines (CPython's timed waits). Virtual: time advances by a fixed cost
// per check point; sleeps and waits jump it forward; nothing ever waits for real.

import { evalBreaker } from "../runtime/breaker.ts";
import { host } from "../host/host.ts";

export interface Clock {
  readonly virtual: boolean;
  /** Current time in microseconds since the program started. */
  now(): number;
  /** Ask for a check point at (or soon after) time t (µs); Infinity cancels. */
  armAt(t: number): void;
  /** Called at every check point reached through the eval breaker. */
  tick(): void;
  /** Get ready for threads (start the watchdog early: it takes a few ms to boot). */
  prepare(): void;
  /** Nothing runs until time t: jump (virtual) or let the caller wait (real). */
  advanceTo(t: number): void;
  stop(): void;
}

export class VirtualClock implements Clock {
  readonly virtual = true;
  t = 0;
  /** µs of virtual time per check point. */
  cost: number;
  constructor(cost = 1) {
    this.cost = cost;
    // every check point must reach the scheduler so that time advances deterministically
    evalBreaker[0] = 1;
  }
  now() { return this.t; }
  armAt(_t: number) { evalBreaker[0] = 1; }
  tick() { this.t += this.cost; evalBreaker[0] = 1; }
  prepare() {}
  advanceTo(t: number) { if (t > this.t) this.t = t; }
  stop() { evalBreaker[0] = 0; }
}

/** Source of the watchdog worker: sleeps until the armed deadline, then sets the breaker. */
const WATCHDOG_SRC = `
const { workerData } = require("node:worker_threads");
const ctl = new Int32Array(workerData.ctl);
const dl = new Float64Array(workerData.dl);
const brk = new Int32Array(workerData.brk);
const origin = workerData.origin;
const nowMs = () => performance.timeOrigin + performance.now() - origin;
for (;;) {
  const gen = Atomics.load(ctl, 0);
  if (Atomics.load(ctl, 1) === 1) break;
  const d = dl[0];
  if (!(d < Infinity)) { Atomics.wait(ctl, 0, gen); continue; }
  const left = d - nowMs();
  if (left > 0) { Atomics.wait(ctl, 0, gen, left); continue; }
  Atomics.store(brk, 0, 1);
  if (Atomics.load(ctl, 0) === gen) dl[0] = Infinity;
  Atomics.wait(ctl, 0, gen);
}
`;

export class RealClock implements Clock {
  readonly virtual = false;
  private origin: number;
  private ctl: Int32Array | null = null;
  private dl: Float64Array | null = null;
  private worker: any = null;
  private armed = Infinity;
  constructor() {
    this.origin = performance.timeOrigin + performance.now();
  }
  now() { return (performance.timeOrigin + performance.now() - this.origin) * 1000; }
  prepare() { this.ensureWorker(); }
  /** Start the watchdog thread lazily: single-threaded programs never need it. */
  private ensureWorker(): void {
    if (this.worker || typeof SharedArrayBuffer === "undefined") return;
    const wt = nodeWorkerThreads();
    if (!wt) return;
    this.ctl = new Int32Array(new SharedArrayBuffer(8));
    this.dl = new Float64Array(new SharedArrayBuffer(8));
    this.dl[0] = Infinity;
    this.worker = new wt.Worker(WATCHDOG_SRC, {
      eval: true,
      workerData: { ctl: this.ctl.buffer, dl: this.dl.buffer, brk: evalBreaker.buffer, origin: this.origin },
    });
    this.worker.unref();
  }
  armAt(t: number) {
    if (t === this.armed) return;
    this.armed = t;
    if (t === Infinity && !this.worker) return;
    this.ensureWorker();
    if (!this.dl) return;
    this.dl[0] = t / 1000;
    Atomics.add(this.ctl!, 0, 1);
    Atomics.notify(this.ctl!, 0);
  }
  tick() {}
  advanceTo(_t: number) {}
  stop() {
    if (this.worker) {
      Atomics.store(this.ctl!, 1, 1);
      Atomics.add(this.ctl!, 0, 1);
      Atomics.notify(this.ctl!, 0);
      this.worker = null;
    }
  }
}

let wtModule: any = undefined;
/** node:worker_threads when running on Node (set by the host at startup). */
export function setWorkerThreads(m: any) { wtModule = m; }
function nodeWorkerThreads(): any { return wtModule; }

export { host };
