// threading's synchronisation classes (Condition, Semaphore, BoundedSemaphore, Event, Barrier)
// and the helpers threading/queue/concurrent.futures share: Python-level classes made from TS,
// timeouts as scheduler deadlines, condition waits, and synthetic library frames for tracebacks.

import {
  PyObj, PyType, Ns, None, typeOf, typeType, objectType, Gen, PyFloat, isSubtype,
} from "../runtime/core.ts";
import { defMethod, defBuiltin, CodeInfo } from "../runtime/function.ts";
import * as E from "../runtime/exceptions.ts";
import { newExc, typeError, valueError, PyBaseException } from "../runtime/exceptions.ts";
import { callv } from "../runtime/call.ts";
import { truth, asNum } from "../runtime/ops.ts";
import { getattr, PyProperty } from "../runtime/attr.ts";
import { repr, idOf } from "../runtime/repr.ts";
import { PyDict } from "../runtime/dict.ts";
import { typeNew, computeFlags } from "../runtime/type.ts";
import { callMethod } from "../runtime/builtins.ts";
import { driveSync } from "../interp/interpreter.ts";
import { sources } from "../interp/compile.ts";
import { sched, Waiter } from "../concurrency/scheduler.ts";
import { PyLock, lockType, rlockType, acquireLock, blockOn, parseTimeout, TIMEOUT_MAX } from "./_thread.ts";

// --- Python-level classes made from TypeScript ------------------------------------------------

/**
 * A class as CPython's Python-coded stdlib defines it (heap type: `__module__`, instance
 * `__dict__`, subclassable), whose instances are allocated as `alloc` JS objects.
 */
export function pyClass(name: string, module: string, bases: PyType[], alloc?: (c: PyType) => any): PyType {
  const ns = new PyDict();
  ns.setS("__module__", module);
  ns.setS("__qualname__", name);
  const t = driveSync(typeNew(typeType, name, bases, ns, null, null)) as PyType;
  if (alloc) t.alloc = alloc;
  return t;
}
/** Call after adding builtin methods to a pyClass: drop stale lookups, recompute flags. */
export function sealClass(t: PyType): void {
  t.invalidate();
  computeFlags(t);
}
/** A read-only (or read-write) `property` whose accessors are builtins. */
export function defProperty(t: PyType, name: string, get: (self: any) => any, set?: (self: any, v: any) => any): void {
  const p = new PyProperty();
  p.fget = defBuiltin(new Ns(), name, ["self"], get);
  if (set) p.fset = defBuiltin(new Ns(), name, ["self", "value"], set);
  p.name = name;
  t.ns[name] = p;
}

/** `descriptor 'x' for 'T' objects doesn't apply to a 'U' object` for methods called unbound. */
export function expect<T>(o: any, cls: Function, t: PyType, meth: string): T {
  if (!(o instanceof cls)) throw typeError(`descriptor '${meth}' for '${t.name}' objects doesn't apply to a '${typeOf(o).name}' object`);
  return o as T;
}

export function runtimeError(msg: string) { return newExc(E.RuntimeError, msg); }
export function isExc(e: any, t: PyType): boolean { return e instanceof PyBaseException && isSubtype(e.$cls, t); }

// --- timeouts ---------------------------------------------------------------------------------

/**
 * A Python timeout in seconds (int/float/bool) as a JS number, else the TypeError of the
 * expression CPython evaluates first: `timeout > 0` (">"), `timeout < 0` ("<"),
 * `_time() + timeout` ("+") or `max(timeout, 0)` ("max").
 */
export function secondsOf(timeout: any, op: ">" | "<" | "+" | "max" = ">"): number {
  const v = asNum(timeout);
  if (v !== undefined) return v;
  const t = typeOf(timeout).name;
  if (op === "+") throw typeError(`unsupported operand type(s) for +: 'float' and '${t}'`);
  if (op === "max") throw typeError(`'>' not supported between instances of 'int' and '${t}'`);
  throw typeError(`'${op}' not supported between instances of '${t}' and 'int'`);
}
/**
 * Deadline of a condition-style wait(timeout): None -> Infinity (no deadline); t > 0 -> now+t;
 * t <= 0 -> 0 (do not block), as CPython's `waiter.acquire(True, t)` / `acquire(False)`.
 */
