// dict methods and operators (CPython 3.11 dictobject.c semantics and messages): construction
// and update from mappings / pairs / keywords, item access with __missing__, equality, |, |=,
// repr, views, get/setdefault/pop/popitem/copy/fromkeys. Views live in dict_views.ts.

import {
  PyType, PyList, PyTuple, NEED, STOP, None, NotImplemented, dictType, setType, frozensetType,
  Gen, typeOf, isSubtype, Ns,
} from "./core.ts";
import { defMethod, defMethod2, defNew } from "./function.ts";
import { typeError, valueError, keyError, newExc, KeyError, TypeError, AttributeError, PyBaseException } from "./exceptions.ts";
import { iter, eq, eqS, getitem, setitem, toArray } from "./ops.ts";
import { PyDict, NsDict, PyDictView, PyDictIter, dictKeysType, dictValuesType, dictItemsType } from "./dict.ts";
import { repr, reprHooks } from "./repr.ts";
import { callv, callDunder, typeCall } from "./call.ts";
import { getattr, PyClassMethod } from "./attr.ts";
import { setAttrMod } from "./ops.ts";
import { PySet } from "./set.ts";
import { directKey } from "./dictstore.ts";
import { PyDictRevIter } from "./dict_views.ts";
import { genericAlias } from "./generic_alias.ts";

const D = dictType;

function check(self: any, name: string): PyDict {
  if (!(self instanceof PyDict)) throw typeError(`descriptor '${name}' for 'dict' objects doesn't apply to a '${typeOf(self).name}' object`);
  return self;
}

// --- storing -------------------------------------------------------------------------------------

/** d[k] = v on the storage (no subclass __setitem__). */
function* put(d: PyDict, k: any, v: any): Gen<void> {
  if (d.setS(k, v) === NEED) yield* d.setG(k, v);
}

/** d[k] = v for a key stored in dict o, reusing its hash (no __hash__ call, as CPython). */
function* putFrom(d: PyDict, o: PyDict, k: any, v: any): Gen<void> {
  const h = d instanceof NsDict || o instanceof NsDict ? undefined : o.s.hashOf(k);
  if (h === undefined) { if (d.setS(k, v) === NEED) yield* d.setG(k, v); return; }
  if (d.s.setKnownS(k, h, v) === NEED) yield* d.s.setKnownG(k, h, v);
}
/** The value stored in b for a key of dict a (reusing a's hash for it); undefined when absent. */
function getFromS(b: PyDict, a: PyDict, k: any): any {
  const h = a instanceof NsDict || b instanceof NsDict ? undefined : a.s.hashOf(k);
  return h === undefined ? b.getS(k) : b.s.getKnownS(k, h);
}
function* getFromG(b: PyDict, a: PyDict, k: any): Gen<any> {
  const h = a instanceof NsDict || b instanceof NsDict ? undefined : a.s.hashOf(k);
  return h === undefined ? yield* b.getG(k) : yield* b.s.getKnownG(k, h);
}

/** Copy all items of a dict into d (CPython's dict_merge fast path). */
function* mergeDict(d: PyDict, o: PyDict, override = true): Gen<void> {
  if (o === d) return;
  const items = o.items();
  for (let i = 0; i < items.length; i++) {
    const k = items[i][0], v = items[i][1];
    if (!override) {
      let cur = getFromS(d, o, k);
      if (cur === NEED) cur = yield* getFromG(d, o, k);
      if (cur !== undefined) continue;
    }
    yield* putFrom(d, o, k, v);
  }
}

/** An attribute or undefined when absent (CPython's _PyObject_LookupAttr). */
function* lookupAttr(o: any, name: string): Gen<any> {
  const t = typeOf(o);
  if (!t.customGetattr && !t.customGetattribute && t.lookup(name) === undefined && (typeof o !== "object" || o.$d === undefined || o.$d[name] === undefined))
    return undefined;
  try {
    return yield* getattr(o, name);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.$cls, AttributeError)) return undefined;
    throw e;
  }
}

/** A dict whose iteration is the builtin one (CPython merges such dicts entry by entry). */
function isPlainIterDict(o: any): o is PyDict {
  return o instanceof PyDict && (o.$cls === dictType || o.$cls.lookup("__iter__") === D.ns.__iter__);
}

