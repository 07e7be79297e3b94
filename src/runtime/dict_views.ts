// dict views (dict_keys, dict_values, dict_items): length, iteration, membership, reprs,
// comparisons and the set operations of keys/items views (built as CPython's dictobject.c does,
// so result sets have CPython's order); reverse iterators; and mappingproxy (view.mapping).

import {
  PyObj, PyType, PyTuple, NEED, STOP, None, NotImplemented, dictType, setType, builtinType, Gen, typeOf,
} from "./core.ts";
import { defMethod, defMethod2, defNew } from "./function.ts";
import { typeError, runtimeError, newExc, StopIteration } from "./exceptions.ts";
import { iter, eq, eqS, len as pyLen, contains, getitem, binop, OR } from "./ops.ts";
import { PyGetSet, getattr } from "./attr.ts";
import {
  PyDict, NsDict, PyDictView, PyDictIter, dictKeysType, dictValuesType, dictItemsType,
  dictKeyIterType, dictValueIterType, dictItemIterType, mkTuple2,
} from "./dict.ts";
import { repr, reprHooks, recursiveReprHooks, str } from "./repr.ts";
import { callv } from "./call.ts";
import { PySet } from "./set.ts";
import { mappingproxyType, PyMappingProxy } from "./mappingproxy.ts";
import { updateInternal, intersection, differenceUpdate, symmetricUpdate, isAnySet } from "./set_methods.ts";

// --- reverse iterators -----------------------------------------------------------------------------

export const dictRevKeyIterType = builtinType("dict_reversekeyiterator");
export const dictRevValueIterType = builtinType("dict_reversevalueiterator");
export const dictRevItemIterType = builtinType("dict_reverseitemiterator");

/** Walks a snapshot of the store keys from the end, skipping keys deleted since. */
export class PyDictRevIter extends PyObj {
  d: PyDict | null;
  dks: any[];
  i: number;
  kind: number;
  used: number;
  constructor(d: PyDict, kind: number) {
    super(kind === 0 ? dictRevKeyIterType : kind === 1 ? dictRevValueIterType : dictRevItemIterType);
    this.d = d;
    this.kind = kind;
    this.dks = d instanceof NsDict ? Object.keys(d.ns) : Array.from(d.s.map.keys());
    this.i = this.dks.length - 1;
    this.used = d.size;
  }
  nx(): any {
    const d = this.d;
    if (d === null) return STOP;
    if (d.size !== this.used) { this.used = -1; throw runtimeError("dictionary changed size during iteration"); }
    for (; this.i >= 0; this.i--) {
      const dk = this.dks[this.i];
      let k: any, v: any;
      if (d instanceof NsDict) {
        if (!Object.prototype.hasOwnProperty.call(d.ns, dk)) continue;
        k = dk; v = d.ns[dk];
      } else {
        v = d.s.map.get(dk);
        if (v === undefined) continue;
        k = d.s.keyOf(dk);
      }
      this.i--;
      return this.kind === 0 ? k : this.kind === 1 ? v : mkTuple2(k, v);
    }
    this.d = null;
    return STOP;
  }
}

for (const T of [dictKeyIterType, dictValueIterType, dictItemIterType, dictRevKeyIterType, dictRevValueIterType, dictRevItemIterType]) {
  defMethod(T, "__iter__", [], (self) => self);
  defMethod(T, "__next__", [], (self) => {
    const r = self.nx();
    if (r === STOP) throw newExc(StopIteration);
    return r;
  });
  defMethod(T, "__length_hint__", [], (self) => {
    if (self instanceof PyDictRevIter) return self.d !== null && self.d.size === self.used ? Math.max(0, countLeft(self)) : 0;
    const it = self as PyDictIter;
    return it.done || it.d.size !== it.size ? 0 : it.len;
  });
}
function countLeft(r: PyDictRevIter): number {
  let n = 0;
  const d = r.d!;
  for (let i = r.i; i >= 0; i--) {
    const dk = r.dks[i];
    if (d instanceof NsDict ? Object.prototype.hasOwnProperty.call(d.ns, dk) : d.s.map.has(dk)) n++;
  }
  return n;
}

