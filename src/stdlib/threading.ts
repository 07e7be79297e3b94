// The `threading` module: Thread (each one a scheduler thread; `PyThread.pyObj` maps back to the
// Python object), _MainThread/_DummyThread, Timer, thread-local data, excepthook, and the module
// functions. The synchronisation classes live in threading_sync.ts.

import {
  PyObj, PyType, Ns, None, typeOf, objectType, tupleType, Gen, PyTuple, PyList, PyFloat, EMPTY_TUPLE,
  builtinType, isSubtype, tuple,
} from "../runtime/core.ts";
import { defMethod, defBuiltin, defNew } from "../runtime/function.ts";
import * as E from "../runtime/exceptions.ts";
import { newExc, typeError, PyBaseException } from "../runtime/exceptions.ts";
import { callv, callDunder, newInstance, typeHooks } from "../runtime/call.ts";
import { truth, toArray } from "../runtime/ops.ts";
import { getattr, genericGetattr, genericSetattr, PyClassMethod, defGetSet } from "../runtime/attr.ts";
import { nsDictOf } from "../runtime/type.ts";
import { str, repr } from "../runtime/repr.ts";
import { PyDict } from "../runtime/dict.ts";
import { callMethod } from "../runtime/builtins.ts";
import { registerModule, makeModule, driveSync, Interpreter } from "../interp/interpreter.ts";
import { formatException } from "../interp/traceback.ts";
import { fromJsError } from "../interp/rtlib.ts";
import { threadState } from "../interp/state.ts";
import { PyTextStream } from "../interp/streams.ts";
import { sched, Waiter, PyThread } from "../concurrency/scheduler.ts";
import { PyLock, rlockType, blockOn, TIMEOUT_MAX } from "./_thread.ts";
import {
  pyClass, sealClass, defProperty, runtimeError, isExc, secondsOf, libFrame, pushFrame,
  conditionType, semaphoreType, boundedSemaphoreType, eventType, barrierType, brokenBarrierErrorType,
  PyEvent, newEvent, eventSet, eventWait,
} from "./threading_sync.ts";

// --- Thread objects ------------------------------------------------------------------------------

const NORMAL = 0, MAIN = 1, DUMMY = 2;

export class ThreadObj extends PyObj {
  /** Thread.__init__ has run. */
  inited = false;
  /** start() was called. */
  startedFlag = false;
  /** The thread's body has begun (CPython's `_started` event). */
  running = false;
  pt: PyThread | null = null;
  tname = "";
  /** The `daemon` value as given (CPython stores it as is). */
  daemonic: any = false;
  kind = NORMAL;
  /** The thread blocked in start() until this one begins. */
  startWaiter: Waiter | null = null;
}

export const threadType = pyClass("Thread", "threading", [objectType], (c) => new ThreadObj(c));
export const mainThreadType = pyClass("_MainThread", "threading", [threadType]);
export const dummyThreadType = pyClass("_DummyThread", "threading", [threadType]);
export const timerType = pyClass("Timer", "threading", [threadType]);

/** Threads started and not finished, in start order (CPython's _active + _limbo). */
const active = new Set<ThreadObj>();
/** Shared by "Thread-N" and "Dummy-N" names, as CPython's `_counter`. */
let counter = 0;
let mainObj: ThreadObj | null = null;

function ensureMain(): ThreadObj {
  if (mainObj !== null && mainObj.pt === sched.main) return mainObj;
  const m = newInstance(mainThreadType) as ThreadObj;
  m.kind = MAIN;
  m.inited = m.startedFlag = m.running = true;
  m.tname = "MainThread";
  m.daemonic = false;
  m.pt = sched.main;
  sched.main.pyObj = m;
  mainObj = m;
  const rest = [...active];
  active.clear();
  active.add(m);
  for (const t of rest) active.add(t);
  return m;
}

