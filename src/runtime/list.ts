// list: methods, iterator, repr, sort (stable; fast JS sort for homogeneous int/float/str keys).

import { PyObj, PyList, PyTuple, PySlice, NEED, STOP, None, NotImplemented, listType, builtinType, Gen, typeOf, PyFloat, isSubtype, PyType } from "./core.ts";
import { defMethod, defMethod2 } from "./function.ts";
import { indexError, valueError, typeError } from "./exceptions.ts";
import { eq, eqS, toArray, seqItems, compare, LT, richcmp, truth, cmpS, index, indexS, arrRepeat, EQ, NE, LE, GE, GT, contains } from "./ops.ts";
import { sliceIndices, sliceArray, seqIndex } from "./slice.ts";
import { repr, reprHooks } from "./repr.ts";
import { callv } from "./call.ts";

export const listIterType = builtinType("list_iterator");
export const listRevIterType = builtinType("list_reverseiterator");

export class PyListIter extends PyObj {
  a: any[]; i = 0;
  constructor(a: any[]) { super(listIterType); this.a = a; }
  nx(): any { const a = this.a; return this.i < a.length ? a[this.i++] : (this.i = Infinity, STOP); }
}
export class PyListRevIter extends PyObj {
  a: any[]; i: number;
  constructor(a: any[]) { super(listRevIterType); this.a = a; this.i = a.length - 1; }
  nx(): any { if (this.i >= 0 && this.i < this.a.length) return this.a[this.i--]; this.i = -1; return STOP; }
}

function* listRepr(l: PyList): Gen<string> {
  const parts: string[] = [];
  for (const x of l.items) parts.push(yield* repr(x));
  return "[" + parts.join(", ") + "]";
}
reprHooks.set(listType, listRepr as any);

/** Index of x in a (Python ==), or -1. */
export function* indexOf(a: any[], x: any, start = 0, stop = a.length): Gen<number> {
  for (let i = start; i < Math.min(stop, a.length); i++) {
    const y = a[i];
    if (y === x) return i;
    const r = eqS(y, x);
    if (r === true) return i;
    if (r === NEED && (yield* eq(y, x))) return i;
  }
  return -1;
}

/** Stable sort of values by keys (merge sort through Python `<`). */
export function* sortArray(a: any[], keyf: any, reverse: boolean): Gen<any[]> {
  const n = a.length;
  let keys: any[] = a;
  if (keyf !== None && keyf !== undefined) {
    keys = new Array(n);
    for (let i = 0; i < n; i++) keys[i] = yield* callv(keyf, [a[i]], null, null);
  }
  const idx = new Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  // homogeneous builtin keys: JS sort (TimSort, stable) with a direct comparator
  let kind = n > 0 ? (typeof keys[0] === "number" ? 1 : typeof keys[0] === "string" ? 2 : keys[0] instanceof PyFloat && keys[0].$cls.isBuiltin ? 3 : 0) : 0;
  for (let i = 1; i < n && kind !== 0; i++) {
    const k = keys[i];
    if (kind === 1 ? typeof k !== "number" : kind === 2 ? typeof k !== "string" : !(k instanceof PyFloat && k.$cls.isBuiltin)) kind = 0;
  }
  if (kind !== 0) {
    const kv = kind === 3 ? keys.map((k: PyFloat) => k.v) : keys;
    if (kind === 3 && kv.some((x: number) => x !== x)) kind = 0;
    else {
      if (reverse) idx.sort((i: number, j: number) => (kv[j] < kv[i] ? -1 : kv[i] < kv[j] ? 1 : 0));
      else idx.sort((i: number, j: number) => (kv[i] < kv[j] ? -1 : kv[j] < kv[i] ? 1 : 0));
      return idx.map((i: number) => a[i]);
    }
  }
  // Builtin keys of other shapes (tuples...): a sync JS sort through cmpS, abandoned (to the
  // generator path below) if some comparison needs Python code.
  if (kind === 0 && n > 1) {
    const GIVE_UP = {};
    try {
      const lt = (x: any, y: any): boolean => {
        const r = cmpS(x, y, LT);
        if (r === NEED) throw GIVE_UP;
        return r;
      };
      const order = idx.slice();
      if (reverse) order.sort((i: number, j: number) => (lt(keys[j], keys[i]) ? -1 : lt(keys[i], keys[j]) ? 1 : 0));
      else order.sort((i: number, j: number) => (lt(keys[i], keys[j]) ? -1 : lt(keys[j], keys[i]) ? 1 : 0));
      return order.map((i: number) => a[i]);
    } catch (e) {
      if (e !== GIVE_UP) throw e;
    }
  }
  // General case: Python's `<` on the keys, in the order CPython's sort makes the comparisons
  // (user __lt__ may have side effects). reverse=True sorts the reversed list and reverses
  // the result back, which keeps equal elements in their original order.
  if (reverse) idx.reverse();
  const lt = function* (i: number, j: number): Gen<boolean> {
    const x = keys[i], y = keys[j];
    const r = cmpS(x, y, LT);
    if (r !== NEED) return r;
    const v = yield* richcmp(x, y, LT);
    return typeof v === "boolean" ? v : yield* truth(v);
  };
  let out: number[];
  if (n < 64) out = yield* smallSort(idx, lt);
  else {
    // DEVIATION(CPython): larger lists are merge-sorted; the result is the same, the sequence
    // of __lt__ calls differs from timsort's.
    let src = idx, dst = new Array(n);
    for (let width = 1; width < n; width *= 2) {
      for (let lo = 0; lo < n; lo += 2 * width) {
        const mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
        let i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
          if (yield* lt(src[j], src[i])) dst[k++] = src[j++];
          else dst[k++] = src[i++];
        }
        while (i < mid) dst[k++] = src[i++];
        while (j < hi) dst[k++] = src[j++];
      }
      [src, dst] = [dst, src];
    }
    out = src;
  }
  if (reverse) out.reverse();
  return out.map((i: number) => a[i]);
}

