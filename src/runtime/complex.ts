// The `complex` type (PyComplex {re, im}): construction from numbers and strings, arithmetic
// following CPython's algorithms (_Py_c_quot, _Py_c_pow, integer powers by squaring) so results
// match bit for bit, equality with ints/floats, hashing and the numeric special methods.

import {
  PyType, PyComplex, PyFloat, PyTuple, PyBoxed, NEED, Ns, None, NotImplemented, typeOf, isSubtype,
  complexType, floatType, strType, Gen,
} from "./core.ts";
import { defMethod, defBuiltin2 } from "./function.ts";
import { defGetSet } from "./attr.ts";
import { typeError, valueError, overflowError, zeroDivisionError } from "./exceptions.ts";
import { asInt } from "./ops.ts";
import { callDunder } from "./call.ts";
import { complexRepr } from "./repr.ts";
import * as I from "./int.ts";
import { hashFloat, asciiDigits, pyStrip } from "./float.ts";
import { crPow, crExp, crLog, crSin, crCos, crAtan2, crHypot } from "./libm.ts";

const C = complexType;

// Operand coercion writes into these two cells (no allocation per operation).
let cr = 0, ci = 0;
/** Coerce an int, float or complex operand into (cr, ci); false for other types. */
function coerce(o: any): boolean {
  if (o instanceof PyComplex) { cr = o.re; ci = o.im; return true; }
  if (o instanceof PyFloat) { cr = o.v; ci = 0; return true; }
  const v = asInt(o);
  if (v === undefined) return false;
  cr = I.toFloat(v); ci = 0;
  return true;
}
function selfOf(self: any, name: string): PyComplex {
  if (!(self instanceof PyComplex)) throw typeError(`descriptor '${name}' requires a 'complex' object but received a '${typeOf(self).name}'`);
  return self;
}
function selfOfM(self: any, name: string): PyComplex {
  if (!(self instanceof PyComplex)) throw typeError(`descriptor '${name}' for 'complex' objects doesn't apply to a '${typeOf(self).name}' object`);
  return self;
}

// --- core arithmetic (CPython's complexobject.c algorithms) ---------------------------------------

/** a / b; null for division by zero (the caller picks the message). */
export function cQuot(ar: number, ai: number, br: number, bi: number): PyComplex | null {
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
  }
  return new PyComplex(NaN, NaN); // a NaN in the divisor
}
/** x ** n for a non-negative integer n by repeated squaring (c_powu). */
function cPowu(xr: number, xi: number, n: number): [number, number] {
  let rr = 1, ri = 0, pr = xr, pi = xi, mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) { const t = rr * pr - ri * pi; ri = rr * pi + ri * pr; rr = t; }
    mask <<= 1;
    const t = pr * pr - pi * pi; pi = pr * pi + pi * pr; pr = t;
  }
  return [rr, ri];
}
const POW_ZERO = "0.0 to a negative or complex power";
/** complex ** complex as CPython's complex_pow (ZeroDivisionError/OverflowError included). */
export function complexPow(ar: number, ai: number, br: number, bi: number): PyComplex {
  let rr: number, ri: number;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    const n = br;
    if (n > 0) [rr, ri] = cPowu(ar, ai, n);
    else {
      const [pr, pi] = cPowu(ar, ai, -n);
      const q = cQuot(1, 0, pr, pi);
      if (q === null) throw zeroDivisionError(POW_ZERO);
      rr = q.re; ri = q.im;
    }
  } else if (br === 0 && bi === 0) {
    rr = 1; ri = 0;
  } else if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) throw zeroDivisionError(POW_ZERO);
    rr = 0; ri = 0;
  } else {
    const vabs = crHypot(ar, ai);
    let len = crPow(vabs, br);
    const at = crAtan2(ai, ar);
    let phase = at * br;
    if (bi !== 0) {
      len /= crExp(at * bi);
      phase += bi * crLog(vabs);
    }
    rr = len * crCos(phase);
    ri = len * crSin(phase);
  }
  if (rr === Infinity || rr === -Infinity || ri === Infinity || ri === -Infinity) throw overflowError("complex exponentiation");
  return new PyComplex(rr, ri);
}
/** abs() of a complex (C99 rules for infinities and NaNs). */
export function complexAbs(re: number, im: number): number {
  if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) return Infinity;
  if (re !== re || im !== im) return NaN;
  const r = crHypot(re, im);
  if (r === Infinity) throw overflowError("absolute value too large");
  return r;
}

