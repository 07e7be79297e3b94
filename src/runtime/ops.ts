// Operator dispatch: truthiness, equality and ordering, hashing, binary/unary/in-place
// operators, iteration, subscripting, containment. Each has a sync attempt (`xxxS`) that
// handles builtin types and returns NEED when a special method written in Python must run,
// and a generator (`xxx`) implementing CPython's full protocol.

import {
  PyObj, PyType, NEED, STOP, None, NotImplemented, typeOf, isSubtype, Gen, PyFloat, PyList,
  PyTuple, PyBoxed, PyComplex, PyBytes, PyByteArray, PyRange, PySlice, intType, floatType, strType,
  boolType, listType, tupleType, dictType, noneType, typeType, EMPTY_TUPLE, complexType, bytesType,
} from "./core.ts";
import * as I from "./int.ts";
import { floatMod, floatFloorDiv, floatDiv, floatPow, hashInt, hashFloat } from "./float.ts";
import { typeError, newExc, StopIteration, zeroDivisionError, valueError, indexError, keyError, PyBaseException, OverflowError, MemoryError } from "./exceptions.ts";
import { callDunder, callv, NOTDEF, callSpecial } from "./call.ts";
import { PyDict } from "./dict.ts";
import { hooks, directKey, IDENTITY_HASH, UNHASHABLE } from "./dictstore.ts";
import { PyFunction, PyBuiltin, PyMethod } from "./function.ts";

const MAX = 9007199254740991;

// --- numbers: coercion helpers -----------------------------------------------------------------

/** The int value of an int-like builtin (int, bool, int subclass), else undefined. */
export function asInt(v: any): number | bigint | undefined {
  switch (typeof v) {
    case "number": case "bigint": return v;
    case "boolean": return v ? 1 : 0;
  }
  if (v instanceof PyBoxed && isSubtype(v.$cls, intType)) return v.v;
  return undefined;
}
/** The float value of an int or float (for mixed arithmetic), else undefined. */
export function asNum(v: any): number | undefined {
  switch (typeof v) {
    case "number": return v;
    case "bigint": return I.toFloat(v);
    case "boolean": return v ? 1 : 0;
  }
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyBoxed && isSubtype(v.$cls, intType)) return I.toFloat(v.v);
  return undefined;
}
export function isIntLike(v: any): boolean {
  const t = typeof v;
  return t === "number" || t === "bigint" || t === "boolean" || (v instanceof PyBoxed && isSubtype(v.$cls, intType));
}
export function isNumber(v: any): boolean { return isIntLike(v) || v instanceof PyFloat; }
export const F = (x: number) => new PyFloat(x);

// --- truthiness --------------------------------------------------------------------------------

export function truthS(v: any): any {
  switch (typeof v) {
    case "boolean": return v;
    case "number": return v !== 0;
    case "string": return v.length !== 0;
    case "bigint": return true;
  }
  if (v === None) return false;
  const t: PyType = v.$cls;
  if (t.isBuiltin) {
    if (v instanceof PyFloat) return v.v !== 0;
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length !== 0;
    if (v instanceof PyDict) return v.size !== 0;
    const ln = t.lookup("__len__");
    if (ln instanceof PyBuiltin && ln.$fs) return (ln.$fs(v) as any) !== 0;
    if (v instanceof PyComplex) return v.re !== 0 || v.im !== 0;
    return true;
  }
  if (t.lookup("__bool__") === undefined && t.lookup("__len__") === undefined) return true;
  return NEED;
}
export function* truth(v: any): Gen<boolean> {
  const r = truthS(v);
  if (r !== NEED) return r;
  const t: PyType = v.$cls;
  const b = t.lookup("__bool__");
  if (b !== undefined) {
    if (b === None) throw typeError(`'${t.name}' object cannot be interpreted as a boolean`);
    const x = yield* callDunder(b, v, t, []);
    if (typeof x !== "boolean") throw typeError(`__bool__ should return bool, returned ${typeOf(x).name}`);
    return x;
  }
  const n = yield* len(v);
  return n !== 0;
}

// --- len ---------------------------------------------------------------------------------------

