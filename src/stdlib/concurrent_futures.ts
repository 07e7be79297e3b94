// `concurrent.futures` (and the `concurrent` package holding it): Future, Executor,
// ThreadPoolExecutor (workers are threading.Threads fed by a SimpleQueue, started on demand as
// CPython's), wait(), as_completed(), and the exceptions. ProcessPoolExecutor is not here.

import {
  PyObj, PyType, Ns, None, NEED, STOP, typeOf, objectType, Gen, PyList, PyTuple, PyFloat, builtinType, tuple,
} from "../runtime/core.ts";
import { defMethod, defBuiltin } from "../runtime/function.ts";
import * as E from "../runtime/exceptions.ts";
import { newExc, typeError, valueError, attributeError, PyBaseException } from "../runtime/exceptions.ts";
import { callv } from "../runtime/call.ts";
import { truth, toArray, iter, next, asNum } from "../runtime/ops.ts";
import { PyClassMethod, getattr } from "../runtime/attr.ts";
import { repr, str, idOf } from "../runtime/repr.ts";
import { PySet } from "../runtime/set.ts";
import { callMethod, builtinsNs } from "../runtime/builtins.ts";
import { registerModule, makeModule, driveSync } from "../interp/interpreter.ts";
import { fromJsError } from "../interp/rtlib.ts";
import { sched, Waiter } from "../concurrency/scheduler.ts";
import { PyLock, lockType, acquireLock } from "./_thread.ts";
import { PyIterBase, iteratorType } from "./iterbase.ts";
import { makeNamedTuple } from "./namedtuple.ts";
import {
  pyClass, sealClass, defProperty, runtimeError, isExc, libFrame, pushFrame, waitOn, wakeAll,
  waitDeadline, remaining, PySemaphore, semaphoreType, semAcquire, semRelease,
} from "./threading_sync.ts";
import { ThreadObj, newThread, writeStderr, atMainExit } from "./threading.ts";
import { PySimpleQueue, simpleQueueType, simpleGet } from "./queue.ts";
import { formatException } from "../interp/traceback.ts";

const BASE = "concurrent.futures._base", THREAD = "concurrent.futures.thread";

export const errorType = pyClass("Error", BASE, [E.Exception]);
export const cancelledErrorType = pyClass("CancelledError", BASE, [errorType]);
export const invalidStateErrorType = pyClass("InvalidStateError", BASE, [errorType]);
export const brokenExecutorType = pyClass("BrokenExecutor", BASE, [E.RuntimeError]);
export const brokenThreadPoolType = pyClass("BrokenThreadPool", THREAD, [brokenExecutorType]);

/** concurrent.futures' logger with no configuration: the message and traceback on stderr. */
function* logError(msg: string, e?: PyBaseException): Gen<void> {
  yield* writeStderr(msg + "\n" + (e ? yield* formatException(e) : ""));
}

// --- Future ----------------------------------------------------------------------------------------

const PENDING = "PENDING", RUNNING = "RUNNING", CANCELLED = "CANCELLED",
  CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED", FINISHED = "FINISHED";
const DESCRIPTION: Record<string, string> = {
  PENDING: "pending", RUNNING: "running", CANCELLED: "cancelled", CANCELLED_AND_NOTIFIED: "cancelled", FINISHED: "finished",
};

export class FutureObj extends PyObj {
  state = PENDING;
  result: any = None;
  exception: any = None;
  /** Threads blocked in result()/exception() (the future's condition). */
  waiters: Waiter[] = [];
  /** Installed by wait()/as_completed() (CPython's Future._waiters). */
  fwaiters: FWaiter[] = [];
  callbacks: any[] = [];
}
export const futureType = pyClass("Future", BASE, [objectType], (c) => new FutureObj(c));

const AS_COMPLETED = "_AS_COMPLETED", FIRST_COMPLETED = "FIRST_COMPLETED",
  FIRST_EXCEPTION = "FIRST_EXCEPTION", ALL_COMPLETED = "ALL_COMPLETED";