/** PyDict_Merge(d, o): from a mapping, via keys() and o[key] unless o is a dict. */
export function* mergeMapping(d: PyDict, o: any, override = true): Gen<void> {
  if (isPlainIterDict(o)) { yield* mergeDict(d, o, override); return; }
  const kf = yield* getattr(o, "keys");
  const keys = yield* toArray(yield* callv(kf, [], null, null));
  for (const k of keys) {
    if (!override) {
      let cur = d.getS(k);
      if (cur === NEED) cur = yield* d.getG(k);
      if (cur !== undefined) continue;
    }
    const v = yield* getitem(o, k);
    yield* put(d, k, v);
  }
}

/** PyDict_MergeFromSeq2: pairs from an iterable of 2-item iterables. */
function* mergeSeq2(d: PyDict, seq: any): Gen<void> {
  const it = yield* iter(seq);
  for (let i = 0; ; i++) {
    let item = it.nx();
    if (item === NEED) item = yield* it.nxG();
    if (item === STOP) break;
    let pair: any[];
    if ((item instanceof PyTuple || item instanceof PyList) && item.$cls.isBuiltin) pair = item.items;
    else {
      let ii: any;
      try {
        ii = yield* iter(item);
      } catch (e) {
        if (e instanceof PyBaseException && isSubtype(e.$cls, TypeError))
          throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
        throw e;
      }
      pair = [];
      for (;;) {
        let x = ii.nx();
        if (x === NEED) x = yield* ii.nxG();
        if (x === STOP) break;
        pair.push(x);
      }
    }
    if (pair.length !== 2)
      throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    yield* put(d, pair[0], pair[1]);
  }
}

/** dict_update_arg: a dict, anything with keys(), or an iterable of pairs. */
export function* updateArg(d: PyDict, arg: any): Gen<void> {
  if (isPlainIterDict(arg)) { yield* mergeDict(d, arg); return; }
  if (!((arg instanceof PyList || arg instanceof PyTuple) && arg.$cls.isBuiltin) && (yield* lookupAttr(arg, "keys")) !== undefined) {
    yield* mergeMapping(d, arg);
    return;
  }
  yield* mergeSeq2(d, arg);
}
/** dict.update / dict.__init__ body: positional argument, then keywords. */
function* updateCommon(d: PyDict, args: any[], kw: Record<string, any> | null, name: string): Gen<void> {
  if (args.length > 1) throw typeError(`${name} expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) yield* updateArg(d, args[0]);
  if (kw) for (const k of Object.keys(kw)) yield* put(d, k, kw[k]);
}

/** A plain-dict copy of any dict (dict.copy() of a subclass is a dict). */
export function dictCopy(o: PyDict): PyDict {
  const d = new PyDict();
  if (o instanceof NsDict) { for (const [k, v] of o.items()) d.setS(k, v); }
  else d.s.copyFrom(o.s);
  return d;
}

// --- repr and equality ---------------------------------------------------------------------------

function* dictRepr(d: PyDict): Gen<string> {
  if (d.size === 0) return "{}";
  const parts: string[] = [];
  for (const [k, v] of d.items()) parts.push((yield* repr(k)) + ": " + (yield* repr(v)));
  return "{" + parts.join(", ") + "}";
}
reprHooks.set(dictType, dictRepr as any);

/** dict_equal, sync attempt (NEED when values or keys need Python ==). */
function dictEqS(a: PyDict, b: PyDict): any {
  if (a.size !== b.size) return false;
  for (const [k, av] of a.items()) {
    const bv = getFromS(b, a, k);
    if (bv === NEED) return NEED;
    if (bv === undefined) return false;
    if (av === bv) continue;
    const r = eqS(av, bv);
    if (r === NEED) return NEED;
    if (!r) return false;
  }
  return true;
}
function* dictEqG(a: PyDict, b: PyDict): Gen<boolean> {
  if (a.size !== b.size) return false;
  for (const [k, av] of a.items()) {
    let bv = getFromS(b, a, k);
    if (bv === NEED) bv = yield* getFromG(b, a, k);
    if (bv === undefined) return false;
    if (av === bv) continue;
    if (!(yield* eq(av, bv))) return false;
  }
  return true;
}

// --- methods -------------------------------------------------------------------------------------

defNew(D, ["*args", "**kw"], (cls: any) => {
  if (!(cls instanceof PyType)) throw typeError(`dict.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!isSubtype(cls, dictType)) throw typeError(`dict.__new__(${cls.name}): ${cls.name} is not a subtype of dict`);
  const d = new PyDict(cls);
  if (cls.hasDict) d.$d = new Ns();
  return d;
});
defMethod(D, "__init__", ["*args", "**kw"], function* (self, args: any[], kw: any) {
  yield* updateCommon(check(self, "__init__"), args, kw, "dict");
  return None;
});
defMethod(D, "update", ["*args", "**kw"], function* (self, args: any[], kw: any) {
  yield* updateCommon(check(self, "update"), args, kw, "update");
  return None;
});