/**
 * What CPython's timsort does for fewer than 64 elements: find the leading natural run
 * (reversing a strictly descending one), then binary-insert the rest.
 */
function* smallSort(v: number[], lt: (i: number, j: number) => Gen<boolean>): Gen<number[]> {
  const n = v.length;
  if (n < 2) return v;
  let run = 2;
  if (yield* lt(v[1], v[0])) {
    while (run < n && (yield* lt(v[run], v[run - 1]))) run++;
    const head = v.slice(0, run).reverse();
    for (let i = 0; i < run; i++) v[i] = head[i];
  } else {
    while (run < n && !(yield* lt(v[run], v[run - 1]))) run++;
  }
  for (let start = run; start < n; start++) {
    const pivot = v[start];
    let l = 0, r = start;
    while (l < r) {
      const p = l + ((r - l) >> 1);
      if (yield* lt(pivot, v[p])) r = p; else l = p + 1;
    }
    for (let k = start; k > l; k--) v[k] = v[k - 1];
    v[l] = pivot;
  }
  return v;
}

function check(self: any, name: string): PyList {
  if (!(self instanceof PyList)) throw typeError(`descriptor '${name}' for 'list' objects doesn't apply to a '${typeOf(self).name}' object`);
  return self;
}

export function listGetItemS(l: PyList, k: any): any {
  if (typeof k === "number") {
    const a = l.items;
    const i = k < 0 ? k + a.length : k;
    if (i < 0 || i >= a.length) throw indexError("list index out of range");
    return a[i];
  }
  if (k instanceof PySlice) return new PyList(sliceArray(l.items, k));
  const i = indexOrNeed(k, "list");
  if (i === NEED) return NEED;
  return l.items[seqIndex(i, l.items.length, "list")];
}

/** Slice assignment a[s] = values (values already an array). */
export function assignSlice(a: any[], s: PySlice, vals: any[], what = "list"): void {
  const [start, stop, step, n] = sliceIndices(s, a.length);
  if (step === 1) {
    a.splice(start, Math.max(0, stop - start), ...vals);
    return;
  }
  if (vals.length !== n) throw valueError(`attempt to assign sequence of size ${vals.length} to extended slice of size ${n}`);
  for (let i = 0, j = start; i < n; i++, j += step) a[j] = vals[i];
}
export function deleteSlice(a: any[], s: PySlice): void {
  const [start, stop, step, n] = sliceIndices(s, a.length);
  if (step === 1) { if (stop > start) a.splice(start, stop - start); return; }
  const del = new Set<number>();
  for (let i = 0, j = start; i < n; i++, j += step) del.add(j);
  let k = 0;
  for (let i = 0; i < a.length; i++) if (!del.has(i)) a[k++] = a[i];
  a.length = k;
}

