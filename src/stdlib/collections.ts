// The collections module: deque (a ring buffer), defaultdict and OrderedDict (dict subclasses
// over the same insertion-ordered storage). Counter and ChainMap are in collections2.ts,
// namedtuple in namedtuple.ts.

import {
  PyObj, PyType, NEED, STOP, None, NotImplemented, Ns, Gen, PyTuple, PyList, typeOf, isSubtype,
  objectType, dictType, typeType,
} from "../runtime/core.ts";
import * as I from "../runtime/int.ts";
import { defMethod, defMethod2, defBuiltin, PyBuiltin, PyFunction, PyMethod } from "../runtime/function.ts";
import { typeError, valueError, indexError, keyError, newExc, KeyError, RuntimeError, MemoryError } from "../runtime/exceptions.ts";
import { truth, eq, eqS, index, indexS, toArray, compare, iter, asInt, LT, LE, EQ, NE, GT, GE } from "../runtime/ops.ts";
import { callv, callDunder } from "../runtime/call.ts";
import { repr, reprHooks, recursiveReprHooks } from "../runtime/repr.ts";
import { defGetSet, PyClassMethod, noAttr } from "../runtime/attr.ts";
import { hooks } from "../runtime/hooks.ts";
import { PyDict } from "../runtime/dict.ts";
import { directKey, NOT_FOUND } from "../runtime/dictstore.ts";
import { dictRepr, dictEqG, updateArg } from "../runtime/dict_methods.ts";
import { nsDictOf } from "../runtime/type.ts";
import { registerModule, makeModule } from "../interp/interpreter.ts";
import { PyIterBase, pull, iteratorType } from "./iterbase.ts";
import { namedtupleImpl } from "./namedtuple.ts";
import { installCollections2 } from "./collections2.ts";

// --- deque -----------------------------------------------------------------------------------------

export const dequeType = new PyType("deque", [objectType]);
dequeType.mro = [dequeType, objectType];
dequeType.module = "collections";

export class PyDeque extends PyObj {
  buf: any[] = new Array(8);
  mask = 7;
  head = 0;
  n = 0;
  maxlen = -1;
  /** Bumped by every structural change, so iterators can detect mutation. */
  state = 0;
  constructor(cls: PyType) { super(cls); }
  at(i: number): any { return this.buf[(this.head + i) & this.mask]; }
  put(i: number, v: any): void { this.buf[(this.head + i) & this.mask] = v; }
  grow(): void {
    const old = this.buf, n = this.n, cap = old.length * 2;
    const nb = new Array(cap);
    for (let i = 0; i < n; i++) nb[i] = old[(this.head + i) & this.mask];
    this.buf = nb; this.mask = cap - 1; this.head = 0;
  }
  pushR(x: any): void {
    if (this.n === this.buf.length) this.grow();
    this.buf[(this.head + this.n) & this.mask] = x;
    this.n++;
  }
  pushL(x: any): void {
    if (this.n === this.buf.length) this.grow();
    this.head = (this.head - 1) & this.mask;
    this.buf[this.head] = x;
    this.n++;
  }
  popR(): any {
    this.n--;
    const i = (this.head + this.n) & this.mask;
    const v = this.buf[i];
    this.buf[i] = undefined;
    return v;
  }
  popL(): any {
    const v = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & this.mask;
    this.n--;
    return v;
  }
  /** append/appendleft honouring maxlen (the opposite end is dropped when full). */
  append(x: any): void {
    if (this.maxlen === 0) return;
    if (this.n === this.maxlen) this.popL();
    this.pushR(x);
    this.state++;
  }
  appendLeft(x: any): void {
    if (this.maxlen === 0) return;
    if (this.n === this.maxlen) this.popR();
    this.pushL(x);
    this.state++;
  }
  toArray(): any[] {
    const out = new Array(this.n);
    for (let i = 0; i < this.n; i++) out[i] = this.buf[(this.head + i) & this.mask];
    return out;
  }
  setArray(a: any[]): void {
    let cap = 8;
    while (cap < a.length) cap *= 2;
    this.buf = new Array(cap);
    for (let i = 0; i < a.length; i++) this.buf[i] = a[i];
    this.mask = cap - 1; this.head = 0; this.n = a.length;
    this.state++;
  }
  clear(): void { this.setArray([]); }
  rotate(k: number): void {
    const n = this.n;
    if (n <= 1) return;
    k %= n;
    if (k === 0) return;
    if (k < 0) k += n;
    // rotate right by k: move the last k items to the front
    for (let i = 0; i < k; i++) this.pushL(this.popR());
    this.state++;
  }
}
dequeType.alloc = (cls) => new PyDeque(cls);

