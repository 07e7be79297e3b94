// The functools module: reduce, partial, lru_cache/cache (CPython's key building and LRU
// order), wraps/update_wrapper, cmp_to_key, total_ordering. singledispatch and cached_property
// are in functools2.ts.

import {
  PyObj, PyType, NEED, STOP, None, NotImplemented, Ns, Gen, PyTuple, PyList, EMPTY_TUPLE, typeOf,
  isSubtype, objectType, typeType, intType, strType,
} from "../runtime/core.ts";
import { PyFunction, PyBuiltin, PyMethod, defBuiltin, defMethod } from "../runtime/function.ts";
import { typeError, valueError, attributeError, newExc, TypeError, AttributeError, PyBaseException } from "../runtime/exceptions.ts";
import { iter, truth, richcmp, LT, LE, GT, GE, EQ, NE, index, asInt } from "../runtime/ops.ts";
import { callv } from "../runtime/call.ts";
import { repr } from "../runtime/repr.ts";
import { getattr, setattr, defGetSet, PyClassMethod } from "../runtime/attr.ts";
import { PyDict } from "../runtime/dict.ts";
import { Store, directKey, NOT_FOUND } from "../runtime/dictstore.ts";
import { nsDictOf } from "../runtime/type.ts";
import { registerModule, makeModule } from "../interp/interpreter.ts";
import { makeNamedTuple } from "./namedtuple.ts";
import { withDict, pull } from "./iterbase.ts";
import { installFunctools2 } from "./functools2.ts";

function ftype(name: string, builtin = true): PyType {
  const t = new PyType(name, [objectType]);
  t.mro = [t, objectType];
  t.module = "functools";
  t.isBuiltin = builtin;
  return t;
}
function isCallable(o: any): boolean {
  if (typeof o !== "object") return false;
  return o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethod || o instanceof PyType || typeOf(o).lookup("__call__") !== undefined;
}

// --- reduce ----------------------------------------------------------------------------------------

function* reduceImpl(f: any, seq: any, initial: any): Gen<any> {
  let it: any;
  try {
    it = yield* iter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.$cls, TypeError)) throw typeError("reduce() arg 2 must support iteration");
    throw e;
  }
  let acc = initial;
  const fast = f instanceof PyBuiltin && f.$fs !== null ? f.$fs : null;
  for (;;) {
    let v = it.nx();
    if (v === NEED) v = yield* it.nxG();
    if (v === STOP) break;
    if (acc === undefined) { acc = v; continue; }
    let r = fast !== null ? fast(acc, v) : NEED;
    if (r === NEED) r = yield* callv(f, [acc, v], null, null);
    acc = r;
  }
  if (acc === undefined) throw typeError("reduce() of empty iterable with no initial value");
  return acc;
}

// --- partial ---------------------------------------------------------------------------------------