/** The Thread object of the running thread (a _DummyThread for threads started by _thread). */
export function currentThreadObj(): ThreadObj {
  const pt = sched.current!;
  const o = pt.pyObj;
  if (o instanceof ThreadObj) return o;
  if (pt === sched.main) return ensureMain();
  const d = newInstance(dummyThreadType) as ThreadObj;
  d.kind = DUMMY;
  d.inited = d.startedFlag = d.running = true;
  d.tname = `Dummy-${++counter}`;
  d.daemonic = true;
  d.pt = pt;
  pt.pyObj = d;
  active.add(d);
  return d;
}

/** Create an (unstarted) Thread object from TS, as `threading.Thread(name=..., target=...)`. */
export function* newThread(name: any, target: any, args: any[]): Gen<ThreadObj> {
  const t = newInstance(threadType) as ThreadObj;
  yield* threadInit(t, None, target, name, tuple(args), None, None);
  return t;
}

function check(o: any, meth: string): ThreadObj {
  if (!(o instanceof ThreadObj)) throw typeError(`descriptor '${meth}' for 'Thread' objects doesn't apply to a '${typeOf(o).name}' object`);
  return o;
}
function assertInit(t: ThreadObj, msg = "Thread.__init__() not called"): void {
  if (!t.inited) throw newExc(E.AssertionError, msg);
}

function* threadInit(self: ThreadObj, group: any, target: any, name: any, args: any, kwargs: any, daemon: any): Gen<void> {
  if (group !== undefined && group !== None) throw newExc(E.AssertionError, "group argument must be None for now");
  if (target === undefined) target = None;
  if (args === undefined) args = EMPTY_TUPLE;
  if (kwargs === undefined || kwargs === None) kwargs = new PyDict();
  let nm: string;
  if (name !== undefined && name !== None && (yield* truth(name))) nm = yield* str(name);
  else {
    nm = `Thread-${++counter}`;
    if (target !== None) {
      try {
        const tn = yield* getattr(target, "__name__");
        nm += ` (${yield* str(tn)})`;
      } catch (e) {
        if (!isExc(e, E.AttributeError)) throw e;
      }
    }
  }
  const d = (self.$d ??= new Ns());
  d._target = target;
  d._args = args;
  d._kwargs = kwargs;
  self.tname = nm;
  self.daemonic = daemon !== undefined && daemon !== None ? daemon : currentThreadObj().daemonic;
  self.inited = true;
}

function* threadStart(self: ThreadObj): Gen<any> {
  if (!self.inited) throw runtimeError("thread.__init__() not called");
  if (self.startedFlag) throw runtimeError("threads can only be started once");
  self.startedFlag = true;
  active.add(self);
  const daemon = yield* truth(self.daemonic);
  const pt = sched.spawn(self.tname, bootstrap(self), daemon);
  self.pt = pt;
  pt.pyObj = self;
  // like CPython, start() returns only once the new thread runs (the caller drops the GIL)
  if (!self.running) {
    const w = new Waiter("start", Infinity, None, () => `the start of ${self.tname}`, () => pt);
    self.startWaiter = w;
    yield* blockOn(w);
  }
  return None;
}

const BOOTSTRAP_FRAME = libFrame("threading.py", 1045, "_bootstrap_inner", "                self.run()");
const RUN_FRAME = libFrame("threading.py", 982, "run", "                self._target(*self._args, **self._kwargs)");
const INVOKE_FRAME = libFrame("threading.py", 1349, "invoke_excepthook", "            hook(args)");
const TIMER_FRAME = libFrame("threading.py", 1401, "run", "            self.function(*self.args, **self.kwargs)");

/** The body of every thread started by Thread.start (CPython's _bootstrap_inner). */
function* bootstrap(self: ThreadObj): Gen<any> {
  self.running = true;
  if (self.startWaiter !== null) { sched.wake(self.startWaiter, None); self.startWaiter = null; }
  try {
    const run = yield* getattr(self, "run");
    yield* callv(run, [], null, null);
  } catch (e0) {
    const e = e0 instanceof PyBaseException ? e0 : fromJsError(e0);
    pushFrame(e, BOOTSTRAP_FRAME);
    yield* invokeExcepthook(self, e);
  } finally {
    active.delete(self);
  }
}