/** The waiters wait()/as_completed() install on futures: an event and the futures that finished. */
class FWaiter {
  kind: string;
  finished: FutureObj[] = [];
  flag = false;
  waiters: Waiter[] = [];
  pending = 0;
  stopOnException = false;
  constructor(kind: string) { this.kind = kind; }
  set(): void { this.flag = true; wakeAll(this.waiters); }
  decrement(): void { if (--this.pending === 0) this.set(); }
  add(f: FutureObj, what: "result" | "exception" | "cancelled"): void {
    this.finished.push(f);
    if (this.kind === AS_COMPLETED || this.kind === FIRST_COMPLETED) this.set();
    else if (what === "exception" && this.stopOnException) this.set();
    else this.decrement();
  }
  *wait(timeout: any): Gen<boolean> {
    if (this.flag) return true;
    const deadline = waitDeadline(timeout);
    if (deadline === 0) return false;
    return yield* waitOn(this.waiters, "futures.wait", deadline, () => "futures.wait()");
  }
}

function isDone(f: FutureObj): boolean {
  return f.state === CANCELLED || f.state === CANCELLED_AND_NOTIFIED || f.state === FINISHED;
}
function isCancelled(f: FutureObj): boolean { return f.state === CANCELLED || f.state === CANCELLED_AND_NOTIFIED; }
function fut(o: any): FutureObj {
  if (!(o instanceof FutureObj)) throw attributeError(`'${typeOf(o).name}' object has no attribute '_condition'`);
  return o;
}

function* futureRepr(f: FutureObj): Gen<string> {
  const name = typeOf(f).name, at = `0x${idOf(f).toString(16)}`;
  if (f.state === FINISHED) {
    if (f.exception !== None) return `<${name} at ${at} state=${DESCRIPTION[f.state]} raised ${typeOf(f.exception).name}>`;
    return `<${name} at ${at} state=${DESCRIPTION[f.state]} returned ${typeOf(f.result).name}>`;
  }
  return `<${name} at ${at} state=${DESCRIPTION[f.state]}>`;
}

const CALLBACK_FRAME = libFrame("concurrent/futures/_base.py", 340, "_invoke_callbacks", "                callback(self)");
const ADD_CALLBACK_FRAME = libFrame("concurrent/futures/_base.py", 424, "add_done_callback", "            fn(self)");
const INIT_FRAME = libFrame("concurrent/futures/thread.py", 72, "_worker", "            initializer(*initargs)");

function* invokeCallbacks(f: FutureObj): Gen<void> {
  for (const cb of f.callbacks.slice()) {
    try {
      yield* callv(cb, [f], null, null);
    } catch (e0) {
      const e = e0 instanceof PyBaseException ? e0 : fromJsError(e0);
      pushFrame(e, CALLBACK_FRAME);
      if (!isExc(e, E.Exception)) throw e;
      yield* logError(`exception calling callback for ${yield* futureRepr(f)}`, e);
    }
  }
}

export function* futureCancel(f: FutureObj): Gen<boolean> {
  if (f.state === RUNNING || f.state === FINISHED) return false;
  if (isCancelled(f)) return true;
  f.state = CANCELLED;
  wakeAll(f.waiters);
  yield* invokeCallbacks(f);
  return true;
}
function* setRunningOrNotifyCancel(f: FutureObj): Gen<boolean> {
  if (f.state === CANCELLED) {
    f.state = CANCELLED_AND_NOTIFIED;
    for (const w of f.fwaiters) w.add(f, "cancelled");
    return false;
  }
  if (f.state === PENDING) { f.state = RUNNING; return true; }
  yield* logError(`Future ${idOf(f)} in unexpected state: ${f.state}`);
  throw runtimeError("Future in unexpected state");
}
function* finish(f: FutureObj, value: any, isExcept: boolean): Gen<void> {
  if (isDone(f)) throw newExc(invalidStateErrorType, `${f.state}: ${yield* futureRepr(f)}`);
  if (isExcept) f.exception = value; else f.result = value;
  f.state = FINISHED;
  for (const w of f.fwaiters) w.add(f, isExcept ? "exception" : "result");
  wakeAll(f.waiters);
  yield* invokeCallbacks(f);
}

const GET_RESULT_FRAME = libFrame("concurrent/futures/_base.py", 401, "__get_result", "                raise self._exception");
const RESULT_FRAMES: Record<number, any> = {};
for (const [line, text, under] of [
  [447, "                    raise CancelledError()", ""], [449, "                    return self.__get_result()", "self.__get_result()"],
  [454, "                    raise CancelledError()", ""], [456, "                    return self.__get_result()", "self.__get_result()"],
  [458, "                    raise TimeoutError()", ""],
] as [number, string, string][]) RESULT_FRAMES[line] = libFrame("concurrent/futures/_base.py", line, "result", text, under || undefined);
const EXC_FRAMES: Record<number, any> = {};
for (const [line, text] of [
  [483, "                raise CancelledError()"], [490, "                raise CancelledError()"], [494, "                raise TimeoutError()"],
] as [number, string][]) EXC_FRAMES[line] = libFrame("concurrent/futures/_base.py", line, "exception", text);

