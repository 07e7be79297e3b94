// The `int` and `bool` types: construction (int(x), int(s, base), bool(x)), the numeric special
// methods (used for int subclasses, explicit calls and reflected operations — builtin operands go
// through the sync paths of ops.ts), and int's methods and attributes.

import {
  PyType, PyBoxed, PyFloat, PyTuple, PyBytes, PyByteArray, NEED, Ns, None, NotImplemented, typeOf,
  isSubtype, intType, boolType, strType, Gen,
} from "./core.ts";
import { defMethod, defMethod2, defBuiltin, defBuiltin2, PyBuiltin } from "./function.ts";
import { defGetSet, PyClassMethod } from "./attr.ts";
import { typeError, valueError, overflowError } from "./exceptions.ts";
import { asInt, index, indexS, truth, truthS, toArray } from "./ops.ts";
import { callDunder, callv } from "./call.ts";
import { repr, strRepr } from "./repr.ts";
import * as I from "./int.ts";
import type { Int } from "./int.ts";
import { hashInt, floatPow } from "./float.ts";

const T = intType;
// instances of int subclasses keep their value in a PyBoxed
T.alloc = (cls) => new PyBoxed(cls, 0);

/** The int value of `self` for int's methods (int, bool or int subclass instance). */
export function intSelf(self: any, name: string): Int {
  switch (typeof self) {
    case "number": case "bigint": return self;
    case "boolean": return self ? 1 : 0;
  }
  if (self instanceof PyBoxed && isSubtype(self.$cls, intType)) return self.v;
  throw typeError(`descriptor '${name}' requires a 'int' object but received a '${typeOf(self).name}'`);
}
/** Same check with the wording CPython uses for ordinary (non-slot) methods. */
function intSelfM(self: any, name: string): Int {
  const v = asInt(self);
  if (v === undefined) throw typeError(`descriptor '${name}' for 'int' objects doesn't apply to a '${typeOf(self).name}' object`);
  return v;
}

/** An instance of cls (int or a subclass) holding v. */
export function makeInt(cls: PyType, v: Int): any {
  if (cls === intType) return v;
  const o = new PyBoxed(cls, v);
  if (cls.hasDict) o.$d = new Ns();
  return o;
}

/** int(float): truncation with CPython's errors for nan and infinities. */
export function floatToInt(x: number): Int {
  if (x !== x) throw valueError("cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) throw overflowError("cannot convert float infinity to integer");
  return I.fromFloat(x);
}

// --- construction ------------------------------------------------------------------------------

function invalidLiteral(base: number, shown: string) {
  return valueError(`invalid literal for int() with base ${base}: ${shown}`);
}
/** Parse a str for int(); throws ValueError with the repr of the argument. */
function parseStr(s: string, base: number): Int {
  const v = I.parseInt_(s, base);
  if (v === undefined) throw invalidLiteral(base, strRepr(s));
  return v;
}
function bytesText(x: any): string | undefined {
  if (x instanceof PyBytes) return String.fromCharCode.apply(null, x.b as any);
  if (x instanceof PyByteArray) return String.fromCharCode.apply(null, x.view() as any);
  return undefined;
}
function* parseAny(x: any, base: number): Gen<Int> {
  const s = typeof x === "string" ? x : x instanceof PyBoxed && isSubtype(x.$cls, strType) ? x.v : undefined;
  if (s !== undefined) return parseStr(s, base);
  const b = bytesText(x)!;
  // bytes: only ASCII can be digits or whitespace
  const v = /[^\x00-\x7f]/.test(b) ? undefined : I.parseInt_(b, base);
  if (v === undefined) throw invalidLiteral(base, yield* repr(x));
  return v;
}
function isTextLike(x: any): boolean {
  return typeof x === "string" || (x instanceof PyBoxed && isSubtype(x.$cls, strType)) || x instanceof PyBytes || x instanceof PyByteArray;
}
function notConvertible(x: any) {
  return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeOf(x).name}'`);
}