/** `f(*args, **kwargs)` with args any iterable and kwargs a dict. */
function* callStarStar(f: any, args: any, kwargs: any): Gen<any> {
  const a = yield* toArray(args);
  if (kwargs === None || (kwargs instanceof PyDict && kwargs.size === 0)) return yield* callv(f, a, null, null);
  if (!(kwargs instanceof PyDict)) throw typeError(`argument after ** must be a mapping, not ${typeOf(kwargs).name}`);
  const keys = kwargs.keys();
  for (const k of keys) if (typeof k !== "string") throw typeError("keywords must be strings");
  return yield* callv(f, a, keys, kwargs.values());
}

function* threadRun(self: ThreadObj): Gen<any> {
  const d = self.$d ?? new Ns();
  try {
    const target = d._target;
    if (target !== undefined && target !== None) {
      try {
        yield* callStarStar(target, d._args ?? EMPTY_TUPLE, d._kwargs ?? None);
      } catch (e) {
        pushFrame(e, RUN_FRAME);
        throw e;
      }
    }
  } finally {
    // CPython drops the references so that the target's arguments can be freed
    delete d._target; delete d._args; delete d._kwargs;
  }
  return None;
}

function* threadJoin(self: ThreadObj, timeout: any): Gen<any> {
  if (!self.inited) throw runtimeError("Thread.__init__() not called");
  if (!self.startedFlag) throw runtimeError("cannot join thread before it is started");
  if (self.kind === DUMMY) throw newExc(E.AssertionError, "cannot join a dummy thread");
  if (self === currentThreadObj()) throw runtimeError("cannot join current thread");
  const pt = self.pt!;
  if (pt.state === "done") return None;
  let deadline = Infinity;
  if (timeout !== undefined && timeout !== None) {
    const t = Math.max(secondsOf(timeout, "max"), 0);
    if (t > TIMEOUT_MAX.v) throw newExc(E.OverflowError, "timeout value is too large");
    if (t === 0) return None;
    deadline = sched.now() + t * 1e6;
  }
  const w = new Waiter("join", deadline, false, () => `join(${self.tname})`, () => pt);
  pt.joiners.push(w);
  w.onTimeout = () => { const i = pt.joiners.indexOf(w); if (i >= 0) pt.joiners.splice(i, 1); };
  yield* blockOn(w);
  return None;
}

function isAlive(self: ThreadObj): boolean {
  assertInit(self);
  if (!self.running || self.pt === null) return false;
  if (self.kind === DUMMY) return true;
  return self.pt.state !== "done";
}

function* threadRepr(self: ThreadObj): Gen<string> {
  assertInit(self, "Thread.__init__() was not called");
  let status = "initial";
  if (self.running) status = "started";
  if (self.pt !== null && self.pt.state === "done" && self.kind !== DUMMY) status = "stopped";
  if (yield* truth(self.daemonic)) status += " daemon";
  if (self.pt !== null) status += ` ${self.pt.ident}`;
  return `<${typeOf(self).name}(${self.tname}, ${status})>`;
}

function setName(self: ThreadObj, name: string): void {
  self.tname = name;
  if (self.pt !== null) {
    self.pt.name = name;
    sched.log.names.set(self.pt.id, name);
  }
}
function setDaemon(self: ThreadObj, v: any): void {
  if (!self.inited) throw runtimeError("Thread.__init__() not called");
  if (self.startedFlag) throw runtimeError("cannot set daemon status of active thread");
  self.daemonic = v;
}