// --- arithmetic special methods ---------------------------------------------------------------------

type CF = (ar: number, ai: number, br: number, bi: number) => any;
function binary(name: string, f: CF): void {
  const dn = `__${name}__`, rn = `__r${name}__`;
  defMethod(C, dn, ["value", "/"], (self: any, o: any) => {
    const a = selfOf(self, dn);
    if (!coerce(o)) return NotImplemented;
    return f(a.re, a.im, cr, ci);
  });
  defMethod(C, rn, ["value", "/"], (self: any, o: any) => {
    const a = selfOf(self, rn);
    if (!coerce(o)) return NotImplemented;
    return f(cr, ci, a.re, a.im);
  });
}
binary("add", (ar, ai, br, bi) => new PyComplex(ar + br, ai + bi));
binary("sub", (ar, ai, br, bi) => new PyComplex(ar - br, ai - bi));
binary("mul", (ar, ai, br, bi) => new PyComplex(ar * br - ai * bi, ar * bi + ai * br));
binary("truediv", (ar, ai, br, bi) => {
  const q = cQuot(ar, ai, br, bi);
  if (q === null) throw zeroDivisionError("complex division by zero");
  return q;
});
defMethod(C, "__pow__", ["value", "mod?", "/"], (self: any, o: any, m: any) => {
  const a = selfOf(self, "__pow__");
  if (!coerce(o)) return NotImplemented;
  if (m !== undefined && m !== None) throw valueError("complex modulo");
  return complexPow(a.re, a.im, cr, ci);
});
defMethod(C, "__rpow__", ["value", "mod?", "/"], (self: any, o: any, m: any) => {
  const a = selfOf(self, "__rpow__");
  if (!coerce(o)) return NotImplemented;
  if (m !== undefined && m !== None) throw valueError("complex modulo");
  return complexPow(cr, ci, a.re, a.im);
});
defMethod(C, "__neg__", [], (self: any) => { const a = selfOf(self, "__neg__"); return new PyComplex(-a.re, -a.im); });
defMethod(C, "__pos__", [], (self: any) => { const a = selfOf(self, "__pos__"); return a.$cls === C ? a : new PyComplex(a.re, a.im); });
defMethod(C, "__abs__", [], (self: any) => { const a = selfOf(self, "__abs__"); return new PyFloat(complexAbs(a.re, a.im)); });
defMethod(C, "__bool__", [], (self: any) => { const a = selfOf(self, "__bool__"); return a.re !== 0 || a.im !== 0; });
defMethod(C, "conjugate", [], (self: any) => { const a = selfOfM(self, "conjugate"); return new PyComplex(a.re, -a.im); });
defMethod(C, "__complex__", [], (self: any) => { const a = selfOfM(self, "__complex__"); return a.$cls === C ? a : new PyComplex(a.re, a.im); });
defMethod(C, "__getnewargs__", [], (self: any) => { const a = selfOfM(self, "__getnewargs__"); return new PyTuple([new PyFloat(a.re), new PyFloat(a.im)]); });
defMethod(C, "__sizeof__", [], (self: any) => { selfOfM(self, "__sizeof__"); return 32; });
defGetSet(C, "real", (self: any) => new PyFloat(selfOfM(self, "real").re));
defGetSet(C, "imag", (self: any) => new PyFloat(selfOfM(self, "imag").im));

// --- comparison, hash, repr ------------------------------------------------------------------------

