// Attribute access (CPython's PyObject_GenericGetAttr / type_getattro / SetAttr) and the
// builtin descriptors: classmethod, staticmethod, property, __slots__ members.
// Every operation has a sync attempt that returns NEED when Python code must run.

import {
  PyObj, PyType, NEED, Ns, None, typeOf, typeType, builtinType, isSubtype, PyModule, Gen, functionType,
  builtinFunctionType,
} from "./core.ts";
import { PyFunction, PyBuiltin, PyMethod } from "./function.ts";
import { attributeError, typeError, newExc, AttributeError } from "./exceptions.ts";
import { callv } from "./call.ts";

export const classmethodType = builtinType("classmethod");
export const staticmethodType = builtinType("staticmethod");
export const propertyType = builtinType("property");
export const memberDescrType = builtinType("member_descriptor");
export const getsetDescrType = builtinType("getset_descriptor");

export class PyClassMethod extends PyObj {
  f: any;
  constructor(f: any, cls: PyType = classmethodType) { super(cls); this.f = f; }
}
export class PyStaticMethod extends PyObj {
  f: any;
  constructor(f: any, cls: PyType = staticmethodType) { super(cls); this.f = f; }
}
export class PyProperty extends PyObj {
  fget: any = None; fset: any = None; fdel: any = None; doc: any = None; name: any = None;
  constructor(cls: PyType = propertyType) { super(cls); }
}
classmethodType.alloc = (c) => new PyClassMethod(None, c);
staticmethodType.alloc = (c) => new PyStaticMethod(None, c);
propertyType.alloc = (c) => new PyProperty(c);
/** A __slots__ member: stores into the instance's `$s` namespace. */
export class PySlot extends PyObj {
  name: string; owner: PyType;
  constructor(name: string, owner: PyType) { super(memberDescrType); this.name = name; this.owner = owner; }
}
/** A computed attribute of a builtin type (e.g. function.__name__), implemented in JS. */
export class PyGetSet extends PyObj {
  name: string; owner: PyType;
  get: (o: any) => any;
  set: ((o: any, v: any) => void) | null;
  constructor(name: string, owner: PyType, get: (o: any) => any, set: ((o: any, v: any) => void) | null) {
    super(getsetDescrType); this.name = name; this.owner = owner; this.get = get; this.set = set;
  }
}
export function defGetSet(t: PyType, name: string, get: (o: any) => any, set: ((o: any, v: any) => void) | null = null) {
  t.ns[name] = new PyGetSet(name, t, get, set);
}

function hasGet(v: any): boolean {
  return typeof v === "object" && v.$cls !== undefined && !v.$cls.isBuiltin && v.$cls.lookup("__get__") !== undefined;
}
function isDataDescr(v: any): boolean {
  if (typeof v !== "object") return false;
  if (v instanceof PyProperty || v instanceof PySlot || v instanceof PyGetSet) return true;
  const t: PyType = v.$cls;
  return !t.isBuiltin && (t.lookup("__set__") !== undefined || t.lookup("__delete__") !== undefined);
}

/** Bind a class attribute found on `t` for instance `o` (non-data path), sync; NEED if Python runs. */
function bindSync(v: any, o: any, t: PyType): any {
  if (typeof v !== "object") return v;
  if (v instanceof PyFunction) return new PyMethod(v, o);
  if (v instanceof PyBuiltin) return v.owner !== null ? new PyMethod(v, o, builtinFunctionType) : v;
  if (v instanceof PyClassMethod) return new PyMethod(v.f, t);
  if (v instanceof PyStaticMethod) return v.f;
  if (v instanceof PyGetSet) return v.get(o);
  if (v instanceof PySlot) return slotGet(v, o);
  if (v instanceof PyProperty || hasGet(v)) return NEED;
  return v;
}
function slotGet(s: PySlot, o: any): any {
  const r = o.$s ? o.$s[s.name] : undefined;
  if (r === undefined) throw attributeError(`'${typeOf(o).name}' object has no attribute '${s.name}'`);
  return r;
}

