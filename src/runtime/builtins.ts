// The builtins module's functions (print, len, isinstance, sorted, ...) and the sync fast paths
// that let ops.ts iterate, subscript and test membership of builtin containers directly.

import {
  PyObj, PyType, NEED, STOP, Ns, None, NotImplemented, Ellipsis, typeOf, isSubtype, isInstance, Gen,
  PyFloat, PyList, PyTuple, PyRange, PySlice, PyBoxed, PyBytes, PyByteArray, PyComplex, PyModule,
  EMPTY_TUPLE, tuple, intType, boolType, floatType, strType, listType, tupleType, dictType, setType,
  frozensetType, rangeType, sliceType, typeType, objectType, complexType, bytesType, bytearrayType,
  noneType, functionType, moduleType,
} from "./core.ts";
import * as I from "./int.ts";
import { defBuiltin, defBuiltin2, PyBuiltin, PyFunction, PyMethod } from "./function.ts";
import * as E from "./exceptions.ts";
import { typeError, valueError, newExc } from "./exceptions.ts";
import {
  truth, truthS, len, lenS, iter, next, toArray, seqItems, richcmp, compare, LT, GT, EQ, cmpS, pyHash,
  index, indexS, asInt, asNum, binop, ADD, POW, MOD, FLOORDIV, neg, abs_, eq, setIterS, setItemOps,
  setContainsS, setMkSeqIter, contains, getitem, isIntLike, strLen,
} from "./ops.ts";
import { getattr, setattr, delattr, getattrS, PyClassMethod, PyStaticMethod, PyProperty, classmethodType, staticmethodType, propertyType, noAttr } from "./attr.ts";
import { callv, callDunder, call } from "./call.ts";
import { PyDict, NsDict, dictGetItemS } from "./dict.ts";
import { PySet, PySetIter, setFrom } from "./set.ts";
import { repr, str, strRepr, idOf } from "./repr.ts";
import { PyListIter, listGetItemS, sortArray, assignSlice, deleteSlice, stopIter } from "./list.ts";
import { PyTupleIter, tupleGetItemS } from "./tuple.ts";
import { PyStrIter, strGetItemS, asStr } from "./str.ts";
import { PyRangeIter, rangeGetItemS, rangeContains, makeRange } from "./range.ts";
import { PyDictIter } from "./dict.ts";
import { PyGenerator, DONE } from "./generator.ts";
import { seqIndex } from "./slice.ts";
import { makeSuper, superType, nsDictOf } from "./type.ts";
import { floatRepr } from "./float.ts";
import { hooks as rt } from "./hooks.ts";
import { PyUnion } from "./type.ts";

rt.unionArgs = (v: any) => (v instanceof PyUnion ? v.args : null);

// --- sync fast paths for builtin containers ------------------------------------------------------

setIterS((v: any) => {
  if (typeof v === "string") return new PyStrIter(v);
  if (typeof v !== "object") return NEED;
  const t: PyType = v.$cls;
  if (!t.isBuiltin) return NEED;
  if (v instanceof PyList) return new PyListIter(v.items);
  if (v instanceof PyTuple) return new PyTupleIter(v.items);
  if (v instanceof PyRange) return new PyRangeIter(v);
  if (v instanceof PyDict) return new PyDictIter(v, 0);
  if (v instanceof PySet) return new PySetIter(v);
  if (v instanceof PyGenerator) return v;
  if (t.lookup("__next__") !== undefined && t.lookup("__iter__") !== undefined && (v as any).nx !== (PyObj.prototype as any).nx) return v;
  return NEED;
});