function dq(self: any, name: string): PyDeque {
  if (!(self instanceof PyDeque)) throw typeError(`descriptor '${name}' for 'collections.deque' objects doesn't apply to a '${typeOf(self).name}' object`);
  return self;
}
/** Python == with the identity shortcut (PyObject_RichCompareBool). */
function* same(a: any, b: any): Gen<boolean> {
  if (a === b) return true;
  const r = eqS(a, b);
  return r !== NEED ? r : yield* eq(a, b);
}
function* dequeExtend(d: PyDeque, it: any, left: boolean): Gen<void> {
  if (it === d) { const items = d.toArray(); for (const x of items) left ? d.appendLeft(x) : d.append(x); return; }
  if ((it instanceof PyList || it instanceof PyTuple) && it.$cls.isBuiltin) {
    for (const x of it.items.slice()) left ? d.appendLeft(x) : d.append(x);
    return;
  }
  const i = yield* iter(it);
  for (;;) {
    const x = yield* pull(i);
    if (x === STOP) return;
    if (left) d.appendLeft(x); else d.append(x);
  }
}
function idx(d: PyDeque, i: any): number {
  let k = typeof i === "bigint" ? (i < 0n ? -Infinity : Infinity) : i;
  if (k < 0) k += d.n;
  if (k < 0 || k >= d.n) throw indexError("deque index out of range");
  return k;
}
function* intArg(i: any): Gen<any> {
  if (typeof i === "number") return i;
  if (typeof i === "object" && !(typeOf(i).lookup("__index__") !== undefined)) throw typeError(`sequence index must be integer, not '${typeOf(i).name}'`);
  return yield* index(i);
}
function* dequeCopy(d: PyDeque): Gen<any> {
  const cls = typeOf(d);
  if (cls === dequeType) {
    const r = new PyDeque(dequeType);
    r.maxlen = d.maxlen;
    r.setArray(d.toArray());
    return r;
  }
  return yield* callv(cls, d.maxlen < 0 ? [d] : [d, d.maxlen], null, null);
}