/** complex == other: exact against ints (CPython compares the real part with the int exactly). */
function complexEquals(a: PyComplex, o: any): any {
  if (o instanceof PyComplex) return a.re === o.re && a.im === o.im;
  if (o instanceof PyFloat) return a.im === 0 && a.re === o.v;
  const v = asInt(o);
  if (v === undefined) return NotImplemented;
  if (a.im !== 0) return false;
  if (typeof v === "number") return a.re === v;
  return Number.isInteger(a.re) && BigInt(a.re) === v;
}
defMethod(C, "__eq__", ["value", "/"], (self: any, o: any) => complexEquals(selfOf(self, "__eq__"), o));
defMethod(C, "__ne__", ["value", "/"], (self: any, o: any) => {
  const r = complexEquals(selfOf(self, "__ne__"), o);
  return r === NotImplemented ? r : !r;
});
for (const name of ["__lt__", "__le__", "__gt__", "__ge__"]) {
  defMethod(C, name, ["value", "/"], (self: any) => { selfOf(self, name); return NotImplemented; });
}
/** CPython's hash of a complex: hash(re) + 1000003 * hash(im) in 64-bit wrapping arithmetic. */
export function complexHash(re: number, im: number): number | bigint {
  const hr = hashFloat(re), hi = hashFloat(im);
  if (hi === 0) return hr;
  let h = BigInt.asIntN(64, BigInt(hr) + 1000003n * BigInt(hi));
  if (h === -1n) h = -2n;
  return I.norm(h);
}
defMethod(C, "__hash__", [], (self: any) => { const a = selfOf(self, "__hash__"); return complexHash(a.re, a.im); });
defMethod(C, "__repr__", [], (self: any) => complexRepr(selfOf(self, "__repr__")));

// --- construction ----------------------------------------------------------------------------------

const FLOAT_PREFIX = /[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?|infinity|inf|nan)/iy;
function readFloat(s: string, pos: number): [number, number] | null {
  FLOAT_PREFIX.lastIndex = pos;
  const m = FLOAT_PREFIX.exec(s);
  if (!m) return null;
  const t = m[0].toLowerCase().replace(/_/g, "");
  const body = t.replace(/^[+-]/, "");
  let v: number;
  if (body === "inf" || body === "infinity") v = Infinity;
  else if (body === "nan") v = NaN;
  else v = Number(body);
  return [t.startsWith("-") ? -v : v, pos + m[0].length];
}
/** complex(str): the forms CPython accepts; ValueError otherwise. */
export function parseComplex(src: string): PyComplex {
  const bad = () => valueError("complex() arg is a malformed string");
  let s = pyStrip(asciiDigits(src));
  if (s.startsWith("(")) {
    if (!s.endsWith(")")) throw bad();
    s = pyStrip(s.slice(1, -1));
  }
  let re = 0, im = 0, p = 0;
  const n = s.length;
  const isJ = (k: number) => k < n && (s[k] === "j" || s[k] === "J");
  const a = readFloat(s, 0);
  if (a !== null) {
    p = a[1];
    if (p < n && (s[p] === "+" || s[p] === "-")) {
      // <float><signed-float>j or <float><sign>j
      re = a[0];
      const b = readFloat(s, p);
      if (b !== null) { im = b[0]; p = b[1]; }
      else { im = s[p] === "-" ? -1 : 1; p++; }
      if (!isJ(p)) throw bad();
      p++;
    } else if (isJ(p)) { im = a[0]; p++; }
    else re = a[0];
  } else {
    // <sign>j or j
    if (p < n && (s[p] === "+" || s[p] === "-")) { im = s[p] === "-" ? -1 : 1; p++; } else im = 1;
    if (!isJ(p)) throw bad();
    p++;
  }
  if (p !== n) throw bad();
  return new PyComplex(re, im);
}

