// The `queue` module: Queue/LifoQueue/PriorityQueue built as CPython's are (a mutex and three
// conditions over it, the _init/_qsize/_put/_get hooks a subclass may override) with GIL-trace
// reasons queue.get/queue.put/queue.join, SimpleQueue (the C `_queue.SimpleQueue`), Empty, Full.

import { PyObj, PyType, Ns, None, NEED, typeOf, objectType, Gen, PyList, builtinType, listType } from "../runtime/core.ts";
import { defMethod, defMethod2 } from "../runtime/function.ts";
import * as E from "../runtime/exceptions.ts";
import { newExc, valueError } from "../runtime/exceptions.ts";
import { truth, truthS, len, asNum, cmpS, compareTest, LT } from "../runtime/ops.ts";
import { PyClassMethod } from "../runtime/attr.ts";
import { idOf } from "../runtime/repr.ts";
import { callMethod } from "../runtime/builtins.ts";
import { registerModule, makeModule } from "../interp/interpreter.ts";
import { sched, Waiter } from "../concurrency/scheduler.ts";
import { PyLock, lockType } from "./_thread.ts";
import {
  pyClass, sealClass, secondsOf, PyCondition, newCondition, condWait, condNotify, lockAcquire, lockRelease,
  releasePyLock, waitOn, wakeN,
} from "./threading_sync.ts";
import { PyDeque, dequeType } from "./collections.ts";

export const emptyType = pyClass("Empty", "_queue", [E.Exception]);
export const fullType = pyClass("Full", "queue", [E.Exception]);

// --- heap order with Python's < (the heapq algorithm, so equal keys come out as in CPython) ----------

function* less(a: any, b: any): Gen<boolean> {
  const r = cmpS(a, b, LT);
  return r !== NEED ? r : yield* compareTest(a, b, LT);
}
function* siftDown(h: any[], start: number, pos: number): Gen<void> {
  const item = h[pos];
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = h[parentPos];
    if (yield* less(item, parent)) { h[pos] = parent; pos = parentPos; continue; }
    break;
  }
  h[pos] = item;
}
function* siftUp(h: any[], pos: number): Gen<void> {
  const end = h.length, start = pos, item = h[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !(yield* less(h[child], h[right]))) child = right;
    h[pos] = h[child];
    pos = child;
    child = 2 * pos + 1;
  }
  h[pos] = item;
  yield* siftDown(h, start, pos);
}
export function* heapPush(h: any[], item: any): Gen<void> {
  h.push(item);
  yield* siftDown(h, 0, h.length - 1);
}
export function* heapPop(h: any[]): Gen<any> {
  const last = h.pop();
  if (h.length === 0) return last;
  const top = h[0];
  h[0] = last;
  yield* siftUp(h, 0);
  return top;
}

// --- Queue ---------------------------------------------------------------------------------------------

export const queueType = pyClass("Queue", "queue", [objectType]);
export const lifoQueueType = pyClass("LifoQueue", "queue", [queueType]);
export const priorityQueueType = pyClass("PriorityQueue", "queue", [queueType]);

const FIFO = 0, LIFO = 1, HEAP = 2;
/** The builtin hooks, so the common case skips calling them through Python. */
const hookKinds = new Map<any, number>();
function hookKind(q: any, name: string): number {
  const f = typeOf(q).lookup(name);
  const k = hookKinds.get(f);
  return k === undefined ? -1 : k;
}

/** Length of a builtin store (list or deque), or -1 when Python code must be called. */
function storeLen(l: any): number {
  if (l instanceof PyList && l.$cls === listType) return l.items.length;
  if (l instanceof PyDeque && l.$cls === dequeType) return l.n;
  return -1;
}
function* qsizeOf(q: PyObj): Gen<number> {
  if (hookKind(q, "_qsize") >= 0) {
    const l = q.$d!.queue;
    const n = storeLen(l);
    return n >= 0 ? n : yield* len(l);
  }
  const n = yield* callMethod(q, "_qsize", []);
  const v = asNum(n);
  return v === undefined ? ((yield* truth(n)) ? 1 : 0) : v;
}
function* qput(q: PyObj, item: any): Gen<void> {
  const k = hookKind(q, "_put");
  const l = q.$d!.queue;
  if (k >= 0 && storeLen(l) >= 0) {
    if (k === HEAP) yield* heapPush((l as PyList).items, item);
    else if (l instanceof PyDeque) l.append(item);
    else (l as PyList).items.push(item);
    return;
  }
  if (k === FIFO || k === LIFO) { yield* callMethod(l, "append", [item]); return; }
  if (k === HEAP) throw E.typeError(`'${typeOf(l).name}' object is not a list`);
  yield* callMethod(q, "_put", [item]);
}
/** Take from a builtin store (the caller checked it is not empty). */
function takeS(k: number, l: any): any {
  if (l instanceof PyDeque) { l.state++; return k === FIFO ? l.popL() : l.popR(); }
  return k === FIFO ? l.items.shift() : l.items.pop();
}
function* qget(q: PyObj): Gen<any> {
  const k = hookKind(q, "_get");
  const l = q.$d!.queue;
  const n = storeLen(l);
  if (k >= 0 && n >= 0) {
    if (n === 0) throw E.indexError(l instanceof PyDeque ? "pop from an empty deque" : k === HEAP ? "index out of range" : "pop from empty list");
    if (k === HEAP) return yield* heapPop((l as PyList).items);
    return takeS(k, l);
  }
  if (k === FIFO) return yield* callMethod(l, "popleft", []);
  if (k === LIFO) return yield* callMethod(l, "pop", []);
  if (k === HEAP) throw E.typeError(`'${typeOf(l).name}' object is not a list`);
  return yield* callMethod(q, "_get", []);
}