/** int(x) with one argument, sync attempt: NEED when Python code (a user __int__...) must run. */
export function intFromS(x: any): any {
  switch (typeof x) {
    case "number": case "bigint": return x;
    case "boolean": return x ? 1 : 0;
    case "string": return parseStr(x, 10);
  }
  const t: PyType = x.$cls;
  if (x instanceof PyFloat && t.isBuiltin) return floatToInt(x.v);
  const f = t.lookup("__int__");
  if (f !== undefined) {
    if (f instanceof PyBuiltin && f.$fs !== null) {
      const r = f.$fs(x);
      if (r === NEED) return NEED;
      return checkIntResult(r, "__int__");
    }
    return NEED;
  }
  const ix = t.lookup("__index__");
  if (ix !== undefined) {
    if (ix instanceof PyBuiltin && ix.$fs !== null) {
      const r = ix.$fs(x);
      return r === NEED ? NEED : checkIntResult(r, "__index__");
    }
    return NEED;
  }
  if (t.lookup("__trunc__") !== undefined) return NEED;
  if (isTextLike(x)) return NEED;
  throw notConvertible(x);
}
function checkIntResult(r: any, name: string): Int {
  const v = asInt(r);
  if (v === undefined) throw typeError(`${name} returned non-int (type ${typeOf(r).name})`);
  return v;
}
/** int(x) with one argument: CPython's PyNumber_Long (__int__, __index__, __trunc__, text). */
export function* intFrom(x: any): Gen<Int> {
  const s = intFromS(x);
  if (s !== NEED) return s;
  const t = typeOf(x);
  const f = t.lookup("__int__");
  if (f !== undefined && f !== None) return checkIntResult(yield* callDunder(f, x, t, []), "__int__");
  const ix = t.lookup("__index__");
  if (ix !== undefined && ix !== None) return checkIntResult(yield* callDunder(ix, x, t, []), "__index__");
  const tr = t.lookup("__trunc__");
  if (tr !== undefined && tr !== None) {
    const r = yield* callDunder(tr, x, t, []);
    const v = asInt(r);
    if (v !== undefined) return v;
    const rt = typeOf(r);
    if (rt.lookup("__index__") === undefined) throw typeError(`__trunc__ returned non-Integral (type ${rt.name})`);
    return yield* index(r);
  }
  if (isTextLike(x)) return yield* parseAny(x, 10);
  throw notConvertible(x);
}

