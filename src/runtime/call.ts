// Calling: the generic call path `callv` (argument binding, bound methods, __call__), calling a
// type (instance creation through __new__/__init__), and the helpers the runtime uses to call
// Python code and special methods.

import { PyObj, PyType, NEED, Ns, None, typeOf, typeType, objectType, isSubtype, Gen } from "./core.ts";
import { PyFunction, PyBuiltin, PyMethod, bindArgs, bindBuiltin } from "./function.ts";
import { typeError } from "./exceptions.ts";
import { PyStaticMethod, PyClassMethod, descrGet } from "./attr.ts";
import { evalBreaker, afterBuiltinCall } from "./breaker.ts";

/** Builds the dict given to **kwargs (set by dict.ts, which depends on this file). */
export let mkKwDict: (keys: string[], vals: any[]) => any = () => { throw new Error("dict not loaded"); };
export function setMkKwDict(f: (keys: string[], vals: any[]) => any) { mkKwDict = f; }

/** Call any Python callable with positional args and optional keyword names/values. */
export function* callv(f: any, args: any[], kwn: string[] | null, kwv: any[] | null): Gen<any> {
  if (f instanceof PyFunction) {
    if (kwn === null && args.length === f.$n) return yield* f.$fc.apply(null, args);
    return yield* f.$fc.apply(null, bindArgs(f, args, kwn, kwv, mkKwDict));
  }
  if (f instanceof PyBuiltin) {
    let r: any;
    if (kwn === null && f.$fs !== null) {
      r = f.$fs.apply(null, args);
      if (r === NEED) r = yield* f.$fc!.apply(null, args);
    } else if (kwn === null && f.positional && f.$fc !== null) {
      r = yield* f.$fc.apply(null, args); // arity-checked by the wrapper: no binding needed
    } else {
      const bound = bindBuiltin(f, args, kwn, kwv);
      r = NEED;
      if (f.rawSync !== null) r = f.rawSync.apply(null, bound);
      if (r === NEED) r = yield* f.rawGen!.apply(null, bound);
    }
    // CPython 3.11 checks the eval breaker after a call to a non-Python callable
    if (evalBreaker[0] !== 0) yield* afterBuiltinCall();
    return r;
  }
  if (f instanceof PyMethod) {
    const fn = f.func;
    if (fn instanceof PyFunction && kwn === null && args.length + 1 === fn.$n) {
      switch (args.length) {
        case 0: return yield* fn.$fc(f.self);
        case 1: return yield* fn.$fc(f.self, args[0]);
        case 2: return yield* fn.$fc(f.self, args[0], args[1]);
      }
    }
    return yield* callv(fn, [f.self, ...args], kwn, kwv);
  }
  if (f instanceof PyType) return yield* typeCall(f, args, kwn, kwv);
  const t = typeOf(f);
  const c = t.lookup("__call__");
  if (c === undefined) throw typeError(`'${t.name}' object is not callable`);
  return yield* callDunder(c, f, t, args, kwn, kwv);
}

/** Call a special method found on type t for instance o (binds descriptors properly). */
export function* callDunder(fn: any, o: any, t: PyType, args: any[], kwn: string[] | null = null, kwv: any[] | null = null): Gen<any> {
  if (fn instanceof PyFunction) {
    if (kwn === null) {
      if (args.length === 0 && fn.$n === 1) return yield* fn.$fc(o);
      if (args.length === 1 && fn.$n === 2) return yield* fn.$fc(o, args[0]);
    }
    return yield* callv(fn, [o, ...args], kwn, kwv);
  }
  if (fn instanceof PyBuiltin && fn.owner !== null) return yield* callv(fn, [o, ...args], kwn, kwv);
  const bound = yield* descrGet(fn, o, t);
  return yield* callv(bound, args, kwn, kwv);
}

/** Call a special method by name if the type defines it; returns NOTDEF when it does not. */
export const NOTDEF: any = Symbol("NOTDEF");
export function* callSpecial(o: any, name: string, args: any[]): Gen<any> {
  const t = typeOf(o);
  const fn = t.lookup(name);
  if (fn === undefined || fn === None) return NOTDEF;
  return yield* callDunder(fn, o, t, args);
}

export function* call(f: any, ...args: any[]): Gen<any> { return yield* callv(f, args, null, null); }

/** Hooks filled by type.ts: object.__new__/__init__ identity and type(x). */
export const typeHooks = {
  objectNew: null as any,
  objectInit: null as any,
  typeNew: null as any as (meta: PyType, args: any[], kwn: string[] | null, kwv: any[] | null) => Gen<any>,
};

/** Allocate a bare instance of cls (object.__new__'s work). */
export function newInstance(cls: PyType): any {
  const o = cls.alloc(cls);
  if (cls.hasDict && o.$d === undefined) o.$d = new Ns();
  return o;
}

/** type.__call__(cls, *args, **kw): __new__ then __init__. */
export function* typeCall(cls: PyType, args: any[], kwn: string[] | null, kwv: any[] | null): Gen<any> {
  const meta = cls.$cls;
  if (meta !== typeType) {
    const mc = meta.lookup("__call__");
    if (mc !== typeType.ns.__call__) return yield* callDunder(mc, cls, meta, args, kwn, kwv);
  }
  return yield* typeCallDefault(cls, args, kwn, kwv);
}

export function* typeCallDefault(cls: PyType, args: any[], kwn: string[] | null, kwv: any[] | null): Gen<any> {
  if (cls === typeType && args.length === 1 && kwn === null) return typeOf(args[0]);
  let nw = cls.lookup("__new__");
  const init = cls.lookup("__init__");
  let obj: any;
  if (nw === typeHooks.objectNew) {
    if ((args.length || kwn) && init === typeHooks.objectInit) {
      throw typeError(`${cls.name}() takes no arguments`);
    }
    if (cls.flags & ABSTRACT) throw abstractError(cls);
    obj = newInstance(cls);
  } else {
    if (nw instanceof PyStaticMethod) nw = nw.f;
    obj = yield* callv(nw, [cls, ...args], kwn, kwv);
    if (!isSubtype(typeOf(obj), cls)) return obj;
  }
  const it = typeOf(obj);
  const ini = it === cls ? init : it.lookup("__init__");
  if (ini !== typeHooks.objectInit && ini !== undefined) {
    let r: any;
    if (ini instanceof PyFunction && kwn === null && args.length + 1 === ini.$n) {
      switch (args.length) {
        case 0: r = yield* ini.$fc(obj); break;
        case 1: r = yield* ini.$fc(obj, args[0]); break;
        case 2: r = yield* ini.$fc(obj, args[0], args[1]); break;
        case 3: r = yield* ini.$fc(obj, args[0], args[1], args[2]); break;
        default: r = yield* ini.$fc(obj, ...args);
      }
    } else r = yield* callDunder(ini, obj, it, args, kwn, kwv);
    if (r !== None) throw typeError(`__init__() should return None, not '${typeOf(r).name}'`);
  } else if (nw !== typeHooks.objectNew && false) {
    // object.__init__ ignores extra args when __new__ is overridden
  }
  return obj;
}
export const ABSTRACT = 4;
export let abstractError: (cls: PyType) => any = (cls) => typeError(`Can't instantiate abstract class ${cls.name}`);
export function setAbstractError(f: (cls: PyType) => any) { abstractError = f; }

export { PyObj, objectType, PyClassMethod };