export function lenS(v: any): any {
  if (typeof v === "string") return strLen(v);
  if (v instanceof PyList || v instanceof PyTuple) { if (v.$cls.isBuiltin) return v.items.length; }
  else if (v instanceof PyDict) { if (v.$cls.isBuiltin) return v.size; }
  const t = typeOf(v);
  const ln = t.lookup("__len__");
  if (ln === undefined) throw typeError(`object of type '${t.name}' has no len()`);
  if (ln instanceof PyBuiltin && ln.$fs) return ln.$fs(v);
  return NEED;
}
export function* len(v: any): Gen<number> {
  const r = lenS(v);
  if (r !== NEED) return r;
  const t = typeOf(v);
  const x = yield* callDunder(t.lookup("__len__"), v, t, []);
  const n = asInt(x);
  if (n === undefined) throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
  if (I.cmp(n, 0) < 0) throw valueError("__len__() should return >= 0");
  if (typeof n === "bigint") throw newExc(OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

let lastStr = "", lastStrLen = 0;
/** len() of a str in code points (a JS string is UTF-16). */
export function strLen(s: string): number {
  if (s === lastStr) return lastStrLen;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  if (s.length > 32) { lastStr = s; lastStrLen = n; }
  return n;
}
/** True when the string has no surrogate pairs (UTF-16 index == code point index). */
export function isBmp(s: string): boolean { return strLen(s) === s.length; }

// --- equality, ordering, hashing ---------------------------------------------------------------

export function eqS(a: any, b: any): any {
  if (a === b) {
    if (a instanceof PyFloat) return a.v === a.v; // nan != nan
    if (typeof a !== "object" || a.$cls.isBuiltin) return true;
  }
  const ta = typeof a, tb = typeof b;
  if (ta === "string" || tb === "string") {
    if (ta === tb) return false; // a === b handled above
    if (ta === "string" ? (typeof b !== "object" || b.$cls.isBuiltin) : (typeof a !== "object" || a.$cls.isBuiltin)) return false;
    return NEED;
  }
  if ((ta === "number" || ta === "bigint" || ta === "boolean") && (tb === "number" || tb === "bigint" || tb === "boolean")) {
    return (ta === "boolean" ? (a ? 1 : 0) : a) === (tb === "boolean" ? (b ? 1 : 0) : b);
  }
  if (ta === "object" && !a.$cls.isBuiltin) return NEED;
  if (tb === "object" && !b.$cls.isBuiltin) return NEED;
  if (a instanceof PyFloat || b instanceof PyFloat) {
    // exact comparison of a float with a big int (asNum would overflow)
    if (typeof a === "bigint" || typeof b === "bigint") return floatIntEq(a, b);
    const x = asNum(a), y = asNum(b);
    if (x === undefined || y === undefined) {
      if ((a instanceof PyComplex) || (b instanceof PyComplex)) return complexEq(a, b);
      return false;
    }
    return x === y;
  }
  if (a instanceof PyList && b instanceof PyList) return seqEqS(a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqEqS(a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) return NEED;
  if (a instanceof PyComplex || b instanceof PyComplex) return complexEq(a, b);
  if (a === None || b === None) return a === b;
  if (typeof a === "object" && typeof b === "object") {
    const ea = a.$cls.lookup("__eq__"), eb = b.$cls.lookup("__eq__");
    if (ea === objectEq && eb === objectEq) return a === b;
  }
  return NEED;
}
function complexEq(a: any, b: any): boolean {
  if (typeof a === "bigint" || typeof b === "bigint") {
    // a huge int equals a complex only through an exactly equal real part
    const c = a instanceof PyComplex ? a : b, n = a instanceof PyComplex ? b : a;
    return c instanceof PyComplex && c.im === 0 && I.cmpFloatInt(c.re, n) === 0;
  }
  const A = a instanceof PyComplex ? a : (asNum(a) !== undefined ? new PyComplex(asNum(a)!, 0) : null);
  const B = b instanceof PyComplex ? b : (asNum(b) !== undefined ? new PyComplex(asNum(b)!, 0) : null);
  if (!A || !B) return false;
  return A.re === B.re && A.im === B.im;
}
function floatIntEq(a: any, b: any): boolean {
  const f = a instanceof PyFloat ? a.v : b.v, i = a instanceof PyFloat ? b : a;
  if (!Number.isInteger(f)) return false;
  return BigInt(f) === I.big(i);
}
function seqEqS(x: any[], y: any[]): any {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const a = x[i], b = y[i];
    if (a === b) continue;
    const r = eqS(a, b);
    if (r === NEED) return NEED;
    if (!r) return false;
  }
  return true;
}
/** The identity of object.__eq__, set by type.ts. */
export let objectEq: any = null;
export function setObjectEq(f: any) { objectEq = f; }

/** Rich comparison ops, in CPython's numbering. */
export const LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
const OPNAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const REFLECT = [GT, GE, EQ, NE, LT, LE];
const OPSYMS = ["<", "<=", "==", "!=", ">", ">="];

/** Full rich comparison returning a Python object (usually bool). */
export function* richcmp(a: any, b: any, op: number): Gen<any> {
  const r = cmpS(a, b, op);
  if (r !== NEED) return r;
  const ta = typeOf(a), tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && isSubtype(tb, ta)) {
    const rf = tb.lookup(OPNAMES[REFLECT[op]]);
    if (rf !== undefined && rf !== ta.lookup(OPNAMES[REFLECT[op]])) {
      checkedReverse = true;
      const x = yield* callDunder(rf, b, tb, [a]);
      if (x !== NotImplemented) return x;
    }
  }
  const f = ta.lookup(OPNAMES[op]);
  if (f !== undefined) {
    const x = yield* callDunder(f, a, ta, [b]);
    if (x !== NotImplemented) return x;
  }
  if (!checkedReverse) {
    const rf = tb.lookup(OPNAMES[REFLECT[op]]);
    if (rf !== undefined) {
      const x = yield* callDunder(rf, b, tb, [a]);
      if (x !== NotImplemented) return x;
    }
  }
  if (op === EQ) return a === b;
  if (op === NE) return a !== b;
  throw typeError(`'${OPSYMS[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}
export function* eq(a: any, b: any): Gen<boolean> {
  const r = eqS(a, b);
  if (r !== NEED) return r;
  if (a === b) {
    // identity implies equality inside containers; for direct == CPython calls __eq__, which the
    // caller does through richcmp. Here (containers, dict keys) identity suffices.
    return true;
  }
  return yield* truth(yield* richcmp(a, b, EQ));
}
/** Sequence equality/ordering for lists and tuples, element-wise with identity shortcut. */
function* seqCmp(x: any[], y: any[], op: number): Gen<any> {
  const n = Math.min(x.length, y.length);
  let i = 0;
  for (; i < n; i++) {
    const a = x[i], b = y[i];
    if (a === b) continue;
    const r = eqS(a, b);
    if (r === true) continue;
    if (r === NEED) { if (yield* eq(a, b)) continue; }
    break;
  }
  if (i >= n) {
    const lx = x.length, ly = y.length;
    switch (op) {
      case LT: return lx < ly; case LE: return lx <= ly; case EQ: return lx === ly;
      case NE: return lx !== ly; case GT: return lx > ly; default: return lx >= ly;
    }
  }
  if (op === EQ) return false;
  if (op === NE) return true;
  return yield* richcmp(x[i], y[i], op);
}

/** Sync comparison for builtin operands; NEED otherwise. Returns a JS boolean. */
export function cmpS(a: any, b: any, op: number): any {
  if (typeof a === "number" && typeof b === "number") {
    switch (op) {
      case LT: return a < b; case LE: return a <= b; case EQ: return a === b;
      case NE: return a !== b; case GT: return a > b; default: return a >= b;
    }
  }
  if (typeof a === "string" && typeof b === "string") {
    if (op === EQ) return a === b;
    if (op === NE) return a !== b;
    return ordResult(strCmp(a, b), op);
  }
  if (op === EQ) return eqS(a, b);
  if (op === NE) { const r = eqS(a, b); return r === NEED ? NEED : !r; }
  if (((a instanceof PyTuple && b instanceof PyTuple) || (a instanceof PyList && b instanceof PyList)) && a.$cls.isBuiltin && b.$cls.isBuiltin) {
    // lexicographic, synchronously while the elements are builtin values
    const x = a.items, y = b.items, n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      const u = x[i], v = y[i];
      if (u === v) continue;
      const e = eqS(u, v);
      if (e === NEED) return NEED;
      if (e) continue;
      return cmpS(u, v, op);
    }
    return ordResult(x.length - y.length, op);
  }
  const ia = asIntExact(a), ib = asIntExact(b);
  if (ia !== undefined && ib !== undefined) {
    const c = I.cmp(ia, ib);
    return ordResult(c, op);
  }
  if ((a instanceof PyFloat || ia !== undefined) && (b instanceof PyFloat || ib !== undefined) && (a.$cls?.isBuiltin ?? true) && (b.$cls?.isBuiltin ?? true)) {
    // float vs int compares exactly (no OverflowError for huge ints), as CPython's float_richcompare
    if (typeof a === "bigint" || typeof b === "bigint") {
      const c = typeof b === "bigint" ? I.cmpFloatInt(asNum(a)!, b) : -I.cmpFloatInt(asNum(b)!, a);
      return c !== c ? false : ordResult(c, op);
    }
    const x = asNum(a)!, y = asNum(b)!;
    switch (op) { case LT: return x < y; case LE: return x <= y; case GT: return x > y; default: return x >= y; }
  }
  return NEED;
}
/**
 * Compare strings by code point, as Python does. JS compares UTF-16 units, which disagrees
 * only when the first difference puts a surrogate against a unit >= 0xE000.
 */
export function strCmp(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  const x = a.charCodeAt(i), y = b.charCodeAt(i);
  const sx = x >= 0xd800 && x <= 0xdfff, sy = y >= 0xd800 && y <= 0xdfff;
  if (sx !== sy) return sx ? 1 : -1;
  return x - y;
}

function asIntExact(v: any): any {
  const t = typeof v;
  if (t === "number" || t === "bigint") return v;
  if (t === "boolean") return v ? 1 : 0;
  return undefined;
}
function ordResult(c: number, op: number): boolean {
  switch (op) { case LT: return c < 0; case LE: return c <= 0; case GT: return c > 0; case GE: return c >= 0; case EQ: return c === 0; default: return c !== 0; }
}
/** Comparison used by generated code; returns a Python object (bool for builtins). */
export function* compare(a: any, b: any, op: number): Gen<any> {
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    if (a.$cls.isBuiltin && b.$cls.isBuiltin) return yield* seqCmp(a.items, b.items, op);
  }
  return yield* richcmp(a, b, op);
}
/** Comparison used in a test position: a JS boolean. */
export function* compareTest(a: any, b: any, op: number): Gen<boolean> {
  const r = yield* compare(a, b, op);
  if (typeof r === "boolean") return r;
  return yield* truth(r);
}

// hashing -----------------------------------------------------------------------------------------

/** Internal (bucket) hash of a value whose directKey is NEED; sync attempt. */
export function ihashS(k: any): any {
  if (k instanceof PyTuple && k.$cls.isBuiltin) {
    if (k.hash !== undefined) return k.hash;
    let h = 0x345678 | 0;
    for (const x of k.items) {
      const dk = directKey(x);
      let eh: any;
      if (dk !== NEED) eh = primHash(dk);
      else { eh = ihashS(x); if (eh === NEED) return NEED; }
      h = (Math.imul(h ^ eh, 1000003) + 0x9e3779b9) | 0;
    }
    h = (h ^ k.items.length) | 0;
    k.hash = h;
    return h;
  }
  const t: PyType = k.$cls;
  const hf = t.lookup("__hash__");
  if (hf === None || hf === undefined) throw unhashable(k);
  if (hf instanceof PyBuiltin && hf.$fs) {
    const r = hf.$fs(k);
    return typeof r === "bigint" ? Number(r % 4294967296n) : r;
  }
  return NEED;
}
export function* ihash(k: any): Gen<number> {
  const dk = directKey(k);
  if (dk !== NEED) return primHash(dk);
  const r = ihashS(k);
  if (r !== NEED) return r;
  if (k instanceof PyTuple) {
    let h = 0x345678 | 0;
    for (const x of k.items) h = (Math.imul(h ^ (yield* ihash(x)), 1000003) + 0x9e3779b9) | 0;
    return (h ^ k.items.length) | 0;
  }
  const t: PyType = k.$cls;
  const x = yield* callDunder(t.lookup("__hash__"), k, t, []);
  const n = asInt(x);
  if (n === undefined) throw typeError("__hash__ method should return an integer");
  return typeof n === "bigint" ? Number(n % 4294967296n) : n;
}
function primHash(dk: any): number {
  switch (typeof dk) {
    case "number": return Number.isInteger(dk) ? (dk | 0) ^ ((dk / 4294967296) | 0) : (dk * 1e9) | 0;
    case "bigint": return Number(dk % 4294967296n);
    case "string": {
      let h = 0x811c9dc5 | 0;
      for (let i = 0; i < dk.length; i++) h = Math.imul(h ^ dk.charCodeAt(i), 16777619);
      return h;
    }
    default: return 0; // identity keys never need a hash
  }
}
export function unhashable(k: any) { return typeError(`unhashable type: '${typeOf(k).name}'`); }

hooks.hashSync = ihashS as any;
hooks.hashGen = ihash;
hooks.eqSync = (a: any, b: any) => eqS(a, b);
hooks.eqGen = eq;

/** CPython's hash() value (exact for int, float, bool, tuple). */
export function* pyHash(v: any): Gen<any> {
  switch (typeof v) {
    case "number": case "bigint": return hashInt(v);
    case "boolean": return v ? 1 : 0;
    case "string": return strHash(v);
  }
  if (v instanceof PyFloat && v.$cls.isBuiltin) return hashFloat(v.v);
  if (v instanceof PyTuple && v.$cls.isBuiltin) return yield* tupleHash(v.items);
  const t: PyType = v.$cls;
  const hf = t.lookup("__hash__");
  if (hf === None || hf === undefined) throw unhashable(v);
  const x = yield* callDunder(hf, v, t, []);
  const n = asInt(x);
  if (n === undefined) throw typeError("__hash__ method should return an integer");
  // CPython keeps a __hash__ result that fits in Py_hash_t as is (only -1 becomes -2)
  if (typeof n === "bigint" && n >= -9223372036854775808n && n < 9223372036854775808n) return n === -1n ? -2 : n;
  return hashInt(n);
}
function strHash(s: string): number {
  // DEVIATION(CPython): str hashes are randomized per process in CPython; ours is a fixed FNV.
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h === -1 ? -2 : h;
}
const M64 = (1n << 64n) - 1n;
const XP1 = 11400714785074694791n, XP2 = 14029467366897019727n, XP5 = 2870177450012600261n;
function* tupleHash(items: any[]): Gen<any> {
  let acc = XP5;
  for (const x of items) {
    const h = yield* pyHash(x);
    let lane = BigInt(h) & M64;
    acc = (acc + lane * XP2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XP1) & M64;
  }
  acc = (acc + (BigInt(items.length) ^ (XP5 ^ 3527539n))) & M64;
  let r = acc >= (1n << 63n) ? acc - (1n << 64n) : acc;
  if (r === -1n) r = 1546275796n;
  return I.norm(r);
}

export { IDENTITY_HASH, UNHASHABLE };

// --- binary operators --------------------------------------------------------------------------

export interface BinOp { name: string; rname: string; iname: string; sym: string; isym: string; sync: (a: any, b: any) => any }

function intOrNeed(a: any, b: any, f: (x: any, y: any) => any): any {
  const x = asIntExact(a), y = asIntExact(b);
  if (x !== undefined && y !== undefined) return f(x, y);
  return NEED;
}
function numOp(a: any, b: any, fi: (x: any, y: any) => any, ff: (x: number, y: number) => any): any {
  const x = asIntExact(a), y = asIntExact(b);
  if (x !== undefined && y !== undefined) return fi(x, y);
  if ((a instanceof PyFloat || x !== undefined) && (b instanceof PyFloat || y !== undefined)) {
    if ((x === undefined && !a.$cls.isBuiltin) || (y === undefined && !b.$cls.isBuiltin)) return NEED;
    return ff(x !== undefined ? I.toFloat(x) : a.v, y !== undefined ? I.toFloat(y) : b.v);
  }
  return NEED;
}

// The float halves of the arithmetic operators, hoisted so no closure is made per operation.
const fAdd = (x: number, y: number) => new PyFloat(x + y);
const fSub = (x: number, y: number) => new PyFloat(x - y);
const fMul = (x: number, y: number) => new PyFloat(x * y);
const iDiv = (x: any, y: any) => new PyFloat(I.truediv(x, y));
const fDiv = (x: number, y: number) => new PyFloat(floatDiv(x, y));
const fFloorDiv = (x: number, y: number) => new PyFloat(floatFloorDiv(x, y));
const fMod = (x: number, y: number) => new PyFloat(floatMod(x, y));

export function addS(a: any, b: any): any {
  if (a instanceof PyFloat && b instanceof PyFloat && a.$cls === floatType && b.$cls === floatType) return new PyFloat(a.v + b.v);
  if (typeof a === "string" && typeof b === "string") return a + b;
  const r = numOp(a, b, I.add, fAdd);
  if (r !== NEED) return r;
  if (a instanceof PyList && b instanceof PyList && a.$cls === listType && b.$cls === listType) return new PyList(a.items.concat(b.items));
  if (a instanceof PyTuple && b instanceof PyTuple && a.$cls === tupleType && b.$cls === tupleType) return new PyTuple(a.items.concat(b.items));
  return NEED;
}
export function subS(a: any, b: any): any {
  if (a instanceof PyFloat && b instanceof PyFloat && a.$cls === floatType && b.$cls === floatType) return new PyFloat(a.v - b.v);
  return numOp(a, b, I.sub, fSub);
}
export function mulS(a: any, b: any): any {
  if (a instanceof PyFloat && b instanceof PyFloat && a.$cls === floatType && b.$cls === floatType) return new PyFloat(a.v * b.v);
  const r = numOp(a, b, I.mul, fMul);
  if (r !== NEED) return r;
  if (typeof a === "string" && asIntExact(b) !== undefined) return strRepeat(a, asIntExact(b));
  if (typeof b === "string" && asIntExact(a) !== undefined) return strRepeat(b, asIntExact(a));
  if (a instanceof PyList && a.$cls === listType && asIntExact(b) !== undefined) return new PyList(arrRepeat(a.items, asIntExact(b)));
  if (b instanceof PyList && b.$cls === listType && asIntExact(a) !== undefined) return new PyList(arrRepeat(b.items, asIntExact(a)));
  if (a instanceof PyTuple && a.$cls === tupleType && asIntExact(b) !== undefined) return new PyTuple(arrRepeat(a.items, asIntExact(b)));
  if (b instanceof PyTuple && b.$cls === tupleType && asIntExact(a) !== undefined) return new PyTuple(arrRepeat(b.items, asIntExact(a)));
  return NEED;
}
function repeatCount(n: any): number {
  if (typeof n === "bigint") { if (n < 0n) return 0; throw newExc(OverflowError, "cannot fit 'int' into an index-sized integer"); }
  return n < 0 ? 0 : n;
}
export function strRepeat(s: string, n: any): string {
  const k = repeatCount(n);
  if (s.length * k > 2 ** 29) throw newExc(MemoryError);
  return s.repeat(k);
}
export function arrRepeat(a: any[], n: any): any[] {
  const k = repeatCount(n);
  if (a.length === 0 || k === 0) return [];
  if (a.length * k > 2 ** 28) throw newExc(MemoryError);
  const out = new Array(a.length * k);
  for (let i = 0, j = 0; i < k; i++) for (let m = 0; m < a.length; m++) out[j++] = a[m];
  return out;
}
export function truedivS(a: any, b: any): any {
  if (a instanceof PyFloat && b instanceof PyFloat && a.$cls === floatType && b.$cls === floatType && b.v !== 0) return new PyFloat(a.v / b.v);
  return numOp(a, b, iDiv, fDiv);
}
export function floordivS(a: any, b: any): any { return numOp(a, b, I.floordiv, fFloorDiv); }
export function modS(a: any, b: any): any {
  if (typeof a === "string") return NEED; // str % args: str.ts
  return numOp(a, b, I.mod, fMod);
}
const iPow = (x: any, y: any): any => {
  if (I.cmp(y, 0) < 0) {
    const fx = I.toFloat(x);
    if (fx === 0) throw zeroDivisionError("0.0 cannot be raised to a negative power");
    return new PyFloat(floatPow(fx, I.toFloat(y))!); // correctly rounded, CPython's special cases
  }
  return I.pow(x, y);
};
const fPow = (x: number, y: number): any => {
  const r = floatPow(x, y);
  if (r === null) return NEED; // complex result: complex.ts
  return new PyFloat(r);
};
export function powS(a: any, b: any): any {
  return numOp(a, b, iPow, fPow);
}
export function lshiftS(a: any, b: any): any { return intOrNeed(a, b, I.lshift); }
export function rshiftS(a: any, b: any): any { return intOrNeed(a, b, I.rshift); }
export function andS(a: any, b: any): any {
  if (typeof a === "boolean" && typeof b === "boolean") return a && b;
  return intOrNeed(a, b, I.and);
}
export function orS(a: any, b: any): any {
  if (typeof a === "boolean" && typeof b === "boolean") return a || b;
  return intOrNeed(a, b, I.or);
}
export function xorS(a: any, b: any): any {
  if (typeof a === "boolean" && typeof b === "boolean") return a !== b;
  return intOrNeed(a, b, I.xor);
}
export function matmulS(_a: any, _b: any): any { return NEED; }

function op(name: string, sym: string, sync: (a: any, b: any) => any): BinOp {
  return { name: `__${name}__`, rname: `__r${name}__`, iname: `__i${name}__`, sym, isym: sym + "=", sync };
}
export const ADD = op("add", "+", addS), SUB = op("sub", "-", subS), MUL = op("mul", "*", mulS),
  TRUEDIV = op("truediv", "/", truedivS), FLOORDIV = op("floordiv", "//", floordivS), MOD = op("mod", "%", modS),
  POW = op("pow", "**", powS), LSHIFT = op("lshift", "<<", lshiftS), RSHIFT = op("rshift", ">>", rshiftS),
  AND = op("and", "&", andS), OR = op("or", "|", orS), XOR = op("xor", "^", xorS), MATMUL = op("matmul", "@", matmulS);
export const BINOPS: Record<string, BinOp> = {
  Add: ADD, Sub: SUB, Mult: MUL, Div: TRUEDIV, FloorDiv: FLOORDIV, Mod: MOD, Pow: POW,
  LShift: LSHIFT, RShift: RSHIFT, BitAnd: AND, BitOr: OR, BitXor: XOR, MatMult: MATMUL,
};

/** CPython's binary_op1: a.__op__(b), then b.__rop__(a), subclass first. */
export function* binop(a: any, b: any, o: BinOp): Gen<any> {
  const r = o.sync(a, b);
  if (r !== NEED) return r;
  const x = yield* binop1(a, b, o);
  if (x !== NotImplemented) return x;
  throw binopError(a, b, o.sym);
}
function binopError(a: any, b: any, sym: string) {
  if (sym === "%" && false) return null;
  if (sym === "**") return typeError(`unsupported operand type(s) for ** or pow(): '${typeOf(a).name}' and '${typeOf(b).name}'`);
  if (sym === "+" && typeof a === "string") return typeError(`can only concatenate str (not "${typeOf(b).name}") to str`);
  if (sym === "+" && a instanceof PyList && isSubtype(a.$cls, listType)) return typeError(`can only concatenate list (not "${typeOf(b).name}") to list`);
  if (sym === "+" && a instanceof PyTuple && isSubtype(a.$cls, tupleType)) return typeError(`can only concatenate tuple (not "${typeOf(b).name}") to tuple`);
  if (sym === "*" && (typeof a === "string" || a instanceof PyList || a instanceof PyTuple || a instanceof PyBytes || a instanceof PyByteArray || typeof b === "string" || b instanceof PyList || b instanceof PyTuple || b instanceof PyBytes || b instanceof PyByteArray))
    return typeError(`can't multiply sequence by non-int of type '${typeOf(typeof a === "string" || a instanceof PyList || a instanceof PyTuple || a instanceof PyBytes || a instanceof PyByteArray ? b : a).name}'`);
  return typeError(`unsupported operand type(s) for ${sym}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
}
function* binop1(a: any, b: any, o: BinOp): Gen<any> {
  const ta = typeOf(a), tb = typeOf(b);
  const fa = ta.lookup(o.name);
  let fb = ta !== tb ? tb.lookup(o.rname) : undefined;
  if (fb !== undefined && fb === ta.lookup(o.rname)) fb = undefined;
  if (fb !== undefined && isSubtype(tb, ta)) {
    const x = yield* callDunder(fb, b, tb, [a]);
    if (x !== NotImplemented) return x;
    fb = undefined;
  }
  if (fa !== undefined && fa !== None) {
    const x = yield* callDunder(fa, a, ta, [b]);
    if (x !== NotImplemented) return x;
  }
  if (fb !== undefined && fb !== None) {
    const x = yield* callDunder(fb, b, tb, [a]);
    if (x !== NotImplemented) return x;
  }
  return NotImplemented;
}
/** a op= b, sync attempt: immutable builtin operands (floats, strs, big ints...) only. */
export function inplaceS(a: any, b: any, o: BinOp): any {
  if (typeof a !== "object") return o.sync(a, b);
  if ((a instanceof PyFloat || a instanceof PyComplex) && a.$cls.isBuiltin) return o.sync(a, b);
  return NEED;
}

/** a op= b: __iop__ first, then the binary protocol. */
export function* inplace(a: any, b: any, o: BinOp): Gen<any> {
  // immutable builtins: the binary operation; mutable ones (list *=, set |=...) use __i*__
  if (typeof a !== "object" || (a.$cls.isBuiltin && !(a instanceof PyList && o !== ADD) && a.$cls.lookup(o.iname) === undefined)) {
    if (a instanceof PyList && a.$cls === listType && o === ADD) {
      if (b instanceof PyList || b instanceof PyTuple) { a.items.push(...b.items); return a; }
    } else {
      const r = o.sync(a, b);
      if (r !== NEED) return r;
    }
  }
  const t = typeOf(a);
  const f = t.lookup(o.iname);
  if (f !== undefined && f !== None) {
    const x = yield* callDunder(f, a, t, [b]);
    if (x !== NotImplemented) return x;
  }
  const x = yield* binop1(a, b, o);
  if (x !== NotImplemented) return x;
  throw binopError(a, b, o.isym);
}

// --- unary -------------------------------------------------------------------------------------

export function* neg(a: any): Gen<any> {
  const x = asIntExact(a);
  if (x !== undefined) return I.neg(x);
  if (a instanceof PyFloat && a.$cls.isBuiltin) return new PyFloat(-a.v);
  return yield* unary(a, "__neg__", "-");
}
export function* pos(a: any): Gen<any> {
  const x = asIntExact(a);
  if (x !== undefined) return x;
  if (a instanceof PyFloat && a.$cls.isBuiltin) return a;
  return yield* unary(a, "__pos__", "+");
}
export function* invert(a: any): Gen<any> {
  const x = asIntExact(a);
  if (x !== undefined) return I.invert(x);
  return yield* unary(a, "__invert__", "~");
}
function* unary(a: any, name: string, sym: string): Gen<any> {
  const t = typeOf(a);
  const f = t.lookup(name);
  if (f === undefined) throw typeError(sym === "abs()" ? `bad operand type for abs(): '${t.name}'` : `bad operand type for unary ${sym}: '${t.name}'`);
  return yield* callDunder(f, a, t, []);
}

// --- iteration ---------------------------------------------------------------------------------

/** iter(v) sync attempt: builtin iterables give their iterator; NEED for Python-defined ones. */
export let iterS: (v: any) => any = () => NEED;
export function setIterS(f: (v: any) => any) { iterS = f; }

export function* iter(v: any): Gen<any> {
  const r = iterS(v);
  if (r !== NEED) return r;
  const t = typeOf(v);
  const f = t.lookup("__iter__");
  if (f !== undefined && f !== None) {
    const it = yield* callDunder(f, v, t, []);
    const it2 = typeOf(it);
    if (it2.lookup("__next__") === undefined) throw typeError(`iter() returned non-iterator of type '${it2.name}'`);
    return it;
  }
  if (f === undefined && t.lookup("__getitem__") !== undefined) return mkSeqIter(v);
  throw typeError(`'${t.name}' object is not iterable`);
}
export let mkSeqIter: (v: any) => any = () => null;
export function setMkSeqIter(f: (v: any) => any) { mkSeqIter = f; }

/** next(it) full protocol: returns STOP at exhaustion (StopIteration swallowed). */
export function* next(it: any): Gen<any> {
  const r = it.nx();
  if (r !== NEED) return r;
  return yield* it.nxG();
}
/** Default for objects without a JS fast path: call __next__, map StopIteration to STOP. */
(PyObj.prototype as any).nx = function () { return NEED; };
(PyObj.prototype as any).nxG = function* (this: any) {
  const t: PyType = this.$cls;
  const f = t.lookup("__next__");
  if (f === undefined) throw typeError(`'${t.name}' object is not an iterator`);
  try {
    return yield* callDunder(f, this, t, []);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.$cls, StopIteration)) return STOP;
    throw e;
  }
};

/** Collect any iterable into a JS array. */
export function* toArray(v: any): Gen<any[]> {
  if ((v instanceof PyList || v instanceof PyTuple) && v.$cls.isBuiltin) return v.items.slice();
  const it = yield* iter(v);
  const out: any[] = [];
  for (;;) {
    let x = it.nx();
    if (x === NEED) x = yield* it.nxG();
    if (x === STOP) break;
    out.push(x);
  }
  return out;
}
/** Like toArray but returns the backing array itself for exact lists/tuples (do not mutate). */
export function* seqItems(v: any): Gen<any[]> {
  if ((v instanceof PyList || v instanceof PyTuple) && v.$cls.isBuiltin) return v.items;
  return yield* toArray(v);
}

// --- containment ---------------------------------------------------------------------------------

export let containsS: (c: any, x: any) => any = () => NEED;
export function setContainsS(f: (c: any, x: any) => any) { containsS = f; }
export function* contains(c: any, x: any): Gen<boolean> {
  const r = containsS(c, x);
  if (r !== NEED) return r;
  const t = typeOf(c);
  const f = t.lookup("__contains__");
  if (f !== undefined && f !== None) return yield* truth(yield* callDunder(f, c, t, [x]));
  if (f === undefined && t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined)
    throw typeError(`argument of type '${t.name}' is not iterable`);
  const it = yield* iter(c);
  for (;;) {
    let y = it.nx();
    if (y === NEED) y = yield* it.nxG();
    if (y === STOP) return false;
    if (y === x || (yield* eq(y, x))) return true;
  }
}

// --- subscripting --------------------------------------------------------------------------------

export let getitemS: (o: any, k: any) => any = () => NEED;
export let setitemS: (o: any, k: any, v: any) => any = () => NEED;
export let delitemS: (o: any, k: any) => any = () => NEED;
export function setItemOps(g: typeof getitemS, s: typeof setitemS, d: typeof delitemS) { getitemS = g; setitemS = s; delitemS = d; }

/** A slice with __index__ objects as bounds, converted to ints (CPython calls __index__). */
function* indexSlice(k: any): Gen<any> {
  if (!(k instanceof PySlice)) return k;
  const conv = function* (b: any): Gen<any> {
    const t = typeof b;
    if (b === None || t === "number" || t === "bigint" || t === "boolean") return b;
    if (typeof b === "object" && b.$cls.lookup("__index__") !== undefined) return yield* index(b);
    throw typeError("slice indices must be integers or None or have an __index__ method");
  };
  return new PySlice(yield* conv(k.start), yield* conv(k.stop), yield* conv(k.step));
}

export function* getitem(o: any, k: any): Gen<any> {
  if (k instanceof PySlice && (typeof o === "string" || (typeof o === "object" && o.$cls.isBuiltin))) k = yield* indexSlice(k);
  const r = getitemS(o, k);
  if (r !== NEED) return r;
  const t = typeOf(o);
  if (o instanceof PyDict && t.lookup("__getitem__") === dictType.ns.__getitem__) {
    const v = yield* o.getG(k);
    if (v !== undefined) return v;
    const m = t.lookup("__missing__");
    if (m !== undefined) return yield* callDunder(m, o, t, [k]);
    throw keyError(k);
  }
  const f = t.lookup("__getitem__");
  if (f !== undefined && !(f instanceof PyBuiltin && t.isBuiltin)) return yield* callDunder(f, o, t, [k]);
  if (o instanceof PyType) {
    const cg = o.lookup("__class_getitem__");
    if (cg !== undefined) {
      const fn = cg instanceof (yield* importAttrMod()).PyClassMethod ? cg.f : cg;
      return yield* callv(fn, [o, k], null, null);
    }
    if (o === typeType) return o;
    throw typeError(`type '${o.name}' is not subscriptable`);
  }
  if (f !== undefined) return yield* callDunder(f, o, t, [k]);
  throw typeError(`'${t.name}' object is not subscriptable`);
}
function* importAttrMod(): Gen<any> { return attrMod; }
let attrMod: any = null;
export function setAttrMod(m: any) { attrMod = m; }

export function* setitem(o: any, k: any, v: any): Gen<void> {
  if (k instanceof PySlice && typeof o === "object" && o.$cls.isBuiltin) k = yield* indexSlice(k);
  const r = setitemS(o, k, v);
  if (r !== NEED) return;
  if (o instanceof PyDict && o.$cls.lookup("__setitem__") === dictType.ns.__setitem__) { yield* o.setG(k, v); return; }
  const t = typeOf(o);
  const f = t.lookup("__setitem__");
  if (f === undefined) throw typeError(`'${t.name}' object does not support item assignment`);
  yield* callDunder(f, o, t, [k, v]);
}
export function* delitem(o: any, k: any): Gen<void> {
  if (k instanceof PySlice && typeof o === "object" && o.$cls.isBuiltin) k = yield* indexSlice(k);
  const r = delitemS(o, k);
  if (r !== NEED) return;
  if (o instanceof PyDict && o.$cls.lookup("__delitem__") === dictType.ns.__delitem__) {
    const old = yield* o.popG(k);
    if (old === undefined) throw keyError(k);
    return;
  }
  const t = typeOf(o);
  const f = t.lookup("__delitem__");
  if (f === undefined) throw typeError(`'${t.name}' object doesn't support item deletion`);
  yield* callDunder(f, o, t, [k]);
}

// --- index conversion ------------------------------------------------------------------------------

/** operator.index(v) sync attempt: int-likes only. */
export function indexS(v: any): any {
  const x = asIntExact(v);
  if (x !== undefined) return x;
  if (v instanceof PyBoxed && isSubtype(v.$cls, intType)) return v.v;
  if (typeof v === "object" && v.$cls.lookup("__index__") !== undefined) return NEED;
  throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}
export function* index(v: any): Gen<any> {
  const r = indexS(v);
  if (r !== NEED) return r;
  const t = typeOf(v);
  const x = yield* callDunder(t.lookup("__index__"), v, t, []);
  const n = asIntExact(x);
  if (n === undefined) throw typeError(`__index__ returned non-int (type ${typeOf(x).name})`);
  return n;
}

export { PyFunction, PyMethod, NOTDEF, callSpecial, EMPTY_TUPLE, PyRange, PySlice, PyBytes, PyByteArray, complexType, bytesType, strType, floatType, boolType, noneType, dictType, indexError };

/** abs(x). */
export function* abs_(x: any): Gen<any> {
  const i = asIntExact(x);
  if (i !== undefined) return I.abs(i);
  if (x instanceof PyFloat && x.$cls.isBuiltin) return new PyFloat(Math.abs(x.v));
  return yield* unary(x, "__abs__", "abs()");
}