export function waitDeadline(timeout: any): number {
  if (timeout === None || timeout === undefined) return Infinity;
  const t = secondsOf(timeout);
  if (!(t > 0)) return 0;
  if (t > TIMEOUT_MAX.v) throw newExc(E.OverflowError, "timeout value is too large");
  return sched.now() + t * 1e6;
}
/** Seconds left until an absolute deadline. */
export function remaining(deadline: number): number { return (deadline - sched.now()) / 1e6; }

/** Block the current thread on a waiter list until woken (true) or the deadline (false). */
export function* waitOn(list: Waiter[], reason: string, deadline: number, what: () => string): Gen<boolean> {
  const w = new Waiter(reason, deadline, false, what);
  list.push(w);
  w.onTimeout = () => { const i = list.indexOf(w); if (i >= 0) list.splice(i, 1); };
  return yield* blockOn(w);
}
/** Wake up to n waiters of a list (in arrival order) with `true`. */
export function wakeN(list: Waiter[], n: number): void {
  while (list.length && n > 0) { sched.wake(list.shift()!, true); n--; }
}
export function wakeAll(list: Waiter[]): void {
  if (!list.length) return;
  const ws = list.splice(0, list.length);
  for (const w of ws) sched.wake(w, true);
}

// --- synthetic frames of CPython's Python-coded library ----------------------------------------

/** Where tracebacks say CPython's pure-Python library lives. */
export const LIBDIR = "/usr/lib/python3.11";
/**
 * A traceback entry for a line of CPython's library (threading.py, concurrent/futures/...),
 * so that reports show the same frames as CPython's: the line text and the `under`lined call.
 */
export function libFrame(file: string, lineno: number, name: string, text: string, under?: string): CodeInfo {
  const filename = `${LIBDIR}/${file}`;
  let lines = sources.get(filename);
  if (!lines) { lines = []; sources.set(filename, lines); }
  lines[lineno - 1] = text;
  let pos = [lineno, lineno, -1, -1, -1];
  if (under) { const c = text.indexOf(under); pos = [lineno, lineno, c, c + under.length, -1]; }
  return new CodeInfo({ name, qualname: name, filename, firstlineno: lineno, pos });
}
/** Record that exception `e` passed through a library frame. */
export function pushFrame(e: any, code: CodeInfo): void {
  if (!(e instanceof PyBaseException)) return;
  e.tb.push({ code, p: 0, depth: 0 });
  (e as any).lastFid = -1; // the caller's frame must still be recorded when it unwinds
}

// --- locks as condition variables use them --------------------------------------------------------

/** lock.acquire() on any lock object (fast path for _thread locks). */
export function* lockAcquire(lock: any): Gen<void> {
  if (lock instanceof PyLock) { yield* acquireLock(lock, true, -1); return; }
  yield* callMethod(lock, "acquire", []);
}
/** lock.release() on a _thread lock with its exact errors. */
export function releasePyLock(l: PyLock): void {
  if (!l.locked) throw runtimeError(l.reentrant ? "cannot release un-acquired lock" : "release unlocked lock");
  if (l.reentrant && l.owner !== sched.current) throw runtimeError("cannot release un-acquired lock");
  l.release();
}
export function* lockRelease(lock: any): Gen<void> {
  if (lock instanceof PyLock) { releasePyLock(lock); return; }
  yield* callMethod(lock, "release", []);
}

// --- Condition -----------------------------------------------------------------------------------

export class PyCondition extends PyObj {
  lock: any = None;
  waiters: Waiter[] = [];
  /** Reason shown in the GIL trace while blocked in wait() (queue.get for Queue.not_empty...). */
  reason = "condition";
}
export const conditionType = pyClass("Condition", "threading", [objectType], (c) => new PyCondition(c));

export function newCondition(lock: any, reason = "condition"): PyCondition {
  const c = new PyCondition(conditionType);
  c.$d = new Ns();
  c.lock = lock;
  c.reason = reason;
  return c;
}
function condWhat(c: PyCondition): () => string {
  return () => `${c.reason === "condition" ? "" : c.reason + " on "}Condition at 0x${idOf(c).toString(16)}`;
}