const T = threadType;
defMethod(T, "__init__", ["group?", "target?", "name?", "args?", "kwargs?", "*", "daemon?"],
  function* (self: any, group: any, target: any, name: any, args: any, kwargs: any, daemon: any) {
    yield* threadInit(check(self, "__init__"), group, target, name, args, kwargs, daemon);
    return None;
  });
defMethod(T, "start", [], function* (self: any) { return yield* threadStart(check(self, "start")); });
defMethod(T, "run", [], function* (self: any) { return yield* threadRun(check(self, "run")); });
defMethod(T, "join", ["timeout?"], function* (self: any, timeout: any) { return yield* threadJoin(check(self, "join"), timeout); });
defMethod(T, "is_alive", [], (self: any) => isAlive(check(self, "is_alive")));
defMethod(T, "__repr__", [], function* (self: any) { return yield* threadRepr(check(self, "__repr__")); });
defProperty(T, "name", (self: any) => { const t = check(self, "name"); assertInit(t); return t.tname; },
  function* (self: any, v: any) { const t = check(self, "name"); assertInit(t); setName(t, yield* str(v)); return None; });
defProperty(T, "ident", (self: any) => { const t = check(self, "ident"); assertInit(t); return t.pt !== null ? t.pt.ident : None; });
defProperty(T, "native_id", (self: any) => { const t = check(self, "native_id"); assertInit(t); return t.pt !== null ? process.pid + t.pt.id - 1 : None; });
defProperty(T, "daemon", (self: any) => { const t = check(self, "daemon"); assertInit(t); return t.daemonic; },
  (self: any, v: any) => { setDaemon(check(self, "daemon"), v); return None; });
defMethod(T, "getName", [], (self: any) => check(self, "getName").tname);
defMethod(T, "setName", ["name"], function* (self: any, v: any) { const t = check(self, "setName"); assertInit(t); setName(t, yield* str(v)); return None; });
defMethod(T, "isDaemon", [], (self: any) => check(self, "isDaemon").daemonic);
defMethod(T, "setDaemon", ["daemonic"], (self: any, v: any) => { setDaemon(check(self, "setDaemon"), v); return None; });
sealClass(T);
sealClass(mainThreadType);
defMethod(dummyThreadType, "is_alive", [], (self: any) => {
  const t = check(self, "is_alive");
  if (!t.running) throw newExc(E.AssertionError);
  return true;
});
defMethod(dummyThreadType, "join", ["timeout?"], () => { throw newExc(E.AssertionError, "cannot join a dummy thread"); });
sealClass(dummyThreadType);

// --- Timer ---------------------------------------------------------------------------------------

defMethod(timerType, "__init__", ["interval", "function", "args?", "kwargs?"],
  function* (self: any, interval: any, fn: any, args: any, kwargs: any) {
    const t = check(self, "__init__");
    yield* threadInit(t, None, None, None, EMPTY_TUPLE, None, None);
    const d = t.$d!;
    d.interval = interval;
    d.function = fn;
    d.args = args !== undefined && args !== None ? args : new PyList([]);
    d.kwargs = kwargs !== undefined && kwargs !== None ? kwargs : new PyDict();
    d.finished = newEvent();
    return None;
  });
function* setEvent(ev: any): Gen<void> {
  if (ev instanceof PyEvent && ev.$cls === eventType) eventSet(ev);
  else yield* callMethod(ev, "set", []);
}
defMethod(timerType, "cancel", [], function* (self: any) {
  yield* setEvent(yield* getattr(self, "finished"));
  return None;
});
defMethod(timerType, "run", [], function* (self: any) {
  const fin = yield* getattr(self, "finished");
  const interval = yield* getattr(self, "interval");
  let isSet: boolean;
  if (fin instanceof PyEvent && fin.$cls === eventType) {
    yield* eventWait(fin, interval);
    isSet = fin.flag;
  } else {
    yield* callMethod(fin, "wait", [interval]);
    isSet = yield* truth(yield* callMethod(fin, "is_set", []));
  }
  if (!isSet) {
    const f = yield* getattr(self, "function");
    const args = yield* getattr(self, "args");
    const kwargs = yield* getattr(self, "kwargs");
    try {
      yield* callStarStar(f, args, kwargs);
    } catch (e) {
      pushFrame(e, TIMER_FRAME);
      throw e;
    }
  }
  yield* setEvent(fin);
  return None;
});
sealClass(timerType);