export function noAttr(o: any, name: string): any {
  if (o instanceof PyModule) {
    const e = newExc(AttributeError, `module '${o.name}' has no attribute '${name}'`);
    e.$d = { name, obj: o } as any;
    return e;
  }
  const t = typeOf(o);
  const e = t === typeType || o instanceof PyType
    ? newExc(AttributeError, `type object '${(o as PyType).name}' has no attribute '${name}'`)
    : newExc(AttributeError, `'${t.name}' object has no attribute '${name}'`);
  e.$d = { name, obj: o } as any;
  return e;
}

/** getattr(o, name): sync attempt. */
export function getattrS(o: any, name: string): any {
  const t = typeOf(o);
  if (t.customGetattribute) return NEED;
  if (o instanceof PyType) return typeGetattrS(o, name);
  const cv = t.lookup(name);
  if (cv !== undefined && typeof cv === "object" && isDataDescr(cv)) {
    if (cv instanceof PySlot) return slotGet(cv, o);
    if (cv instanceof PyGetSet) return cv.get(o);
    return NEED;
  }
  const d = typeof o === "object" ? o.$d : undefined;
  if (d !== undefined) {
    const v = d[name];
    if (v !== undefined) return v;
  }
  if (cv !== undefined) return bindSync(cv, o, t);
  if (t.customGetattr || (o instanceof PyModule && moduleGetattr(o) !== undefined)) return NEED;
  throw noAttr(o, name);
}

/** A module's own __getattr__ (PEP 562), consulted when normal lookup fails. */
function moduleGetattr(m: PyModule): any {
  const d = m.$d;
  return d !== undefined && Object.prototype.hasOwnProperty.call(d, "__getattr__") ? (d as any).__getattr__ : undefined;
}

/** Attribute lookup on a type object (metatype data descriptors, then MRO with __get__(None, T)). */
function typeGetattrS(T: PyType, name: string): any {
  const meta = T.$cls;
  const mv = meta.lookup(name);
  if (mv !== undefined && isDataDescr(mv)) {
    if (mv instanceof PyGetSet) return mv.get(T);
    return NEED;
  }
  const v = T.lookup(name);
  if (v !== undefined) {
    if (typeof v !== "object") return v;
    if (v instanceof PyClassMethod) return new PyMethod(v.f, T);
    if (v instanceof PyStaticMethod) return v.f;
    if (v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PySlot || v instanceof PyGetSet) return v;
    if (v instanceof PyProperty) return v;
    if (hasGet(v)) return NEED;
    return v;
  }
  if (mv !== undefined) return bindSync(mv, T, meta);
  if (meta.customGetattr) return NEED;
  throw noAttr(T, name);
}

/** getattr(o, name), full protocol (may run Python code). */
export function* getattr(o: any, name: string): Gen<any> {
  const t = typeOf(o);
  if (t.customGetattribute) {
    const ga = t.lookup("__getattribute__");
    try {
      return yield* callv(ga, [o, name], null, null);
    } catch (e: any) {
      if (t.customGetattr && e instanceof PyObj && isSubtype(e.$cls, AttributeError))
        return yield* callv(t.lookup("__getattr__"), [o, name], null, null);
      throw e;
    }
  }
  try {
    return yield* genericGetattr(o, name);
  } catch (e: any) {
    if (!(e instanceof PyObj && isSubtype(e.$cls, AttributeError))) throw e;
    const ga = t.customGetattr ? t.lookup("__getattr__") : (o instanceof PyType && o.$cls.customGetattr ? o.$cls.lookup("__getattr__") : undefined);
    if (ga !== undefined) return yield* callv(ga, [o, name], null, null);
    const mga = o instanceof PyModule ? moduleGetattr(o) : undefined;
    if (mga !== undefined) return yield* callv(mga, [name], null, null);
    throw e;
  }
}

