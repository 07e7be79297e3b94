// The math module: CPython 3.11's functions with its argument conversions, special values and
// errors ("math domain error" / "math range error"). Floating-point results come from the
// correctly rounded runtime/libm.ts where glibc is correctly rounded, exact integer algorithms
// for the integer functions, and CPython's own algorithms for gamma/lgamma and fsum.

import {
  PyFloat, PyTuple, PyBoxed, NEED, None, Gen, typeOf, intType, floatType,
} from "../runtime/core.ts";
import { defBuiltin, defBuiltin2, PyBuiltin } from "../runtime/function.ts";
import { typeError, valueError, overflowError, zeroDivisionError } from "../runtime/exceptions.ts";
import { asInt, index, indexS, toArray, binop, mulS, MUL } from "../runtime/ops.ts";
import { callDunder } from "../runtime/call.ts";
import * as I from "../runtime/int.ts";
import type { Int } from "../runtime/int.ts";
import { frexp, ldexp, nextafter, ulp, bigToDouble } from "../runtime/float.ts";
import { floatToInt } from "../runtime/int_methods.ts";
import {
  crExp, crExp2, crLog, crLog2, crPow, crSin, crCos, crTan, crAtan, crAtan2, crAsin, crAcos,
  crHypotN, crErf, crErfc,
} from "../runtime/libm.ts";
import { registerModule, makeModule } from "../interp/interpreter.ts";
import { gammaFn, lgammaFn, fsumArray, isqrt, factorial, comb, perm } from "./math2.ts";

const F = (x: number) => new PyFloat(x);
const domainError = () => valueError("math domain error");
const rangeError = () => overflowError("math range error");

// --- argument conversion (CPython's PyFloat_AsDouble) ---------------------------------------------

/** The double value of x when no Python code must run; NEED otherwise. */
export function dblS(x: any): any {
  switch (typeof x) {
    case "number": return x;
    case "bigint": return I.toFloat(x);
    case "boolean": return x ? 1 : 0;
    case "string": throw typeError("must be real number, not str");
  }
  if (x instanceof PyFloat) return x.v;
  const t = typeOf(x);
  const f = t.lookup("__float__");
  if (f !== undefined) {
    if (x instanceof PyBoxed && f === intType.ns.__float__) return I.toFloat(x.v);
    return NEED;
  }
  if (t.lookup("__index__") !== undefined) return NEED;
  throw typeError(`must be real number, not ${t.name}`);
}
/** PyFloat_AsDouble: floats, ints, __float__, __index__. */
export function* dbl(x: any): Gen<number> {
  const r = dblS(x);
  if (r !== NEED) return r;
  const t = typeOf(x);
  const f = t.lookup("__float__");
  if (f !== undefined && f !== None) {
    const v = yield* callDunder(f, x, t, []);
    if (!(v instanceof PyFloat)) throw typeError(`${t.name}.__float__ returned non-float (type ${typeOf(v).name})`);
    return v.v;
  }
  return I.toFloat(yield* index(x));
}

// --- defining functions ----------------------------------------------------------------------------

let NS: Record<string, any> = null as any;
function fn(name: string, spec: string[], impl: (...a: any[]) => any): PyBuiltin {
  const b = defBuiltin(NS, name, spec, impl);
  b.module = "math";
  if (spec.length === 1 && spec[0].startsWith("*")) {
    b.argErr = (_n: number, kw: string | undefined) => typeError(`math.${name}() takes no keyword arguments`);
  }
  return b;
}
function fn2(name: string, spec: string[], sync: (...a: any[]) => any, gen: (...a: any[]) => Gen): PyBuiltin {
  const b = defBuiltin2(NS, name, spec, sync, gen);
  b.module = "math";
  if (spec.length === 2 && spec[1] === "/") {
    // CPython's METH_O functions: "math.sqrt() takes exactly one argument (0 given)"
    b.argErr = (n: number, kw: string | undefined) => typeError(kw !== undefined
      ? `math.${name}() takes no keyword arguments` : `math.${name}() takes exactly one argument (${n} given)`);
  }
  return b;
}

