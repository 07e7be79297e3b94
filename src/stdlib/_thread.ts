// The `_thread` module: starting threads on the scheduler and the lock primitives. A lock
// acquire first tries without blocking while holding the GIL (as CPython); only a contended
// acquire with a non-zero timeout blocks, which drops the GIL. Release hands the lock to one
// waiter. `blockOn` is the one way a TypeScript module blocks the calling Python thread.

import { PyObj, PyType, None, Ns, objectType, typeOf, Gen, tuple, PyTuple, PyFloat } from "../runtime/core.ts";
import { defBuiltin, defMethod, defNew } from "../runtime/function.ts";
import * as E from "../runtime/exceptions.ts";
import { newExc, typeError, valueError, PyBaseException } from "../runtime/exceptions.ts";
import { callv } from "../runtime/call.ts";
import { truth, asNum } from "../runtime/ops.ts";
import { idOf } from "../runtime/repr.ts";
import { PyDict } from "../runtime/dict.ts";
import { registerModule, makeModule } from "../interp/interpreter.ts";
import { sched, Waiter, PyThread } from "../concurrency/scheduler.ts";

export const TIMEOUT_MAX = new PyFloat(9223372036.0);
const TIMEOUT_MAX_NUM = 9223372036.0;

/** Block the calling thread on `w` (drops the GIL); returns the wake value or the timeout value. */
export function* blockOn(w: Waiter): Gen<any> {
  return yield* sched.block(w);
}

/** Convert (blocking, timeout) to an absolute deadline in µs; -1 => no deadline, 0 => don't block. */
export function deadlineOf(blocking: boolean, timeout: number): number {
  if (!blocking) return 0;
  if (timeout < 0) return Infinity;
  return sched.now() + timeout * 1e6;
}

export function* parseTimeout(blocking: any, timeout: any): Gen<[boolean, number]> {
  const b = blocking === undefined ? true : yield* truth(blocking);
  let t = -1;
  if (timeout !== undefined && timeout !== None) {
    const v = asNum(timeout);
    if (v === undefined) throw typeError(`'${typeOf(timeout).name}' object cannot be interpreted as an integer or float`);
    t = v;
  }
  if (!b && t !== -1) throw valueError("can't specify a timeout for a non-blocking call");
  if (t < 0 && t !== -1) throw valueError("timeout value must be a non-negative number");
  if (t > TIMEOUT_MAX_NUM) throw newExc(E.OverflowError, "timeout value is too large");
  return [b, t];
}

export const lockType = new PyType("lock", [objectType]);
lockType.mro = [lockType, objectType];
lockType.module = "_thread";
export const rlockType = new PyType("RLock", [objectType]);
rlockType.mro = [rlockType, objectType];
rlockType.module = "_thread";

/** A lock (or re-entrant lock): owner thread, recursion count and FIFO wait queue. */
export class PyLock extends PyObj {
  owner: PyThread | null = null;
  locked = false;
  count = 0;
  waiters: Waiter[] = [];
  reentrant: boolean;
  constructor(cls: PyType, reentrant: boolean) { super(cls); this.reentrant = reentrant; }
  tryAcquire(me: PyThread): boolean {
    if (!this.locked) { this.locked = true; this.owner = me; this.count = 1; return true; }
    if (this.reentrant && this.owner === me) { this.count++; return true; }
    return false;
  }
  /**
   * Release one level. When free, wake one waiter, which retries: like a futex-based lock, the
   * releasing thread (still holding the GIL) may take the lock back first. No hand-off.
   */
  release(): void {
    if (this.reentrant && --this.count > 0) return;
    this.locked = false;
    this.owner = null;
    this.count = 0;
    const w = this.waiters.shift();
    if (w) sched.wake(w, true);
  }
  describe(): string { return `${this.reentrant ? "RLock" : "Lock"} at 0x${idOf(this).toString(16)}`; }
}
lockType.alloc = (c) => new PyLock(c, false);
rlockType.alloc = (c) => new PyLock(c, true);

/** Acquire with CPython's semantics; returns True/False. */
export function* acquireLock(l: PyLock, blocking: boolean, timeout: number, reason = "lock"): Gen<boolean> {
  const me = sched.current!;
  if (l.tryAcquire(me)) return true;
  const deadline = deadlineOf(blocking, timeout);
  if (deadline === 0) return false;
  for (;;) {
    const w = new Waiter(reason, deadline, false, () => l.describe(), () => l.owner);
    l.waiters.push(w);
    w.onTimeout = () => { const i = l.waiters.indexOf(w); if (i >= 0) l.waiters.splice(i, 1); };
    if (!(yield* blockOn(w))) return false;
    // woken by a release: retry (another thread may have taken it first)
    if (l.tryAcquire(sched.current!)) return true;
  }
}

