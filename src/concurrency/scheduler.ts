// The scheduler and the GIL (CPython 3.11's ceval_gil.c model). Each Python thread is a stack
// of JS generators; only the GIL holder runs. Threads yield scheduler requests (SchedReq):
// SWITCH at a check point when a drop request is pending (forced drop), BLOCK for a call that
// releases the GIL (sleep, lock, join, I/O: voluntary drop), POLL to let the JS event loop
// deliver I/O completions and signals. Waiters for the GIL set the drop request after the
// switch interval, exactly when CPython's timed wait would.

import type { Gen } from "../runtime/core.ts";
import { SchedReq } from "../runtime/generator.ts";
import { breakHooks, evalBreaker } from "../runtime/breaker.ts";
import { threadState } from "../interp/state.ts";
import { Clock, RealClock, VirtualClock } from "./clock.ts";
import { EventLog, Ev } from "./events.ts";

export const SWITCH = 1, BLOCK = 2, POLL = 3, SLEEP = 4;
export const SWITCH_REQ = new SchedReq(SWITCH);
export const POLL_REQ = new SchedReq(POLL);

/** Why and until when a thread is blocked; woken by `Scheduler.wake` or its deadline. */
export class Waiter {
  thread!: PyThread;
  reason: string;
  /** Absolute deadline on the scheduler clock (µs), or Infinity. */
  deadline: number;
  /** What the blocking call returns when woken (set by wake) or on timeout. */
  value: any = undefined;
  timeoutValue: any;
  done = false;
  /** Describes what is awaited, for the deadlock report ("Lock at 0x..."). */
  what: () => string;
  /** The thread that could release what is awaited, if known. */
  owner: () => PyThread | null;
  /** Called when the wait ends by timeout (remove from a lock's queue...). */
  onTimeout: (() => void) | null = null;
  /** Counts as pending I/O (the host will call wake): no deadlock while it waits. */
  io = false;
  constructor(reason: string, deadline: number, timeoutValue: any = undefined, what: () => string = () => reason, owner: () => PyThread | null = () => null) {
    this.reason = reason;
    this.deadline = deadline;
    this.timeoutValue = timeoutValue;
    this.what = what;
    this.owner = owner;
  }
}

export class PyThread {
  id: number;
  ident: number;
  name: string;
  gen: Generator<any, any, any>;
  state: "gil-wait" | "running" | "blocked" | "done" = "gil-wait";
  resume: any = undefined;
  throwIn: any = undefined;
  waiter: Waiter | null = null;
  daemon: boolean;
  gilSn = 0;
  gilDeadline = Infinity;
  /** --gil off: this thread's own virtual clock (its core's time). */
  vtime = 0;
  /** Saved per-thread interpreter state (threadState fields). */
  depth = 0;
  handling: any = undefined;
  /** Python-level object (threading.Thread) and join waiters. */
  pyObj: any = null;
  joiners: Waiter[] = [];
  /** Called when the thread's generator ends (value or exception). */
  onExit: ((err: any) => void) | null = null;
  constructor(id: number, name: string, gen: Generator<any, any, any>, daemon: boolean) {
    this.id = id;
    this.ident = id === 1 ? 140245187802944 : 140245000000000 + id * 8392704;
    this.name = name;
    this.gen = gen;
    this.daemon = daemon;
  }
}

export interface SchedOptions {
  clock: "real" | "virtual";
  seed: number;
  /** Switch interval in µs (sys.setswitchinterval). */
  interval: number;
  /** --gil off: every check point may switch (simulated free threading on `cores` cores). */
  gil: boolean;
  cores: number;
  /** µs of virtual time per check point. */
  cost: number;
  /** Poll the event loop while computing (the CLI: Ctrl-C must get through). */
  poll?: boolean;
}

/** What the interpreter provides: uncaught exception report and output flushing. */
export interface MainHost {
  reportUncaught(e: any): number;
  flushStdout(): void;
  threadExceptionReport?(t: PyThread, e: any): void;
}

