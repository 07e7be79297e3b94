// The operator module: the operators as functions (sync fast paths from ops.ts, generator
// fallbacks running the full protocol), itemgetter / attrgetter / methodcaller, length_hint.

import {
  PyObj, PyType, NEED, STOP, None, NotImplemented, Gen, PyTuple, PyList, PyFloat, typeOf, isSubtype,
  objectType, strType, intType, PyBoxed,
} from "../runtime/core.ts";
import * as I from "../runtime/int.ts";
import { defBuiltin, defBuiltin2, defMethod, PyBuiltin } from "../runtime/function.ts";
import { typeError, valueError, newExc, TypeError, PyBaseException } from "../runtime/exceptions.ts";
import {
  BINOPS, BinOp, ADD, POW, binop, inplace, richcmp, cmpS, LT, LE, EQ, NE, GT, GE, truth, truthS, neg, pos,
  invert, abs_, index, indexS, getitem, getitemS, setitem, setitemS, delitem, delitemS, contains, containsS,
  iter, eq, eqS, len, lenS, asInt,
} from "../runtime/ops.ts";
import { callv, callDunder } from "../runtime/call.ts";
import { getattr, getattrS } from "../runtime/attr.ts";
import { repr } from "../runtime/repr.ts";
import { asStr } from "../runtime/str.ts";
import { registerModule, makeModule } from "../interp/interpreter.ts";
import { pull } from "./iterbase.ts";

function otype(name: string): PyType {
  const t = new PyType(name, [objectType]);
  t.mro = [t, objectType];
  t.module = "operator";
  return t;
}

// --- itemgetter / attrgetter / methodcaller --------------------------------------------------------

const itemgetterType = otype("itemgetter");
/**
 * itemgetter objects are builtins at the JS level (callv and compiled call sites use their sync
 * fast path, so sorted(key=itemgetter(1)) runs without generators) with $cls itemgetter.
 */
class PyItemGetter extends PyBuiltin {
  items: any[];
  constructor(items: any[]) {
    super("itemgetter", ["obj", "/"], null, null, null);
    this.$cls = itemgetterType;
    this.items = items;
    const self = this;
    const sync = (o: any) => self.get(o);
    const gen = function* (o: any) { return yield* self.getG(o); };
    this.$fs = function (o: any) {
      if (arguments.length !== 1) throw typeError(`itemgetter expected 1 argument, got ${arguments.length}`);
      return sync(o);
    };
    this.$fc = function* (o: any) {
      if (arguments.length !== 1) throw typeError(`itemgetter expected 1 argument, got ${arguments.length}`);
      return yield* gen(o);
    } as any;
    this.rawSync = sync;
    this.rawGen = gen;
  }
  /** Sync attempt (NEED when Python code must run). */
  get(o: any): any {
    const its = this.items;
    if (its.length === 1) return getitemS(o, its[0]);
    const out = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = getitemS(o, its[i]);
      if (v === NEED) return NEED;
      out[i] = v;
    }
    return new PyTuple(out);
  }
  *getG(o: any): Gen<any> {
    const its = this.items;
    if (its.length === 1) return yield* getitem(o, its[0]);
    const out = new Array(its.length);
    for (let i = 0; i < its.length; i++) out[i] = yield* getitem(o, its[i]);
    return new PyTuple(out);
  }
}
defBuiltin(itemgetterType.ns, "__new__", ["cls", "*items", "**kw"], (cls: any, items: any[], kw: any) => {
  if (kw && Object.keys(kw).length) throw typeError("itemgetter() takes no keyword arguments");
  if (items.length === 0) throw typeError("itemgetter expected 1 argument, got 0");
  return new PyItemGetter(items);
});
defMethod(itemgetterType, "__call__", ["*args", "**kw"], function* (self: PyItemGetter, args: any[], kw: any) {
  if (kw && Object.keys(kw).length) throw typeError("itemgetter() takes no keyword arguments");
  if (args.length !== 1) throw typeError(`itemgetter expected 1 argument, got ${args.length}`);
  const r = self.get(args[0]);
  return r !== NEED ? r : yield* self.getG(args[0]);
});
defMethod(itemgetterType, "__repr__", [], function* (self: PyItemGetter) {
  const parts: string[] = [];
  for (const x of self.items) parts.push(yield* repr(x));
  return `operator.itemgetter(${parts.join(", ")})`;
});
defMethod(itemgetterType, "__reduce__", [], (self: PyItemGetter) => new PyTuple([itemgetterType, new PyTuple(self.items.slice())]));