const DQ = dequeType;
defMethod(DQ, "__init__", ["iterable?", "maxlen?"], function* (self: any, it: any, maxlen: any) {
  const d = dq(self, "__init__");
  let m = -1;
  if (maxlen !== undefined && maxlen !== None) {
    const v = asInt(maxlen);
    if (v === undefined || (typeof maxlen === "object")) {
      if (typeof maxlen === "object" && typeOf(maxlen).lookup("__index__") !== undefined) m = Number(yield* index(maxlen));
      else throw typeError("an integer is required");
    } else m = Number(v);
    if (m < 0) throw valueError("maxlen must be non-negative");
  }
  d.maxlen = m;
  if (d.n > 0) d.clear();
  if (it !== undefined) yield* dequeExtend(d, it, false);
  return None;
});
defMethod(DQ, "append", ["x"], (self: any, x: any) => { dq(self, "append").append(x); return None; });
defMethod(DQ, "appendleft", ["x"], (self: any, x: any) => { dq(self, "appendleft").appendLeft(x); return None; });
defMethod(DQ, "pop", [], (self: any) => {
  const d = dq(self, "pop");
  if (d.n === 0) throw indexError("pop from an empty deque");
  d.state++;
  return d.popR();
});
defMethod(DQ, "popleft", [], (self: any) => {
  const d = dq(self, "popleft");
  if (d.n === 0) throw indexError("pop from an empty deque");
  d.state++;
  return d.popL();
});
defMethod(DQ, "extend", ["iterable"], function* (self: any, it: any) { yield* dequeExtend(dq(self, "extend"), it, false); return None; });
defMethod(DQ, "extendleft", ["iterable"], function* (self: any, it: any) { yield* dequeExtend(dq(self, "extendleft"), it, true); return None; });
defMethod(DQ, "clear", [], (self: any) => { dq(self, "clear").clear(); return None; });
defMethod(DQ, "copy", [], function* (self: any) { return yield* dequeCopy(dq(self, "copy")); });
defMethod(DQ, "__copy__", [], function* (self: any) { return yield* dequeCopy(dq(self, "__copy__")); });
defMethod(DQ, "rotate", ["n?"], function* (self: any, n: any) {
  const d = dq(self, "rotate");
  let k = n === undefined ? 1 : yield* index(n);
  if (typeof k === "bigint") k = Number(I.mod(k, Math.max(d.n, 1)));
  d.rotate(k);
  return None;
});
defMethod(DQ, "reverse", [], (self: any) => {
  const d = dq(self, "reverse");
  d.setArray(d.toArray().reverse());
  return None;
});
defMethod(DQ, "count", ["x"], function* (self: any, x: any) {
  const d = dq(self, "count");
  const st = d.state, n = d.n;
  let c = 0;
  for (let i = 0; i < n; i++) {
    if (yield* same(d.at(i), x)) c++;
    if (d.state !== st) throw newExc(RuntimeError, "deque mutated during iteration");
  }
  return c;
});
defMethod(DQ, "index", ["x", "start?", "stop?"], function* (self: any, x: any, start: any, stop: any) {
  const d = dq(self, "index");
  const norm = function* (v: any, dflt: number): Gen<number> {
    if (v === undefined) return dflt;
    let k = yield* index(v);
    if (typeof k === "bigint") k = k < 0n ? -Infinity : Infinity;
    if (k < 0) { k += d.n; if (k < 0) k = 0; }
    return Math.min(k, d.n);
  };
  const a = yield* norm(start, 0), b = yield* norm(stop, d.n);
  const st = d.state;
  for (let i = a; i < b && i < d.n; i++) {
    if (yield* same(d.at(i), x)) return i;
    if (d.state !== st) throw newExc(RuntimeError, "deque mutated during iteration");
  }
  throw valueError(`${yield* repr(x)} is not in deque`);
});
defMethod(DQ, "insert", ["index", "x"], function* (self: any, i: any, x: any) {
  const d = dq(self, "insert");
  if (d.maxlen >= 0 && d.n >= d.maxlen) throw indexError("deque already at its maximum size");
  let k = yield* index(i);
  if (typeof k === "bigint") k = k < 0n ? -Infinity : Infinity;
  if (k < 0) { k += d.n; if (k < 0) k = 0; }
  if (k > d.n) k = d.n;
  const a = d.toArray();
  a.splice(k, 0, x);
  d.setArray(a);
  return None;
});
defMethod(DQ, "remove", ["value"], function* (self: any, x: any) {
  const d = dq(self, "remove");
  const n = d.n;
  for (let i = 0; i < n; i++) {
    const r = yield* same(d.at(i), x);
    if (d.n !== n) throw indexError("deque mutated during remove().");
    if (r) {
      const a = d.toArray();
      a.splice(i, 1);
      d.setArray(a);
      return None;
    }
  }
  throw valueError(`${yield* repr(x)} is not in deque`);
});
defMethod(DQ, "__len__", [], (self: any) => dq(self, "__len__").n);
defMethod(DQ, "__bool__", [], (self: any) => dq(self, "__bool__").n !== 0);
defMethod2(DQ, "__getitem__", ["index"], (self: any, i: any) => {
  const d = dq(self, "__getitem__");
  if (typeof i !== "number") return NEED;
  return d.at(idx(d, i));
}, function* (self: any, i: any) {
  const d = dq(self, "__getitem__");
  return d.at(idx(d, yield* intArg(i)));
});
defMethod(DQ, "__setitem__", ["index", "value"], function* (self: any, i: any, v: any) {
  const d = dq(self, "__setitem__");
  d.put(idx(d, yield* intArg(i)), v);
  return None;
});
defMethod(DQ, "__delitem__", ["index"], function* (self: any, i: any) {
  const d = dq(self, "__delitem__");
  const k = idx(d, yield* intArg(i));
  const a = d.toArray();
  a.splice(k, 1);
  d.setArray(a);
  return None;
});
defMethod(DQ, "__contains__", ["x"], function* (self: any, x: any) {
  const d = dq(self, "__contains__");
  const st = d.state, n = d.n;
  for (let i = 0; i < n; i++) {
    if (yield* same(d.at(i), x)) return true;
    if (d.state !== st) throw newExc(RuntimeError, "deque mutated during iteration");
  }
  return false;
});
defMethod(DQ, "__iter__", [], (self: any) => new PyDequeIter(dq(self, "__iter__"), false));
defMethod(DQ, "__reversed__", [], (self: any) => new PyDequeIter(dq(self, "__reversed__"), true));
function* dequeRepr(d: PyDeque): Gen<string> {
  const parts: string[] = [];
  for (const x of d.toArray()) parts.push(yield* repr(x));
  const name = typeOf(d).name;
  return d.maxlen >= 0 ? `${name}([${parts.join(", ")}], maxlen=${d.maxlen})` : `${name}([${parts.join(", ")}])`;
}
reprHooks.set(DQ, dequeRepr as any);
recursiveReprHooks.set(DQ, () => "[...]");
defMethod(DQ, "__repr__", [], function* (self: any) { return yield* dequeRepr(dq(self, "__repr__")); });
DQ.ns.__hash__ = None;
for (const [name, op] of [["__lt__", LT], ["__le__", LE], ["__eq__", EQ], ["__ne__", NE], ["__gt__", GT], ["__ge__", GE]] as const) {
  defMethod(DQ, name, ["other"], function* (self: any, o: any) {
    if (!(self instanceof PyDeque) || !(o instanceof PyDeque)) return NotImplemented;
    if ((op === EQ || op === NE) && self.n !== o.n) return op === NE;
    return yield* compare(new PyList(self.toArray()), new PyList(o.toArray()), op);
  });
}
defMethod(DQ, "__add__", ["other"], function* (self: any, o: any) {
  const d = dq(self, "__add__");
  if (!(o instanceof PyDeque)) throw typeError(`can only concatenate deque (not "${typeOf(o).name}") to deque`);
  const r = yield* dequeCopy(d);
  yield* dequeExtend(r, o, false);
  return r;
});
defMethod(DQ, "__iadd__", ["other"], function* (self: any, o: any) { yield* dequeExtend(dq(self, "__iadd__"), o, false); return self; });
function repeatDeque(d: PyDeque, n: any, target: PyDeque): PyDeque {
  const items = d.toArray(), len = items.length;
  const k = typeof n === "bigint" ? (n <= 0n ? 0 : Infinity) : n;
  if (k <= 0 || len === 0) { target.clear(); return target; }
  const total = len * k;
  const lim = target.maxlen >= 0 ? Math.min(target.maxlen, total) : total;
  if (lim > 2 ** 28) throw newExc(MemoryError);
  // the result keeps the last `lim` items of the repetition (maxlen drops from the left)
  const out = new Array(lim);
  for (let j = 0; j < lim; j++) out[j] = items[(total - lim + j) % len];
  target.setArray(out);
  return target;
}
function mulArg(self: any, n: any): any {
  const k = indexS(n);
  if (k === NEED) return undefined;
  return k;
}
defMethod(DQ, "__mul__", ["n"], function* (self: any, n: any) {
  const d = dq(self, "__mul__");
  let k: any;
  try { k = mulArg(d, n); } catch { return NotImplemented; }
  if (k === undefined) k = yield* index(n);
  return repeatDeque(d, k, yield* dequeCopy(d));
});
DQ.ns.__rmul__ = DQ.ns.__mul__;
defMethod(DQ, "__imul__", ["n"], function* (self: any, n: any) {
  const d = dq(self, "__imul__");
  return repeatDeque(d, yield* index(n), d);
});
defGetSet(DQ, "maxlen", (d: PyDeque) => (d.maxlen < 0 ? None : d.maxlen));
defMethod(DQ, "__reduce__", [], (self: any) => {
  const d = dq(self, "__reduce__");
  return new PyTuple([typeOf(d), d.maxlen < 0 ? new PyTuple([new PyList(d.toArray())]) : new PyTuple([new PyList(d.toArray()), d.maxlen]),
    d.$d && Object.keys(d.$d).length ? nsDictOf(d.$d) : None]);
});
defMethod(DQ, "__class_getitem__", ["item"], (cls) => cls);
DQ.ns.__class_getitem__ = new PyClassMethod(DQ.ns.__class_getitem__);