/** Condition._is_owned(): RLock ownership, or "locked" for a plain Lock (CPython's heuristic). */
export function* condOwned(c: PyCondition): Gen<boolean> {
  const l = c.lock;
  if (l instanceof PyLock) return l.reentrant ? l.locked && l.owner === sched.current : l.locked;
  const own = yield* optAttr(l, "_is_owned");
  if (own !== undefined) return yield* truth(yield* callv(own, [], null, null));
  if (yield* truth(yield* callMethod(l, "acquire", [false]))) {
    yield* callMethod(l, "release", []);
    return false;
  }
  return true;
}
function* optAttr(o: any, name: string): Gen<any> {
  try { return yield* getattr(o, name); } catch (e) {
    if (isExc(e, E.AttributeError)) return undefined;
    throw e;
  }
}
/** Release the condition's lock completely, returning what restores it. */
function* releaseSave(c: PyCondition): Gen<any> {
  const l = c.lock;
  if (l instanceof PyLock) {
    if (!l.reentrant) { releasePyLock(l); return 0; }
    if (!l.locked || l.owner !== sched.current) throw runtimeError("cannot release un-acquired lock");
    const count = l.count;
    l.count = 1;
    l.release();
    return count;
  }
  const rs = yield* optAttr(l, "_release_save");
  if (rs !== undefined) return yield* callv(rs, [], null, null);
  yield* callMethod(l, "release", []);
  return None;
}
function* acquireRestore(c: PyCondition, saved: any): Gen<void> {
  const l = c.lock;
  if (l instanceof PyLock) {
    yield* acquireLock(l, true, -1);
    if (l.reentrant) l.count = saved;
    return;
  }
  const ar = yield* optAttr(l, "_acquire_restore");
  if (ar !== undefined) { yield* callv(ar, [saved], null, null); return; }
  yield* callMethod(l, "acquire", []);
}

/** Condition.wait with an absolute deadline (Infinity: none; 0: do not block). */
export function* condWait(c: PyCondition, deadline: number): Gen<boolean> {
  if (!(yield* condOwned(c))) throw runtimeError("cannot wait on un-acquired lock");
  const saved = yield* releaseSave(c);
  let got = false;
  try {
    if (deadline !== 0) got = yield* waitOn(c.waiters, c.reason, deadline, condWhat(c));
  } finally {
    yield* acquireRestore(c, saved);
  }
  return got;
}
/** Condition.notify(n) for callers that know they own the lock. */
export function condNotify(c: PyCondition, n: number): void { wakeN(c.waiters, n); }

