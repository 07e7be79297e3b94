// `type` and `object`: class creation (metaclass resolution, __prepare__, C3 MRO, __slots__,
// __set_name__, __init_subclass__), the methods every object inherits, and super().

import {
  PyObj, PyType, NEED, Ns, None, NotImplemented, typeOf, typeType, objectType, isSubtype, Gen,
  PyTuple, EMPTY_TUPLE, tuple, PyList, PyModule, strType, boolType, builtinType,
} from "./core.ts";
import { PyFunction, PyBuiltin, PyMethod, defBuiltin, defMethod, defNew } from "./function.ts";
import { typeError, attributeError, newExc, TypeError, ValueError, RuntimeError } from "./exceptions.ts";
import {
  getattr, genericGetattr, genericSetattr, genericDelattr, setOnTypeAttrChange, PyClassMethod,
  PyStaticMethod, PySlot, PyGetSet, defGetSet, descrGet, noAttr, PyProperty,
} from "./attr.ts";
import { callv, callDunder, typeHooks, typeCallDefault, newInstance, ABSTRACT, setAbstractError } from "./call.ts";
import { PyDict, NsDict } from "./dict.ts";
import { IDENTITY_HASH } from "./dictstore.ts";
import { PyMappingProxy } from "./mappingproxy.ts";
import { setObjectEq, toArray, truth, setitem } from "./ops.ts";
import { defaultRepr, objectStr, repr, idOf, str } from "./repr.ts";

// --- object --------------------------------------------------------------------------------------

