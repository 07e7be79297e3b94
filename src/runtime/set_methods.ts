// set and frozenset methods and operators, following CPython's setobject.c algorithms step by
// step (which set is copied, which one is iterated, in what order elements are added) so that
// results have CPython's table layout and therefore its iteration order.

import {
  PyType, PyList, PyTuple, NEED, STOP, None, NotImplemented, setType, frozensetType, dictType,
  Gen, typeOf, isSubtype, tuple,
} from "./core.ts";
import { defMethod, defMethod2, defNew } from "./function.ts";
import { typeError, keyError, newExc, StopIteration } from "./exceptions.ts";
import { iter } from "./ops.ts";
import { PyDict, NsDict } from "./dict.ts";
import { directKey } from "./dictstore.ts";
import { PySet, PySetIter, setIterType, copyTable, setRepr, setUpdateFromHook } from "./set.ts";
import { HL, HH, DUMMY, hashDirect, hashS, hashAnyG, setFromInt } from "./set_hash.ts";
import { setFrozensetOf } from "./type.ts";
import { PyClassMethod } from "./attr.ts";
import { typeCall } from "./call.ts";
import { genericAlias } from "./generic_alias.ts";

// --- helpers -------------------------------------------------------------------------------------

/** PyAnySet_Check: set, frozenset or a subclass. */
function isAnySet(v: any): v is PySet { return v instanceof PySet; }
/** PyAnySet_CheckExact. */
function isAnySetExact(v: any): boolean { return v instanceof PySet && (v.$cls === setType || v.$cls === frozensetType); }
/** PyDict_CheckExact (namespace dicts included: their type is dict). */
function isDictExact(v: any): v is PyDict { return v instanceof PyDict && v.$cls === dictType; }

/** Sync hash of any key into HL/HH; false when Python code must run. */
function hashOfS(k: any): boolean {
  const d = directKey(k);
  if (d !== NEED) { hashDirect(d); return true; }
  return hashS(k);
}
/**
 * Hash of a dict key whose hash needs Python code: CPython reuses the hash stored in the dict;
 * ours is the __hash__ result the dict filed the key under.
 */
function dictKeyHash(d: PyDict, k: any): void {
  const h = d instanceof NsDict ? undefined : d.s.hashOf(k);
  setFromInt(h === undefined ? 0 : h);
}
/** make_new_set_basetype: the builtin base (set or frozenset) of so's type. */
function baseType(t: PyType): PyType {
  if (t === setType || t === frozensetType) return t;
  return isSubtype(t, setType) ? setType : frozensetType;
}
/** set_copy: a new set of so's base type with so's elements (CPython's set_merge into it). */
export function setCopy(so: PySet): PySet {
  const r = new PySet(baseType(so.$cls));
  copyTable(r, so);
  return r;
}

/** set_merge: add every element of `o` (in o's table order) to `so`. */
function* merge(so: PySet, o: PySet): Gen<void> {
  if (o === so || o.used === 0) return;
  if ((so.fill + o.used) * 5 >= so.mask * 3) so.resize((so.used + o.used) * 2);
  if (so.fill === 0) { copyTable(so, o); return; }
  const ks = o.ks, h = o.h, n = o.mask;
  for (let i = 0; i <= n; i++) {
    const k = ks[i];
    if (k === undefined || k === DUMMY) continue;
    if (so.addEntryS(k, h[2 * i], h[2 * i + 1]) === NEED) yield* so.addEntryG(k, h[2 * i], h[2 * i + 1]);
  }
}

/** set_update_internal: add the elements of any iterable (sets and dicts use their stored order). */
export function* updateInternal(so: PySet, other: any): Gen<void> {
  if (isAnySet(other)) { yield* merge(so, other); return; }
  if (isDictExact(other)) {
    const n = other.size;
    if ((so.fill + n) * 5 >= so.mask * 3) so.resize((so.used + n) * 2);
    for (const k of other.keys()) {
      if (!hashOfS(k)) dictKeyHash(other, k);
      const lo = HL, hi = HH;
      if (so.addEntryS(k, lo, hi) === NEED) yield* so.addEntryG(k, lo, hi);
    }
    return;
  }
  if ((other instanceof PyList || other instanceof PyTuple) && other.$cls.isBuiltin) {
    const a = other.items;
    for (let i = 0; i < a.length; i++) { const x = a[i]; if (so.addS(x) === NEED) yield* so.addG(x); }
    return;
  }
  const it = yield* iter(other);
  for (;;) {
    let x = it.nx();
    if (x === NEED) x = yield* it.nxG();
    if (x === STOP) break;
    if (so.addS(x) === NEED) yield* so.addG(x);
  }
}
setUpdateFromHook(updateInternal);

