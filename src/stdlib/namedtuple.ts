// collections.namedtuple: builds a tuple subclass with a field-binding __new__ (a real function
// object, so argument errors read as CPython's), field accessors, _make/_asdict/_replace and the
// "Point(x=1, y=2)" repr. Also used by functools (CacheInfo) and time (struct_time helpers).

import {
  PyType, PyTuple, PyList, None, Ns, Gen, typeOf, isSubtype, tupleType, objectType, typeType,
} from "../runtime/core.ts";
import { PyFunction, CodeInfo, PyBuiltin, defBuiltin } from "../runtime/function.ts";
import { typeError, valueError, attributeError, indexError } from "../runtime/exceptions.ts";
import { toArray, iter, len } from "../runtime/ops.ts";
import { PyStaticMethod, PyClassMethod, PyGetSet } from "../runtime/attr.ts";
import { repr, str } from "../runtime/repr.ts";
import { PyDict } from "../runtime/dict.ts";
import { callv } from "../runtime/call.ts";
import { hooks } from "../runtime/hooks.ts";
import { asStr } from "../runtime/str.ts";

const KEYWORDS = new Set(["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
  "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"]);
const IDENT = /^[\p{ID_Start}_][\p{ID_Continue}]*$/u;
export function isIdentifier(s: string): boolean { return IDENT.test(s); }
export function isKeyword(s: string): boolean { return KEYWORDS.has(s); }

/** Instances of namedtuple classes: the field names live on the class. */
function fieldsOf(cls: PyType): string[] {
  for (const t of cls.mro) { const f = (t as any).ntFields; if (f) return f; }
  return [];
}
function* strRepr(x: any): Gen<string> { return yield* repr(x); }

/**
 * Build the namedtuple class `typename` with the given (validated) field names and defaults
 * (applied to the rightmost fields).
 */
export function makeNamedTuple(typename: string, fields: string[], defaults: any[], module: any): PyType {
  const t = new PyType(typename, [tupleType], false, typeType);
  t.mro = [t, tupleType, objectType];
  t.solid = tupleType;
  t.alloc = tupleType.alloc;
  t.hasDict = false;
  t.slots = [];
  t.isBuiltin = false;
  t.module = typeof module === "string" ? module : "__main__";
  (t as any).ntFields = fields;
  const ns = t.ns;
  const n = fields.length;
  ns.__module__ = t.module;
  ns.__doc__ = `${typename}(${fields.join(", ")})`;
  ns.__slots__ = new PyTuple([]);
  ns._fields = new PyTuple(fields.slice());
  ns.__match_args__ = new PyTuple(fields.slice());
  const fd = new PyDict();
  for (let i = 0; i < defaults.length; i++) fd.setS(fields[n - defaults.length + i], defaults[i]);
  ns._field_defaults = fd;

  // __new__(_cls, f1, f2, ...): a function object so binding errors match CPython's
  const code = new CodeInfo({
    name: "__new__", qualname: `${typename}.__new__`, filename: "<string>", argnames: ["_cls", ...fields], argcount: n + 1,
  });
  const newf = new PyFunction(code, function* (cls: any, ...vals: any[]): Gen<any> {
    return mkInstance(cls, vals);
  }, hooksGlobals(), defaults.slice());
  newf.doc = `Create new instance of ${typename}(${fields.join(", ")})`;
  ns.__new__ = new PyStaticMethod(newf);

  for (let i = 0; i < n; i++) {
    const idx = i;
    ns[fields[i]] = new PyGetSet(fields[i], t, (o: any) => {
      if (!(o instanceof PyTuple)) throw typeError(`descriptor for index '${idx}' for tuple subclasses doesn't apply to '${typeOf(o).name}' object`);
      if (idx >= o.items.length) throw indexError("tuple index out of range");
      return o.items[idx];
    }, () => { throw attributeError("can't set attribute"); });
  }
  const meth = (name: string, spec: string[], impl: (...a: any[]) => any) => {
    const b = defBuiltin(ns, name, ["self", ...spec], impl, t);
    b.qualname = `${typename}.${name}`;
    return b;
  };
  meth("__repr__", [], function* (self: PyTuple) {
    const f = fieldsOf(self.$cls);
    const parts: string[] = [];
    for (let i = 0; i < f.length; i++) parts.push(`${f[i]}=${yield* strRepr(self.items[i])}`);
    return `${self.$cls.name}(${parts.join(", ")})`;
  });
  meth("_asdict", [], (self: PyTuple) => {
    const d = new PyDict();
    const f = fieldsOf(self.$cls);
    for (let i = 0; i < f.length; i++) d.setS(f[i], self.items[i]);
    return d;
  });
  meth("__getnewargs__", [], (self: PyTuple) => new PyTuple(self.items.slice()));
  meth("_replace", ["/", "**kwds"], function* (self: PyTuple, kw: any) {
    const f = fieldsOf(self.$cls);
    const vals = self.items.slice();
    const left = kw ? Object.assign(new Ns(), kw) : null;
    if (left) for (let i = 0; i < f.length; i++) if (f[i] in left) { vals[i] = left[f[i]]; delete left[f[i]]; }
    const rest = left ? Object.keys(left) : [];
    const cls = typeOf(self);
    const r = yield* makeFrom(cls, vals);
    if (rest.length) throw valueError(`Got unexpected field names: ${yield* repr(new PyList(rest))}`);
    return r;
  });
  const make = new PyBuiltin("_make", ["cls", "iterable"], null, function* (cls: PyType, it: any) {
    return yield* makeFrom(cls, yield* toArray(it));
  }, null);
  make.qualname = `${typename}._make`;
  ns._make = new PyClassMethod(make);
  return t;
}