/** A slice whose bounds are not all int/None/bool needs __index__ calls first (generic path). */
function sliceNeedsIndex(k: any): boolean {
  if (!(k instanceof PySlice)) return false;
  for (const b of [k.start, k.stop, k.step]) {
    const t = typeof b;
    if (b !== None && t !== "number" && t !== "bigint" && t !== "boolean") return true;
  }
  return false;
}
setItemOps(
  (o: any, k: any) => {
    if (sliceNeedsIndex(k)) return NEED;
    if (typeof o === "string") return strGetItemS(o, k);
    if (typeof o !== "object") return NEED;
    if (!o.$cls.isBuiltin) return NEED;
    if (o instanceof PyList) return listGetItemS(o, k);
    if (o instanceof PyTuple) return tupleGetItemS(o, k);
    if (o instanceof PyDict) return dictGetItemS(o, k);
    if (o instanceof PyRange) return rangeGetItemS(o, k);
    return NEED;
  },
  (o: any, k: any, v: any) => {
    if (typeof o !== "object" || !o.$cls.isBuiltin || sliceNeedsIndex(k)) return NEED;
    if (o instanceof PyList) {
      if (typeof k === "number") {
        const a = o.items;
        const i = k < 0 ? k + a.length : k;
        if (i < 0 || i >= a.length) throw E.indexError("list assignment index out of range");
        a[i] = v;
        return true;
      }
      if (k instanceof PySlice && (v instanceof PyList || v instanceof PyTuple)) { assignSlice(o.items, k, v.items.slice()); return true; }
      return NEED;
    }
    if (o instanceof PyDict) return o.setS(k, v);
    return NEED;
  },
  (o: any, k: any) => {
    if (typeof o !== "object" || !o.$cls.isBuiltin || sliceNeedsIndex(k)) return NEED;
    if (o instanceof PyList) {
      if (typeof k === "number") { o.items.splice(seqIndex(k, o.items.length, "list assignment"), 1); return true; }
      if (k instanceof PySlice) { deleteSlice(o.items, k); return true; }
      return NEED;
    }
    if (o instanceof PyDict) {
      const r = o.popS(k);
      if (r === NEED) return NEED;
      if (r === undefined) throw E.keyError(k);
      return true;
    }
    return NEED;
  },
);

setContainsS((c: any, x: any) => {
  if (typeof c === "string") {
    const s = asStr(x);
    if (s === undefined) throw typeError(`'in <string>' requires string as left operand, not ${typeOf(x).name}`);
    return c.includes(s);
  }
  if (typeof c !== "object" || !c.$cls.isBuiltin) return NEED;
  if (c instanceof PyDict) { const v = c.getS(x); return v === NEED ? NEED : v !== undefined; }
  if (c instanceof PySet) return c.hasS(x);
  if (c instanceof PyRange) return rangeContains(c, x);
  if (c instanceof PyList || c instanceof PyTuple) {
    const a = c.items;
    if (typeof x === "number" || typeof x === "string") {
      for (let i = 0; i < a.length; i++) {
        const y = a[i];
        if (y === x) return true;
        if (typeof y === "object" && !(y instanceof PyFloat && y.$cls.isBuiltin)) return NEED;
        if (y instanceof PyFloat && y.v === x) return true;
        if (typeof y === "boolean" && (y ? 1 : 0) === x) return true;
      }
      return false;
    }
    return NEED;
  }
  return NEED;
});

export const seqIterType = (() => {
  const t = new PyType("iterator", [objectType]);
  t.mro = [t, objectType];
  defBuiltin(t.ns, "__iter__", ["self"], (s: any) => s, t);
  defBuiltin(t.ns, "__next__", ["self"], function* (s: any) {
    const v = yield* s.nxG();
    if (v === STOP) throw newExc(E.StopIteration);
    return v;
  }, t);
  return t;
})();
class PySeqIter extends PyObj {
  o: any; i = 0; done = false;
  constructor(o: any) { super(seqIterType); this.o = o; }
  *nxG(): Gen<any> {
    if (this.done) return STOP;
    try {
      return yield* getitem(this.o, this.i++);
    } catch (e) {
      if (e instanceof E.PyBaseException && (isSubtype(e.$cls, E.IndexError) || isSubtype(e.$cls, E.StopIteration))) { this.done = true; return STOP; }
      throw e;
    }
  }
}
setMkSeqIter((o) => new PySeqIter(o));

// --- the builtins namespace ----------------------------------------------------------------------

export const builtinsNs: Record<string, any> = new Ns();
const B = builtinsNs;

for (const [name, t] of Object.entries({
  object: objectType, type: typeType, int: intType, bool: boolType, float: floatType, str: strType,
  list: listType, tuple: tupleType, dict: dictType, set: setType, frozenset: frozensetType,
  range: rangeType, slice: sliceType, complex: complexType, bytes: bytesType, bytearray: bytearrayType,
  classmethod: classmethodType, staticmethod: staticmethodType, property: propertyType, super: superType,
})) B[name] = t;
for (const [name, t] of Object.entries(E.exceptionTypes)) B[name] = t;
B.None = None;
B.Ellipsis = Ellipsis;
B.NotImplemented = NotImplemented;
B.True = true;
B.False = false;
B.__debug__ = true;
B.__name__ = "builtins";
B.__doc__ = None;
B.EnvironmentError = E.OSError;
B.IOError = E.OSError;