/** A new set of the given type built from any iterable (make_new_set). */
function* makeSet(t: PyType, it: any): Gen<PySet> {
  const s = new PySet(t);
  if (it !== undefined) yield* updateInternal(s, it);
  return s;
}

/** set_contains_key with the hash computed here (no frozenset conversion). */
function* containsKey(so: PySet, k: any): Gen<boolean> {
  const r = so.slotS(k);
  if (r !== NEED) return r >= 0;
  return (yield* so.slotG(k)) >= 0;
}

// --- algebra (setobject.c) -----------------------------------------------------------------------

/** set_intersection(so, other). */
function* intersection(so: PySet, other: any): Gen<PySet> {
  if (so === other) return setCopy(so);
  const result = new PySet(baseType(so.$cls));
  if (isAnySet(other)) {
    let big = so, small: PySet = other;
    if (small.used > big.used) { big = other; small = so; }
    const ks = small.ks, h = small.h, n = small.mask;
    for (let i = 0; i <= n; i++) {
      const k = ks[i];
      if (k === undefined || k === DUMMY) continue;
      const lo = h[2 * i], hi = h[2 * i + 1];
      let r = big.hasEntryS(k, lo, hi);
      if (r === NEED) r = yield* big.hasEntryG(k, lo, hi);
      if (r && result.addEntryS(k, lo, hi) === NEED) yield* result.addEntryG(k, lo, hi);
    }
    return result;
  }
  const it = yield* iter(other);
  for (;;) {
    let x = it.nx();
    if (x === NEED) x = yield* it.nxG();
    if (x === STOP) break;
    if (!hashOfS(x)) yield* hashAnyG(x);
    const lo = HL, hi = HH;
    let r = so.hasEntryS(x, lo, hi);
    if (r === NEED) r = yield* so.hasEntryG(x, lo, hi);
    if (r) {
      if (result.addEntryS(x, lo, hi) === NEED) yield* result.addEntryG(x, lo, hi);
      if (result.used >= so.used) break;
    }
  }
  return result;
}
function* intersectionMulti(so: PySet, others: any[]): Gen<PySet> {
  if (others.length === 0) return setCopy(so);
  let result = so;
  for (const o of others) result = yield* intersection(result, o);
  return result;
}
/** set_swap_bodies(a, b) where b is a temporary: a takes b's table and store. */
function takeBody(a: PySet, b: PySet): void {
  a.ks = b.ks; a.h = b.h; a.mask = b.mask; a.fill = b.fill; a.used = b.used;
  a.hash = undefined;
}

/** set_isdisjoint. */
function* isdisjoint(so: PySet, other: any): Gen<boolean> {
  if (so === other) return so.used === 0;
  if (isAnySetExact(other)) {
    let big = so, small: PySet = other;
    if (small.used > big.used) { big = other; small = so; }
    const ks = small.ks, h = small.h, n = small.mask;
    for (let i = 0; i <= n; i++) {
      const k = ks[i];
      if (k === undefined || k === DUMMY) continue;
      let r = big.hasEntryS(k, h[2 * i], h[2 * i + 1]);
      if (r === NEED) r = yield* big.hasEntryG(k, h[2 * i], h[2 * i + 1]);
      if (r) return false;
    }
    return true;
  }
  const it = yield* iter(other);
  for (;;) {
    let x = it.nx();
    if (x === NEED) x = yield* it.nxG();
    if (x === STOP) return true;
    if (yield* containsKey(so, x)) return false;
  }
}