defMethod(D, "__len__", [], (self) => check(self, "__len__").size);
defMethod2(D, "__getitem__", ["key"], (self, k) => {
  const d = check(self, "__getitem__");
  const v = d.getS(k);
  if (v === NEED) return NEED;
  if (v !== undefined) return v;
  if (d.$cls !== dictType && d.$cls.lookup("__missing__") !== undefined) return NEED;
  throw keyError(k);
}, function* (self, k) {
  const d = check(self, "__getitem__");
  const v = yield* d.getG(k);
  if (v !== undefined) return v;
  const t = d.$cls;
  if (t !== dictType) {
    const m = t.lookup("__missing__");
    if (m !== undefined) return yield* callDunder(m, d, t, [k]);
  }
  throw keyError(k);
});
defMethod2(D, "__setitem__", ["key", "value"], (self, k, v) => (check(self, "__setitem__").setS(k, v) === NEED ? NEED : None),
  function* (self, k, v) { yield* check(self, "__setitem__").setG(k, v); return None; });
defMethod2(D, "__delitem__", ["key"], (self, k) => {
  const r = check(self, "__delitem__").popS(k);
  if (r === NEED) return NEED;
  if (r === undefined) throw keyError(k);
  return None;
}, function* (self, k) {
  if ((yield* check(self, "__delitem__").popG(k)) === undefined) throw keyError(k);
  return None;
});
defMethod2(D, "__contains__", ["key"], (self, k) => {
  const v = check(self, "__contains__").getS(k);
  return v === NEED ? NEED : v !== undefined;
}, function* (self, k) { return (yield* check(self, "__contains__").getG(k)) !== undefined; });
defMethod(D, "__iter__", [], (self) => new PyDictIter(check(self, "__iter__"), 0));
defMethod(D, "__reversed__", [], (self) => new PyDictRevIter(check(self, "__reversed__"), 0));
defMethod(D, "keys", [], (self) => new PyDictView(dictKeysType, check(self, "keys")));
defMethod(D, "values", [], (self) => new PyDictView(dictValuesType, check(self, "values")));
defMethod(D, "items", [], (self) => new PyDictView(dictItemsType, check(self, "items")));
defMethod(D, "__repr__", [], function* (self) { return yield* dictRepr(check(self, "__repr__")); });
D.ns.__hash__ = None;

for (const op of ["eq", "ne", "lt", "le", "gt", "ge"]) {
  const isEq = op === "eq", isNe = op === "ne";
  defMethod2(D, `__${op}__`, ["other"], (self, o) => {
    check(self, `__${op}__`);
    if (!(o instanceof PyDict) || (!isEq && !isNe)) return NotImplemented;
    const r = dictEqS(self, o);
    return r === NEED ? NEED : isEq ? r : !r;
  }, function* (self, o) {
    if (!(o instanceof PyDict) || (!isEq && !isNe)) return NotImplemented;
    const r = yield* dictEqG(self, o);
    return isEq ? r : !r;
  });
}