const C = conditionType;
defMethod(C, "__init__", ["lock?"], (self: PyCondition, lock: any) => {
  self.lock = lock === undefined || lock === None ? new PyLock(rlockType, true) : lock;
  self.waiters = [];
  return None;
});
defMethod(C, "__enter__", [], function* (self: PyCondition) {
  const l = self.lock;
  if (l instanceof PyLock) return yield* acquireLock(l, true, -1);
  return yield* callMethod(l, "__enter__", []);
});
defMethod(C, "__exit__", ["*args"], function* (self: PyCondition, args: any[]) {
  const l = self.lock;
  if (l instanceof PyLock) { releasePyLock(l); return None; }
  return yield* callMethod(l, "__exit__", args);
});
defMethod(C, "acquire", ["*args", "**kw"], function* (self: PyCondition, args: any[], kw: any) {
  const l = self.lock;
  if (l instanceof PyLock && !kw && args.length <= 2) {
    const [b, t] = yield* parseTimeout(args[0], args[1]);
    return yield* acquireLock(l, b, t);
  }
  const kwn = kw ? Object.keys(kw) : null;
  return yield* callv(yield* getattr(l, "acquire"), args, kwn, kwn ? kwn.map((k) => kw[k]) : null);
});
defMethod(C, "release", [], function* (self: PyCondition) {
  yield* lockRelease(self.lock);
  return None;
});
defMethod(C, "_is_owned", [], function* (self: PyCondition) { return yield* condOwned(self); });
defMethod(C, "wait", ["timeout?"], function* (self: PyCondition, timeout: any) {
  return yield* condWait(self, waitDeadline(timeout));
});
defMethod(C, "wait_for", ["predicate", "timeout?"], function* (self: PyCondition, pred: any, timeout: any) {
  let endtime = -1;
  let waittime: any = timeout === undefined ? None : timeout;
  let result = yield* callv(pred, [], null, null);
  while (!(yield* truth(result))) {
    if (waittime !== None) {
      if (endtime < 0) endtime = sched.now() + secondsOf(waittime, "+") * 1e6;
      else {
        const left = remaining(endtime);
        if (left <= 0) break;
        waittime = new PyFloat(left);
      }
    }
    yield* condWait(self, waitDeadline(waittime));
    result = yield* callv(pred, [], null, null);
  }
  return result;
});
function* notifyImpl(self: PyCondition, n: number): Gen<any> {
  if (!(yield* condOwned(self))) throw runtimeError("cannot notify on un-acquired lock");
  condNotify(self, n);
  return None;
}
defMethod(C, "notify", ["n?"], function* (self: PyCondition, n: any) {
  return yield* notifyImpl(self, n === undefined ? 1 : secondsOf(n));
});
defMethod(C, "notify_all", [], function* (self: PyCondition) { return yield* notifyImpl(self, Infinity); });
C.ns.notifyAll = C.ns.notify_all;
defMethod(C, "__repr__", [], function* (self: PyCondition) {
  return `<Condition(${yield* repr(self.lock)}, ${self.waiters.length})>`;
});
defProperty(C, "_lock", (self: PyCondition) => self.lock);
sealClass(C);

// --- Semaphore / BoundedSemaphore -------------------------------------------------------------------

export class PySemaphore extends PyObj {
  value = 1;
  initial = 1;
  waiters: Waiter[] = [];
}
export const semaphoreType = pyClass("Semaphore", "threading", [objectType], (c) => new PySemaphore(c));
export const boundedSemaphoreType = pyClass("BoundedSemaphore", "threading", [semaphoreType]);

function intArg(v: any, what: string): number {
  const n = asNum(v);
  if (n === undefined) throw typeError(`'${what}' not supported between instances of '${typeOf(v).name}' and 'int'`);
  return n;
}
/** Semaphore.acquire: the CPython loop (re-check the value after each wake-up). */
export function* semAcquire(s: PySemaphore, blocking: boolean, timeout: any): Gen<boolean> {
  if (!blocking && timeout !== None) throw valueError("can't specify timeout for non-blocking acquire");
  let deadline = Infinity;
  if (timeout !== None) deadline = sched.now() + secondsOf(timeout, "+") * 1e6;
  while (s.value === 0) {
    if (!blocking) return false;
    if (deadline !== Infinity && sched.now() >= deadline) return false;
    yield* waitOn(s.waiters, "semaphore", deadline, () => `Semaphore at 0x${idOf(s).toString(16)}`);
  }
  s.value--;
  return true;
}
export function semRelease(s: PySemaphore, n: number, bounded: boolean): void {
  if (n < 1) throw valueError("n must be one or more");
  if (bounded && s.value + n > s.initial) throw valueError("Semaphore released too many times");
  s.value += n;
  wakeN(s.waiters, n);
}