// --- methods -----------------------------------------------------------------------------------

const L = listType;
defMethod(L, "append", ["x"], (self, x) => { check(self, "append").items.push(x); return None; });
defMethod(L, "extend", ["iterable"], function* (self, it) {
  const l = check(self, "extend");
  if (it === l) { l.items.push(...l.items.slice()); return None; }
  const items = yield* seqItems(it);
  for (const x of items) l.items.push(x);
  return None;
});
defMethod(L, "insert", ["index", "x"], (self, i, x) => {
  const a = check(self, "insert").items;
  let n = indexS(i);
  if (typeof n === "bigint") n = n < 0n ? -Infinity : Infinity;
  if (n < 0) { n += a.length; if (n < 0) n = 0; } else if (n > a.length) n = a.length;
  a.splice(n, 0, x);
  return None;
});
defMethod(L, "pop", ["index?"], (self, i) => {
  const a = check(self, "pop").items;
  if (a.length === 0) throw indexError("pop from empty list");
  if (i === undefined) return a.pop();
  let n = indexS(i);
  if (typeof n === "bigint") throw indexError("pop index out of range");
  if (n < 0) n += a.length;
  if (n < 0 || n >= a.length) throw indexError("pop index out of range");
  return a.splice(n, 1)[0];
});
defMethod(L, "remove", ["x"], function* (self, x) {
  const a = check(self, "remove").items;
  const i = yield* indexOf(a, x);
  if (i < 0) throw valueError("list.remove(x): x not in list");
  a.splice(i, 1);
  return None;
});
defMethod(L, "index", ["x", "start?", "stop?"], function* (self, x, start, stop) {
  const a = check(self, "index").items;
  const norm = (v: any, d: number) => {
    if (v === undefined) return d;
    let n = Number(indexS(v));
    if (n < 0) { n += a.length; if (n < 0) n = 0; }
    return n;
  };
  const i = yield* indexOf(a, x, norm(start, 0), norm(stop, a.length));
  if (i < 0) throw valueError(`${yield* repr(x)} is not in list`);
  return i;
});
defMethod(L, "count", ["x"], function* (self, x) {
  let n = 0;
  for (const y of check(self, "count").items) if (y === x || (eqS(y, x) === true) || (eqS(y, x) === NEED && (yield* eq(y, x)))) n++;
  return n;
});
defMethod(L, "reverse", [], (self) => { check(self, "reverse").items.reverse(); return None; });
defMethod(L, "clear", [], (self) => { check(self, "clear").items.length = 0; return None; });
defMethod(L, "copy", [], (self) => new PyList(check(self, "copy").items.slice()));
defMethod(L, "sort", ["*", "key?", "reverse?"], function* (self, key, reverse) {
  const l = check(self, "sort");
  const a = l.items;
  l.items = []; // CPython empties the list while sorting
  try {
    const sorted = yield* sortArray(a, key ?? None, reverse !== undefined && (yield* truth(reverse)));
    if (l.items.length !== 0) throw valueError("list modified during sort");
    a.length = 0;
    for (const x of sorted) a.push(x);
  } finally {
    l.items = a;
  }
  return None;
});
defMethod(L, "__len__", [], (self) => check(self, "__len__").items.length);
defMethod2(L, "__getitem__", ["k"], (self, k) => listGetItemS(check(self, "__getitem__"), k), function* (self, k) {
  return check(self, "__getitem__").items[seqIndex(yield* index(k), self.items.length, "list")];
});
defMethod(L, "__setitem__", ["k", "v"], function* (self, k, v) {
  const a = check(self, "__setitem__").items;
  if (k instanceof PySlice) {
    if (v !== self && typeof v !== "string" && typeOf(v).lookup("__iter__") === undefined && typeOf(v).lookup("__getitem__") === undefined)
      throw typeError("can only assign an iterable");
    const vals = v === self ? a.slice() : yield* toArray(v);
    assignSlice(a, k, vals);
    return None;
  }
  a[seqIndex(yield* index(k), a.length, "list assignment")] = v;
  return None;
});
defMethod(L, "__delitem__", ["k"], function* (self, k) {
  const a = check(self, "__delitem__").items;
  if (k instanceof PySlice) { deleteSlice(a, k); return None; }
  a.splice(seqIndex(yield* index(k), a.length, "list assignment"), 1);
  return None;
});
defMethod(L, "__iter__", [], (self) => new PyListIter(check(self, "__iter__").items));
defMethod(L, "__reversed__", [], (self) => new PyListRevIter(check(self, "__reversed__").items));
defMethod(L, "__contains__", ["x"], function* (self, x) { return (yield* indexOf(check(self, "__contains__").items, x)) >= 0; });
defMethod(L, "__add__", ["other"], (self, o) => {
  // NotImplemented lets the right operand's __radd__ run; ops.binop reports CPython's message
  if (!(o instanceof PyList)) return NotImplemented;
  return new PyList(self.items.concat(o.items));
});
defMethod(L, "__iadd__", ["other"], function* (self, o) {
  const items = yield* toArray(o);
  self.items.push(...items);
  return self;
});
defMethod2(L, "__mul__", ["n"], (self, n) => {
  // a non-integer operand: NotImplemented, so the binary op reports "can't multiply sequence..."
  if (typeof n !== "number" && typeof n !== "bigint" && typeof n !== "boolean" && (typeof n !== "object" || typeOf(n).lookup("__index__") === undefined)) return NotImplemented;
  const k = indexS(n);
  if (k === NEED) return NEED;
  return new PyList(arrRepeat(self.items, k));
}, function* (self, n) { return new PyList(arrRepeat(self.items, yield* index(n))); });
L.ns.__rmul__ = L.ns.__mul__;
defMethod(L, "__imul__", ["n"], (self, n) => {
  const r = arrRepeat(self.items, indexS(n));
  self.items.length = 0;
  self.items.push(...r);
  return self;
});
for (const [name, op] of [["__eq__", EQ], ["__ne__", NE], ["__lt__", LT], ["__le__", LE], ["__gt__", GT], ["__ge__", GE]] as const) {
  defMethod(L, name, ["other"], function* (self, o) {
    if (!(o instanceof PyList)) return NotImplemented;
    return yield* compare(new PyList(self.items), new PyList(o.items), op);
  });
}
L.ns.__hash__ = None;
defMethod(L, "__repr__", [], function* (self) { return yield* listRepr(self); });
defMethod(L, "__init__", ["iterable?"], function* (self, it) {
  const l = check(self, "__init__");
  l.items.length = 0;
  if (it !== undefined) for (const x of yield* toArray(it)) l.items.push(x);
  return None;
});
defMethod(L, "__class_getitem__", ["item"], (self, item) => genericAlias(self, item));

for (const T of [listIterType, listRevIterType]) {
  defMethod(T, "__iter__", [], (self) => self);
  defMethod(T, "__next__", [], (self) => { const r = self.nx(); if (r === STOP) throw stopIter(); return r; });
  defMethod(T, "__length_hint__", [], (self) => Math.max(0, self instanceof PyListIter ? self.a.length - self.i : self.i + 1));
}
import { newExc, StopIteration } from "./exceptions.ts";
import { genericAlias } from "./generic_alias.ts";
export function stopIter() { return newExc(StopIteration); }

/** An index for seq[k]: an int, NEED for objects with __index__, else CPython's TypeError. */
export function indexOrNeed(k: any, what: string): any {
  const t = typeof k;
  if (t === "number" || t === "bigint") return k;
  if (t === "boolean") return k ? 1 : 0;
  if (t === "object" && k.$cls.lookup("__index__") !== undefined) return indexS(k);
  if (what === "str") throw typeError(`string indices must be integers, not '${typeOf(k).name}'`);
  throw typeError(`${what} indices must be integers or slices, not ${typeOf(k).name}`);
}

export { PyTuple, contains, isSubtype, PyType };