function raiseAt(e: PyBaseException, frame: any): never {
  pushFrame(e, frame);
  throw e;
}
function getResult(f: FutureObj, line: number): any {
  if (f.exception !== None) {
    const e = f.exception;
    pushFrame(e, GET_RESULT_FRAME);
    raiseAt(e, RESULT_FRAMES[line]);
  }
  return f.result;
}
/** Future.result(timeout): wait (reason "future") and return or re-raise. */
export function* futureResult(f: FutureObj, timeout: any): Gen<any> {
  if (isCancelled(f)) raiseAt(newExc(cancelledErrorType), RESULT_FRAMES[447]);
  if (f.state === FINISHED) return getResult(f, 449);
  const deadline = waitDeadline(timeout);
  if (deadline !== 0) yield* waitOn(f.waiters, "future", deadline, () => `${DESCRIPTION[f.state]} Future at 0x${idOf(f).toString(16)}`);
  if (isCancelled(f)) raiseAt(newExc(cancelledErrorType), RESULT_FRAMES[454]);
  if (f.state === FINISHED) return getResult(f, 456);
  raiseAt(newExc(E.TimeoutError), RESULT_FRAMES[458]);
}
function* futureException(f: FutureObj, timeout: any): Gen<any> {
  if (isCancelled(f)) raiseAt(newExc(cancelledErrorType), EXC_FRAMES[483]);
  if (f.state === FINISHED) return f.exception;
  const deadline = waitDeadline(timeout);
  if (deadline !== 0) yield* waitOn(f.waiters, "future", deadline, () => `${DESCRIPTION[f.state]} Future at 0x${idOf(f).toString(16)}`);
  if (isCancelled(f)) raiseAt(newExc(cancelledErrorType), EXC_FRAMES[490]);
  if (f.state === FINISHED) return f.exception;
  raiseAt(newExc(E.TimeoutError), EXC_FRAMES[494]);
}

const F = futureType;
function opt(v: any): any { return v === undefined ? None : v; }
defMethod(F, "__init__", [], (self: FutureObj) => {
  self.state = PENDING; self.result = None; self.exception = None;
  self.waiters = []; self.fwaiters = []; self.callbacks = [];
  return None;
});
defMethod(F, "__repr__", [], function* (self: any) { return yield* futureRepr(fut(self)); });
defMethod(F, "cancel", [], function* (self: any) { return yield* futureCancel(fut(self)); });
defMethod(F, "cancelled", [], (self: any) => isCancelled(fut(self)));
defMethod(F, "running", [], (self: any) => fut(self).state === RUNNING);
defMethod(F, "done", [], (self: any) => isDone(fut(self)));
defMethod(F, "add_done_callback", ["fn"], function* (self: any, fn: any) {
  const f = fut(self);
  if (!isDone(f)) { f.callbacks.push(fn); return None; }
  try {
    yield* callv(fn, [f], null, null);
  } catch (e0) {
    const e = e0 instanceof PyBaseException ? e0 : fromJsError(e0);
    pushFrame(e, ADD_CALLBACK_FRAME);
    if (!isExc(e, E.Exception)) throw e;
    yield* logError(`exception calling callback for ${yield* futureRepr(f)}`, e);
  }
  return None;
});
defMethod(F, "result", ["timeout?"], function* (self: any, timeout: any) { return yield* futureResult(fut(self), opt(timeout)); });
defMethod(F, "exception", ["timeout?"], function* (self: any, timeout: any) { return yield* futureException(fut(self), opt(timeout)); });
defMethod(F, "set_running_or_notify_cancel", [], function* (self: any) { return yield* setRunningOrNotifyCancel(fut(self)); });
defMethod(F, "set_result", ["result"], function* (self: any, r: any) { yield* finish(fut(self), r, false); return None; });
defMethod(F, "set_exception", ["exception"], function* (self: any, e: any) { yield* finish(fut(self), e, true); return None; });
defProperty(F, "_state", (self: any) => fut(self).state);
defProperty(F, "_result", (self: any) => fut(self).result);
defProperty(F, "_exception", (self: any) => fut(self).exception);
F.ns.__class_getitem__ = new PyClassMethod(defBuiltin(new Ns(), "__class_getitem__", ["cls", "item"], (cls: any) => cls));
sealClass(F);