export const partialType = ftype("partial");
partialType.hasDict = true;
export class PyPartial extends PyObj {
  fn: any; args: any[]; kwn: string[]; kwv: any[];
  constructor(cls: PyType, fn: any, args: any[], kwn: string[], kwv: any[]) {
    super(cls); this.fn = fn; this.args = args; this.kwn = kwn; this.kwv = kwv;
    this.$d = new Ns();
  }
}
partialType.alloc = (cls) => new PyPartial(cls, None, [], [], []);
/** Build a partial, flattening a plain partial given as the function (as CPython does). */
export function makePartial(cls: PyType, func: any, args: any[], kw: Record<string, any> | null): PyPartial {
  if (!isCallable(func)) throw typeError("the first argument must be callable");
  let pargs: any[] = [], kwn: string[] = [], kwv: any[] = [];
  if (func instanceof PyPartial && typeOf(func).lookup("__new__") === partialType.ns.__new__ && Object.keys(func.$d ?? {}).length === 0) {
    pargs = func.args; kwn = func.kwn.slice(); kwv = func.kwv.slice();
    func = func.fn;
  }
  if (kw) {
    for (const k of Object.keys(kw)) {
      const i = kwn.indexOf(k);
      if (i >= 0) kwv[i] = kw[k]; else { kwn.push(k); kwv.push(kw[k]); }
    }
  }
  return new PyPartial(cls, func, pargs.length ? pargs.concat(args) : args, kwn, kwv);
}
defBuiltin(partialType.ns, "__new__", ["cls", "*args", "**kw"], (cls: PyType, args: any[], kw: any) => {
  if (args.length < 1) throw typeError("type 'partial' takes at least one argument");
  const p = makePartial(cls, args[0], args.slice(1), kw);
  return p;
});
function* partialCall(p: PyPartial, args: any[], kwn: string[] | null, kwv: any[] | null): Gen<any> {
  const all = p.args.length ? (args.length ? p.args.concat(args) : p.args.slice()) : args;
  if (p.kwn.length === 0) return yield* callv(p.fn, all, kwn, kwv);
  const n = p.kwn.slice(), v = p.kwv.slice();
  if (kwn) for (let i = 0; i < kwn.length; i++) {
    const j = n.indexOf(kwn[i]);
    if (j >= 0) v[j] = kwv![i]; else { n.push(kwn[i]); v.push(kwv![i]); }
  }
  return yield* callv(p.fn, all, n, v);
}
defMethod(partialType, "__call__", ["*args", "**kw"], function* (self: PyPartial, args: any[], kw: any) {
  const kwn = kw ? Object.keys(kw) : null;
  return yield* partialCall(self, args, kwn, kwn ? kwn.map((k) => kw[k]) : null);
});
defGetSet(partialType, "func", (p: PyPartial) => p.fn, () => { throw attributeError("readonly attribute"); });
defGetSet(partialType, "args", (p: PyPartial) => new PyTuple(p.args.slice()), () => { throw attributeError("readonly attribute"); });
defGetSet(partialType, "keywords", (p: PyPartial) => kwDict(p), () => { throw attributeError("readonly attribute"); });
defGetSet(partialType, "__dict__", (p: PyPartial) => nsDictOf(p.$d ??= new Ns()));
function kwDict(p: PyPartial): PyDict {
  const d = new PyDict();
  for (let i = 0; i < p.kwn.length; i++) d.setS(p.kwn[i], p.kwv[i]);
  return d;
}
const reprActive = new Set<any>();
defMethod(partialType, "__repr__", [], function* (self: PyPartial) {
  const t = typeOf(self);
  const name = t === partialType ? "functools.partial" : t.name;
  if (reprActive.has(self)) return "...";
  reprActive.add(self);
  try {
    const parts = [yield* repr(self.fn)];
    for (const a of self.args) parts.push(yield* repr(a));
    for (let i = 0; i < self.kwn.length; i++) parts.push(`${self.kwn[i]}=${yield* repr(self.kwv[i])}`);
    return `${name}(${parts.join(", ")})`;
  } finally {
    reprActive.delete(self);
  }
});
defMethod(partialType, "__reduce__", [], (self: PyPartial) =>
  new PyTuple([typeOf(self), new PyTuple([self.fn]), new PyTuple([self.fn, new PyTuple(self.args.slice()), kwDict(self), self.$d && Object.keys(self.$d).length ? nsDictOf(self.$d) : None])]));
defMethod(partialType, "__class_getitem__", ["item"], (cls) => cls);
partialType.ns.__class_getitem__ = new PyClassMethod(partialType.ns.__class_getitem__);

// --- update_wrapper / wraps ------------------------------------------------------------------------

const WRAPPER_ASSIGNMENTS = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"];
const WRAPPER_UPDATES = ["__dict__"];
function* seqOfNames(v: any): Gen<any[]> {
  if (v instanceof PyTuple || v instanceof PyList) return v.items;
  const out: any[] = [];
  const it = yield* iter(v);
  for (;;) { const x = yield* pull(it); if (x === STOP) return out; out.push(x); }
}
export function* updateWrapper(wrapper: any, wrapped: any, assigned: any, updated: any): Gen<any> {
  if (wrapper instanceof PyFunction && wrapper.$d === undefined) wrapper.$d = new Ns();
  const asg = assigned === undefined ? WRAPPER_ASSIGNMENTS : yield* seqOfNames(assigned);
  const upd = updated === undefined ? WRAPPER_UPDATES : yield* seqOfNames(updated);
  for (const a of asg) {
    let v: any;
    try {
      v = yield* getattr(wrapped, a);
    } catch (e) {
      if (e instanceof PyBaseException && isSubtype(e.$cls, AttributeError)) continue;
      throw e;
    }
    yield* setattr(wrapper, a, v);
  }
  for (const a of upd) {
    const target = yield* getattr(wrapper, a);
    let src: any;
    try { src = yield* getattr(wrapped, a); } catch (e) {
      if (e instanceof PyBaseException && isSubtype(e.$cls, AttributeError)) src = new PyDict();
      else throw e;
    }
    if (target instanceof PyDict && src instanceof PyDict) {
      for (const [k, v] of src.items()) if (target.setS(k, v) === NEED) yield* target.setG(k, v);
    } else yield* callv(yield* getattr(target, "update"), [src], null, null);
  }
  yield* setattr(wrapper, "__wrapped__", wrapped);
  return wrapper;
}
const updateWrapperB = new PyBuiltin("update_wrapper", ["wrapper", "wrapped", "assigned?", "updated?"], null, updateWrapper, null);
updateWrapperB.module = "functools";