/**
 * The storage kind when a queue can be used without running Python code: builtin hooks,
 * conditions over one free _thread lock. -1 otherwise.
 */
function fastKind(q: PyObj): number {
  const t = q.$cls;
  const k = hookKinds.get(t.lookup("_put"));
  if (k === undefined || hookKinds.get(t.lookup("_get")) !== k || hookKinds.get(t.lookup("_qsize")) !== k) return -1;
  const d = q.$d;
  if (d === undefined) return -1;
  const ne = d.not_empty, nf = d.not_full;
  if (!(ne instanceof PyCondition) || !(nf instanceof PyCondition)) return -1;
  const lock = ne.lock;
  if (!(lock instanceof PyLock) || lock.locked || nf.lock !== lock) return -1;
  return k;
}
/** Queue.put without blocking or Python code (CPython's uncontended put); NEED otherwise. */
function putS(q: PyObj, item: any, block: any, timeout: any): any {
  const k = fastKind(q);
  if (k < 0 || k === HEAP) return NEED;
  const d = q.$d!, l = d.queue, n = storeLen(l);
  const maxsize = d.maxsize, u = d.unfinished_tasks;
  if (n < 0 || typeof maxsize !== "number" || typeof u !== "number") return NEED;
  if (maxsize > 0) {
    if (n >= maxsize) return NEED;
    if (block !== undefined && block !== true && block !== false) return NEED;
    if (block !== false && timeout !== undefined && timeout !== None) return NEED; // validated by put()
  }
  if (l instanceof PyDeque) l.append(item); else l.items.push(item);
  d.unfinished_tasks = u + 1;
  condNotify(d.not_empty, 1);
  return None;
}
/** Queue.get when an item is there and no Python code runs; NEED otherwise. */
function getS(q: PyObj, block: any, timeout: any): any {
  const k = fastKind(q);
  if (k < 0) return NEED;
  const d = q.$d!, l = d.queue, n = storeLen(l);
  if (n <= 0 || (k === HEAP && n > 1)) return NEED;
  const b = block === undefined ? true : truthS(block);
  if (b === NEED || (b && timeout !== undefined && timeout !== None)) return NEED; // timeout validated by get()
  const item = takeS(k === HEAP ? LIFO : k, l);
  condNotify(d.not_full, 1);
  return item;
}

// conditions of a queue: the fast path for threading.Condition, Python calls otherwise
function* enter(c: any): Gen<void> {
  if (c instanceof PyCondition) {
    const l = c.lock;
    if (l instanceof PyLock && l.tryAcquire(sched.current!)) return;
    yield* lockAcquire(l);
  } else yield* callMethod(c, "__enter__", []);
}
function* exit(c: any): Gen<void> {
  if (c instanceof PyCondition) {
    if (c.lock instanceof PyLock) releasePyLock(c.lock);
    else yield* lockRelease(c.lock);
  } else yield* callMethod(c, "__exit__", [None, None, None]);
}
function* wait(c: any, deadline: number): Gen<void> {
  if (c instanceof PyCondition) { yield* condWait(c, deadline); return; }
  yield* callMethod(c, "wait", deadline === Infinity ? [] : [Math.max(0, (deadline - sched.now()) / 1e6)]);
}
function* notify(c: any, all: boolean): Gen<void> {
  if (c instanceof PyCondition && c.lock instanceof PyLock && c.lock.locked) { condNotify(c, all ? Infinity : 1); return; }
  yield* callMethod(c, all ? "notify_all" : "notify", []);
}