// print ----------------------------------------------------------------------------------------
defBuiltin(B, "print", ["*args", "*", "sep?", "end?", "file?", "flush?"], function* (args: any[], sep: any, end: any, file: any, flush: any) {
  if (sep !== undefined && sep !== None && typeof sep !== "string") throw typeError(`sep must be None or a string, not ${typeOf(sep).name}`);
  if (end !== undefined && end !== None && typeof end !== "string") throw typeError(`end must be None or a string, not ${typeOf(end).name}`);
  const sp = sep === undefined || sep === None ? " " : sep;
  const en = end === undefined || end === None ? "\n" : end;
  let out = "";
  for (let i = 0; i < args.length; i++) {
    if (i) out += sp;
    const a = args[i];
    out += typeof a === "string" ? a : yield* str(a);
  }
  out += en;
  if (file === undefined || file === None) {
    const f = rt.stdout();
    if (f === null) return None;
    if (f.$fastWrite) { f.$fastWrite(out); if (flush !== undefined && (yield* truth(flush))) yield* callMethod(f, "flush", []); return None; }
    file = f;
  }
  yield* callMethod(file, "write", [out]);
  if (flush !== undefined && (yield* truth(flush))) yield* callMethod(file, "flush", []);
  return None;
});

export function* callMethod(o: any, name: string, args: any[]): Gen<any> {
  const f = yield* getattr(o, name);
  return yield* callv(f, args, null, null);
}

// len, type checks ---------------------------------------------------------------------------------
defBuiltin2(B, "len", ["obj", "/"], lenS, len);
function* isinst(o: any, cls: any): Gen<boolean> {
  if (cls instanceof PyType) {
    if (isInstance(o, cls)) return true;
    const meta = cls.$cls;
    if (meta === typeType) return false;
    const ic = meta.lookup("__instancecheck__");
    if (ic === typeType.ns.__instancecheck__) return false;
    return yield* truth(yield* callDunder(ic, cls, meta, [o]));
  }
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (yield* isinst(o, c)) return true;
    return false;
  }
  const u = rt.unionArgs(cls);
  if (u) { for (const c of u) if (yield* isinst(o, c)) return true; return false; }
  const ic = typeOf(cls).lookup("__instancecheck__");
  if (ic !== undefined) return yield* truth(yield* callDunder(ic, cls, typeOf(cls), [o]));
  throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
}
function* issub(c: any, cls: any): Gen<boolean> {
  if (!(c instanceof PyType)) {
    if (typeOf(c).lookup("__bases__") === undefined || !(cls instanceof PyType) || cls.$cls === typeType)
      throw typeError("issubclass() arg 1 must be a class");
  }
  if (cls instanceof PyType) {
    const meta = cls.$cls;
    if (meta !== typeType) {
      const sc = meta.lookup("__subclasscheck__");
      if (sc !== typeType.ns.__subclasscheck__) return yield* truth(yield* callDunder(sc, cls, meta, [c]));
    }
    return c instanceof PyType && isSubtype(c, cls);
  }
  if (cls instanceof PyTuple) {
    for (const x of cls.items) if (yield* issub(c, x)) return true;
    return false;
  }
  const u = rt.unionArgs(cls);
  if (u) { for (const x of u) if (yield* issub(c, x)) return true; return false; }
  // any object whose type defines __subclasscheck__ (typing's aliases, for instance)
  const scx = typeOf(cls).lookup("__subclasscheck__");
  if (scx !== undefined) return yield* truth(yield* callDunder(scx, cls, typeOf(cls), [c]));
  throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
}
defBuiltin2(B, "isinstance", ["obj", "cls", "/"], (o: any, cls: any) => {
  if (cls instanceof PyType && cls.$cls === typeType) return isInstance(o, cls);
  return NEED;
}, isinst);
defBuiltin(B, "issubclass", ["cls", "classinfo", "/"], issub);
defBuiltin(B, "callable", ["obj", "/"], (o: any) => {
  if (typeof o !== "object") return false;
  return o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethod || o instanceof PyType || typeOf(o).lookup("__call__") !== undefined;
});
defBuiltin(B, "id", ["obj", "/"], (o: any) => (typeof o === "object" ? idOf(o) : typeof o === "string" ? strId(o) : typeof o === "boolean" ? (o ? 9788576 : 9788544) : smallId(o)));
const strIds = new Map<string, number>();
function strId(s: string): number { let i = strIds.get(s); if (i === undefined) { i = 0x7f0000800000 + strIds.size * 0x40; strIds.set(s, i); } return i; }
function smallId(n: any): number { return 0x7f0001000000 + Number(BigInt.asUintN(32, BigInt(n))) * 32; }
defBuiltin(B, "hash", ["obj", "/"], pyHash);
defBuiltin2(B, "repr", ["obj", "/"], (o: any) => NEED, repr);
defBuiltin(B, "ascii", ["obj", "/"], function* (o: any) {
  const r = yield* repr(o);
  let out = "";
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
});

