// The `float` type: construction (float(x) from str/int/float/__float__/__index__), the numeric
// special methods (used for float subclasses, explicit calls and reflected operations — builtin
// operands take the sync paths of ops.ts), rounding, hex/fromhex and the other float methods.

import {
  PyType, PyFloat, PyTuple, PyBoxed, PyBytes, PyByteArray, NEED, Ns, None, NotImplemented,
  typeOf, isSubtype, floatType, strType, Gen,
} from "./core.ts";
import { defMethod, defMethod2, defBuiltin, defBuiltin2, PyBuiltin } from "./function.ts";
import { defGetSet, PyClassMethod } from "./attr.ts";
import { typeError, valueError } from "./exceptions.ts";
import { asInt, index, indexS } from "./ops.ts";
import { callDunder, callv } from "./call.ts";
import { repr, strRepr } from "./repr.ts";
import * as I from "./int.ts";
import type { Int } from "./int.ts";
import {
  floatRepr, floatMod, floatFloorDiv, floatDiv, floatDivmod, floatPow, hashFloat, parseFloat_,
  asIntegerRatio, floatHex, floatFromHex, roundDigits, roundHalfEven,
} from "./float.ts";
import { floatToInt, clinicArgErr } from "./int_methods.ts";
import { complexPow } from "./complex.ts";

const F = floatType;

function selfOf(self: any, name: string): number {
  if (self instanceof PyFloat) return self.v;
  throw typeError(`descriptor '${name}' requires a 'float' object but received a '${typeOf(self).name}'`);
}
function selfOfM(self: any, name: string): number {
  if (self instanceof PyFloat) return self.v;
  throw typeError(`descriptor '${name}' for 'float' objects doesn't apply to a '${typeOf(self).name}' object`);
}
/** The double value of a float or int operand (OverflowError for huge ints); undefined otherwise. */
function operand(o: any): number | undefined {
  if (o instanceof PyFloat) return o.v;
  const v = asInt(o);
  return v === undefined ? undefined : I.toFloat(v);
}

/** An instance of cls (float or a subclass) holding v. */
export function makeFloat(cls: PyType, v: number): PyFloat {
  if (cls === F) return new PyFloat(v);
  const o = new PyFloat(v, cls);
  if (cls.hasDict) o.$d = new Ns();
  return o;
}

// --- construction ------------------------------------------------------------------------------

function textOf(x: any): string | undefined {
  if (typeof x === "string") return x;
  if (x instanceof PyBoxed && isSubtype(x.$cls, strType)) return x.v;
  return undefined;
}
function parseText(s: string): number {
  const v = parseFloat_(s);
  if (v === undefined) throw valueError(`could not convert string to float: ${strRepr(s)}`);
  return v;
}
function* parseBytes(x: any): Gen<number> {
  const b: Uint8Array = x instanceof PyBytes ? x.b : x.view();
  const s = String.fromCharCode.apply(null, b as any);
  const v = /[^\x00-\x7f]/.test(s) ? undefined : parseFloat_(s);
  if (v === undefined) throw valueError(`could not convert string to float: ${yield* repr(x)}`);
  return v;
}
function notConvertible(x: any) {
  return typeError(`float() argument must be a string or a real number, not '${typeOf(x).name}'`);
}
function checkFloatResult(r: any, x: any): number {
  if (r instanceof PyFloat) return r.v;
  throw typeError(`${typeOf(x).name}.__float__ returned non-float (type ${typeOf(r).name})`);
}