// --- views -----------------------------------------------------------------------------------------

const VIEW_NAMES = new Map<PyType, string>([[dictKeysType, "dict_keys"], [dictValuesType, "dict_values"], [dictItemsType, "dict_items"]]);
function checkView(self: any, T: PyType, name: string): PyDictView {
  if (!(self instanceof PyDictView) || self.$cls !== T)
    throw typeError(`descriptor '${name}' for '${VIEW_NAMES.get(T)}' objects doesn't apply to a '${typeOf(self).name}' object`);
  return self;
}
function viewKind(v: PyDictView): number { return v.$cls === dictKeysType ? 0 : v.$cls === dictValuesType ? 1 : 2; }
/** PyDictViewSet_Check: keys or items view. */
function isSetView(v: any): v is PyDictView { return v instanceof PyDictView && v.$cls !== dictValuesType; }

function* viewRepr(v: PyDictView): Gen<string> {
  const parts: string[] = [];
  const kind = viewKind(v);
  for (const [k, val] of v.d.items()) {
    if (kind === 0) parts.push(yield* repr(k));
    else if (kind === 1) parts.push(yield* repr(val));
    else parts.push("(" + (yield* repr(k)) + ", " + (yield* repr(val)) + ")");
  }
  return `${v.$cls.name}([${parts.join(", ")}])`;
}
for (const T of [dictKeysType, dictValuesType, dictItemsType]) {
  reprHooks.set(T, viewRepr as any);
  recursiveReprHooks.set(T, () => "...");
  const kind = T === dictKeysType ? 0 : T === dictValuesType ? 1 : 2;
  defMethod(T, "__len__", [], (self) => checkView(self, T, "__len__").d.size);
  defMethod(T, "__iter__", [], (self) => new PyDictIter(checkView(self, T, "__iter__").d, kind));
  defMethod(T, "__reversed__", [], (self) => new PyDictRevIter(checkView(self, T, "__reversed__").d, kind));
  defMethod(T, "__repr__", [], function* (self) { return yield* viewRepr(checkView(self, T, "__repr__")); });
  T.ns.mapping = new PyGetSet("mapping", T, (v: PyDictView) => new PyMappingProxy(v.d), null);
}
// keys and items views compare like sets, so they are unhashable (values views hash by identity)
dictKeysType.ns.__hash__ = None;
dictItemsType.ns.__hash__ = None;

/** dictkeys_contains / dictitems_contains. */
function viewContainsS(v: PyDictView, x: any): any {
  const d = v.d;
  if (v.$cls === dictKeysType) { const r = d.getS(x); return r === NEED ? NEED : r !== undefined; }
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const found = d.getS(x.items[0]);
  if (found === NEED) return NEED;
  if (found === undefined) return false;
  const val = x.items[1];
  if (found === val) return true;
  return eqS(found, val);
}
function* viewContainsG(v: PyDictView, x: any): Gen<boolean> {
  const d = v.d;
  if (v.$cls === dictKeysType) return (yield* d.getG(x)) !== undefined;
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const found = yield* d.getG(x.items[0]);
  if (found === undefined) return false;
  return yield* eq(found, x.items[1]);
}

/** The set a keys/items view starts from (dictviews_to_set: a keys view of an exact dict uses the dict). */
function* viewToSet(self: any): Gen<PySet> {
  const r = new PySet(setType);
  if (self instanceof PyDictView && self.$cls === dictKeysType && self.d.$cls === dictType) yield* updateInternal(r, self.d);
  else yield* updateInternal(r, self);
  return r;
}