/** set_difference_update_internal: discard other's elements, then shrink away many dummies. */
function* differenceUpdate(so: PySet, other: any): Gen<void> {
  if (so === other) { so.clearAll(); return; }
  if (isAnySet(other)) {
    const ks = other.ks, h = other.h, n = other.mask;
    for (let i = 0; i <= n; i++) {
      const k = ks[i];
      if (k === undefined || k === DUMMY) continue;
      if (so.discardEntryS(k, h[2 * i], h[2 * i + 1]) === NEED) yield* so.discardEntryG(k, h[2 * i], h[2 * i + 1]);
    }
  } else {
    const it = yield* iter(other);
    for (;;) {
      let x = it.nx();
      if (x === NEED) x = yield* it.nxG();
      if (x === STOP) break;
      if (!hashOfS(x)) yield* hashAnyG(x);
      const lo = HL, hi = HH;
      if (so.discardEntryS(x, lo, hi) === NEED) yield* so.discardEntryG(x, lo, hi);
    }
  }
  if (so.fill - so.used <= so.mask >> 2) return;
  so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
}
function* copyAndDifference(so: PySet, other: any): Gen<PySet> {
  const r = setCopy(so);
  yield* differenceUpdate(r, other);
  return r;
}
/** set_difference. */
function* difference(so: PySet, other: any): Gen<PySet> {
  let otherSize: number;
  if (isAnySet(other)) otherSize = other.used;
  else if (isDictExact(other)) otherSize = other.size;
  else return yield* copyAndDifference(so, other);
  if ((so.used >> 2) > otherSize) return yield* copyAndDifference(so, other);
  const result = new PySet(baseType(so.$cls));
  const ks = so.ks, h = so.h, n = so.mask;
  for (let i = 0; i <= n; i++) {
    const k = ks[i];
    if (k === undefined || k === DUMMY) continue;
    const lo = h[2 * i], hi = h[2 * i + 1];
    let r: any;
    if (isAnySet(other)) { r = other.hasEntryS(k, lo, hi); if (r === NEED) r = yield* other.hasEntryG(k, lo, hi); }
    else { r = (other as PyDict).getS(k); if (r === NEED) r = yield* (other as PyDict).getG(k); r = r !== undefined; }
    if (!r && result.addEntryS(k, lo, hi) === NEED) yield* result.addEntryG(k, lo, hi);
  }
  return result;
}
function* differenceMulti(so: PySet, others: any[]): Gen<PySet> {
  if (others.length === 0) return setCopy(so);
  const result = yield* difference(so, others[0]);
  for (let i = 1; i < others.length; i++) yield* differenceUpdate(result, others[i]);
  return result;
}

/** set_symmetric_difference_update: toggle each element of other (in its order). */
function* symmetricUpdate(so: PySet, other: any): Gen<void> {
  if (so === other) { so.clearAll(); return; }
  if (isDictExact(other)) {
    for (const k of other.keys()) {
      if (!hashOfS(k)) dictKeyHash(other, k);
      yield* toggle(so, k, HL, HH);
    }
    return;
  }
  const o: PySet = isAnySet(other) ? other : yield* makeSet(baseType(so.$cls), other);
  const ks = o.ks, h = o.h, n = o.mask;
  for (let i = 0; i <= n; i++) {
    const k = ks[i];
    if (k === undefined || k === DUMMY) continue;
    yield* toggle(so, k, h[2 * i], h[2 * i + 1]);
  }
}
function* toggle(so: PySet, k: any, lo: number, hi: number): Gen<void> {
  let r = so.discardEntryS(k, lo, hi);
  if (r === NEED) r = yield* so.discardEntryG(k, lo, hi);
  if (!r && so.addEntryS(k, lo, hi) === NEED) yield* so.addEntryG(k, lo, hi);
}
/** set_symmetric_difference: a copy of other (as so's base type), then toggled by so. */
function* symmetricDifference(so: PySet, other: any): Gen<PySet> {
  const o = yield* makeSet(baseType(so.$cls), other);
  yield* symmetricUpdate(o, so);
  return o;
}