/** object.__getattribute__ semantics, running descriptors' Python code when needed. */
export function* genericGetattr(o: any, name: string): Gen<any> {
  if (o instanceof PyType) return yield* typeGetattr(o, name);
  const t = typeOf(o);
  const cv = t.lookup(name);
  if (cv !== undefined && isDataDescr(cv)) return yield* descrGet(cv, o, t);
  const d = typeof o === "object" ? o.$d : undefined;
  if (d !== undefined) { const v = d[name]; if (v !== undefined) return v; }
  if (cv !== undefined) return yield* descrGet(cv, o, t);
  throw noAttr(o, name);
}
function* typeGetattr(T: PyType, name: string): Gen<any> {
  const r = typeGetattrS2(T, name);
  if (r !== NEED) return r;
  const meta = T.$cls;
  const mv = meta.lookup(name);
  if (mv !== undefined && isDataDescr(mv)) return yield* descrGet(mv, T, meta);
  const v = T.lookup(name);
  if (v !== undefined) {
    if (hasGet(v)) return yield* callv(v.$cls.lookup("__get__"), [v, None, T], null, null);
    return v;
  }
  if (mv !== undefined) return yield* descrGet(mv, T, meta);
  throw noAttr(T, name);
}
function typeGetattrS2(T: PyType, name: string): any {
  try { return typeGetattrS(T, name); } catch (e) {
    if (T.$cls.customGetattr) return NEED;
    throw e;
  }
}
/** Run a descriptor's __get__ for instance o of type t. */
export function* descrGet(v: any, o: any, t: PyType): Gen<any> {
  if (typeof v !== "object") return v;
  if (v instanceof PyProperty) {
    if (v.fget === None) {
      const pn = v.name !== None ? ` '${v.name}'` : "";
      throw attributeError(`property${pn} of '${t.name}' object has no getter`);
    }
    return yield* callv(v.fget, [o], null, null);
  }
  const r = bindSync(v, o, t);
  if (r !== NEED) return r;
  return yield* callv(v.$cls.lookup("__get__"), [v, o, t], null, null);
}

/**
 * Method lookup for `o.name(...)` call sites: returns the unbound function when `name` resolves
 * to a plain function or method descriptor on the type (the caller passes `o` as first
 * argument, no bound method is allocated); undefined otherwise (use getattr + call).
 */
export function getm(o: any, name: string): any {
  const t = typeOf(o);
  if (t.customGetattribute) return undefined;
  const cv = t.lookup(name);
  if (cv === undefined || typeof cv !== "object") return undefined;
  if (!(cv instanceof PyFunction) && !(cv instanceof PyBuiltin && cv.owner !== null)) return undefined;
  if (typeof o === "object") {
    const d = o.$d;
    if (d !== undefined && d[name] !== undefined) return undefined;
    if (o instanceof PyType) return undefined;
  }
  return cv;
}

// --- setattr / delattr ----------------------------------------------------------------------

/** setattr sync attempt: returns NEED when Python code must run. */
export function setattrS(o: any, name: string, v: any): any {
  const t = typeOf(o);
  if (t.customSetattr) return NEED;
  if (o instanceof PyType) return typeSetattr(o, name, v);
  const cv = t.lookup(name);
  if (cv !== undefined && typeof cv === "object" && isDataDescr(cv)) {
    if (cv instanceof PySlot) { (o.$s ??= new Ns())[name] = v; return true; }
    if (cv instanceof PyGetSet) {
      if (!cv.set) throw attributeError(`attribute '${name}' of '${t.name}' objects is not writable`);
      cv.set(o, v); return true;
    }
    return NEED;
  }
  let d = typeof o === "object" ? o.$d : undefined;
  if (d === undefined) {
    // a dict created on first use (functions get one only when given attributes)
    if (typeof o === "object" && t.hasDict) d = o.$d = new Ns();
    else throw cantSet(o, t, name);
  }
  d[name] = v;
  return true;
}
function cantSet(o: any, t: PyType, name: string) {
  if (t.isBuiltin || typeof o !== "object") {
    if (t.lookup(name) !== undefined) return attributeError(`'${t.name}' object attribute '${name}' is read-only`);
    return attributeError(`'${t.name}' object has no attribute '${name}'`);
  }
  return attributeError(`'${t.name}' object has no attribute '${name}'`);
}
function typeSetattr(T: PyType, name: string, v: any): any {
  if (T.isBuiltin) throw typeError(`cannot set '${name}' attribute of immutable type '${T.name}'`);
  const mv = T.$cls.lookup(name);
  if (mv !== undefined && isDataDescr(mv)) {
    if (mv instanceof PyGetSet && mv.set) { mv.set(T, v); return true; }
    return NEED;
  }
  T.ns[name] = v;
  T.invalidate();
  onTypeAttrChange(T, name);
  return true;
}
/** Hook for type.ts: recompute flags (custom getattr etc.) when dunders change. */
export let onTypeAttrChange: (T: PyType, name: string) => void = () => {};
export function setOnTypeAttrChange(f: (T: PyType, name: string) => void) { onTypeAttrChange = f; }