for (const T of [dictKeysType, dictItemsType]) {
  defMethod2(T, "__contains__", ["key"], (self, x) => viewContainsS(checkView(self, T, "__contains__"), x),
    function* (self, x) { return yield* viewContainsG(checkView(self, T, "__contains__"), x); });
  // the number slots are shared by both operand orders, as in CPython
  const sub = function* (a: any, b: any): Gen<any> {
    const r = yield* viewToSet(a);
    yield* differenceUpdate(r, b);
    return r;
  };
  const or = function* (a: any, b: any): Gen<any> {
    const r = yield* viewToSet(a);
    yield* updateInternal(r, b);
    return r;
  };
  const xor = function* (a: any, b: any): Gen<any> {
    if (a instanceof PyDictView && a.$cls === dictItemsType && b instanceof PyDictView && b.$cls === dictItemsType)
      return yield* itemsXor(a.d, b.d);
    const r = yield* viewToSet(a);
    yield* symmetricUpdate(r, b);
    return r;
  };
  for (const [name, f] of [["sub", sub], ["or", or], ["xor", xor], ["and", viewIntersect]] as const) {
    defMethod(T, `__${name}__`, ["other"], function* (self, o) { return yield* (f as any)(self, o); });
    defMethod(T, `__r${name}__`, ["other"], function* (self, o) { return yield* (f as any)(o, self); });
  }
  defMethod(T, "isdisjoint", ["other"], function* (self, o) { return yield* viewIsdisjoint(checkView(self, T, "isdisjoint"), o); });
  for (const op of ["eq", "ne", "lt", "le", "gt", "ge"]) {
    defMethod(T, `__${op}__`, ["other"], function* (self, o) { return yield* viewRichcmp(self, o, op); });
  }
}

/** _PyDictView_Intersect. */
function* viewIntersect(self: any, other: any): Gen<any> {
  if (!isSetView(self)) { const t = other; other = self; self = t; }
  const lenSelf = self.d.size;
  if (other instanceof PySet && other.$cls === setType && lenSelf <= other.used) return yield* intersection(other, self);
  if (isSetView(other) && other.d.size > lenSelf) { const t = other; other = self; self = t; }
  const result = new PySet(setType);
  const it = yield* iter(other);
  for (;;) {
    let x = it.nx();
    if (x === NEED) x = yield* it.nxG();
    if (x === STOP) break;
    let r = viewContainsS(self, x);
    if (r === NEED) r = yield* viewContainsG(self, x);
    if (r && result.addS(x) === NEED) yield* result.addG(x);
  }
  return result;
}

/** dictitems_xor: pairs of d2 not matched in d1, then d1's remaining pairs. */
function* itemsXor(d1: PyDict, d2: PyDict): Gen<PySet> {
  const temp = new PyDict();
  for (const [k, v] of d1.items()) if (temp.setS(k, v) === NEED) yield* temp.setG(k, v);
  const result = new PySet(setType);
  for (const [k, v2] of d2.items()) {
    let v1 = temp.getS(k);
    if (v1 === NEED) v1 = yield* temp.getG(k);
    let del = false;
    if (v1 !== undefined) del = v1 === v2 || (yield* eq(v1, v2));
    if (del) { if (temp.popS(k) === NEED) yield* temp.popG(k); }
    else { const p = mkTuple2(k, v2); if (result.addS(p) === NEED) yield* result.addG(p); }
  }
  for (const [k, v] of temp.items()) { const p = mkTuple2(k, v); if (result.addS(p) === NEED) yield* result.addG(p); }
  return result;
}

/** dictviews_isdisjoint. */
function* viewIsdisjoint(self: any, other: any): Gen<boolean> {
  if (self === other) return self.d.size === 0;
  if (isAnySet(other) || isSetView(other)) {
    const lo = other instanceof PySet ? other.used : other.d.size;
    if (lo > self.d.size) { const t = other; other = self; self = t; }
  }
  const it = yield* iter(other);
  for (;;) {
    let x = it.nx();
    if (x === NEED) x = yield* it.nxG();
    if (x === STOP) return true;
    if (yield* contains(self, x)) return false;
  }
}