/** set_issubset. */
function issubsetS(so: PySet, other: PySet): any {
  if (so.used > other.used) return false;
  const ks = so.ks, h = so.h, n = so.mask;
  for (let i = 0; i <= n; i++) {
    const k = ks[i];
    if (k === undefined || k === DUMMY) continue;
    const r = other.hasEntryS(k, h[2 * i], h[2 * i + 1]);
    if (r === NEED) return NEED;
    if (!r) return false;
  }
  return true;
}
function* issubset(so: PySet, other: any): Gen<boolean> {
  if (!isAnySet(other)) other = yield* makeSet(setType, other);
  const r = issubsetS(so, other);
  if (r !== NEED) return r;
  if (so.used > other.used) return false;
  const ks = so.ks, h = so.h, n = so.mask;
  for (let i = 0; i <= n; i++) {
    const k = ks[i];
    if (k === undefined || k === DUMMY) continue;
    if (!(yield* other.hasEntryG(k, h[2 * i], h[2 * i + 1]))) return false;
  }
  return true;
}
function* issuperset(so: PySet, other: any): Gen<boolean> {
  if (isAnySet(other)) return yield* issubset(other, so);
  const it = yield* iter(other);
  for (;;) {
    let x = it.nx();
    if (x === NEED) x = yield* it.nxG();
    if (x === STOP) return true;
    if (!(yield* containsKey(so, x))) return false;
  }
}

/** set_richcompare for two sets, sync; NEED when element comparisons run Python code. */
function richcmpS(v: PySet, w: PySet, op: string): any {
  switch (op) {
    case "eq": case "ne": {
      let r: any;
      if (v.used !== w.used) r = false;
      else if (v.hash !== undefined && w.hash !== undefined && v.hash !== w.hash) r = false;
      else r = issubsetS(v, w);
      if (r === NEED) return NEED;
      return op === "eq" ? r : !r;
    }
    case "le": return issubsetS(v, w);
    case "ge": return issubsetS(w, v);
    case "lt": return v.used >= w.used ? false : issubsetS(v, w);
    default: return v.used <= w.used ? false : issubsetS(w, v);
  }
}
function* richcmpG(v: PySet, w: PySet, op: string): Gen<boolean> {
  switch (op) {
    case "eq": case "ne": {
      let r: boolean;
      if (v.used !== w.used) r = false;
      else if (v.hash !== undefined && w.hash !== undefined && v.hash !== w.hash) r = false;
      else r = yield* issubset(v, w);
      return op === "eq" ? r : !r;
    }
    case "le": return yield* issubset(v, w);
    case "ge": return yield* issubset(w, v);
    case "lt": return v.used >= w.used ? false : yield* issubset(v, w);
    default: return v.used <= w.used ? false : yield* issubset(w, v);
  }
}

// --- methods ---------------------------------------------------------------------------------------

function checker(T: PyType) {
  return (self: any, name: string): PySet => {
    if (!(self instanceof PySet) || !isSubtype(self.$cls, T))
      throw typeError(`descriptor '${name}' for '${T.name}' objects doesn't apply to a '${typeOf(self).name}' object`);
    return self;
  };
}