/** CPython's math_1: NaN from a non-NaN is a domain error, inf from a finite an overflow/domain error. */
function math1(x: number, r: number, canOverflow: boolean): number {
  if (r !== r && x === x) throw domainError();
  if ((r === Infinity || r === -Infinity) && isFinite(x)) throw canOverflow ? rangeError() : domainError();
  return r;
}
/** A one-argument float function with math_1 error handling. */
function unary(name: string, f: (x: number) => number, canOverflow: boolean): void {
  fn2(name, ["x", "/"], (x: any) => {
    const v = dblS(x);
    return v === NEED ? NEED : F(math1(v, f(v), canOverflow));
  }, function* (x: any) {
    const v = yield* dbl(x);
    return F(math1(v, f(v), canOverflow));
  });
}
/** CPython's math_2 error handling for a two-argument float function. */
function math2(x: number, y: number, r: number): number {
  if (r !== r) { if (x === x && y === y) throw domainError(); }
  else if ((r === Infinity || r === -Infinity) && isFinite(x) && isFinite(y)) throw rangeError();
  return r;
}
function binary(name: string, f: (x: number, y: number) => number, spec = ["x", "y", "/"]): void {
  fn2(name, spec, (x: any, y: any) => {
    const a = dblS(x);
    if (a === NEED) return NEED;
    const b = dblS(y);
    return b === NEED ? NEED : F(f(a, b));
  }, function* (x: any, y: any) {
    const a = yield* dbl(x);
    return F(f(a, yield* dbl(y)));
  });
}

// --- special-valued helpers --------------------------------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function signBit(x: number): boolean {
  f64[0] = x;
  return (u32[1] >>> 31) === 1;
}
function copysign(x: number, y: number): number {
  const a = Math.abs(x);
  return signBit(y) ? -a : a;
}
/** C99 pow plus CPython's errors (math.pow). */
function mathPow(x: number, y: number): number {
  let r: number;
  if (!isFinite(x) || !isFinite(y)) {
    if (x !== x) r = y === 0 ? 1 : x;
    else if (y !== y) r = x === 1 ? 1 : y;
    else if (x === Infinity || x === -Infinity) {
      const odd = isFinite(y) && Math.abs(y % 2) === 1;
      if (y > 0) r = odd ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = odd ? copysign(0, x) : 0;
    } else {
      const ax = Math.abs(x);
      if (ax === 1) r = 1;
      else if (y > 0 && ax > 1) r = y;
      else if (y < 0 && ax < 1) r = -y;
      else r = 0;
    }
    return r;
  }
  if (y === 0 || x === 1) return 1;
  if (x === 0) {
    const odd = Number.isInteger(y) && Math.abs(y % 2) === 1;
    if (y < 0) throw domainError(); // pow(0, negative) is a pole
    return odd ? x : 0;
  }
  if (x < 0) {
    if (!Number.isInteger(y)) throw domainError();
    r = crPow(-x, y);
    if (Math.abs(y % 2) === 1) r = -r;
  } else r = crPow(x, y);
  if (r === Infinity || r === -Infinity) throw rangeError();
  return r;
}
/** log-family helper (CPython's loghelper): exact for huge ints, domain errors for x <= 0. */
function logOf(x: any, f: (v: number) => number): any {
  const n = asInt(x);
  if (n !== undefined) {
    if (I.sign(n) <= 0) throw domainError();
    if (typeof n === "number" || I.bitLength(n) <= 1023) return f(I.toFloat(n));
    // x = m * 2**e with m in [0.5, 1): log(x) = log(m) + e*log(2)
    let e = I.bitLength(n);
    let m = bigToDouble(n, -e);
    if (m === 1) { m = 0.5; e += 1; }
    return f(m) + f(2) * e;
  }
  const v = dblS(x);
  if (v === NEED) return NEED;
  return logOfDouble(v, f);
}
function logOfDouble(v: number, f: (v: number) => number): number {
  if (v !== v || v === Infinity) return v;
  if (!(v > 0)) throw domainError();
  return f(v);
}
function* logOfG(x: any, f: (v: number) => number): Gen<number> {
  const r = logOf(x, f);
  if (r !== NEED) return r;
  return logOfDouble(yield* dbl(x), f);
}
/** CPython's m_remainder: IEEE 754 remainder. */
function remainder(x: number, y: number): number {
  if (isFinite(x) && isFinite(y)) {
    if (y === 0) return NaN;
    const ax = Math.abs(x), ay = Math.abs(y);
    const m = ax % ay;
    const c = ay - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2 * ((0.5 * (ax - m)) % ay); // half-way: pick the even multiple
    return copysign(1, x) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) return NaN;
  return x;
}