// attributes ---------------------------------------------------------------------------------------
function attrName(n: any): string {
  const s = asStr(n);
  if (s === undefined) throw typeError(`attribute name must be string, not '${typeOf(n).name}'`);
  return s;
}
defBuiltin(B, "getattr", ["obj", "name", "default?", "/"], function* (o: any, n: any, d: any) {
  const name = attrName(n);
  if (d === undefined) return yield* getattr(o, name);
  try {
    return yield* getattr(o, name);
  } catch (e) {
    if (e instanceof E.PyBaseException && isSubtype(e.$cls, E.AttributeError)) return d;
    throw e;
  }
});
defBuiltin(B, "setattr", ["obj", "name", "value", "/"], function* (o: any, n: any, v: any) { yield* setattr(o, attrName(n), v); return None; });
defBuiltin(B, "delattr", ["obj", "name", "/"], function* (o: any, n: any) { yield* delattr(o, attrName(n)); return None; });
defBuiltin(B, "hasattr", ["obj", "name", "/"], function* (o: any, n: any) {
  const name = attrName(n);
  try {
    yield* getattr(o, name);
    return true;
  } catch (e) {
    if (e instanceof E.PyBaseException && isSubtype(e.$cls, E.AttributeError)) return false;
    throw e;
  }
});
defBuiltin(B, "vars", ["obj?", "/"], function* (o: any) {
  if (o === undefined) return rt.locals();
  try {
    return yield* getattr(o, "__dict__");
  } catch (e) {
    if (e instanceof E.PyBaseException && isSubtype(e.$cls, E.AttributeError)) throw typeError("vars() argument must have __dict__ attribute");
    throw e;
  }
});
defBuiltin(B, "dir", ["obj?", "/"], function* (o: any) {
  if (o === undefined) { const l = rt.locals(); return new PyList((l as PyDict).keys().sort()); }
  if (o instanceof PyModule) return new PyList(Object.keys(o.$d!).sort());
  const d = typeOf(o).lookup("__dir__");
  const r = yield* callDunder(d, o, typeOf(o), []);
  const items = yield* toArray(r);
  return new PyList(yield* sortArray(items, None, false));
});
defBuiltin(B, "globals", [], () => rt.globals());
defBuiltin(B, "locals", [], () => rt.locals());

// iteration ----------------------------------------------------------------------------------------
defBuiltin(B, "iter", ["obj", "sentinel?", "/"], function* (o: any, sentinel: any) {
  if (sentinel === undefined) return yield* iter(o);
  if (!(yield* isCallable(o))) throw typeError("iter(v, w): v must be callable");
  return new PyCallIter(o, sentinel);
});
function* isCallable(o: any): Gen<boolean> {
  return typeof o === "object" && (o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethod || o instanceof PyType || typeOf(o).lookup("__call__") !== undefined);
}
class PyCallIter extends PyObj {
  f: any; sentinel: any; done = false;
  constructor(f: any, s: any) { super(callIterType); this.f = f; this.sentinel = s; }
  *nxG(): Gen<any> {
    if (this.done) return STOP;
    const v = yield* callv(this.f, [], null, null);
    if (v === this.sentinel || (yield* eq(v, this.sentinel))) { this.done = true; return STOP; }
    return v;
  }
}
defBuiltin(B, "next", ["iterator", "default?", "/"], function* (it: any, d: any) {
  if (typeof it !== "object" || typeOf(it).lookup("__next__") === undefined) throw typeError(`'${typeOf(it).name}' object is not an iterator`);
  let v = it.nx();
  if (v === NEED) {
    if (it instanceof PyGenerator) {
      const r = yield* it.resume(0, None);
      if (r === DONE) { if (d !== undefined) return d; throw it.retval === None ? newExc(E.StopIteration) : newExc(E.StopIteration, it.retval); }
      return r;
    }
    const t = typeOf(it);
    if (d === undefined) return yield* callDunder(t.lookup("__next__"), it, t, []);
    v = yield* it.nxG();
  }
  if (v === STOP) {
    if (d !== undefined) return d;
    // a generator's return value travels in StopIteration.value
    if (it instanceof PyGenerator && it.retval !== None && it.retval !== undefined) {
      const rv = it.retval;
      it.retval = None;
      throw newExc(E.StopIteration, rv);
    }
    throw newExc(E.StopIteration);
  }
  return v;
});