function lockMethods(T: PyType) {
  const rl = T === rlockType;
  defMethod(T, "acquire", ["blocking?", "timeout?"], function* (self: PyLock, blocking: any, timeout: any) {
    const [b, t] = yield* parseTimeout(blocking, timeout);
    return yield* acquireLock(self, b, t);
  });
  T.ns.acquire_lock = T.ns.acquire;
  defMethod(T, "__enter__", [], function* (self: PyLock) { return yield* acquireLock(self, true, -1); });
  defMethod(T, "release", [], (self: PyLock) => {
    if (!self.locked) throw newExc(E.RuntimeError, rl ? "cannot release un-acquired lock" : "release unlocked lock");
    if (rl && self.owner !== sched.current) throw newExc(E.RuntimeError, "cannot release un-acquired lock");
    self.release();
    return None;
  });
  T.ns.release_lock = T.ns.release;
  defMethod(T, "__exit__", ["*args"], (self: PyLock) => {
    if (!self.locked) throw newExc(E.RuntimeError, rl ? "cannot release un-acquired lock" : "release unlocked lock");
    self.release();
    return None;
  });
  defMethod(T, "locked", [], (self: PyLock) => self.locked);
  T.ns.locked_lock = T.ns.locked;
  defMethod(T, "_at_fork_reinit", [], (self: PyLock) => { self.locked = false; self.owner = null; self.count = 0; self.waiters = []; return None; });
}
lockMethods(lockType);
lockMethods(rlockType);
defMethod(lockType, "__repr__", [], (l: PyLock) => `<${l.locked ? "locked" : "unlocked"} _thread.lock object at 0x${idOf(l).toString(16)}>`);
defMethod(rlockType, "__repr__", [], (l: PyLock) => `<${l.locked ? "locked" : "unlocked"} _thread.RLock object owner=${l.owner ? l.owner.ident : 0} count=${l.locked ? l.count : 0} at 0x${idOf(l).toString(16)}>`);
defMethod(rlockType, "_is_owned", [], (l: PyLock) => l.locked && l.owner === sched.current);
defMethod(rlockType, "_release_save", [], (l: PyLock) => {
  if (!l.locked || l.owner !== sched.current) throw newExc(E.RuntimeError, "cannot release un-acquired lock");
  const saved = tuple([l.count, l.owner!.ident]);
  l.count = 1;
  l.release();
  return saved;
});
defMethod(rlockType, "_acquire_restore", ["state"], function* (l: PyLock, state: PyTuple) {
  yield* acquireLock(l, true, -1);
  l.count = state.items[0];
  return None;
});

/** Start a thread running `f(*args, **kwargs)`; returns the scheduler thread. */
export function startThread(name: string, daemon: boolean, body: () => Gen<any>): PyThread {
  return sched.spawn(name, body(), daemon);
}

registerModule("_thread", () => makeModule("_thread", (ns) => {
  sched.clock.prepare();
  ns.LockType = lockType;
  ns.lock = lockType;
  ns.RLock = rlockType;
  ns.TIMEOUT_MAX = TIMEOUT_MAX;
  ns.error = E.RuntimeError;
  defBuiltin(ns, "allocate_lock", [], () => new PyLock(lockType, false));
  ns.allocate = ns.allocate_lock;
  defBuiltin(ns, "get_ident", [], () => sched.current!.ident);
  defBuiltin(ns, "get_native_id", [], () => process.pid + sched.current!.id - 1);
  defBuiltin(ns, "_count", [], () => sched.threads.filter((t) => t.state !== "done" && t !== sched.main).length);
  defBuiltin(ns, "stack_size", ["size?"], (size: any) => {
    if (size !== undefined && size !== 0 && (typeof size !== "number" || size < 32768)) throw valueError("size not valid: " + size + " bytes");
    return 0;
  });
  defBuiltin(ns, "interrupt_main", ["signum?"], () => { sched.pendingSignal = true; return None; });
  defBuiltin(ns, "exit", [], () => { throw newExc(E.SystemExit); });
  defBuiltin(ns, "start_new_thread", ["function", "args", "kwargs?"], (f: any, args: any, kw: any) => {
    if (!(args instanceof PyTuple)) throw typeError("2nd arg must be a tuple");
    const kwn = kw instanceof PyDict ? kw.keys() : null;
    const kwv = kw instanceof PyDict ? kw.values() : null;
    const t = startThread(`Thread-${sched.threads.length}`, false, function* () {
      try {
        yield* callv(f, args.items, kwn, kwv);
      } catch (e) {
        if (e instanceof PyBaseException && E.SystemExit && e.$cls === E.SystemExit) return;
        throw e;
      }
    });
    t.daemon = true; // _thread threads do not keep the process alive
    return t.ident;
  });
}));

export { Ns, PyDict };