// --- lru_cache -----------------------------------------------------------------------------------

const lruType = ftype("_lru_cache_wrapper", false);
lruType.hasDict = true;
const KWD_MARK = new PyObj(objectType);
interface Rec { v: any; h: number; hashed: boolean }
class PyLru extends PyObj {
  fn: any; maxsize: number; typed: boolean; store = new Store(); hits = 0; misses = 0;
  constructor(fn: any, maxsize: number, typed: boolean) {
    super(lruType); this.fn = fn; this.maxsize = maxsize; this.typed = typed;
    this.$d = new Ns();
  }
}
let CacheInfo: PyType | null = null;
function cacheInfo(hits: number, misses: number, maxsize: any, cur: number): any {
  CacheInfo ??= makeNamedTuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"], [], "functools");
  const t = new PyTuple([hits, misses, maxsize, cur], CacheInfo);
  return t;
}
/** CPython's _make_key: scalar shortcut, kwd_mark separator, and types when typed. */
function makeKey(args: any[], kwn: string[] | null, kwv: any[] | null, typed: boolean): any {
  if (!typed && (kwn === null || kwn.length === 0)) {
    if (args.length === 1) {
      const a = args[0];
      if (typeof a === "string" || typeof a === "number" || typeof a === "bigint") return a;
    }
    return new PyTuple(args);
  }
  const items = args.slice();
  if (kwn !== null && kwn.length) {
    items.push(KWD_MARK);
    for (let i = 0; i < kwn.length; i++) items.push(kwn[i], kwv![i]);
  }
  if (typed) {
    for (const a of args) items.push(typeOf(a));
    if (kwv) for (const v of kwv) items.push(typeOf(v));
  }
  return new PyTuple(items);
}
/** Find key in the cache: [dkey or NOT_FOUND, hash]. */
let lastHash = 0;
function* findKey(s: Store, key: any): Gen<any> {
  let dk = s.resolveSync(key);
  if (dk === NEED) dk = yield* s.resolveGen(key);
  lastHash = s.lastHash;
  return dk;
}
function* lruCall(w: PyLru, args: any[], kwn: string[] | null, kwv: any[] | null): Gen<any> {
  if (w.maxsize === 0) {
    w.misses++;
    return yield* callv(w.fn, args, kwn, kwv);
  }
  const key = makeKey(args, kwn, kwv, w.typed);
  const s = w.store;
  const dk = yield* findKey(s, key);
  const h = lastHash;
  if (dk !== NOT_FOUND && s.map.has(dk)) {
    const rec: Rec = s.map.get(dk);
    if (w.maxsize > 0) { s.map.delete(dk); s.map.set(dk, rec); }
    w.hits++;
    return rec.v;
  }
  w.misses++;
  const result = yield* callv(w.fn, args, kwn, kwv);
  // the call may have added the key meanwhile (recursion): keep the existing entry
  const hashed = directKey(key) === NEED;
  let again: any;
  if (!hashed) again = s.map.has(directKey(key)) ? directKey(key) : NOT_FOUND;
  else {
    let c = s.findSync(key, h);
    if (c === NEED) c = yield* s.findGen(key, h);
    again = c === undefined ? NOT_FOUND : c;
  }
  if (again !== NOT_FOUND) return result;
  if (w.maxsize > 0 && s.map.size >= w.maxsize) {
    // evict the least recently used entry
    const first = s.map.entries().next().value as [any, Rec];
    if (first[1].hashed) s.delHashed(first[0], first[1].h); else s.delD(first[0]);
  }
  const rec: Rec = { v: result, h, hashed };
  if (hashed) s.addHashed(key, h, rec); else s.setD(directKey(key), key, rec);
  return result;
}
// compiled call sites use $fs/$fc directly: a cache hit stays sync, a miss runs lruCall
(PyLru.prototype as any).$fs = function (this: PyLru) {
  if (this.maxsize === 0) return NEED;
  const args = Array.prototype.slice.call(arguments);
  const key = makeKey(args, null, null, this.typed);
  const s = this.store;
  const dk = s.resolveSync(key);
  if (dk === NEED || dk === NOT_FOUND || !s.map.has(dk)) return NEED;
  const rec: Rec = s.map.get(dk);
  if (this.maxsize > 0) { s.map.delete(dk); s.map.set(dk, rec); }
  this.hits++;
  return rec.v;
};
(PyLru.prototype as any).$fc = function* (this: PyLru) {
  return yield* lruCall(this, Array.prototype.slice.call(arguments), null, null);
};
defMethod(lruType, "__call__", ["*args", "**kw"], function* (self: PyLru, args: any[], kw: any) {
  const kwn = kw ? Object.keys(kw) : null;
  return yield* lruCall(self, args, kwn, kwn ? kwn.map((k) => kw[k]) : null);
});
defMethod(lruType, "cache_info", [], (self: PyLru) => cacheInfo(self.hits, self.misses, self.maxsize < 0 ? None : self.maxsize, self.store.map.size));
defMethod(lruType, "cache_clear", [], (self: PyLru) => { self.store.clear(); self.hits = 0; self.misses = 0; return None; });
defMethod(lruType, "cache_parameters", [], (self: PyLru) => {
  const d = new PyDict();
  d.setS("maxsize", self.maxsize < 0 ? None : self.maxsize);
  d.setS("typed", self.typed);
  return d;
});
defMethod(lruType, "__get__", ["obj", "type?"], (self: PyLru, obj: any) => (obj === None || obj === undefined ? self : new PyMethod(self, obj)));
defMethod(lruType, "__copy__", [], (self: PyLru) => self);
defMethod(lruType, "__deepcopy__", ["memo"], (self: PyLru) => self);
defMethod(lruType, "__reduce__", [], function* (self: PyLru) { return yield* getattr(self, "__qualname__"); });
defGetSet(lruType, "__dict__", (o: PyLru) => nsDictOf(o.$d ??= new Ns()));