/** Iterator objects implemented in JS for builtins (enumerate, zip, map, filter, reversed). */
function iterType(name: string): PyType {
  const t = new PyType(name, [objectType]);
  t.mro = [t, objectType];
  defBuiltin(t.ns, "__iter__", ["self"], (s: any) => s, t);
  defBuiltin(t.ns, "__next__", ["self"], function* (s: any) {
    let v = s.nx();
    if (v === NEED) v = yield* s.nxG();
    if (v === STOP) throw newExc(E.StopIteration);
    return v;
  }, t);
  B[name] = t;
  return t;
}
/** Pull the next item of an inner iterator (sync when possible). */
function* pull(it: any): Gen<any> {
  const v = it.nx();
  return v === NEED ? yield* it.nxG() : v;
}

const callIterType = iterType("callable_iterator");
delete B.callable_iterator;
const enumerateType = iterType("enumerate");
class PyEnumerate extends PyObj {
  it: any; i: any;
  constructor(it: any, start: any, cls: PyType = enumerateType) { super(cls); this.it = it; this.i = start; }
  nx(): any {
    const v = this.it.nx();
    if (v === NEED || v === STOP) return v;
    const i = this.i;
    this.i = typeof i === "number" && i < 9007199254740991 ? i + 1 : I.add(i, 1);
    return new PyTuple([i, v]);
  }
  *nxG(): Gen<any> {
    const v = yield* pull(this.it);
    if (v === STOP) return STOP;
    const i = this.i;
    this.i = I.add(i, 1);
    return new PyTuple([i, v]);
  }
}
defBuiltin(enumerateType.ns, "__new__", ["cls", "iterable", "start?"], function* (cls: any, it: any, start: any) {
  const s = start === undefined ? 0 : yield* index(start);
  return new PyEnumerate(yield* iter(it), s, cls);
});

const zipType = iterType("zip");
class PyZip extends PyObj {
  its: any[]; strict: boolean;
  constructor(its: any[], strict: boolean) { super(zipType); this.its = its; this.strict = strict; }
  *nxG(): Gen<any> {
    const its = this.its;
    if (its.length === 0) return STOP;
    const out = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = yield* pull(its[i]);
      if (v === STOP) {
        if (this.strict) {
          if (i > 0) throw valueError(`zip() argument ${i + 1} is shorter than argument${i > 1 ? "s 1-" + i : " 1"}`);
          for (let j = 1; j < its.length; j++) {
            if ((yield* pull(its[j])) !== STOP) throw valueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
          }
        }
        this.its = [];
        return STOP;
      }
      out[i] = v;
    }
    return new PyTuple(out);
  }
}
defBuiltin(zipType.ns, "__new__", ["cls", "*iterables", "strict?"], function* (cls: any, its: any[], strict: any) {
  const iters: any[] = [];
  for (const x of its) iters.push(yield* iter(x));
  return new PyZip(iters, strict !== undefined && (yield* truth(strict)));
});