function newFuture(): FutureObj {
  const f = new FutureObj(futureType);
  f.$d = new Ns();
  return f;
}

// --- Executor and Executor.map ------------------------------------------------------------------------

export const executorType = pyClass("Executor", BASE, [objectType]);

const MAP_FRAMES = {
  noTimeout: libFrame("concurrent/futures/_base.py", 619, "result_iterator", "                        yield _result_or_cancel(fs.pop())", "_result_or_cancel(fs.pop())"),
  timeout: libFrame("concurrent/futures/_base.py", 621, "result_iterator", "                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())", "_result_or_cancel(fs.pop(), end_time - time.monotonic())"),
  orCancel: libFrame("concurrent/futures/_base.py", 317, "_result_or_cancel", "            return fut.result(timeout)", "fut.result(timeout)"),
};

/** Executor.map's result iterator: results in submission order; cancels the rest on error. */
class MapIter extends PyIterBase {
  fs: FutureObj[];
  endTime: number;
  constructor(fs: FutureObj[], endTime: number) {
    super(mapIterType);
    this.fs = fs.reverse();
    this.endTime = endTime;
  }
  // the sync protocol cannot wait for a result: everything goes through stepG
  step(): any { return this.fs.length === 0 ? STOP : NEED; }
  nx(): any { return this.fs.length === 0 ? STOP : NEED; }
  *stepG(): Gen<any> {
    if (this.fs.length === 0) return STOP;
    const f = this.fs.pop()!;
    try {
      try {
        const timeout = this.endTime === Infinity ? None : remainingFloat(this.endTime);
        return yield* futureResult(f, timeout);
      } catch (e) {
        pushFrame(e, MAP_FRAMES.orCancel);
        pushFrame(e, this.endTime === Infinity ? MAP_FRAMES.noTimeout : MAP_FRAMES.timeout);
        throw e;
      } finally {
        yield* futureCancel(f);
      }
    } catch (e) {
      yield* this.close();
      throw e;
    }
  }
  *close(): Gen<void> {
    const rest = this.fs.splice(0);
    for (const f of rest) yield* futureCancel(f);
  }
}
const mapIterType = iteratorType("generator", "builtins", MapIter);
defMethod(mapIterType, "close", [], function* (self: MapIter) { yield* self.close(); return None; });
defMethod(mapIterType, "__repr__", [], (self: MapIter) => `<generator object Executor.map.<locals>.result_iterator at 0x${idOf(self).toString(16)}>`);

function remainingFloat(deadline: number): any { return new PyFloat(remaining(deadline)); }

function* executorMap(self: any, fn: any, iterables: any[], timeout: any): Gen<any> {
  let endTime = Infinity;
  if (timeout !== None) {
    const t = asNum(timeout);
    if (t === undefined) throw typeError(`unsupported operand type(s) for +: '${typeOf(timeout).name}' and 'float'`);
    endTime = sched.now() + t * 1e6;
  }
  const its: any[] = [];
  for (const x of iterables) its.push(yield* iter(x));
  const fs: FutureObj[] = [];
  const submit = yield* getattr(self, "submit");
  if (its.length) {
    for (;;) {
      const args: any[] = [];
      for (const it of its) {
        const v = yield* next(it);
        if (v === STOP) break;
        args.push(v);
      }
      if (args.length < its.length) break;
      fs.push(fut(yield* callv(submit, [fn, ...args], null, null)));
    }
  }
  return new MapIter(fs, endTime);
}

const EX = executorType;
defMethod(EX, "submit", ["fn", "/", "*args", "**kwargs"], () => { throw newExc(E.NotImplementedError); });
defMethod(EX, "map", ["fn", "*iterables", "timeout?", "chunksize?"], function* (self: any, fn: any, its: any[], timeout: any) {
  return yield* executorMap(self, fn, its, opt(timeout));
});
defMethod(EX, "shutdown", ["wait?", "*", "cancel_futures?"], () => None);
defMethod(EX, "__enter__", [], (self: any) => self);
defMethod(EX, "__exit__", ["exc_type", "exc_val", "exc_tb"], function* (self: any) {
  yield* callv(yield* getattr(self, "shutdown"), [true], null, null);
  return false;
});
sealClass(EX);

