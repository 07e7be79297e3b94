// The eval breaker: one shared Int32 word that generated code tests at CPython 3.11's check
// points (function entry, taken back-edges, after calls to non-Python callables). Anything that
// wants the running thread's attention (GIL drop request, signal, pending call) sets it; the
// concurrency layer installs what runs when it is set.

import type { Gen } from "./core.ts";

const buf = typeof SharedArrayBuffer !== "undefined" ? new SharedArrayBuffer(16) : new ArrayBuffer(16);
/**
 * [0]: non-zero when any request is pending (shared with the watchdog worker).
 * [1]: a countdown of check points, touched only by the interpreter thread: when it runs out
 * the scheduler gets a chance to look at the clock (to let the event loop deliver Ctrl-C and
 * I/O even while one thread computes alone, with no watchdog running).
 */
export const evalBreaker = new Int32Array(buf);
export const TICKS = 20000;
evalBreaker[1] = TICKS;

/** Installed by the scheduler; runs at a check point when evalBreaker[0] !== 0. */
export const breakHooks = {
  handle: function* (): Gen<void> { evalBreaker[0] = 0; },
  /** Called when the countdown runs out; true when the scheduler wants to poll the event loop. */
  tick: (): boolean => false,
  poll: function* (): Gen<void> {},
};

/** A check point (function entry, back-edge). */
export function* brk(): Gen<void> {
  if (evalBreaker[1] < 0) {
    evalBreaker[1] = TICKS;
    if (breakHooks.tick()) yield* breakHooks.poll();
  }
  if (evalBreaker[0] !== 0) yield* breakHooks.handle();
}
/** The check after a call to a builtin. */
export function* afterBuiltinCall(): Gen<void> { yield* breakHooks.handle(); }
/** Check point used by generated code after a builtin returned `r`. */
export function* brkv(r: any): Gen<any> { yield* breakHooks.handle(); return r; }
