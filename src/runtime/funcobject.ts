// Python-visible attributes and reprs of functions, bound methods, builtins, modules, the
// descriptor types (property, classmethod, staticmethod) and the singletons' types.

import { PyObj, PyType, PyModule, None, NotImplemented, Ellipsis, Ns, typeOf, tuple, noneType, notImplType, ellipsisType, functionType, builtinFunctionType, methodType, methodDescrType, moduleType, Gen, PyTuple } from "./core.ts";
import { PyFunction, PyBuiltin, PyMethod, defMethod, defNew } from "./function.ts";
import { defGetSet, PyProperty, PyClassMethod, PyStaticMethod, propertyType, classmethodType, staticmethodType, memberDescrType, getsetDescrType, PySlot, PyGetSet } from "./attr.ts";
import { typeError, attributeError } from "./exceptions.ts";
import * as attrMod from "./attr.ts";
import { idOf, repr } from "./repr.ts";
import { callv } from "./call.ts";
import { PyDict } from "./dict.ts";
import { nsDictOf } from "./type.ts";

const hex = (o: any) => "0x" + idOf(o).toString(16);

// --- functions ---------------------------------------------------------------------------------
const F = functionType;
defGetSet(F, "__name__", (f: PyFunction) => f.name, (f: PyFunction, v: any) => {
  if (typeof v !== "string") throw typeError("__name__ must be set to a string object");
  f.name = v;
});
defGetSet(F, "__qualname__", (f: PyFunction) => f.qualname, (f: PyFunction, v: any) => {
  if (typeof v !== "string") throw typeError("__qualname__ must be set to a string object");
  f.qualname = v;
});
defGetSet(F, "__doc__", (f: PyFunction) => f.doc, (f: PyFunction, v: any) => { f.doc = v; });
defGetSet(F, "__module__", (f: PyFunction) => f.module, (f: PyFunction, v: any) => { f.module = v; });
defGetSet(F, "__defaults__", (f: PyFunction) => (f.defaults.length ? tuple(f.defaults.slice()) : None), (f: PyFunction, v: any) => {
  f.defaults = v === None ? [] : (v as PyTuple).items.slice();
});
defGetSet(F, "__kwdefaults__", (f: PyFunction) => {
  if (!f.kwdefaults) return None;
  const d = new PyDict();
  for (const k of Object.keys(f.kwdefaults)) d.setS(k, f.kwdefaults[k]);
  return d;
}, (f: PyFunction, v: any) => {
  if (v === None) { f.kwdefaults = null; return; }
  const ns = new Ns();
  for (const [k, val] of (v as PyDict).items()) ns[k] = val;
  f.kwdefaults = ns;
});
defGetSet(F, "__annotations__", (f: PyFunction) => (f.annotations ??= new PyDict()), (f: PyFunction, v: any) => { f.annotations = v; });
defGetSet(F, "__globals__", (f: PyFunction) => nsDictOf(f.globals));
defGetSet(F, "__dict__", (f: PyFunction) => nsDictOf(f.$d ??= new Ns()));
defGetSet(F, "__code__", (f: PyFunction) => f.code);
defGetSet(F, "__closure__", () => None);
defGetSet(F, "__builtins__", (f: PyFunction) => nsDictOf(Object.getPrototypeOf(f.globals)));
defMethod(F, "__repr__", [], (f: PyFunction) => `<function ${f.qualname} at ${hex(f)}>`);
defMethod(F, "__get__", ["obj", "type?"], (f: PyFunction, obj: any) => (obj === None ? f : new PyMethod(f, obj)));
defMethod(F, "__call__", ["*args", "**kw"], function* (f: PyFunction, args: any[], kw: any) {
  const kwn = kw ? Object.keys(kw) : null;
  return yield* callv(f, args, kwn, kwn ? kwn.map((k) => kw[k]) : null);
});