function* makeLru(fn: any, maxsize: number, typed: boolean): Gen<any> {
  if (!isCallable(fn)) throw typeError("the first argument must be callable");
  const w = new PyLru(fn, maxsize, typed);
  return yield* updateWrapper(w, fn, undefined, undefined);
}
function* lruCache(maxsize: any, typed: any): Gen<any> {
  if (maxsize === undefined) maxsize = 128;
  const typ = typed === undefined ? false : typed;
  let size: number;
  const mi = asInt(maxsize);
  if (mi !== undefined) {
    size = typeof mi === "bigint" ? (mi < 0n ? 0 : Number.MAX_SAFE_INTEGER) : mi < 0 ? 0 : mi;
  } else if (isCallable(maxsize) && typeof typ === "boolean") {
    return yield* makeLru(maxsize, 128, typ);
  } else if (maxsize !== None) {
    throw typeError("Expected first argument to be an integer, a callable, or None");
  } else size = -1;
  const t = yield* truth(typ);
  const deco = new PyBuiltin("decorating_function", ["user_function"], null, function* (f: any) {
    return yield* makeLru(f, size, t);
  }, null);
  deco.qualname = "lru_cache.<locals>.decorating_function";
  return deco;
}

// --- cmp_to_key --------------------------------------------------------------------------------------

const keyType = ftype("KeyWrapper");
class PyKey extends PyObj {
  cmp: any; obj: any;
  constructor(cmp: any, obj: any) { super(keyType); this.cmp = cmp; this.obj = obj; }
}
defMethod(keyType, "__call__", ["obj"], (self: PyKey, obj: any) => new PyKey(self.cmp, obj));
defGetSet(keyType, "obj", (k: PyKey) => {
  if (k.obj === undefined) throw attributeError("obj");
  return k.obj;
}, (k: PyKey, v: any) => { k.obj = v; });
keyType.ns.__hash__ = None;
for (const [name, op] of [["__lt__", LT], ["__le__", LE], ["__eq__", EQ], ["__ne__", NE], ["__gt__", GT], ["__ge__", GE]] as const) {
  defMethod(keyType, name, ["other"], function* (self: PyKey, other: any) {
    if (!(other instanceof PyKey)) throw typeError("other argument must be K instance");
    if (self.obj === undefined || other.obj === undefined) throw attributeError("object");
    const res = yield* callv(self.cmp, [self.obj, other.obj], null, null);
    return yield* richcmp(res, 0, op);
  });
}