export let sched: Scheduler = null as any;

export class Scheduler {
  clock: Clock;
  log = new EventLog();
  opts: SchedOptions;
  threads: PyThread[] = [];
  main!: PyThread;
  current: PyThread | null = null;
  lastHolder: PyThread | null = null;
  switchNumber = 0;
  dropRequest = false;
  interval: number;
  gilWaiters: PyThread[] = [];
  timed: Waiter[] = [];
  ioPending = 0;
  nextDue = Infinity;
  exitCode = 0;
  mainDone = false;
  pendingSignal = false;
  /** Set when something outside the interpreter (a SIGINT handler) needs the event loop. */
  pollWanted = false;
  private rng: number;
  private nextId = 1;
  private host: MainHost;
  private resolve!: (code: number) => void;
  private idleTimer: any = null;
  private running = false;

  constructor(host: MainHost, opts: SchedOptions) {
    this.host = host;
    this.opts = opts;
    this.interval = opts.interval;
    this.clock = opts.clock === "virtual" ? new VirtualClock(opts.cost) : new RealClock();
    this.rng = (opts.seed >>> 0) || 1;
    this.log.gilEvents = opts.gil;
    this.pollWanted = !!opts.poll;
  }

  /** The switch interval in µs as CPython stores it (sys.setswitchinterval); at least 1 in use. */
  setInterval(us: number): void { this.interval = Math.max(1, us); this.rawInterval = us; }
  rawInterval = 5000;

  /** Deterministic PRNG (xorshift32) used to pick among GIL waiters: no FIFO fairness. */
  random(n: number): number {
    let x = this.rng;
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    this.rng = x >>> 0;
    return this.rng % n;
  }

  now(): number { return this.clock.now(); }

  // --- threads --------------------------------------------------------------------------------

  spawn(name: string, gen: Generator<any, any, any>, daemon: boolean): PyThread {
    const t = new PyThread(this.nextId++, name, gen, daemon);
    t.vtime = this.now();
    this.threads.push(t);
    this.log.names.set(t.id, name);
    this.log.record(Ev.ThreadStart, this.now(), t.id, this.switchNumber, name);
    if (this.threads.length > 1) installBreakHandler();
    this.requestGil(t);
    return t;
  }

  run(mainGen: Generator<any, any, any>): Promise<number> {
    sched = this;
    installBreakHandler();
    return new Promise((resolve) => {
      this.resolve = resolve;
      this.main = this.spawn("MainThread", mainGen, false);
      this.loop();
    });
  }

  // --- the GIL ----------------------------------------------------------------------------------

  requestGil(t: PyThread): void {
    t.state = "gil-wait";
    this.gilWaiters.push(t);
    const now = this.now();
    t.gilSn = this.switchNumber;
    t.gilDeadline = now + this.interval;
    this.log.record(Ev.Request, now, t.id, this.switchNumber);
    if (this.current !== null) this.setDue(t.gilDeadline);
  }

  takeGil(t: PyThread): void {
    const i = this.gilWaiters.indexOf(t);
    if (i >= 0) this.gilWaiters.splice(i, 1);
    this.current = t;
    t.state = "running";
    if (this.lastHolder !== t) { this.lastHolder = t; this.switchNumber++; }
    this.dropRequest = false; // the new holder gets a clean slice
    threadState.depth = t.depth;
    threadState.handling = t.handling;
    this.log.record(Ev.Acquire, this.now(), t.id, this.switchNumber);
    // the remaining waiters restart their timed wait
    const now = this.now();
    for (const w of this.gilWaiters) { w.gilSn = this.switchNumber; w.gilDeadline = now + this.interval; }
    this.recomputeDue();
  }

  dropGil(forced: boolean): PyThread {
    const t = this.current!;
    t.depth = threadState.depth;
    t.handling = threadState.handling;
    this.lastHolder = t;
    this.current = null;
    this.log.record(forced ? Ev.DropForced : Ev.DropVoluntary, this.now(), t.id, this.switchNumber);
    return t;
  }