const attrgetterType = otype("attrgetter");
class PyAttrGetter extends PyBuiltin {
  names: string[][]; raw: string[];
  constructor(raw: string[]) {
    super("attrgetter", ["obj", "/"], null, null, null);
    this.$cls = attrgetterType;
    this.raw = raw;
    this.names = raw.map((s) => s.split("."));
    const self = this;
    const sync = (o: any) => self.get(o);
    const gen = function* (o: any) { return yield* self.getG(o); };
    this.$fs = function (o: any) {
      if (arguments.length !== 1) throw typeError(`attrgetter expected 1 argument, got ${arguments.length}`);
      return sync(o);
    };
    this.$fc = function* (o: any) {
      if (arguments.length !== 1) throw typeError(`attrgetter expected 1 argument, got ${arguments.length}`);
      return yield* gen(o);
    } as any;
    this.rawSync = sync;
    this.rawGen = gen;
  }
  get(o: any): any {
    const ns = this.names;
    if (ns.length === 1) return dottedS(o, ns[0]);
    const out = new Array(ns.length);
    for (let i = 0; i < ns.length; i++) {
      const v = dottedS(o, ns[i]);
      if (v === NEED) return NEED;
      out[i] = v;
    }
    return new PyTuple(out);
  }
  *getG(o: any): Gen<any> {
    const ns = this.names;
    if (ns.length === 1) return yield* dotted(o, ns[0]);
    const out = new Array(ns.length);
    for (let i = 0; i < ns.length; i++) out[i] = yield* dotted(o, ns[i]);
    return new PyTuple(out);
  }
}
function dottedS(o: any, path: string[]): any {
  for (const p of path) {
    o = getattrS(o, p);
    if (o === NEED) return NEED;
  }
  return o;
}
function* dotted(o: any, path: string[]): Gen<any> {
  for (const p of path) o = yield* getattr(o, p);
  return o;
}
defBuiltin(attrgetterType.ns, "__new__", ["cls", "*attrs", "**kw"], (cls: any, attrs: any[], kw: any) => {
  if (kw && Object.keys(kw).length) throw typeError("attrgetter() takes no keyword arguments");
  if (attrs.length === 0) throw typeError("attrgetter expected 1 argument, got 0");
  const raw: string[] = [];
  for (const a of attrs) {
    const s = asStr(a);
    if (s === undefined) throw typeError("attribute name must be a string");
    raw.push(s);
  }
  return new PyAttrGetter(raw);
});
defMethod(attrgetterType, "__call__", ["*args", "**kw"], function* (self: PyAttrGetter, args: any[], kw: any) {
  if (kw && Object.keys(kw).length) throw typeError("attrgetter() takes no keyword arguments");
  if (args.length !== 1) throw typeError(`attrgetter expected 1 argument, got ${args.length}`);
  return yield* self.getG(args[0]);
});
defMethod(attrgetterType, "__repr__", [], function* (self: PyAttrGetter) {
  const parts: string[] = [];
  for (const x of self.raw) parts.push(yield* repr(x));
  return `operator.attrgetter(${parts.join(", ")})`;
});
defMethod(attrgetterType, "__reduce__", [], (self: PyAttrGetter) => new PyTuple([attrgetterType, new PyTuple(self.raw.slice())]));

const methodcallerType = otype("methodcaller");
class PyMethodCaller extends PyObj {
  name: string; args: any[]; kwn: string[] | null; kwv: any[] | null;
  constructor(name: string, args: any[], kwn: string[] | null, kwv: any[] | null) {
    super(methodcallerType); this.name = name; this.args = args; this.kwn = kwn; this.kwv = kwv;
  }
  *callG(o: any): Gen<any> {
    return yield* callv(yield* getattr(o, this.name), this.args, this.kwn, this.kwv);
  }
}
(PyMethodCaller.prototype as any).$fc = function* (this: PyMethodCaller, o: any) {
  if (arguments.length !== 1) throw typeError(`methodcaller expected 1 argument, got ${arguments.length}`);
  return yield* this.callG(o);
};
(PyMethodCaller.prototype as any).$n = 1;
defBuiltin(methodcallerType.ns, "__new__", ["cls", "*args", "**kw"], (cls: any, args: any[], kw: any) => {
  if (args.length === 0) throw typeError("methodcaller needs at least one argument, the method name");
  const name = asStr(args[0]);
  if (name === undefined) throw typeError("method name must be a string");
  const kwn = kw ? Object.keys(kw) : null;
  return new PyMethodCaller(name, args.slice(1), kwn && kwn.length ? kwn : null, kwn && kwn.length ? kwn.map((k) => kw[k]) : null);
});
defMethod(methodcallerType, "__call__", ["*args", "**kw"], function* (self: PyMethodCaller, args: any[], kw: any) {
  if (kw && Object.keys(kw).length) throw typeError("methodcaller() takes no keyword arguments");
  if (args.length !== 1) throw typeError(`methodcaller expected 1 argument, got ${args.length}`);
  return yield* self.callG(args[0]);
});
defMethod(methodcallerType, "__repr__", [], function* (self: PyMethodCaller) {
  const parts: string[] = [yield* repr(self.name)];
  for (const x of self.args) parts.push(yield* repr(x));
  if (self.kwn) for (let i = 0; i < self.kwn.length; i++) parts.push(`${self.kwn[i]}=${yield* repr(self.kwv![i])}`);
  return `operator.methodcaller(${parts.join(", ")})`;
});

