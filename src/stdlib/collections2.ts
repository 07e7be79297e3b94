// collections.Counter (a dict subclass with multiset arithmetic, most_common ordered by count
// with ties in insertion order) and ChainMap (with the Mapping mixins' views), following the
// Python classes of CPython's collections/__init__.py.

import {
  PyObj, PyType, NEED, STOP, None, NotImplemented, Ns, Gen, PyTuple, PyList, typeOf, isSubtype,
  objectType, dictType, typeType,
} from "../runtime/core.ts";
import { defMethod, defMethod2, PyBuiltin } from "../runtime/function.ts";
import { typeError, keyError, newExc, KeyError, TypeError, NotImplementedError, PyBaseException } from "../runtime/exceptions.ts";
import {
  truth, truthS, eq, eqS, iter, getitem, setitem, delitem, contains, len, addS, subS, binop, ADD, SUB, richcmp,
  cmpS, LT, LE, GT, GE, EQ, toArray,
} from "../runtime/ops.ts";
import { callv, callDunder } from "../runtime/call.ts";
import { repr, reprHooks, recursiveReprHooks } from "../runtime/repr.ts";
import { getattr, PyClassMethod, PyProperty } from "../runtime/attr.ts";
import { PyDict } from "../runtime/dict.ts";
import { dictRepr, dictEqG, updateArg, dictCopy } from "../runtime/dict_methods.ts";
import { sortArray } from "../runtime/list.ts";
import { PyIterBase, pull, iteratorType } from "./iterbase.ts";
import { elementsOf } from "./itertools.ts";

/** A class defined in Python in CPython: not builtin (its instances get a __dict__). */
function pyClass(name: string, base: PyType, module = "collections"): PyType {
  const t = new PyType(name, [base], false, typeType);
  t.mro = [t, ...base.mro];
  t.module = module;
  t.isBuiltin = false;
  t.hasDict = true;
  t.ns.__module__ = module;
  return t;
}

// --- small arithmetic helpers (sync for builtin numbers) ---------------------------------------------

function* add(a: any, b: any): Gen<any> { const r = addS(a, b); return r !== NEED ? r : yield* binop(a, b, ADD); }
function* sub(a: any, b: any): Gen<any> { const r = subS(a, b); return r !== NEED ? r : yield* binop(a, b, SUB); }
function* cmp(a: any, b: any, op: number): Gen<boolean> {
  const r = cmpS(a, b, op);
  if (r !== NEED) return r;
  const x = yield* richcmp(a, b, op);
  return typeof x === "boolean" ? x : yield* truth(x);
}
/** d.get(k, 0) on the storage (no __missing__). */
function* get0(d: PyDict, k: any): Gen<any> {
  let v = d.getS(k);
  if (v === NEED) v = yield* d.getG(k);
  return v === undefined ? 0 : v;
}
/** The (key, value) pairs of a mapping: directly for dicts, else through items(). */
function* mappingItems(m: any): Gen<[any, any][]> {
  if (m instanceof PyDict && typeOf(m).lookup("items") === dictType.ns.items) return m.items();
  const out: [any, any][] = [];
  for (const p of yield* toArray(yield* callv(yield* getattr(m, "items"), [], null, null))) {
    const a = yield* toArray(p);
    out.push([a[0], a[1]]);
  }
  return out;
}
/** isinstance(x, collections.abc.Mapping), as far as pygil knows mappings. */
function isMapping(x: any): boolean {
  if (x instanceof PyDict) return true;
  const t = typeOf(x);
  for (const c of t.mro) {
    if (c === chainMapType) return true;
    if ((c.name === "Mapping" || c.name === "MutableMapping") && (c.module === "collections.abc" || c.module === "typing")) return true;
  }
  return false;
}

// --- Counter ---------------------------------------------------------------------------------------

export const counterType = pyClass("Counter", dictType);
counterType.solid = dictType;
counterType.alloc = (cls) => { const d = new PyDict(cls); d.$d = new Ns(); return d; };
const C = counterType;
function newCounter(): PyDict { const d = new PyDict(C); d.$d = new Ns(); return d; }
function ck(self: any): PyDict {
  if (!(self instanceof PyDict)) throw typeError(`descriptor requires a 'dict' object but received a '${typeOf(self).name}'`);
  return self;
}
function isCounter(x: any): boolean { return x instanceof PyDict && isSubtype(typeOf(x), C); }