  /** Pick the next GIL holder among the waiters, never `exclude` (forced switching). */
  pickWaiter(exclude: PyThread | null): PyThread | null {
    const cands = exclude ? this.gilWaiters.filter((w) => w !== exclude) : this.gilWaiters;
    if (cands.length === 0) return null;
    if (!this.opts.gil) {
      // free threading: the thread whose core is furthest behind runs next
      let best = cands[0];
      for (const c of cands) if (c.vtime < best.vtime || (c.vtime === best.vtime && this.random(2) === 0)) best = c;
      return best;
    }
    return cands.length === 1 ? cands[0] : cands[this.random(cands.length)];
  }

  // --- deadlines: timed waits for the GIL and blocked threads' timeouts -------------------------

  setDue(t: number): void {
    if (t < this.nextDue) { this.nextDue = t; this.clock.armAt(t); }
  }
  recomputeDue(): void {
    let due = Infinity;
    if (this.current !== null) for (const w of this.gilWaiters) if (w.gilDeadline < due) due = w.gilDeadline;
    for (const w of this.timed) if (!w.done && w.deadline < due) due = w.deadline;
    this.nextDue = due;
    this.clock.armAt(due);
  }

  /** Expire due timeouts and GIL-waiter intervals. Cheap when nothing is due. */
  service(): void {
    const now = this.now();
    if (now < this.nextDue) return;
    if (this.timed.length) {
      const due = this.timed.filter((w) => !w.done && w.deadline <= now);
      if (due.length) {
        this.timed = this.timed.filter((w) => !w.done && w.deadline > now);
        due.sort((a, b) => a.deadline - b.deadline);
        for (const w of due) this.finishWait(w, w.timeoutValue, true);
      }
    }
    if (this.current !== null) {
      for (const w of this.gilWaiters) {
        if (w.gilDeadline > now) continue;
        if (w.gilSn === this.switchNumber && !this.dropRequest) {
          this.dropRequest = true;
          this.log.record(Ev.DropRequest, now, w.id, this.switchNumber);
        }
        w.gilSn = this.switchNumber;
        w.gilDeadline = now + this.interval;
      }
    }
    this.recomputeDue();
  }

  // --- blocking ---------------------------------------------------------------------------------

  /** Called from a thread (inside its generator): block until woken or the deadline. */
  *block(w: Waiter): Gen<any> {
    return yield new SchedReq(BLOCK, w);
  }

  /** End a wait: the thread gets `value` and goes back to waiting for the GIL. */
  wake(w: Waiter, value: any): void {
    if (w.done) return;
    this.finishWait(w, value, false);
    this.recomputeDue();
    if (!this.running) this.kick();
  }

  private finishWait(w: Waiter, value: any, timedOut: boolean): void {
    w.done = true;
    w.value = value;
    if (timedOut && w.onTimeout) w.onTimeout();
    if (w.io) this.ioPending--;
    const t = w.thread;
    t.waiter = null;
    t.resume = value;
    this.log.record(Ev.BlockEnd, this.now(), t.id, this.switchNumber, w.reason);
    if (t.vtime < this.now()) t.vtime = this.now();
    this.requestGil(t);
  }

  // --- the run loop -----------------------------------------------------------------------------

  /** Resume the loop from the event loop (a timer fired, I/O completed). */
  kick(): void {
    if (this.idleTimer !== null) { clearTimeout(this.idleTimer); this.idleTimer = null; }
    setImmediate(() => this.loop());
  }

  loop(): void {
    if (this.running) return;
    this.running = true;
    try {
      this.loopInner();
    } finally {
      this.running = false;
    }
  }