// --- ThreadPoolExecutor ------------------------------------------------------------------------------------

/** CPython's _WorkItem: what a worker thread runs. */
class WorkItem extends PyObj {
  future: FutureObj; fn: any; args: any[]; kwn: string[] | null; kwv: any[] | null;
  constructor(future: FutureObj, fn: any, args: any[], kwn: string[] | null, kwv: any[] | null) {
    super(workItemType);
    this.future = future; this.fn = fn; this.args = args; this.kwn = kwn; this.kwv = kwv;
  }
}
const workItemType = builtinType("_WorkItem", objectType, THREAD);
defProperty(workItemType, "future", (w: WorkItem) => w.future);
defProperty(workItemType, "fn", (w: WorkItem) => w.fn);
defProperty(workItemType, "args", (w: WorkItem) => tuple(w.args));

export class PoolObj extends PyObj {
  maxWorkers = 6;
  queue!: PySimpleQueue;
  idle!: PySemaphore;
  threads: ThreadObj[] = [];
  broken: any = false;
  shutdown = false;
  shutdownLock = new PyLock(lockType, false);
  prefix = "";
  initializer: any = None;
  initargs: any = tuple([]);
}
export const threadPoolType = pyClass("ThreadPoolExecutor", THREAD, [executorType], (c) => new PoolObj(c));
function pool(o: any): PoolObj {
  if (!(o instanceof PoolObj)) throw typeError(`descriptor for 'ThreadPoolExecutor' objects doesn't apply to a '${typeOf(o).name}' object`);
  return o;
}

let poolCounter = 0;
/** The interpreter is exiting (CPython's concurrent.futures.thread._shutdown). */
let globalShutdown = false;
const livePools = new Set<PoolObj>();
let exitHooked = false;
/** Module state belongs to one program run. */
function resetState(): void {
  poolCounter = 0;
  globalShutdown = false;
  livePools.clear();
  exitHooked = false;
}

const WORK_FRAME = libFrame("concurrent/futures/thread.py", 58, "run", "            result = self.fn(*self.args, **self.kwargs)", "self.fn(*self.args, **self.kwargs)");

function* runWorkItem(w: WorkItem): Gen<void> {
  if (!(yield* setRunningOrNotifyCancel(w.future))) return;
  let r: any;
  try {
    r = yield* callv(w.fn, w.args, w.kwn, w.kwv);
  } catch (e0) {
    const e = e0 instanceof PyBaseException ? e0 : fromJsError(e0);
    pushFrame(e, WORK_FRAME);
    yield* finish(w.future, e, true);
    return;
  }
  yield* finish(w.future, r, false);
}

function* initializerFailed(ex: PoolObj): Gen<void> {
  yield* acquireLock(ex.shutdownLock, true, -1);
  try {
    ex.broken = "A thread initializer failed, the thread pool is not usable anymore";
    const q = ex.queue;
    while (q.size > 0) {
      const w = q.shift();
      if (w instanceof WorkItem) yield* finish(w.future, newExc(brokenThreadPoolType, ex.broken), true);
    }
  } finally {
    ex.shutdownLock.release();
  }
}

/** The body of a pool thread (CPython's thread._worker). */
const workerFn = defBuiltin(new Ns(), "_worker", ["executor_reference", "work_queue", "initializer", "initargs"],
  function* (ex: PoolObj, q: PySimpleQueue, initializer: any, initargs: any) {
    if (initializer !== None) {
      try {
        yield* callv(initializer, yield* toArray(initargs), null, null);
      } catch (e0) {
        const e = e0 instanceof PyBaseException ? e0 : fromJsError(e0);
        pushFrame(e, INIT_FRAME);
        yield* logError("Exception in initializer:", e);
        yield* initializerFailed(ex);
        return None;
      }
    }
    try {
      for (;;) {
        const item = yield* simpleGet(q, true, None);
        if (item !== None) {
          yield* runWorkItem(item);
          semRelease(ex.idle, 1, false);
          continue;
        }
        if (globalShutdown || ex.shutdown) {
          ex.shutdown = true;
          q.push(None); // wake the next worker so that it exits too
          return None;
        }
      }
    } catch (e0) {
      const e = e0 instanceof PyBaseException ? e0 : fromJsError(e0);
      yield* logError("Exception in worker", e);
    }
    return None;
  });