function checkNewCls(cls: any, owner: PyType): void {
  if (!(cls instanceof PyType)) throw typeError(`${owner.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!isSubtype(cls, owner)) throw typeError(`${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
  if (owner === intType && cls !== intType && isSubtype(cls, boolType)) throw typeError("int.__new__(bool) is not safe, use bool.__new__()");
}
function baseValue(b: Int): number {
  if (typeof b === "bigint" || (b !== 0 && (b < 2 || b > 36))) throw valueError("int() base must be >= 2 and <= 36, or 0");
  return b;
}

function intNewS(cls: any, x: any, base: any): any {
  if (cls !== intType) checkNewCls(cls, intType);
  let v: any;
  if (base === undefined) {
    if (x === undefined) return makeInt(cls, 0);
    v = intFromS(x);
    if (v === NEED) return NEED;
    return makeInt(cls, v);
  }
  if (x === undefined) throw typeError("int() missing string argument");
  const b = indexS(base);
  if (b === NEED) return NEED;
  const bv = baseValue(b);
  if (typeof x === "string") return makeInt(cls, parseStr(x, bv));
  if (!isTextLike(x)) throw typeError("int() can't convert non-string with explicit base");
  return NEED;
}
function* intNew(cls: any, x: any, base: any): Gen<any> {
  if (cls !== intType) checkNewCls(cls, intType);
  if (base === undefined) return makeInt(cls, x === undefined ? 0 : yield* intFrom(x));
  if (x === undefined) throw typeError("int() missing string argument");
  const bv = baseValue(yield* index(base));
  if (!isTextLike(x)) throw typeError("int() can't convert non-string with explicit base");
  return makeInt(cls, yield* parseAny(x, bv));
}
{
  const b = defBuiltin2(T.ns, "__new__", ["cls", "x?", "/", "base?"], intNewS, intNew, null);
  b.qualname = "int.__new__";
  b.argErr = (n, kw, dup) => kw !== undefined && !dup
    ? typeError(`'${kw}' is an invalid keyword argument for int()`)
    : typeError(`int() takes at most 2 arguments (${n - 1 + (dup ? 1 : 0)} given)`);
}

/** Argument errors of a one-argument Argument-Clinic constructor (float(), bool()). */
export function clinicArgErr(name: string) {
  return (n: number, kw: string | undefined) => kw !== undefined
    ? typeError(`${name}() takes no keyword arguments`)
    : typeError(`${name} expected at most 1 argument, got ${n - 1}`);
}

// --- arithmetic --------------------------------------------------------------------------------

type F2 = (a: Int, b: Int) => any;
/** Define __name__ and __rname__ from one int function; non-int operands give NotImplemented. */
function binary(name: string, f: F2): void {
  const dn = `__${name}__`, rn = `__r${name}__`;
  defMethod(T, dn, ["value", "/"], (self: any, o: any) => {
    const a = intSelf(self, dn), b = asInt(o);
    return b === undefined ? NotImplemented : f(a, b);
  });
  defMethod(T, rn, ["value", "/"], (self: any, o: any) => {
    const a = intSelf(self, rn), b = asInt(o);
    return b === undefined ? NotImplemented : f(b, a);
  });
}
binary("add", I.add);
binary("sub", I.sub);
binary("mul", I.mul);
binary("floordiv", I.floordiv);
binary("mod", I.mod);
binary("truediv", (a, b) => new PyFloat(I.truediv(a, b)));
binary("divmod", (a, b) => new PyTuple(I.divmod(a, b)));
binary("lshift", I.lshift);
binary("rshift", I.rshift);
binary("and", I.and);
binary("or", I.or);
binary("xor", I.xor);

/** int ** int (optionally modulo m); a negative exponent without modulus gives a float. */
export function intPow(a: Int, b: Int, m: any): any {
  if (m === undefined || m === None) {
    if (I.sign(b) < 0) return new PyFloat(floatPow(I.toFloat(a), I.toFloat(b))!);
    return I.pow(a, b);
  }
  const mv = asInt(m);
  if (mv === undefined) return NotImplemented;
  return I.powmod(a, b, mv);
}
defMethod(T, "__pow__", ["value", "mod?", "/"], (self: any, o: any, m: any) => {
  const a = intSelf(self, "__pow__"), b = asInt(o);
  return b === undefined ? NotImplemented : intPow(a, b, m);
});
defMethod(T, "__rpow__", ["value", "mod?", "/"], (self: any, o: any, m: any) => {
  const a = intSelf(self, "__rpow__"), b = asInt(o);
  return b === undefined ? NotImplemented : intPow(b, a, m);
});

defMethod(T, "__neg__", [], (self: any) => I.neg(intSelf(self, "__neg__")));
defMethod(T, "__pos__", [], (self: any) => intSelf(self, "__pos__"));
defMethod(T, "__abs__", [], (self: any) => I.abs(intSelf(self, "__abs__")));
defMethod(T, "__invert__", [], (self: any) => I.invert(intSelf(self, "__invert__")));
defMethod(T, "__bool__", [], (self: any) => intSelf(self, "__bool__") != 0);
defMethod(T, "__int__", [], (self: any) => intSelf(self, "__int__"));
defMethod(T, "__index__", [], (self: any) => intSelf(self, "__index__"));
defMethod(T, "__float__", [], (self: any) => new PyFloat(I.toFloat(intSelf(self, "__float__"))));
defMethod(T, "__trunc__", [], (self: any) => intSelfM(self, "__trunc__"));
defMethod(T, "__floor__", [], (self: any) => intSelfM(self, "__floor__"));
defMethod(T, "__ceil__", [], (self: any) => intSelfM(self, "__ceil__"));
defMethod(T, "conjugate", [], (self: any) => intSelfM(self, "conjugate"));
defMethod(T, "__getnewargs__", [], (self: any) => new PyTuple([intSelfM(self, "__getnewargs__")]));

/** round(n, nd) for an int and a negative nd: to a multiple of 10**-nd, half to even. */
export function roundInt(v: Int, nd: Int): Int {
  if (I.sign(nd) >= 0) return v;
  const k = I.neg(nd);
  // 10**k > 2*|v| makes the result 0 whatever the rounding
  if (typeof k === "bigint" || k > I.bitLength(v) * 0.30103 + 2) return 0;
  const p = I.pow(10, k);
  const [q, r] = I.divmod(v, p);
  // r in [0, p): round up when past the half, or at the half with an odd quotient
  const twice = I.mul(r, 2), c = I.cmp(twice, p);
  const up = c > 0 || (c === 0 && I.and(q, 1) === 1);
  return I.mul(up ? I.add(q, 1) : q, p);
}
defMethod2(T, "__round__", ["ndigits?", "/"], (self: any, nd: any) => {
  const v = intSelfM(self, "__round__");
  if (nd === undefined) return v;
  const n = indexS(nd);
  return n === NEED ? NEED : roundInt(v, n);
}, function* (self: any, nd: any) {
  const v = intSelfM(self, "__round__");
  return nd === undefined ? v : roundInt(v, yield* index(nd));
});

// --- comparison, hashing, repr -------------------------------------------------------------------

function compare(name: string, test: (c: number) => boolean): void {
  defMethod(T, name, ["value", "/"], (self: any, o: any) => {
    const a = intSelf(self, name), b = asInt(o);
    return b === undefined ? NotImplemented : test(I.cmp(a, b));
  });
}
compare("__eq__", (c) => c === 0);
compare("__ne__", (c) => c !== 0);
compare("__lt__", (c) => c < 0);
compare("__le__", (c) => c <= 0);
compare("__gt__", (c) => c > 0);
compare("__ge__", (c) => c >= 0);
defMethod(T, "__hash__", [], (self: any) => hashInt(intSelf(self, "__hash__")));
defMethod(T, "__repr__", [], (self: any) => I.intToStr(intSelf(self, "__repr__")));
defMethod(T, "__sizeof__", [], (self: any) => {
  const v = intSelfM(self, "__sizeof__");
  return 24 + 4 * Math.max(1, Math.ceil(I.bitLength(v) / 30));
});

// --- methods and attributes ------------------------------------------------------------------------

defMethod(T, "bit_length", [], (self: any) => I.bitLength(intSelfM(self, "bit_length")));
defMethod(T, "bit_count", [], (self: any) => I.bitCount(intSelfM(self, "bit_count")));
defMethod(T, "as_integer_ratio", [], (self: any) => new PyTuple([intSelfM(self, "as_integer_ratio"), 1]));
defGetSet(T, "real", (self: any) => intSelfM(self, "real"));
defGetSet(T, "imag", (self: any) => { intSelfM(self, "imag"); return 0; });
defGetSet(T, "numerator", (self: any) => intSelfM(self, "numerator"));
defGetSet(T, "denominator", (self: any) => { intSelfM(self, "denominator"); return 1; });

function byteOrder(bo: any, fname: string): boolean {
  if (bo === undefined) return false;
  if (typeof bo !== "string") throw typeError(`${fname}() argument 'byteorder' must be str, not ${typeOf(bo).name}`);
  if (bo === "little") return true;
  if (bo === "big") return false;
  throw valueError("byteorder must be either 'little' or 'big'");
}
/** int.to_bytes core: two's complement (when signed) in `len` bytes. */
function toBytes(v: Int, len: Int, little: boolean, signed: boolean): PyBytes {
  if (I.sign(len) < 0) throw valueError("length argument must be non-negative");
  if (!signed && I.sign(v) < 0) throw overflowError("can't convert negative int to unsigned");
  if (typeof len === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
  const n = len;
  let V = I.big(v);
  const bits = BigInt(n * 8);
  if (n === 0) {
    if (V === 0n || (signed && V === -1n)) return new PyBytes(new Uint8Array(0));
    throw overflowError("int too big to convert");
  }
  const fits = signed ? V >= -(1n << (bits - 1n)) && V < (1n << (bits - 1n)) : V < (1n << bits);
  if (!fits) throw overflowError("int too big to convert");
  if (V < 0n) V += 1n << bits;
  const out = new Uint8Array(n);
  let h = V.toString(16);
  if (h.length % 2) h = "0" + h;
  // big-endian hex digits fill the tail of the buffer
  for (let i = h.length - 2, k = n - 1; i >= 0; i -= 2, k--) out[k] = parseInt(h.substr(i, 2), 16);
  if (little) out.reverse();
  return new PyBytes(out);
}
defMethod2(T, "to_bytes", ["length?", "byteorder?", "*", "signed?"], (self: any, len: any, bo: any, sg: any) => {
  const v = intSelfM(self, "to_bytes");
  const n = len === undefined ? 1 : indexS(len);
  if (n === NEED) return NEED;
  const little = byteOrder(bo, "to_bytes");
  const s = sg === undefined ? false : truthS(sg);
  if (s === NEED) return NEED;
  return toBytes(v, n, little, s);
}, function* (self: any, len: any, bo: any, sg: any) {
  const v = intSelfM(self, "to_bytes");
  const n = len === undefined ? 1 : yield* index(len);
  const little = byteOrder(bo, "to_bytes");
  const s = sg === undefined ? false : yield* truth(sg);
  return toBytes(v, n, little, s);
});

/** int.from_bytes core on a byte array. */
function fromBytes(b: Uint8Array, little: boolean, signed: boolean): Int {
  const n = b.length;
  if (n === 0) return 0;
  if (n <= 6) {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + b[little ? n - 1 - i : i];
    if (signed && b[little ? n - 1 : 0] >= 128) v -= 2 ** (8 * n);
    return v;
  }
  let h = "";
  for (let i = 0; i < n; i++) {
    const x = b[little ? n - 1 - i : i];
    h += (x < 16 ? "0" : "") + x.toString(16);
  }
  let V = BigInt("0x" + h);
  if (signed && b[little ? n - 1 : 0] >= 128) V -= 1n << BigInt(8 * n);
  return I.norm(V);
}
function* bytesArg(x: any): Gen<Uint8Array> {
  if (x instanceof PyBytes) return x.b;
  if (x instanceof PyByteArray) return x.view();
  const t = typeOf(x);
  const bf = t.lookup("__bytes__");
  if (bf !== undefined) {
    const r = yield* callDunder(bf, x, t, []);
    if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
    return r.b;
  }
  if (typeof x === "string" || (x instanceof PyBoxed && isSubtype(t, strType)) || t.lookup("__iter__") === undefined)
    throw typeError(`cannot convert '${t.name}' object to bytes`);
  const items = yield* toArray(x);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = yield* index(items[i]);
    if (typeof v !== "number" || v < 0 || v > 255) throw valueError("bytes must be in range(0, 256)");
    out[i] = v;
  }
  return out;
}
{
  const b = defBuiltin(T.ns, "from_bytes", ["cls", "bytes", "byteorder?", "*", "signed?"], function* (cls: any, x: any, bo: any, sg: any) {
    const data = yield* bytesArg(x);
    const little = byteOrder(bo, "from_bytes");
    const s = sg === undefined ? false : yield* truth(sg);
    const v = fromBytes(data, little, s);
    if (cls === intType) return v;
    return yield* callv(cls, [v], null, null);
  }, null);
  b.qualname = "int.from_bytes";
  T.ns.from_bytes = new PyClassMethod(b);
}

// --- bool --------------------------------------------------------------------------------------------

const B = boolType;
function boolNewCheck(cls: any): void {
  if (cls !== boolType) checkNewCls(cls, boolType);
}
{
  const b = defBuiltin2(B.ns, "__new__", ["cls", "x?", "/"], (cls: any, x: any) => {
    boolNewCheck(cls);
    return x === undefined ? false : truthS(x);
  }, function* (cls: any, x: any) {
    boolNewCheck(cls);
    return x === undefined ? false : yield* truth(x);
  }, null);
  b.qualname = "bool.__new__";
  b.argErr = clinicArgErr("bool");
}
function boolSelf(self: any, name: string): boolean {
  if (typeof self !== "boolean") throw typeError(`descriptor '${name}' requires a 'bool' object but received a '${typeOf(self).name}'`);
  return self;
}
defMethod(B, "__repr__", [], (self: any) => (boolSelf(self, "__repr__") ? "True" : "False"));
function boolBinary(name: string, fb: (a: boolean, b: boolean) => boolean, fi: F2): void {
  const dn = `__${name}__`, rn = `__r${name}__`;
  defMethod(B, dn, ["value", "/"], (self: any, o: any) => {
    const a = boolSelf(self, dn);
    if (typeof o === "boolean") return fb(a, o);
    const b = asInt(o);
    return b === undefined ? NotImplemented : fi(a ? 1 : 0, b);
  });
  defMethod(B, rn, ["value", "/"], (self: any, o: any) => {
    const a = boolSelf(self, rn);
    if (typeof o === "boolean") return fb(o, a);
    const b = asInt(o);
    return b === undefined ? NotImplemented : fi(b, a ? 1 : 0);
  });
}
boolBinary("and", (a, b) => a && b, I.and);
boolBinary("or", (a, b) => a || b, I.or);
boolBinary("xor", (a, b) => a !== b, I.xor);