const mapType = iterType("map");
class PyMap extends PyObj {
  f: any; its: any[];
  constructor(f: any, its: any[]) { super(mapType); this.f = f; this.its = its; }
  *nxG(): Gen<any> {
    const args = new Array(this.its.length);
    for (let i = 0; i < this.its.length; i++) {
      const v = yield* pull(this.its[i]);
      if (v === STOP) return STOP;
      args[i] = v;
    }
    return yield* callv(this.f, args, null, null);
  }
}
defBuiltin(mapType.ns, "__new__", ["cls", "func", "*iterables"], function* (cls: any, f: any, its: any[]) {
  if (its.length === 0) throw typeError("map() must have at least two arguments.");
  const iters: any[] = [];
  for (const x of its) iters.push(yield* iter(x));
  return new PyMap(f, iters);
});

const filterType = iterType("filter");
class PyFilter extends PyObj {
  f: any; it: any;
  constructor(f: any, it: any) { super(filterType); this.f = f; this.it = it; }
  *nxG(): Gen<any> {
    for (;;) {
      const v = yield* pull(this.it);
      if (v === STOP) return STOP;
      const keep = this.f === None ? yield* truth(v) : yield* truth(yield* callv(this.f, [v], null, null));
      if (keep) return v;
    }
  }
}
defBuiltin(filterType.ns, "__new__", ["cls", "function", "iterable"], function* (cls: any, f: any, it: any) {
  return new PyFilter(f, yield* iter(it));
});

const reversedType = iterType("reversed");
class PyReversed extends PyObj {
  o: any; i: number;
  constructor(o: any, n: number) { super(reversedType); this.o = o; this.i = n - 1; }
  *nxG(): Gen<any> {
    if (this.i < 0) return STOP;
    try { return yield* getitem(this.o, this.i--); } catch (e) {
      if (e instanceof E.PyBaseException && (isSubtype(e.$cls, E.IndexError) || isSubtype(e.$cls, E.StopIteration))) { this.i = -1; return STOP; }
      throw e;
    }
  }
}
defBuiltin(reversedType.ns, "__new__", ["cls", "sequence", "/"], function* (cls: any, o: any) {
  const t = typeOf(o);
  const r = t.lookup("__reversed__");
  if (r !== undefined && r !== None) return yield* callDunder(r, o, t, []);
  if (t.lookup("__getitem__") === undefined || t.lookup("__len__") === undefined || o instanceof PyDict)
    throw typeError(`'${t.name}' object is not reversible`);
  return new PyReversed(o, yield* len(o));
});

// aggregation --------------------------------------------------------------------------------------
defBuiltin(B, "sum", ["iterable", "/", "start?"], function* (it: any, start: any) {
  let acc: any = start === undefined ? 0 : start;
  if (typeof acc === "string") throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyBytes) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  const i = yield* iter(it);
  // int accumulation: a double part that stays exact (< 2**53) plus a bigint overflow part
  if (typeof acc === "number") {
    let lo = acc, hi = 0n;
    for (;;) {
      let v = i.nx();
      if (v === NEED) v = yield* i.nxG();
      if (v === STOP) return hi === 0n ? lo : I.norm(hi + BigInt(lo));
      if (typeof v === "number") {
        const r = lo + v;
        if (r <= 9007199254740991 && r >= -9007199254740991) { lo = r; continue; }
        hi += BigInt(lo) + BigInt(v); lo = 0; continue;
      }
      if (typeof v === "bigint") { hi += v; continue; }
      if (typeof v === "boolean") { lo += v ? 1 : 0; continue; }
      acc = hi === 0n ? lo : I.norm(hi + BigInt(lo));
      acc = yield* binop(acc, v, ADD);
      break;
    }
  }
  if (acc instanceof PyFloat && acc.$cls.isBuiltin) {
    // float accumulation with compensation (CPython uses Neumaier summation since 3.12; 3.11 plain)
    let f = acc.v;
    for (;;) {
      let v = i.nx();
      if (v === NEED) v = yield* i.nxG();
      if (v === STOP) return new PyFloat(f);
      if (v instanceof PyFloat && v.$cls.isBuiltin) { f += v.v; continue; }
      if (typeof v === "number") { f += v; continue; }
      acc = yield* binop(new PyFloat(f), v, ADD);
      break;
    }
  }
  for (;;) {
    let v = i.nx();
    if (v === NEED) v = yield* i.nxG();
    if (v === STOP) return acc;
    acc = yield* binop(acc, v, ADD);
  }
});
function* minmax(args: any[], key: any, dflt: any, op: number, name: string): Gen<any> {
  let items: any[];
  if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length === 1) {
    items = yield* toArray(args[0]);
    if (items.length === 0) {
      if (dflt !== undefined) return dflt;
      throw valueError(`${name}() arg is an empty sequence`);
    }
  } else {
    if (dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  let best = items[0];
  let bestKey = key === undefined || key === None ? best : yield* callv(key, [best], null, null);
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    const k = key === undefined || key === None ? x : yield* callv(key, [x], null, null);
    let r = cmpS(k, bestKey, op);
    if (r === NEED) r = yield* truth(yield* richcmp(k, bestKey, op));
    if (r) { best = x; bestKey = k; }
  }
  return best;
}
defBuiltin(B, "min", ["*args", "key?", "default?"], function* (args: any[], key: any, d: any) { return yield* minmax(args, key, d, LT, "min"); });
defBuiltin(B, "max", ["*args", "key?", "default?"], function* (args: any[], key: any, d: any) { return yield* minmax(args, key, d, GT, "max"); });
defBuiltin(B, "sorted", ["iterable", "/", "*", "key?", "reverse?"], function* (it: any, key: any, reverse: any) {
  const items = yield* toArray(it);
  return new PyList(yield* sortArray(items, key ?? None, reverse !== undefined && (yield* truth(reverse))));
});
defBuiltin(B, "any", ["iterable", "/"], function* (it: any) {
  const i = yield* iter(it);
  for (;;) {
    const v = yield* pull(i);
    if (v === STOP) return false;
    const t = truthS(v);
    if (t === NEED ? yield* truth(v) : t) return true;
  }
});
defBuiltin(B, "all", ["iterable", "/"], function* (it: any) {
  const i = yield* iter(it);
  for (;;) {
    const v = yield* pull(i);
    if (v === STOP) return true;
    const t = truthS(v);
    if (!(t === NEED ? yield* truth(v) : t)) return false;
  }
});