const O = objectType;
typeHooks.objectNew = defNew(O, ["*args", "**kwargs"], (cls: any, args: any[], kw: any) => {
  if (!(cls instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (cls.flags & ABSTRACT) throw abstractErr(cls);
  return newInstance(cls);
});
typeHooks.objectInit = defMethod(O, "__init__", ["*args", "**kwargs"], (self: any, args: any[], kw: any) => {
  const t = typeOf(self);
  if ((args.length || kw) && t.lookup("__init__") === typeHooks.objectInit) {
    if (t.lookup("__new__") === typeHooks.objectNew) throw typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return None;
});
defMethod(O, "__repr__", [], (self) => defaultRepr(self));
objectStr.f = defMethod(O, "__str__", [], function* (self) { return yield* repr(self); });
setObjectEq(defMethod(O, "__eq__", ["other"], (self, o) => (self === o ? true : NotImplemented)));
defMethod(O, "__ne__", ["other"], function* (self, o) {
  const t = typeOf(self);
  const e = t.lookup("__eq__");
  const r = yield* callDunder(e, self, t, [o]);
  if (r === NotImplemented) return r;
  return !(yield* truth(r));
});
defMethod(O, "__hash__", [], (self) => idOf(self) >> 4);
defMethod(O, "__getattribute__", ["name"], function* (self, name) {
  if (typeof name !== "string") throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  return yield* genericGetattr(self, name);
});
defMethod(O, "__setattr__", ["name", "value"], function* (self, name, v) {
  if (typeof name !== "string") throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  yield* genericSetattr(self, name, v);
  return None;
});
defMethod(O, "__delattr__", ["name"], function* (self, name) { yield* genericDelattr(self, name); return None; });
defMethod(O, "__init_subclass__", ["**kw"], (cls: any, kw: any) => {
  if (kw && Object.keys(kw).length) throw typeError(`${cls.qualname}.__init_subclass__() takes no keyword arguments`);
  return None;
});
O.ns.__init_subclass__ = new PyClassMethod(O.ns.__init_subclass__);
defMethod(O, "__format__", ["spec"], function* (self, spec) {
  if (spec !== "") throw typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
  return yield* str(self);
});
defMethod(O, "__dir__", [], function* (self) {
  const names = new Set<string>();
  if (typeof self === "object" && self.$d) for (const k of Object.keys(self.$d)) names.add(k);
  for (const t of typeOf(self).mro) for (const k of Object.keys(t.ns)) names.add(k);
  return new PyList([...names].sort());
});
defMethod(O, "__reduce_ex__", ["protocol"], (self) => { throw typeError(`cannot pickle '${typeOf(self).name}' object`); });
defMethod(O, "__subclasshook__", ["*args"], () => NotImplemented);
O.ns.__subclasshook__ = new PyClassMethod(O.ns.__subclasshook__);
defGetSet(O, "__class__", (o) => typeOf(o), (o, v) => {
  if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeOf(v).name}' object`);
  if (typeof o !== "object" || typeOf(o).isBuiltin || v.isBuiltin) throw typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
  o.$cls = v;
});
O.ns.__doc__ = "The base class of the class hierarchy.";

function abstractErr(cls: PyType) {
  const names = Object.keys((cls as any).abstractMethods ?? {}).sort();
  const n = names.length;
  return typeError(`Can't instantiate abstract class ${cls.name} with abstract method${n === 1 ? "" : "s"} ${names.join(", ")}`);
}
setAbstractError(abstractErr);

// --- instance __dict__ -----------------------------------------------------------------------------

/** `__dict__` of instances of Python classes. */
const instDict = new PyGetSet("__dict__", O, (o) => {
  if (o.$d === undefined) throw attributeError(`'${typeOf(o).name}' object has no attribute '__dict__'`);
  return nsDictOf(o.$d);
}, (o, v) => {
  if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
  const ns = new Ns();
  for (const [k, val] of v.items()) ns[k] = val;
  o.$d = ns;
});
const nsDicts = new WeakMap<object, NsDict>();
export function nsDictOf(ns: Record<string, any>): NsDict {
  let d = nsDicts.get(ns);
  if (!d) { d = new NsDict(ns); nsDicts.set(ns, d); }
  return d;
}

// --- type --------------------------------------------------------------------------------------

const T = typeType;
typeType.alloc = (meta) => { throw typeError("type.__new__ required"); };

/** C3 linearization. */
export function computeMro(t: PyType): PyType[] {
  const seqs: PyType[][] = t.bases.map((b) => b.mro.slice());
  seqs.push(t.bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonempty = seqs.filter((s) => s.length);
    if (!nonempty.length) return out;
    let cand: PyType | null = null;
    for (const s of nonempty) {
      const c = s[0];
      if (!nonempty.some((o) => o.indexOf(c) > 0)) { cand = c; break; }
    }
    if (!cand) {
      const names = t.bases.map((b) => b.name).join(", ");
      throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    out.push(cand);
    for (const s of nonempty) if (s[0] === cand) s.shift();
  }
}

/** Recompute the fast-path flags of a type (and its subclasses) after its dunders change. */
export function computeFlags(t: PyType): void {
  const ga = t.lookup("__getattribute__");
  t.customGetattribute = ga !== O.ns.__getattribute__ && !(ga instanceof PyBuiltin);
  t.customGetattr = t.lookup("__getattr__") !== undefined;
  const sa = t.lookup("__setattr__");
  t.customSetattr = sa !== O.ns.__setattr__ && !(sa instanceof PyBuiltin && sa.owner === typeType);
  const da = t.lookup("__delattr__");
  if (da !== O.ns.__delattr__) t.customSetattr = t.customSetattr || false;
  const h = t.lookup("__hash__"), e = t.lookup("__eq__");
  if (h === O.ns.__hash__ && e === O.ns.__eq__) t.flags |= IDENTITY_HASH; else t.flags &= ~IDENTITY_HASH;
  for (const s of t.subclasses) computeFlags(s);
}
setOnTypeAttrChange((t) => computeFlags(t));

function bestBase(bases: PyType[]): PyType {
  let solid: PyType = objectType, base: PyType = bases[0] ?? objectType;
  for (const b of bases) {
    const s = b.solid;
    if (isSubtype(s, solid)) { solid = s; base = b; }
    else if (!isSubtype(solid, s)) throw typeError("multiple bases have instance lay-out conflict");
  }
  return base;
}

/** type(name, bases, ns, **kw) -> a new class. ns is a dict (PyDict). */
export function* typeNew(meta: PyType, name: string, bases: any[], ns: PyDict, kwn: string[] | null, kwv: any[] | null): Gen<PyType> {
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError(`bases must be types`);
    if (b === boolType) throw typeError(`type 'bool' is not an acceptable base type`);
  }
  const bs: PyType[] = bases.length ? bases : [objectType];
  const base = bestBase(bs);
  const t = new PyType(name, bs, false, meta);
  t.alloc = base.alloc;
  t.solid = base.solid;
  t.mro = computeMro(t);
  t.isBuiltin = false;
  t.flags = 0;
  // namespace
  for (const [k, v] of ns.items()) {
    if (typeof k !== "string") continue;
    t.ns[k] = v;
  }
  const nsv = t.ns;
  if (nsv.__qualname__ !== undefined) {
    if (typeof nsv.__qualname__ !== "string") throw typeError(`type __qualname__ must be a str, not ${typeOf(nsv.__qualname__).name}`);
    t.qualname = nsv.__qualname__;
    delete nsv.__qualname__;
  }
  t.module = typeof nsv.__module__ === "string" ? nsv.__module__ : "builtins";
  if (nsv.__doc__ === undefined) nsv.__doc__ = None;
  for (const special of ["__new__"]) {
    const f = nsv[special];
    if (f instanceof PyFunction) nsv[special] = new PyStaticMethod(f);
  }
  for (const special of ["__init_subclass__", "__class_getitem__"]) {
    const f = nsv[special];
    if (f instanceof PyFunction) nsv[special] = new PyClassMethod(f);
  }
  // __slots__
  const slots = nsv.__slots__;
  let hasDict = bs.some((b) => b.hasDict) || bs.every((b) => b === objectType) ;
  if (slots !== undefined) {
    const names: string[] = typeof slots === "string" ? [slots] : (yield* toArray(slots));
    hasDict = bs.some((b) => b.hasDict && b !== objectType) || names.includes("__dict__");
    t.slots = [];
    for (const n of names) {
      if (typeof n !== "string") throw typeError(`__slots__ items must be strings, not '${typeOf(n).name}'`);
      if (n === "__dict__" || n === "__weakref__") continue;
      if (nsv[n] !== undefined) throw newExc(ValueError, `'${n}' in __slots__ conflicts with class variable`);
      nsv[n] = new PySlot(n, t);
      t.slots.push(n);
    }
  } else {
    hasDict = true;
  }
  t.hasDict = hasDict;
  if (hasDict && t.lookup("__dict__") === undefined) nsv.__dict__ = instDict;
  // __eq__ without __hash__ -> unhashable
  if (nsv.__eq__ !== undefined && nsv.__hash__ === undefined) nsv.__hash__ = None;
  t.invalidate();
  computeFlags(t);
  // abstract methods (abc.ABCMeta style): collected when any base or attribute marks them
  collectAbstract(t);
  // __set_name__
  for (const k of Object.keys(nsv)) {
    const v = nsv[k];
    if (typeof v === "object" && v !== null && !(v instanceof PyFunction) && !typeOf(v).isBuiltin) {
      const sn = typeOf(v).lookup("__set_name__");
      if (sn !== undefined) yield* callDunder(sn, v, typeOf(v), [t, k]);
    } else if (v instanceof PyProperty && v.name === None) {
      v.name = k;
    }
  }
  // __init_subclass__ of the parent
  const sup = t.mro[1];
  const isc = sup.lookup("__init_subclass__");
  if (isc !== undefined) {
    const f = isc instanceof PyClassMethod ? isc.f : isc;
    yield* callv(f, [t], kwn, kwv);
  }
  return t;
}

function collectAbstract(t: PyType): void {
  const abs: Record<string, true> = {};
  for (const k of Object.keys(t.ns)) if (isAbstract(t.ns[k])) abs[k] = true;
  for (const b of t.bases) {
    const ba = (b as any).abstractMethods;
    if (ba) for (const k of Object.keys(ba)) if (isAbstract(t.lookup(k))) abs[k] = true;
  }
  if (Object.keys(abs).length) { (t as any).abstractMethods = abs; t.flags |= ABSTRACT; }
}
function isAbstract(v: any): boolean {
  if (v === undefined || v === null || typeof v !== "object") return false;
  // descriptor classes marking themselves abstract (abc.abstractproperty)
  if (!typeOf(v).isBuiltin && typeOf(v).lookup("__isabstractmethod__") === true) return true;
  const f = v instanceof PyClassMethod || v instanceof PyStaticMethod ? v.f : v instanceof PyProperty ? v.fget : v;
  return typeof f === "object" && f !== null && f.$d !== undefined && f.$d.__isabstractmethod__ === true;
}

defNew(T, ["*args", "**kw"], function* (meta: any, args: any[], kw: any) {
  if (meta === typeType && args.length === 1 && !kw) return typeOf(args[0]);
  if (args.length !== 3) throw typeError("type() takes 1 or 3 arguments");
  const [name, bases, ns] = args;
  if (typeof name !== "string") throw typeError(`type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`);
  const kwn = kw ? Object.keys(kw) : null;
  const meta2 = calcMeta(meta, bases.items);
  if (meta2 !== meta && meta2.lookup("__new__") !== T.ns.__new__) {
    return yield* callv(meta2, args, kwn, kwn ? kwn.map((k) => kw[k]) : null);
  }
  return yield* typeNew(meta2, name, bases.items, ns, kwn, kwn ? kwn.map((k) => kw[k]) : null);
});
typeHooks.typeNew = function* (meta, args, kwn, kwv) { return yield* callv(T.ns.__new__, [meta, ...args], kwn, kwv); } as any;
defMethod(T, "__init__", ["*args", "**kw"], () => None);
defMethod(T, "__call__", ["*args", "**kw"], function* (cls: any, args: any[], kw: any) {
  const kwn = kw ? Object.keys(kw) : null;
  return yield* typeCallDefault(cls, args, kwn, kwn ? kwn.map((k) => kw[k]) : null);
});
defMethod(T, "__repr__", [], (t: PyType) => {
  const mod = t.module;
  return mod && mod !== "builtins" ? `<class '${mod}.${t.qualname}'>` : `<class '${t.qualname}'>`;
});
defMethod(T, "mro", [], (t: PyType) => new PyList(t.mro.slice()));
defMethod(T, "__subclasses__", [], (t: PyType) => new PyList(t.subclasses.slice()));
defMethod(T, "__instancecheck__", ["obj"], (t: PyType, o: any) => isSubtype(typeOf(o), t));
defMethod(T, "__subclasscheck__", ["sub"], (t: PyType, s: any) => s instanceof PyType && isSubtype(s, t));
defMethod(T, "__prepare__", ["*args", "**kw"], () => new PyDict());
T.ns.__prepare__ = new PyClassMethod(T.ns.__prepare__);
defMethod(T, "__dir__", [], (t: PyType) => {
  const names = new Set<string>();
  for (const c of t.mro) for (const k of Object.keys(c.ns)) names.add(k);
  return new PyList([...names].sort());
});

/** `X | Y` of types: a types.UnionType (isinstance/issubclass accept it). */
export const unionType = builtinType("UnionType", objectType, "types");
export class PyUnion extends PyObj {
  args: any[];
  constructor(args: any[]) { super(unionType); this.args = args; }
}
function unionMembers(v: any): any[] | null {
  if (v === None) return [typeOf(None)];
  if (v instanceof PyType) return [v];
  if (v instanceof PyUnion) return v.args;
  return null;
}
export function unionOf(a: any, b: any): any {
  const x = unionMembers(a), y = unionMembers(b);
  if (!x || !y) return NotImplemented;
  const args: any[] = [];
  for (const t of [...x, ...y]) if (!args.includes(t)) args.push(t);
  return args.length === 1 ? args[0] : new PyUnion(args);
}
defMethod(unionType, "__or__", ["other"], (a, b) => unionOf(a, b));
defMethod(unionType, "__ror__", ["other"], (a, b) => unionOf(b, a));
defMethod(unionType, "__repr__", [], function* (u: PyUnion) {
  const parts: string[] = [];
  for (const t of u.args) parts.push(t === typeOf(None) ? "None" : t instanceof PyType ? (t.module === "builtins" ? t.qualname : `${t.module}.${t.qualname}`) : yield* repr(t));
  return parts.join(" | ");
});
defMethod(unionType, "__eq__", ["other"], (a: PyUnion, b: any) => b instanceof PyUnion && a.args.length === b.args.length && a.args.every((t) => b.args.includes(t)));
defMethod(unionType, "__hash__", [], (u: PyUnion) => u.args.length);
defGetSet(unionType, "__args__", (u: PyUnion) => tuple(u.args.slice()));
defMethod(T, "__or__", ["other"], (a, b) => unionOf(a, b));
defMethod(T, "__ror__", ["other"], (a, b) => unionOf(b, a));
defGetSet(T, "__name__", (t) => t.name, (t, v) => {
  if (typeof v !== "string") throw typeError(`can only assign string to ${t.name}.__name__, not '${typeOf(v).name}'`);
  t.name = v;
});
defGetSet(T, "__qualname__", (t) => t.qualname, (t, v) => { t.qualname = v; });
defGetSet(T, "__module__", (t) => (t.isBuiltin ? t.module : t.ns.__module__ ?? t.module), (t, v) => { t.ns.__module__ = v; t.module = v; });
defGetSet(T, "__mro__", (t) => tuple(t.mro.slice()));
defGetSet(T, "__bases__", (t) => tuple(t.bases.slice()));
defGetSet(T, "__base__", (t) => (t.bases.length ? bestBase(t.bases) : None));
defGetSet(T, "__dict__", (t) => new PyMappingProxy(nsDictOf(t.ns)));
defGetSet(T, "__doc__", (t) => (t.ns.__doc__ !== undefined ? t.ns.__doc__ : None), (t, v) => { t.ns.__doc__ = v; });
defGetSet(T, "__abstractmethods__", (t) => {
  const a = (t as any).abstractMethods;
  if (!a) throw attributeError("__abstractmethods__");
  return frozensetOf(Object.keys(a));
});
export let frozensetOf: (items: any[]) => any = () => None;
export function setFrozensetOf(f: (items: any[]) => any) { frozensetOf = f; }

/** The most derived metaclass among meta and the bases' types. */
export function calcMeta(meta: PyType, bases: any[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bm = typeOf(b);
    if (isSubtype(winner, bm)) continue;
    if (isSubtype(bm, winner)) { winner = bm; continue; }
    throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

/**
 * The class statement (CPython's __build_class__). `body(ns)` runs the class body and returns
 * a setter for the implicit __class__ cell, or null.
 */
export function* buildClass(body: (ns: any) => Gen<any>, name: string, bases: any[], kwn: string[] | null, kwv: any[] | null): Gen<any> {
  // resolve __mro_entries__ (e.g. `class C(list[int])` subclasses list)
  const origBases = bases;
  let resolved: any[] | null = null;
  for (let i = 0; i < origBases.length; i++) {
    const b = origBases[i];
    const me = b instanceof PyType ? undefined : typeOf(b).lookup("__mro_entries__");
    // CPython looks the attribute up on the object itself: a function may carry one (typing.NamedTuple)
    const own = me === undefined && !(b instanceof PyType) && typeof b === "object" && b.$d ? b.$d.__mro_entries__ : undefined;
    if (me === undefined && own === undefined) { if (resolved !== null) resolved.push(b); continue; }
    const r = own !== undefined ? yield* callv(own, [tuple(origBases)], null, null) : yield* callDunder(me, b, typeOf(b), [tuple(origBases)]);
    if (!(r instanceof PyTuple)) throw typeError("__mro_entries__ must return a tuple");
    (resolved ??= origBases.slice(0, i)).push(...r.items);
  }
  if (resolved !== null) bases = resolved;
  let explicitMeta: any = undefined;
  let kn: string[] | null = null, kv: any[] | null = null;
  if (kwn) {
    for (let i = 0; i < kwn.length; i++) {
      if (kwn[i] === "metaclass") explicitMeta = kwv![i];
      else { (kn ??= []).push(kwn[i]); (kv ??= []).push(kwv![i]); }
    }
  }
  let meta: any = explicitMeta !== undefined ? explicitMeta : bases.length ? typeOf(bases[0]) : typeType;
  if (meta instanceof PyType) meta = calcMeta(meta, bases);
  let ns: any;
  const prep = meta instanceof PyType ? meta.lookup("__prepare__") : undefined;
  if (prep !== undefined) {
    const f = prep instanceof PyClassMethod ? new PyMethod(prep.f, meta) : prep;
    ns = yield* callv(f, [name, tuple(bases)], kn, kv);
  } else ns = new PyDict();
  const setCell = yield* body(ns);
  if (bases !== origBases) yield* setitem(ns, "__orig_bases__", tuple(origBases));
  const cls = yield* callv(meta, [name, tuple(bases), ns], kn, kv);
  if (setCell) setCell(cls);
  return cls;
}

// --- super -------------------------------------------------------------------------------------

export const superType = builtinType("super");
export class PySuper extends PyObj {
  thisType: PyType; obj: any; objType: PyType;
  constructor(thisType: PyType, obj: any, objType: PyType) { super(superType); this.thisType = thisType; this.obj = obj; this.objType = objType; }
}
export function makeSuper(thisType: any, obj: any): PySuper {
  if (!(thisType instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeOf(thisType).name}`);
  let objType: PyType;
  if (obj instanceof PyType && isSubtype(obj, thisType)) objType = obj;
  else if (isSubtype(typeOf(obj), thisType)) objType = typeOf(obj);
  else throw typeError("super(type, obj): obj must be an instance or subtype of type");
  return new PySuper(thisType, obj, objType);
}
defNew(superType, ["type?", "obj?"], (cls, t, o) => {
  if (t === undefined) throw newExc(RuntimeError, "super(): no arguments");
  if (o === undefined) return new PySuper(t, None, t);
  return makeSuper(t, o);
});
function superFind(s: PySuper, name: string): any {
  const mro = s.objType.mro;
  let i = mro.indexOf(s.thisType) + 1;
  for (; i < mro.length; i++) {
    const v = mro[i].ns[name];
    if (v !== undefined) return v;
  }
  return undefined;
}
export function* superGetattr(s: PySuper, name: string): Gen<any> {
  if (name !== "__class__") {
    const v = superFind(s, name);
    if (v !== undefined) {
      const obj = s.obj === s.objType ? None : s.obj;
      if (v instanceof PyFunction) return obj === None ? v : new PyMethod(v, obj);
      if (v instanceof PyBuiltin) return v.owner !== null && obj !== None ? new PyMethod(v, obj) : v;
      if (v instanceof PyClassMethod) return new PyMethod(v.f, s.objType);
      if (v instanceof PyStaticMethod) return v.f;
      if (obj === None) return v;
      return yield* descrGet(v, obj, s.objType);
    }
  }
  return yield* genericGetattr(s, name);
}
defMethod(superType, "__getattribute__", ["name"], function* (self, name) { return yield* superGetattr(self, name); });
superType.customGetattribute = true;
defMethod(superType, "__repr__", [], (s: PySuper) => `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>`);
defGetSet(superType, "__thisclass__", (s) => s.thisType);
defGetSet(superType, "__self__", (s) => s.obj);
defGetSet(superType, "__self_class__", (s) => s.objType);

export { PyModule, strType, EMPTY_TUPLE, noAttr, getattr, PyTuple };