function* adjustThreadCount(ex: PoolObj): Gen<void> {
  // an idle worker will take the new item
  if (yield* semAcquire(ex.idle, true, 0)) return;
  const n = ex.threads.length;
  if (n < ex.maxWorkers) {
    const t = yield* newThread(`${ex.prefix}_${n}`, workerFn, [ex, ex.queue, ex.initializer, ex.initargs]);
    yield* callMethod(t, "start", []);
    ex.threads.push(t);
    livePools.add(ex);
    if (!exitHooked) {
      exitHooked = true;
      // CPython's _python_exit: let idle workers finish once the main thread is done
      atMainExit(() => {
        globalShutdown = true;
        for (const p of livePools) for (const th of p.threads) if (th.pt && th.pt.state !== "done") p.queue.push(None);
      });
    }
  }
}

const TP = threadPoolType;
defMethod(TP, "__init__", ["max_workers?", "thread_name_prefix?", "initializer?", "initargs?"],
  function* (self: any, maxWorkers: any, prefix: any, initializer: any, initargs: any) {
    const ex = pool(self);
    let mw: any = maxWorkers === undefined || maxWorkers === None ? Math.min(32, 2 + 4) : maxWorkers;
    const n = asNum(mw);
    if (n === undefined) throw typeError(`'<=' not supported between instances of '${typeOf(mw).name}' and 'int'`);
    if (n <= 0) throw valueError("max_workers must be greater than 0");
    initializer = opt(initializer);
    if (initializer !== None && !(yield* truth(yield* callv(builtinsCallable(), [initializer], null, null)))) {
      throw typeError("initializer must be a callable");
    }
    ex.maxWorkers = n;
    ex.queue = new PySimpleQueue(simpleQueueType);
    ex.idle = new PySemaphore(semaphoreType);
    ex.idle.$d = new Ns();
    ex.idle.value = ex.idle.initial = 0;
    ex.threads = [];
    ex.broken = false;
    ex.shutdown = false;
    ex.shutdownLock = new PyLock(lockType, false);
    const p = prefix === undefined ? "" : prefix;
    ex.prefix = (yield* truth(p)) ? yield* str(p) : `ThreadPoolExecutor-${poolCounter++}`;
    ex.initializer = initializer;
    ex.initargs = initargs === undefined ? tuple([]) : initargs;
    return None;
  });
function builtinsCallable(): any { return builtinsNs.callable; }

defMethod(TP, "submit", ["fn", "/", "*args", "**kwargs"], function* (self: any, fn: any, args: any[], kw: any) {
  const ex = pool(self);
  yield* acquireLock(ex.shutdownLock, true, -1);
  try {
    if (ex.broken !== false) throw newExc(brokenThreadPoolType, ex.broken);
    if (ex.shutdown) throw runtimeError("cannot schedule new futures after shutdown");
    if (globalShutdown) throw runtimeError("cannot schedule new futures after interpreter shutdown");
    const f = newFuture();
    const kwn = kw ? Object.keys(kw) : null;
    ex.queue.push(new WorkItem(f, fn, args, kwn, kwn ? kwn.map((k) => kw[k]) : null));
    yield* adjustThreadCount(ex);
    return f;
  } finally {
    ex.shutdownLock.release();
  }
});
defMethod(TP, "shutdown", ["wait?", "*", "cancel_futures?"], function* (self: any, wait: any, cancelFutures: any) {
  const ex = pool(self);
  yield* acquireLock(ex.shutdownLock, true, -1);
  try {
    ex.shutdown = true;
    if (cancelFutures !== undefined && (yield* truth(cancelFutures))) {
      const q = ex.queue;
      while (q.size > 0) {
        const w = q.shift();
        if (w instanceof WorkItem) yield* futureCancel(w.future);
      }
    }
    ex.queue.push(None);
  } finally {
    ex.shutdownLock.release();
  }
  if (wait === undefined || (yield* truth(wait))) {
    for (const t of ex.threads.slice()) yield* callMethod(t, "join", []);
  }
  return None;
});
defProperty(TP, "_max_workers", (self: any) => pool(self).maxWorkers);
defProperty(TP, "_thread_name_prefix", (self: any) => pool(self).prefix);
defProperty(TP, "_threads", (self: any) => {
  const s = new PySet();
  for (const t of pool(self).threads) s.addS(t);
  return s;
});
defProperty(TP, "_work_queue", (self: any) => pool(self).queue);
defProperty(TP, "_idle_semaphore", (self: any) => pool(self).idle);
defProperty(TP, "_shutdown", (self: any) => pool(self).shutdown);
defProperty(TP, "_broken", (self: any) => pool(self).broken);
defProperty(TP, "_initializer", (self: any) => pool(self).initializer);
defProperty(TP, "_initargs", (self: any) => pool(self).initargs);
sealClass(TP);