const S = semaphoreType;
defMethod(S, "__init__", ["value?"], (self: PySemaphore, value: any) => {
  const v = value === undefined ? 1 : value;
  const n = intArg(v, "<");
  if (n < 0) throw valueError("semaphore initial value must be >= 0");
  self.value = n;
  self.initial = n;
  return None;
});
defMethod(S, "acquire", ["blocking?", "timeout?"], function* (self: PySemaphore, blocking: any, timeout: any) {
  const b = blocking === undefined ? true : yield* truth(blocking);
  return yield* semAcquire(self, b, timeout === undefined ? None : timeout);
});
defMethod(S, "__enter__", ["blocking?", "timeout?"], function* (self: PySemaphore, blocking: any, timeout: any) {
  const b = blocking === undefined ? true : yield* truth(blocking);
  return yield* semAcquire(self, b, timeout === undefined ? None : timeout);
});
function isBounded(s: PySemaphore): boolean { return isSubtype(s.$cls, boundedSemaphoreType); }
defMethod(S, "release", ["n?"], (self: PySemaphore, n: any) => {
  semRelease(self, n === undefined ? 1 : intArg(n, "<"), false);
  return None;
});
defMethod(S, "__exit__", ["*args"], function* (self: PySemaphore) {
  const r = typeOf(self).lookup("release");
  if (r === S.ns.release || r === boundedSemaphoreType.ns.release) semRelease(self, 1, isBounded(self));
  else yield* callMethod(self, "release", []);
  return None;
});
defMethod(S, "__repr__", [], (self: PySemaphore) => {
  const t = self.$cls;
  const extra = isBounded(self) ? `${self.value}/${self.initial}` : `${self.value}`;
  return `<${t.module}.${t.qualname} at 0x${idOf(self).toString(16)}: value=${extra}>`;
});
defProperty(S, "_value", (self: PySemaphore) => self.value);
sealClass(S);
defMethod(boundedSemaphoreType, "__init__", ["value?"], (self: PySemaphore, value: any) => {
  const n = intArg(value === undefined ? 1 : value, "<");
  if (n < 0) throw valueError("semaphore initial value must be >= 0");
  self.value = n;
  self.initial = n;
  return None;
});
defMethod(boundedSemaphoreType, "release", ["n?"], (self: PySemaphore, n: any) => {
  semRelease(self, n === undefined ? 1 : intArg(n, "<"), true);
  return None;
});
defProperty(boundedSemaphoreType, "_initial_value", (self: PySemaphore) => self.initial);
sealClass(boundedSemaphoreType);

// --- Event -----------------------------------------------------------------------------------------

export class PyEvent extends PyObj {
  flag = false;
  waiters: Waiter[] = [];
}
export const eventType = pyClass("Event", "threading", [objectType], (c) => new PyEvent(c));
export function newEvent(): PyEvent {
  const e = new PyEvent(eventType);
  e.$d = new Ns();
  return e;
}
export function eventSet(e: PyEvent): void {
  e.flag = true;
  wakeAll(e.waiters);
}
/** Event.wait: True at once when set, else a condition wait (reason "event"). */
export function* eventWait(e: PyEvent, timeout: any): Gen<boolean> {
  if (e.flag) return true;
  const deadline = waitDeadline(timeout);
  if (deadline === 0) return false;
  return yield* waitOn(e.waiters, "event", deadline, () => `Event at 0x${idOf(e).toString(16)}`);
}
const EV = eventType;
defMethod(EV, "__init__", [], (self: PyEvent) => { self.flag = false; return None; });
defMethod(EV, "is_set", [], (self: PyEvent) => self.flag);
EV.ns.isSet = EV.ns.is_set;
defMethod(EV, "set", [], (self: PyEvent) => { eventSet(self); return None; });
defMethod(EV, "clear", [], (self: PyEvent) => { self.flag = false; return None; });
defMethod(EV, "wait", ["timeout?"], function* (self: PyEvent, timeout: any) {
  return yield* eventWait(self, timeout === undefined ? None : timeout);
});
defMethod(EV, "__repr__", [], (self: PyEvent) => {
  const t = self.$cls;
  return `<${t.module}.${t.qualname} at 0x${idOf(self).toString(16)}: ${self.flag ? "set" : "unset"}>`;
});
defMethod(EV, "_at_fork_reinit", [], (self: PyEvent) => { self.waiters = []; return None; });
sealClass(EV);

// --- Barrier -----------------------------------------------------------------------------------------

export const brokenBarrierErrorType = pyClass("BrokenBarrierError", "threading", [E.RuntimeError]);

const FILLING = 0, DRAINING = 1, RESETTING = -1, BROKEN = -2;
export class PyBarrier extends PyObj {
  parties: any = 1;
  action: any = None;
  timeout: any = None;
  state = FILLING;
  count = 0;
  /** The lock of CPython's `Condition(Lock())`: held while the action runs. */
  lock = new PyLock(lockType, false);
  waiters: Waiter[] = [];
}
export const barrierType = pyClass("Barrier", "threading", [objectType], (c) => new PyBarrier(c));