class PyDequeIter extends PyIterBase {
  d: PyDeque; i: number; st: number; left: number; rev: boolean;
  constructor(d: PyDeque, rev: boolean) {
    super(rev ? dequeRevIterType : dequeIterType);
    this.d = d; this.rev = rev; this.st = d.state; this.left = d.n; this.i = rev ? d.n - 1 : 0;
  }
  step(): any {
    const d = this.d;
    if (d.state !== this.st) { this.left = 0; throw newExc(RuntimeError, "deque mutated during iteration"); }
    if (this.left === 0) return STOP;
    this.left--;
    const v = d.at(this.i);
    this.i += this.rev ? -1 : 1;
    return v;
  }
  *stepG(): Gen<any> { return this.step(); }
}
const dequeIterType = iteratorType("_deque_iterator", "_collections", PyDequeIter);
const dequeRevIterType = iteratorType("_deque_reverse_iterator", "_collections", PyDequeIter);
for (const T of [dequeIterType, dequeRevIterType]) defMethod(T, "__length_hint__", [], (self: PyDequeIter) => self.left);

// --- defaultdict -----------------------------------------------------------------------------------

export const defaultdictType = new PyType("defaultdict", [dictType]);
defaultdictType.mro = [defaultdictType, dictType, objectType];
defaultdictType.module = "collections";
defaultdictType.solid = dictType;
export class PyDefaultDict extends PyDict {
  factory: any = None;
}
defaultdictType.alloc = (cls) => new PyDefaultDict(cls);
const DD = defaultdictType;
defBuiltin(DD.ns, "__new__", ["cls", "*args", "**kw"], (cls: any) => {
  if (!(cls instanceof PyType) || !isSubtype(cls, DD)) throw typeError(`defaultdict.__new__(X): X is not a subtype of defaultdict`);
  const d = new PyDefaultDict(cls);
  if (cls.hasDict) d.$d = new Ns();
  return d;
});
function ddCheck(self: any): PyDefaultDict {
  if (!(self instanceof PyDefaultDict)) throw typeError(`descriptor for 'collections.defaultdict' objects doesn't apply to a '${typeOf(self).name}' object`);
  return self;
}
function isCallable(o: any): boolean {
  if (typeof o !== "object") return false;
  return o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethod || o instanceof PyType || typeOf(o).lookup("__call__") !== undefined;
}
defMethod(DD, "__init__", ["*args", "**kw"], function* (self: any, args: any[], kw: any) {
  const d = ddCheck(self);
  let rest = args;
  if (args.length > 0) {
    const f = args[0];
    if (f !== None && !isCallable(f)) throw typeError("first argument must be callable or None");
    d.factory = f;
    rest = args.slice(1);
  }
  if (rest.length > 1) throw typeError(`dict expected at most 1 argument, got ${rest.length}`);
  if (rest.length === 1) yield* updateArg(d, rest[0]);
  if (kw) for (const k of Object.keys(kw)) if (d.setS(k, kw[k]) === NEED) yield* d.setG(k, kw[k]);
  return None;
});
defMethod(DD, "__missing__", ["key"], function* (self: any, key: any) {
  const d = ddCheck(self);
  if (d.factory === None) throw keyError(key);
  const v = yield* callv(d.factory, [], null, null);
  const t = typeOf(d);
  const si = t.lookup("__setitem__");
  if (si instanceof PyBuiltin && si.owner === dictType) { if (d.setS(key, v) === NEED) yield* d.setG(key, v); }
  else yield* callDunder(si, d, t, [key, v]);
  return v;
});
const ddActive = new Set<any>();
function* ddRepr(d: PyDefaultDict): Gen<string> {
  let f: string;
  if (d.factory === None) f = "None";
  else if (ddActive.has(d.factory)) f = "...";
  else {
    ddActive.add(d.factory);
    try { f = yield* repr(d.factory); } finally { ddActive.delete(d.factory); }
  }
  return `${typeOf(d).name}(${f}, ${yield* dictRepr(d)})`;
}
reprHooks.set(DD, ddRepr as any);
defMethod(DD, "__repr__", [], function* (self: any) { return yield* ddRepr(ddCheck(self)); });
function* ddCopy(d: PyDefaultDict): Gen<any> {
  const t = typeOf(d);
  if (t === DD) {
    const r = new PyDefaultDict(DD);
    r.factory = d.factory;
    r.s.copyFrom(d.s);
    return r;
  }
  return yield* callv(t, [d.factory, d], null, null);
}
defMethod(DD, "copy", [], function* (self: any) { return yield* ddCopy(ddCheck(self)); });
defMethod(DD, "__copy__", [], function* (self: any) { return yield* ddCopy(ddCheck(self)); });
defGetSet(DD, "default_factory", (d: PyDefaultDict) => d.factory, (d: PyDefaultDict, v: any) => { d.factory = v; });
defMethod(DD, "__or__", ["other"], function* (self: any, o: any) {
  if (!(self instanceof PyDefaultDict) || !(o instanceof PyDict)) return NotImplemented;
  const r = yield* ddCopy(self);
  yield* updateArg(r, o);
  return r;
});
defMethod(DD, "__ror__", ["other"], function* (self: any, o: any) {
  if (!(self instanceof PyDefaultDict) || !(o instanceof PyDict)) return NotImplemented;
  const r = yield* callv(typeOf(self), [self.factory, o], null, null);
  yield* updateArg(r, self);
  return r;
});
defMethod(DD, "__reduce__", [], (self: any) => {
  const d = ddCheck(self);
  return new PyTuple([typeOf(d), d.factory === None ? new PyTuple([]) : new PyTuple([d.factory]), None, None, new PyTuple(d.items().map(([k, v]) => new PyTuple([k, v])))]);
});
defMethod(DD, "__class_getitem__", ["item"], (cls) => cls);
DD.ns.__class_getitem__ = new PyClassMethod(DD.ns.__class_getitem__);