// numbers ------------------------------------------------------------------------------------------
defBuiltin(B, "abs", ["x", "/"], function* (x: any) { return yield* abs_(x); });
defBuiltin(B, "divmod", ["a", "b", "/"], function* (a: any, b: any) {
  const ia = asInt(a), ib = asInt(b);
  if (ia !== undefined && ib !== undefined) return new PyTuple([I.floordiv(ia, ib), I.mod(ia, ib)]);
  const t = typeOf(a);
  const f = t.lookup("__divmod__");
  if (f !== undefined) {
    const r = yield* callDunder(f, a, t, [b]);
    if (r !== NotImplemented) return r;
  }
  const rf = typeOf(b).lookup("__rdivmod__");
  if (rf !== undefined) {
    const r = yield* callDunder(rf, b, typeOf(b), [a]);
    if (r !== NotImplemented) return r;
  }
  throw typeError(`unsupported operand type(s) for divmod(): '${typeOf(a).name}' and '${typeOf(b).name}'`);
});
defBuiltin(B, "pow", ["base", "exp", "mod?"], function* (a: any, b: any, m: any) {
  if (m === undefined || m === None) return yield* binop(a, b, POW);
  const ia = asInt(a), ib = asInt(b), im = asInt(m);
  if (ia !== undefined && ib !== undefined && im !== undefined) return I.powmod(ia, ib, im);
  // ternary protocol: type(a).__pow__(a, b, m), then the builtin numeric types' own errors
  const ta = typeOf(a);
  if (!ta.isBuiltin) {
    const f = ta.lookup("__pow__");
    if (f !== undefined) {
      const r = yield* callDunder(f, a, ta, [b, m]);
      if (r !== NotImplemented) return r;
    }
  }
  const nums = [a, b, m];
  if (nums.every((x) => isIntLike(x) || x instanceof PyFloat || x instanceof PyComplex)) {
    if (nums.some((x) => x instanceof PyComplex)) throw valueError("complex modulo");
    throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
  }
  throw typeError(`unsupported operand type(s) for ** or pow(): '${ta.name}', '${typeOf(b).name}', '${typeOf(m).name}'`);
});
defBuiltin(B, "round", ["number", "ndigits?"], function* (x: any, nd: any) {
  const t = typeOf(x);
  const f = t.lookup("__round__");
  if (f === undefined) throw typeError(`type ${t.name} doesn't define __round__ method`);
  return yield* callDunder(f, x, t, nd === undefined ? [] : [nd]);
});
defBuiltin(B, "chr", ["i", "/"], function* (i: any) {
  const n = yield* index(i);
  if (typeof n === "bigint" || n < 0 || n > 0x10ffff) throw (typeof n === "bigint" ? E.overflowError("Python int too large to convert to C int") : valueError("chr() arg not in range(0x110000)"));
  return String.fromCodePoint(n);
});
defBuiltin(B, "ord", ["c", "/"], (c: any) => {
  let s: string | undefined = asStr(c);
  if (s === undefined) {
    if (c instanceof PyBytes || c instanceof PyByteArray) {
      const b = c instanceof PyBytes ? c.b : c.view();
      if (b.length !== 1) throw typeError(`ord() expected a character, but string of length ${b.length} found`);
      return b[0];
    }
    throw typeError(`ord() expected string of length 1, but ${typeOf(c).name} found`);
  }
  const n = strLen(s);
  if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
  return s.codePointAt(0)!;
});
defBuiltin(B, "hex", ["x", "/"], function* (x: any) { return I.toBase(yield* index(x), 16, "0x"); });
defBuiltin(B, "oct", ["x", "/"], function* (x: any) { return I.toBase(yield* index(x), 8, "0o"); });
defBuiltin(B, "bin", ["x", "/"], function* (x: any) { return I.toBase(yield* index(x), 2, "0b"); });
defBuiltin(B, "format", ["value", "format_spec?", "/"], function* (v: any, spec: any) {
  const s = spec === undefined ? "" : spec;
  if (typeof s !== "string") throw typeError(`format() argument 2 must be str, not ${typeOf(s).name}`);
  return yield* rt.format(v, s);
});