/** Wait on the barrier's condition: release its lock, block, take the lock back. */
function* barrierCondWait(b: PyBarrier, deadline: number): Gen<boolean> {
  b.lock.release();
  let got = false;
  try {
    if (deadline !== 0) got = yield* waitOn(b.waiters, "barrier", deadline, () => `Barrier at 0x${idOf(b).toString(16)}`);
  } finally {
    yield* acquireLock(b.lock, true, -1);
  }
  return got;
}
function barrierBreak(b: PyBarrier): void { b.state = BROKEN; wakeAll(b.waiters); }
function broken() { return newExc(brokenBarrierErrorType); }

function* barrierWait(b: PyBarrier, timeout: any): Gen<number> {
  if (timeout === None) timeout = b.timeout;
  yield* acquireLock(b.lock, true, -1);
  try {
    // a previous cycle is still draining or resetting: wait for it to finish
    while (b.state === DRAINING || b.state === RESETTING) yield* barrierCondWait(b, Infinity);
    if (b.state < 0) throw broken();
    const index = b.count;
    b.count++;
    try {
      const parties = asNum(b.parties);
      if (index + 1 === parties) {
        // the last to arrive runs the action and releases everyone
        try {
          if (b.action !== None) yield* callv(b.action, [], null, null);
          b.state = DRAINING;
          wakeAll(b.waiters);
        } catch (e) {
          barrierBreak(b);
          throw e;
        }
      } else {
        let deadline = Infinity;
        if (timeout !== None) deadline = sched.now() + secondsOf(timeout, "+") * 1e6;
        while (b.state === FILLING) {
          if (deadline !== Infinity && remaining(deadline) <= 0) break;
          yield* barrierCondWait(b, deadline === Infinity ? Infinity : deadline);
        }
        if (b.state === FILLING) { barrierBreak(b); throw broken(); }
        if (b.state < 0) throw broken();
      }
      return index;
    } finally {
      b.count--;
      // the last to leave a draining/resetting barrier makes it fill again
      if (b.count === 0 && (b.state === RESETTING || b.state === DRAINING)) {
        b.state = FILLING;
        wakeAll(b.waiters);
      }
    }
  } finally {
    b.lock.release();
  }
}

const BA = barrierType;
defMethod(BA, "__init__", ["parties", "action?", "timeout?"], (self: PyBarrier, parties: any, action: any, timeout: any) => {
  self.parties = parties;
  self.action = action === undefined ? None : action;
  self.timeout = timeout === undefined ? None : timeout;
  self.state = FILLING;
  self.count = 0;
  return None;
});
defMethod(BA, "wait", ["timeout?"], function* (self: PyBarrier, timeout: any) {
  return yield* barrierWait(self, timeout === undefined ? None : timeout);
});
defMethod(BA, "reset", [], function* (self: PyBarrier) {
  yield* acquireLock(self.lock, true, -1);
  if (self.count > 0) {
    if (self.state === FILLING || self.state === BROKEN) self.state = RESETTING;
  } else self.state = FILLING;
  wakeAll(self.waiters);
  self.lock.release();
  return None;
});
defMethod(BA, "abort", [], function* (self: PyBarrier) {
  yield* acquireLock(self.lock, true, -1);
  barrierBreak(self);
  self.lock.release();
  return None;
});
defProperty(BA, "parties", (self: PyBarrier) => self.parties);
defProperty(BA, "n_waiting", (self: PyBarrier) => (self.state === FILLING ? self.count : 0));
defProperty(BA, "broken", (self: PyBarrier) => self.state === BROKEN);
defMethod(BA, "__repr__", [], (self: PyBarrier) => {
  const t = self.$cls;
  const head = `<${t.module}.${t.qualname} at 0x${idOf(self).toString(16)}:`;
  if (self.state === BROKEN) return `${head} broken>`;
  return `${head} waiters=${self.state === FILLING ? self.count : 0}/${typeof self.parties === "number" ? self.parties : "?"}>`;
});
sealClass(BA);
