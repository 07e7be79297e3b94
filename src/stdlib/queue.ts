// The `queue` module: Queue/LifoQueue/PriorityQueue built as CPython's are (a mutex and three
// conditions over it, the _init/_qsize/_put/_get hooks a subclass may override) with GIL-trace
// reasons queue.get/queue.put/queue.join, SimpleQueue (the C `_queue.SimpleQueue`), Empty, Full.

import { PyObj, PyType, Ns, None, NEED, typeOf, objectType, Gen, PyList, builtinType } from "../runtime/core.ts";
import { defMethod, PyBuiltin } from "../runtime/function.ts";
import * as E from "../runtime/exceptions.ts";
import { newExc, valueError } from "../runtime/exceptions.ts";
import { callv } from "../runtime/call.ts";
import { truth, len, asNum, cmpS, compareTest, LT } from "../runtime/ops.ts";
import { getattr, PyClassMethod } from "../runtime/attr.ts";
import { idOf } from "../runtime/repr.ts";
import { callMethod } from "../runtime/builtins.ts";
import { registerModule, makeModule, driveSync, Interpreter } from "../interp/interpreter.ts";
import { sched, Waiter } from "../concurrency/scheduler.ts";
import { PyLock, lockType } from "./_thread.ts";
import {
  pyClass, sealClass, secondsOf, PyCondition, newCondition, condWait, condNotify, lockAcquire, lockRelease,
  waitOn, wakeN, waitDeadline,
} from "./threading_sync.ts";

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

let dequeType: any = undefined;
/** collections.deque when pygil has one (Queue.queue is a deque in CPython), else None. */
function findDeque(it: Interpreter): any {
  try {
    const m = driveSync(it.importModule("collections"));
    return m.$d!.deque ?? None;
  } catch { return None; }
}

const FIFO = 0, LIFO = 1, HEAP = 2;
/** The builtin hooks, so the common case skips calling them through Python. */
const hookKinds = new Map<any, number>();
function hookKind(q: any, name: string): number {
  const f = typeOf(q).lookup(name);
  const k = hookKinds.get(f);
  return k === undefined ? -1 : k;
}

function* qsizeOf(q: PyObj): Gen<number> {
  if (hookKind(q, "_qsize") >= 0) {
    const l = q.$d!.queue;
    return l instanceof PyList ? l.items.length : yield* len(l);
  }
  const n = yield* callMethod(q, "_qsize", []);
  const v = asNum(n);
  return v === undefined ? ((yield* truth(n)) ? 1 : 0) : v;
}
function* qput(q: PyObj, item: any): Gen<void> {
  const k = hookKind(q, "_put");
  const l = q.$d!.queue;
  if (k >= 0 && l instanceof PyList) {
    if (k === HEAP) yield* heapPush(l.items, item);
    else l.items.push(item);
    return;
  }
  if (k === FIFO || k === LIFO) { yield* callMethod(l, "append", [item]); return; }
  yield* callMethod(q, "_put", [item]);
}
function* qget(q: PyObj): Gen<any> {
  const k = hookKind(q, "_get");
  const l = q.$d!.queue;
  if (k >= 0 && l instanceof PyList) {
    const a = l.items;
    if (a.length === 0) throw E.indexError(k === FIFO ? "pop from an empty deque" : k === HEAP ? "index out of range" : "pop from empty list");
    if (k === FIFO) return a.shift();
    if (k === LIFO) return a.pop();
    return yield* heapPop(a);
  }
  if (k === FIFO) return yield* callMethod(l, "popleft", []);
  if (k === LIFO) return yield* callMethod(l, "pop", []);
  return yield* callMethod(q, "_get", []);
}

// conditions of a queue: the fast path for threading.Condition, Python calls otherwise
function* enter(c: any): Gen<void> {
  if (c instanceof PyCondition) yield* lockAcquire(c.lock);
  else yield* callMethod(c, "__enter__", []);
}
function* exit(c: any): Gen<void> {
  if (c instanceof PyCondition) yield* lockRelease(c.lock);
  else yield* callMethod(c, "__exit__", [None, None, None]);
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
defMethod(Q, "put", ["item", "block?", "timeout?"], function* (self: PyObj, item: any, block: any, timeout: any) {
  yield* queuePut(self, item, yield* blockArg(block), opt(timeout));
  return None;
});
defMethod(Q, "put_nowait", ["item"], function* (self: PyObj, item: any) {
  yield* queuePut(self, item, false, None);
  return None;
});
defMethod(Q, "get", ["block?", "timeout?"], function* (self: PyObj, block: any, timeout: any) {
  return yield* queueGet(self, yield* blockArg(block), opt(timeout));
});
defMethod(Q, "get_nowait", [], function* (self: PyObj) { return yield* queueGet(self, false, None); });
// the storage hooks
function defHooks(t: PyType, kind: number) {
  hookKinds.set(defMethod(t, "_init", ["maxsize"], function* (self: PyObj) {
    self.$d!.queue = kind === FIFO && dequeType !== None && dequeType !== undefined
      ? yield* callv(dequeType, [], null, null) : new PyList([]);
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
defMethod(SQ, "get", ["block?", "timeout?"], function* (self: PySimpleQueue, block: any, timeout: any) {
  return yield* simpleGet(self, yield* blockArg(block), opt(timeout));
});
defMethod(SQ, "get_nowait", [], function* (self: PySimpleQueue) { return yield* simpleGet(self, false, None); });
defMethod(SQ, "empty", [], (self: PySimpleQueue) => self.size === 0);
defMethod(SQ, "qsize", [], (self: PySimpleQueue) => self.size);

for (const t of [Q, SQ]) {
  const cg = defMethod(t, "__class_getitem__", ["item"], (cls: any) => cls);
  t.ns.__class_getitem__ = new PyClassMethod(cg);
}
sealClass(Q);

registerModule("queue", (it) => makeModule("queue", (ns) => {
  dequeType = findDeque(it);
  ns.__all__ = new PyList(["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]);
  ns.Empty = emptyType;
  ns.Full = fullType;
  ns.Queue = queueType;
  ns.LifoQueue = lifoQueueType;
  ns.PriorityQueue = priorityQueueType;
  ns.SimpleQueue = simpleQueueType;
}));

export { waitDeadline, getattr, PyBuiltin };