function timeoutArg(timeout: any): number {
  const t = secondsOf(timeout, "<");
  if (t < 0) throw valueError("'timeout' must be a non-negative number");
  return sched.now() + t * 1e6;
}
function maxsizeOf(q: PyObj): number {
  const m = asNum(q.$d!.maxsize);
  return m === undefined ? 0 : m;
}

export function* queuePut(q: PyObj, item: any, block: boolean, timeout: any): Gen<void> {
  const d = q.$d!;
  const notFull = d.not_full;
  yield* enter(notFull);
  try {
    const maxsize = maxsizeOf(q);
    if (maxsize > 0) {
      if (!block) {
        if ((yield* qsizeOf(q)) >= maxsize) throw newExc(fullType);
      } else if (timeout === None) {
        while ((yield* qsizeOf(q)) >= maxsize) yield* wait(notFull, Infinity);
      } else {
        const endtime = timeoutArg(timeout);
        while ((yield* qsizeOf(q)) >= maxsize) {
          if (endtime - sched.now() <= 0) throw newExc(fullType);
          yield* wait(notFull, endtime);
        }
      }
    }
    yield* qput(q, item);
    const u = d.unfinished_tasks;
    d.unfinished_tasks = typeof u === "number" ? u + 1 : 1;
    yield* notify(d.not_empty, false);
  } finally {
    yield* exit(notFull);
  }
}

export function* queueGet(q: PyObj, block: boolean, timeout: any): Gen<any> {
  const d = q.$d!;
  const notEmpty = d.not_empty;
  yield* enter(notEmpty);
  try {
    if (!block) {
      if (!(yield* qsizeOf(q))) throw newExc(emptyType);
    } else if (timeout === None) {
      while (!(yield* qsizeOf(q))) yield* wait(notEmpty, Infinity);
    } else {
      const endtime = timeoutArg(timeout);
      while (!(yield* qsizeOf(q))) {
        if (endtime - sched.now() <= 0) throw newExc(emptyType);
        yield* wait(notEmpty, endtime);
      }
    }
    const item = yield* qget(q);
    yield* notify(d.not_full, false);
    return item;
  } finally {
    yield* exit(notEmpty);
  }
}

function* blockArg(b: any): Gen<boolean> { return b === undefined ? true : yield* truth(b); }
function opt(v: any): any { return v === undefined ? None : v; }

const Q = queueType;
defMethod(Q, "__init__", ["maxsize?"], function* (self: PyObj, maxsize: any) {
  const d = (self.$d ??= new Ns());
  const m = maxsize === undefined ? 0 : maxsize;
  d.maxsize = m;
  yield* callMethod(self, "_init", [m]);
  const mutex = new PyLock(lockType, false);
  d.mutex = mutex;
  d.not_empty = newCondition(mutex, "queue.get");
  d.not_full = newCondition(mutex, "queue.put");
  d.all_tasks_done = newCondition(mutex, "queue.join");
  d.unfinished_tasks = 0;
  return None;
});
defMethod(Q, "task_done", [], function* (self: PyObj) {
  const d = self.$d!;
  const c = d.all_tasks_done;
  yield* enter(c);
  try {
    const unfinished = (asNum(d.unfinished_tasks) ?? 0) - 1;
    if (unfinished <= 0) {
      if (unfinished < 0) throw valueError("task_done() called too many times");
      yield* notify(c, true);
    }
    d.unfinished_tasks = unfinished;
  } finally {
    yield* exit(c);
  }
  return None;
});
defMethod(Q, "join", [], function* (self: PyObj) {
  const d = self.$d!;
  const c = d.all_tasks_done;
  yield* enter(c);
  try {
    while (yield* truth(d.unfinished_tasks)) yield* wait(c, Infinity);
  } finally {
    yield* exit(c);
  }
  return None;
});
function* withMutex<T>(self: PyObj, f: () => Gen<T>): Gen<T> {
  const m = self.$d!.mutex;
  yield* lockAcquire(m);
  try { return yield* f(); } finally { yield* lockRelease(m); }
}
defMethod(Q, "qsize", [], function* (self: PyObj) {
  return yield* withMutex(self, function* () { return yield* qsizeOf(self); });
});
defMethod(Q, "empty", [], function* (self: PyObj) {
  return yield* withMutex(self, function* () { return !(yield* qsizeOf(self)); });
});
defMethod(Q, "full", [], function* (self: PyObj) {
  return yield* withMutex(self, function* () {
    const m = maxsizeOf(self);
    return 0 < m && m <= (yield* qsizeOf(self));
  });
});
defMethod2(Q, "put", ["item", "block?", "timeout?"], putS, function* (self: PyObj, item: any, block: any, timeout: any) {
  yield* queuePut(self, item, yield* blockArg(block), opt(timeout));
  return None;
});
defMethod2(Q, "put_nowait", ["item"], (self: PyObj, item: any) => putS(self, item, false, undefined), function* (self: PyObj, item: any) {
  yield* queuePut(self, item, false, None);
  return None;
});
defMethod2(Q, "get", ["block?", "timeout?"], getS, function* (self: PyObj, block: any, timeout: any) {
  return yield* queueGet(self, yield* blockArg(block), opt(timeout));
});
defMethod2(Q, "get_nowait", [], (self: PyObj) => getS(self, false, undefined), function* (self: PyObj) { return yield* queueGet(self, false, None); });
// the storage hooks
function defHooks(t: PyType, kind: number) {
  hookKinds.set(defMethod(t, "_init", ["maxsize"], function* (self: PyObj) {
    self.$d!.queue = kind === FIFO ? new PyDeque(dequeType) : new PyList([]);
    return None;
  }), kind);
  hookKinds.set(defMethod(t, "_qsize", [], function* (self: PyObj) { return yield* qsizeOf(self); }), kind);
  hookKinds.set(defMethod(t, "_put", ["item"], function* (self: PyObj, item: any) { yield* qput(self, item); return None; }), kind);
  hookKinds.set(defMethod(t, "_get", [], function* (self: PyObj) { return yield* qget(self); }), kind);
}
defHooks(Q, FIFO);
defHooks(lifoQueueType, LIFO);
defHooks(priorityQueueType, HEAP);
for (const t of [Q, lifoQueueType, priorityQueueType]) sealClass(t);