// --- wait() and as_completed() ---------------------------------------------------------------------------------

let dnType: PyType | null = null;
function doneAndNotDone(done: FutureObj[], notDone: FutureObj[]): PyTuple {
  dnType ??= makeNamedTuple("DoneAndNotDoneFutures", ["done", "not_done"], [], BASE);
  return new PyTuple([pySet(done), pySet(notDone)], dnType);
}
function pySet(a: FutureObj[]): PySet {
  const s = new PySet();
  for (const f of a) s.addS(f);
  return s;
}
/** `set(fs)` of futures, in first-seen order. */
function* futureSet(fs: any): Gen<FutureObj[]> {
  const out: FutureObj[] = [];
  const seen = new Set<any>();
  for (const f of yield* toArray(fs)) {
    if (seen.has(f)) continue;
    seen.add(f);
    out.push(fut(f));
  }
  return out;
}
function installWaiter(fs: FutureObj[], returnWhen: any): FWaiter {
  let w: FWaiter;
  if (returnWhen === AS_COMPLETED || returnWhen === FIRST_COMPLETED) w = new FWaiter(returnWhen);
  else {
    const pending = fs.filter((f) => f.state !== CANCELLED_AND_NOTIFIED && f.state !== FINISHED).length;
    if (returnWhen === FIRST_EXCEPTION) { w = new FWaiter(ALL_COMPLETED); w.stopOnException = true; }
    else if (returnWhen === ALL_COMPLETED) w = new FWaiter(ALL_COMPLETED);
    else throw valueError(`Invalid return condition: ${driveSync(repr(returnWhen))}`);
    w.pending = pending;
  }
  for (const f of fs) f.fwaiters.push(w);
  return w;
}
function uninstall(fs: FutureObj[], w: FWaiter): void {
  for (const f of fs) { const i = f.fwaiters.indexOf(w); if (i >= 0) f.fwaiters.splice(i, 1); }
}

function* waitImpl(fsArg: any, timeout: any, returnWhen: any): Gen<any> {
  const fs = yield* futureSet(fsArg);
  const done = fs.filter((f) => f.state === CANCELLED_AND_NOTIFIED || f.state === FINISHED);
  const notDone = fs.filter((f) => !done.includes(f));
  if (returnWhen === FIRST_COMPLETED && done.length) return doneAndNotDone(done, notDone);
  if (returnWhen === FIRST_EXCEPTION && done.length) {
    if (done.some((f) => !isCancelled(f) && f.exception !== None)) return doneAndNotDone(done, notDone);
  }
  if (done.length === fs.length) return doneAndNotDone(done, notDone);
  const w = installWaiter(fs, returnWhen);
  try {
    yield* w.wait(timeout);
  } finally {
    uninstall(fs, w);
  }
  for (const f of w.finished) if (!done.includes(f)) done.push(f);
  return doneAndNotDone(done, fs.filter((f) => !done.includes(f)));
}

const AS_COMPLETED_TIMEOUT_FRAME = libFrame("concurrent/futures/_base.py", 239, "as_completed", "                raise TimeoutError(");