// --- excepthook ------------------------------------------------------------------------------------

export const exceptHookArgsType = builtinType("_ExceptHookArgs", tupleType, "_thread");
const HOOK_FIELDS = ["exc_type", "exc_value", "exc_traceback", "thread"];
HOOK_FIELDS.forEach((f, i) => defProperty(exceptHookArgsType, f, (self: PyTuple) => self.items[i]));
exceptHookArgsType.ns.n_fields = 4;
exceptHookArgsType.ns.n_sequence_fields = 4;
exceptHookArgsType.ns.n_unnamed_fields = 0;
defNew(exceptHookArgsType, ["sequence", "dict?"], function* (cls: PyType, seq: any) {
  const items = yield* toArray(seq);
  if (items.length !== 4) throw typeError(`_thread._ExceptHookArgs() takes a 4-sequence (${items.length}-sequence given)`);
  return new PyTuple(items, cls);
});
defMethod(exceptHookArgsType, "__repr__", [], function* (self: PyTuple) {
  const parts: string[] = [];
  for (let i = 0; i < 4; i++) parts.push(`${HOOK_FIELDS[i]}=${yield* repr(self.items[i])}`);
  return `_thread._ExceptHookArgs(${parts.join(", ")})`;
});

let interp: Interpreter | null = null;
/** The threading module's namespace (its `excepthook` may be replaced by the program). */
let modNs: Record<string, any> | null = null;

/** Write to sys.stderr as CPython's excepthook does (nothing when sys.stderr is None). */
export function* writeStderr(text: string): Gen<void> {
  const err = interp ? interp.sys.$d!.stderr : undefined;
  if (err === undefined || err === None) return;
  if (err instanceof PyTextStream) { interp!.writeStderr(text); return; }
  yield* callMethod(err, "write", [text]);
  try { yield* callMethod(err, "flush", []); } catch (e) { if (!isExc(e, E.Exception)) throw e; }
}
/** Print an exception with its traceback to stderr (sys.excepthook's default). */
export function* printException(e: PyBaseException, header = ""): Gen<void> {
  const sysHook = interp ? interp.sys.$d!.excepthook : undefined;
  if (header === "" && sysHook !== undefined && sysHook !== None) {
    const tb = yield* getattr(e, "__traceback__");
    yield* callv(sysHook, [typeOf(e), e, tb], null, null);
    return;
  }
  yield* writeStderr(header + (yield* formatException(e)));
}

const excepthook = defBuiltin(new Ns(), "_excepthook", ["args", "/"], function* (args: any) {
  if (!(args instanceof PyTuple) || !isSubtype(args.$cls, exceptHookArgsType)) {
    throw typeError("_thread._excepthook argument type must be ExceptHookArgs");
  }
  const [etype, evalue, , thread] = args.items;
  if (etype === E.SystemExit) return None; // silently ignored, as CPython
  let name: string;
  if (thread !== None) name = yield* str(yield* getattr(thread, "name"));
  else name = String(sched.current!.ident);
  const body = evalue instanceof PyBaseException ? yield* formatException(evalue) : `${yield* str(evalue)}\n`;
  yield* writeStderr(`Exception in thread ${name}:\n${body}`);
  return None;
});