  private loopInner(): void {
    for (;;) {
      if (this.current === null) {
        // the main thread is done and only daemon threads are left: they are abandoned
        if (this.allDone()) return this.finish();
        this.service();
        if (this.pendingSignal) this.deliverSignal();
        const next = this.pickWaiter(null);
        if (next === null) {
          if (this.allDone()) return this.finish();
          const due = this.earliestTimeout();
          if (due === Infinity && this.ioPending === 0) return this.deadlock();
          if (this.clock.virtual && this.ioPending === 0) { this.clock.advanceTo(due); this.nextDue = -Infinity; continue; }
          // idle until the next timeout or an I/O completion: no busy waiting
          const ms = due === Infinity ? 2 ** 31 - 1 : Math.max(0, (due - this.now()) / 1000);
          this.idleTimer = setTimeout(() => { this.idleTimer = null; this.nextDue = -Infinity; this.loop(); }, ms);
          return;
        }
        this.takeGil(next);
      }
      const t = this.current!;
      let r: IteratorResult<any>;
      try {
        if (t.throwIn !== undefined) { const e = t.throwIn; t.throwIn = undefined; r = t.gen.throw(e); }
        else { const v = t.resume; t.resume = undefined; r = t.gen.next(v); }
      } catch (e) {
        this.threadExit(t, e, true);
        continue;
      }
      if (r.done) { this.threadExit(t, r.value, false); continue; }
      const req = r.value as SchedReq;
      switch (req.kind) {
        case SWITCH: {
          const next = this.pickWaiter(t);
          if (next === null) { this.dropRequest = false; break; }
          this.dropGil(true);
          this.requestGil(t);
          this.takeGil(next);
          break;
        }
        case BLOCK: {
          const w = req.arg as Waiter;
          w.thread = t;
          t.waiter = w;
          this.dropGil(false);
          t.state = "blocked";
          this.log.record(Ev.BlockBegin, this.now(), t.id, this.switchNumber, w.reason);
          if (w.io) this.ioPending++;
          if (w.deadline < Infinity) { this.timed.push(w); this.setDue(w.deadline); }
          if (w.deadline <= this.now()) this.nextDue = -Infinity;
          break;
        }
        case SLEEP: {
          // time.sleep(secs): a blocking call with only a deadline
          const secs = Number(req.arg);
          const w = new Waiter("sleep", this.now() + secs * 1e6, undefined, () => `sleep(${secs})`);
          w.thread = t;
          t.waiter = w;
          this.dropGil(false);
          t.state = "blocked";
          this.log.record(Ev.BlockBegin, this.now(), t.id, this.switchNumber, "sleep");
          this.timed.push(w);
          this.setDue(w.deadline);
          if (w.deadline <= this.now()) this.nextDue = -Infinity;
          break;
        }
        case POLL:
          // let the event loop run (I/O callbacks, signals), then continue
          setImmediate(() => this.loop());
          return;
        default:
          throw new Error(`pygil: unknown scheduler request ${req.kind}`);
      }
    }
  }

  private earliestTimeout(): number {
    let due = Infinity;
    for (const w of this.timed) if (!w.done && w.deadline < due) due = w.deadline;
    return due;
  }

  private allDone(): boolean {
    if (!this.mainDone) return false;
    return this.threads.every((t) => t.state === "done" || t.daemon);
  }

  private threadExit(t: PyThread, v: any, isError: boolean): void {
    this.dropGil(false);
    t.state = "done";
    this.log.record(Ev.ThreadEnd, this.now(), t.id, this.switchNumber, t.name);
    if (t === this.main) {
      this.mainDone = true;
      if (isError) this.exitCode = this.host.reportUncaught(v);
      else this.host.flushStdout();
    } else if (isError) {
      if (this.host.threadExceptionReport) this.host.threadExceptionReport(t, v);
    }
    if (t.onExit) t.onExit(isError ? v : undefined);
    for (const j of t.joiners) this.wake(j, true);
    t.joiners = [];
  }

  private finish(): void {
    this.clock.stop();
    this.host.flushStdout();
    sched = this;
    this.resolve(this.exitCode);
  }