function* countUpdate(self: PyDict, iterable: any, kw: any, sign: number): Gen<void> {
  if (iterable !== undefined && iterable !== None) {
    if (isMapping(iterable)) {
      if (sign > 0 && self.size === 0 && iterable instanceof PyDict) yield* updateArg(self, iterable);
      else {
        for (const [elem, count] of yield* mappingItems(iterable)) {
          const cur = yield* get0(self, elem);
          yield* setitem(self, elem, sign > 0 ? yield* add(count, cur) : yield* sub(cur, count));
        }
      }
    } else {
      const it = yield* iter(iterable);
      for (;;) {
        const elem = yield* pull(it);
        if (elem === STOP) break;
        const cur = yield* get0(self, elem);
        yield* setitem(self, elem, sign > 0 ? yield* add(cur, 1) : yield* sub(cur, 1));
      }
    }
  }
  if (kw && Object.keys(kw).length) {
    const d = new PyDict();
    for (const k of Object.keys(kw)) d.setS(k, kw[k]);
    yield* countUpdate(self, d, null, sign);
  }
}
defMethod(C, "__init__", ["iterable?", "/", "**kw"], function* (self: any, it: any, kw: any) {
  yield* countUpdate(ck(self), it, kw, 1);
  return None;
});
defMethod(C, "update", ["iterable?", "/", "**kw"], function* (self: any, it: any, kw: any) {
  yield* countUpdate(ck(self), it, kw, 1);
  return None;
});
defMethod(C, "subtract", ["iterable?", "/", "**kw"], function* (self: any, it: any, kw: any) {
  yield* countUpdate(ck(self), it, kw, -1);
  return None;
});
defMethod(C, "__missing__", ["key"], () => 0);
defMethod(C, "total", [], function* (self: any) {
  let s: any = 0;
  for (const v of ck(self).values()) s = yield* add(s, v);
  return s;
});
const pairValue = new PyBuiltin("value", ["pair"], (p: PyTuple) => p.items[1], null, null);
/** Items sorted by count, largest first; ties keep insertion order. */
function* sortedItems(d: PyDict): Gen<any[]> {
  const items = d.items().map(([k, v]) => new PyTuple([k, v]));
  return yield* sortArray(items, pairValue, true);
}
defMethod(C, "most_common", ["n?"], function* (self: any, n: any) {
  const all = yield* sortedItems(ck(self));
  if (n === undefined || n === None) return new PyList(all);
  const k = yield* (function* () { const r = cmpS(n, 0, LE); return r === NEED ? yield* cmp(n, 0, LE) : r; })();
  if (k) return new PyList([]);
  const m = typeof n === "number" ? n : Number(n);
  return new PyList(all.slice(0, m));
});
defMethod(C, "elements", [], function* (self: any) {
  return yield* elementsOf(new PyList(ck(self).items().map(([k, v]) => new PyTuple([k, v]))));
});
defMethod(C, "fromkeys", ["iterable", "v?"], () => {
  throw newExc(NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
});
C.ns.fromkeys = new PyClassMethod(C.ns.fromkeys);
defMethod(C, "copy", [], function* (self: any) { return yield* callv(typeOf(self), [self], null, null); });
defMethod(C, "__reduce__", [], (self: any) => new PyTuple([typeOf(self), new PyTuple([dictCopy(ck(self))])]));
defMethod(C, "__delitem__", ["elem"], function* (self: any, elem: any) {
  const d = ck(self);
  let v = d.popS(elem);
  if (v === NEED) v = yield* d.popG(elem);
  return None;
});
function* counterRepr(d: PyDict): Gen<string> {
  const name = typeOf(d).name;
  if (d.size === 0) return `${name}()`;
  let shown: PyDict;
  try {
    const items = yield* sortedItems(d);
    shown = new PyDict();
    for (const p of items) if (shown.setS(p.items[0], p.items[1]) === NEED) yield* shown.setG(p.items[0], p.items[1]);
  } catch (e) {
    if (!(e instanceof PyBaseException && isSubtype(e.$cls, TypeError))) throw e;
    shown = dictCopy(d);
  }
  return `${name}(${yield* dictRepr(shown)})`;
}
reprHooks.set(C, counterRepr as any);
defMethod(C, "__repr__", [], function* (self: any) { return yield* counterRepr(ck(self)); });

/** all(self[e] OP other[e] for c in (self, other) for e in c) */
function* allCounts(a: PyDict, b: PyDict, op: number): Gen<boolean> {
  for (const c of [a, b]) {
    for (const e of c.keys()) {
      const x = yield* getitem(a, e), y = yield* getitem(b, e);
      if (!(yield* cmp(x, y, op))) return false;
    }
  }
  return true;
}
defMethod(C, "__eq__", ["other"], function* (self: any, o: any) {
  if (!isCounter(o)) return NotImplemented;
  return yield* allCounts(ck(self), o, EQ);
});
defMethod(C, "__ne__", ["other"], function* (self: any, o: any) {
  if (!isCounter(o)) return NotImplemented;
  return !(yield* allCounts(ck(self), o, EQ));
});
defMethod(C, "__le__", ["other"], function* (self: any, o: any) {
  if (!isCounter(o)) return NotImplemented;
  return yield* allCounts(ck(self), o, LE);
});
defMethod(C, "__ge__", ["other"], function* (self: any, o: any) {
  if (!isCounter(o)) return NotImplemented;
  return yield* allCounts(ck(self), o, GE);
});
defMethod(C, "__lt__", ["other"], function* (self: any, o: any) {
  if (!isCounter(o)) return NotImplemented;
  return (yield* allCounts(ck(self), o, LE)) && !(yield* allCounts(self, o, EQ));
});
defMethod(C, "__gt__", ["other"], function* (self: any, o: any) {
  if (!isCounter(o)) return NotImplemented;
  return (yield* allCounts(ck(self), o, GE)) && !(yield* allCounts(self, o, EQ));
});
C.ns.__hash__ = None;

function* put(d: PyDict, k: any, v: any): Gen<void> { if (d.setS(k, v) === NEED) yield* d.setG(k, v); }
function* has(d: PyDict, k: any): Gen<boolean> {
  let v = d.getS(k);
  if (v === NEED) v = yield* d.getG(k);
  return v !== undefined;
}
defMethod(C, "__add__", ["other"], function* (self: any, o: any) {
  if (!isCounter(o)) return NotImplemented;
  const r = newCounter();
  for (const [e, c] of ck(self).items()) {
    const n = yield* add(c, yield* getitem(o, e));
    if (yield* cmp(n, 0, GT)) yield* put(r, e, n);
  }
  for (const [e, c] of (o as PyDict).items()) if (!(yield* has(self, e)) && (yield* cmp(c, 0, GT))) yield* put(r, e, c);
  return r;
});
defMethod(C, "__sub__", ["other"], function* (self: any, o: any) {
  if (!isCounter(o)) return NotImplemented;
  const r = newCounter();
  for (const [e, c] of ck(self).items()) {
    const n = yield* sub(c, yield* getitem(o, e));
    if (yield* cmp(n, 0, GT)) yield* put(r, e, n);
  }
  for (const [e, c] of (o as PyDict).items()) if (!(yield* has(self, e)) && (yield* cmp(c, 0, LT))) yield* put(r, e, yield* sub(0, c));
  return r;
});
defMethod(C, "__or__", ["other"], function* (self: any, o: any) {
  if (!isCounter(o)) return NotImplemented;
  const r = newCounter();
  for (const [e, c] of ck(self).items()) {
    const oc = yield* getitem(o, e);
    const n = (yield* cmp(c, oc, LT)) ? oc : c;
    if (yield* cmp(n, 0, GT)) yield* put(r, e, n);
  }
  for (const [e, c] of (o as PyDict).items()) if (!(yield* has(self, e)) && (yield* cmp(c, 0, GT))) yield* put(r, e, c);
  return r;
});
defMethod(C, "__and__", ["other"], function* (self: any, o: any) {
  if (!isCounter(o)) return NotImplemented;
  const r = newCounter();
  for (const [e, c] of ck(self).items()) {
    const oc = yield* getitem(o, e);
    const n = (yield* cmp(c, oc, LT)) ? c : oc;
    if (yield* cmp(n, 0, GT)) yield* put(r, e, n);
  }
  return r;
});
defMethod(C, "__pos__", [], function* (self: any) {
  const r = newCounter();
  for (const [e, c] of ck(self).items()) if (yield* cmp(c, 0, GT)) yield* put(r, e, c);
  return r;
});
defMethod(C, "__neg__", [], function* (self: any) {
  const r = newCounter();
  for (const [e, c] of ck(self).items()) if (yield* cmp(c, 0, LT)) yield* put(r, e, yield* sub(0, c));
  return r;
});
/** Drop the elements whose count is not > 0; returns self. */
function* keepPositive(d: PyDict): Gen<PyDict> {
  const drop: any[] = [];
  for (const [e, c] of d.items()) if (!(yield* cmp(c, 0, GT))) drop.push(e);
  for (const e of drop) yield* delitem(d, e);
  return d;
}
defMethod(C, "__iadd__", ["other"], function* (self: any, o: any) {
  if (!isCounter(o)) return NotImplemented;
  for (const [e, c] of (o as PyDict).items()) yield* setitem(self, e, yield* add(yield* getitem(self, e), c));
  return yield* keepPositive(self);
});
defMethod(C, "__isub__", ["other"], function* (self: any, o: any) {
  if (!isCounter(o)) return NotImplemented;
  for (const [e, c] of (o as PyDict).items()) yield* setitem(self, e, yield* sub(yield* getitem(self, e), c));
  return yield* keepPositive(self);
});
defMethod(C, "__ior__", ["other"], function* (self: any, o: any) {
  if (!isCounter(o)) return NotImplemented;
  for (const [e, oc] of (o as PyDict).items()) {
    const c = yield* getitem(self, e);
    if (yield* cmp(oc, c, GT)) yield* setitem(self, e, oc);
  }
  return yield* keepPositive(self);
});
defMethod(C, "__iand__", ["other"], function* (self: any, o: any) {
  if (!isCounter(o)) return NotImplemented;
  for (const [e, c] of ck(self).items()) {
    const oc = yield* getitem(o, e);
    if (yield* cmp(oc, c, LT)) yield* setitem(self, e, oc);
  }
  return yield* keepPositive(self);
});

// --- Mapping views (KeysView, ItemsView, ValuesView) -------------------------------------------------

class PyMapView extends PyObj {
  m: any; kind: number;
  constructor(cls: PyType, m: any, kind: number) { super(cls); this.m = m; this.kind = kind; this.$d = new Ns(); }
}
const viewTypes = ["KeysView", "ValuesView", "ItemsView"].map((name, kind) => {
  const t = pyClass(name, objectType, "collections.abc");
  t.alloc = (cls) => new PyMapView(cls, None, kind);
  defMethod(t, "__init__", ["mapping"], (self: PyMapView, m: any) => { self.m = m; return None; });
  defMethod(t, "__len__", [], function* (self: PyMapView) { return yield* len(self.m); });
  defMethod(t, "__iter__", [], function* (self: PyMapView) { return new PyMapViewIter(self.m, kind, yield* iter(self.m)); });
  defMethod(t, "__repr__", [], function* (self: PyMapView) { return `${typeOf(self).name}(${yield* repr(self.m)})`; });
  defMethod(t, "__contains__", ["x"], function* (self: PyMapView, x: any) {
    if (kind === 0) return yield* contains(self.m, x);
    if (kind === 2) {
      if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
      const [k, v] = x.items;
      let got: any;
      try { got = yield* getitem(self.m, k); } catch (e) {
        if (e instanceof PyBaseException && isSubtype(e.$cls, KeyError)) return false;
        throw e;
      }
      return got === v || (yield* eq(got, v));
    }
    const it = yield* iter(self.m);
    for (;;) {
      const k = yield* pull(it);
      if (k === STOP) return false;
      const v = yield* getitem(self.m, k);
      if (v === x || (yield* eq(v, x))) return true;
    }
  });
  return t;
});
class PyMapViewIter extends PyIterBase {
  m: any; kind: number; it: any;
  constructor(m: any, kind: number, it: any) { super(mapViewIterType); this.m = m; this.kind = kind; this.it = it; }
  *stepG(): Gen<any> {
    const k = yield* pull(this.it);
    if (k === STOP || this.kind === 0) return k;
    const v = yield* getitem(this.m, k);
    return this.kind === 1 ? v : new PyTuple([k, v]);
  }
}
const mapViewIterType = iteratorType("mapping_view_iterator", "collections.abc", PyMapViewIter);

// --- ChainMap --------------------------------------------------------------------------------------

export const chainMapType = pyClass("ChainMap", objectType);
const CM = chainMapType;
function* mapsOf(self: any): Gen<any[]> {
  const m = yield* getattr(self, "maps");
  if (m instanceof PyList) return m.items;
  return yield* toArray(m);
}
function* cmNew(cls: PyType, maps: any[]): Gen<any> { return yield* callv(cls, maps, null, null); }
defMethod(CM, "__init__", ["*maps"], (self: any, maps: any[]) => {
  self.$d ??= new Ns();
  self.$d.maps = new PyList(maps.length ? maps.slice() : [new PyDict()]);
  return None;
});
defMethod(CM, "__missing__", ["key"], (self: any, key: any) => { throw keyError(key); });
defMethod(CM, "__getitem__", ["key"], function* (self: any, key: any) {
  for (const m of yield* mapsOf(self)) {
    try {
      return yield* getitem(m, key);
    } catch (e) {
      if (!(e instanceof PyBaseException && isSubtype(e.$cls, KeyError))) throw e;
    }
  }
  const t = typeOf(self);
  return yield* callDunder(t.lookup("__missing__"), self, t, [key]);
});
defMethod(CM, "get", ["key", "default?"], function* (self: any, key: any, dflt: any) {
  if (yield* contains(self, key)) return yield* getitem(self, key);
  return dflt === undefined ? None : dflt;
});
/** The merged keys in ChainMap iteration order (later maps first, first occurrence wins). */
function* mergedKeys(self: any): Gen<PyDict> {
  const d = new PyDict();
  const maps = yield* mapsOf(self);
  for (let i = maps.length - 1; i >= 0; i--) {
    const it = yield* iter(maps[i]);
    for (;;) {
      const k = yield* pull(it);
      if (k === STOP) break;
      if (d.setS(k, None) === NEED) yield* d.setG(k, None);
    }
  }
  return d;
}
defMethod(CM, "__len__", [], function* (self: any) { return (yield* mergedKeys(self)).size; });
defMethod(CM, "__iter__", [], function* (self: any) { return yield* iter(yield* mergedKeys(self)); });
defMethod(CM, "__contains__", ["key"], function* (self: any, key: any) {
  for (const m of yield* mapsOf(self)) if (yield* contains(m, key)) return true;
  return false;
});
defMethod(CM, "__bool__", [], function* (self: any) {
  for (const m of yield* mapsOf(self)) { const t = truthS(m); if (t === NEED ? yield* truth(m) : t) return true; }
  return false;
});
const cmActive = new Set<any>();
defMethod(CM, "__repr__", [], function* (self: any) {
  if (cmActive.has(self)) return "...";
  cmActive.add(self);
  try {
    const parts: string[] = [];
    for (const m of yield* mapsOf(self)) parts.push(yield* repr(m));
    return `${typeOf(self).name}(${parts.join(", ")})`;
  } finally { cmActive.delete(self); }
});
defMethod(CM, "fromkeys", ["iterable", "*args"], function* (cls: any, it: any, args: any[]) {
  const d = yield* callv(dictType.ns.fromkeys.f, [dictType, it, ...args], null, null);
  return yield* cmNew(cls, [d]);
});
CM.ns.fromkeys = new PyClassMethod(CM.ns.fromkeys);
function* cmCopy(self: any): Gen<any> {
  const maps = yield* mapsOf(self);
  const first = yield* callv(yield* getattr(maps[0], "copy"), [], null, null);
  return yield* cmNew(typeOf(self), [first, ...maps.slice(1)]);
}
defMethod(CM, "copy", [], cmCopy);
defMethod(CM, "__copy__", [], cmCopy);
defMethod(CM, "new_child", ["m?", "**kwargs"], function* (self: any, m: any, kw: any) {
  if (m === undefined || m === None) {
    m = new PyDict();
    if (kw) for (const k of Object.keys(kw)) m.setS(k, kw[k]);
  } else if (kw && Object.keys(kw).length) {
    const d = new PyDict();
    for (const k of Object.keys(kw)) d.setS(k, kw[k]);
    yield* callv(yield* getattr(m, "update"), [d], null, null);
  }
  return yield* cmNew(typeOf(self), [m, ...(yield* mapsOf(self))]);
});
{
  const p = new PyProperty();
  p.fget = new PyBuiltin("parents", ["self"], null, function* (self: any) {
    return yield* cmNew(typeOf(self), (yield* mapsOf(self)).slice(1));
  }, null);
  p.name = "parents";
  CM.ns.parents = p;
}
defMethod(CM, "__setitem__", ["key", "value"], function* (self: any, k: any, v: any) {
  yield* setitem((yield* mapsOf(self))[0], k, v);
  return None;
});
function* firstMapOp(self: any, f: (m: any) => Gen<any>, msg: () => Gen<string>): Gen<any> {
  try {
    return yield* f((yield* mapsOf(self))[0]);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.$cls, KeyError)) throw newExc(KeyError, yield* msg());
    throw e;
  }
}
defMethod(CM, "__delitem__", ["key"], function* (self: any, key: any) {
  yield* firstMapOp(self, function* (m) { yield* delitem(m, key); }, function* () { return `Key not found in the first mapping: ${yield* repr(key)}`; });
  return None;
});
defMethod(CM, "popitem", [], function* (self: any) {
  return yield* firstMapOp(self, function* (m) { return yield* callv(yield* getattr(m, "popitem"), [], null, null); }, function* () { return "No keys found in the first mapping."; });
});
defMethod(CM, "pop", ["key", "*args"], function* (self: any, key: any, args: any[]) {
  return yield* firstMapOp(self, function* (m) { return yield* callv(yield* getattr(m, "pop"), [key, ...args], null, null); },
    function* () { return `Key not found in the first mapping: ${yield* repr(key)}`; });
});
defMethod(CM, "clear", [], function* (self: any) {
  yield* callv(yield* getattr((yield* mapsOf(self))[0], "clear"), [], null, null);
  return None;
});
defMethod(CM, "__ior__", ["other"], function* (self: any, o: any) {
  yield* callv(yield* getattr((yield* mapsOf(self))[0], "update"), [o], null, null);
  return self;
});
defMethod(CM, "__or__", ["other"], function* (self: any, o: any) {
  if (!isMapping(o)) return NotImplemented;
  const m = yield* cmCopy(self);
  yield* callv(yield* getattr((yield* mapsOf(m))[0], "update"), [o], null, null);
  return m;
});
defMethod(CM, "__ror__", ["other"], function* (self: any, o: any) {
  if (!isMapping(o)) return NotImplemented;
  const maps = yield* mapsOf(self);
  const m = yield* callv(yield* getattr(o, "copy"), [], null, null);
  for (let i = maps.length - 1; i >= 0; i--) yield* callv(yield* getattr(m, "update"), [maps[i]], null, null);
  return yield* cmNew(typeOf(self), [m]);
});
defMethod(CM, "keys", [], (self: any) => new PyMapView(viewTypes[0], self, 0));
defMethod(CM, "values", [], (self: any) => new PyMapView(viewTypes[1], self, 1));
defMethod(CM, "items", [], (self: any) => new PyMapView(viewTypes[2], self, 2));
defMethod(CM, "setdefault", ["key", "default?"], function* (self: any, key: any, dflt: any) {
  const d = dflt === undefined ? None : dflt;
  try { return yield* getitem(self, key); } catch (e) {
    if (!(e instanceof PyBaseException && isSubtype(e.$cls, KeyError))) throw e;
  }
  yield* setitem(self, key, d);
  return d;
});
defMethod(CM, "update", ["other?", "/", "**kw"], function* (self: any, o: any, kw: any) {
  if (o !== undefined) {
    if (isMapping(o) || typeOf(o).lookup("keys") !== undefined) {
      for (const k of yield* toArray(isMapping(o) ? o : yield* callv(yield* getattr(o, "keys"), [], null, null))) yield* setitem(self, k, yield* getitem(o, k));
    } else {
      for (const p of yield* toArray(o)) {
        const a = yield* toArray(p);
        yield* setitem(self, a[0], a[1]);
      }
    }
  }
  if (kw) for (const k of Object.keys(kw)) yield* setitem(self, k, kw[k]);
  return None;
});
/** dict(m.items()) for any mapping. */
function* asDict(m: any): Gen<PyDict> {
  const d = new PyDict();
  for (const [k, v] of yield* mappingItems(m)) if (d.setS(k, v) === NEED) yield* d.setG(k, v);
  return d;
}
defMethod(CM, "__eq__", ["other"], function* (self: any, o: any) {
  if (!isMapping(o)) return NotImplemented;
  return yield* dictEqG(yield* asDict(self), yield* asDict(o));
});
defMethod(CM, "__ne__", ["other"], function* (self: any, o: any) {
  if (!isMapping(o)) return NotImplemented;
  return !(yield* dictEqG(yield* asDict(self), yield* asDict(o)));
});
CM.ns.__hash__ = None;

export function installCollections2(ns: Record<string, any>): void {
  ns.Counter = counterType;
  ns.ChainMap = chainMapType;
}

export { recursiveReprHooks, defMethod2, GT, EQ };