/** cls._make(values): tuple.__new__ then the field-count check. */
function* makeFrom(cls: PyType, vals: any[]): Gen<any> {
  const n = fieldsOf(cls).length;
  if (vals.length !== n) throw typeError(`Expected ${n} arguments, got ${vals.length}`);
  return mkInstance(cls, vals);
}
function mkInstance(cls: any, vals: any[]): PyTuple {
  if (!(cls instanceof PyType) || !isSubtype(cls, tupleType)) throw typeError(`tuple.__new__(X): X is not a type object (${typeOf(cls).name})`);
  const o = new PyTuple(vals, cls);
  if (cls.hasDict) o.$d = new Ns();
  return o;
}
function hooksGlobals(): Record<string, any> {
  try {
    const g = hooks.globals();
    return g && g.ns ? g.ns : new Ns();
  } catch { return new Ns(); }
}

/** Python-level namedtuple(typename, field_names, *, rename=False, defaults=None, module=None). */
export function* namedtupleImpl(typename: any, fieldNames: any, rename: any, defaults: any, module: any): Gen<any> {
  let names: any[];
  const fs = asStr(fieldNames);
  if (fs !== undefined) names = fs.replace(/,/g, " ").split(/\s+/).filter((x) => x.length);
  else {
    names = [];
    for (const x of yield* toArray(fieldNames)) names.push(typeof x === "string" ? x : asStr(x) ?? (yield* str(x)));
  }
  const tn = typeof typename === "string" ? typename : yield* str(typename);
  if (rename !== undefined && rename !== None && rename !== false) {
    const seen = new Set<string>();
    for (let i = 0; i < names.length; i++) {
      const nm = names[i];
      if (!isIdentifier(nm) || isKeyword(nm) || nm.startsWith("_") || seen.has(nm)) names[i] = `_${i}`;
      seen.add(names[i]);
    }
  }
  for (const nm of [tn, ...names]) {
    if (typeof nm !== "string") throw typeError("Type names and field names must be strings");
    if (!isIdentifier(nm)) throw valueError(`Type names and field names must be valid identifiers: ${yield* repr(nm)}`);
    if (isKeyword(nm)) throw valueError(`Type names and field names cannot be a keyword: ${yield* repr(nm)}`);
  }
  const seen = new Set<string>();
  for (const nm of names) {
    if (nm.startsWith("_") && (rename === undefined || rename === None || rename === false)) throw valueError(`Field names cannot start with an underscore: ${yield* repr(nm)}`);
    if (seen.has(nm)) throw valueError(`Encountered duplicate field name: ${yield* repr(nm)}`);
    seen.add(nm);
  }
  let defs: any[] = [];
  if (defaults !== undefined && defaults !== None) {
    defs = yield* toArray(defaults);
    if (defs.length > names.length) throw typeError("Got more default values than field names");
  }
  let mod = module;
  if (mod === undefined || mod === None) {
    try { mod = hooks.globals().getS("__name__"); } catch { mod = "__main__"; }
    if (mod === undefined) mod = "__main__";
  }
  return makeNamedTuple(tn, names, defs, mod);
}

export { iter, len, callv };
