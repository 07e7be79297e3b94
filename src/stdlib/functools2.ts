// functools.singledispatch (dispatch on the first argument's class along its MRO),
// singledispatchmethod, cached_property and partialmethod. These are Python classes/functions
// in CPython, so their objects are ordinary functions and non-builtin descriptor types here.

import { PyObj, PyType, None, Ns, Gen, PyTuple, typeOf, isSubtype, objectType, typeType } from "../runtime/core.ts";
import { PyFunction, CodeInfo, PyBuiltin, PyMethod, defMethod } from "../runtime/function.ts";
import { typeError, PyBaseException, AttributeError } from "../runtime/exceptions.ts";
import { truth } from "../runtime/ops.ts";
import { callv, callDunder } from "../runtime/call.ts";
import { repr } from "../runtime/repr.ts";
import { getattr, defGetSet, PyClassMethod, PyStaticMethod } from "../runtime/attr.ts";
import { PyDict, NsDict } from "../runtime/dict.ts";
import { hooks } from "../runtime/hooks.ts";
import { nsDictOf } from "../runtime/type.ts";

type Updater = (wrapper: any, wrapped: any, assigned: any, updated: any) => Gen<any>;

function pytype(name: string): PyType {
  // a Python-level class in CPython: not builtin, so its __get__/__set_name__ are honoured
  const t = new PyType(name, [objectType], false, typeType);
  t.mro = [t, objectType];
  t.module = "functools";
  t.hasDict = true;
  t.ns.__module__ = "functools";
  return t;
}
function* attrOr(o: any, name: string, dflt: any): Gen<any> {
  try { return yield* getattr(o, name); } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.$cls, AttributeError)) return dflt;
    throw e;
  }
}
/** A function object whose body is JS: takes (*args, **kw). */
function jsFunction(name: string, qualname: string, body: (args: any[], kwn: string[] | null, kwv: any[] | null) => Gen<any>): PyFunction {
  const code = new CodeInfo({ name, qualname, filename: "<functools>", argnames: ["args", "kw"], argcount: 0, varargs: true, varkw: true });
  const f = new PyFunction(code, function* (args: PyTuple, kw: PyDict): Gen<any> {
    const keys = kw.size ? kw.keys() : null;
    return yield* body(args.items, keys, keys ? kw.values() : null);
  }, new Ns());
  f.module = "functools";
  f.$d = new Ns();
  return f;
}

// --- singledispatch ------------------------------------------------------------------------------