/** dictview_richcompare: set-like comparison by length and containment. */
function* viewRichcmp(self: any, other: any, op: string): Gen<any> {
  if (!(other instanceof PySet) && !isSetView(other)) return NotImplemented;
  const ls = yield* pyLen(self), lo = yield* pyLen(other);
  let ok = false;
  switch (op) {
    case "eq": case "ne":
      if (ls === lo) ok = yield* allContainedIn(self, other);
      if (op === "ne") ok = !ok;
      break;
    case "lt": if (ls < lo) ok = yield* allContainedIn(self, other); break;
    case "le": if (ls <= lo) ok = yield* allContainedIn(self, other); break;
    case "gt": if (ls > lo) ok = yield* allContainedIn(other, self); break;
    default: if (ls >= lo) ok = yield* allContainedIn(other, self); break;
  }
  return ok;
}
function* allContainedIn(a: any, b: any): Gen<boolean> {
  const it = yield* iter(a);
  for (;;) {
    let x = it.nx();
    if (x === NEED) x = yield* it.nxG();
    if (x === STOP) return true;
    if (!(yield* contains(b, x))) return false;
  }
}

// --- mappingproxy ----------------------------------------------------------------------------------


const MP = mappingproxyType;
function checkMP(self: any): PyMappingProxy {
  if (!(self instanceof PyMappingProxy)) throw typeError(`descriptor for 'mappingproxy' objects doesn't apply to a '${typeOf(self).name}' object`);
  return self;
}
defNew(MP, ["mapping"], (cls, m) => {
  const t = typeOf(m);
  if (!(m instanceof PyDict) && (t.lookup("__getitem__") === undefined || t.lookup("keys") === undefined || m instanceof PyTuple))
    throw typeError(`mappingproxy() argument must be a mapping, not ${t.name}`);
  return new PyMappingProxy(m);
});
defMethod(MP, "__getitem__", ["key"], function* (self, k) { return yield* getitem(checkMP(self).m, k); });
defMethod(MP, "__len__", [], function* (self) { return yield* pyLen(checkMP(self).m); });
defMethod(MP, "__iter__", [], function* (self) { return yield* iter(checkMP(self).m); });
defMethod(MP, "__contains__", ["key"], function* (self, k) { return yield* contains(checkMP(self).m, k); });
for (const name of ["keys", "values", "items", "copy"]) {
  defMethod(MP, name, [], function* (self) { return yield* callMethod(checkMP(self).m, name, []); });
}
defMethod(MP, "get", ["key", "default?"], function* (self, k, dflt) {
  return yield* callMethod(checkMP(self).m, "get", dflt === undefined ? [k] : [k, dflt]);
});
defMethod(MP, "__reversed__", [], function* (self) { return yield* callMethod(checkMP(self).m, "__reversed__", []); });
defMethod(MP, "__repr__", [], function* (self) { return `mappingproxy(${yield* repr(checkMP(self).m)})`; });
defMethod(MP, "__str__", [], function* (self) { return yield* str(checkMP(self).m); });
defMethod(MP, "__eq__", ["other"], function* (self, o) {
  const r = yield* callMethod(checkMP(self).m, "__eq__", [o]);
  return r;
});
defMethod(MP, "__or__", ["other"], function* (self, o) {
  if (o instanceof PyMappingProxy) o = o.m;
  return yield* orOf(checkMP(self).m, o);
});
defMethod(MP, "__ror__", ["other"], function* (self, o) {
  if (o instanceof PyMappingProxy) o = o.m;
  return yield* orOf(o, checkMP(self).m);
});
MP.ns.__hash__ = None;
function* orOf(a: any, b: any): Gen<any> { return yield* binop(a, b, OR); }
function* callMethod(o: any, name: string, args: any[]): Gen<any> {
  return yield* callv(yield* getattr(o, name), args, null, null);
}

export { viewContainsS, viewContainsG, PyDictView, mappingproxyType, PyMappingProxy };