defMethod2(D, "get", ["key", "default?"], (self, k, dflt) => {
  const v = check(self, "get").getS(k);
  if (v === NEED) return NEED;
  return v !== undefined ? v : dflt === undefined ? None : dflt;
}, function* (self, k, dflt) {
  const v = yield* check(self, "get").getG(k);
  return v !== undefined ? v : dflt === undefined ? None : dflt;
});
defMethod2(D, "setdefault", ["key", "default?"], (self, k, dflt) => {
  const d = check(self, "setdefault");
  const v = d.getS(k);
  if (v === NEED) return NEED;
  if (v !== undefined) return v;
  const nv = dflt === undefined ? None : dflt;
  if (d.setS(k, nv) === NEED) return NEED;
  return nv;
}, function* (self, k, dflt) {
  const d = check(self, "setdefault");
  const v = yield* d.getG(k);
  if (v !== undefined) return v;
  const nv = dflt === undefined ? None : dflt;
  yield* d.setG(k, nv);
  return nv;
});
defMethod2(D, "pop", ["key", "default?"], (self, k, dflt) => {
  const v = check(self, "pop").popS(k);
  if (v === NEED) return NEED;
  if (v !== undefined) return v;
  if (dflt !== undefined) return dflt;
  throw keyError(k);
}, function* (self, k, dflt) {
  const v = yield* check(self, "pop").popG(k);
  if (v !== undefined) return v;
  if (dflt !== undefined) return dflt;
  throw keyError(k);
});
defMethod(D, "popitem", [], (self) => {
  const d = check(self, "popitem");
  if (d.size === 0) throw newExc(KeyError, "popitem(): dictionary is empty");
  let k: any, v: any;
  if (d instanceof NsDict) {
    const ks = Object.keys(d.ns);
    k = ks[ks.length - 1]; v = d.ns[k];
    delete d.ns[k];
  } else {
    // the last inserted entry (LIFO, as CPython)
    const m = d.s.map;
    let last: any;
    for (const x of m.keys()) last = x;
    k = d.s.keyOf(last); v = m.get(last);
    if (directKey(k) !== NEED) d.s.delD(last);
    else removeHashed(d, last);
  }
  return new PyTuple([k, v]);
});
/** Remove a stored hashed key without hashing it again (no Python code runs). */
function removeHashed(d: PyDict, key: any): void {
  const s = d.s;
  if (s.hidx !== null) for (const [h, b] of s.hidx) {
    if (b.indexOf(key) >= 0) { s.delHashed(key, h); return; }
  }
  s.map.delete(key);
  s.version++;
}
defMethod(D, "clear", [], (self) => { check(self, "clear").clear(); return None; });
defMethod(D, "copy", [], (self) => dictCopy(check(self, "copy")));
defMethod(D, "fromkeys", ["iterable", "value?"], function* (cls, it, value) {
  const v = value === undefined ? None : value;
  const d = cls === dictType ? new PyDict() : yield* callv(cls, [], null, null);
  if (d instanceof PyDict && d.$cls === dictType) {
    if (it instanceof PyDict && isPlainIterDict(it)) { for (const k of it.keys()) yield* putFrom(d, it, k, v); return d; }
    if (it instanceof PySet && (it.$cls === setType || it.$cls === frozensetType)) {
      for (const k of it.items()) yield* put(d, k, v);
      return d;
    }
  }
  const i = yield* iter(it);
  const exact = d instanceof PyDict && d.$cls === dictType;
  for (;;) {
    let k = i.nx();
    if (k === NEED) k = yield* i.nxG();
    if (k === STOP) break;
    if (exact) yield* put(d, k, v);
    else yield* setitem(d, k, v);
  }
  return d;
});
D.ns.fromkeys = new PyClassMethod(D.ns.fromkeys);

defMethod(D, "__or__", ["other"], function* (self, o) {
  if (!(self instanceof PyDict) || !(o instanceof PyDict)) return NotImplemented;
  const r = dictCopy(self);
  yield* updateArg(r, o);
  return r;
});
defMethod(D, "__ror__", ["other"], function* (self, o) {
  if (!(self instanceof PyDict) || !(o instanceof PyDict)) return NotImplemented;
  const r = dictCopy(o);
  yield* updateArg(r, self);
  return r;
});
defMethod(D, "__ior__", ["other"], function* (self, o) {
  yield* updateArg(check(self, "__ior__"), o);
  return self;
});
defMethod(D, "__class_getitem__", ["item"], (cls, item) => genericAlias(cls, item));
D.ns.__class_getitem__ = new PyClassMethod(D.ns.__class_getitem__);
// ops.getitem needs attr.ts's PyClassMethod for `T[x]` through __class_getitem__ (nobody else
// installs it yet; ops.ts cannot import attr.ts at load time)
setAttrMod({ PyClassMethod });
// dict() and dict(a_dict) from compiled call sites, without keywords and without Python code;
// anything else goes through type.__call__ ($fc).
(D as any).$fs = function (x?: any) {
  const n = arguments.length;
  if (n === 0) return new PyDict();
  if (n === 1 && x instanceof PyDict && x.$cls === dictType && !(x instanceof NsDict)) return dictCopy(x);
  return NEED;
};
(D as any).$fc = function* () { return yield* typeCall(D, Array.prototype.slice.call(arguments), null, null); };

export { dictRepr, dictEqS, dictEqG };