// --- bound methods --------------------------------------------------------------------------------
const M = methodType;
defGetSet(M, "__self__", (m: PyMethod) => m.self);
defGetSet(M, "__func__", (m: PyMethod) => m.func);
defGetSet(M, "__name__", (m: PyMethod) => m.func.name);
defGetSet(M, "__qualname__", (m: PyMethod) => m.func.qualname);
defGetSet(M, "__doc__", (m: PyMethod) => m.func.doc ?? None);
defGetSet(M, "__module__", (m: PyMethod) => m.func.module ?? None);
defMethod(M, "__repr__", [], function* (m: PyMethod) {
  if (m.func instanceof PyBuiltin) return `<built-in method ${m.func.name} of ${typeOf(m.self).name} object at ${hex(m.self)}>`;
  return `<bound method ${m.func.qualname} of ${yield* repr(m.self)}>`;
});
defMethod(M, "__eq__", ["o"], (a: PyMethod, b: any) => (b instanceof PyMethod ? a.func === b.func && a.self === b.self : NotImplemented));
defMethod(M, "__hash__", [], (m: PyMethod) => (idOf(m.func) ^ idOf(m.self)) >> 4);
defMethod(M, "__call__", ["*args", "**kw"], function* (m: PyMethod, args: any[], kw: any) {
  const kwn = kw ? Object.keys(kw) : null;
  return yield* callv(m, args, kwn, kwn ? kwn.map((k) => kw[k]) : null);
});
// attribute reads fall through to the function's own attributes (e.g. functools.wraps data)
M.customGetattr = true;
defMethod(M, "__getattr__", ["name"], function* (m: PyMethod, name: string) {
  return yield* attrMod.getattr(m.func, name);
});

// --- builtins ---------------------------------------------------------------------------------------
// A builtin method bound to an object (`"s".upper`) is a PyMethod whose type is
// builtin_function_or_method, as in CPython; these accessors serve both it and plain builtins.
const fnOf = (b: any): PyBuiltin => (b instanceof PyMethod ? b.func : b);
for (const T of [builtinFunctionType, methodDescrType]) {
  defGetSet(T, "__name__", (b: any) => fnOf(b).name);
  defGetSet(T, "__qualname__", (b: any) => fnOf(b).qualname);
  defGetSet(T, "__doc__", (b: any) => fnOf(b).doc);
  defGetSet(T, "__module__", (b: any) => fnOf(b).module ?? (fnOf(b).owner ? None : "builtins"));
  defGetSet(T, "__self__", (b: any) => (b instanceof PyMethod ? b.self : None));
  defGetSet(T, "__text_signature__", () => None);
}
defMethod(builtinFunctionType, "__repr__", [], (b: any) => (b instanceof PyMethod
  ? `<built-in method ${b.func.name} of ${typeOf(b.self).name} object at ${hex(b.self)}>`
  : `<built-in function ${b.name}>`));
defMethod(methodDescrType, "__repr__", [], (b: PyBuiltin) => `<method '${b.name}' of '${b.owner!.name}' objects>`);
defMethod(methodDescrType, "__get__", ["obj", "type?"], (b: PyBuiltin, obj: any) => (obj === None ? b : new PyMethod(b, obj, builtinFunctionType)));
for (const T of [builtinFunctionType, methodDescrType]) defMethod(T, "__call__", ["*args", "**kw"], function* (b: any, args: any[], kw: any) {
  const kwn = kw ? Object.keys(kw) : null;
  return yield* callv(b, args, kwn, kwn ? kwn.map((k) => kw[k]) : null);
});
defMethod(builtinFunctionType, "__eq__", ["o"], (a: any, b: any) => (a instanceof PyMethod && b instanceof PyMethod ? a.func === b.func && a.self === b.self : a === b));
defMethod(builtinFunctionType, "__hash__", [], (b: any) => (b instanceof PyMethod ? (idOf(b.func) ^ idOf(b.self)) >> 4 : idOf(b) >> 4));

// --- modules ----------------------------------------------------------------------------------------
defNew(moduleType, ["name", "doc?"], (cls: PyType, name: any, doc: any) => {
  const m = new PyModule(name);
  m.$d!.__doc__ = doc ?? None;
  m.$d!.__package__ = None; m.$d!.__spec__ = None; m.$d!.__loader__ = None;
  return m;
});
defMethod(moduleType, "__init__", ["*args"], () => None);
defMethod(moduleType, "__repr__", [], (m: PyModule) => {
  const f = m.$d!.__file__;
  if (typeof f === "string") return `<module '${m.name}' from '${f}'>`;
  return `<module '${m.name}' (built-in)>`;
});
defGetSet(moduleType, "__dict__", (m: PyModule) => nsDictOf(m.$d!));

