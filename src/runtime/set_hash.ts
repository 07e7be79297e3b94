// CPython's 64-bit hash values for set elements, computed in 32-bit halves (no BigInt on hot
// paths): ints, floats, str (our own fixed hash), tuples (xxHash-based, as tupleobject.c) and
// frozensets (setobject.c). Sets use them to lay out their table exactly as CPython does.

import { PyTuple, PyFloat, NEED, None, Gen, tupleType, typeOf } from "./core.ts";

/** The table fields of a PySet (set.ts) that hashing reads. */
export interface SetTable { ks: any[]; h: Int32Array; mask: number; used: number }

/** Result of the last hash computation: low and high 32-bit words (int32) of a Py_hash_t. */
export let HL = 0, HH = 0;

/** Product of two 64-bit values mod 2**64, given as (hi, lo) words; result in ML/MH. */
let ML = 0, MH = 0;
function mul64(ah: number, al: number, bh: number, bl: number): void {
  // low words' full 64-bit product from 16-bit halves (exact in doubles), plus the cross terms'
  // low 32 bits (Math.imul) into the high word
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const mid = a0 * b1 + a1 * b0;
  const lo = a0 * b0 + (mid % 65536) * 65536;
  const hi = a1 * b1 + Math.floor(mid / 65536) + Math.floor(lo / 4294967296);
  ML = lo | 0;
  MH = (hi + Math.imul(ah, bl) + Math.imul(al, bh)) | 0;
}
/** 64-bit addition (hi, lo) + (bh, bl) mod 2**64, result in ML/MH. */
function add64(ah: number, al: number, bh: number, bl: number): void {
  const lo = (al >>> 0) + (bl >>> 0);
  ML = lo | 0;
  MH = (ah + bh + (lo > 0xffffffff ? 1 : 0)) | 0;
}

/** Set HL/HH from a Python int hash value (number or bigint), as a Py_hash_t. */
export function setFromInt(v: number | bigint): void {
  if (typeof v === "number") {
    if (v >= -2147483648 && v <= 2147483647) { HL = v | 0; HH = v < 0 ? -1 : 0; }
    else { const h = Math.floor(v / 4294967296); HL = (v - h * 4294967296) | 0; HH = h | 0; }
  } else {
    let b = v;
    // outside Py_hash_t: CPython hashes the int itself (slot_tp_hash)
    if (b >= 9223372036854775808n || b < -9223372036854775808n) {
      const r = hashIntValue(b);
      if (typeof r === "number") { setFromInt(r); return; }
      b = r;
    }
    const u = BigInt.asUintN(64, b);
    HL = Number(u & 0xffffffffn) | 0;
    HH = Number(u >> 32n) | 0;
  }
  if (HL === -1 && HH === -1) HL = -2; // -1 is reserved
}

const P61 = 2305843009213693951n;
/** hash() of an int as CPython: reduce modulo 2**61-1 keeping the sign; -1 becomes -2. */
export function hashIntValue(n: number | bigint): number | bigint {
  if (typeof n === "number") return n === -1 ? -2 : n; // |n| <= 2**53 < 2**61-1
  let r = (n < 0n ? -n : n) % P61;
  if (n < 0n) r = -r;
  if (r === -1n) r = -2n;
  const x = Number(r);
  return Number.isSafeInteger(x) ? x : r;
}

/** Our str hash (CPython randomizes str hashes per process, so any fixed hash is faithful). */
export function strHash32(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h === -1 ? -2 : h;
}

/** Hash of a float value (CPython's _Py_HashDouble); sets HL/HH. */
let floatHasher: (x: number) => number | bigint = () => 0;
export function setFloatHasher(f: (x: number) => number | bigint) { floatHasher = f; }

/** Hash of a direct key (dictstore.directKey result: str, int, float value); sets HL/HH. */
export function hashDirect(dk: any): void {
  switch (typeof dk) {
    case "string": { const h = strHash32(dk); HL = h; HH = h >> 31; return; }
    case "number":
      if (Number.isInteger(dk)) {
        if (dk >= -2147483648 && dk <= 2147483647) { HL = dk === -1 ? -2 : dk | 0; HH = dk < 0 ? -1 : 0; return; }
        setFromInt(dk);
        return;
      }
      setFromInt(floatHasher(dk));
      return;
    case "bigint": setFromInt(hashIntValue(dk)); return;
  }
  // an identity-hashed object: its type's __hash__ (object.__hash__) is a sync builtin
  if (!hashObjS(dk)) setFromInt(0);
}

const XP1H = 0x9e3779b1 | 0, XP1L = 0x85ebca87 | 0;
const XP2H = 0xc2b2ae3d | 0, XP2L = 0x27d4eb4f | 0;
const XP5H = 0x27d4eb2f | 0, XP5L = 0x165667c5 | 0;

/** One xxHash round of tuplehash: acc = rotl(acc + lane*P2, 31) * P1. Works on TL/TH. */
let TL = 0, TH = 0;
function tupleRound(lh: number, ll: number): void {
  mul64(lh, ll, XP2H, XP2L);
  add64(TH, TL, MH, ML);
  const h = MH, l = ML;
  const rh = (h << 31) | (l >>> 1), rl = (l << 31) | (h >>> 1);
  mul64(rh, rl, XP1H, XP1L);
  TH = MH; TL = ML;
}
function tupleFinish(n: number): void {
  // acc += len ^ (XXPRIME_5 ^ 3527539)
  add64(TH, TL, XP5H, (n ^ XP5L ^ 3527539) | 0);
  HL = ML; HH = MH;
  if (HL === -1 && HH === -1) { HL = 1546275796; HH = 0; }
}