// misc ---------------------------------------------------------------------------------------------
defBuiltin(B, "input", ["prompt?", "/"], function* (prompt: any) {
  if (prompt !== undefined) { const f = rt.stdout(); if (f) yield* callMethod(f, "write", [yield* str(prompt)]); if (f) yield* callMethod(f, "flush", []); }
  return yield* rt.input();
});
defBuiltin(B, "__import__", ["name", "globals?", "locals?", "fromlist?", "level?"], function* (name: any, g: any, l: any, fromlist: any, level: any) {
  return yield* rt.importName(name, g, fromlist === undefined ? None : fromlist, level === undefined ? 0 : level);
});
defBuiltin(B, "exec", ["source", "globals?", "locals?", "/"], function* (src: any, g: any, l: any) {
  yield* rt.exec(src, g, l, "exec");
  return None;
});
defBuiltin(B, "eval", ["source", "globals?", "locals?", "/"], function* (src: any, g: any, l: any) {
  return yield* rt.exec(src, g, l, "eval");
});
defBuiltin(B, "compile", ["source", "filename", "mode", "flags?", "dont_inherit?", "optimize?"], function* (src: any, fn: any, mode: any) {
  return rt.compile(src, fn, mode);
});
defBuiltin(B, "open", ["file", "mode?", "buffering?", "encoding?", "errors?", "newline?", "closefd?", "opener?"], function* (...args: any[]) {
  return yield* rt.open(args);
});
defBuiltin(B, "breakpoint", ["*args", "**kws"], () => None);
// exit() and quit(), as the site module installs them
for (const name of ["exit", "quit"]) {
  defBuiltin(B, name, ["code?"], (code: any) => { throw newExc(E.SystemExit, code === undefined ? None : code); });
}

// the classes whose constructors live elsewhere are registered by their files; these wire the
// descriptors' constructors, which need no other module.
defBuiltin(classmethodType.ns, "__new__", ["cls", "f"], (cls: any, f: any) => new PyClassMethod(f, cls));
defBuiltin(classmethodType.ns, "__init__", ["self", "*args"], () => None);
defBuiltin(staticmethodType.ns, "__new__", ["cls", "f"], (cls: any, f: any) => new PyStaticMethod(f, cls));
defBuiltin(staticmethodType.ns, "__init__", ["self", "*args"], () => None);

// Argument errors of builtin constructors name the type ("list expected at most 1 argument").
for (const t of Object.values(B)) {
  if (!(t instanceof PyType)) continue;
  for (const k of ["__new__", "__init__"]) {
    const f = t.ns[k];
    if (f instanceof PyBuiltin && f.ctorType === null) f.ctorType = t.name;
  }
}

export { builtinsNs as B, abs_ };