/** float(x) sync attempt: NEED when Python code (a user __float__/__index__) must run. */
export function floatFromS(x: any): any {
  switch (typeof x) {
    case "number": return x;
    case "bigint": return I.toFloat(x);
    case "boolean": return x ? 1 : 0;
    case "string": return parseText(x);
  }
  const t: PyType = x.$cls;
  if (x instanceof PyFloat && t === F) return x.v;
  const f = t.lookup("__float__");
  if (f !== undefined) {
    if (f instanceof PyBuiltin && f.$fs !== null) {
      const r = f.$fs(x);
      return r === NEED ? NEED : checkFloatResult(r, x);
    }
    return NEED;
  }
  const ix = t.lookup("__index__");
  if (ix !== undefined) {
    if (ix instanceof PyBuiltin && ix.$fs !== null) {
      const r = ix.$fs(x);
      if (r === NEED) return NEED;
      const n = asInt(r);
      if (n === undefined) throw typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
      return I.toFloat(n);
    }
    return NEED;
  }
  const s = textOf(x);
  if (s !== undefined) return parseText(s);
  if (x instanceof PyBytes || x instanceof PyByteArray) return NEED;
  throw notConvertible(x);
}
/** float(x): CPython's PyNumber_Float. */
export function* floatFrom(x: any): Gen<number> {
  const r = floatFromS(x);
  if (r !== NEED) return r;
  const t = typeOf(x);
  const f = t.lookup("__float__");
  if (f !== undefined && f !== None) return checkFloatResult(yield* callDunder(f, x, t, []), x);
  const ix = t.lookup("__index__");
  if (ix !== undefined && ix !== None) {
    const v = yield* index(x);
    return I.toFloat(v);
  }
  if (x instanceof PyBytes || x instanceof PyByteArray) return yield* parseBytes(x);
  throw notConvertible(x);
}
function checkCls(cls: any): void {
  if (cls === F) return;
  if (!(cls instanceof PyType)) throw typeError(`float.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!isSubtype(cls, F)) throw typeError(`float.__new__(${cls.name}): ${cls.name} is not a subtype of float`);
}
{
  const b = defBuiltin2(F.ns, "__new__", ["cls", "x?", "/"], (cls: any, x: any) => {
    checkCls(cls);
    if (x === undefined) return makeFloat(cls, 0);
    if (x instanceof PyFloat && x.$cls === F && cls === F) return x;
    const v = floatFromS(x);
    return v === NEED ? NEED : makeFloat(cls, v);
  }, function* (cls: any, x: any) {
    checkCls(cls);
    return makeFloat(cls, x === undefined ? 0 : yield* floatFrom(x));
  }, null);
  b.qualname = "float.__new__";
  b.argErr = clinicArgErr("float");
}

// --- arithmetic --------------------------------------------------------------------------------

type F2 = (a: number, b: number) => any;
function binary(name: string, f: F2): void {
  const dn = `__${name}__`, rn = `__r${name}__`;
  defMethod(F, dn, ["value", "/"], (self: any, o: any) => {
    const a = selfOf(self, dn), b = operand(o);
    return b === undefined ? NotImplemented : f(a, b);
  });
  defMethod(F, rn, ["value", "/"], (self: any, o: any) => {
    const a = selfOf(self, rn), b = operand(o);
    return b === undefined ? NotImplemented : f(b, a);
  });
}
binary("add", (a, b) => new PyFloat(a + b));
binary("sub", (a, b) => new PyFloat(a - b));
binary("mul", (a, b) => new PyFloat(a * b));
binary("truediv", (a, b) => new PyFloat(floatDiv(a, b)));
binary("floordiv", (a, b) => new PyFloat(floatFloorDiv(a, b)));
binary("mod", (a, b) => new PyFloat(floatMod(a, b)));
binary("divmod", (a, b) => {
  const [q, r] = floatDivmod(a, b);
  return new PyTuple([new PyFloat(q), new PyFloat(r)]);
});

/** float ** float as a Python value: a float, or a complex for a negative base and fractional power. */
export function floatPowValue(a: number, b: number): any {
  const r = floatPow(a, b);
  return r === null ? complexPow(a, 0, b, 0) : new PyFloat(r);
}
function noMod(m: any): void {
  if (m !== undefined && m !== None) throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
}
defMethod(F, "__pow__", ["value", "mod?", "/"], (self: any, o: any, m: any) => {
  const a = selfOf(self, "__pow__"), b = operand(o);
  if (b === undefined) return NotImplemented;
  noMod(m);
  return floatPowValue(a, b);
});
defMethod(F, "__rpow__", ["value", "mod?", "/"], (self: any, o: any, m: any) => {
  const a = selfOf(self, "__rpow__"), b = operand(o);
  if (b === undefined) return NotImplemented;
  noMod(m);
  return floatPowValue(b, a);
});

defMethod(F, "__neg__", [], (self: any) => new PyFloat(-selfOf(self, "__neg__")));
defMethod(F, "__pos__", [], (self: any) => (self instanceof PyFloat && self.$cls === F ? self : new PyFloat(selfOf(self, "__pos__"))));
defMethod(F, "__abs__", [], (self: any) => new PyFloat(Math.abs(selfOf(self, "__abs__"))));
defMethod(F, "__bool__", [], (self: any) => selfOf(self, "__bool__") !== 0);
defMethod(F, "__float__", [], (self: any) => (self instanceof PyFloat && self.$cls === F ? self : new PyFloat(selfOf(self, "__float__"))));
defMethod(F, "__int__", [], (self: any) => floatToInt(selfOf(self, "__int__")));
defMethod(F, "__trunc__", [], (self: any) => floatToInt(selfOfM(self, "__trunc__")));
defMethod(F, "__floor__", [], (self: any) => floatToInt(Math.floor(selfOfM(self, "__floor__"))));
defMethod(F, "__ceil__", [], (self: any) => floatToInt(Math.ceil(selfOfM(self, "__ceil__"))));

/** round(x) -> int (half to even); round(x, nd) -> float correctly rounded in decimal. */
export function roundFloat(x: number, nd: Int | undefined): any {
  if (nd === undefined) return floatToInt(roundHalfEven(x));
  const n = typeof nd === "bigint" ? (nd > 0n ? 10000 : -10000) : nd;
  return new PyFloat(roundDigits(x, n));
}
defMethod2(F, "__round__", ["ndigits?", "/"], (self: any, nd: any) => {
  const x = selfOfM(self, "__round__");
  if (nd === undefined || nd === None) return roundFloat(x, undefined);
  const n = indexS(nd);
  return n === NEED ? NEED : roundFloat(x, n);
}, function* (self: any, nd: any) {
  const x = selfOfM(self, "__round__");
  if (nd === undefined || nd === None) return roundFloat(x, undefined);
  return roundFloat(x, yield* index(nd));
});

// --- comparison, hash, repr --------------------------------------------------------------------------

/** Compare a float with another operand: -1/0/1, NaN (unordered) or undefined (not a number). */
function cmpOperand(a: number, o: any): number | undefined {
  if (o instanceof PyFloat) { const b = o.v; return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN; }
  const v = asInt(o);
  return v === undefined ? undefined : I.cmpFloatInt(a, v);
}
function compare(name: string, test: (c: number) => boolean): void {
  defMethod(F, name, ["value", "/"], (self: any, o: any) => {
    const c = cmpOperand(selfOf(self, name), o);
    return c === undefined ? NotImplemented : test(c);
  });
}
compare("__eq__", (c) => c === 0);
compare("__ne__", (c) => c !== 0);
compare("__lt__", (c) => c < 0);
compare("__le__", (c) => c <= 0);
compare("__gt__", (c) => c > 0);
compare("__ge__", (c) => c >= 0);
defMethod(F, "__hash__", [], (self: any) => hashFloat(selfOf(self, "__hash__")));
defMethod(F, "__repr__", [], (self: any) => floatRepr(selfOf(self, "__repr__")));
defMethod(F, "__sizeof__", [], (self: any) => { selfOfM(self, "__sizeof__"); return 24; });

// --- methods and attributes ------------------------------------------------------------------------

defMethod(F, "is_integer", [], (self: any) => Number.isInteger(selfOfM(self, "is_integer")));
defMethod(F, "as_integer_ratio", [], (self: any) => {
  const [n, d] = asIntegerRatio(selfOfM(self, "as_integer_ratio"));
  return new PyTuple([I.norm(n), I.norm(d)]);
});
defMethod(F, "conjugate", [], (self: any) => new PyFloat(selfOfM(self, "conjugate")));
defMethod(F, "hex", [], (self: any) => floatHex(selfOfM(self, "hex")));
defMethod(F, "__getnewargs__", [], (self: any) => new PyTuple([new PyFloat(selfOfM(self, "__getnewargs__"))]));
defGetSet(F, "real", (self: any) => new PyFloat(selfOfM(self, "real")));
defGetSet(F, "imag", (self: any) => { selfOfM(self, "imag"); return new PyFloat(0); });

function classMethod(name: string, spec: string[], impl: (...a: any[]) => any): void {
  const b = defBuiltin(F.ns, name, ["cls", ...spec], impl, null);
  b.qualname = `float.${name}`;
  F.ns[name] = new PyClassMethod(b);
}
classMethod("fromhex", ["string", "/"], function* (cls: any, s: any) {
  const t = textOf(s);
  if (t === undefined) throw typeError("bad argument type for built-in operation");
  const v = floatFromHex(t);
  if (cls === F) return new PyFloat(v);
  return yield* callv(cls, [new PyFloat(v)], null, null);
});
classMethod("__getformat__", ["typestr", "/"], (_cls: any, s: any) => {
  if (typeof s !== "string") throw typeError(`__getformat__() argument must be str, not ${typeOf(s).name}`);
  if (s !== "double" && s !== "float") throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
  return "IEEE, little-endian";
});