/** Sync hash of a key that is not direct (tuple, frozenset, objects with a builtin __hash__). */
export function hashS(k: any): boolean {
  if (k instanceof PyTuple && k.$cls === tupleType) {
    const a = k.items;
    let th = XP5H, tl = XP5L;
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      if (!hashAnyS(x)) return false;
      TH = th; TL = tl;
      tupleRound(HH, HL);
      th = TH; tl = TL;
    }
    TH = th; TL = tl;
    tupleFinish(a.length);
    return true;
  }
  return hashObjS(k);
}
/** Sync hash of any key; false when Python code must run. */
export function hashAnyS(x: any): boolean {
  switch (typeof x) {
    case "string": { const h = strHash32(x); HL = h; HH = h >> 31; return true; }
    case "number": hashDirect(x); return true;
    case "boolean": HL = x ? 1 : 0; HH = 0; return true;
    case "bigint": hashDirect(x); return true;
  }
  if (x instanceof PyFloat && x.$cls.isBuiltin) { hashDirect(Number.isInteger(x.v) && !Number.isSafeInteger(x.v) ? BigInt(x.v) : x.v); return true; }
  return hashS(x);
}
/** Objects: through the type's __hash__ when it is a sync builtin. Throws for unhashable types. */
function hashObjS(k: any): boolean {
  const t = k.$cls;
  const hf = t.lookup("__hash__");
  if (hf === None || hf === undefined) throw unhashableHook(k);
  if (hf.$fs) {
    const r = hf.$fs(k);
    if (r === NEED) return false;
    setFromIntLike(r);
    return true;
  }
  return false;
}
function setFromIntLike(r: any): void {
  if (typeof r === "number" || typeof r === "bigint") setFromInt(r);
  else if (typeof r === "boolean") setFromInt(r ? 1 : 0);
  else setFromInt(0);
}

/** Generator hash of any key (runs Python __hash__ methods); result in HL/HH on return. */
export function* hashAnyG(x: any): Gen<void> {
  if (hashAnyS(x)) return;
  if (x instanceof PyTuple && x.$cls === tupleType) {
    const a = x.items;
    let th = XP5H, tl = XP5L;
    for (let i = 0; i < a.length; i++) {
      yield* hashAnyG(a[i]);
      const hh = HH, hl = HL;
      TH = th; TL = tl;
      tupleRound(hh, hl);
      th = TH; tl = TL;
    }
    TH = th; TL = tl;
    tupleFinish(a.length);
    return;
  }
  const r = yield* pyHashHook(x);
  setFromIntLike(r);
}
/** Set by set.ts: ops.pyHash (full hash() protocol) and the unhashable error. */
export let pyHashHook: (x: any) => Gen<any> = function* () { return 0; };
export let unhashableHook: (x: any) => any = (x) => new Error("unhashable " + typeOf(x).name);
export function setHashHooks(h: (x: any) => Gen<any>, u: (x: any) => any) { pyHashHook = h; unhashableHook = u; }

/** _shuffle_bits(h) of frozenset_hash, xor-ed into (FH, FL). */
let FH = 0, FL = 0;
function shuffleInto(h: number, l: number): void {
  // ((h ^ 89869747) ^ (h << 16)) * 3644798167
  const xl = (l ^ 89869747 ^ (l << 16)) | 0;
  const xh = (h ^ ((h << 16) | (l >>> 16))) | 0;
  mul64(xh, xl, 0, 3644798167 | 0);
  FH ^= MH; FL ^= ML;
}

/** CPython's frozenset hash from the entries' hashes; returns the Python int. */
export function frozensetHash(s: SetTable): number | bigint {
  FH = 0; FL = 0;
  const ks = s.ks, hs = s.h;
  for (let i = 0; i <= s.mask; i++) {
    const k = ks[i];
    if (k === undefined || k === DUMMY) continue;
    shuffleInto(hs[2 * i + 1], hs[2 * i]);
  }
  // hash ^= (len + 1) * 1927868237
  mul64(0, (s.used + 1) | 0, 0, 1927868237);
  let h = FH ^ MH, l = FL ^ ML;
  // hash ^= (hash >> 11) ^ (hash >> 25)   (unsigned shifts)
  const s11l = (l >>> 11) | (h << 21), s11h = h >>> 11;
  const s25l = (l >>> 25) | (h << 7), s25h = h >>> 25;
  l = (l ^ s11l ^ s25l) | 0; h = (h ^ s11h ^ s25h) | 0;
  // hash = hash * 69069 + 907133923
  mul64(h, l, 0, 69069);
  add64(MH, ML, 0, 907133923);
  h = MH; l = ML;
  if (h === -1 && l === -1) { h = 0; l = 590923713; }
  return int64Value(h, l);
}

/** The Python int for a signed 64-bit value given as words. */
export function int64Value(h: number, l: number): number | bigint {
  if (h >= -2097152 && h < 2097152) return h * 4294967296 + (l >>> 0);
  return (BigInt(h) << 32n) | BigInt(l >>> 0);
}

export const DUMMY: any = Symbol("dummy");