function makeComplex(cls: PyType, re: number, im: number): PyComplex {
  if (cls === C) return new PyComplex(re, im);
  const o = new PyComplex(re, im, cls);
  if (cls.hasDict) o.$d = new Ns();
  return o;
}
function strOf(x: any): string | undefined {
  if (typeof x === "string") return x;
  if (x instanceof PyBoxed && isSubtype(x.$cls, strType)) return x.v;
  return undefined;
}
function checkCls(cls: any): void {
  if (cls === C) return;
  if (!(cls instanceof PyType)) throw typeError(`complex.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!isSubtype(cls, C)) throw typeError(`complex.__new__(${cls.name}): ${cls.name} is not a subtype of complex`);
}
/** A float value for one constructor argument when no Python code is needed; NEED otherwise. */
function numS(x: any): any {
  if (x instanceof PyFloat && x.$cls === floatType) return x.v;
  const v = asInt(x);
  if (v !== undefined && typeof x !== "object") return I.toFloat(v);
  return NEED;
}
function complexNewS(cls: any, r: any, i: any): any {
  checkCls(cls);
  const s = strOf(r);
  if (s !== undefined) {
    if (i !== undefined) throw typeError("complex() can't take second arg if first is a string");
    const c = parseComplex(s);
    return makeComplex(cls, c.re, c.im);
  }
  if (strOf(i) !== undefined) throw typeError("complex() second arg can't be a string");
  let rr: number, ri = 0, rc = false;
  if (r === undefined) rr = 0;
  else if (r instanceof PyComplex && r.$cls === C) { rr = r.re; ri = r.im; rc = true; }
  else { rr = numS(r); if (rr === NEED) return NEED; }
  if (i === undefined) return makeComplex(cls, rr, ri);
  let ir: number, ii = 0;
  if (i instanceof PyComplex && i.$cls === C) { ir = i.re; ii = i.im; }
  else { ir = numS(i); if (ir === NEED) return NEED; }
  return makeComplex(cls, rr - ii, rc ? ir + ri : ir);
}
/** Real-number argument of complex(): __float__ or __index__ (CPython's PyNumber_Float). */
function* floatArg(x: any, which: string): Gen<number> {
  if (x instanceof PyFloat && x.$cls === floatType) return x.v;
  const v = asInt(x);
  if (v !== undefined && typeof x !== "object") return I.toFloat(v);
  const t = typeOf(x);
  const f = t.lookup("__float__");
  if (f !== undefined && f !== None) {
    const r = yield* callDunder(f, x, t, []);
    if (!(r instanceof PyFloat)) throw typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return r.v;
  }
  const ix = t.lookup("__index__");
  if (ix !== undefined && ix !== None) {
    const r = yield* callDunder(ix, x, t, []);
    const n = asInt(r);
    if (n === undefined) throw typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
    return I.toFloat(n);
  }
  throw typeError(which);
}
function* complexNew(cls: any, r: any, i: any): Gen<any> {
  checkCls(cls);
  const s = strOf(r);
  if (s !== undefined) {
    if (i !== undefined) throw typeError("complex() can't take second arg if first is a string");
    const c = parseComplex(s);
    return makeComplex(cls, c.re, c.im);
  }
  if (strOf(i) !== undefined) throw typeError("complex() second arg can't be a string");
  let rr = 0, ri = 0, rc = false;
  if (r !== undefined) {
    let rv: any = r;
    const t = typeOf(r);
    const cf = t.lookup("__complex__");
    if (cf !== undefined && cf !== None) {
      rv = yield* callDunder(cf, r, t, []);
      if (!(rv instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeOf(rv).name})`);
    } else if (!(r instanceof PyComplex) && t.lookup("__float__") === undefined && t.lookup("__index__") === undefined) {
      throw typeError(`complex() first argument must be a string or a number, not '${t.name}'`);
    }
    if (i !== undefined && !(i instanceof PyComplex)) {
      const ti = typeOf(i);
      if (ti.lookup("__float__") === undefined && ti.lookup("__index__") === undefined)
        throw typeError(`complex() second argument must be a number, not '${ti.name}'`);
    }
    if (rv instanceof PyComplex) { rr = rv.re; ri = rv.im; rc = true; }
    else rr = yield* floatArg(rv, `complex() first argument must be a string or a number, not '${t.name}'`);
  } else if (i !== undefined && !(i instanceof PyComplex)) {
    const ti = typeOf(i);
    if (ti.lookup("__float__") === undefined && ti.lookup("__index__") === undefined)
      throw typeError(`complex() second argument must be a number, not '${ti.name}'`);
  }
  if (i === undefined) return makeComplex(cls, rr, ri);
  let ir: number, ii = 0;
  if (i instanceof PyComplex) { ir = i.re; ii = i.im; }
  else ir = yield* floatArg(i, `complex() second argument must be a number, not '${typeOf(i).name}'`);
  return makeComplex(cls, rr - ii, rc ? ir + ri : ir);
}
{
  const b = defBuiltin2(C.ns, "__new__", ["cls", "real?", "imag?"], complexNewS, complexNew, null);
  b.qualname = "complex.__new__";
  b.argErr = (n, kw, dup) => kw === undefined
    ? typeError(`complex() takes at most 2 arguments (${n - 1} given)`)
    : dup ? typeError(`argument for complex() given by name ('${kw}') and position (${kw === "real" ? 1 : 2})`)
    : typeError(`'${kw}' is an invalid keyword argument for complex()`);
}