/** Call threading.excepthook for an exception that ended a thread's run(). */
function* invokeExcepthook(self: ThreadObj, e: PyBaseException): Gen<void> {
  const saved = threadState.handling;
  threadState.handling = e;
  try {
    let hook = modNs ? modNs.excepthook : excepthook;
    if (hook === undefined || hook === None) hook = excepthook;
    const tb = yield* getattr(e, "__traceback__");
    const args = new PyTuple([typeOf(e), e, tb, self], exceptHookArgsType);
    yield* callv(hook, [args], null, null);
  } catch (e20) {
    // the hook failed: report its own exception the way sys.excepthook would
    const e2 = e20 instanceof PyBaseException ? e20 : fromJsError(e20);
    if (!isSubtype(e2.$cls, E.Exception)) throw e2;
    e2.suppress = true;
    pushFrame(e2, INVOKE_FRAME);
    try {
      yield* writeStderr("Exception in threading.excepthook:\n");
      yield* printException(e2);
    } catch { /* nothing left to report with */ }
  } finally {
    threadState.handling = saved;
  }
}

// --- thread-local data ----------------------------------------------------------------------------------

/** threading.local: `$d` resolves to the running thread's own dict. */
export class PyLocal extends PyObj {
  dicts = new Map<PyThread | null, Record<string, any>>();
  args: any[] = [];
  kwn: string[] | null = null;
  kwv: any[] | null = null;
  constructor(cls: PyType) {
    super(cls);
    delete (this as any).$d; // let the accessor below answer
  }
}
Object.defineProperty(PyLocal.prototype, "$d", {
  configurable: true,
  get(this: PyLocal) {
    const key = sched ? sched.current : null;
    let d = this.dicts.get(key);
    if (d === undefined) {
      d = new Ns();
      // a class with __init__ creates the dict in ensureLocal, when it can run __init__
      if (!this.$cls.customGetattribute) this.dicts.set(key, d);
    }
    return d;
  },
  set(this: PyLocal, v: any) {
    if (v !== undefined && this.dicts !== undefined) this.dicts.set(sched ? sched.current : null, v);
  },
});
export const localType = builtinType("_local", objectType, "_thread");
localType.hasDict = true;
localType.alloc = (c) => new PyLocal(c);

/** First use of a local in a thread: a fresh dict, and the subclass's __init__ run again. */
function* ensureLocal(self: PyLocal): Gen<void> {
  const key = sched.current;
  if (self.dicts.has(key)) return;
  self.dicts.set(key, new Ns());
  const t = typeOf(self);
  const init = t.lookup("__init__");
  if (init === undefined || init === typeHooks.objectInit) return;
  try {
    yield* callDunder(init, self, t, self.args, self.kwn, self.kwv);
  } catch (e) {
    self.dicts.delete(key);
    throw e;
  }
}
defNew(localType, ["*args", "**kw"], (cls: PyType, args: any[], kw: any) => {
  if ((args.length || (kw && Object.keys(kw).length)) && cls.lookup("__init__") === typeHooks.objectInit) {
    throw typeError("Initialization arguments are not supported");
  }
  const o = newInstance(cls) as PyLocal;
  o.dicts.set(sched.current, new Ns()); // the creating thread's __init__ runs through type.__call__
  o.args = args;
  if (kw) { o.kwn = Object.keys(kw); o.kwv = o.kwn.map((k) => kw[k]); }
  return o;
});
defMethod(localType, "__getattribute__", ["name", "/"], function* (self: PyLocal, name: any) {
  if (typeof name !== "string") throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  yield* ensureLocal(self);
  return yield* genericGetattr(self, name);
});
defMethod(localType, "__setattr__", ["name", "value", "/"], function* (self: PyLocal, name: any, v: any) {
  if (typeof name !== "string") throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  if (name === "__dict__") throw newExc(E.AttributeError, `'${typeOf(self).name}' object attribute '__dict__' is read-only`);
  yield* ensureLocal(self);
  yield* genericSetattr(self, name, v);
  return None;
});
defGetSet(localType, "__dict__", (self: PyLocal) => nsDictOf(self.$d!));
// subclasses with an __init__ must see every attribute access (to run it in new threads)
localType.ns.__init_subclass__ = new PyClassMethod(defBuiltin(new Ns(), "__init_subclass__", ["cls", "**kw"], (cls: PyType) => {
  if (cls.lookup("__init__") !== typeHooks.objectInit) cls.customGetattribute = true;
  return None;
}));