// --- property, classmethod, staticmethod --------------------------------------------------------------
defMethod(propertyType, "__init__", ["fget?", "fset?", "fdel?", "doc?"], function* (p: PyProperty, fget: any, fset: any, fdel: any, doc: any) {
  p.fget = fget ?? None; p.fset = fset ?? None; p.fdel = fdel ?? None;
  if (doc !== undefined && doc !== None) p.doc = doc;
  else if (p.fget !== None) {
    try { p.doc = yield* attrMod.getattr(p.fget, "__doc__"); } catch { p.doc = None; }
  }
  return None;
});
function copyProp(p: PyProperty, fget: any, fset: any, fdel: any): PyProperty {
  const q = new PyProperty(p.$cls);
  q.fget = fget; q.fset = fset; q.fdel = fdel; q.doc = p.doc; q.name = p.name;
  return q;
}
defMethod(propertyType, "getter", ["f"], (p: PyProperty, f: any) => copyProp(p, f, p.fset, p.fdel));
defMethod(propertyType, "setter", ["f"], (p: PyProperty, f: any) => copyProp(p, p.fget, f, p.fdel));
defMethod(propertyType, "deleter", ["f"], (p: PyProperty, f: any) => copyProp(p, p.fget, p.fset, f));
defMethod(propertyType, "__get__", ["obj", "type?"], function* (p: PyProperty, obj: any, t: any) {
  if (obj === None) return p;
  return yield* attrMod.descrGet(p, obj, typeOf(obj));
});
defMethod(propertyType, "__set__", ["obj", "value"], function* (p: PyProperty, obj: any, v: any) {
  yield* attrMod.genericSetattr(obj, p.name === None ? "?" : p.name, v);
  return None;
});
defMethod(propertyType, "__set_name__", ["owner", "name"], (p: PyProperty, o: any, n: any) => { p.name = n; return None; });
defGetSet(propertyType, "fget", (p: PyProperty) => p.fget);
defGetSet(propertyType, "fset", (p: PyProperty) => p.fset);
defGetSet(propertyType, "fdel", (p: PyProperty) => p.fdel);
defGetSet(propertyType, "__doc__", (p: PyProperty) => p.doc, (p: PyProperty, v: any) => { p.doc = v; });
defGetSet(propertyType, "__isabstractmethod__", (p: PyProperty) => isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel));
function isAbstract(f: any): boolean { return typeof f === "object" && f !== null && f.$d !== undefined && f.$d.__isabstractmethod__ === true; }

for (const [T, name] of [[classmethodType, "classmethod"], [staticmethodType, "staticmethod"]] as const) {
  defGetSet(T, "__func__", (c: any) => c.f);
  defGetSet(T, "__wrapped__", (c: any) => c.f);
  defGetSet(T, "__isabstractmethod__", (c: any) => isAbstract(c.f));
  defGetSet(T, "__doc__", (c: any) => (c.f && c.f.doc !== undefined ? c.f.doc : None));
  defMethod(T, "__repr__", [], function* (c: any) { return `<${name}(${yield* repr(c.f)})>`; });
}
defMethod(classmethodType, "__get__", ["obj", "type?"], (c: PyClassMethod, obj: any, t: any) => new PyMethod(c.f, t === undefined || t === None ? typeOf(obj) : t));
defMethod(staticmethodType, "__get__", ["obj", "type?"], (c: PyStaticMethod) => c.f);
defMethod(staticmethodType, "__call__", ["*args", "**kw"], function* (c: PyStaticMethod, args: any[], kw: any) {
  const kwn = kw ? Object.keys(kw) : null;
  return yield* callv(c.f, args, kwn, kwn ? kwn.map((k) => kw[k]) : null);
});
defMethod(memberDescrType, "__repr__", [], (s: PySlot) => `<member '${s.name}' of '${s.owner.name}' objects>`);
defMethod(getsetDescrType, "__repr__", [], (s: PyGetSet) => `<attribute '${s.name}' of '${s.owner.name}' objects>`);

// --- singletons -------------------------------------------------------------------------------------
defMethod(noneType, "__repr__", [], () => "None");
defMethod(noneType, "__bool__", [], () => false);
defNew(noneType, [], () => None);
defMethod(notImplType, "__repr__", [], () => "NotImplemented");
defNew(notImplType, [], () => NotImplemented);
defMethod(ellipsisType, "__repr__", [], () => "Ellipsis");
defNew(ellipsisType, [], () => Ellipsis);

export { attributeError };