  private deadlock(): void {
    const lines = ["pygil: deadlock: every thread is blocked and nothing can wake them (CPython would hang here)"];
    for (const t of this.threads) {
      if (t.state !== "blocked" || !t.waiter) continue;
      const w = t.waiter;
      const owner = w.owner();
      lines.push(`  ${t.name} waits for ${w.what()}${owner ? `, held by ${owner.name}` : ""}`);
    }
    this.host.flushStdout();
    process.stderr.write(lines.join("\n") + "\n");
    this.exitCode = 1;
    this.finish();
  }

  /** Ctrl-C: KeyboardInterrupt in the main thread (interrupting a blocking call). */
  deliverSignal(): void {
    const m = this.main;
    if (!m || m.state === "done") { this.pendingSignal = false; return; }
    if (m.state === "blocked" && m.waiter) {
      this.pendingSignal = false;
      const w = m.waiter;
      w.done = true;
      if (w.onTimeout) w.onTimeout();
      if (w.io) this.ioPending--;
      this.timed = this.timed.filter((x) => x !== w);
      m.waiter = null;
      m.throwIn = makeKeyboardInterrupt();
      this.log.record(Ev.BlockEnd, this.now(), m.id, this.switchNumber, w.reason);
      this.requestGil(m);
    }
    // otherwise the main thread raises it at its next check point (onBreak)
  }
}

let makeKeyboardInterrupt: () => any = () => new Error("KeyboardInterrupt");
export function setKeyboardInterruptFactory(f: () => any) { makeKeyboardInterrupt = f; }

/** The eval-breaker handler run at check points in the running thread. */
function* onBreak(): Gen<void> {
  const s = sched;
  if (!s.opts.gil) { yield* freeThreadedStep(s); return; }
  if (!s.clock.virtual) evalBreaker[0] = 0;
  s.clock.tick();
  s.service();
  if (s.pendingSignal) {
    if (s.current === s.main) {
      s.pendingSignal = false;
      throw makeKeyboardInterrupt();
    }
    // the main thread is blocked (join, lock...): interrupt its wait; it raises once it runs
    if (s.main.state === "blocked") s.deliverSignal();
  }
  if (s.dropRequest && s.gilWaiters.length) yield SWITCH_REQ;
  else if (s.ioPending > 0 && !s.clock.virtual) yield POLL_REQ;
}

/**
 * --gil off (a simulation of free-threaded CPython on `cores` virtual cores): every check point
 * is a possible interleaving point. Each thread advances its own core's clock; with more ready
 * threads than cores they share the cores; the thread furthest behind runs next.
 */
function* freeThreadedStep(s: Scheduler): Gen<void> {
  const t = s.current!;
  const ready = s.gilWaiters.length + 1;
  t.vtime += s.opts.cost * Math.max(1, ready / s.opts.cores);
  let min = t.vtime;
  for (const w of s.gilWaiters) if (w.vtime < min) min = w.vtime;
  s.clock.advanceTo(min);
  s.nextDue = Math.min(s.nextDue, s.now());
  s.service();
  if (s.pendingSignal && s.current === s.main) { s.pendingSignal = false; throw makeKeyboardInterrupt(); }
  for (const w of s.gilWaiters) if (w.vtime < t.vtime) { yield SWITCH_REQ; return; }
}

let installed = false;
let lastPoll = 0;
/** Poll the event loop at least every 50 ms of computing (real clock), for Ctrl-C and I/O. */
function tick(): boolean {
  const s = sched;
  if (s.clock.virtual || !s.pollWanted) return false;
  const now = performance.now();
  if (now - lastPoll < 50) return false;
  lastPoll = now;
  return true;
}
function* poll(): Gen<void> { yield POLL_REQ; }
function installBreakHandler(): void {
  if (installed) return;
  installed = true;
  breakHooks.handle = onBreak;
  breakHooks.tick = tick;
  breakHooks.poll = poll;
}

/** Run a program's main generator with the default scheduler options (used by the CLI). */
export function defaultOptions(): SchedOptions {
  return { clock: "real", seed: 1, interval: 5000, gil: true, cores: 1, cost: 0.1 };
}