// --- total_ordering ----------------------------------------------------------------------------------

const ORDER_OPS = ["__lt__", "__le__", "__gt__", "__ge__"];
/** For each root, the derived operations: [name, how], how = the formula over the root's result. */
const CONVERT: Record<string, [string, number][]> = {
  __lt__: [["__gt__", 0], ["__le__", 1], ["__ge__", 2]],
  __le__: [["__ge__", 3], ["__lt__", 4], ["__gt__", 2]],
  __gt__: [["__lt__", 0], ["__ge__", 1], ["__le__", 2]],
  __ge__: [["__le__", 3], ["__gt__", 4], ["__lt__", 2]],
};
/**
 * The derived comparison, given r = type(self).<root>(self, other):
 * 0 `not r and self != other`, 1 `r or self == other`, 2 `not r`, 3 `not r or self == other`,
 * 4 `r and self != other`.
 */
function derivedOp(root: string, name: string, how: number, owner: PyType): PyBuiltin {
  const b = new PyBuiltin(name, ["self", "other"], null, function* (self: any, other: any) {
    const r = yield* callv(yield* getattr(typeOf(self), root), [self, other], null, null);
    if (r === NotImplemented) return r;
    switch (how) {
      case 0: return (yield* truth(r)) ? false : yield* richcmp(self, other, NE);
      case 1: return (yield* truth(r)) ? r : yield* richcmp(self, other, EQ);
      case 2: return !(yield* truth(r));
      case 3: return !(yield* truth(r)) ? true : yield* richcmp(self, other, EQ);
      default: return !(yield* truth(r)) ? r : yield* richcmp(self, other, NE);
    }
  }, owner);
  b.qualname = `_${name.slice(2, 4)}_from_${root.slice(2, 4)}`;
  return b;
}
function* totalOrdering(cls: any): Gen<any> {
  if (!(cls instanceof PyType)) throw attributeError(`'${typeOf(cls).name}' object has no attribute '__lt__'`);
  const roots: string[] = [];
  for (const op of ORDER_OPS) {
    const v = cls.lookup(op);
    if (v !== undefined && v !== objectType.ns[op]) roots.push(op);
  }
  if (roots.length === 0) throw valueError("must define at least one ordering operation: < > <= >=");
  // max() of the names: __lt__ > __le__ > __gt__ > __ge__
  const root = roots.slice().sort().pop()!;
  for (const [name, how] of CONVERT[root]) {
    if (roots.includes(name)) continue;
    yield* setattr(cls, name, derivedOp(root, name, how, cls));
  }
  return cls;
}

// --- the module ------------------------------------------------------------------------------------

registerModule("functools", () => makeModule("functools", (ns) => {
  defBuiltin(ns, "reduce", ["function", "iterable", "initial?", "/"], reduceImpl);
  ns.partial = partialType;
  ns.update_wrapper = updateWrapperB;
  ns.WRAPPER_ASSIGNMENTS = new PyTuple(WRAPPER_ASSIGNMENTS.slice());
  ns.WRAPPER_UPDATES = new PyTuple(WRAPPER_UPDATES.slice());
  defBuiltin(ns, "wraps", ["wrapped", "assigned?", "updated?"], (wrapped: any, assigned: any, updated: any) =>
    makePartial(partialType, updateWrapperB, [], {
      wrapped, assigned: assigned ?? ns.WRAPPER_ASSIGNMENTS, updated: updated ?? ns.WRAPPER_UPDATES,
    }));
  defBuiltin(ns, "lru_cache", ["maxsize?", "typed?"], lruCache);
  defBuiltin(ns, "cache", ["user_function", "/"], function* (f: any) { return yield* makeLru(f, -1, false); });
  ns._lru_cache_wrapper = lruType;
  defBuiltin(ns, "cmp_to_key", ["mycmp"], (cmp: any) => new PyKey(cmp, undefined));
  ns.KeyWrapper = keyType;
  defBuiltin(ns, "total_ordering", ["cls"], totalOrdering);
  ns._CacheInfo = CacheInfo ??= makeNamedTuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"], [], "functools");
  installFunctools2(ns, updateWrapper, (f, a, kw) => makePartial(partialType, f, a, kw));
  for (const k of Object.keys(ns)) { const v = ns[k]; if (v instanceof PyBuiltin) v.module = "functools"; }
}));

export { withDict, index, EMPTY_TUPLE, intType, strType, typeType, newExc };
