// repr() and str() of any value: builtin types directly, recursion-safe for containers
// ("[...]"), user types through __repr__/__str__.

import { PyObj, PyType, NEED, None, NotImplemented, Ellipsis, typeOf, Gen, PyFloat, PyList, PyTuple, PyComplex, PyBoxed, PyModule, isSubtype, intType, strType, floatType } from "./core.ts";
import { floatRepr } from "./float.ts";
import { intToStr } from "./int.ts";
import { callDunder } from "./call.ts";
import { typeError } from "./exceptions.ts";
import { PyBuiltin } from "./function.ts";

/** Python's repr of a str: quote choice and escapes as CPython. */
export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c >= 0x80 && !isPrintable(c)) {
      if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
      else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
      else out += "\\U" + c.toString(16).padStart(8, "0");
    } else out += ch;
  }
  return out + q;
}
const nonPrint = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
/** str.isprintable for one code point (space is printable). */
export function isPrintable(c: number): boolean {
  if (c === 0x20) return true;
  return !nonPrint.test(String.fromCodePoint(c));
}

export function complexRepr(c: PyComplex): string {
  const fmt = (x: number) => {
    const r = floatRepr(x);
    return r.endsWith(".0") ? r.slice(0, -2) : r;
  };
  if (c.re === 0 && !Object.is(c.re, -0)) return fmt(c.im) + "j";
  const im = c.im;
  const sign = im < 0 || Object.is(im, -0) || (im !== im && false) ? "-" : "+";
  return `(${fmt(c.re)}${sign}${fmt(Math.abs(im)).replace(/^-/, "")}j)`;
}

/** repr() sync attempt: scalars only. */
export function reprS(v: any): any {
  switch (typeof v) {
    case "number": return String(v);
    case "bigint": return intToStr(v); // enforces sys.int_max_str_digits
    case "boolean": return v ? "True" : "False";
    case "string": return strRepr(v);
  }
  if (v === None) return "None";
  const t: PyType = v.$cls;
  if (t.isBuiltin) {
    if (v instanceof PyFloat) return floatRepr(v.v);
    if (v === Ellipsis) return "Ellipsis";
    if (v === NotImplemented) return "NotImplemented";
    if (v instanceof PyComplex) return complexRepr(v);
  }
  return NEED;
}

/** Containers currently being repr'd, for "[...]". */
const active: Set<any> = new Set();

/** Hooks for container types defined in other files: type -> repr generator. */
export const reprHooks: Map<PyType, (v: any) => Gen<string>> = new Map();

export function* repr(v: any): Gen<string> {
  const r = reprS(v);
  if (r !== NEED) return r;
  const t: PyType = v.$cls;
  const f = t.lookup("__repr__");
  const hook = reprHooks.get(t) ?? (f instanceof PyBuiltin ? reprHooks.get(f.owner!) : undefined);
  if (hook !== undefined && (f instanceof PyBuiltin)) {
    if (active.has(v)) return recursiveRepr(v);
    active.add(v);
    try { return yield* hook(v); } finally { active.delete(v); }
  }
  const s = yield* callDunder(f, v, t, []);
  if (typeof s !== "string") {
    if (s instanceof PyBoxed && isSubtype(s.$cls, strType)) return s.v;
    throw typeError(`__repr__ returned non-string (type ${typeOf(s).name})`);
  }
  return s;
}
function recursiveRepr(v: any): string {
  if (v instanceof PyList) return "[...]";
  if (v instanceof PyTuple) return "(...)";
  const h = recursiveReprHooks.get(v.$cls) ?? recursiveReprHooks.get(reprHookOwner(v));
  if (h !== undefined) return h(v);
  return "{...}";
}
/** What a container type shows when met again while being repr'd (sets: "set(...)"). */
export const recursiveReprHooks: Map<PyType, (v: any) => string> = new Map();
function reprHookOwner(v: any): any {
  const f = v.$cls.lookup("__repr__");
  return f instanceof PyBuiltin ? f.owner : undefined;
}

/** str() of any value. */
export function* str(v: any): Gen<string> {
  if (typeof v === "string") return v;
  const t = typeOf(v);
  const f = t.lookup("__str__");
  if (f === objectStr.f || f === undefined) return yield* repr(v);
  if (f instanceof PyBuiltin && f.owner === t && t.isBuiltin && strHooks.has(t)) return strHooks.get(t)!(v);
  const s = yield* callDunder(f, v, t, []);
  if (typeof s !== "string") {
    if (s instanceof PyBoxed && isSubtype(s.$cls, strType)) return s.v;
    throw typeError(`__str__ returned non-string (type ${typeOf(s).name})`);
  }
  return s;
}
export const strHooks: Map<PyType, (v: any) => string> = new Map();
/** object.__str__'s builtin, registered by type.ts so str() can skip straight to repr. */
export const objectStr: { f: any } = { f: null };

/** Default repr of an object: <module.Class object at 0x...>. */
let nextId = 0x7f0000001000;
const ids = new WeakMap<object, number>();
export function idOf(v: any): number {
  if (typeof v !== "object") return 0;
  let i = ids.get(v);
  if (i === undefined) { i = nextId; nextId += 0x30; ids.set(v, i); }
  return i;
}
export function defaultRepr(v: any): string {
  const t = typeOf(v);
  const mod = t.module;
  const name = mod && mod !== "builtins" ? `${mod}.${t.qualname}` : t.qualname;
  return `<${name} object at 0x${idOf(v).toString(16)}>`;
}

export { PyModule, floatType, intType };