// --- main-thread exit hooks (CPython's threading._register_atexit) --------------------------------------

const exitHooks: (() => void)[] = [];
let exitHooked: PyThread | null = null;
/** Run `fn` (TS only, no Python code) when the main thread ends, before waiting for the others. */
export function atMainExit(fn: () => void): void {
  exitHooks.push(fn);
  if (exitHooked === sched.main) return;
  exitHooked = sched.main;
  const m = sched.main;
  const prev = m.onExit;
  m.onExit = (err) => {
    if (prev) prev(err);
    for (const f of exitHooks.splice(0)) f();
  };
}

// --- the module ------------------------------------------------------------------------------------

registerModule("threading", (it) => makeModule("threading", (ns) => {
  // module state belongs to one program run
  interp = it;
  modNs = ns;
  counter = 0;
  active.clear();
  mainObj = null;
  const th = driveSync(it.importModule("_thread"));
  const T0 = th.$d!;
  ensureMain();
  ns.__all__ = new PyList(["get_ident", "active_count", "Condition", "current_thread", "enumerate", "main_thread",
    "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread", "Barrier",
    "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local",
    "stack_size", "excepthook", "get_native_id", "getprofile", "gettrace"]);
  ns.Thread = threadType;
  ns._MainThread = mainThreadType;
  ns._DummyThread = dummyThreadType;
  ns.Timer = timerType;
  ns.Condition = conditionType;
  ns.Semaphore = semaphoreType;
  ns.BoundedSemaphore = boundedSemaphoreType;
  ns.Event = eventType;
  ns.Barrier = barrierType;
  ns.BrokenBarrierError = brokenBarrierErrorType;
  ns.local = localType;
  ns.Lock = T0.allocate_lock;
  ns._allocate_lock = T0.allocate_lock;
  ns._CRLock = rlockType;
  defBuiltin(ns, "RLock", ["*args", "**kwargs"], (args: any[], kw: any) => {
    if (args.length || (kw && Object.keys(kw).length)) throw typeError("RLock() takes no arguments");
    return new PyLock(rlockType, true);
  });
  ns.ThreadError = E.RuntimeError;
  ns.TIMEOUT_MAX = TIMEOUT_MAX;
  ns.ExceptHookArgs = exceptHookArgsType;
  ns.excepthook = excepthook;
  ns.__excepthook__ = excepthook;
  ns.get_ident = T0.get_ident;
  ns.get_native_id = T0.get_native_id;
  ns.stack_size = T0.stack_size;
  ns._trace_hook = None;
  ns._profile_hook = None;
  defBuiltin(ns, "current_thread", [], () => currentThreadObj());
  ns.currentThread = ns.current_thread;
  defBuiltin(ns, "main_thread", [], () => ensureMain());
  defBuiltin(ns, "enumerate", [], () => new PyList([...active].filter((t) => t.pt === null || t.kind === DUMMY || t.pt.state !== "done")));
  defBuiltin(ns, "active_count", [], () => [...active].filter((t) => t.pt === null || t.kind === DUMMY || t.pt.state !== "done").length);
  ns.activeCount = ns.active_count;
  // tracing and profiling hooks are recorded only: pygil has no sys.settrace
  defBuiltin(ns, "settrace", ["func"], (f: any) => { ns._trace_hook = f; return None; });
  defBuiltin(ns, "setprofile", ["func"], (f: any) => { ns._profile_hook = f; return None; });
  defBuiltin(ns, "gettrace", [], () => ns._trace_hook);
  defBuiltin(ns, "getprofile", [], () => ns._profile_hook);
}));