export function* setattr(o: any, name: string, v: any): Gen<void> {
  const t = typeOf(o);
  if (t.customSetattr) { yield* callv(t.lookup("__setattr__"), [o, name, v], null, null); return; }
  yield* genericSetattr(o, name, v);
}
export function* genericSetattr(o: any, name: string, v: any): Gen<void> {
  const t = typeOf(o);
  const meta = o instanceof PyType ? o.$cls : t;
  const cv = meta.lookup(name);
  if (cv !== undefined && isDataDescr(cv)) {
    if (cv instanceof PyProperty) {
      if (cv.fset === None) {
        const pn = cv.name !== None ? ` '${cv.name}'` : "";
        throw attributeError(`property${pn} of '${meta.name}' object has no setter`);
      }
      yield* callv(cv.fset, [o, v], null, null);
      return;
    }
    if (!(cv instanceof PySlot) && !(cv instanceof PyGetSet)) {
      yield* callv(cv.$cls.lookup("__set__"), [cv, o, v], null, null);
      return;
    }
  }
  if (o instanceof PyType) { typeSetattr(o, name, v); return; }
  if (setattrS2(o, name, v) === NEED) throw attributeError(`can't set attribute '${name}'`);
}
function setattrS2(o: any, name: string, v: any): any {
  const t = typeOf(o);
  const cv = t.lookup(name);
  if (cv instanceof PySlot) { (o.$s ??= new Ns())[name] = v; return true; }
  if (cv instanceof PyGetSet) {
    if (!cv.set) throw attributeError(`attribute '${name}' of '${t.name}' objects is not writable`);
    cv.set(o, v); return true;
  }
  let d = typeof o === "object" ? o.$d : undefined;
  if (d === undefined) {
    // a dict created on first use (functions get one only when given attributes)
    if (typeof o === "object" && t.hasDict) d = o.$d = new Ns();
    else throw cantSet(o, t, name);
  }
  d[name] = v;
  return true;
}

export function* delattr(o: any, name: string): Gen<void> {
  const t = typeOf(o);
  const da = t.lookup("__delattr__");
  if (da !== undefined && !(da instanceof PyBuiltin)) { yield* callv(da, [o, name], null, null); return; }
  yield* genericDelattr(o, name);
}
export function* genericDelattr(o: any, name: string): Gen<void> {
  const t = typeOf(o);
  if (o instanceof PyType) {
    if (o.isBuiltin) throw typeError(`cannot set '${name}' attribute of immutable type '${o.name}'`);
    if (!Object.prototype.hasOwnProperty.call(o.ns, name) && o.ns[name] === undefined) throw noAttr(o, name);
    delete o.ns[name];
    o.invalidate();
    onTypeAttrChange(o, name);
    return;
  }
  const cv = t.lookup(name);
  if (cv !== undefined && isDataDescr(cv)) {
    if (cv instanceof PyProperty) {
      if (cv.fdel === None) {
        const pn = cv.name !== None ? ` '${cv.name}'` : "";
        throw attributeError(`property${pn} of '${t.name}' object has no deleter`);
      }
      yield* callv(cv.fdel, [o], null, null);
      return;
    }
    if (cv instanceof PySlot) {
      if (!o.$s || o.$s[cv.name] === undefined) throw attributeError(cv.name);
      delete o.$s[cv.name];
      return;
    }
    if (!(cv instanceof PyGetSet)) { yield* callv(cv.$cls.lookup("__delete__"), [cv, o], null, null); return; }
  }
  const d = typeof o === "object" ? o.$d : undefined;
  if (d === undefined || d[name] === undefined) throw noAttr(o, name);
  delete d[name];
}