// --- helpers for the function table ----------------------------------------------------------------

function isPrim(a: any): boolean {
  const t = typeof a;
  return t !== "object" || (a instanceof PyFloat && a.$cls.isBuiltin);
}
/** PySequence_Check: has __getitem__ and is not a dict. */
function isSequence(a: any): boolean {
  if (typeof a === "string") return true;
  const t = typeOf(a);
  if (t.lookup("__getitem__") === undefined) return false;
  for (const c of t.mro) if (c.name === "dict" && c.isBuiltin && c.module === "builtins") return false;
  return true;
}
function* searchSeq(a: any, b: any, count: boolean): Gen<number> {
  let it: any;
  try { it = yield* iter(a); } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.$cls, TypeError)) throw typeError(`argument of type '${typeOf(a).name}' is not iterable`);
    throw e;
  }
  let n = 0, i = 0;
  for (;;) {
    const x = yield* pull(it);
    if (x === STOP) break;
    let same = x === b;
    if (!same) { const r = eqS(x, b); same = r === NEED ? yield* eq(x, b) : r; }
    if (same) { if (!count) return i; n++; }
    i++;
  }
  if (count) return n;
  throw valueError("sequence.index(x): x not in sequence");
}

function* lengthHint(obj: any, dflt: any): Gen<any> {
  let d: any = 0;
  if (dflt !== undefined) {
    d = asInt(dflt);
    if (d === undefined || typeof dflt === "object") {
      if (typeof dflt === "object" && typeOf(dflt).lookup("__index__") !== undefined) d = yield* index(dflt);
      else throw typeError(`'${typeOf(dflt).name}' object cannot be interpreted as an integer`);
    }
  }
  const t = typeOf(obj);
  if (t.lookup("__len__") !== undefined) {
    try {
      const r = lenS(obj);
      return r !== NEED ? r : yield* len(obj);
    } catch (e) {
      if (!(e instanceof PyBaseException && isSubtype(e.$cls, TypeError))) throw e;
    }
  }
  const h = t.lookup("__length_hint__");
  if (h === undefined) return d;
  let r: any;
  try {
    r = yield* callDunder(h, obj, t, []);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.$cls, TypeError)) return d;
    throw e;
  }
  if (r === NotImplemented) return d;
  const n = asInt(r);
  if (n === undefined || (typeof r === "object" && !(r instanceof PyBoxed))) throw typeError(`__length_hint__ must be an integer, not ${typeOf(r).name}`);
  if (I.cmp(n, 0) < 0) throw valueError("__length_hint__() should return >= 0");
  return n;
}

// --- the module ------------------------------------------------------------------------------------