function defCommon(T: PyType): void {
  const check = checker(T);
  defMethod(T, "__len__", [], (self) => check(self, "__len__").used);
  defMethod(T, "__iter__", [], (self) => new PySetIter(check(self, "__iter__")));
  defMethod2(T, "__contains__", ["key"], (self, k) => check(self, "__contains__").hasS(k),
    function* (self, k) { return yield* check(self, "__contains__").hasG(k); });
  defMethod(T, "__repr__", [], function* (self) { return yield* setRepr(check(self, "__repr__")); });
  defMethod(T, "copy", [], (self) => {
    const s = check(self, "copy");
    if (s.$cls === frozensetType) return s;
    return setCopy(s);
  });
  defMethod(T, "union", ["*others"], function* (self, others: any[]) {
    const so = check(self, "union");
    const r = setCopy(so);
    for (const o of others) if (o !== so) yield* updateInternal(r, o);
    return r;
  });
  defMethod(T, "intersection", ["*others"], function* (self, others: any[]) {
    return yield* intersectionMulti(check(self, "intersection"), others);
  });
  defMethod(T, "difference", ["*others"], function* (self, others: any[]) {
    return yield* differenceMulti(check(self, "difference"), others);
  });
  defMethod(T, "symmetric_difference", ["other"], function* (self, o) {
    return yield* symmetricDifference(check(self, "symmetric_difference"), o);
  });
  defMethod(T, "isdisjoint", ["other"], function* (self, o) { return yield* isdisjoint(check(self, "isdisjoint"), o); });
  defMethod(T, "issubset", ["other"], function* (self, o) { return yield* issubset(check(self, "issubset"), o); });
  defMethod(T, "issuperset", ["other"], function* (self, o) { return yield* issuperset(check(self, "issuperset"), o); });

  // operators: NotImplemented unless both operands are sets (so `{1} | [2]` is a TypeError)
  const bin = (name: string, f: (a: PySet, b: PySet) => Gen<any>) => {
    defMethod(T, `__${name}__`, ["other"], function* (self, o) {
      if (!isAnySet(self) || !isAnySet(o)) return NotImplemented;
      return yield* f(self, o);
    });
    defMethod(T, `__r${name}__`, ["other"], function* (self, o) {
      if (!isAnySet(self) || !isAnySet(o)) return NotImplemented;
      return yield* f(o, self);
    });
  };
  bin("or", function* (a, b) {
    const r = setCopy(a);
    if (a !== b) yield* updateInternal(r, b);
    return r;
  });
  bin("and", intersection);
  bin("sub", difference);
  bin("xor", symmetricDifference);
  for (const op of ["eq", "ne", "lt", "le", "gt", "ge"]) {
    defMethod2(T, `__${op}__`, ["other"], (self, o) => {
      if (!isAnySet(self) || !isAnySet(o)) return NotImplemented;
      return richcmpS(self, o, op);
    }, function* (self, o) {
      if (!isAnySet(self) || !isAnySet(o)) return NotImplemented;
      return yield* richcmpG(self, o, op);
    });
  }
  defMethod(T, "__class_getitem__", ["item"], (cls, item) => genericAlias(cls, item));
  T.ns.__class_getitem__ = new PyClassMethod(T.ns.__class_getitem__);
  defMethod(T, "__sizeof__", [], (self) => {
    const s = check(self, "__sizeof__");
    return 200 + (s.mask > 7 ? (s.mask + 1) * 16 : 0);
  });
  defMethod(T, "__reduce__", [], (self) => {
    const s = check(self, "__reduce__");
    const state = s.$d !== undefined && Object.keys(s.$d).length ? dictOfNs(s.$d) : None;
    return tuple([s.$cls, tuple([new PyList(s.items())]), state]);
  });
}
function dictOfNs(ns: Record<string, any>): PyDict {
  const d = new PyDict();
  for (const k of Object.keys(ns)) d.setS(k, ns[k]);
  return d;
}

defCommon(setType);
defCommon(frozensetType);

// --- set only --------------------------------------------------------------------------------------

const S = setType;
const checkSet = checker(S);
S.ns.__hash__ = None;
defNew(S, ["*args", "**kw"], (cls: any) => {
  if (!(cls instanceof PyType) || !isSubtype(cls, setType)) throw typeError(`set.__new__(X): X is not a subtype of set`);
  return new PySet(cls);
});
defMethod(S, "__init__", ["*args", "**kw"], function* (self, args: any[], kw: any) {
  const s = checkSet(self, "__init__");
  if (kw && Object.keys(kw).length) throw typeError("set() takes no keyword arguments");
  if (args.length > 1) throw typeError(`${typeOf(self).name} expected at most 1 argument, got ${args.length}`);
  if (s.fill) s.clearAll();
  s.hash = undefined;
  if (args.length) yield* updateInternal(s, args[0]);
  return None;
});
defMethod2(S, "add", ["key"], (self, k) => (checkSet(self, "add").addS(k) === NEED ? NEED : None),
  function* (self, k) { yield* checkSet(self, "add").addG(k); return None; });
defMethod2(S, "discard", ["key"], (self, k) => (checkSet(self, "discard").discardS(k) === NEED ? NEED : None),
  function* (self, k) { yield* checkSet(self, "discard").discardG(k); return None; });