// --- SimpleQueue -----------------------------------------------------------------------------------------

export class PySimpleQueue extends PyObj {
  items: any[] = [];
  head = 0;
  waiters: Waiter[] = [];
  get size(): number { return this.items.length - this.head; }
  push(x: any): void { this.items.push(x); wakeN(this.waiters, 1); }
  shift(): any {
    const x = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.items.length) { this.items = this.items.slice(this.head); this.head = 0; }
    return x;
  }
}
export const simpleQueueType = builtinType("SimpleQueue", objectType, "_queue");
simpleQueueType.alloc = (c) => new PySimpleQueue(c);

/** SimpleQueue.get: take the first item, waiting (reason queue.get) while it is empty. */
export function* simpleGet(q: PySimpleQueue, block: boolean, timeout: any): Gen<any> {
  let deadline = Infinity;
  if (block && timeout !== None) deadline = timeoutArg(timeout);
  while (q.size === 0) {
    if (!block || (deadline !== Infinity && sched.now() >= deadline)) throw newExc(emptyType);
    yield* waitOn(q.waiters, "queue.get", deadline, () => `SimpleQueue.get at 0x${idOf(q).toString(16)}`);
  }
  return q.shift();
}
const SQ = simpleQueueType;
defMethod(SQ, "put", ["item", "block?", "timeout?"], (self: PySimpleQueue, item: any) => { self.push(item); return None; });
defMethod(SQ, "put_nowait", ["item"], (self: PySimpleQueue, item: any) => { self.push(item); return None; });
/** SimpleQueue.get when an item is there (a given timeout is validated by the full version). */
function simpleGetS(q: PySimpleQueue, block: any, timeout: any): any {
  if (q.size === 0 || (timeout !== undefined && timeout !== None)) return NEED;
  return q.shift();
}
defMethod2(SQ, "get", ["block?", "timeout?"], simpleGetS, function* (self: PySimpleQueue, block: any, timeout: any) {
  return yield* simpleGet(self, yield* blockArg(block), opt(timeout));
});
defMethod2(SQ, "get_nowait", [], (self: PySimpleQueue) => simpleGetS(self, false, undefined), function* (self: PySimpleQueue) {
  return yield* simpleGet(self, false, None);
});
defMethod(SQ, "empty", [], (self: PySimpleQueue) => self.size === 0);
defMethod(SQ, "qsize", [], (self: PySimpleQueue) => self.size);

for (const t of [Q, SQ]) {
  const cg = defMethod(t, "__class_getitem__", ["item"], (cls: any) => cls);
  t.ns.__class_getitem__ = new PyClassMethod(cg);
}
sealClass(Q);

registerModule("queue", () => makeModule("queue", (ns) => {
  ns.__all__ = new PyList(["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]);
  ns.Empty = emptyType;
  ns.Full = fullType;
  ns.Queue = queueType;
  ns.LifoQueue = lifoQueueType;
  ns.PriorityQueue = priorityQueueType;
  ns.SimpleQueue = simpleQueueType;
}));