/** as_completed's generator: finished futures first, then each one as it completes. */
class AsCompletedIter extends PyIterBase {
  arg: any; timeout: any;
  started = false;
  fs: FutureObj[] = [];
  pending = new Set<FutureObj>();
  finished: FutureObj[] = [];
  total = 0;
  endTime = Infinity;
  waiter: FWaiter | null = null;
  over = false;
  constructor(arg: any, timeout: any) { super(asCompletedType); this.arg = arg; this.timeout = timeout; }
  step(): any { return NEED; }
  nx(): any { return this.over ? STOP : NEED; }
  *stepG(): Gen<any> {
    if (this.over) return STOP;
    try {
      if (!this.started) {
        this.started = true;
        if (this.timeout !== None) {
          const t = asNum(this.timeout);
          if (t === undefined) throw typeError(`unsupported operand type(s) for +: '${typeOf(this.timeout).name}' and 'float'`);
          this.endTime = sched.now() + t * 1e6;
        }
        this.fs = yield* futureSet(this.arg);
        this.total = this.fs.length;
        const fin = this.fs.filter((f) => f.state === CANCELLED_AND_NOTIFIED || f.state === FINISHED);
        for (const f of this.fs) if (!fin.includes(f)) this.pending.add(f);
        this.waiter = installWaiter(this.fs, AS_COMPLETED);
        this.finished = fin;
      }
      const w = this.waiter!;
      for (;;) {
        if (this.finished.length) {
          const f = this.finished.pop()!;
          this.pending.delete(f);
          const i = f.fwaiters.indexOf(w);
          if (i >= 0) f.fwaiters.splice(i, 1);
          return f;
        }
        if (this.pending.size === 0) { this.end(); return STOP; }
        let wt: any = None;
        if (this.endTime !== Infinity) {
          const left = remaining(this.endTime);
          if (left < 0) {
            const e = newExc(E.TimeoutError, `${this.pending.size} (of ${this.total}) futures unfinished`);
            pushFrame(e, AS_COMPLETED_TIMEOUT_FRAME);
            throw e;
          }
          wt = new PyFloat(left);
        }
        yield* w.wait(wt);
        const got = w.finished;
        w.finished = [];
        w.flag = false;
        this.finished = got.reverse();
      }
    } catch (e) {
      this.end();
      throw e;
    }
  }
  end(): void {
    this.over = true;
    if (this.waiter) uninstall(this.fs, this.waiter);
  }
}
const asCompletedType = iteratorType("generator", "builtins", AsCompletedIter);
defMethod(asCompletedType, "close", [], (self: AsCompletedIter) => { self.end(); return None; });
defMethod(asCompletedType, "__repr__", [], (self: AsCompletedIter) => `<generator object as_completed at 0x${idOf(self).toString(16)}>`);

// --- the modules ----------------------------------------------------------------------------------------------

function fillBase(ns: Record<string, any>) {
  ns.FIRST_COMPLETED = FIRST_COMPLETED;
  ns.FIRST_EXCEPTION = FIRST_EXCEPTION;
  ns.ALL_COMPLETED = ALL_COMPLETED;
  ns.CancelledError = cancelledErrorType;
  ns.TimeoutError = E.TimeoutError;
  ns.InvalidStateError = invalidStateErrorType;
  ns.BrokenExecutor = brokenExecutorType;
  ns.Future = futureType;
  ns.Executor = executorType;
  defBuiltin(ns, "wait", ["fs", "timeout?", "return_when?"], function* (fs: any, timeout: any, rw: any) {
    return yield* waitImpl(fs, opt(timeout), rw === undefined ? ALL_COMPLETED : rw);
  });
  defBuiltin(ns, "as_completed", ["fs", "timeout?"], (fs: any, timeout: any) => new AsCompletedIter(fs, opt(timeout)));
}

registerModule("concurrent", () => makeModule("concurrent", (ns) => {
  ns.__path__ = new PyList([]);
  ns.__package__ = "concurrent";
}));
registerModule("concurrent.futures", (it) => makeModule("concurrent.futures", (ns) => {
  resetState();
  driveSync(it.importModule("threading"));
  driveSync(it.importModule("queue"));
  ns.__package__ = "concurrent.futures";
  ns.__path__ = new PyList([]);
  fillBase(ns);
  ns.ThreadPoolExecutor = threadPoolType;
  ns.__all__ = new PyList(["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
    "BrokenExecutor", "Future", "Executor", "wait", "as_completed", "ThreadPoolExecutor"]);
}));
registerModule("concurrent.futures._base", () => makeModule(BASE, (ns) => {
  ns.__package__ = "concurrent.futures";
  fillBase(ns);
  ns.Error = errorType;
  ns.PENDING = PENDING; ns.RUNNING = RUNNING; ns.CANCELLED = CANCELLED;
  ns.CANCELLED_AND_NOTIFIED = CANCELLED_AND_NOTIFIED; ns.FINISHED = FINISHED;
  ns.DoneAndNotDoneFutures = dnType ??= makeNamedTuple("DoneAndNotDoneFutures", ["done", "not_done"], [], BASE);
}));
registerModule("concurrent.futures.thread", () => makeModule(THREAD, (ns) => {
  ns.__package__ = "concurrent.futures";
  ns.ThreadPoolExecutor = threadPoolType;
  ns.BrokenThreadPool = brokenThreadPoolType;
  ns._WorkItem = workItemType;
  ns._worker = workerFn;
}));