defMethod2(S, "remove", ["key"], (self, k) => {
  const r = checkSet(self, "remove").discardS(k);
  if (r === NEED) return NEED;
  if (!r) throw keyError(k);
  return None;
}, function* (self, k) {
  if (!(yield* checkSet(self, "remove").discardG(k))) throw keyError(k);
  return None;
});
defMethod(S, "pop", [], (self) => checkSet(self, "pop").popKey());
defMethod(S, "clear", [], (self) => { checkSet(self, "clear").clearAll(); return None; });
defMethod(S, "update", ["*others"], function* (self, others: any[]) {
  const s = checkSet(self, "update");
  for (const o of others) yield* updateInternal(s, o);
  return None;
});
defMethod(S, "intersection_update", ["*others"], function* (self, others: any[]) {
  const s = checkSet(self, "intersection_update");
  takeBody(s, yield* intersectionMulti(s, others));
  return None;
});
defMethod(S, "difference_update", ["*others"], function* (self, others: any[]) {
  const s = checkSet(self, "difference_update");
  for (const o of others) yield* differenceUpdate(s, o);
  return None;
});
defMethod(S, "symmetric_difference_update", ["other"], function* (self, o) {
  yield* symmetricUpdate(checkSet(self, "symmetric_difference_update"), o);
  return None;
});
defMethod(S, "__ior__", ["other"], function* (self, o) {
  if (!isAnySet(o)) return NotImplemented;
  yield* updateInternal(self, o);
  return self;
});
defMethod(S, "__iand__", ["other"], function* (self, o) {
  if (!isAnySet(o)) return NotImplemented;
  takeBody(self, yield* intersection(self, o));
  return self;
});
defMethod(S, "__isub__", ["other"], function* (self, o) {
  if (!isAnySet(o)) return NotImplemented;
  yield* differenceUpdate(self, o);
  return self;
});
defMethod(S, "__ixor__", ["other"], function* (self, o) {
  if (!isAnySet(o)) return NotImplemented;
  yield* symmetricUpdate(self, o);
  return self;
});

// --- frozenset only --------------------------------------------------------------------------------

const F = frozensetType;
const checkFrozen = checker(F);
defNew(F, ["*args", "**kw"], function* (cls: any, args: any[], kw: any) {
  if (!(cls instanceof PyType) || !isSubtype(cls, frozensetType)) throw typeError(`frozenset.__new__(X): X is not a subtype of frozenset`);
  if (kw && Object.keys(kw).length && (cls === frozensetType || cls.lookup("__init__") === F.lookup("__init__")))
    throw typeError("frozenset() takes no keyword arguments");
  if (args.length > 1) throw typeError(`${cls.name} expected at most 1 argument, got ${args.length}`);
  const it = args.length ? args[0] : undefined;
  if (cls === frozensetType && it instanceof PySet && it.$cls === frozensetType) return it;
  return yield* makeSet(cls, it);
});
defMethod(F, "__hash__", [], (self) => checkFrozen(self, "__hash__").frozenHash());

// --- fast construction from compiled call sites ---------------------------------------------------

/**
 * set(x) / frozenset(x) without keywords, as type.__call__ would do it, when no Python code runs
 * (x a builtin list, tuple, str, set or dict of simple keys); NEED otherwise ($fc then does the
 * full call on a fresh set, so a partial attempt leaves no trace).
 */
function quickSet(t: PyType, n: number, x: any): any {
  if (n === 0) return new PySet(t);
  if (n !== 1) return NEED;
  if (t === frozensetType && x instanceof PySet && x.$cls === frozensetType) return x;
  const s = new PySet(t);
  if (x instanceof PySet) { copyTable(s, x); return s; }
  if ((x instanceof PyList || x instanceof PyTuple) && x.$cls.isBuiltin) {
    const a = x.items;
    for (let i = 0; i < a.length; i++) if (s.addS(a[i]) === NEED) return NEED;
    return s;
  }
  if (typeof x === "string") {
    for (const ch of x) s.addS(ch);
    return s;
  }
  return NEED;
}
for (const T of [setType, frozensetType]) {
  const t: any = T;
  t.$fs = function (x?: any) { return quickSet(T, arguments.length, x); };
  t.$fc = function* () { return yield* typeCall(T, Array.prototype.slice.call(arguments), null, null); };
}

// --- iterator --------------------------------------------------------------------------------------

defMethod(setIterType, "__iter__", [], (self) => self);
defMethod(setIterType, "__next__", [], (self: PySetIter) => {
  const r = self.nx();
  if (r === STOP) throw newExc(StopIteration);
  return r;
});
defMethod(setIterType, "__length_hint__", [], (self: PySetIter) => (self.set !== null && self.used === self.set.used ? self.len : 0));

// type.__abstractmethods__ builds a frozenset of names
setFrozensetOf((items: any[]) => {
  const f = new PySet(frozensetType);
  for (const x of items) f.addS(x);
  return f;
});

export { isAnySet, makeSet, intersection, difference, symmetricUpdate, differenceUpdate, hashOfS };