/** ceil/floor: exact floats directly, else the type's __ceil__/__floor__, else via float. */
function roundingFn(name: string, dunder: string, op: (x: number) => number): void {
  fn2(name, ["x", "/"], (x: any) => {
    if (x instanceof PyFloat && x.$cls === floatType) return floatToInt(op(x.v));
    switch (typeof x) {
      case "number": case "bigint": return x;
      case "boolean": return x ? 1 : 0;
    }
    return NEED;
  }, function* (x: any) {
    const t = typeOf(x);
    const f = t.lookup(dunder);
    if (f !== undefined && f !== None) return yield* callDunder(f, x, t, []);
    return floatToInt(op(yield* dbl(x)));
  });
}

// --- the module ------------------------------------------------------------------------------------

registerModule("math", () => makeModule("math", (ns) => {
  NS = ns;
  ns.pi = F(Math.PI);
  ns.e = F(Math.E);
  ns.tau = F(2 * Math.PI);
  ns.inf = F(Infinity);
  ns.nan = F(NaN);

  // exponentials and logarithms
  unary("exp", crExp, true);
  unary("exp2", crExp2, true);
  unary("expm1", Math.expm1, true);
  unary("sqrt", Math.sqrt, false);
  unary("cbrt", Math.cbrt, false);
  unary("log1p", Math.log1p, false);
  const log = fn2("log", ["x", "base?", "/"], (x: any, base: any) => {
    const num = logOf(x, crLog);
    if (num === NEED) return NEED;
    if (base === undefined) return F(num);
    const den = logOf(base, crLog);
    if (den === NEED) return NEED;
    if (den === 0) throw zeroDivisionError("float division by zero");
    return F(num / den);
  }, function* (x: any, base: any) {
    const num = yield* logOfG(x, crLog);
    if (base === undefined) return F(num);
    const den = yield* logOfG(base, crLog);
    if (den === 0) throw zeroDivisionError("float division by zero");
    return F(num / den);
  });
  log.argErr = (_n: number, kw: string | undefined) =>
    typeError(kw !== undefined ? "log() takes no keyword arguments" : "math.log requires 1 to 2 arguments");
  for (const [name, f] of [["log2", crLog2], ["log10", Math.log10]] as [string, (v: number) => number][]) {
    fn2(name, ["x", "/"], (x: any) => {
      const r = logOf(x, f);
      return r === NEED ? NEED : F(r);
    }, function* (x: any) { return F(yield* logOfG(x, f)); });
  }
  binary("pow", mathPow);

  // trigonometric and hyperbolic
  unary("sin", crSin, false);
  unary("cos", crCos, false);
  unary("tan", crTan, false);
  unary("asin", crAsin, false);
  unary("acos", crAcos, false);
  unary("atan", crAtan, false);
  binary("atan2", (y, x) => math2(y, x, crAtan2(y, x)), ["y", "x", "/"]);
  unary("sinh", Math.sinh, true);
  unary("cosh", Math.cosh, true);
  unary("tanh", Math.tanh, false);
  unary("asinh", Math.asinh, false);
  unary("acosh", Math.acosh, false);
  unary("atanh", Math.atanh, false);
  unary("fabs", Math.abs, false);
  const radToDeg = 180 / Math.PI, degToRad = Math.PI / 180;
  unary("degrees", (x) => x * radToDeg, false);
  unary("radians", (x) => x * degToRad, false);

  // special functions
  for (const [name, f] of [["erf", crErf], ["erfc", crErfc], ["gamma", gammaFn], ["lgamma", lgammaFn]] as [string, (v: number) => number][]) {
    fn2(name, ["x", "/"], (x: any) => {
      const v = dblS(x);
      return v === NEED ? NEED : F(f(v));
    }, function* (x: any) { return F(f(yield* dbl(x))); });
  }

  // floating-point manipulation
  binary("copysign", (x, y) => copysign(x, y));
  binary("fmod", (x, y) => {
    if ((y === Infinity || y === -Infinity) && isFinite(x)) return x;
    const r = x % y;
    if (r !== r && x === x && y === y) throw domainError();
    return r;
  });
  binary("remainder", (x, y) => math2(x, y, remainder(x, y)));
  binary("nextafter", nextafter);
  unary("ulp", ulp, false);
  fn2("frexp", ["x", "/"], (x: any) => {
    const v = dblS(x);
    if (v === NEED) return NEED;
    const [m, e] = frexp(v);
    return new PyTuple([F(m), e]);
  }, function* (x: any) {
    const [m, e] = frexp(yield* dbl(x));
    return new PyTuple([F(m), e]);
  });
  const modf = (v: number) => {
    if (v === Infinity || v === -Infinity) return new PyTuple([F(copysign(0, v)), F(v)]);
    if (v !== v) return new PyTuple([F(v), F(v)]);
    const ip = Math.trunc(v);
    const fp = v - ip;
    return new PyTuple([F(fp === 0 ? copysign(0, v) : fp), F(ip === 0 ? copysign(0, v) : ip)]);
  };
  fn2("modf", ["x", "/"], (x: any) => {
    const v = dblS(x);
    return v === NEED ? NEED : modf(v);
  }, function* (x: any) { return modf(yield* dbl(x)); });
  const ldexpImpl = (v: number, i: any) => {
    const n = asInt(i);
    if (n === undefined) throw typeError("Expected an int as second argument to ldexp.");
    if (v === 0 || !isFinite(v)) return F(v);
    if (I.cmp(n, 2147483647) > 0) throw rangeError();
    if (I.cmp(n, -2147483648) < 0) return F(copysign(0, v));
    const r = ldexp(v, Number(n));
    if (r === Infinity || r === -Infinity) throw rangeError();
    return F(r);
  };
  fn2("ldexp", ["x", "i", "/"], (x: any, i: any) => {
    const v = dblS(x);
    return v === NEED ? NEED : ldexpImpl(v, i);
  }, function* (x: any, i: any) { return ldexpImpl(yield* dbl(x), i); });
  roundingFn("ceil", "__ceil__", Math.ceil);
  roundingFn("floor", "__floor__", Math.floor);
  fn2("trunc", ["x", "/"], (x: any) => {
    if (x instanceof PyFloat && x.$cls === floatType) return floatToInt(Math.trunc(x.v));
    switch (typeof x) {
      case "number": case "bigint": return x;
      case "boolean": return x ? 1 : 0;
    }
    return NEED;
  }, function* (x: any) {
    const t = typeOf(x);
    const f = t.lookup("__trunc__");
    if (f === undefined || f === None) throw typeError(`type ${t.name} doesn't define __trunc__ method`);
    return yield* callDunder(f, x, t, []);
  });

  // classification and comparison
  for (const [name, test] of [["isfinite", isFinite], ["isinf", (v: number) => v === Infinity || v === -Infinity], ["isnan", (v: number) => v !== v]] as [string, (v: number) => boolean][]) {
    fn2(name, ["x", "/"], (x: any) => {
      const v = dblS(x);
      return v === NEED ? NEED : test(v);
    }, function* (x: any) { return test(yield* dbl(x)); });
  }
  fn("isclose", ["a", "b", "*", "rel_tol?", "abs_tol?"], function* (a: any, b: any, rt: any, at: any) {
    const x = yield* dbl(a), y = yield* dbl(b);
    const rel = rt === undefined ? 1e-9 : yield* dbl(rt);
    const abs = at === undefined ? 0 : yield* dbl(at);
    if (rel < 0 || abs < 0) throw valueError("tolerances must be non-negative");
    if (x === y) return true;
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return false;
    const diff = Math.abs(y - x);
    return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
  }).argErr = (n: number, kw: string | undefined, dup: boolean) => typeError(kw !== undefined
    ? (dup ? `argument for isclose() given by name ('${kw}') and position (${kw === "a" ? 1 : 2})` : `'${kw}' is an invalid keyword argument for isclose()`)
    : n > 2 ? `isclose() takes exactly 2 positional arguments (${n} given)`
    : `isclose() missing required argument '${n === 0 ? "a" : "b"}' (pos ${n + 1})`);

  // sums, products, norms
  fn("fsum", ["seq", "/"], function* (seq: any) {
    const items = yield* toArray(seq);
    const xs = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const v = dblS(items[i]);
      xs[i] = v === NEED ? yield* dbl(items[i]) : v;
    }
    return F(fsumArray(xs));
  });
  fn("prod", ["iterable", "/", "*", "start?"], function* (it: any, start: any) {
    let acc = start === undefined ? 1 : start;
    const items = yield* toArray(it);
    for (const x of items) {
      const r = mulS(acc, x);
      acc = r !== NEED ? r : yield* binop(acc, x, MUL);
    }
    return acc;
  }).argErr = (n: number, kw: string | undefined) => typeError(kw !== undefined && kw !== "iterable"
    ? `'${kw}' is an invalid keyword argument for prod()` : `prod() takes exactly 1 positional argument (${n} given)`);
  fn("hypot", ["*coordinates"], function* (args: any[]) {
    const v = new Array(args.length);
    for (let i = 0; i < args.length; i++) {
      const d = dblS(args[i]);
      v[i] = d === NEED ? yield* dbl(args[i]) : d;
    }
    return F(crHypotN(v, v.length));
  });
  fn("dist", ["p", "q", "/"], function* (p: any, q: any) {
    const ps = yield* toArray(p), qs = yield* toArray(q);
    if (ps.length !== qs.length) throw valueError("both points must have the same number of dimensions");
    const v = new Array(ps.length);
    for (let i = 0; i < ps.length; i++) {
      const a = yield* dbl(ps[i]), b = yield* dbl(qs[i]);
      v[i] = Math.abs(a - b);
    }
    return F(crHypotN(v, v.length));
  });

  // integer functions
  fn2("factorial", ["n", "/"], (n: any) => {
    const v = indexS(n);
    return v === NEED ? NEED : factorial(v);
  }, function* (n: any) { return factorial(yield* index(n)); });
  fn2("isqrt", ["n", "/"], (n: any) => {
    const v = indexS(n);
    return v === NEED ? NEED : isqrt(v);
  }, function* (n: any) { return isqrt(yield* index(n)); });
  fn("gcd", ["*integers"], function* (args: any[]) {
    let g: Int = 0;
    for (const a of args) g = I.gcd(g, yield* index(a));
    return g;
  });
  fn("lcm", ["*integers"], function* (args: any[]) {
    let l: Int = 1;
    for (const a of args) {
      const v = yield* index(a);
      if (l === 0 || v === 0) { l = 0; continue; }
      l = I.abs(I.mul(I.floordiv(l, I.gcd(l, v)), v));
    }
    return l;
  });
  fn("comb", ["n", "k", "/"], function* (n: any, k: any) {
    return comb(yield* index(n), yield* index(k));
  });
  fn("perm", ["n", "k?", "/"], function* (n: any, k: any) {
    const nv = yield* index(n);
    return perm(nv, k === undefined || k === None ? undefined : yield* index(k));
  });
}));