// --- OrderedDict -----------------------------------------------------------------------------------

export const odictType = new PyType("OrderedDict", [dictType]);
odictType.mro = [odictType, dictType, objectType];
odictType.module = "collections";
odictType.solid = dictType;
odictType.hasDict = true;
odictType.alloc = (cls) => { const d = new PyDict(cls); d.$d = new Ns(); return d; };
const OD = odictType;
function odCheck(self: any, name: string): PyDict {
  if (!(self instanceof PyDict)) throw typeError(`descriptor '${name}' for 'collections.OrderedDict' objects doesn't apply to a '${typeOf(self).name}' object`);
  return self;
}
/** Remove a stored key without running Python code: by its dkey, finding a hashed key's bucket. */
export function removeStored(d: PyDict, dk: any): void {
  const s = d.s;
  const k = s.keyOf(dk);
  if (directKey(k) !== NEED) { s.delD(dk); return; }
  if (s.hidx !== null) for (const [h, b] of s.hidx) if (b.indexOf(dk) >= 0) { s.delHashed(dk, h); return; }
  s.map.delete(dk);
  s.version++;
}
function* resolve(d: PyDict, key: any): Gen<any> {
  let dk = d.s.resolveSync(key);
  if (dk === NEED) dk = yield* d.s.resolveGen(key);
  return dk !== NOT_FOUND && d.s.map.has(dk) ? dk : NOT_FOUND;
}
defMethod(OD, "__init__", ["*args", "**kw"], function* (self: any, args: any[], kw: any) {
  const d = odCheck(self, "__init__");
  if (args.length > 1) throw typeError(`expected at most 1 argument, got ${args.length}`);
  const t = typeOf(d);
  const plain = t.lookup("__setitem__") instanceof PyBuiltin;
  if (args.length === 1) {
    if (plain) yield* updateArg(d, args[0]);
    else {
      // a subclass overriding __setitem__ sees every item (MutableMapping.update)
      const tmp = new PyDict();
      yield* updateArg(tmp, args[0]);
      for (const [k, v] of tmp.items()) yield* callDunder(t.lookup("__setitem__"), d, t, [k, v]);
    }
  }
  if (kw) for (const k of Object.keys(kw)) {
    if (plain) { if (d.setS(k, kw[k]) === NEED) yield* d.setG(k, kw[k]); }
    else yield* callDunder(t.lookup("__setitem__"), d, t, [k, kw[k]]);
  }
  return None;
});
defMethod(OD, "move_to_end", ["key", "last?"], function* (self: any, key: any, last: any) {
  const d = odCheck(self, "move_to_end");
  const dk = yield* resolve(d, key);
  if (dk === NOT_FOUND) throw keyError(key);
  const m = d.s.map;
  const v = m.get(dk);
  const toEnd = last === undefined ? true : yield* truth(last);
  if (toEnd) { m.delete(dk); m.set(dk, v); }
  else {
    const rest = Array.from(m.entries()).filter(([k]) => k !== dk);
    m.clear();
    m.set(dk, v);
    for (const [k, x] of rest) m.set(k, x);
  }
  return None;
});
defMethod(OD, "popitem", ["last?"], function* (self: any, last: any) {
  const d = odCheck(self, "popitem");
  if (d.size === 0) throw newExc(KeyError, "dictionary is empty");
  const fromEnd = last === undefined ? true : yield* truth(last);
  const m = d.s.map;
  let dk: any;
  if (fromEnd) { for (const k of m.keys()) dk = k; } else dk = m.keys().next().value;
  const k = d.s.keyOf(dk), v = m.get(dk);
  removeStored(d, dk);
  return new PyTuple([k, v]);
});
function* odRepr(d: PyDict): Gen<string> {
  const name = typeOf(d).name;
  if (d.size === 0) return `${name}()`;
  const parts: string[] = [];
  for (const [k, v] of d.items()) parts.push(`(${yield* repr(k)}, ${yield* repr(v)})`);
  return `${name}([${parts.join(", ")}])`;
}
reprHooks.set(OD, odRepr as any);
recursiveReprHooks.set(OD, () => "...");
defMethod(OD, "__repr__", [], function* (self: any) { return yield* odRepr(odCheck(self, "__repr__")); });
for (const [name, neg] of [["__eq__", false], ["__ne__", true]] as const) {
  defMethod(OD, name, ["other"], function* (self: any, o: any) {
    if (!(self instanceof PyDict) || !(o instanceof PyDict)) return NotImplemented;
    let r = yield* dictEqG(self, o);
    if (r && isSubtype(typeOf(o), OD)) {
      // both ordered: the keys must also come in the same order
      const a = self.keys(), b = o.keys();
      for (let i = 0; i < a.length && r; i++) r = yield* same(a[i], b[i]);
    }
    return neg ? !r : r;
  });
}
function* odCopy(d: PyDict): Gen<any> {
  const t = typeOf(d);
  if (t === OD) {
    const r = new PyDict(OD);
    r.$d = new Ns();
    r.s.copyFrom(d.s);
    return r;
  }
  return yield* callv(t, [d], null, null);
}
defMethod(OD, "copy", [], function* (self: any) { return yield* odCopy(odCheck(self, "copy")); });
defMethod(OD, "__copy__", [], function* (self: any) { return yield* odCopy(odCheck(self, "__copy__")); });
defMethod(OD, "__or__", ["other"], function* (self: any, o: any) {
  if (!(self instanceof PyDict) || !(o instanceof PyDict)) return NotImplemented;
  const r = yield* odCopy(self);
  yield* updateArg(r, o);
  return r;
});
defMethod(OD, "__ror__", ["other"], function* (self: any, o: any) {
  if (!(self instanceof PyDict) || !(o instanceof PyDict)) return NotImplemented;
  const r = yield* callv(typeOf(self), [o], null, null);
  yield* updateArg(r, self);
  return r;
});
defMethod(OD, "__reduce__", [], (self: any) => {
  const d = odCheck(self, "__reduce__");
  return new PyTuple([typeOf(d), new PyTuple([]), d.$d && Object.keys(d.$d).length ? nsDictOf(d.$d) : None, None,
    new PyTuple(d.items().map(([k, v]) => new PyTuple([k, v])))]);
});
defGetSet(OD, "__dict__", (d: PyDict) => nsDictOf(d.$d ??= new Ns()));
defMethod(OD, "__class_getitem__", ["item"], (cls) => cls);
OD.ns.__class_getitem__ = new PyClassMethod(OD.ns.__class_getitem__);

// --- the module ------------------------------------------------------------------------------------

// UserDict/UserList/UserString are written in Python (lib/collections/_user.py) and loaded on
// first use through the module's __getattr__ (PEP 562), so `import collections` stays cheap.
const USER_CLASSES = new Set(["UserDict", "UserList", "UserString"]);

registerModule("collections", () => {
  const m = makeModule("collections", (ns) => {
    ns.deque = dequeType;
    ns.defaultdict = defaultdictType;
    ns.OrderedDict = odictType;
    const nt = defBuiltin(ns, "namedtuple", ["typename", "field_names", "*", "rename?", "defaults?", "module?"], namedtupleImpl);
    nt.module = "collections";
    installCollections2(ns);
    ns.__all__ = new PyList(["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
      "defaultdict", "deque", "namedtuple"]);
  });
  const ns = m.$d!;
  defBuiltin(ns, "__getattr__", ["name"], function* (name: string): Gen<any> {
    // getattr() has already checked that name is a str
    if (!USER_CLASSES.has(name)) throw noAttr(m, name);
    const user = yield* hooks.importName("collections._user", None, new PyTuple([name]), 0);
    return (ns[name] = user.$d![name]);
  }).module = "collections";
  return m;
});

export { typeType, toArray };