class Dispatcher {
  registry = new PyDict();
  types: PyType[] = [];
  impls: any[] = [];
  cache = new Map<PyType, any>();
  *dispatch(cls: PyType): Gen<any> {
    const hit = this.cache.get(cls);
    if (hit !== undefined) return hit;
    let impl: any = undefined;
    const mro = cls.mro;
    for (const c of mro) {
      if (c === objectType) break;
      const i = this.types.indexOf(c);
      if (i >= 0) { impl = this.impls[i]; break; }
    }
    if (impl === undefined) {
      // classes registered virtually (ABCs): issubclass through the metaclass
      for (let i = 0; i < this.types.length && impl === undefined; i++) {
        const t = this.types[i];
        if (t === objectType || mro.includes(t) || t.$cls === typeType) continue;
        const sc = t.$cls.lookup("__subclasscheck__");
        if (sc !== undefined && (yield* truth(yield* callDunder(sc, t, t.$cls, [cls])))) impl = this.impls[i];
      }
    }
    if (impl === undefined) {
      const i = this.types.indexOf(objectType);
      impl = i >= 0 ? this.impls[i] : None;
    }
    this.cache.set(cls, impl);
    return impl;
  }
  add(cls: PyType, f: any): void {
    const i = this.types.indexOf(cls);
    if (i >= 0) this.impls[i] = f; else { this.types.push(cls); this.impls.push(f); }
    this.registry.setS(cls, f);
    this.cache.clear();
  }
}
function validType(cls: any): boolean {
  if (cls instanceof PyType) return true;
  const u = hooks.unionArgs(cls);
  return u !== null && u.every((x) => x instanceof PyType);
}
function* firstAnnotation(func: any): Gen<[string, any] | null> {
  const ann = yield* attrOr(func, "__annotations__", None);
  if (!(ann instanceof PyDict) || ann.size === 0) return null;
  const [k, v] = ann.items()[0];
  let cls = v;
  if (typeof v === "string") {
    // a string annotation: resolve it in the function's globals, then builtins
    const g = func instanceof PyFunction ? func.globals : null;
    const r = g ? g[v] : undefined;
    if (r !== undefined) cls = r;
  }
  return [k, cls];
}
function* registerImpl(d: Dispatcher, cls: any, func: any): Gen<any> {
  if (validType(cls)) {
    if (func === undefined || func === None) {
      const deco = new PyBuiltin("<lambda>", ["f"], null, function* (f: any) { return yield* registerImpl(d, cls, f); }, null);
      deco.qualname = "singledispatch.<locals>.register.<locals>.<lambda>";
      return deco;
    }
  } else {
    if (func !== undefined && func !== None) throw typeError(`Invalid first argument to \`register()\`. ${yield* repr(cls)} is not a class or union type.`);
    const ann = yield* firstAnnotation(cls);
    if (ann === null) throw typeError(`Invalid first argument to \`register()\`: ${yield* repr(cls)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
    func = cls;
    const [argname, c] = ann;
    cls = c;
    if (!validType(cls)) {
      if (hooks.unionArgs(cls) !== null) throw typeError(`Invalid annotation for ${yield* repr(argname)}. ${yield* repr(cls)} not all arguments are classes.`);
      throw typeError(`Invalid annotation for ${yield* repr(argname)}. ${yield* repr(cls)} is not a class.`);
    }
  }
  const u = hooks.unionArgs(cls);
  if (u !== null) for (const t of u) d.add(t, func);
  else d.add(cls, func);
  return func;
}
function* singledispatch(func: any, update: Updater): Gen<any> {
  const d = new Dispatcher();
  const fname = yield* attrOr(func, "__name__", "singledispatch function");
  const w = jsFunction("wrapper", "singledispatch.<locals>.wrapper", function* (args, kwn, kwv) {
    if (args.length === 0) throw typeError(`${fname} requires at least 1 positional argument`);
    const impl = yield* d.dispatch(typeOf(args[0]));
    return yield* callv(impl, args, kwn, kwv);
  });
  d.add(objectType, func);
  const ns = w.$d!;
  ns.register = new PyBuiltin("register", ["cls", "func?"], null, function* (cls: any, f: any) { return yield* registerImpl(d, cls, f); }, null);
  ns.register.qualname = "singledispatch.<locals>.register";
  ns.dispatch = new PyBuiltin("dispatch", ["cls"], null, function* (cls: any) {
    if (!(cls instanceof PyType)) throw typeError(`'${typeOf(cls).name}' object has no attribute '__mro__'`);
    return yield* d.dispatch(cls);
  }, null);
  ns.dispatch.qualname = "singledispatch.<locals>.dispatch";
  ns.registry = d.registry;
  ns._clear_cache = new PyBuiltin("_clear_cache", [], () => { d.cache.clear(); return None; }, null, null);
  yield* update(w, func, undefined, undefined);
  return w;
}

// singledispatchmethod: dispatches on the first argument after self/cls
const sdmType = pytype("singledispatchmethod");
class PySDM extends PyObj {
  dispatcher: any = None; func: any = None;
  constructor(cls: PyType) { super(cls); this.$d = new Ns(); }
}
sdmType.alloc = (cls) => new PySDM(cls);

// --- cached_property -----------------------------------------------------------------------------

const cpType = pytype("cached_property");
class PyCachedProperty extends PyObj {
  func: any = None; attrname: any = None;
  constructor(cls: PyType) { super(cls); this.$d = new Ns(); }
}
cpType.alloc = (cls) => new PyCachedProperty(cls);
defMethod(cpType, "__init__", ["func"], function* (self: PyCachedProperty, func: any) {
  self.func = func;
  self.attrname = None;
  self.$d!.__doc__ = yield* attrOr(func, "__doc__", None);
  return None;
});
defMethod(cpType, "__set_name__", ["owner", "name"], function* (self: PyCachedProperty, owner: any, name: any) {
  if (self.attrname === None) self.attrname = name;
  else if (name !== self.attrname) throw typeError(`Cannot assign the same cached_property to two different names (${yield* repr(self.attrname)} and ${yield* repr(name)}).`);
  return None;
});
defMethod(cpType, "__get__", ["instance", "owner?"], function* (self: PyCachedProperty, inst: any, owner: any) {
  if (inst === None) return self;
  if (self.attrname === None) throw typeError("Cannot use cached_property instance without calling __set_name__ on it.");
  const name = self.attrname;
  const d = typeof inst === "object" ? inst.$d : undefined;
  if (d === undefined) throw typeError(`No '__dict__' attribute on ${yield* repr(typeOf(inst).name)} instance to cache ${yield* repr(name)} property.`);
  const have = d[name];
  if (have !== undefined) return have;
  const v = yield* callv(self.func, [inst], null, null);
  d[name] = v;
  return v;
});
defGetSet(cpType, "func", (o: PyCachedProperty) => o.func, (o: PyCachedProperty, v: any) => { o.func = v; });
defGetSet(cpType, "attrname", (o: PyCachedProperty) => o.attrname, (o: PyCachedProperty, v: any) => { o.attrname = v; });
defGetSet(cpType, "__dict__", (o: PyCachedProperty) => nsDictOf(o.$d ??= new Ns()));
defMethod(cpType, "__class_getitem__", ["item"], (cls) => cls);
cpType.ns.__class_getitem__ = new PyClassMethod(cpType.ns.__class_getitem__);

// --- partialmethod -------------------------------------------------------------------------------

const pmType = pytype("partialmethod");
class PyPartialMethod extends PyObj {
  func: any = None; args: any[] = []; kwn: string[] = []; kwv: any[] = [];
  constructor(cls: PyType) { super(cls); this.$d = new Ns(); }
}
pmType.alloc = (cls) => new PyPartialMethod(cls);
defMethod(pmType, "__init__", ["func", "*args", "**kw"], function* (self: PyPartialMethod, func: any, args: any[], kw: any) {
  const isDescr = typeof func === "object" && typeOf(func).lookup("__get__") !== undefined;
  const callable = typeof func === "object" && (func instanceof PyFunction || func instanceof PyBuiltin || typeOf(func).lookup("__call__") !== undefined);
  if (!callable && !isDescr) throw typeError(`${yield* repr(func)} is not callable or a descriptor`);
  if (func instanceof PyPartialMethod) {
    self.func = func.func; self.args = func.args.concat(args);
    self.kwn = func.kwn.slice(); self.kwv = func.kwv.slice();
  } else { self.func = func; self.args = args; }
  if (kw) for (const k of Object.keys(kw)) {
    const i = self.kwn.indexOf(k);
    if (i >= 0) self.kwv[i] = kw[k]; else { self.kwn.push(k); self.kwv.push(kw[k]); }
  }
  return None;
});
/** The partial maker from functools.ts (set by installFunctools2, avoiding an import cycle). */
let makePartialF: (func: any, args: any[], kw: Record<string, any> | null) => any = () => None;
defMethod(pmType, "__get__", ["obj", "cls?"], function* (self: PyPartialMethod, obj: any, cls: any) {
  const f = self.func;
  const get = typeof f === "object" ? typeOf(f).lookup("__get__") : undefined;
  if (get !== undefined) {
    const nf = yield* callDunder(get, f, typeOf(f), [obj, cls === undefined ? None : cls]);
    if (nf !== f) {
      const kw: Record<string, any> = new Ns();
      for (let i = 0; i < self.kwn.length; i++) kw[self.kwn[i]] = self.kwv[i];
      return makePartialF(nf, self.args.slice(), self.kwn.length ? kw : null);
    }
  }
  // the underlying object did not bind: behave as an instance method
  const m = jsFunction("_method", "partialmethod._make_unbound_method.<locals>._method", function* (args, kwn, kwv) {
    if (args.length === 0) throw typeError("_method() missing 1 required positional argument: 'cls_or_self'");
    const n = self.kwn.slice(), v = self.kwv.slice();
    if (kwn) for (let i = 0; i < kwn.length; i++) {
      const j = n.indexOf(kwn[i]);
      if (j >= 0) v[j] = kwv![i]; else { n.push(kwn[i]); v.push(kwv![i]); }
    }
    return yield* callv(f, [args[0], ...self.args, ...args.slice(1)], n.length ? n : null, n.length ? v : null);
  });
  return obj === None ? m : new PyMethod(m, obj);
});

export function installFunctools2(ns: Record<string, any>, update: Updater, mkPartial: (func: any, args: any[], kw: Record<string, any> | null) => any): void {
  makePartialF = mkPartial;
  const sd = new PyBuiltin("singledispatch", ["func"], null, function* (f: any) { return yield* singledispatch(f, update); }, null);
  ns.singledispatch = sd;
  // singledispatchmethod(func): register() forwards to a singledispatch of func
  defMethod(sdmType, "__init__", ["func"], function* (self: PySDM, func: any) {
    const isDescr = typeof func === "object" && typeOf(func).lookup("__get__") !== undefined;
    const callable = typeof func === "object" && typeOf(func).lookup("__call__") !== undefined;
    if (!callable && !isDescr) throw typeError(`${yield* repr(func)} is not callable or a descriptor`);
    self.dispatcher = yield* singledispatch(func, update);
    self.func = func;
    return None;
  });
  defMethod(sdmType, "register", ["cls", "method?"], function* (self: PySDM, cls: any, method: any) {
    return yield* callv(self.dispatcher.$d.register, method === undefined ? [cls] : [cls, method], null, null);
  });
  defMethod(sdmType, "__get__", ["obj", "cls?"], function* (self: PySDM, obj: any, cls: any) {
    const disp = self.dispatcher;
    const m = jsFunction("_method", "singledispatchmethod.__get__.<locals>._method", function* (args, kwn, kwv) {
      if (args.length === 0) throw typeError(`${yield* attrOr(self.func, "__name__", "singledispatchmethod method")} requires at least 1 positional argument`);
      let method = yield* callv(disp.$d.dispatch, [typeOf(args[0])], null, null);
      let f = method;
      if (f instanceof PyClassMethod) f = new PyMethod(f.f, cls === undefined || cls === None ? typeOf(obj) : cls);
      else if (f instanceof PyStaticMethod) f = f.f;
      else {
        const g = typeOf(f).lookup("__get__");
        if (g !== undefined) f = yield* callDunder(g, f, typeOf(f), [obj, cls === undefined ? None : cls]);
      }
      return yield* callv(f, args, kwn, kwv);
    });
    yield* update(m, self.func, undefined, undefined);
    m.$d!.register = yield* getattr(self, "register");
    return m;
  });
  ns.singledispatchmethod = sdmType;
  ns.cached_property = cpType;
  ns.partialmethod = pmType;
}

export { NsDict };