registerModule("operator", () => makeModule("operator", (ns) => {
  const both = (name: string, spec: string[], sync: (...a: any[]) => any, gen: (...a: any[]) => Gen<any>) => {
    const b = defBuiltin2(ns, name, spec, sync, gen);
    b.module = "operator";
    return b;
  };
  const one = (name: string, spec: string[], impl: (...a: any[]) => any) => {
    const b = defBuiltin(ns, name, spec, impl);
    b.module = "operator";
    return b;
  };
  const binNames: [string, BinOp][] = [
    ["add", BINOPS.Add], ["sub", BINOPS.Sub], ["mul", BINOPS.Mult], ["truediv", BINOPS.Div],
    ["floordiv", BINOPS.FloorDiv], ["mod", BINOPS.Mod], ["pow", BINOPS.Pow], ["lshift", BINOPS.LShift],
    ["rshift", BINOPS.RShift], ["and_", BINOPS.BitAnd], ["or_", BINOPS.BitOr], ["xor", BINOPS.BitXor],
    ["matmul", BINOPS.MatMult],
  ];
  for (const [name, o] of binNames) {
    both(name, ["a", "b", "/"], o.sync, function* (a: any, b: any) { return yield* binop(a, b, o); });
    const iname = "i" + name.replace(/_$/, "");
    both(iname, ["a", "b", "/"], (a: any, b: any) => (isPrim(a) ? o.sync(a, b) : NEED), function* (a: any, b: any) { return yield* inplace(a, b, o); });
  }
  both("concat", ["a", "b", "/"], (a: any, b: any) => {
    if (!isSequence(a)) throw typeError(`'${typeOf(a).name}' object can't be concatenated`);
    return ADD.sync(a, b);
  }, function* (a: any, b: any) { return yield* binop(a, b, ADD); });
  both("iconcat", ["a", "b", "/"], (a: any, b: any) => {
    if (!isSequence(a)) throw typeError(`'${typeOf(a).name}' object can't be concatenated`);
    return isPrim(a) ? ADD.sync(a, b) : NEED;
  }, function* (a: any, b: any) { return yield* inplace(a, b, ADD); });
  for (const [name, op] of [["lt", LT], ["le", LE], ["eq", EQ], ["ne", NE], ["gt", GT], ["ge", GE]] as const) {
    both(name, ["a", "b", "/"], (a: any, b: any) => cmpS(a, b, op), function* (a: any, b: any) { return yield* richcmp(a, b, op); });
  }
  both("not_", ["a", "/"], (a: any) => { const t = truthS(a); return t === NEED ? NEED : !t; }, function* (a: any) { return !(yield* truth(a)); });
  both("truth", ["a", "/"], truthS, truth);
  one("is_", ["a", "b", "/"], (a: any, b: any) => a === b);
  one("is_not", ["a", "b", "/"], (a: any, b: any) => a !== b);
  one("abs", ["a", "/"], abs_);
  one("neg", ["a", "/"], neg);
  one("pos", ["a", "/"], pos);
  one("invert", ["a", "/"], invert);
  one("inv", ["a", "/"], invert);
  both("index", ["a", "/"], indexS, index);
  both("getitem", ["a", "b", "/"], (a: any, b: any) => getitemS(a, b), getitem);
  both("setitem", ["a", "b", "c", "/"], (a: any, b: any, c: any) => (setitemS(a, b, c) === NEED ? NEED : None),
    function* (a: any, b: any, c: any) { yield* setitem(a, b, c); return None; });
  both("delitem", ["a", "b", "/"], (a: any, b: any) => (delitemS(a, b) === NEED ? NEED : None),
    function* (a: any, b: any) { yield* delitem(a, b); return None; });
  both("contains", ["a", "b", "/"], (a: any, b: any) => containsS(a, b), function* (a: any, b: any) { return yield* contains(a, b); });
  one("countOf", ["a", "b", "/"], function* (a: any, b: any) { return yield* searchSeq(a, b, true); });
  one("indexOf", ["a", "b", "/"], function* (a: any, b: any) { return yield* searchSeq(a, b, false); });
  one("length_hint", ["obj", "default?", "/"], lengthHint);
  one("call", ["obj", "/", "*args", "**kwargs"], function* (f: any, args: any[], kw: any) {
    const kwn = kw ? Object.keys(kw) : null;
    return yield* callv(f, args, kwn, kwn ? kwn.map((k) => kw[k]) : null);
  });
  ns.itemgetter = itemgetterType;
  ns.attrgetter = attrgetterType;
  ns.methodcaller = methodcallerType;
  // the dunder aliases (operator.__add__ is operator.add)
  for (const k of Object.keys(ns)) {
    const v = ns[k];
    if (!(v instanceof PyBuiltin) || k.startsWith("_") || k === "countOf" || k === "indexOf" || k === "length_hint" || k === "is_" || k === "is_not") continue;
    ns[`__${k.replace(/_$/, "")}__`] = v;
  }
  ns.__not__ = ns.not_;
  ns.__all__ = new PyList(["abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem", "eq",
    "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul",
    "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub", "itemgetter", "itruediv",
    "ixor", "le", "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_",
    "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor"]);
}));

export { POW, strType, intType };