// --- inline caches for attribute sites ----------------------------------------------------------
// Compiled code keeps one IC per attribute site and tests `o.$cls === ic.t && ic.v === ic.t.ver`
// before touching `o.$d[name]` directly; these fill the cache on the slow path when the fast
// path is valid for that type (no data descriptor of that name, no custom attribute hooks).

export interface IC { t: PyType | null; v: number; f: any; t1: PyType | null; v1: number; f1: any; t2: PyType | null; v2: number; f2: any }
export function mkIC(): IC { return { t: null, v: -1, f: null, t1: null, v1: -1, f1: null, t2: null, v2: -1, f2: null }; }

function icEligible(o: any, t: PyType, name: string): boolean {
  if (typeof o !== "object" || o.$d === undefined || o instanceof PyType || t.customGetattribute) return false;
  // functions get their dict lazily: another function of the same type may have none
  if (t === functionType) return false;
  const cv = t.lookup(name);
  return cv === undefined || !isDataDescr(cv);
}
/**
 * Polymorphic sites (one call site seeing several classes) keep up to three entries: the
 * inline check tests entry 0; these helpers test entries 1 and 2 before a full lookup, and a
 * new type pushes the older entries down.
 */
function icPush(ic: IC, t: PyType, f: any): void {
  ic.t2 = ic.t1; ic.v2 = ic.v1; ic.f2 = ic.f1;
  ic.t1 = ic.t; ic.v1 = ic.v; ic.f1 = ic.f;
  ic.t = t; ic.v = t.ver; ic.f = f;
}
/** Attribute load at a site: like getattrS, and caches "read o.$d[name] first" for the type. */
export function getattrIC(o: any, name: string, ic: IC): any {
  const t = typeof o === "object" ? o.$cls : undefined;
  if (t !== undefined && ((t === ic.t1 && ic.v1 === t.ver) || (t === ic.t2 && ic.v2 === t.ver))) {
    const r = o.$d[name];
    if (r !== undefined) return r;
  }
  const r = getattrS(o, name);
  if (t !== undefined && ic.t !== t && icEligible(o, t, name)) icPush(ic, t, null);
  return r;
}
/** Attribute store at a site: caches "write o.$d[name]" for the type. */
export function setattrIC(o: any, name: string, v: any, ic: IC): any {
  const t = typeof o === "object" ? o.$cls : undefined;
  if (t !== undefined && ((t === ic.t1 && ic.v1 === t.ver) || (t === ic.t2 && ic.v2 === t.ver))) { o.$d[name] = v; return true; }
  const r = setattrS(o, name, v);
  if (r !== NEED && t !== undefined && ic.t !== t && !t.customSetattr && icEligible(o, t, name)) icPush(ic, t, null);
  return r;
}
/** Method lookup at a call site: caches the function found on the type. */
export function getmIC(o: any, name: string, ic: IC): any {
  if (typeof o === "object") {
    const t: PyType = o.$cls;
    if ((o.$d === undefined || o.$d[name] === undefined)) {
      if (t === ic.t1 && ic.v1 === t.ver) return ic.f1;
      if (t === ic.t2 && ic.v2 === t.ver) return ic.f2;
    }
  }
  const f = getm(o, name);
  if (f !== undefined && typeof o === "object" && !(o instanceof PyType)) icPush(ic, o.$cls, f);
  return f;
}

/** hasattr-style probe used by the runtime for optional dunders on instances. */
export function lookupSpecial(o: any, name: string): any { return typeOf(o).lookup(name); }
